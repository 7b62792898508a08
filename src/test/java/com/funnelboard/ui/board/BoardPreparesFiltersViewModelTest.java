package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageSummary;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.BoardReads;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.DealService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reaching for the filter bar or the saved views reads ahead what filtering needs, in the
 * background and once however often the rep reaches; a failure to read it is shown like any
 * background failure, with the sentence of what failed.
 */
class BoardPreparesFiltersViewModelTest {

    @TempDir
    Path dir;

    /** The real board, counting (or failing) the read-ahead. */
    record Counting(BoardReads real, AtomicInteger prepared, boolean fails) implements BoardReads {
        @Override
        public void prepareFilters() {
            prepared.incrementAndGet();
            if (fails) {
                throw new IllegalStateException("The database is busy");
            }
            real.prepareFilters();
        }

        @Override
        public Map<Stage, StageSummary> summaries(OwnerFilter owners) {
            return real.summaries(owners);
        }

        @Override
        public List<DealCard> page(Stage stage, int offset, int limit, OwnerFilter owners) {
            return real.page(stage, offset, limit, owners);
        }

        @Override
        public Set<Stage> stagesTouchedBy(Collection<String> rowKeys) {
            return real.stagesTouchedBy(rowKeys);
        }

        @Override
        public int positionOf(UUID dealId, OwnerFilter owners) {
            return real.positionOf(dealId, owners);
        }
    }

    private BoardViewModel model(Store store, BoardReads reads, UiExecutors executors) {
        return new BoardViewModel(reads, new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author),
                new ChangeFeed(store), executors);
    }

    @Test
    void reachingForTheFiltersReadsAheadOnce() {
        try (Store store = Fixtures.store(dir)) {
            AtomicInteger prepared = new AtomicInteger();
            UiExecutors executors = new UiExecutors(Runnable::run, Runnable::run);
            BoardViewModel board = model(store, new Counting(new BoardService(store), prepared, false), executors);
            board.prepareFilters();
            board.prepareFilters();
            board.prepareFilters();
            assertThat(prepared).hasValue(1);
            assertThat(executors.problems().countProperty().get()).isZero();
        }
    }

    @Test
    void aReadAheadThatFailsIsShown() {
        try (Store store = Fixtures.store(dir)) {
            UiExecutors executors = new UiExecutors(Runnable::run, Runnable::run);
            BoardViewModel board = model(store, new Counting(new BoardService(store), new AtomicInteger(), true), executors);
            board.prepareFilters();
            assertThat(executors.problems().latestProperty().get().sentence()).isEqualTo("The board's filters could not be prepared: the database is busy.");
        }
    }
}
