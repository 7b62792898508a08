package com.funnelboard.ui.report;

import com.funnelboard.domain.OverriddenMove;
import com.funnelboard.domain.Person;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * The period's moves that went past a failing checklist, all of them, in a table: when, the deal, the move, who, the reason
 * written and the required items that did not hold. The page's figure counted them and its tooltip named the latest eight; the
 * rest were on the command line only ({@code report overrides}).
 */
final class OverridesDialog {

    private OverridesDialog() {}

    /** One row's cells, as shown. */
    record Row(String when, String deal, String move, String by, String reason, String unmet) {}

    static List<Row> rows(List<OverriddenMove> moves, Locale locale, ZoneId zone) {
        com.funnelboard.ui.common.Formats formats = com.funnelboard.ui.common.Formats.of(locale, zone);
        return moves.stream().map(m -> new Row(formats.dateTime(m.at()), m.title(),
                (m.from() == null ? "" : m.from().label() + " \u2192 ") + m.to().label(), m.by() == null ? "" : Person.nameOf(m.by()), m.reason(),
                String.join("; ", m.unmet()))).toList();
    }

    static void show(Window owner, List<OverriddenMove> moves, Locale locale, ZoneId zone, String period) {
        TableView<Row> table = new TableView<>(javafx.collections.FXCollections.observableArrayList(rows(moves, locale, zone)));
        table.setId("overrides-table");
        table.getColumns().add(column("When", Row::when, 175));
        table.getColumns().add(column("Deal", Row::deal, 200));
        table.getColumns().add(column("Move", Row::move, 160));
        table.getColumns().add(column("By", Row::by, 130));
        table.getColumns().add(column("Reason", Row::reason, 220));
        table.getColumns().add(column("Not met", Row::unmet, 220));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(1000, 420);
        Dialog<Void> d = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(d.getDialogPane());
        d.initOwner(owner);
        d.setTitle("Checklists overridden");
        d.setHeaderText(String.format(locale, "%,d %s past a failing checklist, %s, newest first", moves.size(), moves.size() == 1 ? "move" : "moves",
                period));
        d.getDialogPane().setContent(table);
        d.getDialogPane().setPrefWidth(1040); // the table's six columns read whole at 1,366 px (it opened 600 px wide)
        d.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.setResizable(true);
        d.show();
    }

    private static TableColumn<Row, String> column(String name, java.util.function.Function<Row, String> cell, double width) {
        TableColumn<Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(cell.apply(f.getValue())));
        c.setPrefWidth(width);
        // A reason or a list of items cut at the column's edge is whole in its tooltip.
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                javafx.scene.control.Tooltip whole = empty || text == null || text.isBlank() ? null : new javafx.scene.control.Tooltip(text);
                if (whole != null) {
                    whole.setWrapText(true); // a reason of 400 characters ran off the screen on one line
                    whole.setMaxWidth(480);
                }
                setTooltip(whole);
            }
        });
        return c;
    }
}
