package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.ORGANIZATION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The values the board's profile filters can match, most used first: what a rep can type under
 * More filters (industry, company size, persona, tag), since each matches a whole value.
 */
public final class FilterHints {

    /** How many contacts' tags are read to find the tags in use. */
    static final int TAG_SAMPLE = 20_000;

    private final DSLContext ctx;

    FilterHints(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** Per filter ("industry", "size", "persona", "tag"), up to {@code limit} values in use, most used first. */
    public Map<String, List<String>> common(int limit) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        // An organization's spelling first: a contact's is more often typed in passing.
        out.put("industry", merged(limit, counts(ORGANIZATION, ORGANIZATION.INDUSTRY, ORGANIZATION.DELETED_AT, limit),
                counts(CONTACT, CONTACT.INDUSTRY, CONTACT.DELETED_AT, limit)));
        out.put("size", merged(limit, counts(ORGANIZATION, ORGANIZATION.COMPANY_SIZE, ORGANIZATION.DELETED_AT, limit),
                counts(CONTACT, CONTACT.COMPANY_SIZE, CONTACT.DELETED_AT, limit)));
        out.put("persona", merged(limit, counts(CONTACT, CONTACT.PERSONA, CONTACT.DELETED_AT, limit)));
        out.put("tag", tags(limit));
        return out;
    }

    private Map<String, Long> counts(Table<?> table, Field<String> field, Field<?> deletedAt, int limit) {
        Map<String, Long> out = new LinkedHashMap<>();
        Field<Integer> n = DSL.count();
        ctx.select(field, n).from(table).where(field.isNotNull().and(deletedAt.isNull())).groupBy(field).orderBy(n.desc(), field).limit(limit * 4)
                .forEach(r -> out.put(r.value1(), r.value2().longValue()));
        return out;
    }

    /** The values of several counts, each once (of spellings differing only in case, the most used, else the first met), most used first. */
    @SafeVarargs
    private static List<String> merged(int limit, Map<String, Long>... counts) {
        Map<String, String> spelling = new HashMap<>();
        Map<String, Long> spellingUses = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        for (Map<String, Long> c : counts) {
            c.forEach((value, n) -> {
                String key = value.strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    if (!spelling.containsKey(key) || n > spellingUses.get(key)) {
                        spelling.put(key, value.strip());
                        spellingUses.put(key, n);
                    }
                    total.merge(key, n, Long::sum);
                }
            });
        }
        List<String> keys = new ArrayList<>(total.keySet());
        keys.sort((a, b) -> total.get(b).equals(total.get(a)) ? a.compareTo(b) : Long.compare(total.get(b), total.get(a)));
        return keys.stream().limit(limit).map(spelling::get).toList();
    }

    private List<String> tags(int limit) {
        Map<String, Long> counts = new HashMap<>();
        ctx.select(CONTACT.TAGS).from(CONTACT).where(CONTACT.TAGS.isNotNull().and(CONTACT.DELETED_AT.isNull())).limit(TAG_SAMPLE)
                .forEach(r -> {
                    for (String t : r.value1().split(",")) {
                        if (!t.isBlank()) {
                            counts.merge(t.strip(), 1L, Long::sum);
                        }
                    }
                });
        return merged(limit, counts);
    }
}
