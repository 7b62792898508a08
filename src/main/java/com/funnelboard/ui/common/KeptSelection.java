package com.funnelboard.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/**
 * Shows rows that follow changes in a sortable table whose selection is kept: when the rows are
 * read again (a change elsewhere), the same records stay selected, by id, and that is not taken
 * for the user choosing a row — so a refresh never opens another record nor reloads a form.
 */
public final class KeptSelection {

    private KeptSelection() {}

    /**
     * Makes {@code rows}, sorted by the table's columns, the table's items.
     *
     * @param chosen called when the user selects a row (not when a refresh keeps it selected)
     */
    public static <T> void show(TableView<T> table, ObservableList<T> rows, Function<T, Object> id, Consumer<T> chosen) {
        List<Object> kept = new ArrayList<>();
        boolean[] quiet = {false};
        // Registered before the sorted list, so it runs before the table sees the change ...
        rows.addListener((ListChangeListener<T>) c -> {
            quiet[0] = true;
            kept.clear();
            table.getSelectionModel().getSelectedItems().forEach(t -> kept.add(id.apply(t)));
        });
        SortedList<T> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // ... and this one after it has.
        rows.addListener((ListChangeListener<T>) c -> {
            try {
                table.getSelectionModel().clearSelection();
                for (int i = 0; i < sorted.size(); i++) {
                    if (kept.contains(id.apply(sorted.get(i)))) {
                        table.getSelectionModel().select(i);
                    }
                }
            } finally {
                quiet[0] = false;
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (!quiet[0] && t != null) {
                chosen.accept(t);
            }
        });
    }
}
