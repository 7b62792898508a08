package com.funnelboard.ui.common;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A dialog's form of labelled fields, one a row, each with its problem under it once the field was
 * left or the form's action was pressed ({@link #touch}): a field is not marked while it is first
 * being typed.
 */
public final class FieldForm {

    private final GridPane grid = new GridPane();
    private final Set<String> touched = new HashSet<>();
    private final List<Runnable> refreshers = new ArrayList<>();
    private final ObservableValue<Map<String, String>> problems;
    private final String idPrefix;
    private int row;

    /**
     * @param idPrefix what each field's id starts with ("lead-" gives "lead-email", its problem "problem-email")
     * @param problems the problem of each field that has one, by key
     */
    public FieldForm(String idPrefix, ObservableValue<Map<String, String>> problems) {
        this.idPrefix = idPrefix;
        this.problems = problems;
        grid.setHgap(12);
        grid.setVgap(2);
        grid.setPadding(new javafx.geometry.Insets(12, 16, 4, 16));
        ColumnConstraints labels = new ColumnConstraints();
        // As wide as the longest label at any text size ("Organizati…" at 125 % in a column of 110 px).
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(300);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    public GridPane node() {
        return grid;
    }

    /** A text field bound both ways to {@code property}, marked once it is left. */
    public TextField text(String key, String label, String prompt, StringProperty property) {
        TextField field = new TextField();
        field.setId(idPrefix + key);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                touch(List.of(key));
            }
        });
        add(key, label, field);
        return field;
    }

    /**
     * A row: the label and the field, with the field's problem under it ({@code key} null: a field
     * with none). Returns the box of the field and its problem, where a note about it can go.
     */
    public VBox add(String key, String label, Node field) {
        Label l = new Label(label);
        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        SafeWrap.wrap(problem); // the whole sentence, its example at its end ("Write it like 12,500.50"), never cut with "…"
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setMaxWidth(360);
        if (key != null) {
            fields.putIfAbsent(key, field);
            problem.setId("problem-" + key);
            Runnable refresh = () -> show(key, field, problem);
            refreshers.add(refresh);
            problems.addListener((o, a, p) -> refresh.run());
            refresh.run();
        }
        VBox box = new VBox(2, field, problem);
        grid.add(l, 0, row);
        grid.add(box, 1, row);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        l.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        row++;
        return box;
    }

    /** Marks these fields: their problems show from now on. */
    public void touch(Collection<String> keys) {
        touched.addAll(keys);
        refresh();
    }

    /** Marks every field that has a problem now (the form's action was pressed). */
    public void touchAll() {
        touch(problems.getValue().keySet());
    }

    /** The fields by their keys, in the form's order. */
    private final Map<String, Node> fields = new java.util.LinkedHashMap<>();

    /**
     * Puts the keyboard in the form's first field with a problem (the form's action was refused): it stayed where it was,
     * the contact's name, while the problem was further down.
     */
    public void focusFirstProblem() {
        Map<String, String> now = problems.getValue();
        fields.entrySet().stream().filter(e -> now.containsKey(e.getKey())).findFirst().ifPresent(e -> {
            e.getValue().requestFocus();
            if (e.getValue() instanceof javafx.scene.control.TextInputControl t) {
                t.end();
            }
        });
    }

    /** Forgets which fields were left: none is marked until it is left again. */
    public void untouch() {
        touched.clear();
        refresh();
    }

    private void refresh() {
        refreshers.forEach(Runnable::run);
    }

    private void show(String key, Node field, Label problem) {
        String p = touched.contains(key) ? problems.getValue().get(key) : null;
        problem.setText(p == null ? "" : p);
        problem.setVisible(p != null);
        problem.setManaged(p != null);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, p != null);
    }
}
