package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board is loading until the last read asked for has answered: the first of two reads answering said it was done while
 * the newer filter's still ran (the window dims its columns while it is, so an old filter's cards are not taken for the answer).
 */
class BoardAnsweringTest {

    @TempDir
    Path dir;

    @Test
    void theBoardIsLoadingUntilTheNewestReadHasAnswered() {
        try (Store store = Fixtures.store(dir)) {
            Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
            List<Runnable> background = new ArrayList<>();
            BoardViewModel board = new BoardViewModel(new BoardService(store),
                    new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep"), new ChangeFeed(store),
                    new UiExecutors(background::add, Runnable::run));
            background.clear();
            board.refresh();
            board.refresh();
            assertThat(board.loadingProperty().get()).isTrue();
            assertThat(background).hasSize(2);
            background.removeFirst().run();
            assertThat(board.loadingProperty().get()).as("the newer read still runs").isTrue();
            background.removeFirst().run();
            assertThat(board.loadingProperty().get()).isFalse();
        }
    }
}
