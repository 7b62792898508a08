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
import com.funnelboard.testing.UiRobot;
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
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The detail pane's drafts, log bar keys and divider, split from ContactPaneUiTest so the two run in parallel JVMs. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ContactPaneKeysUiTest extends ContactPaneUiBase {

    static final String LONG_NOTE = "Asked for pricing of the two-day workshop in January, and for references from a customer in their line of business";

    @Start
    void start(javafx.stage.Stage stage) {
        startWindow(stage);
    }

    /**
     * A card read again while a field of its contact is typed in — its deal changed elsewhere (a command, a teammate's merge;
     * in the window, a title that changes the score) — is chosen anew by the board: the pane showed the contact again over
     * the typing, whose keys were lost, cut short or scrambled ("767111+49").
     */
    @Test
    void typingGoesOnWhileTheCardIsReadAgain(FxRobot robot) {
        // Another contact, nothing typed for them: the log bar starts at an outbound call (the last kind and direction stayed).
        open(robot, "Second");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<InteractionKind> kind = robot.lookup("#log-kind").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> kind.setValue(InteractionKind.MEETING));
        robot.clickOn("#log-in");
        open(robot, "Pilot");
        BoardUiTest.waitUntil(() -> kind.getValue() == InteractionKind.CALL);
        assertThat(robot.lookup("#log-out").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();

        Object before = ((javafx.scene.control.ListCell<?>) BoardUiTest.card(robot, "Pilot")).getItem();
        robot.clickOn("#field-phones").write("+49 30");
        new com.funnelboard.service.DealEditing(store, java.util.Locale.ENGLISH).edit(pilot.id(),
                new com.funnelboard.service.DealEditing.Edit(null, "1,500.00", null, null, false, null));
        BoardUiTest.waitUntil(() -> BoardUiTest.card(robot, "Pilot") instanceof javafx.scene.control.ListCell<?> c && c.getItem() != before
                && ((com.funnelboard.domain.DealCard) c.getItem()).value().minor() == 1500_00L);
        UiRobot.settle();
        assertThat(text(robot, "#field-phones")).as("what was typed stays, the caret where it was").isEqualTo("+49 30");
        robot.write(" 1234567").type(KeyCode.TAB);
        BoardUiTest.waitUntil(() -> profile(pilot.contactId()).phones().equals(java.util.List.of("+49 30 1234567")));
    }

    /**
     * The envelope beside the contact's name hands their first address to the mail program and makes the log bar ready for
     * the email; Ctrl+Shift+C from the board calls their number; where no program takes it, the address is copied and said.
     */
    @Test
    void writingToAndCallingTheContactHandTheirAddressOverAndReadyTheLogBar(FxRobot robot) {
        java.util.List<String> handed = new java.util.concurrent.CopyOnWriteArrayList<>();
        boolean[] none = {false};
        app.setLinks(uri -> {
            if (none[0]) {
                throw new java.io.IOException("no program on this computer opens mailto: addresses (xdg-open found none)");
            }
            handed.add(uri);
        });
        open(robot, "Pilot");
        assertThat(robot.lookup("#reach-email").queryButton().isDisabled()).as("no address yet").isTrue();
        // A long name takes the lines it needs beside the two buttons (it was cut on one line, "Hans-Jürgen …", with room to spare).
        robot.interact(() -> robot.lookup("#field-name").queryAs(TextInputControl.class).setText("Hans-Jürgen Weißgerber-Oberkirchner von Altenstadt"));
        robot.clickOn("#field-title");
        javafx.scene.control.Label heading = robot.lookup("#contact-heading").queryAs(javafx.scene.control.Label.class);
        BoardUiTest.waitUntil(() -> heading.getText().startsWith("Hans-Jürgen"));
        UiRobot.settle();
        javafx.scene.text.Text probe = new javafx.scene.text.Text(heading.getText());
        probe.setFont(heading.getFont());
        assertThat(heading.getHeight()).as("on two lines or more, whole").isGreaterThan(probe.getLayoutBounds().getHeight() * 1.5);
        robot.clickOn("#field-emails").write("ida@nordwind.se, ida.berg@home.example");
        robot.clickOn("#field-phones").write("+49 (30) 296 28-95 x12");
        robot.clickOn("#field-persona");
        BoardUiTest.waitUntil(() -> !robot.lookup("#reach-email").queryButton().isDisabled() && !robot.lookup("#reach-call").queryButton().isDisabled());

        robot.clickOn("#reach-email");
        BoardUiTest.waitUntil(() -> handed.equals(java.util.List.of("mailto:ida@nordwind.se")));
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText()
                .equals("Writing to Hans-Jürgen Weißgerber-Oberkirchner von Altenstadt (ida@nordwind.se) in your mail program: log the email "
                        + "here once it is done."));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<InteractionKind> kind = robot.lookup("#log-kind").queryAs(javafx.scene.control.ComboBox.class);
        BoardUiTest.waitUntil(() -> kind.getValue() == InteractionKind.EMAIL && robot.lookup("#log-note").query().isFocused());
        assertThat(robot.lookup("#log-out").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        // Pressed again, the chosen direction stays chosen (neither showed as chosen, and the note was logged as outbound).
        robot.clickOn("#log-out");
        assertThat(robot.lookup("#log-out").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#log-in");
        robot.clickOn("#log-in");
        assertThat(robot.lookup("#log-in").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#log-out");

        // From the board's cards, as the log bar's keys work.
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> handed.size() == 2 && handed.get(1).equals("tel:+49-30-296-28-95;ext=12"));
        BoardUiTest.waitUntil(() -> kind.getValue() == InteractionKind.CALL && robot.lookup("#log-note").query().isFocused());

        none[0] = true;
        robot.clickOn("#reach-email");
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText().equals("Could not write to Hans-Jürgen Weißgerber-Oberkirchner von Altenstadt: no program on "
                + "this computer opens mailto: addresses (xdg-open found none). ida@nordwind.se is copied: paste it where you write."));
        java.util.concurrent.atomic.AtomicReference<String> copied = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> copied.set(javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo("ida@nordwind.se");
        assertThat(kind.getValue()).as("nothing to log: the bar is left as it was").isEqualTo(InteractionKind.CALL);
    }

    /**
     * An invalid email is marked and kept as a draft across selections; a few keys log an inbound
     * call that answers the derived checklist item at once; the divider's position is remembered.
     * One window for the three (they were three).
     */
    @Test
    void aDraftAcrossSelectionsAFewKeysLoggingACallAndTheDividerRemembered(FxRobot robot) {
        Fixtures.interaction(store, pilot, InteractionKind.EMAIL, Direction.OUT, Fixtures.NOW.minusSeconds(7200));
        // An invalid email is marked and kept as a draft across selections.
        open(robot, "Pilot");
        robot.clickOn("#field-emails").write("ida@");
        robot.clickOn("#field-title").write("Head of Ops");
        robot.clickOn("#field-persona");
        BoardUiTest.waitUntil(() -> robot.lookup("#save-status").queryLabeled().getText().startsWith("Not saved yet"));
        TextInputControl emails = robot.lookup("#field-emails").queryAs(TextInputControl.class);
        assertThat(emails.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("danger"));
        // Said under the field itself (it was said only under the contact's name, at the top of the pane).
        javafx.scene.control.Label underEmails = robot.lookup("#field-problem-emails").queryAs(javafx.scene.control.Label.class);
        assertThat(underEmails.getText()).contains("ida@");
        assertThat(underEmails.isVisible()).isTrue();
        assertThat(underEmails.localToScene(0, 0).getY()).as("just under the field")
                .isBetween(emails.localToScene(0, emails.getHeight()).getY(), emails.localToScene(0, emails.getHeight()).getY() + 10);
        assertThat(robot.lookup("#field-problem-title").queryAs(javafx.scene.control.Label.class).isVisible()).isFalse();
        assertThat(profile(pilot.contactId()).emails()).isEmpty();
        assertThat(profile(pilot.contactId()).title()).as("the valid field is saved").isEqualTo("Head of Ops");

        open(robot, "Second");
        open(robot, "Pilot");
        assertThat(text(robot, "#field-emails")).as("the draft comes back").isEqualTo("ida@");
        robot.clickOn("#field-emails").type(KeyCode.END).write("nordwind.se");
        robot.clickOn("#field-persona");
        BoardUiTest.waitUntil(() -> profile(pilot.contactId()).emails().equals(java.util.List.of("ida@nordwind.se")));
        BoardUiTest.waitUntil(() -> !emails.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("danger")));

        // A note typed and not logged stays with its contact: it went with the pane to the next card, where Enter logged it.
        robot.clickOn("Activity");
        robot.clickOn("#log-note").write("Wants 40 seats");
        assertThat(text(robot, "#log-note")).isEqualTo("Wants 40 seats");
        open(robot, "Second");
        assertThat(text(robot, "#log-note")).as("not carried to another contact's card").isEmpty();
        open(robot, "Pilot");
        assertThat(text(robot, "#log-note")).as("back with its contact").isEqualTo("Wants 40 seats");
        robot.interact(() -> robot.lookup("#log-note").queryAs(TextInputControl.class).clear());

        // A few keys log an inbound call that answers the derived item at once.
        open(robot, "Pilot");
        com.funnelboard.ui.contact.ChecklistView checklist = robot.lookup("#contact-checklist").queryAs(com.funnelboard.ui.contact.ChecklistView.class);
        BoardUiTest.waitUntil(() -> checklist.getItems().stream().anyMatch(i -> i.item().code().equals("two-way") && !i.holds()));

        robot.clickOn("#field-title");
        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.I).release(KeyCode.I, KeyCode.ALT);
        robot.write(LONG_NOTE).type(KeyCode.ENTER);

        @SuppressWarnings("unchecked")
        ListView<TimelineEvent> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        BoardUiTest.waitUntil(() -> !timeline.getItems().isEmpty() && timeline.getItems().getFirst() instanceof TimelineEvent.Logged l
                && l.interaction().kind() == InteractionKind.CALL && l.interaction().direction() == Direction.IN
                && LONG_NOTE.equals(l.interaction().note()));
        assertThat(timeline.getItems()).as("newest first: the call, then the earlier email").hasSize(2);
        // The note whole, wrapped to the pane's width: a few words past it, it stayed on one line, cut with "…".
        UiRobot.settle();
        javafx.scene.control.Label shownNote = robot.from(timeline).lookup((javafx.scene.control.Label l) -> LONG_NOTE.equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class);
        assertThat(shownNote.isTextTruncated()).as("not cut").isFalse();
        // The first ↓ in the timeline chooses its first row (it chose the second).
        robot.interact(() -> {
            timeline.getSelectionModel().clearSelection();
            timeline.getFocusModel().focus(0); // as JavaFX leaves a list whose rows arrived with nothing selected
            timeline.requestFocus();
        });
        robot.type(KeyCode.DOWN);
        assertThat(timeline.getSelectionModel().getSelectedIndex()).isZero();
        // Shift+F10 opens the row's menu, Copy note and all (the keyboard had no way to it).
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        BoardUiTest.waitUntil(() -> timeline.getContextMenu().isShowing());
        robot.type(KeyCode.ESCAPE);
        BoardUiTest.waitUntil(() -> !timeline.getContextMenu().isShowing());
        assertThat(shownNote.getHeight()).as("on more than one line").isGreaterThan(shownNote.getFont().getSize() * 2);
        // Said in the status bar too: a new user saw nothing happen when the timeline's new row was out of sight.
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText().startsWith("Logged a call with "));
        assertThat(robot.lookup("#status").queryLabeled().getText()).endsWith(" about \u201CPilot\u201D.");
        // The timeline's menu copies a row's whole note (a row shows at most 2,000 characters of one).
        java.util.concurrent.atomic.AtomicReference<String> copied = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            timeline.getSelectionModel().select(0);
            timeline.getContextMenu().getItems().stream().filter(i -> "timeline-copy-note".equals(i.getId())).findFirst().orElseThrow().fire();
            copied.set(javafx.scene.input.Clipboard.getSystemClipboard().getString());
        });
        assertThat(copied.get()).isEqualTo(LONG_NOTE);
        BoardUiTest.waitUntil(() -> checklist.getItems().stream().anyMatch(i -> i.item().code().equals("two-way") && i.holds()));
        assertThat(text(robot, "#log-note")).isEmpty();
        // Ctrl+Z at once, the focus still in the emptied note, takes the call back as Edit → Undo does; Ctrl+Shift+Z brings it back.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> timeline.getItems().size() == 1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> timeline.getItems().size() == 2);
        robot.interact(() -> Snapshots.save(stage.getScene(), "contact-pane"));

        // The pane's width, dragged, is remembered.
        SplitPane split = robot.lookup("#workbench").queryAs(SplitPane.class);
        DetailPaneRememberedUiTest.dragDivider(robot, split, -30);
        BoardUiTest.waitUntil(() -> store.read(r -> r.local().get("ui.detail.width")).isPresent());
    }

    /**
     * Ctrl+Z in a field puts back the stored text over what was typed and not saved yet, then undoes
     * the saved change itself: never the field's own steps, each of which was saved as it showed.
     */
    @Test
    void undoInAFieldPutsBackWholeValuesNeverHalfOfOne(FxRobot robot) {
        open(robot, "Pilot");
        robot.clickOn("#field-phones").write("+49 30 555 0101");
        robot.clickOn("#field-title"); // leaving the field saves it
        BoardUiTest.waitUntil(() -> profile(pilot.contactId()).phones().equals(java.util.List.of("+49 30 555 0101")));
        BoardUiTest.waitUntil(() -> robot.lookup("#save-status").queryLabeled().getText().equals("All changes saved"));

        robot.clickOn("#field-phones").type(KeyCode.END).write(" 99");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(text(robot, "#field-phones")).as("what was typed and not saved goes, whole").isEqualTo("+49 30 555 0101");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> profile(pilot.contactId()).phones().isEmpty());
        BoardUiTest.waitUntil(() -> text(robot, "#field-phones").isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> profile(pilot.contactId()).phones().equals(java.util.List.of("+49 30 555 0101")));
        // The pane shows it once it has heard of the redo and read the contact again (a settle alone was short under load).
        BoardUiTest.waitUntil(() -> text(robot, "#field-phones").equals("+49 30 555 0101"));

        // A text the save refused ("…abc" in Phones, kept as a draft, red): Ctrl+Z after the save puts the stored number
        // back and forgets the draft; it must not undo an earlier saved change (the title) instead.
        robot.clickOn("#field-title").write("Head of Ops");
        robot.clickOn("#field-phones"); // leaving the title saves it
        BoardUiTest.waitUntil(() -> "Head of Ops".equals(profile(pilot.contactId()).title()));
        // The keyboard in Phones before typing: under load the click came while the save redrew the form, and "abc" went elsewhere.
        BoardUiTest.waitUntil(() -> {
            if (!robot.lookup("#field-phones").query().isFocused()) {
                robot.clickOn("#field-phones");
            }
            return robot.lookup("#field-phones").query().isFocused();
        });
        robot.type(KeyCode.END).write("abc");
        robot.clickOn("#field-title"); // the save is tried, and refuses the phone
        BoardUiTest.waitUntil(() -> robot.lookup("#save-status").queryLabeled().getText().startsWith("Not saved yet"),
                () -> "the status says \"" + robot.lookup("#save-status").queryLabeled().getText() + "\", Phones holds \""
                        + text(robot, "#field-phones") + "\", the stored phones are " + profile(pilot.contactId()).phones());
        robot.clickOn("#field-phones");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> text(robot, "#field-phones").equals("+49 30 555 0101"));
        UiRobot.settle();
        assertThat(profile(pilot.contactId()).title()).as("the title saved before is not undone").isEqualTo("Head of Ops");
        java.util.Optional<String> draft = store.read(r -> r.local().get("draft.contact." + pilot.contactId()));
        assertThat(draft).as("the draft is forgotten").isEmpty();
        assertThat(robot.lookup("#field-phones").query().getPseudoClassStates().stream().map(Object::toString))
                .as("no longer marked").doesNotContain("danger");
    }

    /**
     * A note typed in the log bar and not logged is on disk after a pause in typing, as the form's
     * texts are: the window reopened (after a quit, or a crash that saved nothing more) shows it with
     * its contact. It was kept in memory only, and a quit or a crash lost it.
     */
    @Test
    void aNoteTypedAndNotLoggedIsBackAfterTheWindowIsOpenedAgain(FxRobot robot) {
        open(robot, "Pilot");
        robot.clickOn("Activity");
        robot.clickOn("#log-note").write("Kofi asked about SSO");
        robot.press(KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT);
        com.funnelboard.service.ContactEditing editing = new com.funnelboard.service.ContactEditing(store);
        BoardUiTest.waitUntil(() -> editing.logDraft(pilot.contactId()).map(com.funnelboard.service.ContactEditing.LogDraft::note)
                .orElse("").equals("Kofi asked about SSO"));
        assertThat(editing.logDraft(pilot.contactId()).orElseThrow().kind()).isEqualTo("MEETING");

        // Opened again, as after a quit or a crash: nothing of the first window is left but the file.
        robot.interact(() -> {
            app.close();
            store = Store.open(dir.resolve("test.db"), new com.funnelboard.testing.TickingClock(Fixtures.NOW));
            app = AppWindow.show(stage, store);
            stage.setWidth(1400);
            stage.setHeight(900);
        });
        open(robot, "Pilot");
        robot.clickOn("Activity");
        BoardUiTest.waitUntil(() -> "Kofi asked about SSO".equals(text(robot, "#log-note")));
        assertThat(robot.lookup("#log-kind").queryAs(javafx.scene.control.ComboBox.class).getValue()).isEqualTo(InteractionKind.MEETING);

        // Logged, it is no longer kept.
        robot.clickOn("#log-note").type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> text(robot, "#log-note").isEmpty());
        com.funnelboard.service.ContactEditing reopened = new com.funnelboard.service.ContactEditing(store);
        BoardUiTest.waitUntil(() -> reopened.logDraft(pilot.contactId()).isEmpty());

        // Enter in the time logs too, and a time refused is said in the rule's words, whole (Enter there did nothing, and the
        // refusal read "at: An interaction cannot be dated in the future; schedule a …").
        robot.clickOn("#log-note").write("Call back about SSO");
        robot.clickOn("#log-when").write("2099-03-12 2:30 PM").type(KeyCode.ENTER);
        javafx.scene.control.Label refused = robot.lookup("#log-error").queryAs(javafx.scene.control.Label.class);
        BoardUiTest.waitUntil(() -> !refused.getText().isEmpty());
        assertThat(refused.getText()).startsWith("An interaction cannot be dated in the future");
        com.funnelboard.testing.UiRobot.settle();
        assertThat(refused.isTextTruncated()).isFalse();
        assertThat(text(robot, "#log-note")).as("kept to log once the time is right").isEqualTo("Call back about SSO");
        // Typing again answers it: the refusal (or "the disk is full") goes, where it stayed until Log was pressed again.
        robot.clickOn("#log-when").type(KeyCode.BACK_SPACE);
        BoardUiTest.waitUntil(() -> refused.getText().isEmpty());
    }
}
