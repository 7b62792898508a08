package com.funnelboard.service;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the board reads ({@link BoardService}); the window's composition root may wrap it. */
public interface BoardReads {

    /** Header figures of every column, of the deals the owner filter lets through: count, total and weighted value per currency. */
    Map<Stage, StageSummary> summaries(OwnerFilter owners);

    /** A page of a column's cards (of the deals the owner filter lets through), in board order. */
    List<DealCard> page(Stage stage, int offset, int limit, OwnerFilter owners);

    /** The columns a change to these rows shows in. */
    Set<Stage> stagesTouchedBy(Collection<String> rowKeys);

    /** The index of a deal within its column as the owner filter shows it, or -1 when it is gone. */
    int positionOf(UUID dealId, OwnerFilter owners);

    /** Header figures of every column, of the deals the lens lets through (by default: its owner filter alone). */
    default Map<Stage, StageSummary> summaries(com.funnelboard.domain.BoardLens lens) {
        return summaries(lens.owner());
    }

    /** A page of a column's cards, of the deals the lens lets through, in {@code sort} order (by default: the owner filter, board order). */
    default List<DealCard> page(Stage stage, int offset, int limit, com.funnelboard.domain.BoardLens lens, com.funnelboard.domain.DealSort sort) {
        return page(stage, offset, limit, lens.owner());
    }

    /** The index of a deal within its column as the lens and order show it, or -1 when it is not shown. */
    default int positionOf(UUID dealId, com.funnelboard.domain.BoardLens lens, com.funnelboard.domain.DealSort sort) {
        return positionOf(dealId, lens.owner());
    }

    /** Reads ahead what filtering needs, so that the first filter applied is as quick as the rest (nothing by default). */
    default void prepareFilters() {
    }

    /** Up to {@code limit} values in use per profile filter ("industry", "size", "persona", "tag"), most used first (none by default). */
    default Map<String, List<String>> filterHints(int limit) {
        return Map.of();
    }

    /** What one apply of a filter shows: every column's header figures and the first cards of some columns. */
    record FirstPages(Map<Stage, StageSummary> summaries, Map<Stage, List<DealCard>> pages) {}

    /**
     * Every column's header figures and the first {@code limit} cards of each column in {@code sorts}
     * (in that column's order), of the deals the lens lets through (by default: one read per part).
     */
    default FirstPages firstPages(com.funnelboard.domain.BoardLens lens, Map<Stage, com.funnelboard.domain.DealSort> sorts, int limit) {
        Map<Stage, StageSummary> summaries = summaries(lens);
        Map<Stage, List<DealCard>> pages = new java.util.EnumMap<>(Stage.class);
        sorts.forEach((stage, sort) -> pages.put(stage, summaries.get(stage).count() == 0 ? List.of() : page(stage, 0, limit, lens, sort)));
        return new FirstPages(summaries, pages);
    }

    /** A live deal by its id, whatever the board's filters (empty: in the trash, or no deal). */
    default java.util.Optional<com.funnelboard.domain.Deal> liveDeal(UUID dealId) {
        return java.util.Optional.empty();
    }

    /** The index of a deal within its column as the lens and that column's order show it, or -1 when it is not shown. */
    default int positionOf(UUID dealId, com.funnelboard.domain.BoardLens lens, Map<Stage, com.funnelboard.domain.DealSort> sorts) {
        return positionOf(dealId, lens, com.funnelboard.domain.DealSort.NEWEST);
    }
}
