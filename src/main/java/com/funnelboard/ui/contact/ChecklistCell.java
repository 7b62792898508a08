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

    ChecklistCell() {
        text.setWrapText(true);
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        setGraphicTextGap(8);
        setPrefWidth(0); // follow the list's width, so long items wrap instead of scrolling sideways
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
