package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.SavedViews;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The views beside the board: live counts, read again after changes (once per burst), choosing and saving a view. */
class ViewsModelTest {

    @TempDir
    Path dir;

    private final Queue<Runnable> settling = new ArrayDeque<>();

    private static List<String> shown(ViewsModel m) {
        return m.entries().stream().map(e -> e.view().name() + "=" + e.count()).toList();
    }

    @Test
    void countsFollowChangesOncePerBurstAndAViewIsChosenAndSaved() {
        try (Store store = Fixtures.store(dir)) {
            Fixtures.deal(store, "Kegs one", Stage.LEAD, 100_00L);
            Fixtures.deal(store, "Casks", Stage.PROSPECT, 900_00L);
            SavedViews saved = new SavedViews(store);
            saved.save("Kegs", BoardLens.ALL.with("text", "kegs"), DealSort.VALUE);
            saved.save("Big", BoardLens.ALL.with("min-value", "500"), DealSort.NEWEST);
            BoardService board = new BoardService(store);
            AtomicInteger counted = new AtomicInteger();
            ViewsModel model = new ViewsModel(saved, lens -> {
                counted.incrementAndGet();
                return board.count(lens);
            }, new ChangeFeed(store), new UiExecutors(Runnable::run, Runnable::run), settling::add);

            assertThat(model.shownProperty().get()).as("folded while there is nothing to show").isFalse();
            model.refresh();
            assertThat(shown(model)).containsExactly("Big=1", "Kegs=1");
            assertThat(model.shownProperty().get()).as("unfolded once there are views").isTrue();

            // A burst of changes: nothing is read until it settles, then one reading counts every view once.
            counted.set(0);
            Fixtures.deal(store, "Kegs two", Stage.LEAD, 50_00L);
            Fixtures.deal(store, "Kegs three", Stage.OPPORTUNITY, 700_00L);
            assertThat(counted).hasValue(0);
            assertThat(shown(model)).containsExactly("Big=1", "Kegs=1");
            while (!settling.isEmpty()) {
                settling.poll().run();
            }
            assertThat(shown(model)).containsExactly("Big=2", "Kegs=3");
            assertThat(counted.get()).as("one or two readings for the burst, not one per change").isLessThanOrEqualTo(4);

            // Choosing a view shows it on the board and marks it while the board shows it.
            List<SavedViews.SavedView> applied = new ArrayList<>();
            BoardLens[] boardLens = {BoardLens.ALL};
            DealSort[] sortShown = {DealSort.VALUE}; // the order of the view "Kegs"
            model.attach(applied::add, () -> boardLens[0], () -> sortShown[0]);
            SavedViews.SavedView kegs = model.entries().get(1).view();
            model.choose(kegs);
            assertThat(applied).containsExactly(kegs);
            assertThat(model.activeProperty().get()).isEqualTo("Kegs");
            model.boardChanged(kegs.lens());
            assertThat(model.activeProperty().get()).isEqualTo("Kegs");
            model.boardChanged(BoardLens.ALL.with("text", "casks"));
            assertThat(model.activeProperty().get()).isNull();
            // Sorted otherwise, the view is no longer what the board shows (it stayed marked).
            model.choose(kegs);
            sortShown[0] = DealSort.DAYS;
            model.boardChanged(kegs.lens());
            assertThat(model.activeProperty().get()).isNull();

            // Saving the board's filter adds a view with its count; deleting removes it.
            boardLens[0] = BoardLens.ALL.with("text", "casks");
            model.saveCurrent("Casks only");
            assertThat(shown(model)).containsExactly("Big=2", "Casks only=1", "Kegs=3");
            assertThat(saved.find("casks only").orElseThrow().sort()).isEqualTo(DealSort.DAYS);
            assertThat(model.activeProperty().get()).isEqualTo("Casks only");
            model.delete("Big");
            assertThat(shown(model)).containsExactly("Casks only=1", "Kegs=3");
            // Renamed (it could only be deleted): the list and the board's mark follow the new name.
            model.rename("Casks only", "Casks").join();
            assertThat(shown(model)).containsExactly("Casks=1", "Kegs=3");
            assertThat(model.activeProperty().get()).isEqualTo("Casks");
            model.shownProperty().set(false);
            model.refresh();
            assertThat(model.shownProperty().get()).as("folded by hand, it stays folded").isFalse();
            model.close();
            ViewsModel again = new ViewsModel(saved, board::count, new ChangeFeed(store), new UiExecutors(Runnable::run, Runnable::run),
                    settling::add);
            again.refresh();
            assertThat(again.shownProperty().get()).as("folded as last chosen on this computer").isFalse();
            again.close();
        }
    }

    /**
     * Changes coming faster than the views can be counted (seconds on a large file): each reading is shown, and one more
     * follows however often it was asked (each asking dropped the reading running, and the counts stood still for minutes).
     */
    @Test
    void askedWhileItCountsItShowsThatCountingAndCountsOnceMoreAfterIt() {
        try (Store store = Fixtures.store(dir)) {
            Fixtures.deal(store, "Kegs one", Stage.LEAD, 100_00L);
            SavedViews saved = new SavedViews(store);
            saved.save("Kegs", BoardLens.ALL.with("text", "kegs"), DealSort.VALUE);
            BoardService board = new BoardService(store);
            Queue<Runnable> reads = new ArrayDeque<>();
            ViewsModel model = new ViewsModel(saved, board::count, new ChangeFeed(store), new UiExecutors(reads::add, Runnable::run),
                    settling::add);
            var first = model.refresh();
            Fixtures.deal(store, "Kegs two", Stage.LEAD, 100_00L);
            var second = model.refresh();
            assertThat(model.refresh()).isSameAs(second);
            assertThat(reads).as("one counting at a time").hasSize(1);
            reads.poll().run();
            assertThat(first).isDone();
            assertThat(shown(model)).as("the first counting is shown, though more were asked for since").containsExactly("Kegs=2");
            Fixtures.deal(store, "Kegs three", Stage.LEAD, 100_00L);
            assertThat(reads).as("one more, for all the askings while it ran").hasSize(1);
            reads.poll().run();
            assertThat(second).isDone();
            assertThat(shown(model)).containsExactly("Kegs=3");
            assertThat(reads).isEmpty();
        }
    }

    @Test
    void onANarrowWindowTheSidebarWaitsToBeOpened() {
        try (Store store = Fixtures.store(dir)) {
            SavedViews saved = new SavedViews(store);
            saved.save("Big", BoardLens.ALL.with("min-value", "500"), DealSort.NEWEST);
            ViewsModel model = new ViewsModel(saved, lens -> 0L, new ChangeFeed(store), new UiExecutors(Runnable::run, Runnable::run),
                    settling::add);
            model.setRoomy(() -> false);
            model.refresh();
            assertThat(shown(model)).containsExactly("Big=0");
            assertThat(model.shownProperty().get()).as("not opened by itself on a laptop's screen").isFalse();
            model.shownProperty().set(true);
            model.refresh();
            assertThat(model.shownProperty().get()).as("opened by hand, it stays open").isTrue();
        }
    }

    /** A view saved or deleted with the command line beside the window shows in its list (it showed only after a restart). */
    @Test
    void aViewSavedOrDeletedByAnotherProgramShows() throws Exception {
        try (Store window = Fixtures.store(dir)) {
            Fixtures.deal(window, "Kegs", Stage.LEAD, 100_00L);
            window.watchOtherPrograms(50);
            java.util.concurrent.BlockingQueue<Runnable> settled = new java.util.concurrent.LinkedBlockingQueue<>();
            ViewsModel model = new ViewsModel(new SavedViews(window), lens -> 1L, new ChangeFeed(window),
                    new UiExecutors(Runnable::run, Runnable::run), settled::add);
            model.refresh();
            assertThat(shown(model)).isEmpty();
            Thread.sleep(300); // the watcher's first look (every 50 ms here) notes where the views start from

            try (Store command = Store.open(window.file(), new com.funnelboard.testing.TickingClock(Fixtures.NOW.plusSeconds(60)))) {
                new SavedViews(command).save("Kegs", BoardLens.ALL.with("text", "kegs"), DealSort.VALUE);
            }
            // (Other refreshes may come first: opening the file beside the window can commit a change set of its own.)
            assertThat(settleUntil(settled, model, List.of("Kegs=1"))).as("heard of within the watcher's look").containsExactly("Kegs=1");

            try (Store command = Store.open(window.file(), new com.funnelboard.testing.TickingClock(Fixtures.NOW.plusSeconds(90)))) {
                new SavedViews(command).delete("Kegs");
            }
            assertThat(settleUntil(settled, model, List.of())).isEmpty();
            model.close();
        }
    }

    /** Runs the refreshes the model asks for as they come, until it shows {@code expected} or 5 s pass; what it shows then. */
    private static List<String> settleUntil(java.util.concurrent.BlockingQueue<Runnable> settled, ViewsModel model, List<String> expected)
            throws InterruptedException {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (!shown(model).equals(expected) && System.nanoTime() < until) {
            Runnable r = settled.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
        }
        return shown(model);
    }
}
