package com.funnelboard.store;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.RotRule;
import com.funnelboard.domain.SearchText;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.scoring.ScoringRules;
import com.funnelboard.domain.scoring.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;
import org.jooq.DSLContext;

/**
 * A {@link BoardLens} and a {@link DealSort} over {@link DealFacets}: exactly the deals, the
 * headers and the order {@link LensConditions} gives in SQL (texts compared as SQLite's
 * {@code lower()} and {@code LIKE} compare them: ignoring the case of ASCII letters only), with the
 * words of a text filter still found by the full-text index. A lens opened from a report's bar is
 * left to SQL.
 */
final class FacetFilter {

    private static final long DAY = 86_400_000L;

    private final DealFacets f;
    private final boolean[] pass;
    private final long at;

    private FacetFilter(DealFacets f, boolean[] pass, long at) {
        this.f = f;
        this.pass = pass;
        this.at = at;
    }

    /**
     * Whether {@code lens} is read from the facets: not a report's bar; an unfiltered board (or one
     * filtered by owner alone, which SQLite reads from its indexes) only once they are read anyway.
     */
    static boolean handles(DealFacets facets, BoardLens lens) {
        return facets != null && lens.report() == null && (!lens.withOwner(OwnerFilter.EVERYONE).isEmpty() || facets.ready());
    }

    /** Runs {@code work} on the deals the lens lets through, with the facets' lock held and the facets brought up to {@code ctx}. */
    private static <T> T matching(DSLContext ctx, DealFacets facets, BoardLens lens, RotRule rot, Instant now, java.time.ZoneId zone,
            java.util.function.Function<FacetFilter, T> work) {
        synchronized (facets) {
            facets.refresh(ctx);
            java.util.List<FacetHits> hits = FacetHits.of(ctx, facets, lens);
            boolean[] overridden = lens.overridden() ? passing(ctx, facets, OverriddenEntry.overridden()) : null;
            boolean[] attention = AttentionConditions.asks(lens) ? passing(ctx, facets, AttentionConditions.of(lens, now, zone)) : null;
            return work.apply(new FacetFilter(facets, matching(facets, lens, hits, overridden, attention, rot, now.toEpochMilli()), now.toEpochMilli()));
        }
    }

    /** The headers and the ids of the first {@code limit} deals of each column of {@code sorts}. */
    static Read read(DSLContext ctx, DealFacets facets, BoardLens lens, Map<Stage, DealSort> sorts, RotRule rot, Instant now, java.time.ZoneId zone,
            int limit,
            ScoringRules rules) {
        return matching(ctx, facets, lens, rot, now, zone, filter -> {
            Map<Stage, List<BoardQueries.StageTotal>> totals = filter.totals();
            Map<Stage, List<String>> pages = new EnumMap<>(Stage.class);
            sorts.forEach((stage, sort) -> pages.put(stage, totals.containsKey(stage) ? filter.page(stage, sort, 0, limit, rules) : List.of()));
            return new Read(totals, pages);
        });
    }

    /** The ids of deals {@code offset .. offset+limit} of a column. */
    static List<String> page(DSLContext ctx, DealFacets facets, BoardLens lens, Stage stage, DealSort sort, int offset, int limit, RotRule rot,
            Instant now, java.time.ZoneId zone, ScoringRules rules) {
        return matching(ctx, facets, lens, rot, now, zone, filter -> filter.page(stage, sort, offset, limit, rules));
    }

    /** Where a deal of {@code stage} sits in its column (the matching deals before it in {@code sort} order), or -1 when the lens hides it. */
    static int positionOf(DSLContext ctx, DealFacets facets, BoardLens lens, Stage stage, DealSort sort, String dealId, RotRule rot, Instant now,
            java.time.ZoneId zone, ScoringRules rules) {
        return matching(ctx, facets, lens, rot, now, zone, filter -> {
            Integer me = facets.dealSlot.get(dealId);
            if (me == null || !filter.pass[me] || facets.stage[me] != stage.ordinal()) {
                return -1;
            }
            Comparator<Integer> order = filter.order(sort, sort == DealSort.SCORE ? filter.scores(rules) : null);
            int before = 0;
            for (int s = 0; s < facets.slots; s++) {
                if (filter.pass[s] && facets.stage[s] == stage.ordinal() && order.compare(s, me) < 0) {
                    before++;
                }
            }
            return before;
        });
    }

    /** Headers per stage (largest total first) and, per column asked for, its deals' ids in order. */
    record Read(Map<Stage, List<BoardQueries.StageTotal>> totals, Map<Stage, List<String>> pages) {}

    /**
     * The slots of the deals {@code condition} lets through: a filter the facets do not hold (the deals that entered their
     * stage by an override, those a cleanup looks for), asked of the database once per read when it is on. The window's
     * board ignored the override filter, which only the command line's query applied.
     */
    private static boolean[] passing(DSLContext ctx, DealFacets f, org.jooq.Condition condition) {
        boolean[] out = new boolean[f.slots];
        for (java.util.UUID id : ctx.select(com.funnelboard.store.jooq.Tables.DEAL.ID).from(com.funnelboard.store.jooq.Tables.DEAL)
                .where(com.funnelboard.store.jooq.Tables.DEAL.DELETED_AT.isNull().and(condition)).fetch(0, java.util.UUID.class)) {
            Integer slot = f.dealSlot.get(id.toString());
            if (slot != null) {
                out[slot] = true;
            }
        }
        return out;
    }

    private static boolean[] matching(DealFacets f, BoardLens lens, java.util.List<FacetHits> hits, boolean[] overridden, boolean[] attention,
            RotRule rot, long at) {
        List<IntPredicate> tests = new ArrayList<>();
        OwnerFilter owner = lens.owner();
        switch (owner.kind()) {
            case EVERYONE -> { }
            case NOBODY -> tests.add(s -> f.owner[s] < 0);
            case PERSON -> {
                boolean[] same = f.words.where(owner.email()::equals);
                tests.add(s -> f.owner[s] >= 0 && same[f.owner[s]]);
            }
        }
        for (FacetHits word : hits == null ? java.util.List.<FacetHits>of() : hits) {
            tests.add(s -> word.deals()[s] || ofContactOrOrganization(f, s, word.contacts(), word.organizations()));
        }
        if (lens.source() != null) {
            boolean[] same = f.words.where(sameAs(lens.source()));
            tests.add(s -> f.source[s] >= 0 && same[f.source[s]]);
        }
        if (lens.industry() != null) {
            tests.add(ofContactOrOrganization(f, f.words.where(sameAs(lens.industry())), f.contactIndustry, f.orgIndustry));
        }
        if (lens.companySize() != null) {
            tests.add(ofContactOrOrganization(f, f.words.where(sameAs(lens.companySize())), f.contactSize, f.orgSize));
        }
        if (lens.persona() != null) {
            tests.add(ofContact(f, f.words.where(sameAs(lens.persona())), f.persona));
        }
        if (lens.channel() != null) {
            tests.add(ofContact(f, f.words.where(lens.channel().key()::equals), f.channel));
        }
        if (lens.tag() != null) {
            String tag = "," + lower(lens.tag().replace("%", "").replace("_", "")) + ",";
            tests.add(ofContact(f, f.words.where(t -> ("," + lower(t) + ",").contains(tag)), f.tags));
        }
        if (lens.minValue() != null || lens.maxValue() != null) {
            // Whole units of each deal's own currency (yen were compared as if they had cents).
            long[] unit = new long[f.words.size()];
            for (int c = 0; c < unit.length; c++) {
                unit[c] = com.funnelboard.domain.Money.minorPerUnit(f.words.text(c));
            }
            if (lens.minValue() != null) {
                long min = lens.minValue();
                tests.add(s -> f.value[s] != DealFacets.NONE && f.value[s] >= scaled(min, f.currency[s] < 0 ? 100L : unit[f.currency[s]]));
            }
            if (lens.maxValue() != null) {
                long max = lens.maxValue();
                tests.add(s -> f.value[s] != DealFacets.NONE && f.value[s] <= scaled(max, f.currency[s] < 0 ? 100L : unit[f.currency[s]]));
            }
        }
        switch (lens.followUp()) {
            case ANY -> { }
            case OVERDUE -> tests.add(s -> f.due[s] < at);
            case NONE -> tests.add(s -> f.due[s] == Long.MAX_VALUE);
            case PLANNED -> tests.add(s -> f.due[s] != Long.MAX_VALUE && f.due[s] >= at);
        }
        if (lens.rotting()) {
            long[] before = new long[Stage.values().length];
            java.util.Arrays.fill(before, Long.MIN_VALUE);
            for (Stage s : RotRule.DEFAULTS.keySet()) {
                before[s.ordinal()] = at - (rot.threshold(s) + 1L) * DAY;
            }
            tests.add(s -> f.entered[s] <= before[f.stage[s]] && before[f.stage[s]] != Long.MIN_VALUE);
        }
        if (lens.noContact()) {
            tests.add(s -> f.contact[s] < 0);
        }
        if (overridden != null) {
            tests.add(s -> overridden[s]);
        }
        if (attention != null) {
            tests.add(s -> attention[s]);
        }
        boolean[] pass = new boolean[f.slots];
        IntPredicate[] all = tests.toArray(IntPredicate[]::new);
        for (int s = 0; s < f.slots; s++) {
            boolean ok = f.live[s];
            for (int i = 0; ok && i < all.length; i++) {
                ok = all[i].test(s);
            }
            pass[s] = ok;
        }
        return pass;
    }

    /** Deals whose contact is in {@code contacts}, or whose organization (their own, else their contact's) is in {@code orgs}. */
    private static boolean ofContactOrOrganization(DealFacets f, int s, boolean[] contacts, boolean[] orgs) {
        int c = f.contact[s];
        int o = f.dealOrg[s];
        return c >= 0 && contacts[c] || o >= 0 && orgs[o] || o < 0 && c >= 0 && f.contactOrg[c] >= 0 && orgs[f.contactOrg[c]];
    }

    private static IntPredicate ofContactOrOrganization(DealFacets f, boolean[] words, int[] contactWord, int[] orgWord) {
        boolean[] contacts = new boolean[f.contactSlot.size()];
        for (int c = 0; c < contacts.length; c++) {
            contacts[c] = contactWord[c] >= 0 && words[contactWord[c]];
        }
        boolean[] orgs = new boolean[f.orgSlot.size()];
        for (int o = 0; o < orgs.length; o++) {
            orgs[o] = orgWord[o] >= 0 && words[orgWord[o]];
        }
        return s -> ofContactOrOrganization(f, s, contacts, orgs);
    }

    private static IntPredicate ofContact(DealFacets f, boolean[] words, int[] contactWord) {
        return s -> f.contact[s] >= 0 && contactWord[f.contact[s]] >= 0 && words[contactWord[f.contact[s]]];
    }

    /** SQLite's {@code lower()}: ASCII letters only. */
    static String lower(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, (char) (c + 32));
            }
        }
        return b == null ? s : b.toString();
    }

    private static java.util.function.Predicate<String> sameAs(String wanted) {
        String w = lower(wanted);
        return t -> lower(t).equals(w);
    }

    /** Count and value per stage and currency of the matching deals, largest total first. */
    private Map<Stage, List<BoardQueries.StageTotal>> totals() {
        int words = f.words.size();
        Stage[] stages = Stage.values();
        long[][] count = new long[stages.length][words];
        long[][] sum = new long[stages.length][words];
        for (int s = 0; s < f.slots; s++) {
            if (pass[s]) {
                count[f.stage[s]][f.currency[s]]++;
                if (f.value[s] != DealFacets.NONE) {
                    sum[f.stage[s]][f.currency[s]] += f.value[s];
                }
            }
        }
        Map<Stage, List<BoardQueries.StageTotal>> out = new EnumMap<>(Stage.class);
        for (Stage stage : stages) {
            List<BoardQueries.StageTotal> list = new ArrayList<>();
            for (int c = 0; c < words; c++) {
                if (count[stage.ordinal()][c] > 0) {
                    list.add(new BoardQueries.StageTotal(count[stage.ordinal()][c], new Money(sum[stage.ordinal()][c], f.words.text(c))));
                }
            }
            if (!list.isEmpty()) {
                list.sort(Comparator.comparingLong((BoardQueries.StageTotal t) -> -t.total().minor()).thenComparing(t -> t.total().currency()));
                out.put(stage, list);
            }
        }
        return out;
    }

    /** The ids of matching deals {@code offset .. offset+limit} of a stage in {@code sort} order: a bounded heap, never a sort of the whole column. */
    private List<String> page(Stage stage, DealSort sort, int offset, int limit, ScoringRules rules) {
        int keep = offset + limit;
        if (keep <= 0) {
            return List.of();
        }
        long[] score = sort == DealSort.SCORE ? scores(rules) : null;
        Comparator<Integer> order = order(sort, score);
        PriorityQueue<Integer> heap = new PriorityQueue<>(keep + 1, order.reversed());
        byte want = (byte) stage.ordinal();
        for (int s = 0; s < f.slots; s++) {
            if (pass[s] && f.stage[s] == want) {
                if (heap.size() < keep) {
                    heap.add(s);
                } else if (order.compare(s, heap.peek()) < 0) {
                    heap.poll();
                    heap.add(s);
                }
            }
        }
        List<Integer> kept = new ArrayList<>(heap);
        kept.sort(order);
        List<String> out = new ArrayList<>();
        for (int i = offset; i < kept.size(); i++) {
            out.add(f.id[kept.get(i)]);
        }
        return out;
    }

    /** Each matching deal's lead score at this time as the card shows it ({@link LensConditions#score}), or NONE. */
    private long[] scores(ScoringRules rules) {
        long[] out = new long[f.slots];
        long period = rules.decayMillis();
        long decayPoints = rules.pointsOf(Signal.DECAY);
        for (int s = 0; s < f.slots; s++) {
            if (!pass[s] || f.points[s] == DealFacets.NONE) {
                out[s] = DealFacets.NONE;
                continue;
            }
            long periods = Math.max(0, f.activeAt[s] == DealFacets.NONE ? 0 : (at - f.activeAt[s]) / period);
            long decay = Math.max(0, Math.min(periods * decayPoints, f.points[s]));
            out[s] = f.points[s] - decay;
        }
        return out;
    }

    /** {@link LensConditions#order}, ties broken by id. */
    private Comparator<Integer> order(DealSort sort, long[] score) {
        Comparator<Integer> byId = Comparator.comparing(s -> f.id[s]);
        return switch (sort) {
            case NEWEST -> Comparator.<Integer>comparingLong(s -> -f.entered[s]).thenComparing(byId);
            case SCORE -> Comparator.<Integer, Boolean>comparing(s -> score[s] == DealFacets.NONE)
                    .thenComparingLong(s -> -score[s]).thenComparingLong(s -> -f.entered[s]).thenComparing(byId);
            case VALUE -> {
                // In whole units of each deal's currency, as LensConditions orders them (yen were ordered as if they were cents).
                long[] factor = new long[f.words.size()];
                for (int c = 0; c < factor.length; c++) {
                    factor[c] = com.funnelboard.domain.Money.TEN_THOUSANDTHS / com.funnelboard.domain.Money.minorPerUnit(f.words.text(c));
                }
                long cents = com.funnelboard.domain.Money.TEN_THOUSANDTHS / 100L;
                yield Comparator.<Integer, Boolean>comparing(s -> f.value[s] == DealFacets.NONE)
                        .thenComparingLong(s -> -(f.value[s] * (f.currency[s] < 0 ? cents : factor[f.currency[s]]))).thenComparing(byId);
            }
            case DAYS -> Comparator.<Integer>comparingLong(s -> f.entered[s]).thenComparing(byId);
            case FOLLOWUP -> Comparator.<Integer>comparingLong(s -> f.due[s]).thenComparing(byId);
            case CLOSE -> Comparator.<Integer, Boolean>comparing(s -> f.close[s] == null)
                    .thenComparing(s -> f.close[s] == null ? "" : f.close[s]).thenComparing(byId);
        };
    }

    /** {@code whole} units in minor ones, or the largest amount there is past it (a filter's "from 999…" matches nothing, never overflows). */
    private static long scaled(long whole, long unit) {
        try {
            return Math.multiplyExact(whole, unit);
        } catch (ArithmeticException past) {
            return Long.MAX_VALUE;
        }
    }
}
