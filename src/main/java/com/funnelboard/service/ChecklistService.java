package com.funnelboard.service;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.PlainText;
import com.funnelboard.domain.TextLimits;
import com.funnelboard.domain.Validation;
import com.funnelboard.domain.checklist.ChecklistItem;
import com.funnelboard.domain.checklist.Gate;
import com.funnelboard.store.Repositories;
import com.funnelboard.store.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Editing the qualification checklists (File → Checklists…, {@code checklists}): add an item to a gate,
 * reword it, make it required or optional, order it, remove it. Each edit is one recorded change set
 * (in History, undoable, shared with the team), and every move checks the checklist as it is when the
 * move is written. Items answered by the data (an inbound interaction, a buying signal, a value, a close
 * date) can be reworded, made optional or removed; new items are ticked by the user.
 */
public final class ChecklistService {

    /** The field name a refusal names for the item's text. */
    public static final String TEXT = "text";
    /** The field name a refusal names for the item asked for. */
    public static final String ITEM = "item";

    private final Store store;

    public ChecklistService(Store store) {
        this.store = store;
    }

    /** Every gate's items, in the path's order and each list's. */
    public Map<Gate, List<ChecklistItem>> all() {
        return store.read(r -> {
            Map<Gate, List<ChecklistItem>> out = new LinkedHashMap<>();
            Gate.ALL.forEach(g -> out.put(g, r.checklists().forGate(g)));
            return out;
        });
    }

    /** Adds an item the user ticks at the end of {@code gate}'s list. */
    public ChecklistItem add(Gate gate, String text, boolean required) {
        String t = checkedText(text);
        return store.write(ChangeOrigin.USER, "Added \u201C" + t + "\u201D to the " + gate.label() + " checklist", r -> {
            requireNew(r, gate, t, null);
            return r.checklists().add(gate, t, required);
        });
    }

    /** An item of the same words on the same gate is refused: two rows alike in the move's checklist said nothing more. */
    private static void requireNew(Repositories r, Gate gate, String text, java.util.UUID except) {
        // The same words, also written otherwise: another case, more spaces, a full stop or an exclamation mark at the end
        // ("Champion identified." and "champion  IDENTIFIED!" stood beside "Champion identified").
        if (r.checklists().forGate(gate).stream().anyMatch(i -> !i.id().equals(except) && sameWords(i.text(), text))) {
            throw new InvalidInputException(TEXT, "\u201C" + text + "\u201D is on the " + gate.label() + " checklist already");
        }
    }

    /** Whether two items' texts say the same words: case, runs of spaces and the punctuation at the end aside. */
    static boolean sameWords(String a, String b) {
        return words(a).equals(words(b));
    }

    private static String words(String text) {
        return text.strip().replaceAll("[\\s\\p{Z}]+", " ").replaceAll("[\\p{Punct}\\u2026\\s]+$", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Rewords an item and makes it required or optional; null leaves either as it is.
     *
     * @return the item as it now is
     */
    public ChecklistItem edit(String idOrCode, String text, Boolean required) {
        String t = text == null ? null : checkedText(text);
        ChecklistItem before = find(idOrCode);
        if (t != null && before.isDerived() && !t.equals(before.text())) {
            // Its words say what the data checks: "Customer signed the NDA" over "Deal value estimated" held for any deal with a value.
            throw new InvalidInputException(TEXT, "\u201C" + before.text() + "\u201D is answered by the data (" + before.rule().hint()
                    + " answers it): its words are not edited; remove it, or make it optional, and add an item of your own");
        }
        if (t != null && before.code().equals(MovePlan.FITS_PROFILE) && !t.equals(before.text())) {
            // Shown with how the deal compares with the ideal customer profile: "Reference call done — industry unknown, company
            // size unknown" read as if the call were unknown.
            throw new InvalidInputException(TEXT, "\u201C" + before.text() + "\u201D is shown with how the deal compares with the ideal "
                    + "customer profile (File \u2192 Scoring\u2026): its words are not edited; remove it, or make it optional, and add an "
                    + "item of your own");
        }
        String summary = t != null && !t.equals(before.text()) ? "Reworded the checklist item \u201C" + before.text() + "\u201D"
                : required != null ? "Made \u201C" + before.text() + "\u201D " + (required ? "required" : "optional") : "Edited a checklist item";
        return store.write(ChangeOrigin.USER, summary, r -> {
            ChecklistItem item = found(r, idOrCode);
            if (t != null) {
                requireNew(r, item.gate(), t, item.id());
            }
            r.checklists().edit(item.id(), t, required);
            return found(r, item.id().toString());
        });
    }

    /** Takes an item off its gate's list (kept in the history of the moves it was answered in). */
    public ChecklistItem remove(String idOrCode) {
        ChecklistItem item = find(idOrCode);
        return store.write(ChangeOrigin.USER, "Removed \u201C" + item.text() + "\u201D from the " + item.gate().label() + " checklist", r -> {
            ChecklistItem now = found(r, idOrCode);
            r.checklists().remove(now.id());
            return now;
        });
    }

    /**
     * Moves an item one place up ({@code -1}) or down ({@code +1}) its gate's list.
     *
     * @return false, writing nothing, when it is at that end already
     */
    public boolean move(String idOrCode, int direction) {
        ChecklistItem item = find(idOrCode);
        return store.write(ChangeOrigin.USER, "Moved \u201C" + item.text() + "\u201D " + (direction < 0 ? "up" : "down") + " the "
                + item.gate().label() + " checklist", r -> r.checklists().move(found(r, idOrCode).id(), direction));
    }

    /** A live item by its id or code. */
    public ChecklistItem find(String idOrCode) {
        return store.read(r -> found(r, idOrCode));
    }

    private static ChecklistItem found(Repositories r, String idOrCode) {
        return r.checklists().find(idOrCode).orElseThrow(() -> new InvalidInputException(ITEM, "There is no checklist item "
                + com.funnelboard.domain.Printable.escape(idOrCode == null ? "" : idOrCode.strip()) + " (see `checklists list`)"));
    }

    /** An item's text: one line, with a word in it (a letter or a digit: "-" or "..." is no item), of a title's length at most. */
    private static String checkedText(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.codePoints().anyMatch(Character::isLetterOrDigit)) {
            throw new InvalidInputException(TEXT, "An item needs a text: what must hold before the move");
        }
        // Checked as typed, so that a character that hides or reorders text is refused, as in a deal's title, not dropped unsaid.
        Validation.requiredText(t, "The item's text", TextLimits.NAME).ifPresent(problem -> {
            throw new InvalidInputException(TEXT, problem);
        });
        return PlainText.oneLine(t).strip();
    }
}
