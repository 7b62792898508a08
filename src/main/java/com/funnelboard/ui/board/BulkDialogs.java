package com.funnelboard.ui.board;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.BulkDeals;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The questions a bulk action asks before it runs: a reason for deals short of their checklist, a lost reason, a day. */
final class BulkDialogs {

    /** A forward move's answer: move all (overriding with the reason), or only those that meet their checklist. */
    record Forward(boolean all, String reason) {}

    /** A move to Lost's answer: the reason, a note, and the day they were lost (today unless told). */
    record Lost(LostReason reason, String note, LocalDate on) {}

    /** An expected close date, or none. */
    record Close(LocalDate day) {}

    static final ButtonType MOVE_ALL = new ButtonType("Move all, overriding", ButtonBar.ButtonData.OK_DONE);

    private BulkDialogs() {}

    /**
     * Asks what to do with marked deals that do not meet the checklist of {@code to}: give a reason to move them anyway (kept
     * with each of their moves, as a single move's override is), or move only the others.
     */
    static Optional<Forward> forward(Window owner, Stage to, List<com.funnelboard.domain.DealCard> marked, List<String> unmet) {
        Dialog<Forward> d = dialog(owner, "Move to " + to.label());
        // Those in the stage already are no move: "5 of the 6 marked deals do not meet the Won checklist" counted a Won deal as
        // meeting it, and "Move only those that meet it" then moved nothing.
        long there = marked.stream().filter(c -> c.stage() == to).count();
        int moving = (int) (marked.size() - there);
        d.setHeaderText(header(to, moving, unmet.size()));
        Label which = new Label(BulkDeals.named(unmet, "; ") + "." + (there == 0 ? "" : " " + (there == 1 ? "1 is" : there + " are") + " in "
                + to.label() + " already."));
        which.setWrapText(true);
        which.setId("bulk-unmet");
        long noValue = to == Stage.WON ? marked.stream().filter(c -> c.stage() != to && c.value() == null).count() : 0;
        Label valueless = new Label(noValue == 0 ? "" : (noValue == 1 ? "1 has" : noValue + " have") + " no value and stay"
                + (noValue == 1 ? "s" : "") + " where " + (noValue == 1 ? "it is" : "they are") + ": win " + (noValue == 1 ? "it" : "each")
                + " alone to give a final value.");
        valueless.setWrapText(true);
        valueless.setManaged(noValue > 0);
        valueless.setVisible(noValue > 0);
        TextField reason = new TextField();
        reason.setId("bulk-override");
        reason.setPromptText("Why they move anyway (kept with each of their moves)");
        Label label = new Label("Reason to override the checklist for " + (unmet.size() == 1 ? "it" : "them"));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setLabelFor(reason);
        d.getDialogPane().setContent(content(which, valueless, label, reason));
        int others = moving - unmet.size();
        ButtonType moveOthers = new ButtonType(others == 1 ? "Move the 1 that meets it" : "Move the " + others + " that meet it",
                ButtonBar.ButtonData.OTHER);
        d.getDialogPane().getButtonTypes().setAll(others > 0 ? List.of(ButtonType.CANCEL, moveOthers, MOVE_ALL) : List.of(ButtonType.CANCEL, MOVE_ALL));
        Button all = (Button) d.getDialogPane().lookupButton(MOVE_ALL);
        all.setId("bulk-move-all");
        all.disableProperty().bind(reason.textProperty().map(t -> t.isBlank()));
        if (others > 0) {
            d.getDialogPane().lookupButton(moveOthers).setId("bulk-move-others");
        }
        d.setResultConverter(b -> b == MOVE_ALL && !reason.getText().isBlank() ? new Forward(true, reason.getText().strip())
                : b == moveOthers ? new Forward(false, null) : null);
        d.setOnShown(e -> javafx.application.Platform.runLater(reason::requestFocus));
        return d.showAndWait();
    }

    /** "2 of the 5 marked deals do not meet the Prospect checklist", "None of the 4 marked deals meets …". */
    static String header(Stage to, int marked, int unmet) {
        String checklist = " the " + to.label() + " checklist";
        if (unmet < marked) {
            return unmet + " of the " + marked + " marked deals " + (unmet == 1 ? "does" : "do") + " not meet" + checklist;
        }
        return marked == 1 ? "The marked deal does not meet" + checklist : (marked == 2 ? "Neither of the 2" : "None of the " + marked)
                + " marked deals meets" + checklist;
    }

    /** Asks why the marked deals were lost (one reason for all; "Other" needs a note). */
    static Optional<Lost> lost(Window owner, int marked, LocalDate today, java.util.Locale locale) {
        Dialog<Lost> d = dialog(owner, "Mark as lost");
        com.funnelboard.ui.common.ComboTypeAhead.install(d.getDialogPane()); // a letter picks a reason, as in the single dialog
        d.setHeaderText(marked == 1 ? "Why was the marked deal lost?" : "Why were the " + count(marked) + " lost?");
        ComboBox<LostReason> reason = new ComboBox<>(FXCollections.observableArrayList(LostReason.values()));
        reason.setId("bulk-lost-reason");
        reason.setPromptText("Choose a reason");
        reason.setMaxWidth(Double.MAX_VALUE);
        TextField note = new TextField();
        note.setId("bulk-lost-note");
        note.setPromptText("A note (required with Other)");
        // The day they were lost, today unless told: a cleanup of stale leads dated every loss today, and the month's win rate fell
        // to 4 %.
        DatePicker day = new DatePicker(today);
        day.setId("bulk-lost-day");
        com.funnelboard.ui.common.TypedDates.lenient(day, () -> today, locale, problem -> { });
        Label dayLabel = new Label("Lost on");
        dayLabel.getStyleClass().add(Styles.TEXT_BOLD);
        dayLabel.setLabelFor(day);
        d.getDialogPane().setContent(content(reason, note, dayLabel, day));
        ButtonType mark = new ButtonType("Mark " + count(marked) + " as lost", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, mark);
        Button ok = (Button) d.getDialogPane().lookupButton(mark);
        ok.setId("bulk-lost-confirm");
        ok.getStyleClass().add(Styles.DANGER);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> reason.getValue() == null
                || reason.getValue().needsNote() && note.getText().isBlank() || day.getValue() == null || day.getValue().isAfter(today),
                reason.valueProperty(), note.textProperty(), day.valueProperty()));
        d.setResultConverter(b -> b == mark && reason.getValue() != null ? new Lost(reason.getValue(), note.getText().isBlank() ? null
                : note.getText().strip(), typedOr(day, today, locale)) : null);
        d.setOnShown(e -> javafx.application.Platform.runLater(reason::requestFocus));
        return d.showAndWait();
    }

    /** Asks the expected close date for the marked deals, or none. */
    static Optional<Close> closeDate(Window owner, int marked, LocalDate today, java.util.Locale locale) {
        Dialog<Close> d = dialog(owner, "Expected close date");
        d.setHeaderText("When are the " + count(marked) + " expected to close?");
        DatePicker day = new DatePicker(today.plusDays(30));
        day.setId("bulk-close-day");
        com.funnelboard.ui.common.TypedDates.lenient(day, () -> today, locale, problem -> { });
        ButtonType set = new ButtonType("Set", ButtonBar.ButtonData.OK_DONE);
        ButtonType none = new ButtonType("No date", ButtonBar.ButtonData.LEFT);
        d.getDialogPane().setContent(content(day, new Label("Won and lost deals keep theirs: they have closed.")));
        d.getDialogPane().getButtonTypes().setAll(none, ButtonType.CANCEL, set);
        d.getDialogPane().lookupButton(set).setId("bulk-close-set");
        d.getDialogPane().lookupButton(set).disableProperty().bind(day.valueProperty().isNull());
        // The day as typed, Enter pressing Set before the picker took the text (it set the default, today + 30, to every deal).
        d.setResultConverter(b -> b == set && typedOr(day, today, locale) != null ? new Close(typedOr(day, today, locale))
                : b == none ? new Close(null) : null);
        // The keyboard on the day (it was on Set: a date typed went nowhere, and its first space set every deal to the default).
        d.setOnShown(e -> javafx.application.Platform.runLater(day::requestFocus));
        return d.showAndWait();
    }

    /** The day the picker's text names as typed, else its value. */
    private static LocalDate typedOr(DatePicker day, LocalDate today, java.util.Locale locale) {
        return com.funnelboard.ui.common.TypedDates.typed(day, () -> today, locale).orElse(day.getValue());
    }

    /** "1 deal", "12 deals". */
    static String count(int n) {
        return n == 1 ? "1 deal" : String.format("%,d deals", n);
    }

    private static <T> Dialog<T> dialog(Window owner, String title) {
        Dialog<T> d = new Dialog<>();
        d.initOwner(owner);
        com.funnelboard.ui.common.SafeWrap.guard(d.getDialogPane());
        d.setTitle(title);
        return d;
    }

    private static VBox content(javafx.scene.Node... nodes) {
        VBox box = new VBox(8, nodes);
        box.setPrefWidth(460);
        box.setPadding(new javafx.geometry.Insets(12, 16, 4, 16));
        return box;
    }
}
