package com.funnelboard.ui.qualify;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Closing a deal without a sale: a lost reason is required, and a note with "Other". */
public final class LostDialog extends Dialog<MoveRequest> {

    public static final ButtonType MARK_LOST = new ButtonType("Mark as lost", ButtonBar.ButtonData.OK_DONE);

    public LostDialog(Window owner, QualifyViewModel model) {
        initOwner(owner);
        com.funnelboard.ui.common.SafeWrap.guard(getDialogPane()); // right-to-left text never wrapped, before the first layout
        com.funnelboard.ui.common.ComboTypeAhead.install(getDialogPane());
        setTitle("Mark as lost");
        setHeaderText("Why was \u201C" + model.plan().deal().title() + "\u201D lost?");
        ComboBox<LostReason> reason = new ComboBox<>(FXCollections.observableArrayList(LostReason.values()));
        reason.setId("lost-reason");
        reason.setPromptText("Choose a reason");
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.valueProperty().bindBidirectional(model.lostReasonProperty());
        TextArea note = new TextArea();
        note.setId("lost-note");
        note.setPrefRowCount(3);
        SafeWrap.wrap(note);
        com.funnelboard.ui.common.Nodes.tabLeaves(note);
        note.promptTextProperty().bind(Bindings.when(Bindings.createBooleanBinding(
                        () -> reason.getValue() != null && reason.getValue().needsNote(), reason.valueProperty()))
                .then("Describe the reason (required)")
                .otherwise("Anything worth remembering (optional)"));
        note.textProperty().bindBidirectional(model.lostNoteProperty());
        Label reasonLabel = new Label("Lost reason");
        reasonLabel.getStyleClass().add(Styles.TEXT_BOLD);
        Label noteLabel = new Label("Note");
        noteLabel.getStyleClass().add(Styles.TEXT_BOLD);
        // The day it was lost, today unless told: a rep catching up put every loss on the day it was entered, and the months'
        // win rates read 100 % and 36 %.
        Label dayLabel = new Label("Lost on");
        dayLabel.getStyleClass().add(Styles.TEXT_BOLD);
        javafx.scene.control.DatePicker day = new javafx.scene.control.DatePicker(model.closedOnProperty().get());
        day.setId("lost-day");
        day.setMaxWidth(Double.MAX_VALUE);
        com.funnelboard.ui.common.TypedDates.lenient(day, () -> model.plan().today(), model.locale(), problem -> { });
        day.valueProperty().addListener((o, a, picked) -> {
            model.unreadableDateProperty().set("");
            model.closedOnProperty().set(picked);
        });
        day.getEditor().textProperty().addListener((o, a, text) -> WonDetailsPane.read(day, model, text));
        Label dayProblem = new Label();
        dayProblem.setId("lost-day-problem");
        dayProblem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        dayProblem.textProperty().bind(model.lostDayProblemBinding());
        dayProblem.managedProperty().bind(dayProblem.textProperty().isNotEmpty());
        dayProblem.visibleProperty().bind(dayProblem.textProperty().isNotEmpty());
        VBox content = new VBox(6, reasonLabel, reason, noteLabel, note, dayLabel, day, dayProblem);
        content.setPrefWidth(460);
        content.setPadding(new javafx.geometry.Insets(12, 16, 4, 16));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, MARK_LOST);
        Button ok = (Button) getDialogPane().lookupButton(MARK_LOST);
        ok.setId("lost-confirm");
        ok.getStyleClass().add(Styles.DANGER);
        ok.disableProperty().bind(model.canMoveBinding().not());
        setResultConverter(bt -> bt == MARK_LOST && model.canMoveBinding().get() ? model.toRequest() : null);
        // Enter on the reason takes it and goes on to the note (it pressed Mark as lost, and the note was never written);
        // Ctrl+Enter in the note marks the deal lost, as in the checklist's reason.
        reason.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !reason.isShowing()) {
                e.consume();
                note.requestFocus();
            }
        });
        note.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                ok.fire();
            }
        });
        // Escape or Cancel with a note written asks first, as the checklist's override reason does (it went without a word).
        com.funnelboard.ui.common.DiscardQuestion.guard(this, "Close without moving?", model.lostNoteProperty()::get, "Discard the note",
                "The deal stays where it is, and the note you wrote is not kept.", note);
        setOnShown(e -> reason.requestFocus());
    }
}
