package com.funnelboard.service;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageSummary;
import com.funnelboard.store.BoardQueries.StageTotal;
import com.funnelboard.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the board reads: column headers and pages of cards. */
public final class BoardService implements BoardReads {

    private final Store store;

    public BoardService(Store store) {
        this.store = store;
    }

    /** Header figures of every column: count, total and weighted value per currency. */
    @Override
    public Map<Stage, StageSummary> summaries(OwnerFilter owners) {
        return summarise(store.read(r -> r.board().totals(owners)));
    }

    private static Map<Stage, StageSummary> summarise(Map<Stage, List<StageTotal>> totals) {
        Map<Stage, StageSummary> out = new java.util.EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            List<StageTotal> rows = totals.getOrDefault(stage, List.of());
            long count = rows.stream().mapToLong(StageTotal::count).sum();
            List<Money> sums = new ArrayList<>();
            List<Money> weighted = new ArrayList<>();
            for (StageTotal t : rows) {
                if (t.total().minor() == 0) {
                    continue; // deals of no value in this currency: nothing to add up (the header says "—", as an empty column's)
                }
                sums.add(t.total());
                weighted.add(t.total().times(stage.defaultProbability()));
            }
            out.put(stage, new StageSummary(stage, count, sums, weighted));
        }
        return out;
    }

    /** Header figures of every column, of the deals the lens lets through (rotting by the pipeline's settings, now). */
    @Override
    public Map<Stage, StageSummary> summaries(com.funnelboard.domain.BoardLens lens) {
        com.funnelboard.domain.RotRule rot = new PipelineSettings(store).rotRule();
        return summarise(store.read(r -> r.board().totals(lens, rot, store.clock().instant())));
    }

    @Override
    public Map<String, List<String>> filterHints(int limit) {
        return store.read(r -> r.filterHints().common(limit));
    }

    /** A page of a column of the deals the lens lets through, in {@code sort} order. */
    @Override
    public List<DealCard> page(Stage stage, int offset, int limit, com.funnelboard.domain.BoardLens lens, com.funnelboard.domain.DealSort sort) {
        com.funnelboard.domain.RotRule rot = new PipelineSettings(store).rotRule();
        return store.read(r -> withScores(r, r.board().page(stage, offset, limit, lens, sort, rot, store.clock().instant())));
    }

    @Override
    public void prepareFilters() {
        store.read(r -> {
            r.board().prepareFilters();
            return null;
        });
    }

    /** Every column's header and the first cards of some columns: the matching deals read once per distinct order. */
    @Override
    public FirstPages firstPages(com.funnelboard.domain.BoardLens lens, Map<Stage, com.funnelboard.domain.DealSort> sorts, int limit) {
        com.funnelboard.domain.RotRule rot = new PipelineSettings(store).rotRule();
        return store.read(r -> {
            var read = r.board().firstPages(lens, sorts, rot, store.clock().instant(), limit);
            List<DealCard> all = read.pages().values().stream().flatMap(List::stream).toList();
            Map<UUID, Integer> scores = r.scores().scores(all.stream().map(DealCard::id).toList(), store.clock().instant());
            Map<Stage, List<DealCard>> pages = new java.util.EnumMap<>(Stage.class);
            read.pages().forEach((stage, cards) -> pages.put(stage, cards.stream().map(c -> c.withScore(scores.get(c.id()))).toList()));
            return new FirstPages(summarise(read.totals()), pages);
        });
    }

    /** Each card with its lead score: one more query per page, never one per card. */
    private List<DealCard> withScores(com.funnelboard.store.Repositories r, List<DealCard> cards) {
        Map<UUID, Integer> scores = r.scores().scores(cards.stream().map(DealCard::id).toList(), store.clock().instant());
        return cards.stream().map(c -> c.withScore(scores.get(c.id()))).toList();
    }

    @Override
    public java.util.Optional<com.funnelboard.domain.Deal> liveDeal(UUID dealId) {
        return store.read(r -> r.deals().find(dealId));
    }

    @Override
    public int positionOf(UUID dealId, com.funnelboard.domain.BoardLens lens, Map<Stage, com.funnelboard.domain.DealSort> sorts) {
        com.funnelboard.domain.RotRule rot = new PipelineSettings(store).rotRule();
        return store.read(r -> r.board().positionOf(dealId, lens, s -> sorts.getOrDefault(s, com.funnelboard.domain.DealSort.NEWEST), rot,
                store.clock().instant()));
    }

    @Override
    public int positionOf(UUID dealId, com.funnelboard.domain.BoardLens lens, com.funnelboard.domain.DealSort sort) {
        com.funnelboard.domain.RotRule rot = new PipelineSettings(store).rotRule();
        return store.read(r -> r.board().positionOf(dealId, lens, sort, rot, store.clock().instant()));
    }

    /** How many live deals the lens lets through. */
    public long count(com.funnelboard.domain.BoardLens lens) {
        return summaries(lens).values().stream().mapToLong(StageSummary::count).sum();
    }

    /** Header figures of everyone's deals. */
    public Map<Stage, StageSummary> summaries() {
        return summaries(OwnerFilter.EVERYONE);
    }

    /** A page of a column of everyone's deals. */
    public List<DealCard> page(Stage stage, int offset, int limit) {
        return page(stage, offset, limit, OwnerFilter.EVERYONE);
    }

    /** The index of a deal within its column of everyone's deals. */
    public int positionOf(UUID dealId) {
        return positionOf(dealId, OwnerFilter.EVERYONE);
    }

    @Override
    public List<DealCard> page(Stage stage, int offset, int limit, OwnerFilter owners) {
        return store.read(r -> withScores(r, r.board().page(stage, offset, limit, owners)));
    }

    /**
     * The columns a change to these rows shows in (see {@link com.funnelboard.store.ChangeReach#stagesOf});
     * every column when there are more than {@link ChangeFeed#MAX_TRACED_ROWS}.
     *
     * @param rowKeys the keys of the changed rows, as a {@link com.funnelboard.domain.ChangeNotice} names them
     */
    @Override
    public java.util.Set<Stage> stagesTouchedBy(java.util.Collection<String> rowKeys) {
        if (rowKeys.size() > ChangeFeed.MAX_TRACED_ROWS) {
            return java.util.EnumSet.allOf(Stage.class);
        }
        List<UUID> ids = ChangeFeed.ids(rowKeys);
        return store.read(r -> r.changeReach().stagesOf(ids));
    }

    /** The index of a deal within its column, or -1 when it is gone. */
    @Override
    public int positionOf(UUID dealId, OwnerFilter owners) {
        return store.read(r -> r.board().positionOf(dealId, owners));
    }
}
