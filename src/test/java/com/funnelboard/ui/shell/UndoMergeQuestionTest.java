package com.funnelboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.UndoJournal;
import com.funnelboard.service.UndoService;
import com.funnelboard.store.ShareExchange;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undoing a merge of a teammate's changes asks first, saying what it does on their copy: undone without a word, it took back
 * a teammate's own edits on his copy once he merged the undo.
 */
class UndoMergeQuestionTest {

    @TempDir
    Path dir;

    @Test
    void undoingAMergeAsksFirstAndAnEditDoesNot() {
        try (Store ben = Store.open(dir.resolve("ben.db"), new TickingClock(Fixtures.NOW));
                Store maria = Store.open(dir.resolve("maria.db"), new TickingClock(Fixtures.NOW.plusSeconds(60)))) {
            new com.funnelboard.service.PeopleService(ben).setIdentity("Ben Hart", "ben@x.example");
            Deal deal = Fixtures.deal(ben, "Wind farm", Stage.LEAD, 100_00L);
            List<String> said = new CopyOnWriteArrayList<>();
            List<String> asked = new CopyOnWriteArrayList<>();
            UndoService service = new UndoService(maria, UndoJournal.inMemory());
            UndoViewModel undo = new UndoViewModel(service, new UiExecutors(Runnable::run, Runnable::run), said::add);
            boolean[] answer = {false};
            undo.setConfirmMergeUndo(text -> {
                asked.add(text);
                return answer[0];
            });
            Path file = dir.resolve("ben.funnel");
            new ShareExchange(ben).export(file);
            new ShareExchange(maria).merge(file, false, () -> false);

            undo.undo().join();
            assertThat(asked).singleElement().satisfies(t -> assertThat(t).startsWith("This undo travels like any change: on Ben Hart's copy too"));
            assertThat(said).containsExactly("Nothing was undone: the merge stays.");
            assertThat(present(maria, deal)).as("kept").isTrue();

            answer[0] = true;
            undo.undo().join();
            assertThat(asked).hasSize(2);
            assertThat(present(maria, deal)).as("undone once agreed").isFalse();

            // Redone, the merge is a merge again: its undo asks too (it went at once, unsaid).
            undo.redo().join();
            assertThat(present(maria, deal)).isTrue();
            answer[0] = false;
            undo.undo().join();
            assertThat(asked).hasSize(3);
            assertThat(asked.getLast()).startsWith("This undo travels like any change");
            assertThat(present(maria, deal)).isTrue();
            answer[0] = true;
            undo.undo().join();
            assertThat(present(maria, deal)).isFalse();

            // An edit of one's own is undone without a question.
            Deal mine = Fixtures.deal(maria, "Solar park", Stage.LEAD, 200_00L);
            undo.undo().join();
            assertThat(asked).hasSize(4);
            assertThat(present(maria, mine)).isFalse();
        }
    }

    private static boolean present(Store store, Deal deal) {
        java.util.Optional<Deal> found = store.read(r -> r.deals().find(deal.id()));
        return found.isPresent();
    }
}
