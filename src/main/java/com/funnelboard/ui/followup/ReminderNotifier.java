package com.funnelboard.ui.followup;

import atlantafx.base.controls.Notification;
import com.funnelboard.domain.FollowUpEntry;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows due follow-ups: through the operating system's notifications where there are any (so a
 * minimized window still reminds), and always as a toast in the window's top-right corner.
 */
public final class ReminderNotifier {

    /** How long a toast stays. */
    static final Duration TOAST_TIME = Duration.seconds(12);
    /** How many times as long a summary of several stays. */
    static final int SUMMARY_TIMES = 4;

    private final Supplier<Window> window;
    private final DesktopNotifications os;
    private Popup current;
    private String lastText = "";
    private Runnable openToday;
    /** The toast to show once the open dialog closes; null when none waits. */
    private Runnable waitingToast;

    private final Duration toastTime;

    public ReminderNotifier(Supplier<Window> window, DesktopNotifications os) {
        this(window, os, TOAST_TIME);
    }

    ReminderNotifier(Supplier<Window> window, DesktopNotifications os, Duration toastTime) {
        this.window = window;
        this.os = os;
        this.toastTime = toastTime;
    }

    /** What the toast's "Open Today" does (show the Today page); without it the toast has no such button. */
    public void onOpenToday(Runnable openToday) {
        this.openToday = openToday;
    }

    /** Where the toast on screen is, in screen coordinates; null when none is. */
    javafx.geometry.Rectangle2D toastBounds() {
        return current != null && current.isShowing()
                ? new javafx.geometry.Rectangle2D(current.getX(), current.getY(), current.getWidth(), current.getHeight()) : null;
    }

    /** A modal dialog showing over {@code owner}, or null. */
    private static javafx.stage.Stage openDialog(Window owner) {
        for (Window w : Window.getWindows()) {
            if (w != owner && w.isShowing() && w instanceof javafx.stage.Stage s && s.getModality() != javafx.stage.Modality.NONE) {
                return s;
            }
        }
        return null;
    }

    /** Call on the FX thread. */
    public void show(List<FollowUpEntry> due, boolean atStart) {
        if (due.isEmpty()) {
            return;
        }
        String title = atStart ? due.size() + " follow-up" + (due.size() == 1 ? "" : "s") + " came due while Funnelboard was closed"
                : due.size() == 1 ? "Follow up now: " + due.getFirst().dealTitle() : due.size() + " follow-ups are due now";
        // One bullet per follow-up: wrapped over two lines each, they ran together.
        String body = String.join("\n", due.stream().limit(3).map(e -> "\u2022 " + e.followUp().kind().with(e.who()) + " · "
                + e.dealTitle() + (e.followUp().note() == null ? "" : " — " + e.followUp().note())).toList())
                + (due.size() > 3 ? "\n…and " + (due.size() - 3) + " more on the Today page" : "");
        os.notify(title, body);
        onToast.clear();
        due.forEach(e -> onToast.add(e.followUp().id()));
        toast(title, body, due.size() == 1);
    }

    /** The follow-ups the newest toast (shown or waiting for a dialog to close) is about, until each is done, snoozed or changed. */
    private final java.util.Set<java.util.UUID> onToast = new java.util.HashSet<>();

    /**
     * Takes the toast away once every follow-up it is about has been done, snoozed or changed ({@code touched}; call on the FX
     * thread): "Follow up now: Pilot" stayed on screen after its follow-up was marked done on the Today page.
     */
    public void followUpsChanged(java.util.function.Predicate<java.util.UUID> touched) {
        if (onToast.isEmpty() || !onToast.removeIf(touched)) {
            return;
        }
        if (onToast.isEmpty()) {
            waitingToast = waitingToast == null ? null : () -> { };
            if (current != null) {
                current.hide();
            }
        }
    }

    /** The text of the toast on screen, empty when none is. */
    public String lastToast() {
        return current != null && current.isShowing() ? lastText : "";
    }

    /**
     * A toast at the bottom right, above the status bar, clear of the detail pane's header. One
     * follow-up's toast goes after a while; a summary of several stays four times as long (it covers
     * the lower part of the detail pane, and the toolbar's badge and the Today page keep counting
     * them), or until it is closed.
     */
    private void toast(String title, String body, boolean goesByItself) {
        Window owner = window.get();
        if (owner == null || !owner.isShowing()) {
            return;
        }
        javafx.stage.Stage dialog = openDialog(owner);
        if (dialog != null) {
            // Shown once the dialog closes (the newest toast only), never over its buttons: at the start the
            // question who you are and the reminders that came due while the app was closed come together.
            boolean waiting = waitingToast != null;
            waitingToast = () -> toast(title, body, goesByItself);
            if (!waiting) {
                dialog.showingProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                        if (!is) {
                            o.removeListener(this);
                            Runnable show = waitingToast;
                            waitingToast = null;
                            show.run();
                        }
                    }
                });
            }
            return;
        }
        if (current != null) {
            current.hide();
        }
        Notification n = new Notification(title + "\n" + body, new FontIcon(Feather.BELL));
        n.getStyleClass().add("reminder-toast"); // flat: see funnelboard.css
        n.setId("reminder-toast");
        n.setPrefWidth(380);
        Popup popup = new Popup();
        popup.getContent().add(n);
        popup.setAutoHide(false);
        // It sits over the detail pane's lower half, for half a minute at the start: a press anywhere in the window puts it away
        // (the Today badge keeps the count), and that press still does what it was meant for.
        javafx.event.EventHandler<javafx.scene.input.MouseEvent> away = e -> popup.hide();
        owner.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, away);
        popup.setOnHidden(e -> owner.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, away));
        n.setOnClose(e -> popup.hide());
        if (openToday != null) {
            // The way to every due follow-up (the toolbar's badge counts those shown before too); it closes the toast.
            javafx.scene.control.Button open = new javafx.scene.control.Button("Open Today");
            open.setId("reminder-open-today");
            open.setDefaultButton(false);
            open.setOnAction(e -> {
                popup.hide();
                openToday.run();
            });
            n.setPrimaryActions(open);
        }
        Bounds b = owner.getScene().getRoot().localToScreen(owner.getScene().getRoot().getBoundsInLocal());
        popup.show(owner, b.getMaxX() - 400, b.getMaxY() - 40 - n.prefHeight(380));
        popup.setY(b.getMaxY() - 40 - popup.getHeight());
        current = popup;
        lastText = title + "\n" + body;
        PauseTransition hide = new PauseTransition(goesByItself ? toastTime : toastTime.multiply(SUMMARY_TIMES));
        hide.setOnFinished(e -> popup.hide());
        hide.play();
    }
}
