package com.funnelboard.ui.share;

import com.funnelboard.domain.MergeReport;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Export share file… and File → Merge share file…: choosing the file, the merge's preview
 * (new, updated, conflicting), the merge itself as a cancellable task with progress, and then the
 * conflicts view when the merge found any.
 */
public final class ShareDialogs {

    private static final FileChooser.ExtensionFilter SHARE_FILES = new FileChooser.ExtensionFilter("Funnelboard share files", "*.funnel");

    private final ShareViewModel model;
    private final ConflictsDialog conflicts;
    private final Consumer<String> status;
    private final Supplier<Window> owner;
    private final Supplier<java.util.concurrent.CompletionStage<String>> fileName;

    /**
     * @param fileName the name Export offers, read in the background and given on the FX thread: the user's and the
     *        installation's, as the team folder names this installation's file ("ida-berg-3f9a1c2d.funnel"), never
     *        the computer's login
     */
    public ShareDialogs(ShareViewModel model, ConflictsDialog conflicts, Consumer<String> status, Supplier<Window> owner,
            Supplier<java.util.concurrent.CompletionStage<String>> fileName) {
        this.model = model;
        this.conflicts = conflicts;
        this.status = status;
        this.owner = owner;
        this.fileName = fileName;
    }

    /**
     * A merge made beside the window (the command line's {@code share merge}) that leaves conflicts
     * to review: the status bar says so, as the window's own merge opens them (the window showed the
     * merged changes and said nothing of the conflicts).
     */
    public void tellConflictsOfMergesElsewhere(com.funnelboard.service.ChangeFeed feed, java.util.Locale locale) {
        feed.subscribe(n -> {
            if (n.elsewhere() && n.summary() != null && n.summary().startsWith("Resolved a conflict")) {
                // Resolved beside the window (`conflicts resolve`): the count said here is brought up to date ("1 conflict to review"
                // stood after it was resolved).
                model.conflicts(locale).whenComplete((open, failed) -> {
                    if (failed == null) {
                        status.accept(open.isEmpty() ? RESOLVED_ELSEWHERE : waitingSentence(open.size()));
                    }
                });
            }
            if (n.elsewhere() && n.origin() == com.funnelboard.domain.ChangeOrigin.MERGE) {
                model.conflicts(locale).whenComplete((open, failed) -> {
                    if (failed != null) {
                        status.accept("The conflicts a merge beside the window left could not be read: " + failed.getMessage());
                        org.slf4j.LoggerFactory.getLogger(ShareDialogs.class).warn("Reading the conflicts after a merge beside the window failed",
                                failed);
                    } else if (!open.isEmpty()) {
                        status.accept(conflictsSentence(n.summary(), open.size()));
                    }
                });
            }
        });
    }

    /**
     * At the window's start: conflicts that merges left while it was closed (the command line's
     * {@code share merge}, an earlier session) are said in the status bar; nothing showed that they waited.
     */
    public java.util.concurrent.CompletableFuture<?> tellConflictsWaiting(java.util.Locale locale) {
        return model.conflicts(locale).whenComplete((open, failed) -> {
            if (failed != null) {
                org.slf4j.LoggerFactory.getLogger(ShareDialogs.class).warn("Reading the conflicts waiting at the start failed", failed);
            } else if (!open.isEmpty()) {
                status.accept(waitingSentence(open.size()));
            }
        });
    }

    /** Said when the last conflict was resolved beside the window. */
    static final String RESOLVED_ELSEWHERE = "Every conflict from merges is resolved (beside the window).";

    /** "3 conflicts from merges wait to be reviewed in File → Conflicts." */
    static String waitingSentence(int open) {
        return open + (open == 1 ? " conflict from a merge waits" : " conflicts from merges wait") + " to be reviewed in File \u2192 Conflicts.";
    }

    /** "Merged 2 change sets from Bo Lind (bo.funnel) beside the window: 3 conflicts to review in File → Conflicts." */
    static String conflictsSentence(String summary, int open) {
        // The merge's headline without its own count ("…; 1 conflict to review in Conflicts"): the sentence says the open ones.
        String merged = summary == null || summary.isBlank() ? "A merge" : summary.split("; ", 2)[0];
        return merged + " beside the window: " + open
                + (open == 1 ? " conflict" : " conflicts") + " to review in File \u2192 Conflicts.";
    }

    public void export() {
        fileName.get().whenComplete((name, e) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export share file");
            chooser.setInitialFileName(e == null ? name : "share.funnel");
            chooser.getExtensionFilters().add(SHARE_FILES);
            File file = chooser.showSaveDialog(owner.get());
            if (file != null) {
                exportTo(file.toPath());
            }
        });
    }

    /** Writes the share file in the background; says so in the status bar. */
    public void exportTo(Path file) {
        status.accept("Writing " + file.getFileName() + "\u2026");
        model.export(file).thenAccept(e -> status.accept("Wrote " + e.file().getFileName() + " (" + e.changeSets() + " change sets) for your team."));
    }

    public void merge() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Merge share file");
        chooser.getExtensionFilters().add(SHARE_FILES);
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            mergeFrom(file.toPath());
        }
    }

    /**
     * The files being read, asked about or merged: a file opened again meanwhile (twice from the file manager) is not asked about
     * a second time, with a preview read before the first merge (it offered "1 changed" again once that merge had taken it).
     */
    private final java.util.Set<Path> busy = new java.util.HashSet<>();

    /** Previews the merge of {@code file}, asks, then merges it. */
    public void mergeFrom(Path file) {
        Path key = file.toAbsolutePath().normalize();
        if (!busy.add(key)) {
            status.accept(file.getFileName() + " is being merged already; it is not asked about twice.");
            return;
        }
        status.accept("Reading " + file.getFileName() + "\u2026");
        model.preview(file).whenComplete((preview, e) -> {
            boolean merging = false;
            try {
                merging = ask(file, preview, e);
            } finally {
                if (!merging) {
                    busy.remove(key);
                }
            }
        });
    }

    /** Asks about the merge {@code preview} gives, and starts it when the answer is Merge (then true). */
    private boolean ask(Path file, com.funnelboard.domain.MergeReport preview, Throwable e) {
        if (e != null) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            // The refusal's own sentence, without the name of the field it is about ("file: …").
            String said = cause instanceof com.funnelboard.service.InvalidInputException bad
                    ? String.join(" ", bad.problems().values()) : cause.getMessage();
            status.accept(said);
            Alert refused = new Alert(Alert.AlertType.WARNING, said);
            com.funnelboard.ui.common.SafeWrap.guard(refused.getDialogPane()); // right-to-left text never wrapped, before the first layout
            refused.initOwner(owner.get());
            refused.setHeaderText("This file cannot be merged");
            refused.show();
            return false;
        }
        if (preview.received() == 0 && preview.held() == 0 && preview.waiting() == 0) {
            status.accept("Nothing new in " + file.getFileName() + (preview.leftOut().isEmpty() ? "."
                    : "; " + com.funnelboard.domain.MergeReport.leftOutSentence(preview.leftOut()) + "."));
            return false;
        }
        ButtonType mergeButton = new ButtonType("Merge", ButtonBar.ButtonData.OK_DONE);
        boolean stranger = model.sharesNothing();
        Alert ask = new Alert(stranger ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION, "Merging " + file.getFileName() + " from "
                + String.join(", ", preview.authors()) + " gives: " + preview.sentence() + "."
                + (stranger ? "\n\n" + com.funnelboard.domain.MergeReport.SHARES_NOTHING + "." : " Undo takes the whole merge back."),
                mergeButton, ButtonType.CANCEL);
        com.funnelboard.ui.common.SafeWrap.guard(ask.getDialogPane()); // right-to-left text never wrapped, before the first layout
        if (stranger) {
            // Enter cancels: merging a file that shares nothing is a choice to make with the mouse or Tab, not by habit.
            ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(mergeButton)).setDefaultButton(false);
            ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        }
        ask.initOwner(owner.get());
        // Whose work it is, in their names ("Merge what Ola Nordmann changed?"), not a count of change sets.
        ask.setHeaderText("Merge what " + com.funnelboard.domain.Person.listed(preview.authors().stream()
                .map(com.funnelboard.domain.Person::nameOf).distinct().toList()) + " changed?");
        status.accept("Read " + file.getFileName() + ": " + preview.sentence() + ".");
        if (ask.showAndWait().filter(b -> b == mergeButton).isPresent()) {
            Path key = file.toAbsolutePath().normalize();
            run(model.merge(file), () -> busy.remove(key));
            return true;
        }
        status.accept("Did not merge " + file.getFileName() + "; nothing was changed.");
        return false;
    }

    private void run(Task<MergeReport> task, Runnable ended) {
        task.stateProperty().addListener((o, a, b) -> {
            if (b == javafx.concurrent.Worker.State.SUCCEEDED || b == javafx.concurrent.Worker.State.FAILED
                    || b == javafx.concurrent.Worker.State.CANCELLED) {
                ended.run();
            }
        });
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(360);
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        Dialog<Void> progress = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(progress.getDialogPane()); // right-to-left text never wrapped, before the first layout
        progress.initOwner(owner.get());
        progress.setTitle("Merging");
        VBox box = new VBox(10, message, bar);
        box.setPadding(new Insets(12));
        progress.getDialogPane().setContent(box);
        progress.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        progress.setOnCloseRequest(e -> task.cancel());
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            progress.setOnCloseRequest(null);
            progress.close();
            MergeReport r = task.getValue();
            status.accept("Merged: " + r.sentence() + ".");
            if (r.conflicts() > 0) {
                conflicts.show(owner.get());
            }
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            progress.setOnCloseRequest(null);
            progress.close();
            status.accept("The merge failed and nothing was changed: " + task.getException().getMessage());
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> status.accept("The merge was cancelled; nothing was changed."));
        progress.show();
        model.start(task);
    }

    public void conflicts() {
        conflicts.show(owner.get());
    }
}
