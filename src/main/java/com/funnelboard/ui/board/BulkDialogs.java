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

    /** A move to Lost's answer. */
    record Lost(LostReason reason, String note) {}

    /** An expected close date, or none. */
    record Close(LocalDate day) {}

    static final ButtonType MOVE_ALL = new ButtonType("Move all, overriding", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType MOVE_OTHERS = new ButtonType("Move only those that meet it", ButtonBar.ButtonData.OTHER);

    private BulkDialogs() {}

    /**
     * Asks what to do with marked deals that do not meet the checklist of {@code to}: give a reason to move them anyway (kept
     * with each of their moves, as a single move's override is), or move only the others.
     */
    static Optional<Forward> forward(Window owner, Stage to, int marked, List<String> unmet) {
        Dialog<Forward> d = dialog(owner, "Move to " + to.label());
        d.setHeaderText(header(to, marked, unmet.size()));
        Label which = new Label(BulkDeals.named(unmet, "; ") + ".");
        which.setWrapText(true);
        which.setId("bulk-unmet");
        TextField reason = new TextField();
        reason.setId("bulk-override");
        reason.setPromptText("Why they move anyway (kept with each of their moves)");
        Label label = new Label("Reason to override the checklist for " + (unmet.size() == 1 ? "it" : "them"));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setLabelFor(reason);
        d.getDialogPane().setContent(content(which, label, reason));
        boolean others = unmet.size() < marked;
        d.getDialogPane().getButtonTypes().setAll(others ? List.of(ButtonType.CANCEL, MOVE_OTHERS, MOVE_ALL) : List.of(ButtonType.CANCEL, MOVE_ALL));
        Button all = (Button) d.getDialogPane().lookupButton(MOVE_ALL);
        all.setId("bulk-move-all");
        all.disableProperty().bind(reason.textProperty().map(t -> t.isBlank()));
        if (others) {
            d.getDialogPane().lookupButton(MOVE_OTHERS).setId("bulk-move-others");
        }
        d.setResultConverter(b -> b == MOVE_ALL && !reason.getText().isBlank() ? new Forward(true, reason.getText().strip())
                : b == MOVE_OTHERS ? new Forward(false, null) : null);
        d.setOnShown(e -> reason.requestFocus());
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
    static Optional<Lost> lost(Window owner, int marked) {
        Dialog<Lost> d = dialog(owner, "Mark as lost");
        d.setHeaderText("Why were the " + count(marked) + " lost?");
        ComboBox<LostReason> reason = new ComboBox<>(FXCollections.observableArrayList(LostReason.values()));
        reason.setId("bulk-lost-reason");
        reason.setPromptText("Choose a reason");
        reason.setMaxWidth(Double.MAX_VALUE);
        TextField note = new TextField();
        note.setId("bulk-lost-note");
        note.setPromptText("A note (required with Other)");
        d.getDialogPane().setContent(content(reason, note));
        ButtonType mark = new ButtonType("Mark " + count(marked) + " as lost", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, mark);
        Button ok = (Button) d.getDialogPane().lookupButton(mark);
        ok.setId("bulk-lost-confirm");
        ok.getStyleClass().add(Styles.DANGER);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> reason.getValue() == null
                || reason.getValue().needsNote() && note.getText().isBlank(), reason.valueProperty(), note.textProperty()));
        d.setResultConverter(b -> b == mark && reason.getValue() != null ? new Lost(reason.getValue(), note.getText().isBlank() ? null
                : note.getText().strip()) : null);
        d.setOnShown(e -> reason.requestFocus());
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
        d.setResultConverter(b -> b == set && day.getValue() != null ? new Close(day.getValue()) : b == none ? new Close(null) : null);
        return d.showAndWait();
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
