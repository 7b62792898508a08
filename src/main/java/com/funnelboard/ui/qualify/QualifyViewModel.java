package com.funnelboard.ui.qualify;

import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.WonDetails;
import com.funnelboard.domain.checklist.ChecklistEvaluation;
import com.funnelboard.service.MovePlan;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
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
 * is overriding, for a move to Lost the reason, and for a move to Won the final value and the close
 * date. {@link #canMove} is the gate the Move button obeys; the service checks the same rules again
 * when the move is committed.
 */
public final class QualifyViewModel {

    private final MovePlan plan;
    private final Locale locale;
    private final ObservableSet<String> checked = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<ChecklistEvaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final BooleanProperty overriding = new SimpleBooleanProperty(this, "overriding");
    private final StringProperty overrideReason = new SimpleStringProperty(this, "overrideReason", "");
    private final ObjectProperty<LostReason> lostReason = new SimpleObjectProperty<>(this, "lostReason");
    private final StringProperty lostNote = new SimpleStringProperty(this, "lostNote", "");
    private final StringProperty finalValue = new SimpleStringProperty(this, "finalValue", "");
    private final ObjectProperty<LocalDate> closedOn = new SimpleObjectProperty<>(this, "closedOn");
    private final StringProperty unreadableDate = new SimpleStringProperty(this, "unreadableDate", "");
    private final ObjectBinding<Map<String, String>> wonProblems;
    private final BooleanBinding satisfied;
    private final BooleanBinding canMove;

    /** @param locale how the user writes amounts (the final value is suggested and read in it) */
    public QualifyViewModel(MovePlan plan, Locale locale) {
        this.plan = plan;
        this.locale = locale;
        evaluation.set(plan.evaluate(List.of()));
        checked.addListener((SetChangeListener<String>) c -> evaluation.set(plan.evaluate(List.copyOf(checked))));
        satisfied = Bindings.createBooleanBinding(() -> evaluation.get().isSatisfied(), evaluation);
        if (isWonMove()) {
            finalValue.set(plan.deal().value() == null ? "" : plan.deal().value().formatAmount(locale));
            closedOn.set(plan.today());
        }
        wonProblems = Bindings.createObjectBinding(this::checkWon, finalValue, closedOn, unreadableDate);
        BooleanBinding gate;
        if (isLostMove()) {
            gate = Bindings.createBooleanBinding(
                    () -> lostReason.get() != null && (!lostReason.get().needsNote() || com.funnelboard.domain.PlainText.hasVisible(lostNote.get())), lostReason, lostNote);
        } else {
            gate = Bindings.createBooleanBinding(
                    () -> satisfied.get() || (overriding.get() && com.funnelboard.domain.PlainText.hasVisible(overrideReason.get())), satisfied, overriding, overrideReason);
        }
        canMove = isWonMove() ? gate.and(Bindings.createBooleanBinding(() -> wonProblems.get().isEmpty(), wonProblems)) : gate;
        suggestedValue = finalValue.get();
        suggestedDay = closedOn.get();
    }

    private final String suggestedValue;
    private final LocalDate suggestedDay;

    /**
     * What closing without moving would throw away, in words ("the reason you wrote", "the items you
     * ticked and the value and day you entered"); null when nothing was filled in. The Won dialog's
     * ticks and final value went without a word on Escape, where a reason asked first.
     */
    public String unkept() {
        List<String> parts = new java.util.ArrayList<>();
        if (com.funnelboard.domain.PlainText.hasVisible(overrideReason.get())) {
            parts.add("the reason you wrote");
        }
        if (!checked.isEmpty()) {
            parts.add("the items you ticked");
        }
        if (isWonMove() && (!java.util.Objects.equals(finalValue.get(), suggestedValue) || !java.util.Objects.equals(closedOn.get(), suggestedDay))) {
            parts.add("the value and day you entered");
        }
        return parts.isEmpty() ? null : String.join(parts.size() == 2 ? " and " : ", ", parts);
    }

    public MovePlan plan() {
        return plan;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isLostMove() {
        return plan.transition() instanceof com.funnelboard.domain.Transition.ToLost;
    }

    /** A move to Won: the dialog asks for the final value and the close date. */
    public boolean isWonMove() {
        return plan.needsWonDetails();
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

    /** The final value as typed; the deal's value, written in the user's locale, to start with. */
    public StringProperty finalValueProperty() {
        return finalValue;
    }

    /** The close date picked; today to start with, null when the field is emptied. */
    public ObjectProperty<LocalDate> closedOnProperty() {
        return closedOn;
    }

    /** The sentence for a close date typed so that it cannot be read (the view sets it), empty otherwise. */
    public StringProperty unreadableDateProperty() {
        return unreadableDate;
    }

    /** The problem of each won detail that has one ({@link WonDetails#FINAL_VALUE}, {@link WonDetails#CLOSE_DATE}). */
    public ObjectBinding<Map<String, String>> wonProblemsBinding() {
        return wonProblems;
    }

    /** True when Move may be pressed: the checklist holds, or an override has a reason; and the won details are valid. */
    public BooleanBinding canMoveBinding() {
        return canMove;
    }

    /** The request the dialog returns; only meaningful while {@link #canMove} holds. */
    public MoveRequest toRequest() {
        String reason = !satisfied.get() && overriding.get() ? overrideReason.get() : null;
        MoveRequest request = new MoveRequest(plan.deal().id(), plan.transition().to(), List.copyOf(checked), reason,
                isLostMove() ? lostReason.get() : null, isLostMove() ? lostNote.get() : null).from(plan.deal().stage());
        return isWonMove() ? request.withWon(new WonDetails.Entry(finalValue.get(), closedOn.get(), locale)) : request;
    }

    /** The won details by the service's rule; here an emptied field is a problem rather than "take the default". */
    private Map<String, String> checkWon() {
        if (!isWonMove()) {
            return Map.of();
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String typed = finalValue.get();
        WonDetails.Checked c = plan.checkWon(new WonDetails.Entry(typed, closedOn.get(), locale));
        if (typed == null || typed.isBlank()) {
            problems.put(WonDetails.FINAL_VALUE, "Enter the final value");
        } else if (c.problems().containsKey(WonDetails.FINAL_VALUE)) {
            problems.put(WonDetails.FINAL_VALUE, c.problems().get(WonDetails.FINAL_VALUE));
        }
        if (!unreadableDate.get().isEmpty()) {
            problems.put(WonDetails.CLOSE_DATE, unreadableDate.get());
        } else if (closedOn.get() == null) {
            problems.put(WonDetails.CLOSE_DATE, "Pick the close date");
        } else {
            com.funnelboard.ui.common.Formats days = com.funnelboard.ui.common.Formats.of(locale, java.time.ZoneOffset.UTC);
            WonDetails.closeDateProblem(closedOn.get(), plan.today(), days::date).ifPresent(p -> problems.put(WonDetails.CLOSE_DATE, p));
        }
        return problems;
    }
}
