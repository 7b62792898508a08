package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.PeopleService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.board.OwnerChoices;
import com.funnelboard.ui.shell.MainView;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The first start asks who you are; the board's owner filter and the owners' initials on cards. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class PeopleUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    Deal first;
    Deal second;

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        first = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        second = Fixtures.deal(store, "Renewal", Stage.LEAD, 200_00L);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = DesktopApp.create(store, Fixtures.CLOCK, Locale.ENGLISH);
        MainView view = app.build();
        Scene scene = new Scene(view, 1200, 800);
        scene.getStylesheets().add(DesktopApp.stylesheet());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage is shared with the JVM's other test classes
        stage.show();
        view.start(true); // as the app starts: asks who uses this installation
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void answer(FxRobot robot) {
        BoardUiTest.waitUntil(() -> robot.lookup("#identity-email").tryQuery().isPresent());
        assertThat(robot.lookup("#identity-name").queryAs(TextField.class).getText()).as("filled in from the OS user")
                .isEqualTo(System.getProperty("user.name"));
        Button ok = robot.lookup(".button").match((Button b) -> "OK".equals(b.getText())).queryButton();
        assertThat(ok.isDisabled()).as("no email yet").isTrue();
        assertThat(robot.lookup("#identity-problem").queryAs(Label.class).isVisible()).as("no reproach before anything is typed").isFalse();
        robot.clickOn("#identity-name").eraseText(robot.lookup("#identity-name").queryAs(TextField.class).getText().length())
                .write("Ida Berg");
        robot.clickOn("#identity-email").write("ida@nordwind");
        assertThat(robot.lookup("#identity-problem").queryAs(Label.class).getText()).isEqualTo("Not an email address");
        assertThat(robot.lookup("#identity-problem").queryAs(Label.class).isVisible()).isTrue();
        robot.write(".example");
        javafx.scene.control.CheckBox take = robot.lookup("#identity-take-unowned").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(take.getText()).as("said before OK, not after").isEqualTo("Make the 2 deals nobody owns yours");
        assertThat(take.isSelected()).as("nobody owns a deal yet: one's own pipeline").isTrue();
        robot.clickOn(ok);
        BoardUiTest.waitUntil(() -> store.person().isPresent());
    }

    /** The first start asks who uses this installation and keeps it (the deals become theirs); then the owner filter. */
    @Test
    @SuppressWarnings("unchecked")
    void theFirstStartAsksWhoYouAreAndTheOwnerFilterShowsMyDealsWithInitialsOnlyWithMoreThanOneOwner(FxRobot robot) {
        answer(robot);
        assertThat(store.author()).isEqualTo("Ida Berg <ida@nordwind.example>");
        BoardUiTest.waitUntil(() -> store.read(r -> r.deals().find(first.id())).orElseThrow().owner() != null);
        BoardUiTest.waitUntil(() -> store.read(r -> r.deals().find(second.id())).orElseThrow().owner() != null);
        assertThat(store.read(r -> r.deals().find(second.id())).orElseThrow().owner()).isEqualTo("ida@nordwind.example");

        // With a second owner, cards show initials and the owner filter narrows the board to my deals.
        new PeopleService(store).reassign(second.id(), "ola@nordwind.example");
        BoardUiTest.waitUntil(() -> robot.lookup(".card-owner").match(javafx.scene.Node::isVisible).queryAll().size() == 2);
        ComboBox<OwnerChoices.Choice> filter = robot.lookup("#owner-filter").queryAs(ComboBox.class);
        robot.interact(() -> filter.getSelectionModel().select(filter.getItems().stream()
                .filter(c -> c.label().equals("My deals")).findFirst().orElseThrow()));
        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.LEAD).equals(java.util.List.of("Pilot")));
        BoardUiTest.waitUntil(() -> robot.lookup(".card-owner").match(javafx.scene.Node::isVisible).queryAll().isEmpty());
        assertThat(robot.lookup("#count-lead").queryAs(Label.class).getText()).isEqualTo("1");

        // Today keeps to the same deals, and says so: the filter stays in the toolbar there.
        Fixtures.followUp(store, first, Fixtures.NOW.plus(java.time.Duration.ofHours(1)));
        Fixtures.followUp(store, second, Fixtures.NOW.plus(java.time.Duration.ofHours(2)));
        robot.clickOn("#page-today");
        BoardUiTest.waitUntil(() -> robot.lookup("#today-list").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        BoardUiTest.waitUntil(() -> robot.lookup("#today-badge").queryAs(Label.class).getText().equals("1"));
        assertThat(robot.lookup("#owner-filter").queryAs(ComboBox.class).isVisible()).as("the filter is shown with Today").isTrue();
        assertThat(robot.lookup("#today-hint").queryAs(Label.class).getText()).endsWith("\u2014 my deals (the owner filter above)");
        assertThat(robot.lookup("#today-list").queryListView().getItems().stream().map(Object::toString).filter(t -> t.contains("Renewal")))
                .as("a teammate's follow-up is left out").isEmpty();
        robot.interact(() -> filter.getSelectionModel().select(filter.getItems().getFirst()));
        BoardUiTest.waitUntil(() -> robot.lookup("#today-badge").queryAs(Label.class).getText().equals("2"));
        assertThat(robot.lookup("#today-hint").queryAs(Label.class).getText()).isEqualTo("Overdue, due today and the next 7 days");
        robot.clickOn("#page-board");

        // A teammate chosen: the closed filter names them, the list gives their address too ("Ola Nordmann (ola@…)" was cut
        // to "Ola Nordm…" with room to spare).
        robot.interact(() -> filter.getSelectionModel().select(filter.getItems().stream()
                .filter(c -> c.label().contains("ola@nordwind.example")).findFirst().orElseThrow()));
        BoardUiTest.waitUntil(() -> filter.getButtonCell().getText() != null && filter.getButtonCell().getText().startsWith("ola"));
        com.funnelboard.testing.UiRobot.settle();
        assertThat(filter.getButtonCell().getText()).doesNotContain("(");
        assertThat(filter.getButtonCell().isTextTruncated()).as(filter.getButtonCell().getText()).isFalse();

        // My deal opened from the search while the board shows Ola's: the status names the owner filter, which Clear keeps
        // ("Clear shows it there" sent a rep clicking Clear to no end).
        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.LEAD).equals(java.util.List.of("Renewal")));
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.K).release(javafx.scene.input.KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#search-field").tryQuery().isPresent());
        robot.write("pilot");
        BoardUiTest.waitUntil(() -> robot.lookup("#search-results").queryListView().getItems().toString().contains("Pilot"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText()
                .equals("The deal is open in the detail pane; it is not on the board with its owner filter: Everyone in it shows it there."));

        // A card chosen, then taken off the board by the owner filter: the board's keys no longer move it (they opened the move
        // of a deal nowhere in sight).
        robot.interact(() -> filter.getSelectionModel().select(filter.getItems().getFirst()));
        // Everyone chosen, the deal is on the board: the sentence goes (it stayed, on the Reports page too).
        BoardUiTest.waitUntil(() -> !robot.lookup("#status").queryLabeled().getText().startsWith("The deal is open in the detail pane"));
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        robot.interact(() -> {
            filter.requestFocus(); // chosen in the toolbar, as a user does
            filter.getSelectionModel().select(filter.getItems().stream().filter(c -> c.label().contains("ola@nordwind.example")).findFirst()
                    .orElseThrow());
        });
        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.LEAD).equals(java.util.List.of("Renewal")));
        robot.interact(() -> robot.lookup("#list-lead").query().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.RIGHT)
                .release(javafx.scene.input.KeyCode.RIGHT, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText().equals(com.funnelboard.ui.board.BoardView.NO_CARD));
        com.funnelboard.testing.UiRobot.settle();
        assertThat(robot.lookup("#qualify-items").tryQuery()).as("no move asked").isEmpty();
        assertThat(store.read(r -> r.deals().find(first.id())).orElseThrow().stage()).isEqualTo(Stage.LEAD);
    }
}
