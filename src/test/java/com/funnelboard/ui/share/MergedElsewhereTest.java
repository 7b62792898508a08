package com.funnelboard.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.DealEditing;
import com.funnelboard.service.ShareService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teammate's file merged by a command beside the window: the window's status bar says what is left to review. */
class MergedElsewhereTest {

    @TempDir
    Path dir;

    @Test
    void aMergeBesideTheWindowThatLeavesConflictsIsSaidInTheStatusBar() throws Exception {
        Deal deal = Fixtures.pilotOnTwoCopies(dir);
        Path file = bosValueExported(deal);
        List<String> said = new CopyOnWriteArrayList<>();
        try (Store window = windowBesideAMerge(deal, file, said)) {
            assertThat(said.getFirst()).startsWith("Merged 1 change set from ").endsWith(" (bo.funnel) beside the window: 1 conflict to review in "
                    + "File \u2192 Conflicts.");
            // History's headline of the merge says what is waiting: the edit that met this one is no line of it.
            java.util.UUID merge = new com.funnelboard.service.HistoryService(window).latest(1).getFirst().id();
            assertThat(new com.funnelboard.service.HistoryService(window).latest(1).getFirst().summary())
                    .endsWith("(bo.funnel); 1 conflict to review in Conflicts");

            // Its undo beside the window is said too (the status bar kept "Merged … beside the window").
            try (Store command = Store.open(dir.resolve("ida.db"), new TickingClock(Fixtures.NOW.plusSeconds(120)))) {
                new com.funnelboard.service.UndoService(command, com.funnelboard.service.UndoJournal.inMemory()).undo(merge);
            }
            for (int i = 0; i < 100 && said.size() < 2; i++) {
                Thread.sleep(50);
            }
            assertThat(said).hasSizeGreaterThanOrEqualTo(2);
            assertThat(said.get(1)).startsWith("Undid: Merged 1 change set from ").endsWith(" (bo.funnel) beside the window.");
        }
    }

    /** Resolved beside the window (`conflicts resolve`), the count said is brought up to date ("1 conflict to review" stood after it). */
    @Test
    void aConflictResolvedBesideTheWindowIsSaid() throws Exception {
        Deal deal = Fixtures.pilotOnTwoCopies(dir);
        Path file = bosValueExported(deal);
        List<String> said = new CopyOnWriteArrayList<>();
        try (Store window = windowBesideAMerge(deal, file, said)) {
            assertThat(said).hasSize(1);
            try (Store command = Store.open(dir.resolve("ida.db"), new TickingClock(Fixtures.NOW.plusSeconds(100)))) {
                ShareService share = new ShareService(command);
                share.resolve(share.conflicts().getFirst().id().toString(), com.funnelboard.domain.FieldConflict.Keep.MINE, null);
            }
            for (int i = 0; i < 100 && said.size() < 2; i++) {
                Thread.sleep(50);
            }
            assertThat(said.get(1)).isEqualTo(ShareDialogs.RESOLVED_ELSEWHERE);
        }
    }

    @Test
    void conflictsThatMergesLeftWhileTheWindowWasClosedAreSaidAtItsStart() throws Exception {
        Deal deal = Fixtures.pilotOnTwoCopies(dir);
        Path file = bosValueExported(deal);
        try (Store command = Store.open(dir.resolve("ida.db"), new TickingClock(Fixtures.NOW.plusSeconds(60)))) {
            new DealEditing(command, Locale.UK).edit(deal.id(), new DealEditing.Edit(null, "12,500", null, null, false, null));
            new ShareService(command).merge(file, () -> false);
        }
        List<String> said = new CopyOnWriteArrayList<>();
        try (Store window = Store.open(dir.resolve("ida.db"), new TickingClock(Fixtures.NOW.plusSeconds(90)))) {
            ShareViewModel model = new ShareViewModel(new ShareService(window), new UiExecutors(Runnable::run, Runnable::run));
            new ShareDialogs(model, null, said::add, () -> null, () -> null).tellConflictsWaiting(Locale.UK);
            assertThat(said).containsExactly("1 conflict from a merge waits to be reviewed in File \u2192 Conflicts.");
        }
    }

    /**
     * Ida's window, with a value of her own on the deal and the status bar's sentences going to {@code said}, after Bo's file
     * was merged by a command beside it and the window said so (the caller closes it).
     */
    private Store windowBesideAMerge(Deal deal, Path file, List<String> said) throws Exception {
        Store window = Store.open(dir.resolve("ida.db"), new TickingClock(Fixtures.NOW.plusSeconds(60)));
        new DealEditing(window, Locale.UK).edit(deal.id(), new DealEditing.Edit(null, "12,500", null, null, false, null));
        window.watchOtherPrograms(50);
        ShareViewModel model = new ShareViewModel(new ShareService(window), new UiExecutors(Runnable::run, Runnable::run));
        ChangeFeed feed = new ChangeFeed(window);
        new ShareDialogs(model, null, said::add, () -> null, () -> null).tellConflictsOfMergesElsewhere(feed, Locale.UK);
        com.funnelboard.ui.shell.UndoViewModel undo = new com.funnelboard.ui.shell.UndoViewModel(new com.funnelboard.service.UndoService(window,
                com.funnelboard.service.UndoJournal.inMemory()), new UiExecutors(Runnable::run, Runnable::run), said::add);
        feed.subscribe(undo::changed);
        try (Store command = Store.open(dir.resolve("ida.db"), new TickingClock(Fixtures.NOW.plusSeconds(90)))) {
            new ShareService(command).merge(file, () -> false);
        }
        for (int i = 0; i < 100 && said.isEmpty(); i++) {
            Thread.sleep(50); // the window's watcher looks every 50 ms here
        }
        return window;
    }

    /** Bo gives the deal a value of his own and exports his share file (bo.funnel). */
    private Path bosValueExported(Deal deal) {
        Path file = dir.resolve("bo.funnel");
        try (Store bo = Store.open(dir.resolve("bo.db"), new TickingClock(Fixtures.NOW.plusSeconds(61)))) {
            new DealEditing(bo, Locale.UK).edit(deal.id(), new DealEditing.Edit(null, "15,000", null, null, false, null));
            new ShareService(bo).export(file);
        }
        return file;
    }
}
