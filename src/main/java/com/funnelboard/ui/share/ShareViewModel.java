package com.funnelboard.ui.share;

import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.MergeReport;
import com.funnelboard.service.ShareService;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.concurrent.Task;

/**
 * Sharing in the window: exporting this installation's share file, previewing and merging a
 * teammate's (a cancellable task), and the conflicts to review. Disk work runs off the FX thread;
 * the views follow the merge's changes through the change feed like any other change.
 */
public final class ShareViewModel {

    private final ShareService share;
    private final UiExecutors executors;

    public ShareViewModel(ShareService share, UiExecutors executors) {
        this.share = share;
        this.executors = executors;
    }

    /** Writes the share file; a failure shows in the status bar with Retry. */
    public CompletableFuture<ShareService.Exported> export(Path file) {
        return executors.watch("share-export", "The share file " + file.getFileName() + " was not written",
                () -> executors.supply(() -> share.export(file)));
    }

    /** What merging {@code file} would do (nothing is changed); fails with the sentence that refuses a bad file. */
    public CompletableFuture<MergeReport> preview(Path file) {
        return executors.supply(() -> {
            boolean hadHistory = share.hasHistory();
            MergeReport r = share.preview(file);
            sharesNothing = r.sharesNothing(hadHistory);
            return r;
        });
    }

    private volatile boolean sharesNothing;

    /** Whether the file last previewed shares nothing with this pipeline (see {@link MergeReport#sharesNothing}). */
    public boolean sharesNothing() {
        return sharesNothing;
    }

    /** The merge as a task: run it on a background thread; cancelling it leaves the database as it was. */
    public Task<MergeReport> merge(Path file) {
        return new Task<>() {
            @Override
            protected MergeReport call() {
                updateMessage("Merging " + file.getFileName() + "\u2026");
                updateProgress(-1, 1);
                MergeReport r = share.merge(file, this::isCancelled);
                updateProgress(1, 1);
                updateMessage("Merged: " + r.sentence() + ".");
                return r;
            }
        };
    }

    /** A conflict with its words (the field's name, each side's value as people read it). */
    public record Described(FieldConflict conflict, com.funnelboard.service.ShareService.ConflictText text) {}

    /** The conflicts to review, described for {@code locale}, read in the background. */
    public CompletableFuture<List<Described>> conflicts(java.util.Locale locale) {
        return executors.supply(() -> {
            List<FieldConflict> all = share.conflicts();
            List<com.funnelboard.service.ShareService.ConflictText> texts = share.describe(all, locale);
            return java.util.stream.IntStream.range(0, all.size()).mapToObj(i -> new Described(all.get(i), texts.get(i))).toList();
        });
    }

    /** Keeps one value of a conflict (a typed amount read in {@code locale}); completes with what was kept. */
    public CompletableFuture<String> resolve(FieldConflict c, FieldConflict.Keep keep, String value, java.util.Locale locale) {
        return executors.supply(() -> share.resolve(c.id().toString(), keep, value, locale));
    }

    /** Runs a task on the background executor. */
    public void start(Task<?> task) {
        executors.background().execute(task);
    }
}
