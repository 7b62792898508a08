package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.DealService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads of the board answer in any order: a column shows the newest one asked for it, never an older one that answered last. */
class BoardStaleReadsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aSavedViewsFilterIsNotUndoneByTheReadItsOrderAskedForFirst() {
        try (Store store = Fixtures.store(dir)) {
            Fixtures.deal(store, "Nova rollout", Stage.LEAD, 1000_00L);
            Fixtures.deal(store, "Other pilot", Stage.LEAD, 2000_00L);
            Deque<Runnable> background = new ArrayDeque<>();
            Deque<Runnable> fx = new ArrayDeque<>();
            BoardViewModel board = new BoardViewModel(new BoardService(store),
                    new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author), new ChangeFeed(store),
                    new UiExecutors(background::add, fx::add));
            board.refresh();
            background.poll().run();
            fx.poll().run();
            assertThat(titles(board)).containsExactlyInAnyOrder("Nova rollout", "Other pilot");

            // As a saved view does: the order first (a read of the filter still shown, read at once), then the filter.
            board.sortAllColumns(DealSort.NEWEST);
            background.poll().run(); // reads every deal
            board.lensProperty().set(BoardLens.ALL.with("text", "nova"));
            background.poll().run(); // reads the filtered deals
            assertThat(fx).hasSize(2);
            Runnable older = fx.pollFirst();
            fx.pollFirst().run();
            older.run(); // the older read answers last
            assertThat(titles(board)).containsExactly("Nova rollout");
            assertThat(board.column(Stage.LEAD).summaryProperty().get().count()).isEqualTo(1);
        }
    }

    private static java.util.List<String> titles(BoardViewModel board) {
        return board.column(Stage.LEAD).cards().loaded().stream().filter(c -> c != null).map(DealCard::title).toList();
    }
}
