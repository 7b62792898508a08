package com.funnelboard.ui.common;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;

/**
 * Letters typed on a list that is not typed into (a deal's source, the kind of a call, a lost reason, an import's field)
 * pick the entry they begin — "r" Referral, "re" again within a second still Referral, "r" once more the next entry
 * with an r —, as in a desktop's own lists: a keyboard user had to arrow through every entry (typing "r" in Source did
 * nothing). Accents and case aside. A table's rows are chosen so by their first column (a contact's name).
 */
public final class ComboTypeAhead {

    private static final Object KEY = ComboTypeAhead.class;
    /** Letters typed closer together than this make one word. */
    private static final long WORD_NANOS = 1_000_000_000L;

    private ComboTypeAhead() {}

    /** Takes letters typed on any such list of the window {@code node} is in (once it is in one). */
    public static void install(Node node) {
        InWindow.once(node, KEY, scene -> install(scene));
    }

    private static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            boolean plain = !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShortcutDown();
            if (scene.getFocusOwner() instanceof ComboBox<?> box && !box.isEditable() && plain && pick(box, e.getCharacter())) {
                e.consume();
            } else if (scene.getFocusOwner() instanceof javafx.scene.control.TableView<?> table && plain && pickRow(table, e.getCharacter())) {
                e.consume();
            }
        });
    }

    /** Chooses the entry {@code typed} (after what was typed within a second) begins; false when it is no letter or digit. */
    static <T> boolean pick(ComboBox<T> box, String typed) {
        if (typed == null || typed.isEmpty() || !Character.isLetterOrDigit(typed.codePointAt(0))) {
            return false;
        }
        long now = System.nanoTime();
        Typed before = box.getProperties().get(KEY) instanceof Typed t && now - t.at() < WORD_NANOS ? t : null;
        String word = fold(before == null ? typed : before.word() + typed);
        boolean again = word.length() > 1 && word.chars().distinct().count() == 1; // "rrr": the next entry with an r each time
        String wanted = again ? word.substring(0, 1) : word;
        box.getProperties().put(KEY, new Typed(word, now));
        List<T> items = box.getItems();
        int at = items.indexOf(box.getValue());
        // The entry shown is kept while the word still begins it; the next one that does otherwise (wrapping round).
        int start = before == null || again ? at + 1 : Math.max(at, 0);
        for (int k = 0; k < items.size(); k++) {
            T item = items.get(Math.floorMod(start + k, items.size()));
            if (fold(shown(box, item)).startsWith(wanted)) {
                box.setValue(item);
                return true;
            }
        }
        return true; // nothing begins so: the letter is still the list's, not the window's
    }

    /**
     * Chooses the row whose first column begins with what was typed (within a second), as a list's entries are chosen: the
     * Contacts page had the keyboard, and typing "ida" did nothing.
     */
    static <T> boolean pickRow(javafx.scene.control.TableView<T> table, String typed) {
        if (typed == null || typed.isEmpty() || !Character.isLetterOrDigit(typed.codePointAt(0)) || table.getVisibleLeafColumns().isEmpty()) {
            return false;
        }
        long now = System.nanoTime();
        Typed before = table.getProperties().get(KEY) instanceof Typed t && now - t.at() < WORD_NANOS ? t : null;
        String word = fold(before == null ? typed : before.word() + typed);
        boolean again = word.length() > 1 && word.chars().distinct().count() == 1;
        String wanted = again ? word.substring(0, 1) : word;
        table.getProperties().put(KEY, new Typed(word, now));
        javafx.scene.control.TableColumn<T, ?> first = table.getVisibleLeafColumns().getFirst();
        List<T> items = table.getItems();
        int at = table.getSelectionModel().getSelectedIndex();
        int start = before == null || again ? at + 1 : Math.max(at, 0);
        for (int k = 0; k < items.size(); k++) {
            int i = Math.floorMod(start + k, items.size());
            Object cell = first.getCellData(items.get(i));
            if (cell != null && fold(cell.toString()).startsWith(wanted)) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(i);
                return true;
            }
        }
        return true;
    }

    private record Typed(String word, long at) {}

    private static <T> String shown(ComboBox<T> box, T item) {
        String s = box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item);
        return s == null ? "" : s;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
