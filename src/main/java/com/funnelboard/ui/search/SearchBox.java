package com.funnelboard.ui.search;

import com.funnelboard.domain.SearchHit;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The search box over the window (Edit → Find…, Ctrl+F or Ctrl+K): a field and the results grouped
 * under headings, the matched words in bold. Up and Down move, Enter opens, Escape closes.
 */
public final class SearchBox {

    static final double WIDTH = 560;

    private final SearchViewModel model;
    private final Popup popup = new Popup();
    private final TextField field = new TextField();
    private final ListView<SearchViewModel.Row> list = new ListView<>();

    public SearchBox(SearchViewModel model) {
        this.model = model;
        field.setId("search-field");
        com.funnelboard.ui.common.SaveAsYouType.undoToWindowWhenEmpty(field);
        field.setPromptText("Find deals, contacts, organizations, notes…");
        field.textProperty().bindBidirectional(model.textProperty());
        FontIcon icon = new FontIcon(Feather.SEARCH);
        Label hint = new Label();
        hint.getStyleClass().add("text-muted");
        hint.textProperty().bind(model.messageProperty());
        hint.visibleProperty().bind(model.messageProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        list.setId("search-results");
        list.setItems(model.rows());
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new RowCell());
        list.setPrefHeight(360);
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.rows()));
        list.managedProperty().bind(list.visibleProperty());
        model.selectedProperty().addListener((o, was, now) -> {
            int i = now.intValue();
            if (i >= 0) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 1));
            } else {
                list.getSelectionModel().clearSelection();
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            int i = now.intValue();
            // A click on "See all … →" chooses it too: the click opened the hit chosen before it (the first contact).
            if (i >= 0 && i < model.rows().size() && (model.rows().get(i) instanceof SearchViewModel.Hit
                    || model.rows().get(i) instanceof SearchViewModel.ShowAll)) {
                model.selectedProperty().set(i);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 1 && model.openSelected()) {
                hide();
            }
        });
        // The arrows go through the hits before the field sees them: the field's own Up put the caret at the start of the
        // text, so "cz" typed after Down and Up made "czkowal", which found nothing.
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                model.move(e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (model.openSelected()) {
                    hide();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(8, icon, field);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(8, top, hint, list);
        box.setId("search-box");
        box.setPadding(new Insets(10));
        box.setPrefWidth(WIDTH);
        box.getStyleClass().add("search-box");
        // Flat and square, as every popup (see funnelboard.css): a shadow needs a compositing window manager.
        box.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default;");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    /** Shows the box centred near the top of {@code owner}'s window, the field focused and its text selected. */
    public void show(Node owner) {
        Window window = owner.getScene().getWindow();
        if (popup.getScene().getStylesheets().isEmpty()) {
            popup.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Bounds b = owner.localToScreen(owner.getLayoutBounds());
        double x = b.getMinX() + Math.max(0, (b.getWidth() - WIDTH) / 2);
        double y = b.getMinY() + 70;
        popup.show(window, x, y);
        field.requestFocus();
        field.selectAll();
    }

    public void hide() {
        popup.hide();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    /** A heading, or a hit: its title with the matches in bold, its detail, and the matching passage of its text. */
    private static final class RowCell extends ListCell<SearchViewModel.Row> {
        RowCell() {
            setAlignment(javafx.geometry.Pos.CENTER_LEFT); // a hit's lines in the middle of its row, not at its top
        }

        @Override
        protected void updateItem(SearchViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setDisable(false);
            getStyleClass().remove("search-heading");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row instanceof SearchViewModel.Heading h) {
                Label l = new Label(h.text());
                if (h.found() > h.shown() || h.more()) {
                    // The box shows the best few of each kind: more words narrow it; `funnelboard search` lists them all.
                    l.setTooltip(new javafx.scene.control.Tooltip("The best " + h.shown() + " are shown: type more of a word, or another "
                            + "word, to narrow the search."));
                }
                l.setStyle("-fx-font-size: 0.85em; -fx-font-weight: bold; -fx-text-fill: -color-fg-muted;");
                setGraphic(l);
                setDisable(true);
                getStyleClass().add("search-heading");
                return;
            }
            if (row instanceof SearchViewModel.ShowAll all) {
                Label l = new Label(all.label() + " \u2192");
                l.setStyle("-fx-text-fill: -color-accent-fg;");
                l.setPadding(new Insets(0, 0, 0, 8));
                setGraphic(l);
                return;
            }
            SearchHit hit = ((SearchViewModel.Hit) row).hit();
            boolean detailed = hit.detail() != null && !hit.detail().isBlank();
            VBox cell;
            javafx.scene.layout.Region title;
            if (!com.funnelboard.ui.common.SafeWrap.canWrap(hit.title() + (detailed ? hit.detail() : "") + hit.snippet())) {
                // Right-to-left text cannot wrap in JavaFX (see SafeWrap: a Hebrew contact froze the whole window):
                // one line each, cut with "…", the matches not in bold.
                Label plain = new Label(hit.title() + (detailed ? "  \u00b7 " + hit.detail() : ""));
                title = plain;
                cell = new VBox(2, plain);
                if (!hit.snippet().isEmpty()) {
                    Label snippet = new Label(hit.snippet());
                    snippet.setStyle("-fx-font-size: 0.9em;");
                    snippet.setMaxWidth(WIDTH - 60);
                    cell.getChildren().add(snippet);
                }
            } else {
                TextFlow flow = marked(hit.title(), hit.titleMatches());
                if (detailed) {
                    Text detail = new Text("  \u00b7 " + hit.detail());
                    detail.setStyle("-fx-fill: -color-fg-muted;");
                    flow.getChildren().add(detail);
                }
                title = flow;
                cell = new VBox(2, flow);
                if (!hit.snippet().isEmpty()) {
                    TextFlow snippet = marked(hit.snippet(), hit.snippetMatches());
                    snippet.setStyle("-fx-font-size: 0.9em;");
                    cell.getChildren().add(snippet);
                }
            }
            cell.setPadding(new Insets(0, 0, 0, 8));
            cell.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            cell.setMaxWidth(WIDTH - 60);
            title.setMaxWidth(WIDTH - 60);
            setGraphic(cell);
        }

        /** The text as runs, the matched ones bold. */
        static TextFlow marked(String text, List<SearchHit.Highlight> matches) {
            TextFlow flow = new TextFlow();
            int at = 0;
            for (SearchHit.Highlight m : matches) {
                if (m.start() > at) {
                    flow.getChildren().add(styled(text.substring(at, m.start()), false));
                }
                flow.getChildren().add(styled(text.substring(m.start(), Math.min(text.length(), m.end())), true));
                at = Math.min(text.length(), m.end());
            }
            if (at < text.length()) {
                flow.getChildren().add(styled(text.substring(at), false));
            }
            return flow;
        }

        private static Text styled(String s, boolean bold) {
            Text t = new Text(s);
            t.getStyleClass().add(bold ? "search-match" : "search-text");
            t.setStyle("-fx-fill: -color-fg-default;" + (bold ? " -fx-font-weight: bold;" : ""));
            return t;
        }
    }
}
