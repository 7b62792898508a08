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
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "loaded");

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

    private final ObjectProperty<com.funnelboard.domain.DealSort> sort =
            new SimpleObjectProperty<>(this, "sort", com.funnelboard.domain.DealSort.NEWEST);

    /** The order of this column's cards (its header's Sort menu, or the board's). */
    public ObjectProperty<com.funnelboard.domain.DealSort> sortProperty() {
        return sort;
    }

    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper filtered = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "filtered");

    /** True while the board shows a filter: an empty column then means "nothing matches", not "nothing yet". */
    public javafx.beans.property.ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    void setFiltered(boolean on) {
        filtered.set(on);
    }

    /** False until the column's figures and first cards were read once: until then it shows that it is loading. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    void markLoaded() {
        unreadable.set(false);
        loaded.set(true);
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper unreadable = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "unreadable");

    /** True while the column could not be read even once (the status bar says why and offers Retry). */
    public javafx.beans.property.ReadOnlyBooleanProperty unreadableProperty() {
        return unreadable.getReadOnlyProperty();
    }

    void markUnreadable() {
        if (!loaded.get()) {
            unreadable.set(true);
        }
    }
}
