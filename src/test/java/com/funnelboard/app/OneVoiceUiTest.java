package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.TimelineEvent;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.common.Formats;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window at a laptop's 1366×768: names are labels everywhere, dialogs keep their buttons in
 * sight, and the log bar's keys work from the board.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class OneVoiceUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    Deal pilot;
    javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        store = Fixtures.store(dir);
        pilot = Fixtures.deal(store, "Pilot", Stage.LEAD, 1000_00L);
        var demo = new com.funnelboard.domain.Interaction(UUID.randomUUID(), pilot.contactId(), pilot.id(), InteractionKind.DEMO_REQUEST,
                Direction.IN, Fixtures.NOW.minus(Duration.ofHours(5)), "Wants to see reporting");
        var call = new com.funnelboard.domain.Interaction(UUID.randomUUID(), pilot.contactId(), pilot.id(), InteractionKind.CALL,
                Direction.OUT, Fixtures.NOW.minus(Duration.ofHours(3)), "Left a voicemail");
        store.writeAll(r -> {
            r.interactions().insert(demo);
            r.interactions().insert(call);
        });
        FollowUp email = new FollowUp(UUID.randomUUID(), pilot.id(), Fixtures.NOW.plus(Duration.ofHours(2)), FollowUpKind.EMAIL,
                "send the deck", null);
        FollowUp meeting = new FollowUp(UUID.randomUUID(), pilot.id(), Fixtures.NOW.plus(Duration.ofDays(2)), FollowUpKind.MEETING,
                null, null);
        store.writeAll(r -> {
            r.followUps().insert(email);
            r.followUps().insert(meeting);
        });
        app = AppWindow.show(stage, store, java.util.function.UnaryOperator.identity(), 1366, 768);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Every key and constant name that differs from the label shown for it ("cold-email", "CALL", "call"). */
    static Set<String> keysThatAreNotLabels() {
        Set<String> keys = new HashSet<>();
        for (InteractionKind k : InteractionKind.values()) {
            add(keys, k.key(), k.name(), Formats.label(k));
        }
        for (FollowUpKind k : FollowUpKind.values()) {
            add(keys, k.key(), k.name(), Formats.label(k));
        }
        for (LeadSource s : LeadSource.values()) {
            add(keys, s.key(), s.name(), Formats.label(s));
        }
        for (PreferredChannel c : PreferredChannel.values()) {
            add(keys, c.key(), c.name(), Formats.label(c));
            add(keys, c.storageKey(), c.name(), Formats.label(c));
        }
        for (LostReason r : LostReason.values()) {
            add(keys, r.key(), r.name(), Formats.label(r));
        }
        for (Stage s : Stage.values()) {
            add(keys, s.key(), s.name(), Formats.label(s));
        }
        return keys;
    }

    private static void add(Set<String> keys, String key, String name, String label) {
        for (String k : List.of(key, name)) {
            if (!k.equals(label)) {
                keys.add(k);
            }
        }
    }

    private static final Pattern PIECES = Pattern.compile("\\s*(?:[:·,;—()\\n]|\\s{2,}|\\s-\\s)\\s*");

    /** The texts under {@code root} that show a key: a whole piece of text that is one, or a hyphenated key anywhere. */
    static List<String> keysShown(Node root) {
        return keysIn(texts(root));
    }

    /** The texts that show a key: a whole piece of text that is one, or a hyphenated key anywhere. */
    static List<String> keysIn(List<String> texts) {
        Set<String> keys = keysThatAreNotLabels();
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            boolean shows = java.util.Arrays.stream(PIECES.split(text)).anyMatch(piece -> keys.contains(piece.strip()))
                    || keys.stream().anyMatch(k -> (k.contains("-") || k.contains("_")) && text.contains(k));
            if (shows) {
                found.add(text);
            }
        }
        return found;
    }

    static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l.getText());
        }
        if (node instanceof TextInputControl t && t.getText() != null && !t.getText().isBlank()) {
            out.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private void openPilot(FxRobot robot) {
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        BoardUiTest.waitUntil(() -> robot.lookup("#timeline").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<TimelineEvent> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        BoardUiTest.waitUntil(() -> timeline.getItems().stream().filter(e -> e instanceof TimelineEvent.Reminder).count() == 2);
        UiRobot.settle();
    }

    @Test
    void theBoardThePaneAndTodayShowLabelsNeverKeysAndTheLogKeysWorkFromTheBoard(FxRobot robot) {
        openPilot(robot);
        assertThat(keysShown(stage.getScene().getRoot())).as("board and detail pane").isEmpty();
        List<String> shown = texts(stage.getScene().getRoot());
        assertThat(shown).contains("Follow-up: Email", "Follow-up: Meeting");
        assertThat(shown).anyMatch(t -> t.startsWith("Demo request, "));
        @SuppressWarnings("unchecked")
        ComboBox<InteractionKind> kind = robot.lookup("#log-kind").queryAs(ComboBox.class);
        assertThat(kind.getConverter().toString(kind.getValue())).as("the log bar's kind").isEqualTo("Call");

        // The log bar's keys work from the board and keep what was typed.
        robot.clickOn("#log-note").write("Asked");
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        assertThat(robot.lookup("#log-note").query().isFocused()).isFalse();
        robot.press(KeyCode.ALT, KeyCode.E).release(KeyCode.E, KeyCode.ALT);
        UiRobot.settle();
        assertThat(kind.getValue()).isEqualTo(InteractionKind.EMAIL);
        assertThat(robot.lookup("#log-note").query().isFocused()).as("the cursor goes to the note").isTrue();
        robot.write(" about");
        robot.press(KeyCode.ALT, KeyCode.I).release(KeyCode.I, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        UiRobot.settle();
        robot.write(" pricing");
        TextInputControl note = robot.lookup("#log-note").queryAs(TextInputControl.class);
        assertThat(note.getText()).isEqualTo("Asked about pricing");
        // The note takes the row's width but for the time beside it and Log.
        javafx.scene.layout.HBox row = (javafx.scene.layout.HBox) note.getParent();
        double others = row.getChildren().stream().filter(n -> n != note).mapToDouble(n -> n.getLayoutBounds().getWidth()).sum()
                + row.getSpacing() * (row.getChildren().size() - 1);
        assertThat(note.getWidth()).as("the note takes the pane's width").isCloseTo(row.getWidth() - others, org.assertj.core.data.Offset.offset(2.0))
                .isGreaterThan(robot.lookup("#log-when").queryAs(javafx.scene.layout.Region.class).getWidth());

        robot.type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<TimelineEvent> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        BoardUiTest.waitUntil(() -> timeline.getItems().stream().anyMatch(e -> e instanceof TimelineEvent.Logged l
                && l.interaction().kind() == InteractionKind.CALL && l.interaction().direction() == Direction.IN
                && "Asked about pricing".equals(l.interaction().note())));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#today-list").tryQuery().isPresent());
        BoardUiTest.waitUntil(() -> texts(stage.getScene().getRoot()).stream().anyMatch(t -> t.startsWith("Email Contact of Pilot")));
        assertThat(keysShown(stage.getScene().getRoot())).as("Today").isEmpty();
    }


    private static DialogPane dialog(FxRobot robot, String id) {
        BoardUiTest.waitUntil(() -> robot.lookup(id).tryQuery().isPresent(), () -> com.funnelboard.testing.UiRobot.windows());
        UiRobot.settle();
        Node n = robot.lookup(id).query();
        while (!(n instanceof DialogPane)) {
            n = n.getParent();
        }
        return (DialogPane) n;
    }

    /** Each button of the dialog lies wholly inside its window and shows its whole label. */
    private static void assertButtonsInSight(DialogPane pane) {
        Window w = pane.getScene().getWindow();
        for (Node n : pane.lookupAll(".button")) {
            if (!(n instanceof Button b) || !b.isVisible() || b.getScene() != pane.getScene()) {
                continue;
            }
            Bounds in = b.localToScene(b.getLayoutBounds());
            assertThat(in.getMinY()).as(b.getText() + " top").isGreaterThanOrEqualTo(0);
            assertThat(in.getMaxY()).as(b.getText() + " inside the window's height " + pane.getScene().getHeight())
                    .isLessThanOrEqualTo(pane.getScene().getHeight());
            assertThat(in.getMaxX()).as(b.getText() + " inside the window's width").isLessThanOrEqualTo(pane.getScene().getWidth());
            assertThat(b.isTextTruncated()).as(b.getText() + " shows its whole label").isFalse();
        }
        assertThat(w.getHeight()).isLessThanOrEqualTo(768);
    }

    @Test
    void newLeadAndTheQualifyDialogGrowWithWhatTheyShowAndKeepTheirButtonsInSight(FxRobot robot) {
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        DialogPane pane = dialog(robot, "#lead-create");
        double before = pane.getScene().getHeight();
        robot.clickOn("#lead-email").write("jane@");
        robot.type(KeyCode.ENTER);
        UiRobot.settle();
        BoardUiTest.waitUntil(() -> robot.lookup("#problem-title").queryLabeled().isVisible());
        assertThat(robot.lookup("#problem-contact").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#problem-email").queryLabeled().isVisible()).isTrue();
        UiRobot.settle();
        assertThat(pane.getScene().getHeight()).as("grown with its errors").isGreaterThan(before);
        assertButtonsInSight(pane);
        assertThat(robot.lookup("#lead-create").tryQuery()).as("Enter on an invalid form keeps it open, saying why").isPresent();
        robot.type(KeyCode.ESCAPE);
        BoardUiTest.waitUntil(() -> robot.lookup("#lead-create").tryQuery().isEmpty());

        // The override reason leaves the checklist and the buttons whole.
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT, KeyCode.CONTROL);
        DialogPane qualify = dialog(robot, "#qualify-override");
        ScrollPane checklist = (ScrollPane) qualify.lookup(".scroll-pane");
        double listHeight = checklist.getHeight();
        assertButtonsInSight(qualify);

        robot.type(KeyCode.ENTER);
        UiRobot.settle();
        assertThat(robot.lookup("#qualify-why").queryLabeled().getText()).as("Enter says why it cannot move, naming what is not met")
                .startsWith("Enter cannot move yet: \u201C").contains("not met. Meet", "Override");
        assertThat(robot.lookup("#qualify-move").tryQuery()).isPresent();

        robot.clickOn("#qualify-override");
        UiRobot.settle();
        UiRobot.settle();
        assertThat(robot.lookup("#override-reason").query().isVisible()).isTrue();
        assertThat(checklist.getHeight()).as("the checklist keeps its height").isEqualTo(listHeight);
        assertThat(robot.lookup("#qualify-move").queryButton().getText()).isEqualTo("Override and move");
        assertButtonsInSight(qualify);

        robot.write("Referred by their CEO");
        // Escape with a reason written asks first; Keep writing goes back to it, and is what Enter does (it discarded).
        robot.type(KeyCode.ESCAPE);
        BoardUiTest.waitUntil(() -> robot.lookup("#discard-reason").tryQuery().isPresent());
        assertThat(robot.lookup("#discard-reason-keep").queryButton().isDefaultButton()).isTrue();
        robot.type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> robot.lookup("#discard-reason").tryQuery().isEmpty());
        assertThat(robot.lookup("#override-reason").queryTextInputControl().getText()).isEqualTo("Referred by their CEO");
        robot.clickOn("#override-reason");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> store.read(r -> r.deals().find(pilot.id())).orElseThrow().stage() == Stage.PROSPECT);
    }
}
