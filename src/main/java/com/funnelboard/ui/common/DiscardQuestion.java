package com.funnelboard.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * The question a dialog asks when Escape or Cancel would throw away what the user wrote or chose in
 * it (a move's override reason, ticks and final value, a lost note; a follow-up's note and time):
 * Enter keeps writing, throwing it away takes a deliberate click (or its Alt key).
 */
public final class DiscardQuestion {

    private DiscardQuestion() {}

    /**
     * Asks over {@code dialog} while it closes ({@code header}: "Close without moving?"); consumes the close and gives {@code field} the
     * keyboard back unless the user chose to discard what {@code written} holds (nothing is asked
     * when it is blank, or when the dialog closes with a result).
     */
    public static void guard(Dialog<?> dialog, String header, java.util.function.Supplier<String> written, String discardLabel, String sentence,
            javafx.scene.Node field) {
        guard(dialog, header, written, text -> discardLabel, text -> "Keep writing", text -> sentence, field);
    }

    /**
     * As above, the button and the sentence made from what would be thrown away ({@code unkept}: null or blank for nothing, else
     * words such as "the reason you wrote and the items you ticked"; see {@link #keepLabel}).
     */
    public static void guard(Dialog<?> dialog, String header, java.util.function.Supplier<String> unkept,
            java.util.function.UnaryOperator<String> discardLabel, java.util.function.UnaryOperator<String> sentence, javafx.scene.Node field) {
        guard(dialog, header, unkept, discardLabel, DiscardQuestion::keepLabel, sentence, field);
    }

    private static void guard(Dialog<?> dialog, String header, java.util.function.Supplier<String> unkept,
            java.util.function.UnaryOperator<String> discardLabel, java.util.function.UnaryOperator<String> keepLabel,
            java.util.function.UnaryOperator<String> sentence, javafx.scene.Node field) {
        dialog.setOnCloseRequest(e -> {
            String text = unkept.get();
            if (dialog.getResult() == null && text != null && !text.isBlank()
                    && !confirmed(dialog, header, discardLabel.apply(text), keepLabel.apply(text), sentence.apply(text))) {
                e.consume();
                if (field.isVisible()) {
                    field.requestFocus();
                }
            }
        });
    }

    /**
     * "Keep writing" where something written would be thrown away ("the reason you wrote", "the note you wrote"), else "Go back":
     * ticked items alone were asked about with "Keep writing", though nothing was being written.
     */
    static String keepLabel(String unkept) {
        return unkept.contains("you wrote") ? "Keep writing" : "Go back";
    }

    private static boolean confirmed(Dialog<?> over, String header, String discardLabel, String keepLabel, String sentence) {
        ButtonType discard = new ButtonType(discardLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(keepLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, sentence, discard, keep);
        com.funnelboard.ui.common.SafeWrap.guard(ask.getDialogPane()); // right-to-left text never wrapped, before the first layout
        ask.initOwner(over.getDialogPane().getScene().getWindow());
        ask.setHeaderText(header);
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
