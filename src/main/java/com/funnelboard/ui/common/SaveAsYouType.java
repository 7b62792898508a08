package com.funnelboard.ui.common;

import atlantafx.base.theme.Styles;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * How a form's text field saves as you type (the contact form, the deal form): two-way to its
 * model's text; a pause in typing or leaving the field saves; a field whose text is not saved is
 * marked red with the reason as its tooltip.
 *
 * <p>Undo in such a field is the window's, not the field's own: the field's steps back through
 * what was typed ("+49 30 555 0101", "+49 30 555", "+49 30") were each saved as they showed, so
 * undoing left half a number stored. Ctrl+Z puts back the stored text over what was typed and not
 * saved yet or refused by the save (a draft), or, with nothing waiting, undoes the last change as
 * Edit → Undo does; Ctrl+Shift+Z and
 * Ctrl+Y save what waits and redo.
 */
public final class SaveAsYouType {

    private final PauseTransition saveLater;
    private final BooleanSupplier dirty;
    private final Runnable flush;
    private final Runnable revert;
    private final ObservableMap<String, String> problems;

    /**
     * @param saveLater runs the save after a pause in typing
     * @param dirty whether something typed waits to be saved
     * @param flush saves now
     * @param revert puts back the stored texts over what waits to be saved
     * @param problems field name → why its text is not saved
     */
    public SaveAsYouType(PauseTransition saveLater, BooleanSupplier dirty, Runnable flush, Runnable revert,
            ObservableMap<String, String> problems) {
        this.saveLater = saveLater;
        this.dirty = dirty;
        this.flush = flush;
        this.revert = revert;
        this.problems = problems;
    }

    /** Keeps the typing a moment after each key (see {@link #keepingAsTyped}); null until asked for. */
    private DraftPause.Keeper keepLater;

    /**
     * Also keeps what is typed on this installation a fifth of a second after each key while it waits to be saved
     * ({@link DraftPause#KEEP}), before the save's longer pause: the app killed in between lost it.
     *
     * @param keep keeps the typing not saved yet (in the background)
     */
    public SaveAsYouType keepingAsTyped(Runnable keep) {
        keepLater = new DraftPause.Keeper(keep);
        return this;
    }

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    public void bind(TextInputControl t, StringProperty text, String field) {
        bind(t, text, field, false);
    }

    /**
     * As {@link #bind(TextInputControl, StringProperty, String)}; with {@code onLeaving} the field
     * saves only when it is left (or Enter): what it names is made when saved, so a pause while
     * typing a name made a record of the half-typed one ("Init" for "Initech LLC"), and its typing
     * holds back a pause's save of the other fields until then.
     */
    public void bind(TextInputControl t, StringProperty text, String field, boolean onLeaving) {
        if (onLeaving && t instanceof javafx.scene.control.TextField f) {
            f.addEventHandler(javafx.event.ActionEvent.ACTION, e -> {
                saveLater.stop();
                flush.run();
            });
        }
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                e.consume();
                if (dirty.getAsBoolean() || !problems.isEmpty()) {
                    // Typed and not saved yet, or refused by the save that followed the pause (kept as a draft):
                    // the stored texts come back. The window's Undo would take back an earlier change instead.
                    saveLater.stop();
                    revert.run();
                } else {
                    windowShortcut(t, e);
                }
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                e.consume();
                saveLater.stop();
                flush.run();
                windowShortcut(t, e);
            }
        });
        t.textProperty().bindBidirectional(text);
        t.textProperty().addListener((o, a, b) -> {
            if (onLeaving && t.isFocused()) {
                saveLater.stop();
            } else if (dirty.getAsBoolean()) {
                saveLater.playFromStart();
            }
            if (keepLater != null && dirty.getAsBoolean()) {
                keepLater.changed();
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

    /**
     * Ctrl+Z (and Ctrl+Shift+Z, Ctrl+Y) in a field that holds nothing go to the window's Undo and
     * Redo, as they would had the field not had the focus: an empty field has nothing of its own to
     * take back (a log bar's note just logged and cleared swallowed the window's Undo).
     */
    public static void undoToWindowWhenEmpty(TextInputControl t) {
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((UNDO.match(e) || REDO.match(e) || REDO_Y.match(e)) && t.getText().isEmpty()) {
                e.consume();
                windowShortcut(t, e);
            }
        });
    }

    /** Runs the window's action for the keys of {@code e} (its menus' shortcuts), as it would run had the field not had the focus. */
    private static void windowShortcut(TextInputControl t, KeyEvent e) {
        if (t.getScene() == null) {
            return;
        }
        for (var shortcut : t.getScene().getAccelerators().entrySet()) {
            if (shortcut.getKey().match(e)) {
                shortcut.getValue().run();
                return;
            }
        }
    }

    private void mark(TextInputControl t, String field) {
        String problem = problems.get(field);
        t.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
        t.setTooltip(problem == null ? null : new Tooltip(problem));
    }
}
