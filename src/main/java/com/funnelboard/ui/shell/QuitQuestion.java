package com.funnelboard.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The question before the window closes on typing that could not be written (the database busy in
 * another program, the disk full): it closed without a word, and the typing was gone.
 */
public final class QuitQuestion {

    /** The answer that keeps the window open; the default, so Enter and Escape keep what was typed. */
    static final ButtonType KEEP_OPEN = new ButtonType("Keep the window open", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType QUIT = new ButtonType("Quit without it", ButtonBar.ButtonData.OK_DONE);

    private QuitQuestion() {}

    /** True when the user chose to quit and lose what the detail pane could not save. */
    public static boolean quitAnyway(Window owner) {
        Alert ask = new Alert(Alert.AlertType.WARNING, "What you typed last is still in the detail pane, and only there: the database "
                + "may be busy in another program, or its disk full. Keep the window open and save it again (Retry in the status bar, or "
                + "type on), or quit and lose it.", KEEP_OPEN, QUIT);
        com.funnelboard.ui.common.SafeWrap.guard(ask.getDialogPane()); // right-to-left text never wrapped, before the first layout
        ask.setTitle("Not saved");
        ask.setHeaderText("Your last edit could not be saved");
        ask.initOwner(owner);
        Button keep = (Button) ask.getDialogPane().lookupButton(KEEP_OPEN);
        keep.setDefaultButton(true);
        Button quit = (Button) ask.getDialogPane().lookupButton(QUIT);
        quit.setDefaultButton(false);
        quit.getStyleClass().add(Styles.DANGER);
        quit.setId("quit-without-saving");
        return ask.showAndWait().filter(QUIT::equals).isPresent();
    }
}
