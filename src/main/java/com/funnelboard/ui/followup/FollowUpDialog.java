package com.funnelboard.ui.followup;

import com.funnelboard.ui.common.SafeWrap;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.LocalTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks when, how and why to follow up on a deal: a date, a time (nine in the morning by default,
 * written in the locale's clock as everywhere in the window: "9:00 AM", "09:00"), a kind and a
 * note; or, to snooze one, only when. The date reads what people type ("tomorrow", "tuesday",
 * "12/8"), the time either clock ("14:30", "2:30 pm"), and a problem shows in the dialog, which
 * stays open.
 */
public final class FollowUpDialog {

    private FollowUpDialog() {}

    /** What was entered. */
    public record Input(Instant due, FollowUpKind kind, String note) {}

    /**
     * Schedules a follow-up.
     *
     * @param header what the dialog is about ("Schedule a follow-up for “Pilot”", "Next follow-up?")
     * @param suggested the date and time to start from
     * @param now the clock's time: the day words count from
     * @param locale the window's: how dates and times are written and read
     */
    public static Optional<Input> ask(Window owner, String header, ZonedDateTime suggested, Instant now, java.util.Locale locale) {
        return show(owner, header, suggested, now, null, locale, false);
    }

    /** Snoozes a follow-up: only when, which must be later than {@code now}. */
    public static Optional<Input> snooze(Window owner, String header, ZonedDateTime suggested, Instant now, java.util.Locale locale) {
        return snooze(owner, header, suggested, now, null, locale);
    }

    /**
     * As {@link #snooze(Window, String, ZonedDateTime, Instant, java.util.Locale)} for a follow-up due
     * at {@code dueNow} (null: not known): a time before it would not put it off, and is said so.
     */
    public static Optional<Input> snooze(Window owner, String header, ZonedDateTime suggested, Instant now, Instant dueNow,
            java.util.Locale locale) {
        return show(owner, header, suggested, now, dueNow, locale, true);
    }

    private static Optional<Input> show(Window owner, String header, ZonedDateTime suggested, Instant now, Instant dueNow, java.util.Locale locale,
            boolean snoozing) {
        ZoneId zone = suggested.getZone();
        java.util.function.Supplier<LocalDate> today = () -> LocalDate.ofInstant(now, zone);
        Dialog<Input> d = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(d.getDialogPane()); // right-to-left text never wrapped, before the first layout
        com.funnelboard.ui.common.ComboTypeAhead.install(d.getDialogPane());
        d.initOwner(owner);
        d.setTitle(snoozing ? "Snooze" : "Follow-up");
        d.setHeaderText(header);
        DatePicker date = new DatePicker(suggested.toLocalDate());
        date.setId("followup-date");
        date.setEditable(true);
        TextField time = new TextField(com.funnelboard.ui.common.Formats.of(locale, zone).time(suggested.toLocalTime()));
        time.setId("followup-time");
        time.setPrefColumnCount(8); // "10:30 AM" in full
        ComboBox<FollowUpKind> kind = new ComboBox<>();
        kind.setId("followup-kind");
        kind.getItems().setAll(FollowUpKind.values());
        kind.setValue(FollowUpKind.CALL);
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(FollowUpKind k) {
                return k == null ? "" : com.funnelboard.ui.common.Formats.label(k);
            }

            @Override
            public FollowUpKind fromString(String s) {
                return FollowUpKind.parse(s).orElse(null);
            }
        });
        TextField note = new TextField();
        note.setId("followup-note");
        note.setPromptText("What to do, such as: send the proposal");
        note.setPrefColumnCount(28); // the hint in full, and room for a sentence
        Label problem = new Label();
        problem.setId("followup-problem");
        problem.getStyleClass().add("danger");
        SafeWrap.wrap(problem);
        problem.setMaxWidth(320);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // its lines in full, never cut with "…"
        com.funnelboard.ui.common.TypedDates.lenient(date, today, locale, problem::setText);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, label("Date"), date);
        g.addRow(1, label("Time"), time);
        if (!snoozing) {
            g.addRow(2, label("Kind"), kind);
            g.addRow(3, label("Note"), note);
        }
        g.add(problem, 1, 4);
        d.getDialogPane().setContent(g);
        ButtonType confirm = new ButtonType(snoozing ? "Snooze" : "Schedule", ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(snoozing ? "Cancel" : "Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(confirm, skip);
        java.util.function.Supplier<Instant> due = () -> parse(com.funnelboard.ui.common.TypedDates.typed(date, today, locale)
                .orElseThrow(() -> new IllegalArgumentException(problem.getText().isBlank() ? "Pick a date" : problem.getText())),
                time.getText(), zone, locale);
        Instant[] warned = {null};
        d.getDialogPane().lookupButton(confirm).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                Instant at = due.get();
                if (!snoozing && !at.isAfter(now) && !at.equals(warned[0])) {
                    // Said once, then taken: a call noted after the fact is a follow-up too (a day typed wrong went in silently,
                    // overdue at once, its reminder popping up as the dialog closed).
                    warned[0] = at;
                    throw new IllegalArgumentException("That time has passed: the follow-up will be overdue at once. " + confirm.getText()
                            + " again to keep it, or pick a later day.");
                }
                if (snoozing && !at.isAfter(now)) {
                    throw new IllegalArgumentException("Snooze until a time in the future");
                }
                if (snoozing && dueNow != null && !at.isAfter(dueNow)) {
                    throw new IllegalArgumentException("It is due later already: a snooze puts it off, so pick a time after "
                            + com.funnelboard.ui.common.Formats.of(locale, zone).weekdayTime(dueNow.atZone(zone)));
                }
            } catch (IllegalArgumentException invalid) {
                problem.setText(invalid.getMessage());
                e.consume(); // the dialog stays open with what was chosen
            }
        });
        d.setResultConverter(b -> b == confirm ? new Input(due.get(), kind.getValue(), note.getText()) : null);
        if (!snoozing) {
            // Escape or Cancel with a note written, or another day or time chosen, asks first: they went without a word.
            String dayShown = date.getEditor().getText();
            String timeShown = time.getText();
            com.funnelboard.ui.common.DiscardQuestion.guard(d, "Close without scheduling?", () -> {
                List<String> chosen = new java.util.ArrayList<>();
                if (com.funnelboard.domain.PlainText.hasVisible(note.getText())) {
                    chosen.add("the note you wrote");
                }
                if (!date.getEditor().getText().equals(dayShown) || !time.getText().equals(timeShown)) {
                    chosen.add("the day and time you chose");
                }
                return chosen.isEmpty() ? null : String.join(" and ", chosen);
            }, chosen -> chosen.equals("the note you wrote") ? "Discard the note" : "Discard them",
                    chosen -> "No follow-up is scheduled, and " + chosen + (chosen.contains(" and ") || chosen.startsWith("the day") ? " are" : " is")
                            + " not kept.", note);
        }
        com.funnelboard.ui.common.DialogFit.follow(d); // a problem's lines grow the dialog: its buttons stay in sight
        // The keyboard starts in the date, its text selected: "wednesday" typed at once replaces the suggested day (the
        // focus asked before the dialog showed went to its default button, so what was typed was lost and Enter kept the
        // suggestion).
        d.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            date.getEditor().requestFocus();
            date.getEditor().selectAll();
        }));
        return d.showAndWait();
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Time", never "Ti…"
        return l;
    }

    /**
     * The picked date at the typed time ("9:30 AM", "09:30", "2:30 pm": see {@link com.funnelboard.ui.common.TypedTimes}) in {@code zone}.
     *
     * @throws IllegalArgumentException with the sentence to show: no date, not a time, or a time the clocks skip that day
     */
    static Instant parse(LocalDate date, String time, ZoneId zone, java.util.Locale locale) {
        if (date == null) {
            throw new IllegalArgumentException("Pick a date");
        }
        LocalTime lt = com.funnelboard.ui.common.TypedTimes.read(time, locale)
                .orElseThrow(() -> new IllegalArgumentException(com.funnelboard.ui.common.TypedTimes.notATime(locale)));
        return LocalTimes.toInstant(date.atTime(lt), zone);
    }
}
