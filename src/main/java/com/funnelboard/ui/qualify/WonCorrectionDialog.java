package com.funnelboard.ui.qualify;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.WonDetails;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Correcting what a won deal recorded when it was won (a final value mistyped, the signing's day
 * entered late): the move dialog's won details, with what is recorded in them.
 */
public final class WonCorrectionDialog extends Dialog<WonDetails.Entry> {

    public static final ButtonType SAVE = new ButtonType("Save correction", ButtonBar.ButtonData.OK_DONE);

    public WonCorrectionDialog(Window owner, WonCorrectionViewModel model) {
        initOwner(owner);
        com.funnelboard.ui.common.SafeWrap.guard(getDialogPane());
        setTitle("Correct the win");
        setHeaderText("What was \u201C" + model.deal().title() + "\u201D won for, and when?");
        Label said = new Label("The reports count the deal by these; History keeps what they were, and Undo takes the correction back.");
        said.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        com.funnelboard.ui.common.SafeWrap.wrap(said);
        said.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        WonDetailsPane details = new WonDetailsPane(model, model.deal());
        VBox content = new VBox(8, details, said);
        content.setPrefWidth(440);
        content.setPadding(new javafx.geometry.Insets(12, 16, 4, 16));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, SAVE);
        Button ok = (Button) getDialogPane().lookupButton(SAVE);
        ok.setId("won-correction-save");
        ok.disableProperty().bind(model.canSaveBinding().not());
        setResultConverter(bt -> bt == SAVE && model.canSaveBinding().get() ? model.entry() : null);
        setOnShown(e -> details.lookup("#won-final-value").requestFocus());
        // As tall as what it says: a problem shown under a field grows the dialog rather than cutting its last line.
        model.wonProblemsBinding().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
    }
}
