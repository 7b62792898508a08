package com.funnelboard.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Table headers that never end in "…": each column is at least as wide as its title. */
public final class Tables {

    /** Room beside the title for the header's padding and the sort arrow. */
    static final double HEADER_ROOM = 42;

    /** The theme's body size (AtlantaFX's Primer uses 14 px, larger than the toolkit's default font). */
    static final double THEME_FONT_SIZE = 14;

    private Tables() {}

    /** Gives every column (nested ones too) a minimum width that shows its whole title. */
    public static <S> TableView<S> headersFit(TableView<S> table) {
        table.getColumns().forEach(Tables::fit);
        table.getColumns().addListener((javafx.collections.ListChangeListener<TableColumn<S, ?>>) c -> table.getColumns().forEach(Tables::fit));
        return table;
    }

    private static void fit(TableColumn<?, ?> column) {
        column.getColumns().forEach(Tables::fit);
        double need = width(column.getText()) + HEADER_ROOM;
        if (column.getMinWidth() < need) {
            column.setMinWidth(need);
        }
        if (column.getPrefWidth() < need) {
            column.setPrefWidth(need);
        }
    }

    /** The width of {@code text} in the default font, bold as table headers are. */
    public static double width(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text t = new Text(text);
        Font base = Font.getDefault();
        t.setFont(Font.font(base.getFamily(), FontWeight.BOLD, Math.max(base.getSize(), THEME_FONT_SIZE) * 1.1));
        return Math.ceil(t.getLayoutBounds().getWidth());
    }
}
