package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.Snapshots;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.followup.DesktopNotifications;
import com.funnelboard.ui.followup.ReminderNotifier;
import com.funnelboard.ui.shell.MainView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Today page and badge, done and snooze, the next-follow-up offers, reminders and rotting cards. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class TodayUiTest {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    Deal pilot;
    Deal stale;
    FollowUp overdue;
    FollowUp today;
    FollowUp later;
    javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        store = Fixtures.store(dir);
        pilot = Fixtures.deal(store, "Pilot", Stage.PROSPECT, 1000_00L);
        overdue = Fixtures.followUp(store, pilot, Fixtures.NOW.minus(Duration.ofHours(1)));
        today = Fixtures.followUp(store, pilot, Fixtures.NOW.plus(Duration.ofHours(2)));
        later = Fixtures.followUp(store, pilot, Fixtures.NOW.plus(Duration.ofDays(3)));
        stale = new Deal(UUID.randomUUID(), pilot.contactId(), "Stale lead", Stage.LEAD, null, "EUR", null, null,
                Fixtures.NOW.minus(Duration.ofDays(20)), null, null, null, null, Fixtures.NOW, Fixtures.NOW);
        store.writeAll(r -> r.deals().insert(stale));
        app = AppWindow.show(stage, store);
        stage.setWidth(1400);
        stage.setHeight(900);
    }

    @AfterEach
    void close() {
        app.close();
    }

    List<FollowUp> followUpsOf(UUID dealId) {
        return store.read(r -> r.followUps().forDeal(dealId));
    }

    FollowUp stored(UUID id) {
        Optional<FollowUp> f = store.read(r -> r.followUps().find(id));
        return f.orElseThrow();
    }

    Labeled badge(FxRobot robot) {
        return robot.lookup("#today-badge").queryLabeled();
    }

    /**
     * The badge, the page's sections, done and the offer it shows, the follow-up dialog, snooze's
     * menu, opening a deal on the board, and a rotting card's flag: what only the window shows. The
     * counts, the export, what done/snooze/schedule store are asserted in TodayViewModelTest.
     */
    @Test
    void theBadgeAndThePageDoneOffersTheNextSnoozeMovesOneOnAndOpenShowsTheBoard(FxRobot robot) {
        BoardUiTest.waitUntil(() -> "2".equals(badge(robot).getText()));
        assertThat(badge(robot).getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("overdue"));
        javafx.scene.Node staleCard = BoardUiTest.card(robot, "Stale lead");
        BoardUiTest.waitUntil(() -> staleCard.lookup(".card-age") != null && staleCard.lookup(".card-age").getStyleClass().contains("rotting"));
        assertThat(BoardUiTest.card(robot, "Pilot").lookup(".card-age").getStyleClass()).doesNotContain("rotting");

        robot.clickOn("#page-today");
        BoardUiTest.waitUntil(() -> robot.lookup("#done-" + later.id()).tryQuery().isPresent());
        // A screen reader hears which follow-up each button acts on ("Done", on every row, said nothing of which).
        assertThat(robot.lookup("#done-" + later.id()).queryButton().getAccessibleText()).startsWith("Mark ").endsWith(" done")
                .contains("\u201CPilot\u201D");
        assertThat(robot.lookup("#open-" + later.id()).queryButton().getAccessibleText()).isEqualTo("Open the deal \u201CPilot\u201D");
        // The keyboard goes to the first follow-up's Done (it went to Export to calendar…, where a reflex Space exported).
        BoardUiTest.waitUntil(() -> stage.getScene().getFocusOwner() != null && ("done-" + overdue.id()).equals(stage.getScene().getFocusOwner().getId()));
        assertThat(robot.lookup("Overdue  1").tryQuery()).isPresent();
        assertThat(robot.lookup("Due today  1").tryQuery()).isPresent();
        assertThat(robot.lookup("Next 7 days  1").tryQuery()).isPresent();
        // ↓ and ↑ go from Done to the next and previous follow-up's Done, over the sections' headings (↓ left the list).
        robot.type(KeyCode.DOWN);
        BoardUiTest.waitUntil(() -> stage.getScene().getFocusOwner() != null && ("done-" + today.id()).equals(stage.getScene().getFocusOwner().getId()),
                () -> String.valueOf(stage.getScene().getFocusOwner()));
        robot.type(KeyCode.DOWN);
        BoardUiTest.waitUntil(() -> ("done-" + later.id()).equals(stage.getScene().getFocusOwner().getId()));
        robot.type(KeyCode.DOWN);
        UiRobot.settle();
        assertThat(stage.getScene().getFocusOwner().getId()).as("the last one keeps the keyboard").isEqualTo("done-" + later.id());
        robot.type(KeyCode.UP).type(KeyCode.UP);
        BoardUiTest.waitUntil(() -> ("done-" + overdue.id()).equals(stage.getScene().getFocusOwner().getId()));
        // Done and Snooze side by side: one height, one size of text.
        Button doneButton = robot.lookup("#done-" + later.id()).queryButton();
        javafx.scene.control.MenuButton snoozeButton = robot.lookup("#snooze-" + later.id()).queryAs(javafx.scene.control.MenuButton.class);
        assertThat(snoozeButton.getHeight()).as("Snooze as tall as Done").isCloseTo(doneButton.getHeight(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(((javafx.scene.control.Labeled) snoozeButton.lookup(".label")).getFont().getSize()).as("Snooze's text as big as Done's")
                .isEqualTo(doneButton.getFont().getSize());
        // Its menu keeps the window's size of text: made small with the button, its items came out tiny.
        assertThat(snoozeButton.getFont().getSize()).as("the menu's font").isGreaterThan(doneButton.getFont().getSize());
        robot.interact(() -> Snapshots.save(stage.getScene(), "today-page"));

        // Done from the keyboard: the keyboard stays in the list, on the next follow-up's Done (it went to Export to calendar…).
        robot.interact(() -> robot.lookup("#done-" + overdue.id()).query().requestFocus());
        robot.type(KeyCode.SPACE);
        BoardUiTest.waitUntil(() -> stored(overdue.id()).doneAt() != null);
        BoardUiTest.waitUntil(() -> "1".equals(badge(robot).getText()));
        BoardUiTest.waitUntil(() -> stage.getScene().getFocusOwner() != null && ("done-" + today.id()).equals(stage.getScene().getFocusOwner().getId()));
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText().startsWith("Marked the "));
        assertThat(robot.lookup("#status").queryLabeled().getText()).as("a Done is confirmed, with the way back")
                .contains(" on \u201CPilot\u201D done.").endsWith(" Ctrl+Z takes it back.");
        Button offer = robot.lookup("#follow-up-offer").queryButton();
        BoardUiTest.waitUntil(offer::isVisible);
        assertThat(offer.getText()).isEqualTo("Next follow-up for \u201CPilot\u201D\u2026");
        // At 900 px both are whole: the hidden progress bar and its Cancel took 300 px of the bar and cut them short.
        double width = stage.getWidth();
        robot.interact(() -> stage.setWidth(900));
        robot.interact(() -> { });
        assertThat(robot.lookup("#status").queryLabeled().isTextTruncated()).as("the status whole at 900 px").isFalse();
        assertThat(offer.isTextTruncated()).as("the offer whole at 900 px").isFalse();
        // On a narrow window the status's sentence and the offer's question give way; "Not now" is never cut.
        robot.interact(() -> stage.setWidth(700));
        robot.interact(() -> { });
        Button notNow = robot.lookup(".button").match((Button b) -> "Not now".equals(b.getText())).queryButton();
        assertThat(notNow.isTextTruncated()).as("Not now in full at 700 px").isFalse();
        assertThat(offer.getWidth()).as("the offer keeps room to be read").isGreaterThanOrEqualTo(159);
        robot.interact(() -> stage.setWidth(width));
        robot.interact(() -> { });
        robot.clickOn(offer);
        BoardUiTest.waitUntil(() -> robot.lookup("#followup-note").tryQuery().isPresent());
        robot.clickOn("#followup-note").write("Send the proposal");
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Schedule".equals(b.getText())).queryButton());
        BoardUiTest.waitUntil(() -> store.read(r -> r.followUps().forDeal(pilot.id())).stream()
                .anyMatch(f -> "Send the proposal".equals(f.note())));
        // Its note, what is to be done, on a line of its own in the Today list, whole (it came after the contact and was cut).
        java.util.UUID proposal = store.read(r -> r.followUps().forDeal(pilot.id())).stream().filter(f -> "Send the proposal".equals(f.note()))
                .findFirst().orElseThrow().id();
        BoardUiTest.waitUntil(() -> robot.lookup("#note-" + proposal).tryQuery().isPresent());
        javafx.scene.control.Label noted = robot.lookup("#note-" + proposal).queryAs(javafx.scene.control.Label.class);
        assertThat(noted.getText()).isEqualTo("Send the proposal");
        assertThat(noted.isTextTruncated()).isFalse();
        // Rows apart: with the note on a third line, one row's note ran into the next row's deal.
        javafx.scene.control.ListCell<?> row = (javafx.scene.control.ListCell<?>) robot.lookup(".list-cell.today-item").query();
        assertThat(row.getPadding().getTop()).isGreaterThanOrEqualTo(6);

        robot.clickOn("#snooze-" + today.id());
        javafx.scene.control.MenuItem oneHour = robot.lookup("#snooze-" + today.id()).queryAs(javafx.scene.control.MenuButton.class).getItems().getFirst();
        BoardUiTest.waitUntil(() -> oneHour.getText().startsWith("1 hour \u00B7 "));
        // Due in two hours: "1 hour" would bring it forward (it did, and the status said a time it did not take), so it cannot be chosen.
        assertThat(oneHour.isDisable()).isTrue();
        assertThat(oneHour.getText()).endsWith("(due later already)");
        javafx.scene.control.MenuItem morning = robot.lookup("#snooze-" + today.id()).queryAs(javafx.scene.control.MenuButton.class).getItems().get(1);
        robot.clickOn(morning.getText());
        BoardUiTest.waitUntil(() -> stored(today.id()).snoozedUntil() != null);
        assertThat(stored(today.id()).snoozedUntil()).isEqualTo(com.funnelboard.domain.SnoozeOption.TOMORROW_MORNING.until(Fixtures.NOW,
                Fixtures.CLOCK.getZone()));
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText().startsWith("Snoozed the "));
        assertThat(robot.lookup("#status").queryLabeled().getText()).as("a snooze is confirmed, with the way back")
                .contains(" on \u201CPilot\u201D until ").endsWith(". Ctrl+Z takes it back.");
        assertThat(stage.getScene().getFocusOwner().getId()).as("the keyboard stays in the list after a snooze").startsWith("done-");

        // Pick a time: only when, said as a snooze; a time already past is said in the dialog, which stays open.
        robot.clickOn("#snooze-" + later.id());
        robot.clickOn("Pick a time\u2026");
        BoardUiTest.waitUntil(() -> robot.lookup("#followup-time").tryQuery().isPresent());
        assertThat(robot.lookup("#followup-note").tryQuery()).as("no kind or note to snooze").isEmpty();
        javafx.scene.control.DatePicker until = robot.lookup("#followup-date").queryAs(javafx.scene.control.DatePicker.class);
        assertThat(until.getValue()).as("a day after it is due, in the future").isAfter(java.time.LocalDate.ofInstant(Fixtures.NOW,
                java.time.ZoneOffset.UTC));
        String suggested = robot.lookup("#followup-time").queryAs(javafx.scene.control.TextField.class).getText();
        assertThat(suggested).as("the time as the window writes times: the locale's clock, 12 hours in English")
                .isEqualTo(com.funnelboard.ui.common.Formats.of(java.util.Locale.ENGLISH, java.time.ZoneOffset.UTC).time(later.dueAt()
                        .atZone(java.time.ZoneOffset.UTC)))
                .containsAnyOf("AM", "PM");
        assertThat(until.getEditor().getText()).as("the day in words, as the list writes days")
                .isEqualTo(com.funnelboard.ui.common.Formats.of(java.util.Locale.ENGLISH, java.time.ZoneOffset.UTC).date(until.getValue()));
        // The keyboard starts in the date, its text selected: a word typed at once replaces the suggested day.
        BoardUiTest.waitUntil(() -> until.getEditor().isFocused());
        assertThat(until.getEditor().getSelectedText()).isEqualTo(until.getEditor().getText());
        robot.clickOn("Time"); // (the headless robot types into the window clicked last; a label takes no focus)
        robot.write("today");
        assertThat(until.getEditor().getText()).isEqualTo("today");
        robot.clickOn("#followup-time").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("00:05");
        // Left, the day typed is written back in words, so it is seen read as meant ("today" stayed as typed).
        BoardUiTest.waitUntil(() -> until.getEditor().getText().equals(com.funnelboard.ui.common.Formats.of(java.util.Locale.ENGLISH,
                java.time.ZoneOffset.UTC).date(until.getValue())));
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Snooze".equals(b.getText())).queryButton());
        assertThat(robot.lookup("#followup-problem").queryLabeled().getText()).isEqualTo("Snooze until a time in the future");
        robot.interact(() -> Snapshots.save(until.getScene(), "snooze-in-the-past"));
        robot.clickOn(until.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("tomorrow");
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Snooze".equals(b.getText())).queryButton());
        // Due in three days: tomorrow would bring it forward, and is said so in the dialog.
        assertThat(robot.lookup("#followup-problem").queryLabeled().getText()).startsWith("It is due later already: a snooze puts it off");
        robot.clickOn(until.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("+5");
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Snooze".equals(b.getText())).queryButton());
        BoardUiTest.waitUntil(() -> stored(later.id()).snoozedUntil() != null);
        // A double-click on the row opens the deal, as ↗ does (given as one event: under load the robot's two clicks can fall
        // further apart than a double-click's time).
        // Every row's time whole, in one column as wide as the widest time of a week needs (178 px left a gap at larger text).
        java.util.Set<javafx.scene.control.Label> times = robot.lookup(n -> n.getId() != null && n.getId().startsWith("when-"))
                .queryAllAs(javafx.scene.control.Label.class);
        assertThat(times).isNotEmpty().allSatisfy(l -> assertThat(l.isTextTruncated()).as(l.getText()).isFalse());
        assertThat(times.stream().map(javafx.scene.control.Label::getWidth).distinct()).as("one column").hasSize(1);
        javafx.scene.text.Text widest = new javafx.scene.text.Text("Wed, Sep 30, 12:59 PM");
        widest.setFont(times.iterator().next().getFont());
        assertThat(times.iterator().next().getWidth()).as("no wider than a long time needs")
                .isLessThan(widest.getLayoutBounds().getWidth() + times.iterator().next().getFont().getSize() * 2);
        // Pilot far down its column, past the cards read so far: opening it reads its page (it was not selected at all).
        store.writeAll(r -> {
            for (int i = 0; i < 150; i++) {
                r.deals().insert(new Deal(UUID.randomUUID(), pilot.contactId(), "Newer prospect " + i, Stage.PROSPECT, null, "EUR", null, null,
                        Fixtures.NOW.plus(Duration.ofDays(1)), null, null, null, null, Fixtures.NOW, Fixtures.NOW));
            }
        });
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<com.funnelboard.domain.DealCard> prospects = robot.lookup("#list-prospect")
                .queryAs(javafx.scene.control.ListView.class);
        BoardUiTest.waitUntil(() -> prospects.getItems().size() == 151);
        assertThat(((com.funnelboard.ui.common.PagedList<?>) prospects.getItems()).isLoaded(150)).as("not read yet").isFalse();
        javafx.scene.Node when = robot.lookup("#when-" + later.id()).query();
        robot.interact(() -> javafx.event.Event.fireEvent(when, new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                5, 5, 5, 5, javafx.scene.input.MouseButton.PRIMARY, 2, false, false, false, false, true, false, false, true, false, false,
                null)));
        BoardUiTest.waitUntil(() -> robot.lookup("#page-board").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        BoardUiTest.waitUntil(() -> "Contact of Pilot".equals(robot.lookup("#field-name")
                .queryAs(javafx.scene.control.TextInputControl.class).getText()));
        BoardUiTest.waitUntil(() -> prospects.getSelectionModel().getSelectedItem() != null
                && "Pilot".equals(prospects.getSelectionModel().getSelectedItem().title()));
        assertThat(prospects.getSelectionModel().getSelectedIndex()).isEqualTo(150);
    }

    /**
     * Reminders at start and for a follow-up scheduled elsewhere (the app wakes them from the change
     * feed), Ctrl+Shift+F on a card, the offer after a keyboard move and its Not now, and a move to
     * Lost by the keys. What the move to Lost does to the follow-ups and the offer is asserted in
     * TodayViewModelTest.
     */
    @Test
    void remindersFollowTheFeedAndTheKeysScheduleMoveAndLose(FxRobot robot) {
        MainView view = (MainView) stage.getScene().getRoot();
        ReminderNotifier[] notifier = new ReminderNotifier[1];
        robot.interact(() -> notifier[0] = app.startReminders(view, new DesktopNotifications(false)));
        BoardUiTest.waitUntil(() -> notifier[0].lastToast().startsWith("1 follow-up came due while Funnelboard was closed"));
        assertThat(notifier[0].lastToast()).contains("Pilot");
        assertThat(followUpsOf(pilot.id())).hasSize(3);
        // The toast's Open Today shows every due follow-up and closes it.
        robot.clickOn("#reminder-open-today");
        BoardUiTest.waitUntil(() -> robot.lookup("#page-today").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertThat(notifier[0].lastToast()).isEmpty();
        robot.clickOn("#page-board");
        BoardUiTest.waitUntil(() -> robot.lookup("#page-board").queryAs(javafx.scene.control.ToggleButton.class).isSelected());

        robot.clickOn(BoardUiTest.card(robot, "Stale lead"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#followup-note").tryQuery().isPresent());
        // A date that names no day is said in the dialog, which stays open; words and short dates are read. The keyboard
        // starts in the date, its text selected.
        javafx.scene.control.DatePicker date = robot.lookup("#followup-date").queryAs(javafx.scene.control.DatePicker.class);
        BoardUiTest.waitUntil(() -> date.getEditor().isFocused());
        robot.clickOn("Kind").write("soon");
        assertThat(date.getEditor().getText()).isEqualTo("soon");
        robot.clickOn("#followup-note").write("First call");
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Schedule".equals(b.getText())).queryButton());
        assertThat(robot.lookup("#followup-problem").queryLabeled().getText()).startsWith("Not a date: write it like ");
        robot.interact(() -> Snapshots.save(date.getScene(), "followup-not-a-date"));
        // Escape with a note written asks first (it went without a word); Enter keeps writing, and the note stays.
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        BoardUiTest.waitUntil(() -> robot.lookup("#discard-reason").tryQuery().isPresent());
        robot.interact(() -> Snapshots.save(robot.lookup("#discard-reason").query().getScene(), "followup-discard-question"));
        assertThat(robot.lookup("#discard-reason").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .isEqualTo("No follow-up is scheduled, and the note you wrote and the day and time you chose are not kept.");
        // The filled button with the keyboard on it is framed (in the dark theme it looked the same focused or not).
        Button keepWriting = robot.lookup("#discard-reason-keep").queryButton();
        BoardUiTest.waitUntil(keepWriting::isFocused);
        UiRobot.settle();
        assertThat(keepWriting.getBorder()).isNotNull();
        assertThat(keepWriting.getBorder().getStrokes()).as("a frame while focused").isNotEmpty();
        robot.type(KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> robot.lookup("#discard-reason").tryQuery().isEmpty());
        assertThat(robot.lookup("#followup-note").queryTextInputControl().getText()).isEqualTo("First call");
        // A day that has passed is said before it is taken (it went in silently, overdue at once).
        robot.clickOn(date.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("yesterday");
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Schedule".equals(b.getText())).queryButton());
        BoardUiTest.waitUntil(() -> robot.lookup("#followup-problem").queryLabeled().getText().startsWith("That time has passed"));
        assertThat(store.read(r -> r.followUps().forDeal(stale.id())).size()).isZero();
        robot.clickOn(date.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("+3");
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Schedule".equals(b.getText())).queryButton());
        BoardUiTest.waitUntil(() -> store.read(r -> r.followUps().forDeal(stale.id())).size() == 1);
        assertThat(java.time.LocalDate.ofInstant(store.read(r -> r.followUps().forDeal(stale.id())).getFirst().dueAt(), java.time.ZoneOffset.UTC))
                .as("three days on").isEqualTo(java.time.LocalDate.ofInstant(Fixtures.NOW, java.time.ZoneOffset.UTC).plusDays(3));

        // Not through the Today page: the reminders learn of it from the change feed, not from the view.
        new com.funnelboard.service.FollowUpService(store).schedule(stale.id(), Fixtures.NOW, com.funnelboard.domain.FollowUpKind.CALL,
                "Ring now");
        BoardUiTest.waitUntil(() -> notifier[0].lastToast().startsWith("Follow up now: Stale lead"));
        // Done elsewhere (the Today page, a command): its toast goes at once (it stayed on screen, "Follow up now" over a done one).
        com.funnelboard.domain.FollowUp ring = store.read(r -> r.followUps().forDeal(stale.id())).stream()
                .filter(f -> "Ring now".equals(f.note())).findFirst().orElseThrow();
        new com.funnelboard.service.FollowUpService(store).complete(ring.id());
        BoardUiTest.waitUntil(() -> notifier[0].lastToast().isEmpty());
        new com.funnelboard.service.FollowUpService(store).schedule(stale.id(), Fixtures.NOW, com.funnelboard.domain.FollowUpKind.CALL,
                "Ring now");
        BoardUiTest.waitUntil(() -> notifier[0].lastToast().startsWith("Follow up now: Stale lead"));

        // A deal with a follow-up open is offered no next one after a move; with none open, it is.
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.LEAD).contains("Pilot"));
        com.funnelboard.testing.UiRobot.settle();
        assertThat(robot.lookup("#follow-up-offer").queryButton().isVisible()).as("follow-ups open").isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.PROSPECT).contains("Pilot"));
        com.funnelboard.service.FollowUpService followUps = new com.funnelboard.service.FollowUpService(store);
        followUpsOf(pilot.id()).stream().filter(com.funnelboard.domain.FollowUp::isOpen).forEach(f -> followUps.complete(f.id()));
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT, KeyCode.CONTROL);
        Button offer = robot.lookup("#follow-up-offer").queryButton();
        BoardUiTest.waitUntil(() -> offer.isVisible() && offer.getText().equals("Next follow-up for \u201CPilot\u201D\u2026"));
        // Answered, the offer goes and the keyboard goes back to the cards (it went on to the owner filter).
        robot.clickOn(robot.lookup(".button").match((Button b) -> "Not now".equals(b.getText())).queryButton());
        BoardUiTest.waitUntil(() -> !offer.isVisible());
        BoardUiTest.waitUntil(() -> robot.lookup("#list-lead").query().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.PROSPECT).contains("Pilot"));
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> offer.isVisible());
        // Choosing another card withdraws it: taken then, it would schedule a follow-up on a deal out of sight.
        robot.clickOn(BoardUiTest.card(robot, "Stale lead"));
        BoardUiTest.waitUntil(() -> !offer.isVisible());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.PROSPECT).contains("Pilot"));
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> offer.isVisible());
        // Undoing the move withdraws the offer that followed it.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> !offer.isVisible() && BoardUiTest.titlesIn(robot, Stage.PROSPECT).contains("Pilot"));
        // Redo moves it back again, offering nothing new.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);

        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.LEAD).contains("Pilot"));
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> robot.lookup("#lost-confirm").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<com.funnelboard.domain.LostReason> reason = robot.lookup("#lost-reason")
                .queryAs(javafx.scene.control.ComboBox.class);
        // From the keys: a reason, Enter goes on to the note (it marked the deal lost at once), Ctrl+Enter marks it lost.
        robot.clickOn(reason);
        robot.type(KeyCode.ESCAPE); // the list the click opened
        robot.interact(() -> reason.setValue(com.funnelboard.domain.LostReason.NO_BUDGET));
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#lost-confirm").tryQuery()).as("still open, for the note").isPresent();
        BoardUiTest.waitUntil(() -> robot.lookup("#lost-note").query().isFocused());
        robot.clickOn("#lost-note").write("Budget frozen until Q3");
        assertThat(robot.lookup("#lost-note").queryTextInputControl().getText()).isEqualTo("Budget frozen until Q3");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.LOST).contains("Pilot"));
        assertThat(store.read(r -> r.stageChanges().forDeal(pilot.id())).getLast().lostNote()).isEqualTo("Budget frozen until Q3");
        assertThat(followUpsOf(pilot.id())).hasSize(3).allMatch(f -> !f.isOpen());
        BoardUiTest.waitUntil(() -> "1".equals(badge(robot).getText())); // Stale lead's "Ring now"
        assertThat(offer.isVisible()).as("no offer after a lost move").isFalse();
    }
}
