package com.funnelboard.ui.common;

import atlantafx.base.theme.Styles;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;

/**
 * How a form's text field saves as you type (the contact form, the deal form): two-way to its
 * model's text; a pause in typing or leaving the field saves; a field whose text is not saved is
 * marked red with the reason as its tooltip.
 */
public final class SaveAsYouType {

    private final PauseTransition saveLater;
    private final BooleanSupplier dirty;
    private final Runnable flush;
    private final ObservableMap<String, String> problems;

    /**
     * @param saveLater runs the save after a pause in typing
     * @param dirty whether something typed waits to be saved
     * @param flush saves now
     * @param problems field name → why its text is not saved
     */
    public SaveAsYouType(PauseTransition saveLater, BooleanSupplier dirty, Runnable flush, ObservableMap<String, String> problems) {
        this.saveLater = saveLater;
        this.dirty = dirty;
        this.flush = flush;
        this.problems = problems;
    }

    public void bind(TextInputControl t, StringProperty text, String field) {
        t.textProperty().bindBidirectional(text);
        t.textProperty().addListener((o, a, b) -> {
            if (dirty.getAsBoolean()) {
                saveLater.playFromStart();
            }
        });
        t.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                saveLater.stop();
                flush.run();
            }
        });
        problems.addListener((MapChangeListener<String, String>) c -> mark(t, field));
        mark(t, field);
    }

    private void mark(TextInputControl t, String field) {
        String problem = problems.get(field);
        t.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
        t.setTooltip(problem == null ? null : new Tooltip(problem));
    }
}
