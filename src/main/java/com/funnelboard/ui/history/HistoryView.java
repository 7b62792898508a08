package com.funnelboard.ui.history;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.service.HistorySentences;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The History tab's list: each change set as a headline, its field changes, and who and when. */
public final class HistoryView extends VBox {

    public HistoryView(HistoryViewModel model) {
        super(6);
        setId("history");
        ListView<HistorySentences.Entry> list = new ListView<>(model.entries());
        com.funnelboard.ui.common.FirstDown.install(list);
        list.setId("history-list");
        list.setPlaceholder(new Label("No recorded changes yet."));
        list.setCellFactory(l -> new EntryCell(l));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().add(list);
    }

    /** The room a vertical scroll bar takes. */
    static final double SCROLL_BAR = 16;

    private static final class EntryCell extends ListCell<HistorySentences.Entry> {
        private final Label headline = new Label();
        private final Label details = new Label();
        private final Label byline = new Label();
        private final VBox box = new VBox(2, headline, details, byline);

        EntryCell(ListView<HistorySentences.Entry> list) {
            headline.getStyleClass().add(Styles.TEXT_BOLD);
            SafeWrap.wrap(headline);
            SafeWrap.wrap(details);
            // Each line wraps onto as many lines as it needs: a headline or a field change is never cut with "…".
            headline.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            details.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            headline.setMaxWidth(Double.MAX_VALUE);
            details.setMaxWidth(Double.MAX_VALUE);
            byline.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            // Wrapped too: "… · from the command line (interactions add)" was cut at the pane's edge.
            SafeWrap.wrap(byline);
            byline.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            byline.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
            box.setPadding(new javafx.geometry.Insets(3, 0, 7, 0)); // a little air between change sets
            // The width the lines wrap at is the list's less room for its scroll bar whether or not it shows: the list
            // measures each cell's height once, and a scroll bar appearing later would wrap a line more than measured,
            // drawing the cell's last line under the next one.
            box.prefWidthProperty().bind(list.widthProperty().subtract(24 + SCROLL_BAR));
            box.maxWidthProperty().bind(box.prefWidthProperty());
            setPrefWidth(0);
        }

        /** As tall as its lines wrapped at that width: a graphic asked for its height without a width would count each unwrapped. */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + box.prefHeight(box.getPrefWidth()) + snappedBottomInset();
        }

        @Override
        protected void updateItem(HistorySentences.Entry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            headline.setText(e.headline());
            details.setText(String.join("\n", e.details()));
            details.setVisible(!e.details().isEmpty());
            details.setManaged(!e.details().isEmpty());
            byline.setText(e.byline());
            setGraphic(box);
        }
    }
}
