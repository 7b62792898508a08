package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.TimelineEvent;
import com.funnelboard.domain.checklist.ItemResult;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.Snapshots;
import com.funnelboard.ui.shell.MainView;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import com.funnelboard.testing.UiRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane: save as you type (pause, focus loss, selection change, window close), drafts, the log bar. */
@ExtendWith(UiRobot.class)
abstract class ContactPaneUiBase {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    Deal pilot;
    Deal second;
    javafx.stage.Stage stage;

    void startWindow(javafx.stage.Stage stage) {
        this.stage = stage;
        store = Fixtures.store(dir);
        pilot = Fixtures.deal(store, "Pilot", Stage.LEAD, 1000_00L);
        second = Fixtures.deal(store, "Second", Stage.LEAD, 2000_00L);
        app = AppWindow.show(stage, store);
        stage.setWidth(1400);
        stage.setHeight(900);
    }

    @AfterEach
    void close() {
        app.close();
    }

    ContactProfile profile(UUID contact) {
        Optional<ContactProfile> p = store.read(r -> r.contactProfiles().find(contact));
        return p.orElseThrow();
    }

    String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class).getText();
    }

    void open(FxRobot robot, String title) {
        robot.clickOn(BoardUiTest.card(robot, title));
        BoardUiTest.waitUntil(() -> ("Contact of " + title).equals(text(robot, "#field-name")));
        robot.clickOn("Details");
    }
}
