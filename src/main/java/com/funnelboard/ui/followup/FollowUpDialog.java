package com.funnelboard.ui.followup;

import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.LocalTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
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

/** Asks when, how and why to follow up on a deal: a date, a time (09:00 by default), a kind and a note. */
public final class FollowUpDialog {

    private FollowUpDialog() {}

    /** What was entered. */
    public record Input(Instant due, FollowUpKind kind, String note) {}

    /**
     * @param header what the dialog is about ("Schedule a follow-up for “Pilot”", "Next follow-up?")
     * @param suggested the date and time to start from
     */
    public static Optional<Input> ask(Window owner, String header, ZonedDateTime suggested) {
        Dialog<Input> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Follow-up");
        d.setHeaderText(header);
        DatePicker date = new DatePicker(suggested.toLocalDate());
        date.setId("followup-date");
        TextField time = new TextField(suggested.toLocalTime().withSecond(0).withNano(0).toString());
        time.setId("followup-time");
        time.setPrefColumnCount(6);
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
        problem.setWrapText(true);
        problem.setMaxWidth(320);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label("Date"), date);
        g.addRow(1, new Label("Time"), time);
        g.addRow(2, new Label("Kind"), kind);
        g.addRow(3, new Label("Note"), note);
        g.add(problem, 1, 4);
        d.getDialogPane().setContent(g);
        ButtonType schedule = new ButtonType("Schedule", ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(schedule, skip);
        ZoneId zone = suggested.getZone();
        d.getDialogPane().lookupButton(schedule).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                parse(date.getValue(), time.getText(), zone);
            } catch (IllegalArgumentException invalid) {
                problem.setText(invalid.getMessage());
                e.consume();
            }
        });
        d.setResultConverter(b -> b == schedule ? new Input(parse(date.getValue(), time.getText(), zone), kind.getValue(),
                note.getText()) : null);
        note.requestFocus();
        return d.showAndWait();
    }

    /**
     * The picked date at the typed time ("9:30", "09:30") in {@code zone}.
     *
     * @throws IllegalArgumentException with the sentence to show: no date, not a time, or a time the clocks skip that day
     */
    static Instant parse(LocalDate date, String time, ZoneId zone) {
        if (date == null) {
            throw new IllegalArgumentException("Pick a date");
        }
        String t = time == null ? "" : time.strip();
        LocalTime lt;
        try {
            lt = LocalTime.parse(t.length() == 4 && t.indexOf(':') == 1 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Write the time as 09:30");
        }
        return LocalTimes.toInstant(date.atTime(lt), zone);
    }
}
