package com.funnelboard.ui.shell;

import com.funnelboard.ui.common.Problems;
import com.funnelboard.ui.common.SafeWrap;
import com.funnelboard.service.NewLead;
import com.funnelboard.ui.board.BoardView;
import com.funnelboard.ui.board.BoardViewModel;
import com.funnelboard.ui.lead.NewLeadDialog;
import com.funnelboard.ui.lead.NewLeadViewModel;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;

/**
 * The main window's dialogs and what follows their answers: New lead, Settings, who uses this
 * installation, the sample pipeline offered on an empty database (its progress in the status bar),
 * and the Check database report.
 */
final class ShellDialogs {

    private final ShellViewModel shell;
    private final BoardViewModel boardModel;
    private final BoardView board;
    private final Supplier<javafx.stage.Window> window;
    private final ProgressBar progress;
    private final Button cancel;
    private NewLeadViewModel pendingLead;
    /** File → Quit (Ctrl+Q), which a form open over the window passes on once it has kept what was typed. */
    private final Runnable quit;

    /**
     * @param window the main window (null before it is shown)
     * @param progress the status bar's progress, for the sample pipeline
     * @param cancel the status bar's Cancel, for the sample pipeline
     */
    /**
     * @param lookAlikesOf the stored contacts a lead's contact would look like (New lead offers to add the deal to one)
     */
    ShellDialogs(ShellViewModel shell, BoardViewModel boardModel, BoardView board, Supplier<javafx.stage.Window> window, ProgressBar progress,
            Button cancel, Runnable quit,
            java.util.function.Function<com.funnelboard.service.ContactService.Typed,
                    java.util.concurrent.CompletionStage<java.util.List<com.funnelboard.service.ContactService.LookAlike>>> lookAlikesOf) {
        this.lookAlikesOfNew = lookAlikesOf;
        this.quit = quit;
        this.shell = shell;
        this.boardModel = boardModel;
        this.board = board;
        this.window = window;
        this.progress = progress;
        this.cancel = cancel;
    }

    private final java.util.function.Function<com.funnelboard.service.ContactService.Typed,
            java.util.concurrent.CompletionStage<java.util.List<com.funnelboard.service.ContactService.LookAlike>>> lookAlikesOfNew;

    private javafx.stage.Window window() {
        return window.get();
    }


    /** The settings dialog: the rot thresholds and who you are; a changed identity is saved as such. */
    /** The window's theme, chosen in Settings as in View → Theme (null until the window has one). */
    private javafx.beans.property.ObjectProperty<ThemeSwitch.Choice> theme;

    /** The text size in percent, chosen in Settings as in View → Larger text (null until the window has one). */
    private javafx.beans.property.IntegerProperty textSize;

    void setTextSize(javafx.beans.property.IntegerProperty textSize) {
        this.textSize = textSize;
    }

    void setTheme(javafx.beans.property.ObjectProperty<ThemeSwitch.Choice> theme) {
        this.theme = theme;
    }

    void openSettings() {
        shell.rotRule().thenCombine(shell.me(), (rule, me) -> new Object[] {rule, me}).thenAccept(both -> {
            com.funnelboard.domain.RotRule rule = (com.funnelboard.domain.RotRule) both[0];
            @SuppressWarnings("unchecked")
            Optional<com.funnelboard.domain.Person> me = (Optional<com.funnelboard.domain.Person>) both[1];
            SettingsDialog.ask(window(), rule, me.orElse(new com.funnelboard.domain.Person(System.getProperty("user.name", ""), "")), theme, textSize)
                    .ifPresent(choice -> {
                        shell.saveRotThresholds(choice.rotDays());
                        IdentityDialog.Answer you = choice.you();
                        boolean same = me.map(p -> p.name().equals(you.name().strip())
                                && p.email().equalsIgnoreCase(you.email().strip())).orElse(false);
                        if (!same) {
                            saveIdentity(you);
                        }
                    });
        });
    }

    private void saveIdentity(IdentityDialog.Answer you) {
        shell.saveIdentity(you.name(), you.email(), you.takeUnowned()).thenAccept(said -> {
            boardModel.setStatus(said);
            boardModel.refresh(); // "My deals" and the owners' names
        });
    }

    /** First start (or a database copied from elsewhere): asks who uses this installation. */
    CompletableFuture<Void> askWhoYouAre() {
        return shell.identityToAsk().thenAccept(ask -> ask.ifPresent(q -> IdentityDialog.ask(window(), q.suggested(), q.copiedFrom(), q.unowned(), q.othersOwn())
                .ifPresent(this::saveIdentity)));
    }

    /**
     * Offers the sample pipeline (asked once per database); loads it if the user agrees. With
     * {@code importFile}, someone arriving with a spreadsheet or an address book is offered File →
     * Import… there too.
     */
    void offerSample(Runnable importFile) {
        ButtonType load = new ButtonType("Load sample pipeline", ButtonBar.ButtonData.OK_DONE);
        ButtonType bring = new ButtonType("Import a file\u2026", ButtonBar.ButtonData.OTHER);
        ButtonType empty = new ButtonType("Start empty", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = importFile == null ? new Alert(Alert.AlertType.CONFIRMATION, "", load, empty)
                : new Alert(Alert.AlertType.CONFIRMATION, "", load, bring, empty);
        com.funnelboard.ui.common.SafeWrap.guard(ask.getDialogPane()); // right-to-left text never wrapped, before the first layout
        ask.initOwner(window());
        ask.setTitle("Welcome to Funnelboard");
        ask.setHeaderText("Your pipeline is empty");
        // The board's own icon, not the stock question mark, which matched nothing else in the window.
        org.kordamp.ikonli.javafx.FontIcon board = new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.TRELLO);
        board.setIconSize(32);
        board.getStyleClass().add("welcome-icon");
        ask.setGraphic(board);
        // Enter starts empty: a reflex Return after "Who are you?" filled the real database with made-up deals.
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(load)).setDefaultButton(false);
        javafx.scene.control.Button startEmpty = (javafx.scene.control.Button) ask.getDialogPane().lookupButton(empty);
        startEmpty.setDefaultButton(true);
        ask.setOnShown(e -> startEmpty.requestFocus());
        ask.setContentText("Load a sample pipeline of " + ShellViewModel.SAMPLE_DEALS
                + " deals, with interactions and follow-ups, to try the board? "
                + (importFile == null ? "" : "Or bring your contacts and deals from a spreadsheet, another CRM's export or an address book "
                        + "(CSV or vCard). ")
                + "You can also start empty and add your first lead with Ctrl+N.");
        Optional<ButtonType> answer = ask.showAndWait();
        shell.sampleOffered();
        if (answer.filter(load::equals).isPresent()) {
            shell.defaultCurrency().thenAccept(currency -> runSample(currency));
        } else if (importFile != null && answer.filter(bring::equals).isPresent()) {
            importFile.run();
        }
    }

    private void runSample(String currency) {
        ShellViewModel.SampleTask task = shell.sampleTask(System.nanoTime(), ShellViewModel.SAMPLE_DEALS, currency);
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
        cancel.setOnAction(e -> task.stop());
        boardModel.setStatus("Loading a sample pipeline…");
        Runnable done = () -> {
            progress.progressProperty().unbind();
            progress.setVisible(false);
            cancel.setVisible(false);
        };
        task.setOnSucceeded(e -> {
            boardModel.setStatus("Sample pipeline loaded: " + task.getValue() + " deals.");
            done.run();
        });
        task.setOnFailed(e -> {
            // The sample is written in one transaction: stopped or failed, none of it was added.
            if (task.getException() instanceof CancellationException) {
                boardModel.setStatus("Sample loading cancelled; nothing was added.");
            } else {
                boardModel.setStatus("");
                shell.problems().report("sample", "The sample pipeline was not added", task.getException(), () -> runSample(currency));
            }
            done.run();
        });
    }

    /** Help → Check database: runs the read-only check in the background and shows its verdict. */
    void checkDatabase() {
        boardModel.setStatus("Checking the database…");
        shell.checkDatabase().thenAccept(check -> {
            boardModel.setStatus(check.healthy() ? "The database is intact." : "The database has problems: see the report.");
            report(check, check.healthy() ? "The database is intact" : "The database has problems", check.verdict());
        }).whenComplete((v, e) -> {
            if (e != null) {
                boardModel.setStatus(""); // the failure shows in the status bar's problem part
            }
        });
    }

    /** A damaged file found by the check left for after the first screen: said at once, with what to do. */
    void reportDamageFoundAfterStart(com.funnelboard.domain.DatabaseCheck check) {
        boardModel.setStatus("The database is damaged: see the report.");
        report(check, "The database is damaged", check.verdict()
                + " Close Funnelboard: at its next start it checks the whole file and offers the newest good backup.");
    }

    private void report(com.funnelboard.domain.DatabaseCheck check, String header, String text) {
        Alert a = new Alert(check.healthy() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, text);
        com.funnelboard.ui.common.SafeWrap.guard(a.getDialogPane()); // right-to-left text never wrapped, before the first layout
        a.initOwner(window());
        a.setTitle("Check database");
        a.setHeaderText(header);
        if (!check.healthy()) {
            javafx.scene.control.TextArea details = new javafx.scene.control.TextArea(String.join("\n",
                    java.util.stream.Stream.of(check.integrity(), check.foreignKeys(), check.schema()).flatMap(java.util.List::stream)
                            .map(com.funnelboard.domain.Printable::escape).toList()));
            details.setEditable(false);
            SafeWrap.wrap(details);
            a.getDialogPane().setExpandableContent(details);
        }
        a.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        a.show();
    }

    /**
     * Opens "New lead"; after a failed save, or after it was closed with something typed (Escape,
     * Cancel), the dialog comes back with everything typed, and Start over empties it.
     */
    void newLead() {
        if (pendingLead != null) {
            showNewLead(pendingLead);
            return;
        }
        // What was typed and not saved before a quit or a crash comes back from this installation's drafts.
        shell.defaultCurrency().thenCombine(shell.newLeadDraft(), (currency, draft) -> {
            NewLeadViewModel model = new NewLeadViewModel(currency, shell.locale(), boardModel::organizationsStarting, lookAlikesOfNew);
            model.restore(draft);
            return model;
        }).thenAccept(this::showNewLead);
        // (A failure to read the currency or the draft shows in the status bar; Ctrl+N tries again.)
    }

    /** How long typing in New lead pauses before what was typed is kept on disk (the log bar keeps its note so). */
    static final javafx.util.Duration DRAFT_PAUSE = com.funnelboard.ui.common.DraftPause.KEEP;

    private void showNewLead(NewLeadViewModel model) {
        NewLeadDialog dialog = new NewLeadDialog(window(), model);
        // Kept as typed, after a pause: the app killed (or the machine dying) with the form open lost it, while a note
        // typed in the log bar was kept.
        com.funnelboard.ui.common.DraftPause.Keeper keep = new com.funnelboard.ui.common.DraftPause.Keeper(() -> shell.keepNewLeadDraft(model.draft()));
        Runnable stopKeeping = model.onChange(keep::changed);
        Optional<NewLead> lead = dialog.showAndWait();
        stopKeeping.run();
        keep.stop();
        if (lead.isEmpty()) {
            pendingLead = model.typed() ? model : null;
            // Kept on disk too, so a quit (Ctrl+Q closes the form first) or a crash does not lose it; nothing typed forgets it.
            shell.keepNewLeadDraft(model.draft());
            if (pendingLead != null) {
                boardModel.setStatus("The lead you were adding is kept: New lead (Ctrl+N) brings it back.");
            }
            if (dialog.quitAsked()) {
                quit.run();
            }
            return;
        }
        pendingLead = model;
        java.util.UUID existing = model.existingContactId();
        String to = existing == null ? "" : " for " + model.existingContact().get().second().name();
        (existing == null ? boardModel.createLead(lead.get()) : boardModel.createDealFor(existing, lead.get())).thenAccept(id -> {
            pendingLead = null;
            shell.keepNewLeadDraft(java.util.Map.of());
            String added = "Lead \u201C" + lead.get().title().strip() + "\u201D added" + to + ".";
            boardModel.setStatus(added);
            // Added while the board shows one owner's deals, or a search: it said "added" of a card nowhere in sight.
            board.selectDeal(id).thenAccept(shown -> {
                if (!shown) {
                    boardModel.setStatus(added + " " + BoardView.FILTERED_OUT);
                }
            });
        }).exceptionally(e -> {
            Throwable cause = Problems.unwrap(e);
            shell.problems().log("The lead was not saved", cause);
            Alert a = new Alert(Alert.AlertType.ERROR, cause.getMessage());
            com.funnelboard.ui.common.SafeWrap.guard(a.getDialogPane()); // right-to-left text never wrapped, before the first layout
            a.initOwner(window());
            a.setHeaderText("The lead was not saved");
            a.showAndWait();
            showNewLead(model);
            return null;
        });
    }

    /** The button that undoes a merge of teammates' changes once asked (see {@link #confirmMergeUndo}). */
    static final javafx.scene.control.ButtonType UNDO_MERGE = new javafx.scene.control.ButtonType("Undo the merge",
            javafx.scene.control.ButtonBar.ButtonData.OK_DONE);

    /**
     * Asks before a merge of teammates' changes is undone, saying what the undo does on their copies; Cancel is the default
     * (Enter keeps the merge). True: undo it.
     */
    boolean confirmMergeUndo(String said) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, said, UNDO_MERGE, javafx.scene.control.ButtonType.CANCEL);
        ask.initOwner(window.get());
        ask.setTitle("Undo the merge");
        ask.setHeaderText("Undo the merge of your teammates' changes?");
        ask.getDialogPane().setId("undo-merge-question");
        ask.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(UNDO_MERGE)).setDefaultButton(false);
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL)).setDefaultButton(true);
        return ask.showAndWait().filter(UNDO_MERGE::equals).isPresent();
    }
}
