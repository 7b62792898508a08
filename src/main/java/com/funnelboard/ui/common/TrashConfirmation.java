package com.funnelboard.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The one question before a deal, contact or organization goes to the trash: "Move … to the
 * trash?", what goes with it and how it comes back, and a red Delete beside Cancel.
 */
public final class TrashConfirmation {

    private TrashConfirmation() {}

    /** Asks before a deal goes to the trash (the deal pane's Delete, and Delete on a card). */
    public static boolean askForDeal(Window owner, String title) {
        return ask(owner, "Move \u201C" + title + "\u201D to the trash?", DEAL_TEXT, "Delete", 0);
    }

    /**
     * What a deal's delete does, as it does it: its follow-ups and stage history go with it, the calls and notes logged stay on the
     * person's timeline (it said its interactions went with it, and the timeline kept showing them).
     */
    static final String DEAL_TEXT = "Its follow-ups and stage history go with it; the calls, emails and notes logged stay on the "
            + "contact's timeline. It stays in the Trash for 30 days, where Restore brings it back; Ctrl+Z undoes the delete at once.";

    /** What a delete of many deals at once does (the board's marked cards). */
    public static final String DEALS_TEXT = "Their follow-ups and stage history go with them; the calls, emails and notes logged stay on "
            + "the contacts' timelines. They stay in the Trash for 30 days, where Restore brings each back; Ctrl+Z undoes the whole "
            + "delete at once.";

    /** True when the rep chose the delete button, which says {@code deleteLabel} ("Delete", "Delete with its 2 deals"). */
    public static boolean ask(Window owner, String header, String text, String deleteLabel, double minWidth) {
        ButtonType delete = new ButtonType(deleteLabel, ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text, delete, ButtonType.CANCEL);
        com.funnelboard.ui.common.SafeWrap.guard(ask.getDialogPane()); // right-to-left text never wrapped, before the first layout
        ask.setTitle("Move to the trash");
        ask.setHeaderText(header);
        ask.initOwner(owner);
        if (minWidth > 0) {
            ask.getDialogPane().setMinWidth(minWidth);
        }
        // Red, as the link that opened it: the accent blue of a default button said "go ahead" to a deletion.
        Button button = (Button) ask.getDialogPane().lookupButton(delete);
        button.getStyleClass().add(Styles.DANGER);
        button.setId("confirm-delete");
        if (!deleteLabel.equals("Delete")) {
            // A deletion that takes more than the record (a contact "with its deal") waits for the button itself: Enter, on the
            // focused red button, deleted the contact and its deal.
            Button cancel = (Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL);
            button.setDefaultButton(false);
            cancel.setDefaultButton(true);
            ask.setOnShown(e -> javafx.application.Platform.runLater(cancel::requestFocus));
        }
        return ask.showAndWait().filter(delete::equals).isPresent();
    }
}
