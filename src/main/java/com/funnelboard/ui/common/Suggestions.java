package com.funnelboard.ui.common;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;

/**
 * A list of suggestions under a text field, as the user types: Down and Up choose one, Enter or a
 * click takes it into the field, Escape closes the list (and only the list). The field keeps the
 * keyboard throughout: the list is a popup that never takes the focus, so typing goes on.
 */
public final class Suggestions {

    /** At most this many rows show before the list scrolls. */
    private static final int ROWS = 8;

    private final TextField field;
    private final ObservableList<String> items;
    private final ListView<String> list = new ListView<>();
    private final Popup popup = new Popup();
    /** The suggestion last taken: the list stays closed while the field holds it. */
    private String taken;

    private Suggestions(TextField field, ObservableList<String> items) {
        this.field = field;
        this.items = items;
        list.setItems(items);
        list.setFocusTraversable(false);
        // A list floating over the form: framed, and flat as every popup here is (see PopupsAreFlatTest: without a compositing
        // window manager a shadow's margin shows as a white frame, glaring in the dark theme).
        list.setStyle("-fx-border-color: -color-border-default;");
        list.getStyleClass().addAll("suggestions", atlantafx.base.theme.Styles.DENSE);
        list.setId(field.getId() == null ? null : field.getId() + "-suggestions");
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false); // Escape is the field's (below): it closes the list, not the dialog
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                take(list.getSelectionModel().getSelectedItem());
            }
        });
        items.addListener((ListChangeListener<String>) c -> update());
        field.focusedProperty().addListener((o, was, now) -> update());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Shows {@code items} under {@code field} whenever it has the focus and they are not empty. */
    public static Suggestions attach(TextField field, ObservableList<String> items) {
        return new Suggestions(field, items);
    }

    /** Whether the list shows now. */
    public boolean showing() {
        return popup.isShowing();
    }

    private void update() {
        if (items.isEmpty() || !field.isFocused() || field.getText().equals(taken) || field.getScene() == null || field.getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        list.getSelectionModel().clearSelection();
        list.setPrefWidth(Math.max(field.getWidth(), 200));
        list.setFixedCellSize(rowHeight());
        list.setPrefHeight(Math.min(items.size(), ROWS) * rowHeight() + 4);
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b == null) {
                return;
            }
            popup.show(field, b.getMinX(), b.getMaxY());
        }
    }

    private double rowHeight() {
        double font = field.getFont() == null ? 13 : field.getFont().getSize();
        return Math.ceil(font * 2.3);
    }

    private void key(KeyEvent e) {
        if (!popup.isShowing()) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        if (e.getCode() == KeyCode.DOWN) {
            list.getSelectionModel().select(Math.min(at + 1, items.size() - 1));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
            e.consume();
        } else if (e.getCode() == KeyCode.UP) {
            if (at > 0) {
                list.getSelectionModel().select(at - 1);
                list.scrollTo(at - 1);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && at >= 0) {
            take(items.get(at));
            e.consume(); // a suggestion taken, not the dialog's default button
        } else if (e.getCode() == KeyCode.ESCAPE) {
            popup.hide();
            e.consume();
        }
    }

    private void take(String value) {
        taken = value;
        field.setText(value);
        field.positionCaret(value.length());
        popup.hide();
    }
}
