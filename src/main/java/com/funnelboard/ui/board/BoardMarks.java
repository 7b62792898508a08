package com.funnelboard.ui.board;

import com.funnelboard.domain.DealCard;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The cards marked for one action on many deals (Ctrl+click, Shift+click, Ctrl+Space), by deal, in the order marked; apart
 * from the one card chosen for the detail pane. Kept while the columns are read again (a mark is the deal's, not the
 * cell's). FX thread only.
 */
public final class BoardMarks {

    private final Map<UUID, DealCard> marked = new LinkedHashMap<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    /** Counts every change, so the cards shown draw their marks again. */
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(this, "version");

    public boolean isMarked(UUID deal) {
        return deal != null && marked.containsKey(deal);
    }

    /** Marks the card, or lets go of its mark. */
    public void toggle(DealCard card) {
        if (marked.remove(card.id()) == null) {
            marked.put(card.id(), card);
        }
        changed();
    }

    /** Marks every card given (a range of a column). */
    public void mark(Collection<DealCard> cards) {
        cards.forEach(c -> marked.putIfAbsent(c.id(), c));
        changed();
    }

    /** Keeps only the marks of these deals (those an action left as they were), letting go of the others. */
    public void keepOnly(Collection<UUID> deals) {
        marked.keySet().retainAll(java.util.Set.copyOf(deals));
        changed();
    }

    public void clear() {
        if (!marked.isEmpty()) {
            marked.clear();
            changed();
        }
    }

    /** The deals marked, in the order marked. */
    public List<UUID> deals() {
        return List.copyOf(marked.keySet());
    }

    /** The cards as they were when marked. */
    public List<DealCard> cards() {
        return List.copyOf(marked.values());
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    private void changed() {
        count.set(marked.size());
        version.set(version.get() + 1);
    }
}
