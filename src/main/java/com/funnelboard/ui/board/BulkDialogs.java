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

    /**
     * A forward move's answer: the items confirmed for every marked deal, and either all moved (those still short overriding
     * with the reason) or only those that meet their checklist.
     */
    record Forward(boolean all, String reason, List<String> confirmed) {}

    /** A move to Lost's answer: the reason, a note, and the day they were lost (today unless told). */
    record Lost(LostReason reason, String note, LocalDate on) {}

    /** An expected close date, or none. */
    record Close(LocalDate day) {}


    private BulkDialogs() {}

    /**
     * Asks what to do with marked deals that do not meet the checklist of {@code to}: tick the items a person confirms, for all
     * of them (as a single move's dialog ticks them), give a reason to move those still short anyway (kept with each of their
     * moves, as a single move's override is), or move only the others.
     */
    static Optional<Forward> forward(Window owner, Stage to, List<com.funnelboard.domain.DealCard> marked, BulkDeals.Preview preview) {
        Dialog<Forward> d = dialog(owner, "Move to " + to.label());
        // Those in the stage already are no move: "5 of the 6 marked deals do not meet the Won checklist" counted a Won deal as
        // meeting it, and "Move only those that meet it" then moved nothing.
        long there = marked.stream().filter(c -> c.stage() == to).count();
        int moving = (int) (marked.size() - there);
        Label which = new Label();
        which.setWrapText(true);
        which.setId("bulk-unmet");
        long noValue = to == Stage.WON ? marked.stream().filter(c -> c.stage() != to && c.value() == null).count() : 0;
        Label valueless = new Label(noValue == 0 ? "" : (noValue == 1 ? "1 has" : noValue + " have") + " no value and stay"
                + (noValue == 1 ? "s" : "") + " where " + (noValue == 1 ? "it is" : "they are") + ": win " + (noValue == 1 ? "it" : "each")
                + " alone to give a final value.");
        valueless.setWrapText(true);
        valueless.setManaged(noValue > 0);
        valueless.setVisible(noValue > 0);
        // The items a person confirms (a need, a proposal presented), ticked for all the marked deals.
        VBox confirm = new VBox(4);
        java.util.Map<String, javafx.scene.control.CheckBox> ticks = new java.util.LinkedHashMap<>();
        if (!preview.confirmable().isEmpty()) {
            Label confirmLabel = new Label("Confirmed for all the marked deals");
            confirmLabel.getStyleClass().add(Styles.TEXT_BOLD);
            confirm.getChildren().add(confirmLabel);
            preview.confirmable().forEach((code, text) -> {
                javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(text);
                box.setId("bulk-check-" + code);
                box.setWrapText(true);
                ticks.put(code, box);
                confirm.getChildren().add(box);
            });
        }
        TextField reason = new TextField();
        reason.setId("bulk-override");
        reason.setPromptText("Why they move anyway (kept with each of their moves)");
        Label label = new Label();
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setLabelFor(reason);
        d.getDialogPane().setContent(content(which, valueless, confirm, label, reason));
        ButtonType moveAll = new ButtonType("Move all", ButtonBar.ButtonData.OK_DONE);
        ButtonType moveOthers = new ButtonType("Move the others", ButtonBar.ButtonData.OTHER);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, moveOthers, moveAll);
        Button all = (Button) d.getDialogPane().lookupButton(moveAll);
        all.setId("bulk-move-all");
        Button others = (Button) d.getDialogPane().lookupButton(moveOthers);
        others.setId("bulk-move-others");
        java.util.function.Supplier<java.util.Set<String>> confirmed = () -> ticks.entrySet().stream().filter(e -> e.getValue().isSelected())
                .map(java.util.Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
        Runnable show = () -> {
            java.util.Set<String> ticked = confirmed.get();
            List<BulkDeals.Shortfall> still = preview.unmet().stream().filter(u -> !u.metBy(ticked)).toList();
            int meet = moving - still.size();
            d.setHeaderText(still.isEmpty() ? "Every marked deal meets the " + to.label() + " checklist with what you confirm"
                    : header(to, moving, still.size()));
            which.setText((still.isEmpty() ? "" : BulkDeals.named(still.stream().map(u -> u.named()).toList(), "; ") + ".")
                    + (there == 0 ? "" : (still.isEmpty() ? "" : " ") + (there == 1 ? "1 is" : there + " are") + " in " + to.label() + " already."));
            label.setText(still.isEmpty() ? "" : "Reason to override the checklist for " + (still.size() == 1 ? "it" : "them"));
            reason.setVisible(!still.isEmpty());
            reason.setManaged(!still.isEmpty());
            all.setText(still.isEmpty() ? (moving == 1 ? "Move it" : "Move the " + moving) : "Move all, overriding");
            all.setDisable(!still.isEmpty() && !com.funnelboard.domain.OverrideReasons.enough(reason.getText())); // a mark is no reason
            others.setText(meet == 1 ? "Move the 1 that meets it" : "Move the " + meet + " that meet it");
            others.setVisible(!still.isEmpty() && meet > 0);
            others.setManaged(!still.isEmpty() && meet > 0);
        };
        ticks.values().forEach(b -> b.selectedProperty().addListener((o, a, now) -> show.run()));
        reason.textProperty().addListener((o, a, now) -> show.run());
        show.run();
        d.setResultConverter(b -> {
            List<String> ticked = List.copyOf(confirmed.get());
            boolean anyShort = preview.unmet().stream().anyMatch(u -> !u.metBy(confirmed.get()));
            if (b == moveAll && (!anyShort || com.funnelboard.domain.OverrideReasons.enough(reason.getText()))) {
                return new Forward(true, anyShort ? reason.getText().strip() : null, ticked);
            }
            return b == moveOthers ? new Forward(false, null, ticked) : null;
        });
        d.setOnShown(e -> javafx.application.Platform.runLater(() -> (ticks.isEmpty() ? reason : ticks.values().iterator().next()).requestFocus()));
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
        d.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            day.requestFocus();
            day.getEditor().selectAll(); // a day typed replaces the default (it went in front of it, "fJan 6, 2027")
        }));
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
