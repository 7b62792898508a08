package com.funnelboard.ui.shell;

import atlantafx.base.theme.Styles;
import com.funnelboard.ui.board.BoardViewModel;
import com.funnelboard.ui.common.LazyTooltip;
import com.funnelboard.ui.followup.FollowUpPrompts;
import java.util.function.BooleanSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's status bar: the problems, what was just done (one line, whole in its tooltip), Redo, the
 * offer of a next follow-up, a background job's progress with Cancel, and the database's name.
 */
final class StatusBar {

    private StatusBar() {
    }

    /**
     * @param onBoard whether the board is the page shown (a withdrawn offer gives the keyboard back to its cards)
     * @param focusCards puts the keyboard on the board's cards
     */
    static HBox of(ShellViewModel shell, BoardViewModel boardModel, FollowUpPrompts prompts, UndoViewModel undo, Label db,
            ProgressBar progress, Button cancel, BooleanSupplier onBoard, Runnable focusCards) {
        Label status = new Label();
        // One line, whatever it quotes: an override reason typed over five lines grew the bar to five and squeezed the board.
        status.textProperty().bind(boardModel.statusProperty().map(t -> t.strip().replaceAll("\\s*\\R\\s*", " ")));
        status.setId("status");
        // Beside a problem in the status bar, what was just done keeps room to be read ("Mer…" was all it kept),
        // and the whole of either is in its tooltip.
        status.minWidthProperty().bind(javafx.beans.binding.Bindings.when(status.textProperty().isEmpty()).then(0.0).otherwise(240.0));
        LazyTooltip.install(status, status::getText);
        progress.setVisible(false);
        progress.setPrefWidth(220);
        cancel.setVisible(false);
        // Hidden, they take no room: with no job running, their 300 pixels cut the status and the follow-up offer short
        // ("Ctrl+Z takes it b…", "Next follow-up for “Data migration – Atlas Moto…") beside an empty stretch of the bar.
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button offer = new Button();
        offer.setId("follow-up-offer");
        offer.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        offer.setGraphic(new FontIcon(Feather.BELL));
        Button dismiss = new Button("Not now");
        dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        dismiss.setOnAction(e -> prompts.dismissOffer());
        offer.setOnAction(e -> prompts.takeOffer());
        offer.textProperty().bind(prompts.offerProperty().map(o -> o.text()).orElse(""));
        offer.visibleProperty().bind(prompts.offerProperty().isNotNull());
        offer.managedProperty().bind(offer.visibleProperty());
        // Taken or dismissed, the offer goes: the keyboard it had goes back to the cards, not on to the owner filter.
        offer.visibleProperty().addListener((o, was, shown) -> {
            if (!shown && (offer.isFocused() || dismiss.isFocused()) && onBoard.getAsBoolean()) {
                javafx.application.Platform.runLater(focusCards);
            }
        });
        dismiss.visibleProperty().bind(offer.visibleProperty());
        dismiss.managedProperty().bind(offer.visibleProperty());
        Button redo = new Button("Redo");
        redo.setId("redo");
        redo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
        redo.setFocusTraversable(false);
        redo.setOnAction(e -> undo.redo());
        redo.visibleProperty().bind(undo.redoOfferedProperty());
        boardModel.statusProperty().addListener((o, was, now) -> {
            undo.statusSaid(now);
            prompts.statusSaid(now);
        });
        redo.managedProperty().bind(redo.visibleProperty());
        db.getStyleClass().add(Styles.TEXT_SMALL);
        db.setMinWidth(Region.USE_PREF_SIZE);
        // The actions beside the status are never cut ("Not n…"): the status's own sentence gives way first (its whole is
        // in its tooltip), then the offer's question, which keeps its start and shows whole in its tooltip.
        for (Button action : java.util.List.of(redo, dismiss, cancel)) {
            action.setMinWidth(Region.USE_PREF_SIZE);
        }
        offer.setMinWidth(160);
        LazyTooltip.install(offer, offer::getText);
        HBox statusBar = new HBox(10, new com.funnelboard.ui.common.ProblemBar(shell.problems()), status, redo, offer, dismiss, gap,
                progress, cancel, db);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("status-bar");
        return statusBar;
    }
}
