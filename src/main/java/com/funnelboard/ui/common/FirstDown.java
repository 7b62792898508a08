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

    public static <T> void install(ListView<T> list) {
        java.util.function.BooleanSupplier nothingChosen = () -> list.getSelectionModel().isEmpty() && list.getFocusModel() != null;
        install(list, nothingChosen, () -> list.getFocusModel().focus(-1));
        // A board column takes the keyboard at the start, before its cards arrive; JavaFX focuses row 0 when they do, and
        // the first Down chose the second card.
        Runnable unfocusRow = () -> {
            if (list.isFocused() && nothingChosen.getAsBoolean()) {
                javafx.application.Platform.runLater(() -> {
                    if (nothingChosen.getAsBoolean()) {
                        list.getFocusModel().focus(-1);
                    }
                });
            }
        };
        javafx.collections.ListChangeListener<T> arrived = c -> unfocusRow.run();
        if (list.getItems() != null) {
            list.getItems().addListener(arrived);
        }
        list.itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(arrived);
            }
            if (now != null) {
                now.addListener(arrived);
            }
            unfocusRow.run();
        });
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
