package com.funnelboard.ui.followup;

import com.funnelboard.domain.FollowUpKind;
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
        TextField note = new TextField();
        note.setId("followup-note");
        note.setPromptText("What to do, such as: send the proposal");
        Label problem = new Label();
        problem.getStyleClass().add("danger");
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
            if (parse(date.getValue(), time.getText(), zone) == null) {
                problem.setText("Write the time as 09:30");
                e.consume();
            }
        });
        d.setResultConverter(b -> b == schedule ? new Input(parse(date.getValue(), time.getText(), zone), kind.getValue(),
                note.getText()) : null);
        note.requestFocus();
        return d.showAndWait();
    }

    static Instant parse(LocalDate date, String time, ZoneId zone) {
        if (date == null || time == null) {
            return null;
        }
        String t = time.strip();
        try {
            LocalTime lt = LocalTime.parse(t.length() == 4 && t.indexOf(':') == 1 ? "0" + t : t);
            return date.atTime(lt).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
