package com.funnelboard.ui.qualify;

import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.checklist.ChecklistEvaluation;
import com.funnelboard.service.MovePlan;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The state of a move dialog: which items are ticked, how the checklist answers, whether the user
 * is overriding, and — for a move to Lost — the reason. {@link #canMove} is the gate the Move button
 * obeys; the service checks the same rule again when the move is committed.
 */
public final class QualifyViewModel {

    private final MovePlan plan;
    private final ObservableSet<String> checked = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<ChecklistEvaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final BooleanProperty overriding = new SimpleBooleanProperty(this, "overriding");
    private final StringProperty overrideReason = new SimpleStringProperty(this, "overrideReason", "");
    private final ObjectProperty<LostReason> lostReason = new SimpleObjectProperty<>(this, "lostReason");
    private final StringProperty lostNote = new SimpleStringProperty(this, "lostNote", "");
    private final BooleanBinding satisfied;
    private final BooleanBinding canMove;

    public QualifyViewModel(MovePlan plan) {
        this.plan = plan;
        evaluation.set(plan.evaluate(List.of()));
        checked.addListener((SetChangeListener<String>) c -> evaluation.set(plan.evaluate(List.copyOf(checked))));
        satisfied = Bindings.createBooleanBinding(() -> evaluation.get().isSatisfied(), evaluation);
        if (isLostMove()) {
            canMove = Bindings.createBooleanBinding(
                    () -> lostReason.get() != null && (!lostReason.get().needsNote() || !lostNote.get().isBlank()), lostReason, lostNote);
        } else {
            canMove = Bindings.createBooleanBinding(
                    () -> satisfied.get() || (overriding.get() && !overrideReason.get().isBlank()), satisfied, overriding, overrideReason);
        }
    }

    public MovePlan plan() {
        return plan;
    }

    public boolean isLostMove() {
        return plan.transition() instanceof com.funnelboard.domain.Transition.ToLost;
    }

    public ObservableSet<String> checked() {
        return checked;
    }

    public ReadOnlyObjectProperty<ChecklistEvaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public BooleanBinding satisfiedBinding() {
        return satisfied;
    }

    public BooleanProperty overridingProperty() {
        return overriding;
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    public ObjectProperty<LostReason> lostReasonProperty() {
        return lostReason;
    }

    public StringProperty lostNoteProperty() {
        return lostNote;
    }

    /** True when Move may be pressed: the checklist holds, or an override has a reason. */
    public BooleanBinding canMoveBinding() {
        return canMove;
    }

    /** The request the dialog returns; only meaningful while {@link #canMove} holds. */
    public MoveRequest toRequest() {
        String reason = !satisfied.get() && overriding.get() ? overrideReason.get() : null;
        return new MoveRequest(plan.deal().id(), plan.transition().to(), List.copyOf(checked), reason,
                isLostMove() ? lostReason.get() : null, isLostMove() ? lostNote.get() : null);
    }
}
