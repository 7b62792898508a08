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
