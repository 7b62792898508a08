package com.funnelboard.ui.board;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageSummary;
import com.funnelboard.ui.common.PagedList;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The state of one board column: its header figures, its cards (paged) and whether it is folded. */
public final class ColumnModel {

    private final Stage stage;
    private final ObjectProperty<StageSummary> summary;
    private final PagedList<DealCard> cards;
    private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed");

    ColumnModel(Stage stage, PagedList<DealCard> cards) {
        this.stage = stage;
        this.cards = cards;
        this.summary = new SimpleObjectProperty<>(this, "summary", StageSummary.empty(stage));
    }

    public Stage stage() {
        return stage;
    }

    public ObjectProperty<StageSummary> summaryProperty() {
        return summary;
    }

    public PagedList<DealCard> cards() {
        return cards;
    }

    public BooleanProperty collapsedProperty() {
        return collapsed;
    }
}
