package com.funnelboard.ui.share;

import com.funnelboard.domain.FieldConflict;
import java.util.List;
import javafx.scene.control.Button;

/** The conflicts view's keep buttons named by the values they keep: "Keep mine: €12,500", "Keep theirs: €15,000", "Keep both". */
public final class ConflictKeepNames {

    private ConflictKeepNames() {}

    /**
     * "Keep mine: €12,500" and "Keep theirs: €15,000" for the row picked; off, with a tooltip, when neither value is mine; "Keep
     * both numbers" shown for a contact's address or number only.
     */
    public static void name(ShareViewModel.Described d, Button mine, Button theirs, Button both) {
        boolean deletion = d != null && d.conflict().deletion();
        // A contact's address or number: each side's can stay in its list (keeping one side's puts the other's in the trash).
        boolean bothStay = d != null && d.conflict().bothCanStay();
        both.setVisible(bothStay);
        both.setDisable(!bothStay);
        if (bothStay) {
            String list = d.conflict().field().equals("email") ? "addresses" : "numbers";
            both.setText("Keep both " + list);
            both.setTooltip(new javafx.scene.control.Tooltip("Keeps every side's " + (list.equals("addresses") ? "address" : "number")
                    + " on the contact, " + (d.conflict().sides().stream().anyMatch(FieldConflict.Side::mine) ? "mine" : "the one shown now")
                    + " first. Keeping mine or theirs puts the other in the trash."));
        }
        int mineAt = -1;
        if (d != null && !deletion) {
            List<FieldConflict.Side> sides = new java.util.ArrayList<>();
            sides.add(d.conflict().current());
            sides.addAll(d.conflict().others());
            for (int i = 0; i < sides.size() && mineAt < 0; i++) {
                mineAt = sides.get(i).mine() ? i : -1;
            }
        }
        // Teammates wrote different values (three people moved one deal, or two teammates' values were relayed here):
        // "Keep theirs…" asks whose. It kept the first of them, and a relayed stage could not be kept at all.
        boolean choose = d != null && !deletion && d.conflict().theirsIsAmbiguous();
        if (choose) {
            theirs.setText("Keep theirs\u2026");
            theirs.setDisable(false);
            theirs.setTooltip(new javafx.scene.control.Tooltip("Teammates wrote different values: choose whose to keep."));
        }
        if (mineAt < 0) {
            mine.setText("Keep mine");
            boolean relayed = d != null && !deletion;
            mine.setDisable(d == null || relayed);
            mine.setTooltip(relayed ? new javafx.scene.control.Tooltip(
                    "Neither value was written on this installation: keep one of the teammates' values, or type another with Edit\u2026.") : null);
            if (!choose) {
                theirs.setText("Keep theirs");
                theirs.setDisable(d == null || relayed);
                theirs.setTooltip(mine.getTooltip());
            }
            return;
        }
        List<String> texts = texts(d);
        String theirsText = texts.get(mineAt == 0 ? 1 : 0);
        mine.setDisable(false);
        String[] named = distinguished(texts.get(mineAt), theirsText);
        mine.setText("Keep mine: " + named[0]);
        mine.setTooltip(new javafx.scene.control.Tooltip(texts.get(mineAt)));
        if (!choose) {
            theirs.setDisable(false);
            theirs.setText("Keep theirs: " + named[1]);
            theirs.setTooltip(new javafx.scene.control.Tooltip(theirsText));
        }
    }

    /** The values as people read them, in the order of {@link FieldConflict#sides()}. */
    static List<String> texts(ShareViewModel.Described d) {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(d.text().current());
        texts.addAll(d.text().others());
        return texts;
    }

    /** What a keep button fits of a value. */
    static final int SHOWN = 22;

    /**
     * Two values as the keep buttons name them, each cut to {@link #SHOWN} characters where they differ:
     * "Renewal – Silver Finance 2027" and "… (3 years)" were both cut to "Renewal – Silver Fina…", the
     * same words on both buttons; now they read "…Finance 2027" and "…Finance (3 years)".
     */
    static String[] distinguished(String a, String b) {
        String x = oneLine(a);
        String y = oneLine(b);
        int common = 0;
        while (common < x.length() && common < y.length() && x.charAt(common) == y.charAt(common)) {
            common++;
        }
        return new String[] {cut(x, common), cut(y, common)};
    }

    private static String oneLine(String value) {
        return value == null || value.isBlank() ? "(empty)" : value.strip().replaceAll("\\s+", " ");
    }

    /** {@code s} in {@link #SHOWN} characters, from the word before its first {@code common} ones end when they would fill them. */
    private static String cut(String s, int common) {
        if (s.length() <= SHOWN) {
            return s;
        }
        int from = 0;
        if (common > SHOWN - 8) {
            int space = s.lastIndexOf(' ', Math.max(0, common - 1));
            from = space > 0 && common - space <= SHOWN - 8 ? space + 1 : Math.max(0, common - 8);
        }
        String t = (from > 0 ? "\u2026" : "") + s.substring(from);
        return t.length() <= SHOWN ? t : t.substring(0, SHOWN - 1) + "\u2026";
    }

}
