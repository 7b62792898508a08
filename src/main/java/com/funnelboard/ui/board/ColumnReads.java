package com.funnelboard.ui.board;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.RotRule;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageSummary;
import com.funnelboard.service.BoardReads;
import com.funnelboard.ui.common.Changes;
import com.funnelboard.ui.common.PagedList;
import com.funnelboard.ui.common.UiExecutors;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * How the board's columns are read: the headers and the first page of every column asked for in
 * one read in the background, with the owners to choose from and the rot rule; reads run side by
 * side and each column shows only the newest read asked for it. After committed changes, only the
 * columns they show in are read again.
 */
final class ColumnReads {

    /** The key of the board's reads in {@link com.funnelboard.ui.common.Problems}. */
    private static final String BOARD = "board";

    private final BoardReads board;
    private final UiExecutors executors;
    private final Map<Stage, ColumnModel> columns;
    private final OwnerChoices owners;
    private final ReadOnlyBooleanWrapper loading;
    private final ObjectProperty<RotRule> rotRule;
    private final Supplier<RotRule> rotRules;
    /** Which deals the board shows and the order of each column's cards, read in the background. */
    private final Supplier<BoardLens> lens;
    private final Map<Stage, DealSort> sorts;
    /** Reads of the board asked for so far, and the newest that asked for each column (FX thread only). */
    private long reads;
    /** Reads asked for and not answered yet (counted on the FX thread, where they are asked and answered). */
    private int pending;
    private final Map<Stage, Long> newestRead = new EnumMap<>(Stage.class);

    ColumnReads(BoardReads board, UiExecutors executors, Map<Stage, ColumnModel> columns, OwnerChoices owners, ReadOnlyBooleanWrapper loading,
            ObjectProperty<RotRule> rotRule, Supplier<RotRule> rotRules, Supplier<BoardLens> lens, Map<Stage, DealSort> sorts) {
        this.board = board;
        this.executors = executors;
        this.columns = columns;
        this.owners = owners;
        this.loading = loading;
        this.rotRule = rotRule;
        this.rotRules = rotRules;
        this.lens = lens;
        this.sorts = sorts;
    }

    /** Re-reads every column and the rot rule; a failure shows in the status bar, with Retry, until a refresh succeeds. */
    CompletableFuture<Void> refreshAll() {
        return executors.watch(BOARD, "The board could not be loaded", () -> refresh(EnumSet.allOf(Stage.class), true));
    }

    /**
     * Re-reads the headers and the cards of some columns; the others keep their cards (and where
     * they are scrolled to). Reads run side by side in the background and may answer in any order:
     * a column shows only the newest read asked for it, so a read of the filter before (asked when
     * a saved view also set the order) can never answer last and show every deal again.
     */
    CompletableFuture<Void> refresh(Set<Stage> stages, boolean rules) {
        if (stages.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        pending++;
        loading.set(true);
        long mine = ++reads;
        stages.forEach(s -> newestRead.put(s, mine));
        return executors.supply(() -> {
                    Map<Stage, DealSort> orders = new EnumMap<>(Stage.class);
                    stages.forEach(s -> orders.put(s, sorts.get(s)));
                    // One read for the headers and every asked column's first page (not one query per column).
                    BoardReads.FirstPages read = board.firstPages(lens.get(), orders, PagedList.PAGE_SIZE);
                    return new Snapshot(read.summaries(), read.pages(), rules ? rotRules.get() : null, owners.read());
                })
                .thenAccept(snapshot -> {
                    owners.show(snapshot.owners());
                    if (snapshot.rot() != null) {
                        rotRule.set(snapshot.rot());
                    }
                    for (Stage s : Stage.values()) {
                        if (stages.contains(s) && newestRead.get(s) != mine) {
                            continue; // a read asked for later (another filter or order) shows this column; this one is stale
                        }
                        ColumnModel c = columns.get(s);
                        StageSummary summary = snapshot.summaries().get(s);
                        c.summaryProperty().set(summary);
                        List<DealCard> firstPage = snapshot.firstPages().get(s);
                        if (firstPage != null) {
                            c.cards().reset((int) Math.min(Integer.MAX_VALUE, summary.count()), firstPage);
                            c.markLoaded();
                        }
                    }
                })
                .whenComplete((v, e) -> {
                    // Loading until the last read asked for has answered: the first of two reads answering said the board
                    // was done while the newer filter's still ran.
                    pending--;
                    loading.set(pending > 0);
                    if (e != null) {
                        executors.fx().execute(() -> stages.forEach(s -> columns.get(s).markUnreadable()));
                    }
                });
    }

    /**
     * Shows committed changes: the columns they show in (asked of the database: the stage of each
     * deal touched, through its contact, organization, follow-ups or moves, and the stage a move
     * left) and the columns now holding a touched card; everything after a settings change.
     */
    CompletableFuture<Void> follow(Changes batch) {
        if (batch.touches(ChangeNotice.SETTINGS)) {
            return refreshAll();
        }
        Set<Stage> shown = EnumSet.noneOf(Stage.class);
        columns.forEach((stage, column) -> {
            if (column.cards().loaded().stream().anyMatch(c -> c != null && (batch.touchesRow(c.id()) || batch.touchesRow(c.contactId())
                    || batch.touchesRow(c.organizationId())))) {
                shown.add(stage);
            }
        });
        CompletableFuture<Void> shownNow = executors.supply(() -> board.stagesTouchedBy(batch.rows()))
                .thenCompose(stages -> {
                    Set<Stage> all = EnumSet.copyOf(shown);
                    all.addAll(stages);
                    return refresh(all, false);
                });
        // Retry reads the whole board: more may have changed since.
        shownNow.whenComplete((v, e) -> {
            if (e == null) {
                executors.problems().clear(BOARD);
            } else {
                executors.problems().report(BOARD, "The board could not be brought up to date", e, this::refreshAll);
            }
        });
        return shownNow;
    }

    private record Snapshot(Map<Stage, StageSummary> summaries, Map<Stage, List<DealCard>> firstPages, RotRule rot, OwnerChoices.Read owners) {}
}
