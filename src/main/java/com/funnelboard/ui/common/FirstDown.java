package com.funnelboard.ui.common;

import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

/**
 * A list or table that takes the keyboard with nothing selected: the first Down selects its first
 * row. JavaFX keeps row 0 as the focused row of an empty selection, so the first Down went on to
 * row 1 and a keyboard user had to know to press Up first.
 */
public final class FirstDown {

    private FirstDown() {}

    public static void install(ListView<?> list) {
        install(list, () -> list.getSelectionModel().isEmpty() && list.getFocusModel() != null, () -> list.getFocusModel().focus(-1));
    }

    public static void install(TableView<?> table) {
        install(table, () -> table.getSelectionModel().isEmpty() && table.getFocusModel() != null, () -> table.getFocusModel().focus(-1));
    }

    private static void install(javafx.scene.control.Control control, java.util.function.BooleanSupplier nothingChosen, Runnable unfocusRow) {
        control.focusedProperty().addListener((o, was, now) -> {
            if (now && nothingChosen.getAsBoolean()) {
                unfocusRow.run();
            }
        });
    }
}
