package com.funnelboard.ui.contact;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.checklist.ItemResult;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** An item of the next gate's checklist: whether it holds, and for a derived one its evidence. */
final class ChecklistCell extends ListCell<ItemResult> {

    private final FontIcon mark = new FontIcon();
    private final Label text = new Label();
    private final Label detail = new Label();
    private final VBox box = new VBox(2, text, detail);

    /** The list's width the item's words do not get: its border, the cell's padding, a scroll bar and a margin. */
    static final double WRAP_MARGIN = 40;

    ChecklistCell() {
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        detail.setWrapText(true);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        setGraphicTextGap(8);
        setPrefWidth(0); // follow the list's width, so long items wrap instead of scrolling sideways
        // A cell asks its graphic for its height without a width, so a wrapping label would say one line and be cut
        // ("Decision-making authority, or the …"): the label's own width is the list's, and its height follows from it.
        listViewProperty().addListener((o, a, list) -> {
            for (Label l : new Label[] {text, detail}) {
                if (list == null) {
                    l.prefWidthProperty().unbind();
                } else {
                    l.prefWidthProperty().bind(list.widthProperty().subtract(WRAP_MARGIN));
                }
            }
        });
    }

    @Override
    protected void updateItem(ItemResult r, boolean empty) {
        super.updateItem(r, empty);
        if (empty || r == null) {
            setGraphic(null);
            return;
        }
        mark.setIconCode(r.holds() ? Feather.CHECK_CIRCLE : Feather.CIRCLE);
        mark.getStyleClass().setAll("ikonli-font-icon", r.holds() ? "holds" : r.item().required() ? "unmet" : "open");
        text.setText(r.item().text() + (r.item().required() ? "" : " (optional)"));
        String kind = r.item().isDerived() ? "derived" : "checked when moving";
        detail.setText(r.evidence() != null ? kind + " · " + r.evidence() : kind);
        text.setGraphic(mark);
        setGraphic(box);
        setText(null);
        setAccessibleText((r.holds() ? "holds: " : "open: ") + r.item().text());
    }
}
