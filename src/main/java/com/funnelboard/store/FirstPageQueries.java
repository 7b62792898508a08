package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.DEAL;
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
import org.jooq.impl.DSL;

/**
 * What one apply of a board filter reads ({@link BoardQueries#firstPages}): every column's header
 * and the first page of some columns, the matching deals read once per distinct column order.
 */
final class FirstPageQueries {

    private final DSLContext ctx;
    private final BoardQueries board;

    FirstPageQueries(DSLContext ctx, BoardQueries board) {
        this.ctx = ctx;
        this.board = board;
    }

    BoardQueries.FirstPages read(com.funnelboard.domain.BoardLens lens, Map<Stage, com.funnelboard.domain.DealSort> sorts,
            com.funnelboard.domain.RotRule rot, Instant now, int limit) {
        Map<Stage, List<DealCard>> pages = new EnumMap<>(Stage.class);
        Map<com.funnelboard.domain.DealSort, List<String>> bySort = new EnumMap<>(com.funnelboard.domain.DealSort.class);
        sorts.forEach((stage, sort) -> {
            pages.put(stage, new ArrayList<>());
            bySort.computeIfAbsent(sort, x -> new ArrayList<>()).add(stage.key());
        });
        if (FacetFilter.handles(board.facets(), lens)) {
            // The window: the filters tested in memory (DealFacets), only the pages' cards read here.
            FacetFilter.Read read = FacetFilter.read(ctx, board.facets(), lens, sorts, rot, now, board.zone(), limit, board.scoringRules());
            Map<UUID, Stage> ids = new LinkedHashMap<>();
            read.pages().forEach((stage, keys) -> keys.forEach(k -> ids.put(UUID.fromString(k), stage)));
            addCards(ids, pages);
            return new BoardQueries.FirstPages(read.totals(), pages);
        }
        Map<Stage, List<BoardQueries.StageTotal>> totals = null;
        if (lens.withOwner(OwnerFilter.EVERYONE).isEmpty()) {
            Map<Stage, List<BoardQueries.StageTotal>> all = board.totals(lens, rot, now);
            totals = all;
            bySort.values().forEach(stages -> stages.removeIf(key -> !all.containsKey(Stage.fromKey(key)))); // an empty column needs no page
            // Each column through the stage's index: a range of deal_board in the board's own order,
            // else the stage's deals sorted keeping only the first page (no copy of the whole table).
            bySort.forEach((sort, stages) -> stages.forEach(key -> pages.put(Stage.fromKey(key), board.page(Stage.fromKey(key), 0, limit, lens, sort,
                    rot, now))));
            bySort.clear();
        }
        Condition matching = LensConditions.of(lens, rot, now, board.zone());
        for (var e : bySort.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Map<Stage, List<BoardQueries.StageTotal>> read = totals == null ? new EnumMap<>(Stage.class) : null;
            Map<UUID, Stage> ids = new LinkedHashMap<>();
            ranked(lens, matching, e.getKey(), e.getValue(), limit, now, read, ids);
            totals = totals == null ? read : totals;
            addCards(ids, pages);
        }
        return new BoardQueries.FirstPages(totals == null ? board.totals(lens, rot, now) : totals, pages);
    }

    /** Reads the cards of {@code ids} (with their contact and organization) and adds each to its stage's page, in the order given. */
    void addCards(Map<UUID, Stage> ids, Map<Stage, List<DealCard>> pages) {
        if (ids.isEmpty()) {
            return;
        }
        Map<UUID, DealCard> cards = new java.util.HashMap<>();
        board.selectCards()
                .from(DEAL)
                .leftJoin(CONTACT).on(CONTACT.ID.eq(DEAL.CONTACT_ID).and(CONTACT.DELETED_AT.isNull()))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(DSL.coalesce(DEAL.ORGANIZATION_ID, CONTACT.ORGANIZATION_ID)))
                .where(DEAL.ID.in(ids.keySet()))
                .forEach(r -> cards.put(r.value1(), BoardQueries.toCard(r)));
        ids.forEach((id, stage) -> {
            DealCard card = cards.get(id);
            if (card != null) {
                pages.computeIfAbsent(stage, s -> new ArrayList<>()).add(card);
            }
        });
    }

    /**
     * One statement: the matching deals as a materialized table m, then (when {@code totals} is
     * given) its count and value per stage and currency, and the ids of the first {@code limit}
     * deals of each of {@code stages} in {@code sort} order, in that order. (Numbering every deal of
     * m with row_number() over (partition by stage …) and keeping the first {@code limit} cost 20–25 %
     * more at 100,000 deals: it sorts every matching deal.)
     */
    private void ranked(com.funnelboard.domain.BoardLens lens, Condition matching, com.funnelboard.domain.DealSort sort, List<String> stages,
            int limit, Instant now, Map<Stage, List<BoardQueries.StageTotal>> totals, Map<UUID, Stage> ids) {
        List<org.jooq.SortField<?>> order = board.order(sort, now);
        List<Field<?>> columns = new ArrayList<>(List.of(DEAL.ID.as("id"), DEAL.STAGE.as("stage"), DEAL.CURRENCY.as("currency"),
                BoardQueries.SHOWN_VALUE.as("value_minor")));
        List<org.jooq.SortField<?>> mOrder = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            org.jooq.SortField<?> key = order.get(i);
            columns.add(key.$field().as("k" + i));
            mOrder.add(rebind(key, DSL.field(DSL.name("m", "k" + i), key.$field().getDataType())));
        }
        var m = DSL.name("m").asMaterialized(DSL.select(columns).from(LensConditions.scanned(lens)).where(matching));
        Field<String> stage = DSL.field(DSL.name("m", "stage"), String.class);
        Field<String> currency = DSL.field(DSL.name("m", "currency"), String.class);
        Field<UUID> id = DSL.field(DSL.name("m", "id"), DEAL.ID.getDataType());
        Field<Long> value = DSL.field(DSL.name("m", "value_minor"), Long.class);
        // Each column's first page: the first deals of m in that stage, a sort that keeps only
        // {@code limit} rows (cheaper than numbering every matching deal), numbered in that order.
        org.jooq.Select<org.jooq.Record6<String, String, Long, Long, UUID, Integer>> pagesPart = null;
        for (String key : stages) {
            List<Field<?>> topColumns = new ArrayList<>(List.of(id));
            for (int i = 0; i < order.size(); i++) {
                topColumns.add(DSL.field(DSL.name("m", "k" + i), order.get(i).$field().getDataType()));
            }
            var top = DSL.select(topColumns).from(m).where(stage.eq(key)).orderBy(mOrder).limit(limit).asTable("top_" + key);
            List<org.jooq.SortField<?>> topOrder = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                topOrder.add(rebind(order.get(i), top.field("k" + i)));
            }
            var one = DSL.select(DSL.inline(key).as("stage"), DSL.castNull(String.class).as("currency"), DSL.castNull(Long.class).as("n"),
                    DSL.castNull(Long.class).as("total"), top.field("id", DEAL.ID.getDataType()),
                    DSL.rowNumber().over(DSL.orderBy(topOrder)).as("rank")).from(top);
            pagesPart = pagesPart == null ? one : pagesPart.unionAll(one);
        }
        org.jooq.ResultQuery<?> query = totals == null ? ctx.with(m).selectFrom(pagesPart.asTable("pages"))
                : ctx.with(m).select(stage, currency, DSL.count().cast(Long.class),
                        DSL.coalesce(DSL.sum(value), DSL.inline(java.math.BigDecimal.ZERO)).cast(Long.class), DSL.castNull(DEAL.ID.getDataType()),
                        DSL.castNull(Integer.class))
                        .from(m).groupBy(stage, currency)
                        .unionAll(pagesPart);
        List<org.jooq.Record> rows = new ArrayList<>();
        query.fetch().forEach(rows::add);
        rows.sort(java.util.Comparator.comparing((org.jooq.Record r) -> r.get(5) == null ? 0 : (Integer) r.get(5, Integer.class)));
        for (org.jooq.Record r : rows) {
            Stage s = Stage.fromKey(r.get(0, String.class));
            if (r.get(4) == null) {
                totals.computeIfAbsent(s, x -> new ArrayList<>()).add(new BoardQueries.StageTotal(r.get(2, Long.class), new Money(r.get(3, Long.class),
                        r.get(1, String.class))));
            } else {
                ids.put(r.get(4, UUID.class), s);
            }
        }
        if (totals != null) {
            totals.values().forEach(list -> list.sort(java.util.Comparator.comparing((BoardQueries.StageTotal t) -> t.total().minor()).reversed()));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.jooq.SortField<?> rebind(org.jooq.SortField<?> key, Field<?> to) {
        return ((org.jooq.SortField) key).$field((Field) to);
    }

}
