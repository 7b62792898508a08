package com.funnelboard.ui.importing;

import com.funnelboard.domain.Stage;
import com.funnelboard.service.importing.ImportResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The import dialog's "Stages in the file": each stage name of the file with its count and the
 * stage it becomes, to choose another, and the user's choices over the common names.
 */
final class StageChoices {

    /** The user's choices for the file's stage names, over the common names. */
    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private final javafx.scene.layout.GridPane stageRows = new javafx.scene.layout.GridPane();
    private final Label stagesTitle = new Label("Stages in the file");
    private final VBox box;
    /** The height of one stage's row (its choice box and the gap below it). */
    private static final double ROW = 40;
    /** Up to four stages show without scrolling; more scroll, rather than growing the dialog past a laptop's screen. */
    private static final int ROWS_SHOWN = 4;
    private final javafx.scene.control.ScrollPane stageScroll = new javafx.scene.control.ScrollPane();
    /** Runs when the user chooses another stage for a name (the dialog reads the file again). */
    private final Runnable changed;
    /** The stage name whose choice was just made from this list: its new choice box takes the focus back. */
    private String chosenLast;

    StageChoices(Runnable changed) {
        this.changed = changed;
        stageRows.setId("import-stages");
        stageRows.setHgap(12);
        stageRows.setVgap(4);
        // A file with many stage names scrolls here rather than growing the dialog past the screen.
        stageScroll.setContent(stageRows);
        stageScroll.setFitToWidth(true);
        stageScroll.setPrefViewportHeight(ROW * 3);
        box = new VBox(4, stagesTitle, stageScroll);
        // Room for a stage name, its count and the choice ("Prospecting  7 deals  →  Lead") without cutting the name short.
        box.setMinWidth(440);
        box.visibleProperty().bind(stagesTitle.visibleProperty());
        box.managedProperty().bind(stagesTitle.managedProperty());
    }

    /** The user's choices by the file's stage name (the map itself, which the choices change). */
    Map<String, Stage> chosen() {
        return stages;
    }

    /** The title and the rows, shown only when the file has stage names. */
    VBox box() {
        return box;
    }

    /** Each stage name of the file with its count and the stage it becomes, to choose another. */
    void show(Map<String, ImportResult.StageCount> found) {
        stageRows.getChildren().clear();
        stagesTitle.setVisible(!found.isEmpty());
        stagesTitle.setManaged(!found.isEmpty());
        int row = 0;
        for (Map.Entry<String, ImportResult.StageCount> e : found.entrySet()) {
            String name = e.getKey();
            ChoiceBox<Stage> to = new ChoiceBox<>(FXCollections.observableArrayList(Stage.values()));
            to.setValue(e.getValue().stage());
            to.setConverter(new StringConverter<>() {
                @Override
                public String toString(Stage st) {
                    return st == null ? "Choose a stage" : st.label();
                }

                @Override
                public Stage fromString(String str) {
                    return null;
                }
            });
            to.setOnAction(ev -> {
                if (to.getValue() != null && to.getValue() != e.getValue().stage()) {
                    stages.put(name, to.getValue());
                    chosenLast = to.isFocused() ? name : null;
                    changed.run();
                }
            });
            Label named = new Label(name);
            named.setTooltip(new javafx.scene.control.Tooltip(name)); // a long name ("Closed Lost – Out-Sold") is cut short here
            Label count = new Label(String.format(Locale.ROOT, "%,d deal%s", e.getValue().count(), e.getValue().count() == 1 ? "" : "s"));
            count.setMinWidth(Region.USE_PREF_SIZE);
            stageRows.addRow(row++, named, count, new Label("→"), to);
            if (name.equals(chosenLast)) {
                // The rows are made again once the file is read again: the keyboard stays on the choice just made (it went to Close).
                chosenLast = null;
                javafx.application.Platform.runLater(to::requestFocus);
            }
        }
        stageScroll.setPrefViewportHeight(ROW * Math.max(1, Math.min(found.size(), ROWS_SHOWN)));
    }
}
