package com.funnelboard.ui.share;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * Edit… of a conflict over a long text (a deal's or a contact's notes): every side's text in one field of several lines,
 * the value shown now first, to be made into the one to keep. A field of one line held the value shown now alone, and the
 * teammate's had to be read from the command line.
 */
final class ConflictTextDialog {

    private ConflictTextDialog() {}

    /** Whether a value of the conflict is too long for its cell or holds several lines (a deal's or a contact's notes). */
    static boolean isLong(ShareViewModel.Described d) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(d.text().current()), d.text().others().stream())
                .anyMatch(v -> v != null && (v.length() > 60 || v.indexOf('\n') >= 0));
    }

    /**
     * Each side's whole text headed by whose it is, shown under the table, side by side: the table's cells cut both notes to
     * "Katrin:…400 V vorhanden".
     */
    static java.util.List<String> sides(ShareViewModel.Described d, java.util.function.Function<com.funnelboard.domain.FieldConflict.Side, String> byline) {
        java.util.List<com.funnelboard.domain.FieldConflict.Side> sides = d.conflict().sides();
        java.util.List<String> values = new java.util.ArrayList<>(java.util.List.of(d.text().current()));
        values.addAll(d.text().others());
        java.util.List<String> said = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(sides.size(), values.size()); i++) {
            said.add((i == 0 ? "Now" : "Other") + " \u2014 " + byline.apply(sides.get(i)) + ":\n" + values.get(i));
        }
        return said;
    }

    /** The text every side's value starts with in the field, written out (empty: a side that holds none is left out). */
    static String both(ShareViewModel.Described d) {
        StringBuilder text = new StringBuilder(d.text().current() == null ? "" : d.text().current().strip());
        for (String other : d.text().others()) {
            String o = other == null ? "" : other.strip();
            if (!o.isEmpty() && !o.equals(text.toString())) {
                text.append(text.isEmpty() ? "" : "\n\n").append(o);
            }
        }
        return text.toString();
    }

    /** Asks for the text to keep; empty when cancelled. */
    static Optional<String> ask(Window owner, ShareViewModel.Described d) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Resolve the conflict");
        dialog.setHeaderText(d.text().field() + " of " + d.conflict().label() + ": both texts are below, the one shown now first. "
                + "Make them into the one to keep.");
        TextArea area = new TextArea(both(d));
        area.setId("conflict-text");
        area.setPrefRowCount(12);
        area.setPrefColumnCount(60);
        com.funnelboard.ui.common.SafeWrap.wrap(area);
        dialog.getDialogPane().setContent(area);
        ButtonType keep = new ButtonType("Keep this text", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(keep, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == keep ? area.getText() : null);
        javafx.application.Platform.runLater(area::requestFocus);
        return dialog.showAndWait();
    }
}
