package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.FOLLOW_UP;
import static com.funnelboard.store.jooq.Tables.ORGANIZATION;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record14;
import org.jooq.SelectSelectStep;
import org.jooq.impl.DSL;

/**
 * The board's reads: one grouped query for every column's header, and one query per page of cards
 * (an ordered range of the deal_board index), never one query per card.
 */
public final class BoardQueries {

    private final DSLContext ctx;
    private final Repositories repositories;

    /** The user's time zone: the day an expected close passes. */
    java.time.ZoneId zone() {
        return repositories.clock().getZone();
    }

    BoardQueries(DSLContext ctx, Repositories repositories) {
        this.ctx = ctx;
        this.repositories = repositories;
    }

    /** The board's filters in memory (the window's reads), or null. */
    DealFacets facets() {
        return repositories.facets();
    }

    /** In the window, reads every deal's facets now (about a second at 100,000 deals) rather than at the first filter applied. */
    public void prepareFilters() {
        if (facets() != null) {
            facets().refresh(ctx);
        }
    }

    com.funnelboard.domain.scoring.ScoringRules scoringRules() {
        return ScoringSettings.rules(repositories.settings());
    }

    /** The order of {@code sort} at {@code now} (a score order reads the scoring rules). */
    List<org.jooq.SortField<?>> order(com.funnelboard.domain.DealSort sort, Instant now) {
        return LensConditions.order(sort, sort == com.funnelboard.domain.DealSort.SCORE
                ? LensConditions.score(now, ScoringSettings.rules(repositories.settings())) : null);
    }

    /**
     * The value a card shows and its column adds up: a won deal's final value (its estimate where
     * none was recorded), any other deal's estimate. Read from the deal_totals index alone (V20).
     */
    static final Field<Long> SHOWN_VALUE = DSL.when(DEAL.STAGE.eq(Stage.WON.key()), DSL.coalesce(DEAL.FINAL_VALUE_MINOR, DEAL.VALUE_MINOR))
            .otherwise(DEAL.VALUE_MINOR);

    /** Count and value per stage and currency, largest total first. */
    public Map<Stage, List<StageTotal>> totals() {
        return totals(OwnerFilter.EVERYONE);
    }

    /**
     * The board's owner filter as a condition on {@code deal}: everyone's deals, one person's, or
     * those nobody owns. Owners are kept in lower case, so a person's is one range of deal_owner.
     */
    public static Condition ownerCondition(OwnerFilter filter) {
        return switch (filter.kind()) {
            case EVERYONE -> DSL.noCondition();
            case NOBODY -> DEAL.OWNER.isNull();
            case PERSON -> DEAL.OWNER.eq(filter.email());
        };
    }

    /** Count and value per stage and currency of the deals the filter lets through, largest total first. */
    public Map<Stage, List<StageTotal>> totals(OwnerFilter filter) {
        Map<Stage, List<StageTotal>> out = new EnumMap<>(Stage.class);
        Field<Long> sum = DSL.coalesce(DSL.sum(SHOWN_VALUE), DSL.inline(java.math.BigDecimal.ZERO)).cast(Long.class);
        ctx.select(DEAL.STAGE, DEAL.CURRENCY, DSL.count(), sum)
                .from(DEAL)
                .where(DEAL.DELETED_AT.isNull().and(ownerCondition(filter)))
                .groupBy(DEAL.STAGE, DEAL.CURRENCY)
                .orderBy(DEAL.STAGE, sum.desc())
                .forEach(r -> out.computeIfAbsent(Stage.fromKey(r.value1()), s -> new ArrayList<>())
                        .add(new StageTotal(r.value3(), new Money(r.value4(), r.value2()))));
        return out;
    }

    /** Count and value per stage and currency of the deals the lens lets through (rotting judged by {@code rot} at {@code now}). */
    public Map<Stage, List<StageTotal>> totals(com.funnelboard.domain.BoardLens lens, com.funnelboard.domain.RotRule rot, Instant now) {
        // Headers alone (the saved views' counts, read when the window opens) use the facets once a
        // filter has read them, never read them first: the start stays as light as without.
        if (FacetFilter.handles(facets(), lens) && facets().ready()) {
            return FacetFilter.read(ctx, facets(), lens, Map.of(), rot, now, zone(), 0, null).totals();
        }
        Map<Stage, List<StageTotal>> out = new EnumMap<>(Stage.class);
        Field<Long> sum = DSL.coalesce(DSL.sum(SHOWN_VALUE), DSL.inline(java.math.BigDecimal.ZERO)).cast(Long.class);
        ctx.select(DEAL.STAGE, DEAL.CURRENCY, DSL.count(), sum)
                .from(LensConditions.scanned(lens))
                .where(LensConditions.of(lens, rot, now, zone()))
                .groupBy(DEAL.STAGE, DEAL.CURRENCY)
                .orderBy(DEAL.STAGE, sum.desc())
                .forEach(r -> out.computeIfAbsent(Stage.fromKey(r.value1()), s -> new ArrayList<>())
                        .add(new StageTotal(r.value3(), new Money(r.value4(), r.value2()))));
        return out;
    }

    /** Cards {@code offset .. offset+limit} of a column of the deals the lens lets through, in {@code sort} order. */
    public List<DealCard> page(Stage stage, int offset, int limit, com.funnelboard.domain.BoardLens lens, com.funnelboard.domain.DealSort sort,
            com.funnelboard.domain.RotRule rot, Instant now) {
        if (FacetFilter.handles(facets(), lens)) {
            // The window, filtered: the page's ids from the filters in memory, then only its cards.
            List<String> keys = FacetFilter.page(ctx, facets(), lens, stage, sort, offset, limit, rot, now, zone(), scoringRules());
            Map<UUID, Stage> ids = new LinkedHashMap<>();
            keys.forEach(k -> ids.put(UUID.fromString(k), stage));
            Map<Stage, List<DealCard>> pages = new EnumMap<>(Stage.class);
            new FirstPageQueries(ctx, this).addCards(ids, pages);
            return pages.getOrDefault(stage, List.of());
        }
        var page = DSL.select(DEAL.ID.as("page_id"))
                .from(LensConditions.scanned(lens))
                .where(DEAL.STAGE.eq(stage.key()).and(LensConditions.of(lens, rot, now, zone())))
                .orderBy(order(sort, now))
                .limit(limit)
                .offset(offset)
                .asTable("page");
        return selectCards()
                .from(page)
                .join(DEAL).on(DEAL.ID.eq(page.field("page_id", DEAL.ID.getDataType())))
                .leftJoin(CONTACT).on(CONTACT.ID.eq(DEAL.CONTACT_ID).and(CONTACT.DELETED_AT.isNull()))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(DSL.coalesce(DEAL.ORGANIZATION_ID, CONTACT.ORGANIZATION_ID)))
                .orderBy(order(sort, now))
                .fetch(BoardQueries::toCard);
    }

    /** The column headers and the first page of some columns, as one apply of a filter shows them. */
    public record FirstPages(Map<Stage, List<StageTotal>> totals, Map<Stage, List<DealCard>> pages) {}

    /**
     * The headers of every column and the first {@code limit} cards of each column in {@code sorts}
     * (each in its own order), of the deals the lens lets through, in one statement per distinct
     * order: the matching deals are read once into a materialized common table, grouped by stage
     * and currency for the headers and, per column, sorted keeping only the first {@code limit};
     * only those are then read with their contact and organization. Without a filter (or with the
     * owner's alone) the headers read deal_totals and each column is read through the stage's index.
     */
    public FirstPages firstPages(com.funnelboard.domain.BoardLens lens, Map<Stage, com.funnelboard.domain.DealSort> sorts,
            com.funnelboard.domain.RotRule rot, Instant now, int limit) {
        return new FirstPageQueries(ctx, this).read(lens, sorts, rot, now, limit);
    }

    /**
     * Live deals the lens lets through, optionally of one stage, by stage then in {@code sort}
     * order: each stage read as the board reads a column (the first {@code limit} ids through the
     * stage's order, then only those cards with their contact and organization), until {@code
     * limit} cards. One statement over every stage ordered by stage made SQLite build every deal's
     * card before sorting: 0.6 s of {@code deals list --limit 1} at 100,000 deals.
     */
    public List<DealCard> list(Stage stage, com.funnelboard.domain.BoardLens lens, com.funnelboard.domain.DealSort sort,
            com.funnelboard.domain.RotRule rot, Instant now, int offset, int limit) {
        List<DealCard> out = new ArrayList<>();
        // A page further on skips whole stages by their counts, and only the rest of the offset within the stage it starts in.
        Map<Stage, List<StageTotal>> counts = offset > 0 ? totals(lens, rot, now) : Map.of();
        long skip = offset;
        for (Stage s : stage != null ? List.of(stage) : List.of(Stage.values())) {
            if (out.size() >= limit) {
                break;
            }
            if (skip > 0) {
                long inStage = counts.getOrDefault(s, List.of()).stream().mapToLong(StageTotal::count).sum();
                if (skip >= inStage) {
                    skip -= inStage;
                    continue;
                }
            }
            out.addAll(page(s, (int) skip, limit - out.size(), lens, sort, rot, now));
            skip = 0;
        }
        return out;
    }

    /** Where a deal sits in its column as the lens and order show it, or -1 when the lens hides it. */
    public int positionOf(UUID dealId, com.funnelboard.domain.BoardLens lens, com.funnelboard.domain.DealSort sort,
            com.funnelboard.domain.RotRule rot, Instant now) {
        return positionOf(dealId, lens, s -> sort, rot, now);
    }

    /** As {@link #positionOf(UUID, com.funnelboard.domain.BoardLens, com.funnelboard.domain.DealSort, com.funnelboard.domain.RotRule, Instant)}, each column in its own order. */
    public int positionOf(UUID dealId, com.funnelboard.domain.BoardLens lens, java.util.function.Function<Stage, com.funnelboard.domain.DealSort> sorts,
            com.funnelboard.domain.RotRule rot, Instant now) {
        String stage = ctx.select(DEAL.STAGE).from(DEAL).where(DEAL.ID.eq(dealId).and(DEAL.DELETED_AT.isNull())).fetchOne(DEAL.STAGE);
        if (stage == null) {
            return -1;
        }
        if (FacetFilter.handles(facets(), lens) && facets().ready()) {
            return FacetFilter.positionOf(ctx, facets(), lens, Stage.fromKey(stage), sorts.apply(Stage.fromKey(stage)), dealId.toString(), rot, now, zone(),
                    scoringRules());
        }
        List<UUID> ids = ctx.select(DEAL.ID).from(DEAL).where(DEAL.STAGE.eq(stage).and(LensConditions.of(lens, rot, now, zone())))
                .orderBy(order(sorts.apply(Stage.fromKey(stage)), now)).fetch(DEAL.ID);
        return ids.indexOf(dealId);
    }

    /** A count and a total in one currency. */
    public record StageTotal(long count, Money total) {}

    /** What a card of a deal with no contact (imported from a file that had none) shows for the contact. */
    public static final String NO_CONTACT = "No contact";

    /** Live deals with no contact, newest first: the deals an import kept though their rows named nobody. */
    public List<DealCard> withoutContact(int offset, int limit) {
        return selectCards()
                .from(DEAL)
                .leftJoin(CONTACT).on(CONTACT.ID.eq(DEAL.CONTACT_ID).and(CONTACT.DELETED_AT.isNull()))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(DEAL.ORGANIZATION_ID))
                .where(DEAL.CONTACT_ID.isNull().and(DEAL.DELETED_AT.isNull()))
                .orderBy(DEAL.CREATED_AT.desc(), DEAL.ID)
                .limit(limit)
                .offset(offset)
                .fetch(BoardQueries::toCard);
    }

    /** Cards {@code offset .. offset+limit} of a column, newest in the stage first. */
    public List<DealCard> page(Stage stage, int offset, int limit) {
        return page(stage, offset, limit, OwnerFilter.EVERYONE);
    }

    /** Who owns live deals, and how many each (null: nobody), the most first. */
    public Map<String, Long> owners() {
        Map<String, Long> out = new LinkedHashMap<>();
        ctx.select(DEAL.OWNER, DSL.count()).from(DEAL).where(DEAL.DELETED_AT.isNull()).groupBy(DEAL.OWNER)
                .orderBy(DSL.count().desc(), DEAL.OWNER)
                .forEach(r -> out.put(r.value1(), r.value2().longValue()));
        return out;
    }

    /**
     * As {@link #page(Stage, int, int)}, of the deals the filter lets through: the lens of that owner
     * filter alone, newest in the stage first (it skips to the page inside the stage index).
     */
    public List<DealCard> page(Stage stage, int offset, int limit, OwnerFilter filter) {
        return page(stage, offset, limit, com.funnelboard.domain.BoardLens.ALL.withOwner(filter), com.funnelboard.domain.DealSort.NEWEST,
                com.funnelboard.domain.RotRule.defaults(), Instant.EPOCH);
    }

    /**
     * Live deals in board order (by stage, newest in the stage first), optionally of one stage and
     * matching a text in the title, contact name, email or organization name (ignoring case).
     *
     * @param stage null for every stage
     * @param text null or blank for no text filter
     * @param limit at most this many cards
     */
    public List<DealCard> search(Stage stage, String text, int limit) {
        return search(stage, text, OwnerFilter.EVERYONE, limit);
    }

    /** As {@link #search(Stage, String, int)}, of the deals the owner filter lets through. */
    public List<DealCard> search(Stage stage, String text, OwnerFilter owners, int limit) {
        Condition c = DEAL.DELETED_AT.isNull().and(ownerCondition(owners));
        if (stage != null) {
            c = c.and(DEAL.STAGE.eq(stage.key()));
        }
        if (text != null && !text.isBlank()) {
            String t = text.strip();
            c = c.and(ContactSearchCondition.nameContains(DEAL.TITLE, t)
                    .or(ContactSearchCondition.nameContains(CONTACT.NAME, t))
                    .or(CONTACT.EMAIL.containsIgnoreCase(t))
                    .or(ContactSearchCondition.nameContains(ORGANIZATION.NAME, t)));
        }
        return selectCards()
                .from(DEAL)
                .leftJoin(CONTACT).on(CONTACT.ID.eq(DEAL.CONTACT_ID).and(CONTACT.DELETED_AT.isNull()))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(DSL.coalesce(DEAL.ORGANIZATION_ID, CONTACT.ORGANIZATION_ID)))
                .where(c)
                .orderBy(stageOrder(), DEAL.STAGE_ENTERED_AT.desc(), DEAL.ID)
                .limit(limit)
                .fetch(BoardQueries::toCard);
    }

    /** Every live deal of a contact, open ones first, then newest in their stage first. */
    public List<DealCard> forContact(UUID contactId) {
        return selectCards()
                .from(DEAL)
                .leftJoin(CONTACT).on(CONTACT.ID.eq(DEAL.CONTACT_ID).and(CONTACT.DELETED_AT.isNull()))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(DSL.coalesce(DEAL.ORGANIZATION_ID, CONTACT.ORGANIZATION_ID)))
                .where(DEAL.CONTACT_ID.eq(contactId).and(DEAL.DELETED_AT.isNull()))
                .orderBy(stageOrder(), DEAL.STAGE_ENTERED_AT.desc(), DEAL.ID)
                .fetch(BoardQueries::toCard);
    }

    private static Field<Integer> stageOrder() {
        Map<String, Integer> order = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            order.put(s.key(), s.ordinal());
        }
        return DSL.case_(DEAL.STAGE).mapValues(order);
    }

    SelectSelectStep<Record14<UUID, String, String, UUID, String, UUID, String, Long, Long, String, Instant, Instant, String, String>> selectCards() {
        Field<Instant> nextDue = DSL.field(
                        DSL.select(DSL.min(FollowUpRepository.effectiveDue()))
                                .from(FOLLOW_UP)
                                .where(FOLLOW_UP.DEAL_ID.eq(DEAL.ID))
                                .and(FOLLOW_UP.DONE_AT.isNull())
                                .and(FOLLOW_UP.DELETED_AT.isNull()))
                .as("next_due");
        return ctx.select(DEAL.ID, DEAL.TITLE, DEAL.STAGE, CONTACT.ID, CONTACT.NAME, ORGANIZATION.ID, ORGANIZATION.NAME, DEAL.VALUE_MINOR,
                DEAL.FINAL_VALUE_MINOR, DEAL.CURRENCY, DEAL.STAGE_ENTERED_AT, nextDue, DEAL.OWNER, OverriddenEntry.reason());
    }

    static DealCard toCard(Record14<UUID, String, String, UUID, String, UUID, String, Long, Long, String, Instant, Instant, String, String> r) {
        return new DealCard(
                r.value1(),
                r.value2(),
                Stage.fromKey(r.value3()),
                r.value4(),
                r.value4() == null ? NO_CONTACT : r.value5(),
                r.value6(),
                r.value7(),
                r.value8() == null ? null : new Money(r.value8(), r.value10()),
                r.value9() == null ? null : new Money(r.value9(), r.value10()),
                r.value11(),
                r.value12(),
                r.value13(),
                null,
                r.value14());
    }

    /** Where a deal sits in its column's order, for keeping it selected after a move. */
    public int positionOf(UUID dealId) {
        return positionOf(dealId, OwnerFilter.EVERYONE);
    }

    /** Where a deal sits in its column's order among the deals the filter lets through. */
    public int positionOf(UUID dealId, OwnerFilter filter) {
        var d = DEAL.as("d");
        var me = DEAL.as("me");
        Integer n = ctx.select(DSL.count())
                .from(d)
                .join(me).on(me.ID.eq(dealId))
                .where(d.STAGE.eq(me.STAGE).and(d.DELETED_AT.isNull()))
                .and(filter.kind() == OwnerFilter.Kind.EVERYONE ? DSL.noCondition()
                        : filter.kind() == OwnerFilter.Kind.NOBODY ? d.OWNER.isNull() : d.OWNER.eq(filter.email()))
                .and(d.STAGE_ENTERED_AT.gt(me.STAGE_ENTERED_AT)
                        .or(d.STAGE_ENTERED_AT.eq(me.STAGE_ENTERED_AT).and(d.ID.lt(me.ID))))
                .fetchOne(0, Integer.class);
        return n == null ? -1 : n;
    }
}
