package com.funnelboard.ui.importing;

import com.funnelboard.domain.importing.ImportField;
import com.funnelboard.service.importing.CsvImport;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The import dialog's preview table: the file's first rows as they will be imported, each column
 * headed by its header and a field to choose for it, and the user's choices by header.
 */
final class ColumnChoices {

    /** The width of a column's field choice (a long name is cut short in it, never in its list). */
    static final double FIELD_WIDTH = 190;

    private final Map<String, ImportField> columns = new LinkedHashMap<>();
    private final TableView<String[]> table = new TableView<>();
    /** Runs when the user chooses another field for a column (the dialog reads the file again). */
    private final Runnable changed;

    ColumnChoices(Runnable changed) {
        this.changed = changed;
        table.setId("import-preview");
        table.setPrefHeight(260);
        // An empty or unreadable file: said in words, not the table's own "No columns in table".
        table.setPlaceholder(new javafx.scene.control.Label("No rows to show: the file holds none that could be read."));
    }

    /** The user's choices by the file's header (the map itself, which the choices change). */
    Map<String, ImportField> chosen() {
        return columns;
    }

    TableView<String[]> table() {
        return table;
    }

    /** The preview's columns, each with the field it is read into, and its rows. */
    void show(CsvImport.Preview p) {
        table.getColumns().clear();
        for (int i = 0; i < p.headers().size(); i++) {
            int column = i;
            String header = p.headers().get(i);
            ComboBox<ImportField> field = new ComboBox<>(FXCollections.observableArrayList(ImportField.values()));
            field.setValue(p.mapping().get(i));
            // As wide as its longest field's name would make every column some 320 pixels: four or five
            // columns side by side, the list opening as wide as its names.
            field.setPrefWidth(FIELD_WIDTH);
            field.getStyleClass().add("import-field");
            field.setConverter(new StringConverter<>() {
                @Override
                public String toString(ImportField f) {
                    return f == null ? "" : f.label();
                }

                @Override
                public ImportField fromString(String s) {
                    return java.util.Arrays.stream(ImportField.values()).filter(f -> f.label().equals(s)).findFirst()
                            .orElse(ImportField.parse(s).orElse(ImportField.IGNORE));
                }
            });
            field.setOnAction(e -> {
                columns.put(header, field.getValue());
                changed.run();
            });
            TableColumn<String[], String> col = new TableColumn<>();
            col.setGraphic(new VBox(2, new Label(header), field));
            col.setCellValueFactory(r -> new ReadOnlyStringWrapper(column < r.getValue().length ? r.getValue()[column] : ""));
            col.setSortable(false);
            table.getColumns().add(col);
        }
        table.setItems(FXCollections.observableArrayList(p.values()));
    }
}
