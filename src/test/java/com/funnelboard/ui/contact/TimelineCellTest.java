package com.funnelboard.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.TimelineEvent;
import com.funnelboard.testing.Fixtures;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A timeline's stage moves: one an import made is said to be imported, with no checklist (it read as a deal won here). */
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.SAME_THREAD)
class TimelineCellTest {

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    private static List<String> texts(StageChange change) throws Exception {
        return texts(change, TimelineEvent.Undoing.NONE);
    }

    private static List<String> texts(StageChange change, TimelineEvent.Undoing undoing) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            TimelineCell cell = new TimelineCell(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC), Locale.ENGLISH);
            cell.updateListView(new ListView<>());
            cell.updateItem(new TimelineEvent.Moved(change, null, undoing), false);
            return cell.getGraphic().lookupAll(".label").stream().map(n -> ((Label) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
        }).get();
    }

    private static StageChange change(Stage from, Stage to, boolean imported) {
        return new StageChange(UUID.randomUUID(), UUID.randomUUID(), from, to, Fixtures.NOW, "ida@x.example", List.of(), null, null, null, imported);
    }

    @Test
    void anImportsMoveIsSaidToBeImported() throws Exception {
        assertThat(texts(change(null, Stage.WON, true))).contains("Imported in Won",
                "No checklist: brought in by an import");
        assertThat(texts(change(Stage.LEAD, Stage.WON, true))).contains("Moved Lead \u2192 Won by an import");
        assertThat(texts(change(null, Stage.LEAD, false))).contains("Created in Lead").doesNotContain(
                "No checklist: brought in by an import");
        assertThat(texts(change(Stage.LEAD, Stage.PROSPECT, false))).contains("Moved Lead \u2192 Prospect");
    }

    @Test
    void theMoveBackOfAnUndoAndTheMoveAgainOfARedoSaySo() throws Exception {
        assertThat(texts(change(Stage.PROSPECT, Stage.LEAD, false), TimelineEvent.Undoing.UNDO)).contains("Undid the move Lead \u2192 Prospect");
        assertThat(texts(change(Stage.LEAD, Stage.PROSPECT, false), TimelineEvent.Undoing.REDO)).contains("Redid the move Lead \u2192 Prospect");
    }

    /** A note is written, not sent or received: it read "Note, outbound". A call says its direction. */
    @Test
    void aNoteHasNoDirectionACallHasOne() throws Exception {
        assertThat(logged(com.funnelboard.domain.InteractionKind.NOTE)).contains("Note").noneMatch(t -> t.contains("outbound"));
        assertThat(logged(com.funnelboard.domain.InteractionKind.CALL)).contains("Call, outbound");
    }

    private static List<String> logged(com.funnelboard.domain.InteractionKind kind) throws Exception {
        com.funnelboard.domain.Interaction i = new com.funnelboard.domain.Interaction(UUID.randomUUID(), UUID.randomUUID(), null, kind,
                com.funnelboard.domain.Direction.OUT, Fixtures.NOW, "Spoke about pricing");
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            TimelineCell cell = new TimelineCell(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC), Locale.ENGLISH);
            cell.updateListView(new ListView<>());
            cell.updateItem(new TimelineEvent.Logged(i, null), false);
            return cell.getGraphic().lookupAll(".label").stream().map(n -> ((Label) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
        }).get();
    }
}
