package com.funnelboard.ui.qualify;

import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.WonDetails;
import com.funnelboard.domain.checklist.ChecklistEvaluation;
import com.funnelboard.service.MovePlan;
import java.time.LocalDate;
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
public final class QualifyViewModel implements WonDetailsModel {

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
        }
        if (isWonMove() || isLostMove()) {
            closedOn.set(plan.today()); // a loss entered late takes its day too
        }
        wonProblems = Bindings.createObjectBinding(this::checkWon, finalValue, closedOn, unreadableDate);
        BooleanBinding gate;
        lostDayProblem = Bindings.createStringBinding(this::lostDayProblem, closedOn, unreadableDate);
        if (isLostMove()) {
            gate = Bindings.createBooleanBinding(
                    () -> lostReason.get() != null && (!lostReason.get().needsNote() || com.funnelboard.domain.PlainText.hasVisible(lostNote.get()))
                            && lostDayProblem.get().isEmpty(), lostReason, lostNote, lostDayProblem);
        } else {
            gate = Bindings.createBooleanBinding(
                    () -> satisfied.get() || (overriding.get() && com.funnelboard.domain.OverrideReasons.enough(overrideReason.get())), satisfied, overriding, overrideReason);
        }
        canMove = isWonMove() ? gate.and(Bindings.createBooleanBinding(() -> wonProblems.get().isEmpty(), wonProblems)) : gate;
        suggestedValue = finalValue.get();
        suggestedDay = closedOn.get();
    }

    private final String suggestedValue;
    private final LocalDate suggestedDay;
    private final javafx.beans.binding.StringBinding lostDayProblem;

    /** Why the day a move to Lost records cannot be taken ("" when it can, and for any other move). */
    public javafx.beans.binding.StringBinding lostDayProblemBinding() {
        return lostDayProblem;
    }

    private String lostDayProblem() {
        if (!isLostMove()) {
            return "";
        }
        if (!unreadableDate.get().isEmpty()) {
            return unreadableDate.get();
        }
        if (closedOn.get() == null) {
            return "Pick the day it was lost";
        }
        return closedOn.get().isAfter(plan.today()) ? "The day it was lost is after today" : "";
    }

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
        if (isLostMove() && !java.util.Objects.equals(closedOn.get(), suggestedDay)) {
            parts.add("the day you entered");
        }
        return parts.isEmpty() ? null : String.join(parts.size() == 2 ? " and " : ", ", parts);
    }

    public MovePlan plan() {
        return plan;
    }

    /**
     * What the dialog holds that a crash must not lose, as texts, with the deal and the stage it is for (empty while nothing
     * is filled in): kept on this installation as it is typed. The reason written for an override and the items ticked were
     * gone after the app was killed with the dialog open, where a deal's fields and a timeline's note came back.
     */
    public Map<String, String> draft() {
        Map<String, String> d = new java.util.TreeMap<>();
        if (!checked.isEmpty()) {
            d.put("checked", String.join("\n", new java.util.TreeSet<>(checked)));
            d.put("checklist", MoveRequest.checklistOf(plan.items())); // the ticks are of these words
        }
        if (overriding.get()) {
            d.put("overriding", "true");
        }
        if (!overrideReason.get().isEmpty()) {
            d.put("reason", overrideReason.get());
        }
        if (lostReason.get() != null) {
            d.put("lostReason", lostReason.get().name());
        }
        if (!lostNote.get().isEmpty()) {
            d.put("lostNote", lostNote.get());
        }
        if (isWonMove() && !java.util.Objects.equals(finalValue.get(), suggestedValue)) {
            d.put("finalValue", finalValue.get() == null ? "" : finalValue.get());
        }
        if ((isWonMove() || isLostMove()) && closedOn.get() != null && !closedOn.get().equals(suggestedDay)) {
            d.put("closedOn", closedOn.get().toString());
        }
        if (d.isEmpty()) {
            return Map.of();
        }
        d.put("deal", plan.deal().id().toString());
        d.put("to", plan.transition().to().key());
        return d;
    }

    /**
     * Fills the dialog from a draft kept for the same deal and stage (an item the checklist no longer has, a reason or a
     * day that does not read, is left out); false, and nothing filled, for any other draft.
     */
    public boolean restore(Map<String, String> draft) {
        if (!plan.deal().id().toString().equals(draft.get("deal")) || !plan.transition().to().key().equals(draft.get("to"))) {
            return false;
        }
        java.util.Set<String> items = new java.util.HashSet<>();
        evaluation.get().results().forEach(r -> items.add(r.item().code()));
        // Ticks given to words since changed are not given to the new words (a tick on "Has a need" came back on "Customer signed
        // the NDA").
        if (!draft.containsKey("checklist") || draft.get("checklist").equals(MoveRequest.checklistOf(plan.items()))) {
            java.util.Arrays.stream(draft.getOrDefault("checked", "").split("\n")).filter(items::contains).forEach(checked::add);
        }
        overriding.set("true".equals(draft.get("overriding")));
        overrideReason.set(draft.getOrDefault("reason", ""));
        java.util.Arrays.stream(LostReason.values()).filter(r -> r.name().equals(draft.get("lostReason"))).findFirst()
                .ifPresent(lostReason::set);
        lostNote.set(draft.getOrDefault("lostNote", ""));
        if (isWonMove() && draft.containsKey("finalValue")) {
            finalValue.set(draft.get("finalValue"));
        }
        if (isWonMove() || isLostMove()) {
            try {
                if (draft.containsKey("closedOn")) {
                    closedOn.set(LocalDate.parse(draft.get("closedOn")));
                }
            } catch (java.time.format.DateTimeParseException unreadable) {
                // the day suggested stays
            }
        }
        return true;
    }

    /** Tells {@code changed} each time something the draft holds changes; returns what stops it. */
    public Runnable onChange(Runnable changed) {
        javafx.beans.InvalidationListener told = o -> changed.run();
        List<javafx.beans.Observable> all = List.of(checked, overriding, overrideReason, lostReason, lostNote, finalValue, closedOn);
        all.forEach(p -> p.addListener(told));
        return () -> all.forEach(p -> p.removeListener(told));
    }

    @Override
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
    @Override
    public StringProperty finalValueProperty() {
        return finalValue;
    }

    /** The close date picked; today to start with, null when the field is emptied. */
    @Override
    public ObjectProperty<LocalDate> closedOnProperty() {
        return closedOn;
    }

    /** The sentence for a close date typed so that it cannot be read (the view sets it), empty otherwise. */
    @Override
    public StringProperty unreadableDateProperty() {
        return unreadableDate;
    }

    /** The problem of each won detail that has one ({@link WonDetails#FINAL_VALUE}, {@link WonDetails#CLOSE_DATE}). */
    @Override
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
                isLostMove() ? lostReason.get() : null, isLostMove() ? lostNote.get() : null).from(plan.deal().stage())
                .seeing(MoveRequest.checklistOf(plan.items()));
        if (isLostMove() && closedOn.get() != null && !closedOn.get().equals(plan.today())) {
            return request.lostOn(closedOn.get());
        }
        return isWonMove() ? request.withWon(new WonDetails.Entry(finalValue.get(), closedOn.get(), locale)) : request;
    }

    /** The won details by the service's rule; here an emptied field is a problem rather than "take the default". */
    private Map<String, String> checkWon() {
        return isWonMove() ? WonDetailsModel.problems(finalValue.get(), closedOn.get(), unreadableDate.get(), locale, plan.today(), plan::checkWon)
                : Map.of();
    }

    @Override
    public LocalDate today() {
        return plan.today();
    }
}
