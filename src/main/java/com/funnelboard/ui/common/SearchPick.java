package com.funnelboard.ui.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for one record found by a search: a search field over a list of what it finds (read in the
 * background, an older answer arriving late dropped), the first one chosen once something is typed;
 * the arrows choose while the keyboard stays in the search, Enter or a double-click takes the one chosen.
 */
public final class SearchPick {

    /**
     * What the dialog says and does.
     *
     * @param id the dialog's node ids begin with it: {@code id-search}, {@code id-list}, {@code id-note}
     * @param search the records a text finds (blank: the first ones)
     * @param text how a record reads in the list
     */
    public record Ask<T>(String id, String title, String header, String prompt, String note, String ok,
            Function<String, CompletableFuture<List<T>>> search, Function<T, String> text) {}

    private SearchPick() {}

    public static <T> Optional<T> ask(Window owner, Ask<T> a) {
        Dialog<T> d = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(d.getDialogPane()); // right-to-left text never wrapped, before the first layout
        d.initOwner(owner);
        d.setTitle(a.title());
        d.setHeaderText(a.header());
        TextField search = new TextField();
        search.setId(a.id() + "-search");
        search.setPromptText(a.prompt());
        ListView<T> list = new ListView<>();
        list.setId(a.id() + "-list");
        list.setPrefHeight(280);
        list.setPrefWidth(440);
        list.setPlaceholder(new Label("Nothing matches"));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : a.text().apply(item));
                SafeWrap.wrap(this); // as wide as the list, on two lines where one is too short: no row cut, no sideways scroll bar
                setPrefWidth(0);
            }
        });
        Label note = new Label(a.note());
        note.setId(a.id() + "-note");
        SafeWrap.wrap(note);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setMaxWidth(440);
        d.getDialogPane().setContent(new VBox(8, search, list, note));
        ButtonType take = new ButtonType(a.ok(), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(take, ButtonType.CANCEL);
        Button takeButton = (Button) d.getDialogPane().lookupButton(take);
        takeButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        long[] asked = {0};
        Runnable find = () -> {
            long mine = ++asked[0];
            a.search().apply(search.getText()).thenAccept(found -> {
                if (mine == asked[0]) {
                    list.getItems().setAll(found);
                    // What was searched for is offered first; before anything is typed nothing is chosen, so a reflex Enter takes no one.
                    if (!found.isEmpty() && !search.getText().isBlank()) {
                        list.getSelectionModel().select(0);
                    }
                }
            });
        };
        search.textProperty().addListener((o, was, now) -> find.run());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int at = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (at >= 0 && at < list.getItems().size()) {
                    list.getSelectionModel().select(at);
                    list.scrollTo(at);
                }
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !list.getSelectionModel().isEmpty()) {
                takeButton.fire();
            }
        });
        d.setResultConverter(b -> b == take ? list.getSelectionModel().getSelectedItem() : null);
        d.setOnShown(e -> Platform.runLater(search::requestFocus));
        find.run();
        return d.showAndWait();
    }
}
