package com.funnelboard.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Wrapping that never breaks the window on right-to-left text.
 *
 * <p>JavaFX (25 and 26 alike) cannot wrap a line inside a run of Hebrew or Arabic: its text layout
 * throws {@code ArrayIndexOutOfBoundsException} in {@code PrismTextLayout.computeTrailingSpaceWidth}
 * during the layout pass, and the whole pass stops — a page stays blank, a pane keeps the last
 * record's fields, a list draws rows over each other, and the next frames fail the same way. Text
 * with a right-to-left letter is therefore shown on one line here (cut with "…" where it is too long,
 * whole in its tooltip or field), and wraps as before otherwise. Every wrapping label, text area and
 * dialog of the app goes through this class.
 */
public final class SafeWrap {

    private SafeWrap() {}

    /** Whether JavaFX can wrap {@code text}: it holds no right-to-left letter or mark. */
    public static boolean canWrap(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x0590) {
                continue; // Latin, Greek, Cyrillic, Armenian: left to right
            }
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE || d == Character.DIRECTIONALITY_ARABIC_NUMBER) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name set in an English sentence, whatever its script: marked left to right on both sides, so
     * that a Hebrew or Arabic name stays in its place and the words, arrows and brackets around it keep
     * theirs ("محمد عبدالله ↔ محمد عبد الله (similar name)" was drawn with the two names swapped and the
     * brackets at the wrong ends).
     */
    public static String inSentence(String name) {
        return name == null || canWrap(name) ? name : "\u200E" + name + "\u200E";
    }

    /** Wraps the label's text, but keeps it on one line while it holds right-to-left text. */
    public static void wrap(Labeled label) {
        follow(label, label.wrapTextProperty(), label.textProperty());
    }

    /**
     * Shows each line of the list in full, wrapped to the list's width on as many lines as it takes
     * (a long problem — a row, its column, the value quoted — was cut at the list's edge), and in its
     * tooltip; a line that holds right-to-left text stays on one line (see above).
     */
    public static void wrapLines(javafx.scene.control.ListView<String> list) {
        list.setCellFactory(view -> {
            javafx.scene.control.ListCell<String> cell = new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setTooltip(empty ? null : new javafx.scene.control.Tooltip(item));
                }
            };
            wrap(cell);
            cell.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            cell.prefWidthProperty().bind(view.widthProperty().subtract(24)); // the list's inside, less its scroll bar
            return cell;
        });
    }

    /** Wraps the text area's lines, but not while it holds right-to-left text (it scrolls sideways then). */
    public static void wrap(TextArea area) {
        follow(area, area.wrapTextProperty(), area.textProperty());
    }

    /**
     * Sets the node's wrapping on and follows its text: off while the text holds right-to-left letters, on again after.
     * A listener rather than a binding, so that a control which sets its own label's wrapping later is not refused.
     */
    private static void follow(Node node, BooleanProperty wrap, ObservableValue<String> text) {
        if (wrap.isBound() || node.getProperties().putIfAbsent(WRAPS, Boolean.TRUE) != null) {
            return; // a wrapping bound to something else (a control's own label) is that control's
        }
        wrap.set(canWrap(text.getValue()));
        text.addListener((o, was, now) -> {
            boolean can = canWrap(now);
            if (!can && wrap.get()) {
                wrap.set(false);
            } else if (can && !canWrap(was) && !wrap.get()) {
                wrap.set(true);
            }
        });
    }

    private static final Object WRAPS = new Object();
    private static final java.util.concurrent.atomic.AtomicBoolean GUARDING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Guards every window the app opens from now on (dialogs, alerts, popups; not the ones open
     * already, nor the one whose scene's root is {@code itsOwn}, whose own labels call {@link #wrap(Labeled)}): as each is shown,
     * the labels and text areas in it that wrap follow their text as {@link #wrap(Labeled)} has them
     * do, and so do those added to it later.
     */
    public static void guardWindows(Parent itsOwn) {
        synchronized (LEFT_ALONE) {
            LEFT_ALONE.add(itsOwn);
        }
        if (!GUARDING.compareAndSet(false, true)) {
            return; // one listener for the process, however many windows the app builds
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(w -> !leftAlone(w)).forEach(SafeWrap::guard);
            }
        });
    }

    /** The roots of the windows left alone: each built main window's (its labels call {@link #wrap(Labeled)} themselves); held weakly. */
    private static final java.util.Set<Parent> LEFT_ALONE = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    private static boolean leftAlone(Window w) {
        synchronized (LEFT_ALONE) {
            return w.getScene() != null && LEFT_ALONE.contains(w.getScene().getRoot());
        }
    }

    private static void guard(Window window) {
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (window.getScene() != null && window.getScene().getRoot() != null) {
                guard(window.getScene().getRoot());
            }
        });
        if (window.isShowing() && window.getScene() != null && window.getScene().getRoot() != null) {
            guard(window.getScene().getRoot());
        }
    }

    /** Has the wrapping nodes under {@code node} follow their text, now and as children are added. */
    public static void guard(Node node) {
        if (node instanceof Labeled l && l.isWrapText()) {
            wrap(l);
        } else if (node instanceof TextArea t && t.isWrapText()) {
            wrap(t);
        }
        if (node instanceof Parent p && !(node instanceof javafx.scene.control.TextInputControl)) {
            if (p.getProperties().putIfAbsent(SafeWrap.class, Boolean.TRUE) == null) {
                p.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
                    while (change.next()) {
                        change.getAddedSubList().forEach(SafeWrap::guard);
                    }
                });
            }
            for (Node child : p.getChildrenUnmodifiable()) {
                guard(child);
            }
        }
    }
}
