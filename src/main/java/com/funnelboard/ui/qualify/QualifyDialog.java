package com.funnelboard.ui.qualify;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.checklist.ChecklistEvaluation;
import com.funnelboard.domain.checklist.Gate;
import com.funnelboard.domain.checklist.ItemResult;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The qualification checklist of a forward move: derived items with their evidence, checked items
 * as check boxes, required ones marked; for a move to Won also the final value and the close date.
 * Move is enabled only when every required item holds (Override… asks for a written reason instead)
 * and the won details are valid. Cancel changes nothing.
 */
public final class QualifyDialog extends Dialog<MoveRequest> {

    public static final ButtonType MOVE = new ButtonType("Move", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType OVERRIDE = new ButtonType("Override…", ButtonBar.ButtonData.LEFT);

    private final QualifyViewModel model;
    private final VBox rows = new VBox(6);

    public QualifyDialog(Window owner, QualifyViewModel model) {
        this.model = model;
        initOwner(owner);
        com.funnelboard.ui.common.SafeWrap.guard(getDialogPane()); // right-to-left text never wrapped, before the first layout
        var plan = model.plan();
        setTitle("Qualify: " + plan.deal().title());
        setHeaderText("Move \u201C" + plan.deal().title() + "\u201D from " + plan.transition().from().label() + " to "
                + plan.transition().to().label());

        Label summary = new Label();
        summary.getStyleClass().add("qualify-summary");
        // On two lines where it must: with larger text it was cut to "Meet the rest, or …", the override it names out of sight.
        com.funnelboard.ui.common.SafeWrap.wrap(summary);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(Bindings.createStringBinding(() -> summaryText(model.evaluationProperty().get()),
                model.evaluationProperty()));

        TextArea reason = new TextArea();
        reason.setId("override-reason");
        reason.setPromptText("Why move on without meeting the checklist? (kept with the deal's history)");
        reason.setPrefRowCount(3);
        SafeWrap.wrap(reason);
        com.funnelboard.ui.common.Nodes.tabLeaves(reason);
        reason.textProperty().bindBidirectional(model.overrideReasonProperty());
        Label reasonLabel = new Label("Override reason");
        reasonLabel.getStyleClass().add(Styles.TEXT_BOLD);
        // A mark is no reason: said under the field while it is one, where Move stayed grey without a word.
        Label reasonShort = new Label("A reason says why in words: at least " + com.funnelboard.domain.OverrideReasons.LEAST + " letters.");
        reasonShort.setId("override-reason-short");
        reasonShort.getStyleClass().add(Styles.TEXT_MUTED);
        reasonShort.visibleProperty().bind(Bindings.createBooleanBinding(() -> tooShort(model.overrideReasonProperty().get()),
                model.overrideReasonProperty()));
        reasonShort.managedProperty().bind(reasonShort.visibleProperty());
        VBox overrideBox = new VBox(4, reasonLabel, reason, reasonShort);
        overrideBox.visibleProperty().bind(model.overridingProperty());
        overrideBox.managedProperty().bind(model.overridingProperty());

        ScrollPane scroll = new ScrollPane(rows);
        scroll.setId("qualify-items");
        scroll.setFitToWidth(true);
        // As tall as the items (up to what a 768-pixel screen has room for beside the reason field),
        // and no less when the reason field appears: the window grows instead.
        double viewport = Math.min(340, 48.0 * plan.items().size() + 8);
        scroll.setPrefViewportHeight(viewport);
        scroll.setMinViewportHeight(viewport);
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        scroll.setMaxHeight(Region.USE_PREF_SIZE); // room the window has beyond it is not an empty band under the items
        // Once laid out, the viewport takes the items' real height (within the same cap): items of two lines (a long name,
        // the evidence under it) are taller than the estimate, so the last one is not hidden; items of one line are shorter,
        // so no empty band is left under them.
        rows.heightProperty().addListener((o, was, now) -> {
            double fits = Math.min(340, now.doubleValue());
            if (fits > 0 && Math.abs(fits - scroll.getPrefViewportHeight()) > 0.5) {
                // After the layout pass that measured them: a request made inside it would be lost.
                javafx.application.Platform.runLater(() -> {
                    scroll.setPrefViewportHeight(fits);
                    scroll.setMinViewportHeight(fits);
                });
            }
        });
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        VBox content = new VBox(12);
        if (!plan.items().isEmpty()) {
            content.getChildren().addAll(scroll, summary);
        }
        if (model.isWonMove()) {
            content.getChildren().add(new WonDetailsPane(model, model.plan().deal()));
        }
        content.getChildren().add(overrideBox);
        Label why = new Label();
        why.setId("qualify-why");
        SafeWrap.wrap(why);
        why.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        why.managedProperty().bind(why.textProperty().isNotEmpty());
        why.visibleProperty().bind(why.textProperty().isNotEmpty());
        model.canMoveBinding().addListener((o, was, now) -> why.setText(""));
        model.overridingProperty().addListener((o, was, now) -> why.setText(""));
        content.getChildren().add(why);
        content.setPadding(new Insets(12, 16, 4, 16));
        content.setPrefWidth(600);
        getDialogPane().setContent(content);
        getDialogPane().getStyleClass().add("qualify-dialog");
        getDialogPane().getButtonTypes().setAll(OVERRIDE, ButtonType.CANCEL, MOVE);

        Button move = (Button) getDialogPane().lookupButton(MOVE);
        move.setId("qualify-move");
        move.disableProperty().bind(model.canMoveBinding().not());
        move.textProperty().bind(Bindings.when(model.satisfiedBinding().not().and(model.overridingProperty()))
                .then("Override and move").otherwise("Move"));
        move.getStyleClass().add(Styles.ACCENT);
        Button override = (Button) getDialogPane().lookupButton(OVERRIDE);
        override.setId("qualify-override");
        override.disableProperty().bind(model.satisfiedBinding().or(model.overridingProperty()));
        // Once chosen it has done its work: Move says "Override and move" beside Cancel.
        override.visibleProperty().bind(model.overridingProperty().not());
        override.managedProperty().bind(override.visibleProperty());
        override.setMinWidth(Region.USE_PREF_SIZE);
        move.setMinWidth(Region.USE_PREF_SIZE);
        // Each button as wide as its own label ("Override and move" is longer than the others).
        for (Button b : List.of(move, override, (Button) getDialogPane().lookupButton(ButtonType.CANCEL))) {
            ButtonBar.setButtonUniformSize(b, false);
        }
        // Enter moves when the move is possible, and says what is missing when it is not; in the
        // reason field Enter starts a new line and Ctrl+Enter moves.
        getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != javafx.scene.input.KeyCode.ENTER || e.isAltDown() || e.isShiftDown()) {
                return;
            }
            if (override.isFocused() && !override.isDisabled()) {
                override.fire(); // Enter on a focused Override… starts the override, as Space does
                e.consume();
                return;
            }
            boolean inReason = e.getTarget() == reason || reason.isFocused();
            if (inReason && !e.isShortcutDown()) {
                return;
            }
            if (model.canMoveBinding().get()) {
                // On a ticked box Enter moves too: the box took it and unticked itself, and Move went off again.
                boolean onButton = getDialogPane().getScene() != null && getDialogPane().getScene().getFocusOwner() instanceof Button;
                if (inReason || !onButton) {
                    move.fire();
                    e.consume();
                }
                return;
            }
            why.setText(whyNot());
            e.consume();
        });
        // Override… goes off once every required item holds: the focus it held goes to Move, not on to Cancel,
        // where Enter then closed the dialog without moving.
        Button cancel = (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
        override.disabledProperty().addListener((o, was, off) -> {
            if (off) {
                javafx.application.Platform.runLater(() -> {
                    if ((override.isFocused() || cancel.isFocused()) && !move.isDisabled()) {
                        move.requestFocus();
                    }
                });
            }
        });
        setOnShown(e -> {
            if (model.overridingProperty().get()) {
                // Only a dialog filled as it was left when Funnelboard closed opens overriding: the keyboard goes to the reason,
                // to be read again (it went to "Override and move", and Enter moved the deal at once).
                // Once the dialog has given the focus to its first button.
                javafx.application.Platform.runLater(() -> {
                    reason.requestFocus();
                    reason.end();
                });
            } else if (!move.isDisabled()) {
                move.requestFocus();
            } else {
                // The keyboard starts on the first box to tick (it started on Override…, past them), once the dialog has
                // given the focus to its first button.
                javafx.application.Platform.runLater(() -> rows.getChildren().stream().map(n -> n.lookup(".check-box"))
                        .filter(n -> n instanceof CheckBox b && !b.isSelected()).findFirst().ifPresent(Node::requestFocus));
            }
        });
        override.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // keeps the dialog open
            model.overridingProperty().set(true);
            reason.requestFocus();
        });

        model.evaluationProperty().addListener((o, a, b) -> renderRows());
        renderRows();
        setResultConverter(bt -> bt == MOVE && model.canMoveBinding().get() ? model.toRequest() : null);
        // Escape or Cancel with a reason written asks first (it went without a word, however long the reason was).
        // So do ticked items and a Won move's value and day (they went without a word).
        com.funnelboard.ui.common.DiscardQuestion.guard(this, "Close without moving?", model::unkept, unkept -> unkept.equals("the reason you wrote") ? "Discard the reason" : "Discard them",
                unkept -> "The deal stays where it is, and " + unkept + (unkept.contains(" and ") || unkept.contains("items") ? " are" : " is")
                        + " not kept.", reason);
        setResizable(true);
        com.funnelboard.ui.common.DialogFit.follow(this);
        model.overridingProperty().addListener((o, was, now) ->
                javafx.application.Platform.runLater(() -> com.funnelboard.ui.common.DialogFit.fit(this)));
    }

    /** Whether {@code reason} is begun but too short to be one (nothing typed yet is not said to be short). */
    private static boolean tooShort(String reason) {
        return com.funnelboard.domain.PlainText.hasVisible(reason) && !com.funnelboard.domain.OverrideReasons.enough(reason);
    }

    /** Why Enter cannot move yet, in a sentence that says what to do. */
    private String whyNot() {
        ChecklistEvaluation e = model.evaluationProperty().get();
        long unmet = e.results().stream().filter(r -> r.item().required() && !r.holds()).count();
        if (!e.isSatisfied() && model.overridingProperty().get() && tooShort(model.overrideReasonProperty().get())) {
            return "Enter cannot move yet: the reason is too short to say why (at least " + com.funnelboard.domain.OverrideReasons.LEAST
                    + " letters; a teammate reads it in the deal's history).";
        }
        if (!e.isSatisfied() && model.overridingProperty().get()) {
            return "Enter cannot move yet: write the reason for the override first (Ctrl+Enter moves from the reason field).";
        }
        if (!e.isSatisfied()) {
            // Named, as some are met by what is logged (a call, a quote) rather than by a box to check.
            List<String> names = e.results().stream().filter(r -> r.item().required() && !r.holds()).map(r -> "\u201C" + r.item().text()
                    + "\u201D").toList();
            return "Enter cannot move yet: " + (unmet == 1 ? names.getFirst() + " is" : String.join(" and ", names) + " are")
                    + " not met. Meet " + (unmet == 1 ? "it" : "them") + ", or choose Override… and write a reason.";
        }
        var won = model.wonProblemsBinding().get();
        if (!won.isEmpty()) {
            return "Enter cannot move yet: " + won.values().iterator().next();
        }
        return "Enter cannot move yet.";
    }

    private void renderRows() {
        List<Node> nodes = new ArrayList<>();
        Gate gate = null;
        boolean multiGate = model.plan().items().stream().map(i -> i.gate()).distinct().count() > 1;
        for (ItemResult r : model.evaluationProperty().get().results()) {
            if (multiGate && !r.item().gate().equals(gate)) {
                gate = r.item().gate();
                Label g = new Label(gate.label());
                g.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
                nodes.add(g);
            }
            nodes.add(row(r));
        }
        // A tick draws the rows again: the box ticked from the keyboard keeps the focus (it went on to the buttons,
        // and Space or Enter there closed the dialog without moving).
        javafx.scene.Scene scene = getDialogPane().getScene();
        String focused = scene != null && scene.getFocusOwner() instanceof CheckBox box && box.getId() != null ? box.getId() : null;
        rows.getChildren().setAll(nodes);
        if (focused != null && rows.lookup("#" + focused) instanceof CheckBox again) {
            again.requestFocus();
        }
    }

    private Node row(ItemResult r) {
        Node lead;
        VBox text = new VBox(2);
        if (r.item().isDerived()) {
            FontIcon icon = new FontIcon(r.holds() ? Feather.CHECK_CIRCLE : Feather.CIRCLE);
            icon.getStyleClass().add(r.holds() ? "item-holds" : "item-missing");
            lead = icon;
            Label label = new Label(r.item().text());
            SafeWrap.wrap(label);
            Label evidence = new Label(r.holds() ? r.evidence() : "No evidence yet: " + hint(r));
            evidence.getStyleClass().addAll(Styles.TEXT_SMALL, r.holds() ? Styles.SUCCESS : Styles.TEXT_MUTED);
            SafeWrap.wrap(evidence);
            text.getChildren().addAll(label, evidence);
        } else {
            CheckBox box = new CheckBox();
            box.setId("check-" + r.item().code());
            box.setSelected(r.holds());
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    model.checked().add(r.item().code());
                } else {
                    model.checked().remove(r.item().code());
                }
            });
            lead = box;
            Label label = new Label(r.item().text());
            SafeWrap.wrap(label);
            label.setLabelFor(box);
            label.setOnMouseClicked(e -> box.fire());
            text.getChildren().add(label);
            if (r.evidence() != null) {
                Label evidence = new Label(r.evidence()); // what may help to answer it: how the contact compares with the profile
                evidence.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                SafeWrap.wrap(evidence);
                text.getChildren().add(evidence);
            }
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        Label tag = new Label(r.item().required() ? "Required" : "Optional");
        tag.getStyleClass().addAll("item-tag", r.item().required() ? "required" : "optional");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(10, lead, text, tag);
        row.getStyleClass().addAll("checklist-row", r.holds() ? "holds" : "open");
        row.setId("item-" + r.item().code());
        return row;
    }

    private static String hint(ItemResult r) {
        return r.item().rule().hint();
    }

    private static String summaryText(ChecklistEvaluation e) {
        long required = e.results().stream().filter(r -> r.item().required()).count();
        long met = e.results().stream().filter(r -> r.item().required() && r.holds()).count();
        return e.isSatisfied()
                ? "All " + required + " required items hold: ready to move."
                : met + " of " + required + " required items hold. Meet the rest, or override with a reason.";
    }
}
