package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.DealService;
import com.funnelboard.service.SavedViews;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each column has its own order (lead score among them), read in SQL page by page and remembered on this installation. */
class ColumnSortTest {

    @TempDir
    Path dir;

    private static List<String> titles(BoardViewModel board, Stage stage) {
        return board.column(stage).cards().loaded().stream().map(DealCard::title).toList();
    }

    @Test
    void aColumnIsOrderedOnItsOwnAndTheOrderIsRemembered() {
        try (Store store = Fixtures.store(dir)) {
            Fixtures.deal(store, "Small lead", Stage.LEAD, 10_00L);
            Fixtures.deal(store, "Big lead", Stage.LEAD, 900_00L);
            Fixtures.deal(store, "Middle lead", Stage.LEAD, 300_00L);
            var quiet = Fixtures.deal(store, "Quiet prospect", Stage.PROSPECT, 50_00L);
            var busy = Fixtures.deal(store, "Busy prospect", Stage.PROSPECT, 20_00L);
            for (InteractionKind kind : List.of(InteractionKind.values()).subList(0, 3)) {
                Fixtures.interaction(store, busy, kind, Direction.IN, Fixtures.NOW.minus(Duration.ofDays(1)));
            }
            var saved = new SavedViews(store);
            saved.rememberColumnSort(Stage.LEAD, DealSort.VALUE);
            BoardViewModel board = new BoardViewModel(new BoardService(store),
                    new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep"), new ChangeFeed(store),
                    new UiExecutors(Runnable::run, Runnable::run));

            board.rememberSortsIn(saved);
            assertThat(board.column(Stage.LEAD).sortProperty().get()).isEqualTo(DealSort.VALUE);
            assertThat(titles(board, Stage.LEAD)).containsExactly("Big lead", "Middle lead", "Small lead");
            assertThat(board.column(Stage.PROSPECT).sortProperty().get()).isEqualTo(DealSort.NEWEST);

            board.sortColumn(Stage.PROSPECT, DealSort.SCORE);
            assertThat(titles(board, Stage.PROSPECT)).as("the prospect with interactions scores higher").containsExactly("Busy prospect",
                    "Quiet prospect");
            assertThat(board.column(Stage.PROSPECT).cards().loaded()).extracting(DealCard::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(titles(board, Stage.LEAD)).as("the other columns keep their order").containsExactly("Big lead", "Middle lead", "Small lead");
            board.sortColumn(Stage.LEAD, DealSort.CLOSE);
            Map<Stage, DealSort> remembered = saved.columnSorts();
            assertThat(remembered).containsEntry(Stage.PROSPECT, DealSort.SCORE).containsEntry(Stage.LEAD, DealSort.CLOSE)
                    .containsEntry(Stage.WON, DealSort.NEWEST);

            // The board-wide order orders every column, and is what every column remembers.
            board.sortAllColumns(DealSort.VALUE);
            assertThat(titles(board, Stage.PROSPECT)).containsExactly("Quiet prospect", "Busy prospect");
            assertThat(saved.columnSorts().values()).containsOnly(DealSort.VALUE);
            assertThat(quiet.id()).isNotNull();
        }
    }

    @Test
    void theOwnerFilterIsRememberedAndTheBoardOpensWithIt() {
        try (Store store = Fixtures.store(dir)) {
            var people = new com.funnelboard.service.PeopleService(store);
            people.setIdentity("Ida Berg", "ida@nordwind.example");
            var mine = Fixtures.deal(store, "Mine", Stage.LEAD, 10_00L);
            var theirs = Fixtures.deal(store, "Theirs", Stage.LEAD, 20_00L);
            people.reassign(mine.id(), "ida@nordwind.example");
            people.reassign(theirs.id(), "ola@nordwind.example", "Ola Nordmann");
            var saved = new SavedViews(store);
            java.util.function.Supplier<BoardViewModel> open = () -> {
                BoardViewModel board = new BoardViewModel(new BoardService(store),
                        new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep"), new ChangeFeed(store),
                        new UiExecutors(Runnable::run, Runnable::run));
                board.setPeople(people);
                board.refresh();
                board.rememberSortsIn(saved);
                return board;
            };

            BoardViewModel first = open.get();
            assertThat(titles(first, Stage.LEAD)).as("everyone's deals until a filter is chosen").containsExactlyInAnyOrder("Mine", "Theirs");
            first.owners().choices().stream().filter(c -> c.label().equals("My deals")).findFirst()
                    .ifPresentOrElse(first.owners().selectedProperty()::set, () -> { throw new AssertionError("no My deals"); });
            assertThat(titles(first, Stage.LEAD)).containsExactly("Mine");
            assertThat(saved.boardOwner()).isEqualTo(com.funnelboard.domain.OwnerFilter.person("ida@nordwind.example"));

            BoardViewModel next = open.get();
            assertThat(next.lensProperty().get().owner()).isEqualTo(com.funnelboard.domain.OwnerFilter.person("ida@nordwind.example"));
            assertThat(titles(next, Stage.LEAD)).as("the next start opens on My deals").containsExactly("Mine");
            assertThat(next.owners().selectedProperty().get().label()).isEqualTo("My deals");

            next.owners().choose(com.funnelboard.domain.OwnerFilter.EVERYONE);
            assertThat(saved.boardOwner()).isEqualTo(com.funnelboard.domain.OwnerFilter.EVERYONE);
            assertThat(titles(open.get(), Stage.LEAD)).containsExactlyInAnyOrder("Mine", "Theirs");

            // The other filters come back too (a saved view came back with its owner and order alone, its value range gone).
            BoardViewModel filtered = open.get();
            filtered.lensProperty().set(filtered.lensProperty().get().with("min-value", "15"));
            assertThat(titles(filtered, Stage.LEAD)).containsExactly("Theirs");
            BoardViewModel after = open.get();
            assertThat(after.lensProperty().get().minValue()).isEqualTo(15L);
            assertThat(titles(after, Stage.LEAD)).as("the next start opens with the value range").containsExactly("Theirs");
            after.lensProperty().set(com.funnelboard.domain.BoardLens.ALL);
            assertThat(titles(open.get(), Stage.LEAD)).containsExactlyInAnyOrder("Mine", "Theirs");
        }
    }

    @Test
    void aReportsLostBarUnfoldsTheLostColumnAndEveryColumnKnowsTheBoardIsFiltered() {
        try (Store store = Fixtures.store(dir)) {
            BoardViewModel board = new BoardViewModel(new BoardService(store),
                    new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep"), new ChangeFeed(store),
                    new UiExecutors(Runnable::run, Runnable::run));
            assertThat(board.column(Stage.LOST).collapsedProperty().get()).isTrue();
            assertThat(board.column(Stage.LEAD).filteredProperty().get()).isFalse();

            board.lensProperty().set(com.funnelboard.domain.BoardLens.ALL.with("source", "referral"));
            assertThat(board.column(Stage.LEAD).filteredProperty().get()).isTrue();
            assertThat(board.column(Stage.LOST).collapsedProperty().get()).as("an ordinary filter leaves the folds alone").isTrue();

            var period = java.time.LocalDate.of(2026, 10, 1);
            board.lensProperty().set(com.funnelboard.domain.BoardLens.ALL.withReport(new com.funnelboard.domain.ReportSlice.Lost(
                    com.funnelboard.domain.LostReason.values()[0], period, period.plusDays(60), Fixtures.NOW.minus(Duration.ofDays(60)), Fixtures.NOW,
                    com.funnelboard.domain.ReportFilter.ALL)));
            assertThat(board.column(Stage.LOST).collapsedProperty().get()).as("the lost deals the bar counts are shown").isFalse();
            assertThat(board.column(Stage.WON).collapsedProperty().get()).isTrue();

            board.setStatus("Board filtered by Lost: Unresponsive");
            board.lensProperty().set(com.funnelboard.domain.BoardLens.ALL);
            assertThat(board.column(Stage.LEAD).filteredProperty().get()).isFalse();
            assertThat(board.statusProperty().get()).as("the bar's words go with its filter").isEmpty();
        }
    }
}
