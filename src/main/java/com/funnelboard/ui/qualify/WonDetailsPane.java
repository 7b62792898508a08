package com.funnelboard.ui.qualify;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.WonDetails;
import java.time.LocalDate;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The part of the move dialog that a move to Won adds: the final value (the deal's value suggested,
 * written in the user's locale) and the close date (today suggested), each with its problem shown
 * below it as it is typed.
 */
final class WonDetailsPane extends VBox {

    private final WonDetailsModel model;
    private final Label valueProblem = problemLabel("won-final-value-problem");
    private final Label dateProblem = problemLabel("won-close-date-problem");

    WonDetailsPane(WonDetailsModel model, Deal deal) {
        super(6);
        this.model = model;
        getStyleClass().add("won-details");

        TextField value = new TextField();
        value.setId("won-final-value");
        value.setPromptText(deal.value() == null ? "What did it close at?" : deal.value().formatAmount(model.locale()));
        value.textProperty().bindBidirectional(model.finalValueProperty());
        Label currency = new Label(deal.currency());
        currency.getStyleClass().add(Styles.TEXT_MUTED);
        HBox.setHgrow(value, Priority.ALWAYS);
        HBox valueRow = new HBox(8, value, currency);
        valueRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label estimate = new Label(deal.value() == null ? "No value was estimated." : "Estimated: " + deal.value().format(model.locale()));
        estimate.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        DatePicker date = new DatePicker(model.closedOnProperty().get());
        date.setId("won-close-date");
        date.setMaxWidth(Double.MAX_VALUE);
        // Read as the follow-up dialog reads its date ("today", "12/8"); this form says its problem itself, through its model.
        com.funnelboard.ui.common.TypedDates.lenient(date, model::today, model.locale(), problem -> { });
        date.valueProperty().addListener((o, a, picked) -> {
            model.unreadableDateProperty().set("");
            model.closedOnProperty().set(picked);
        });
        // What is typed counts at once, not only once Enter or leaving the field commits it.
        date.getEditor().textProperty().addListener((o, a, text) -> read(date, model, text));

        Label heading = new Label("Won details");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        addRow(grid, 0, "Final value", new VBox(2, valueRow, estimate, valueProblem));
        addRow(grid, 1, "Close date", new VBox(2, date, dateProblem));
        getChildren().addAll(heading, grid);
        setPadding(new Insets(4, 0, 0, 0));

        model.wonProblemsBinding().addListener((o, a, problems) -> show(problems));
        show(model.wonProblemsBinding().get());
    }

    /** What is typed in a move's day field counts at once, as the day or as the sentence saying it names none. */
    static void read(DatePicker date, WonDetailsModel model, String text) {
        if (text == null || text.isBlank()) {
            model.unreadableDateProperty().set("");
            model.closedOnProperty().set(null);
            return;
        }
        java.util.Optional<LocalDate> day = com.funnelboard.ui.common.TypedDates.typed(date, model::today, model.locale());
        model.unreadableDateProperty().set(day.isPresent() ? "" : com.funnelboard.ui.common.TypedDates.notADay(date, model.today(),
                com.funnelboard.domain.DateWords.word(model.locale(), 0, "today")));
        day.ifPresent(model.closedOnProperty()::set);
    }

    private static void addRow(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        l.setPadding(new Insets(6, 0, 0, 0));
        GridPane.setValignment(l, VPos.TOP);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
    }

    private void show(Map<String, String> problems) {
        show(valueProblem, problems.get(WonDetails.FINAL_VALUE));
        show(dateProblem, problems.get(WonDetails.CLOSE_DATE));
    }

    private static void show(Label label, String problem) {
        label.setText(problem == null ? "" : problem);
        label.setVisible(problem != null);
        label.setManaged(problem != null);
    }

    private static Label problemLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        SafeWrap.wrap(l);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // on the lines it needs ("… it can be tomorro…" was cut)
        return l;
    }
}
