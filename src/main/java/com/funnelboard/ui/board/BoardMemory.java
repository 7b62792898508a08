package com.funnelboard.ui.board;

import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.SavedViews;
import com.funnelboard.ui.common.UiExecutors;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What the board remembers on this installation (local settings, never shared): each column's
 * order, the owner filter and the other filters. Read once at the start; each choice written in the background, a
 * failure logged.
 */
final class BoardMemory {

    /** What was remembered: each column's order, the owner filter and the other filters (with no owner). */
    record Remembered(Map<Stage, DealSort> sorts, OwnerFilter owner, com.funnelboard.domain.BoardLens filters) {}

    private final SavedViews saved;
    private final UiExecutors executors;

    BoardMemory(SavedViews saved, UiExecutors executors) {
        this.saved = saved;
        this.executors = executors;
    }

    CompletableFuture<Remembered> read() {
        return executors.supply(() -> new Remembered(saved.columnSorts(), saved.boardOwner(), saved.boardFilters()));
    }

    void boardSort(DealSort order) {
        write("The board's order", () -> saved.rememberBoardSort(order));
    }

    void columnSort(Stage stage, DealSort order) {
        write("The column's order", () -> saved.rememberColumnSort(stage, order));
    }

    void filters(com.funnelboard.domain.BoardLens lens) {
        write("The board's filters", () -> saved.rememberBoardFilters(lens));
    }

    void owner(OwnerFilter owner) {
        write("The board's owner filter", () -> saved.rememberBoardOwner(owner));
    }

    private void write(String what, Runnable write) {
        executors.problems().logFailure(what + " could not be remembered", executors.supply(() -> {
            write.run();
            return null;
        }));
    }
}
