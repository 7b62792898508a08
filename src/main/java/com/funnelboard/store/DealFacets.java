package com.funnelboard.store;

import com.funnelboard.store.jooq.DefaultSchema;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * What the board's filters and orders look at, for every live deal, held in memory by the window's
 * store: the deal's stage, owner, source, value, currency, days in stage, expected close, next
 * follow-up and stored score, and its contact's and organizations' industry, size, persona, channel
 * and tags, each text kept once. A filter applied to 100,000 deals then tests arrays rather than
 * asking SQLite to test every deal against sets of contacts and organizations.
 *
 * <p>Kept exact from the change log: every change to shared data is a change set there, so the
 * newest change set's row number says whether anything changed since these were read, and the
 * change sets after it say which rows (their deals, contacts and organizations, and the deals whose
 * score they can move, as the score cache decides them) are read again. A change of settings, of
 * what the scores were computed with, or of very many rows reads everything again. The number is
 * read before the rows, so rows committed in between are only read twice, never missed.
 *
 * <p>Built on first use (a filter applied), not when the board opens. Thread-safe: every use holds
 * its lock.
 */
final class DealFacets {

    /** Changed rows past which reading everything again is cheaper than reading them one by one. */
    static final int FULL_READ = 5_000;
    static final long NONE = Long.MIN_VALUE;
    private static final Set<String> POINTERS = Set.of("deal_id", "contact_id", "organization_id");
    private static final String DUE = "max(f.due_at, coalesce(f.snoozed_until, f.due_at))";
    private static final String DEALS = "SELECT d.id, d.deleted_at, d.stage, d.owner, d.source, d.value_minor, d.currency, d.stage_entered_at,"
            + " d.expected_close_on, d.contact_id, d.organization_id FROM deal d NOT INDEXED";
    private static final String DUES = "SELECT f.deal_id, min(" + DUE + ") FROM follow_up f WHERE f.done_at IS NULL AND f.deleted_at IS NULL";
    private static final String SCORES = "SELECT deal_id, points, active_at FROM deal_score";
    private static final String AMONG = " IN (SELECT value FROM json_each(?))";

    /** Every text (owner, source, currency, industry, size, persona, channel, tags) once, by code. */
    final Words words = new Words();

    // Deals, by slot; a removed deal's slot is reused.
    final Map<String, Integer> dealSlot = new HashMap<>();
    private final List<Integer> freeSlots = new ArrayList<>();
    int slots;
    boolean[] live = new boolean[0];
    String[] id = new String[0];
    byte[] stage = new byte[0];
    int[] owner = new int[0];
    int[] source = new int[0];
    int[] currency = new int[0];
    long[] value = new long[0];
    long[] entered = new long[0];
    String[] close = new String[0];
    int[] contact = new int[0];
    int[] dealOrg = new int[0];
    long[] due = new long[0];
    long[] points = new long[0];
    long[] activeAt = new long[0];

    // Contacts and organizations (deleted ones too: the filters' sets never left them out), by slot.
    final Map<String, Integer> contactSlot = new HashMap<>();
    int[] contactOrg = new int[0];
    int[] contactIndustry = new int[0];
    int[] contactSize = new int[0];
    int[] persona = new int[0];
    int[] channel = new int[0];
    int[] tags = new int[0];
    final Map<String, Integer> orgSlot = new HashMap<>();
    int[] orgIndustry = new int[0];
    int[] orgSize = new int[0];

    /** Volatile: {@link #ready} is asked without the lock, so the board never waits on a read of every deal. */
    private volatile long stamp = -1;
    private String basis;
    private int fullReads;
    /**
     * What the full-text index found for the last few texts, while nothing changed: a rep who typed
     * words and then adds a filter or changes an order is not made to wait for the index again.
     */
    private final Map<String, Object> found = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > 4;
        }
    };

    /** What the index found for {@code text} since nothing changed, or computes and keeps it (the caller holds the lock). */
    @SuppressWarnings("unchecked")
    <T> T found(String text, java.util.function.Supplier<T> find) {
        return (T) found.computeIfAbsent(text, t -> find.get());
    }

    /** How many times everything was read (for tests and the benchmark). */
    synchronized int fullReads() {
        return fullReads;
    }

    /** Whether everything has been read once (what an unfiltered board may use; a filter reads it first). */
    boolean ready() {
        return stamp >= 0;
    }

    /** Forgets everything (the file was replaced by a restore): the next use reads it all. */
    synchronized void invalidate() {
        found.clear();
        stamp = -1;
    }

    /**
     * Brings these up to what {@code ctx} sees, reading only what changed since the last use (all of
     * it when the change log is shorter than when last read: the file was replaced).
     */
    synchronized void refresh(DSLContext ctx) {
        long now = ctx.resultQuery("SELECT coalesce(max(rowid), 0) FROM change_set").fetchOne(0, Long.class);
        String nowBasis = ctx.resultQuery("SELECT value FROM local_setting WHERE key = {0}", org.jooq.impl.DSL.val(ScoreCache.BASIS))
                .fetchOptional(0, String.class).orElse(null);
        if (stamp >= 0 && now == stamp && java.util.Objects.equals(nowBasis, basis)) {
            return;
        }
        found.clear();
        long from = stamp;
        stamp = -1; // a read that fails half-way leaves nothing to trust: the next use reads everything
        if (from < 0 || now < from || !java.util.Objects.equals(nowBasis, basis) || !readChanges(ctx, from, now)) {
            readAll(ctx);
        }
        stamp = now;
        basis = nowBasis;
    }

    private void readAll(DSLContext ctx) {
        fullReads++;
        words.clear();
        dealSlot.clear();
        freeSlots.clear();
        slots = 0;
        Arrays.fill(live, false);
        contactSlot.clear();
        orgSlot.clear();
        ctx.connection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, industry, company_size FROM organization")) {
                readOrganizations(p);
            }
            try (PreparedStatement p = c.prepareStatement("SELECT id, organization_id, industry, company_size, persona, preferred_channel, tags FROM contact")) {
                readContacts(p);
            }
            try (PreparedStatement p = c.prepareStatement(DEALS + " WHERE d.deleted_at IS NULL")) {
                readDeals(p);
            }
            try (PreparedStatement p = c.prepareStatement(DUES + " GROUP BY f.deal_id")) {
                readDues(p);
            }
            try (PreparedStatement p = c.prepareStatement(SCORES)) {
                readScores(p);
            }
        });
    }

    /** Reads again the rows the change sets after {@code from} up to {@code to} touched; false when there are too many. */
    private boolean readChanges(DSLContext ctx, long from, long to) {
        Map<String, Set<String>> rows = new HashMap<>();
        Set<String> deals = new HashSet<>();
        Set<String> contactsOfScore = new HashSet<>();
        Set<String> orgsOfScore = new HashSet<>();
        int[] n = {0};
        boolean[] settings = {false};
        ctx.connection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT c.table_name, c.row_key, c.field, c.old_value, c.new_value FROM change_set s"
                    + " JOIN change c ON c.change_set_id = s.id WHERE s.rowid > ? AND s.rowid <= ?")) {
                p.setLong(1, from);
                p.setLong(2, to);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next() && n[0]++ <= FULL_READ) {
                        String table = r.getString(1);
                        settings[0] |= table.equals("settings");
                        rows.computeIfAbsent(table, t -> new HashSet<>()).add(r.getString(2));
                        String field = r.getString(3);
                        if (POINTERS.contains(field)) {
                            for (String v : new String[] {r.getString(4), r.getString(5)}) {
                                pointer(field, unquoted(v), deals, contactsOfScore, orgsOfScore);
                            }
                        }
                    }
                }
            }
        });
        if (n[0] > FULL_READ || settings[0]) {
            return false;
        }
        for (Map.Entry<String, Set<String>> e : rows.entrySet()) {
            switch (e.getKey()) {
                case "deal" -> deals.addAll(e.getValue());
                case "contact" -> contactsOfScore.addAll(e.getValue());
                case "organization" -> orgsOfScore.addAll(e.getValue());
                default -> pointersOf(ctx, e.getKey(), e.getValue(), deals, contactsOfScore, orgsOfScore);
            }
        }
        ctx.connection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, industry, company_size FROM organization WHERE id" + AMONG)) {
                p.setString(1, json(rows.getOrDefault("organization", Set.of())));
                readOrganizations(p);
            }
            try (PreparedStatement p = c.prepareStatement("SELECT id, organization_id, industry, company_size, persona, preferred_channel, tags FROM contact"
                    + " WHERE id" + AMONG)) {
                p.setString(1, json(rows.getOrDefault("contact", Set.of())));
                readContacts(p);
            }
        });
        // The deals whose contact or organization (their own, else their contact's) changed: their scores may have moved.
        for (int s = 0; s < slots; s++) {
            if (live[s] && (contact[s] >= 0 && contactsOfScore.contains(contactIdOf(contact[s]))
                    || orgsOfScore.contains(orgIdOf(dealOrg[s] >= 0 ? dealOrg[s] : contact[s] >= 0 ? contactOrg[contact[s]] : -1)))) {
                deals.add(id[s]);
            }
        }
        if (deals.size() > FULL_READ) {
            return false;
        }
        ctx.connection(c -> {
            String keys = json(deals);
            try (PreparedStatement p = c.prepareStatement(DEALS + " WHERE d.id" + AMONG)) {
                p.setString(1, keys);
                Set<String> seen = readDeals(p);
                for (String gone : deals) {
                    if (!seen.contains(gone)) {
                        remove(gone);
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement(DUES + " AND f.deal_id" + AMONG + " GROUP BY f.deal_id")) {
                p.setString(1, keys);
                readDues(p);
            }
            try (PreparedStatement p = c.prepareStatement(SCORES + " WHERE deal_id" + AMONG)) {
                p.setString(1, keys);
                readScores(p);
            }
        });
        return true;
    }

    /** The deals, contacts and organizations rows of another table point to (whose scores they can move). */
    private static void pointersOf(DSLContext ctx, String tableName, Set<String> keys, Set<String> deals, Set<String> contacts, Set<String> orgs) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
        if (table == null || table.field("id") == null) {
            return;
        }
        List<String> columns = new ArrayList<>();
        for (Field<?> f : table.fields()) {
            if (POINTERS.contains(f.getName())) {
                columns.add(f.getName());
            }
        }
        if (columns.isEmpty()) {
            return;
        }
        ctx.connection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + tableName
                    + " WHERE id" + AMONG)) {
                p.setString(1, json(keys));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        for (int i = 0; i < columns.size(); i++) {
                            pointer(columns.get(i), r.getString(i + 1), deals, contacts, orgs);
                        }
                    }
                }
            }
        });
    }

    private static void pointer(String field, String key, Set<String> deals, Set<String> contacts, Set<String> orgs) {
        if (key == null) {
            return;
        }
        switch (field) {
            case "deal_id" -> deals.add(key);
            case "contact_id" -> contacts.add(key);
            default -> orgs.add(key);
        }
    }

    private static String unquoted(String json) {
        return json == null || json.equals("null") ? null : json.startsWith("\"") && json.endsWith("\"") && json.length() >= 2
                ? json.substring(1, json.length() - 1) : json;
    }

    private static String json(Collection<String> keys) {
        StringBuilder b = new StringBuilder("[");
        for (String k : keys) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(k.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append(']').toString();
    }

    private String contactIdOf(int slot) {
        return slot < 0 ? null : contactIds[slot];
    }

    private String orgIdOf(int slot) {
        return slot < 0 ? null : orgIds[slot];
    }

    private String[] contactIds = new String[0];
    private String[] orgIds = new String[0];

    private void readOrganizations(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                int s = orgSlot(r.getString(1));
                orgIndustry[s] = words.code(r.getString(2));
                orgSize[s] = words.code(r.getString(3));
            }
        }
    }

    private int orgSlot(String key) {
        if (key == null) {
            return -1;
        }
        Integer s = orgSlot.get(key);
        if (s != null) {
            return s;
        }
        int slot = orgSlot.size();
        orgSlot.put(key, slot);
        if (slot >= orgIds.length) {
            int size = Math.max(16, slot * 2);
            orgIds = Arrays.copyOf(orgIds, size);
            orgIndustry = grow(orgIndustry, size);
            orgSize = grow(orgSize, size);
        }
        orgIds[slot] = key;
        orgIndustry[slot] = -1;
        orgSize[slot] = -1;
        return slot;
    }

    private void readContacts(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                int s = contactSlot(r.getString(1));
                contactOrg[s] = orgSlot(r.getString(2));
                contactIndustry[s] = words.code(r.getString(3));
                contactSize[s] = words.code(r.getString(4));
                persona[s] = words.code(r.getString(5));
                channel[s] = words.code(r.getString(6));
                tags[s] = words.code(r.getString(7));
            }
        }
    }

    private int contactSlot(String key) {
        if (key == null) {
            return -1;
        }
        Integer s = contactSlot.get(key);
        if (s != null) {
            return s;
        }
        int slot = contactSlot.size();
        contactSlot.put(key, slot);
        if (slot >= contactIds.length) {
            int size = Math.max(16, slot * 2);
            contactIds = Arrays.copyOf(contactIds, size);
            contactOrg = grow(contactOrg, size);
            contactIndustry = grow(contactIndustry, size);
            contactSize = grow(contactSize, size);
            persona = grow(persona, size);
            channel = grow(channel, size);
            tags = grow(tags, size);
        }
        contactIds[slot] = key;
        contactOrg[slot] = contactIndustry[slot] = contactSize[slot] = persona[slot] = channel[slot] = tags[slot] = -1;
        return slot;
    }

    /** Reads deal rows into their slots (a deleted one leaves); returns the ids read. */
    private Set<String> readDeals(PreparedStatement p) throws SQLException {
        Set<String> seen = new HashSet<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String key = r.getString(1);
                seen.add(key);
                r.getLong(2);
                if (!r.wasNull()) {
                    remove(key);
                    continue;
                }
                int s = dealSlot(key);
                stage[s] = (byte) com.funnelboard.domain.Stage.fromKey(r.getString(3)).ordinal();
                owner[s] = words.code(r.getString(4));
                source[s] = words.code(r.getString(5));
                value[s] = longOr(r, 6);
                currency[s] = words.code(r.getString(7));
                entered[s] = r.getLong(8);
                close[s] = r.getString(9);
                contact[s] = contactSlot(r.getString(10));
                dealOrg[s] = orgSlot(r.getString(11));
                due[s] = Long.MAX_VALUE; // until read by readDues
                points[s] = NONE; // until read by readScores
                activeAt[s] = NONE;
            }
        }
        return seen;
    }

    /** The soonest open follow-up of each deal read (after {@link #readDeals}, which set none). */
    private void readDues(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Integer s = dealSlot.get(r.getString(1));
                long d = longOr(r, 2);
                if (s != null && d != NONE) {
                    due[s] = d;
                }
            }
        }
    }

    /** The stored scores of the deals read (after {@link #readDeals}, which set none). */
    private void readScores(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Integer s = dealSlot.get(r.getString(1));
                if (s != null) {
                    points[s] = r.getLong(2);
                    activeAt[s] = r.getLong(3);
                }
            }
        }
    }

    private static long longOr(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? NONE : v;
    }

    private int dealSlot(String key) {
        Integer s = dealSlot.get(key);
        if (s != null) {
            return s;
        }
        int slot = freeSlots.isEmpty() ? slots++ : freeSlots.removeLast();
        if (slot >= id.length) {
            int size = Math.max(64, slot * 2);
            live = Arrays.copyOf(live, size);
            id = Arrays.copyOf(id, size);
            stage = Arrays.copyOf(stage, size);
            owner = grow(owner, size);
            source = grow(source, size);
            currency = grow(currency, size);
            value = Arrays.copyOf(value, size);
            entered = Arrays.copyOf(entered, size);
            close = Arrays.copyOf(close, size);
            contact = grow(contact, size);
            dealOrg = grow(dealOrg, size);
            due = Arrays.copyOf(due, size);
            points = Arrays.copyOf(points, size);
            activeAt = Arrays.copyOf(activeAt, size);
        }
        dealSlot.put(key, slot);
        live[slot] = true;
        id[slot] = key;
        return slot;
    }

    private void remove(String key) {
        Integer s = dealSlot.remove(key);
        if (s != null) {
            live[s] = false;
            id[s] = null;
            freeSlots.add(s);
        }
    }

    private static int[] grow(int[] a, int size) {
        int old = a.length;
        int[] b = Arrays.copyOf(a, size);
        Arrays.fill(b, old, size, -1);
        return b;
    }

    /** Texts by code; null is -1. */
    static final class Words {
        private final Map<String, Integer> codes = new HashMap<>();
        private final List<String> texts = new ArrayList<>();

        int code(String text) {
            if (text == null) {
                return -1;
            }
            Integer c = codes.get(text);
            if (c == null) {
                c = texts.size();
                codes.put(text, c);
                texts.add(text);
            }
            return c;
        }

        int size() {
            return texts.size();
        }

        String text(int code) {
            return texts.get(code);
        }

        void clear() {
            codes.clear();
            texts.clear();
        }

        /** Which codes' texts pass {@code test}. */
        boolean[] where(java.util.function.Predicate<String> test) {
            boolean[] out = new boolean[texts.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = test.test(texts.get(i));
            }
            return out;
        }
    }
}
