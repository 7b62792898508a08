package com.funnelboard.ui.qualify;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * The question a move's dialog asks when Escape or Cancel would throw away what the user wrote in
 * it (an override reason, a lost note): Enter keeps writing, throwing it away takes a deliberate
 * click (or its Alt key).
 */
final class DiscardQuestion {

    private DiscardQuestion() {}

    /**
     * Asks over {@code dialog} while it closes; consumes the close and gives {@code field} the
     * keyboard back unless the user chose to discard what {@code written} holds (nothing is asked
     * when it is blank, or when the dialog closes with a result).
     */
    static void guard(Dialog<?> dialog, java.util.function.Supplier<String> written, String discardLabel, String sentence,
            javafx.scene.Node field) {
        dialog.setOnCloseRequest(e -> {
            String text = written.get();
            if (dialog.getResult() == null && text != null && !text.isBlank() && !confirmed(dialog, discardLabel, sentence)) {
                e.consume();
                field.requestFocus();
            }
        });
    }

    private static boolean confirmed(Dialog<?> over, String discardLabel, String sentence) {
        ButtonType discard = new ButtonType(discardLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep writing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, sentence, discard, keep);
        com.funnelboard.ui.common.SafeWrap.guard(ask.getDialogPane()); // right-to-left text never wrapped, before the first layout
        ask.initOwner(over.getDialogPane().getScene().getWindow());
        ask.setHeaderText("Close without moving?");
        ask.getDialogPane().setId("discard-reason");
        Button discardButton = (Button) ask.getDialogPane().lookupButton(discard);
        Button keepButton = (Button) ask.getDialogPane().lookupButton(keep);
        discardButton.setDefaultButton(false);
        keepButton.setDefaultButton(true);
        discardButton.setId("discard-reason-confirm");
        keepButton.setId("discard-reason-keep");
        ask.setOnShown(e -> keepButton.requestFocus());
        return ask.showAndWait().filter(discard::equals).isPresent();
    }
}
