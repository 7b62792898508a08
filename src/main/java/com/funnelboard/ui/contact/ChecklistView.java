package com.funnelboard.ui.contact;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.checklist.ItemResult;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The next gate's checklist in the Deals tab: each item, whether it holds, and for a derived one its
 * evidence, one under the other at their full height. The pane scrolls, never the checklist: as a
 * list of its own it was a box of four rows with a scroll bar inside the pane's.
 */
public final class ChecklistView extends VBox {

    private final ObservableList<ItemResult> items;

    ChecklistView(ObservableList<ItemResult> items) {
        super(0);
        this.items = items;
        getStyleClass().add("checklist");
        items.addListener((ListChangeListener<ItemResult>) c -> show());
        show();
    }

    /** The items shown, in order. */
    public ObservableList<ItemResult> getItems() {
        return items;
    }

    private void show() {
        getChildren().setAll(items.stream().map(ChecklistView::row).toList());
    }

    private static Region row(ItemResult r) {
        FontIcon mark = new FontIcon(r.holds() ? Feather.CHECK_CIRCLE : Feather.CIRCLE);
        mark.getStyleClass().add(r.holds() ? "holds" : r.item().required() ? "unmet" : "open");
        Label text = new Label(r.item().text() + (r.item().required() ? "" : " (optional)"), mark);
        text.setGraphicTextGap(8);
        String kind = r.item().isDerived() ? "derived" : "checked when moving";
        Label detail = new Label(r.evidence() != null ? kind + " · " + r.evidence() : kind);
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "checklist-detail");
        for (Label l : new Label[] {text, detail}) {
            SafeWrap.wrap(l);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        VBox row = new VBox(2, text, detail);
        row.getStyleClass().add("checklist-item");
        row.setAccessibleText((r.holds() ? "holds: " : "open: ") + r.item().text());
        return row;
    }
}
