package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.DEAL_SCORE;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.RotRule;
import com.funnelboard.domain.SearchText;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.scoring.Scorer;
import com.funnelboard.domain.scoring.ScoringRules;
import com.funnelboard.domain.scoring.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * A {@link BoardLens} as one SQL condition on {@code deal}, and a {@link DealSort} as its order: the
 * same predicate serves the columns' pages, their header counts and totals, and {@code deals list}.
 */
public final class LensConditions {

    private static final long DAY = 86_400_000L;
    private static final String OPEN_FOLLOW_UP = "SELECT 1 FROM follow_up f WHERE f.deal_id = deal.id AND f.done_at IS NULL AND f.deleted_at IS NULL";
    private static final String DUE = "max(f.due_at, coalesce(f.snoozed_until, f.due_at))";

    private LensConditions() {}

    /** The deals whose own words, contact's or organization's hold {@code text} (every word of it in one of the three). */
    private static Condition holdingText(String text) {
        Condition words = holdingWords(text);
        // A phone number as people write it ("030 2527989" for "+49 30 2527989"): the deal's contact's numbers, as the search
        // box and the Contacts page find them (the board found nothing).
        return ContactSearchCondition.contactsHolding(text).map(holders -> words.or(DEAL.CONTACT_ID.in(holders))).orElse(words);
    }

    private static Condition holdingWords(String text) {
        String match = SearchText.toMatch(text).orElseThrow();
        // CROSS JOIN keeps the full-text matches outermost: with a plain join SQLite walked every
        // document of the kind and asked the index about each (a fifth of a one-letter filter's time).
        String found = "SELECT d.ref FROM search CROSS JOIN search_doc d ON d.docid = search.rowid WHERE search MATCH {0} AND d.kind = '%s'";
        List<String> inside = SearchText.unspacedWords(text);
        if (inside.isEmpty()) {
            return DSL.condition("(deal.id IN (" + found.formatted("deal") + ") OR " + ofContactOrOrganization(found.formatted("contact"),
                    found.formatted("organization")) + ")", DSL.val(match));
        }
        // Words of a script without spaces are found inside a title or name too ("科技" in 北京科技有限公司), as the search box finds them.
        List<Object> binds = new ArrayList<>();
        binds.add(DSL.val(match));
        inside.forEach(w -> binds.add(DSL.val(w)));
        java.util.function.Function<String, String> holding = table -> NamesHolding.of(table, inside.size(), i -> "{" + (i + 1) + "}");
        return DSL.condition("(deal.id IN (" + found.formatted("deal") + ") OR " + ofContactOrOrganization(found.formatted("contact"),
                found.formatted("organization")) + " OR deal.id IN (" + holding.apply("deal") + ") OR "
                + ofContactOrOrganization(holding.apply("contact"), holding.apply("organization")) + ")", binds.toArray());
    }

    /** The deals the lens lets through (live deals only), with rotting judged by {@code rot} at {@code now}. */
    /** "Today" (an expected close passed) is the day in {@code zone}. */
    public static Condition of(BoardLens lens, RotRule rot, Instant now, java.time.ZoneId zone) {
        List<Condition> all = new ArrayList<>();
        if (AttentionConditions.asks(lens)) {
            all.add(AttentionConditions.of(lens, now, zone));
        }
        all.add(DEAL.DELETED_AT.isNull());
        all.add(BoardQueries.ownerCondition(lens.owner()));
        // Each filter on the deal's contact or organization is one set of rows, read once per
        // query (not once per deal): the deals whose contact or organization is in it.
        // Each word is looked for in the deal, its contact and its organization alike: a card holds the words when each is in
        // one of them ("alpha brauerei" for the deal "Alpha rollout" of Äcme Brauerei found nothing, all words being asked
        // of one of the three at once).
        List<String> words = SearchText.filterWords(lens.text());
        words.forEach(w -> all.add(holdingText(w)));
        if (words.isEmpty() && lens.text() != null) {
            all.add(DSL.falseCondition());
        }
        if (lens.source() != null) {
            all.add(DSL.condition("lower(deal.source) = lower({0})", DSL.val(lens.source())));
        }
        if (lens.industry() != null) {
            all.add(DSL.condition(ofContactOrOrganization("SELECT id FROM contact WHERE lower(industry) = lower({0})",
                    "SELECT id FROM organization WHERE lower(industry) = lower({0})"), DSL.val(lens.industry())));
        }
        if (lens.companySize() != null) {
            all.add(DSL.condition(ofContactOrOrganization("SELECT id FROM contact WHERE lower(company_size) = lower({0})",
                    "SELECT id FROM organization WHERE lower(company_size) = lower({0})"), DSL.val(lens.companySize())));
        }
        if (lens.persona() != null) {
            all.add(DSL.condition("deal.contact_id IN (SELECT id FROM contact WHERE lower(persona) = lower({0}))", DSL.val(lens.persona())));
        }
        if (lens.channel() != null) {
            all.add(DSL.condition("deal.contact_id IN (SELECT id FROM contact WHERE preferred_channel = {0})", DSL.val(lens.channel().key())));
        }
        if (lens.tag() != null) {
            all.add(DSL.condition("deal.contact_id IN (SELECT id FROM contact WHERE (',' || lower(tags) || ',') LIKE ('%,' || lower({0}) || ',%'))",
                    DSL.val(lens.tag().replace("%", "").replace("_", ""))));
        }
        if (lens.minValue() != null) {
            all.add(DEAL.VALUE_MINOR.ge(inMinorUnits(lens.minValue())));
        }
        if (lens.maxValue() != null) {
            all.add(DEAL.VALUE_MINOR.le(inMinorUnits(lens.maxValue())));
        }
        long at = now.toEpochMilli();
        switch (lens.followUp()) {
            case ANY -> { }
            case OVERDUE -> all.add(DSL.condition("EXISTS (" + OPEN_FOLLOW_UP + " AND " + DUE + " < {0})", DSL.val(at)));
            case NONE -> all.add(DSL.condition("NOT EXISTS (" + OPEN_FOLLOW_UP + ")"));
            case PLANNED -> all.add(DSL.condition("EXISTS (" + OPEN_FOLLOW_UP + ") AND NOT EXISTS (" + OPEN_FOLLOW_UP + " AND " + DUE + " < {0})",
                    DSL.val(at)));
        }
        if (lens.rotting()) {
            List<Condition> rotting = new ArrayList<>();
            for (Stage s : RotRule.DEFAULTS.keySet()) {
                // RotRule: rotting once more than the threshold's whole days have passed.
                rotting.add(DEAL.STAGE.eq(s.key()).and(DSL.field("deal.stage_entered_at", Long.class).le(at - (rot.threshold(s) + 1L) * DAY)));
            }
            all.add(DSL.or(rotting));
        }
        if (lens.noContact()) {
            all.add(DEAL.CONTACT_ID.isNull()); // an import's deal rows that named nobody
        }
        if (lens.overridden()) {
            all.add(OverriddenEntry.overridden());
        }
        if (lens.report() != null) {
            all.add(ReportSliceConditions.of(lens.report()));
        }
        return DSL.and(all);
    }

    /**
     * Deals whose contact is in {@code contacts}, or whose organization (their own, else their
     * contact's) is in {@code organizations}: both sets of ids.
     */
    private static String ofContactOrOrganization(String contacts, String organizations) {
        return "(deal.contact_id IN (" + contacts + ") OR deal.organization_id IN (" + organizations + ")"
                + " OR (deal.organization_id IS NULL AND deal.contact_id IN (SELECT c.id FROM contact c WHERE c.organization_id IN ("
                + organizations + "))))";
    }

    /**
     * The deal table as a lens reads it. With no filter but the owner, through its indexes (the
     * headers read deal_totals alone, a page stops after its cards); with any other filter, row by
     * row in the table's own order: the filters look at most rows anyway, and walking an index
     * would fetch each of them from the table out of order, many times slower.
     */
    static org.jooq.Table<?> scanned(BoardLens lens) {
        return lens.withOwner(com.funnelboard.domain.OwnerFilter.EVERYONE).isEmpty() ? DEAL : DSL.table("{0} NOT INDEXED", DEAL);
    }

    /** The order of a column (or a list) under {@code sort}, any but {@link DealSort#SCORE}; ties broken by id. */
    public static List<SortField<?>> order(DealSort sort) {
        return order(sort, null);
    }

    /**
     * The order of a column (or a list) under {@code sort}; ties broken by id.
     *
     * @param score a deal's lead score as {@link #score} reads it (needed for {@link DealSort#SCORE} only)
     */
    public static List<SortField<?>> order(DealSort sort, Field<Long> score) {
        return switch (sort) {
            case NEWEST -> List.of(DEAL.STAGE_ENTERED_AT.desc(), DEAL.ID.asc());
            case SCORE -> {
                if (score == null) {
                    throw new IllegalArgumentException("Ordering by score needs the scoring rules");
                }
                yield List.of(score.isNull().asc(), score.desc(), DEAL.STAGE_ENTERED_AT.desc(), DEAL.ID.asc());
            }
            case VALUE -> List.of(DEAL.VALUE_MINOR.isNull().asc(), wholeAmount().desc(), DEAL.ID.asc());
            case DAYS -> List.of(DEAL.STAGE_ENTERED_AT.asc(), DEAL.ID.asc());
            case FOLLOWUP -> {
                Field<Long> next = DSL.field("(SELECT min(" + DUE + ") FROM follow_up f WHERE f.deal_id = deal.id AND f.done_at IS NULL"
                        + " AND f.deleted_at IS NULL)", Long.class);
                yield List.of(next.isNull().asc(), next.asc(), DEAL.ID.asc());
            }
            case CLOSE -> List.of(DEAL.EXPECTED_CLOSE_ON.isNull().asc(), DEAL.EXPECTED_CLOSE_ON.asc(), DEAL.ID.asc());
        };
    }

    /**
     * A deal's lead score at {@code now} as the card shows it ({@link Scorer#decay}): its stored points
     * (deal_score) less the decay points of every full period since it was last active, never below 0.
     * Null for a deal with no stored score.
     */
    public static Field<Long> score(Instant now, ScoringRules rules) {
        Field<Long> elapsed = DSL.val(now.toEpochMilli()).minus(DSL.field(DEAL_SCORE.ACTIVE_AT.getQualifiedName(), Long.class));
        Field<Long> periods = DSL.greatest(DSL.inline(0L), elapsed.div(DSL.inline(rules.decayMillis())));
        Field<Long> decay = DSL.greatest(DSL.inline(0L), DSL.least(periods.times(DSL.inline((long) rules.pointsOf(Signal.DECAY))), DEAL_SCORE.POINTS));
        return DSL.field(DSL.select(DEAL_SCORE.POINTS.minus(decay)).from(DEAL_SCORE).where(DEAL_SCORE.DEAL_ID.eq(DEAL.ID)));
    }

    /**
     * {@code whole} units of each deal's own currency, in its minor units: yen and dinars are no cents (¥333,333 fell below
     * "from 10,000"). The currencies whose minor unit is not a hundredth are named; any other is 100.
     */
    private static org.jooq.Field<Long> inMinorUnits(long whole) {
        org.jooq.CaseValueStep<String> byCurrency = DSL.choose(DEAL.CURRENCY);
        org.jooq.CaseWhenStep<String, Long> cases = null;
        for (java.util.Map.Entry<String, Long> c : NOT_CENTS.entrySet()) {
            org.jooq.Field<Long> v = DSL.inline(scaledOrMax(whole, c.getValue()));
            cases = cases == null ? byCurrency.when(DSL.inline(c.getKey()), v) : cases.when(DSL.inline(c.getKey()), v);
        }
        org.jooq.Field<Long> cents = DSL.inline(scaledOrMax(whole, 100L));
        return cases == null ? cents : cases.otherwise(cents);
    }

    /**
     * A deal's value in whole units of its currency (¥333,333 is 333,333; €5,000.00 is 5,000): the order by value, which
     * put ¥333,333 (333,333 minor units) below €5,000.00 (500,000 cents). Amounts of different currencies are not converted.
     */
    private static org.jooq.Field<Long> wholeAmount() {
        org.jooq.CaseValueStep<String> byCurrency = DSL.choose(DEAL.CURRENCY);
        org.jooq.CaseWhenStep<String, Long> cases = null;
        for (java.util.Map.Entry<String, Long> c : NOT_CENTS.entrySet()) {
            org.jooq.Field<Long> factor = DSL.inline(com.funnelboard.domain.Money.TEN_THOUSANDTHS / c.getValue());
            cases = cases == null ? byCurrency.when(DSL.inline(c.getKey()), factor) : cases.when(DSL.inline(c.getKey()), factor);
        }
        org.jooq.Field<Long> cents = DSL.inline(com.funnelboard.domain.Money.TEN_THOUSANDTHS / 100L);
        return DEAL.VALUE_MINOR.mul(cases == null ? cents : cases.otherwise(cents));
    }

    /** The currencies whose minor unit is not a hundredth, by code, with how many make one (read once). */
    private static final java.util.Map<String, Long> NOT_CENTS = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).filter(c -> com.funnelboard.domain.Money.minorPerUnit(c) != 100L)
            .collect(java.util.stream.Collectors.toMap(c -> c, com.funnelboard.domain.Money::minorPerUnit, (a, b) -> a, java.util.TreeMap::new));

    private static long scaledOrMax(long whole, long unit) {
        try {
            return Math.multiplyExact(whole, unit);
        } catch (ArithmeticException past) {
            return Long.MAX_VALUE;
        }
    }
}
