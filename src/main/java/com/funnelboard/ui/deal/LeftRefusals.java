package com.funnelboard.ui.deal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window's status bar was told of deals left with typing the rules refused ("Not saved in “Pilot”: …"), until each
 * is saved: then the sentence is taken back (it stood on through later edits, beside the form's "All changes saved").
 */
final class LeftRefusals {

    /** The sentences said, by deal, until that deal is saved. */
    private final Map<UUID, String> said = new HashMap<>();
    private final ReadOnlyStringWrapper settled = new ReadOnlyStringWrapper(this, "settled", "");

    /** The sentence to say of deal {@code id} ({@code title}) left with typing refused for {@code why}; kept until it is saved. */
    String say(UUID id, String title, java.util.Collection<String> why) {
        String sentence = "Not saved in \u201C" + title + "\u201D: " + String.join("; ", why) + " What you typed waits there to be corrected.";
        said.put(id, sentence);
        return sentence;
    }

    /** Deal {@code id} was saved: what was said of it, if anything, is settled. */
    void saved(UUID id) {
        String sentence = said.remove(id);
        if (sentence != null) {
            settled.set("");
            settled.set(sentence);
        }
    }

    /**
     * A sentence said of a deal left with refused typing, once that deal is saved: the window's status takes it back if it
     * still says it.
     */
    ReadOnlyStringProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }
}
