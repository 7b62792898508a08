package com.funnelboard.app;

import static com.funnelboard.app.BoardUiTest.card;
import static com.funnelboard.app.BoardUiTest.waitUntil;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.DealEditing;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The start's word on typing kept from before a crash goes once that typing is saved (it stayed, naming the old title). */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class StartNoticeUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    java.util.UUID pilotId;

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        Deal pilot = Fixtures.deal(store, "Pilot", Stage.LEAD, 1000_00L);
        pilotId = pilot.id();
        new DealEditing(store, Locale.ENGLISH).keepDraft(pilot.id(), Map.of("title", "Pilot K4", "typing", "1"));
        app = com.funnelboard.testing.AppWindow.show(stage, store);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Labeled.class).getText();
    }

    @Test
    void theSentenceGoesOnceTheKeptTypingIsSaved(FxRobot robot) {
        robot.interact(app::tellAtStart);
        waitUntil(() -> status(robot).startsWith("Typing kept from before Funnelboard closed waits in \u201CPilot\u201D"), () -> status(robot));
        robot.doubleClickOn(card(robot, "Pilot"));
        waitUntil(() -> store.read(r -> r.deals().find(pilotId)).map(Deal::title).orElse("").equals("Pilot K4"));
        waitUntil(() -> !status(robot).startsWith("Typing kept"), () -> status(robot));
    }

    /**
     * Typing forgotten on opening its record, as its field was changed since it was typed (a teammate's merge): nothing shared
     * is written, and the sentence stayed, naming a record that no longer has typing waiting.
     */
    @Test
    void theSentenceGoesOnceTheKeptTypingIsForgottenAsChangedSince(FxRobot robot) {
        new DealEditing(store, Locale.ENGLISH).keepDraft(pilotId, Map.of("title", "Pilot K4", "typing", "1", "over.title", "Pilot draft"));
        robot.interact(app::tellAtStart);
        waitUntil(() -> status(robot).startsWith("Typing kept from before Funnelboard closed waits in \u201CPilot\u201D"), () -> status(robot));
        robot.doubleClickOn(card(robot, "Pilot"));
        waitUntil(() -> new com.funnelboard.service.KeptTyping(store).waiting().isEmpty());
        waitUntil(() -> !status(robot).startsWith("Typing kept"), () -> status(robot));
        org.assertj.core.api.Assertions.assertThat(store.read(r -> r.deals().find(pilotId)).map(Deal::title)).contains("Pilot");
    }

    /** A lead being added when the window closed is said to wait (it came back only on Ctrl+N, unannounced). */
    @Test
    void aLeadBeingAddedIsSaidToWait(FxRobot robot) {
        new com.funnelboard.service.SetupService(store, Locale.ENGLISH).keepDraft("new-lead", Map.of("contact", "Ann Lee", "currency", "EUR"));
        robot.interact(app::tellAtStart);
        waitUntil(() -> status(robot).endsWith("The lead you were adding waits in New lead (Ctrl+N)."), () -> status(robot));
    }
}
