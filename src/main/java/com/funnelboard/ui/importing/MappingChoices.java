package com.funnelboard.ui.importing;

import com.funnelboard.domain.importing.ImportField;
import com.funnelboard.service.importing.CsvImport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The import dialog's saved column choices: the ones saved by name on this installation (the next
 * export of the same program maps itself), and Save as… for the columns as they are now — the
 * same mappings {@code import csv --save-mapping NAME} saves and {@code --mapping NAME} uses.
 */
final class MappingChoices {

    private final ImportViewModel model;
    private final ComboBox<String> saved = new ComboBox<>();
    private final Button save = new Button("Save as\u2026");
    private final HBox box;
    private final Consumer<String> said;
    /** The columns as the preview shows them now, header by header (the file's choices and the user's). */
    private Map<String, ImportField> shown = Map.of();

    /**
     * @param use takes a saved mapping's choices, header by header (the dialog reads the file again)
     * @param said what was done or went wrong, in a sentence under the form
     */
    MappingChoices(ImportViewModel model, Window owner, Consumer<Map<String, ImportField>> use, Consumer<String> said) {
        this.model = model;
        this.said = said;
        saved.setId("import-mapping");
        saved.setPromptText("Choose…");
        saved.setOnAction(e -> {
            String name = saved.getValue();
            if (name != null && !name.isBlank()) {
                model.mapping(name).whenComplete((columns, failed) -> {
                    if (failed != null) {
                        said.accept("The column choices \u201C" + name + "\u201D could not be read: " + failed.getMessage());
                    } else {
                        use.accept(columns);
                    }
                });
            }
        });
        saved.setPrefWidth(190);
        saved.setMinWidth(120);
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.setId("import-mapping-save");
        save.setOnAction(e -> askAndSave(owner));
        Label label = new Label("Saved columns:");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box = new HBox(8, label, saved, save);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setVisible(model.savesMappings());
        box.setManaged(model.savesMappings());
        if (model.savesMappings()) {
            reloadNames();
        }
    }

    HBox box() {
        return box;
    }

    /** The columns the preview now shows, to be saved as they are. */
    void show(CsvImport.Preview p) {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        for (int i = 0; i < p.headers().size() && i < p.mapping().size(); i++) {
            columns.put(p.headers().get(i), p.mapping().get(i));
        }
        shown = columns;
    }

    private void reloadNames() {
        model.mappingNames().whenComplete((names, failed) -> {
            saved.getItems().setAll(failed == null ? names : List.of());
            if (failed != null) {
                said.accept("The saved column choices could not be read: " + failed.getMessage());
            }
        });
    }

    private void askAndSave(Window owner) {
        TextInputDialog ask = new TextInputDialog(saved.getValue() == null ? "" : saved.getValue());
        ask.initOwner(owner);
        ask.setTitle("Save the column choices");
        ask.setHeaderText("A name for these column choices (the program the file comes from, say)");
        ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(name -> model.saveMapping(name, shown)
                .whenComplete((ok, failed) -> {
                    said.accept(failed == null ? "Saved the column choices as \u201C" + name + "\u201D." : "The column choices were not saved: "
                            + failed.getMessage());
                    reloadNames();
                    saved.setValue(name);
                }));
    }
}
