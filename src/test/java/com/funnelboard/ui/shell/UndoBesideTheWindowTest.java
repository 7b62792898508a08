package com.funnelboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.UndoJournal;
import com.funnelboard.service.UndoService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An undo made by a command beside the window is said in its status bar, which spoke of the action as done. */
class UndoBesideTheWindowTest {

    @TempDir
    Path dir;

    @Test
    void anUndoByACommandBesideTheWindowIsSaidThere() throws Exception {
        Path file = dir.resolve("pipeline.db");
        try (Store window = Store.open(file, new TickingClock(Fixtures.NOW))) {
            Deal deal = Fixtures.deal(window, "Pilot", Stage.LEAD, 100_00L);
            List<String> said = new CopyOnWriteArrayList<>();
            UndoViewModel undo = new UndoViewModel(new UndoService(window, UndoJournal.inMemory()), new UiExecutors(Runnable::run, Runnable::run),
                    said::add);
            new ChangeFeed(window).subscribe(undo::changed);
            window.watchOtherPrograms(50);
            new com.funnelboard.service.DealEditing(window, java.util.Locale.UK).edit(deal.id(),
                    new com.funnelboard.service.DealEditing.Edit(null, "12,500", null, null, false, null));
            java.util.UUID edited = new com.funnelboard.service.HistoryService(window).latest(1).getFirst().id();
            try (Store command = Store.open(file, new TickingClock(Fixtures.NOW.plusSeconds(60)))) {
                new UndoService(command, UndoJournal.inMemory()).undoChangeSet(edited);
            }
            for (int i = 0; i < 100 && said.isEmpty(); i++) {
                Thread.sleep(50); // the window's watcher looks every 50 ms here
            }
            assertThat(said).singleElement().satisfies(s -> assertThat(s).startsWith("Undid: ").endsWith(" beside the window.")
                    .contains("Pilot"));
            assertThat(window.read(r -> r.deals().find(deal.id())).orElseThrow().value().minor()).as("the command took the edit back")
                    .isEqualTo(100_00L);
        }
    }

    @Test
    void onlyTheUndosFirstPartIsSaid() {
        assertThat(UndoViewModel.besideTheWindow("Undid: Merged 2 change sets from Bo Lind (bo.funnel); 1 conflict to review"))
                .isEqualTo("Undid: Merged 2 change sets from Bo Lind (bo.funnel) beside the window.");
        assertThat(UndoViewModel.besideTheWindow("Redid: Moved \u201CPilot\u201D to Prospect."))
                .isEqualTo("Redid: Moved \u201CPilot\u201D to Prospect beside the window.");
    }
}
