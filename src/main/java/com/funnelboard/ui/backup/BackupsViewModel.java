package com.funnelboard.ui.backup;

import com.funnelboard.domain.BackupPreview;
import com.funnelboard.service.BackupService;
import com.funnelboard.ui.common.UiExecutors;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File → Backups…: the backups with what each holds, Back up now, and Restore. Everything touching
 * the disk runs in the background; a failure shows in the status bar.
 */
public final class BackupsViewModel {

    /** A backup and what it holds. */
    public record Row(BackupService.Backup backup, BackupPreview preview) {}

    private final BackupService backups;
    private final UiExecutors executors;
    private final Consumer<String> status;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** @param status where what happened is said (the window's status bar) */
    public BackupsViewModel(BackupService backups, UiExecutors executors, Consumer<String> status) {
        this.backups = backups;
        this.executors = executors;
        this.status = status;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** True while a backup or a restore runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public String folder() {
        return backups.folder().toString();
    }

    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");

    /** True while the list is read (each backup checked takes a while): the dialog says so, not "No backups yet". */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    private Runnable following;

    /**
     * While the dialog shows, a backup taken meanwhile (the day's, which the window takes a little after it starts) is
     * listed: the dialog said "No backups yet." beside a backup taken after it opened. {@link #stopFollowing} ends it.
     */
    public void follow() {
        stopFollowing();
        following = backups.whenTaken(() -> executors.fx().execute(() -> {
            if (following != null && !busy.get()) { // its own Back up now and Restore read the list when they end
                refresh();
            }
        }));
    }

    /** The dialog closed: backups taken from now on are not read for it. */
    public void stopFollowing() {
        if (following != null) {
            following.run();
            following = null;
        }
    }

    /** Reads the list again, each backup checked and counted. */
    public CompletableFuture<Void> refresh() {
        reading.set(true);
        return executors.watch("backups", "The backups could not be listed",
                () -> executors.supply(() -> backups.list().stream().map(b -> new Row(b, backups.preview(b))).toList())
                        .thenAccept(rows::setAll)).whenCompleteAsync((v, e) -> reading.set(false), executors.fx());
    }

    /** Takes a backup now. */
    public CompletableFuture<Void> backUpNow() {
        return run("The backup was not taken", () -> {
            BackupService.Backup b = backups.create();
            return "Backed up to " + b.file().getFileName() + ".";
        });
    }

    /** How a backup's time is said, as the dialog lists it (the id's own form until the window says). */
    private java.util.function.Function<java.time.Instant, String> when = java.time.Instant::toString;

    /** Says backups' times in the user's words ("Sat, Dec 5, 7:19:23 PM"), as the dialog lists them. */
    public void sayTimes(java.util.function.Function<java.time.Instant, String> said) {
        this.when = java.util.Objects.requireNonNull(said);
    }

    /**
     * What restoring the backup would take out: the changes made after its newest one ("3 changes made since it, the newest
     * Dec 7, 21:12: New lead “After backup”"), or "" when none; read off the FX thread, given on it.
     */
    public CompletableFuture<String> takenOut(Row row) {
        return executors.problems().logFailure("What a restore would take out could not be read",
                executors.supply(() -> backups.madeAfter(row.preview()))).thenApplyAsync(later -> later.count() == 0 ? ""
                        : (later.count() == 1 ? "1 change was" : later.count() + " changes were") + " made after it, which restoring it takes out"
                                + " (the newest " + when.apply(later.newestAt()) + (later.newest().isEmpty() ? "" : ": " + later.newest()) + ").",
                        executors.fx());
    }

    /** Restores a backup (what is there now is backed up first). */
    public CompletableFuture<Void> restore(Row row) {
        return run("The backup was not restored", () -> {
            BackupService.Backup before = backups.restore(row.backup());
            return "Restored the backup of " + when.apply(row.backup().at()) + "; what was there before is kept as the backup of "
                    + when.apply(before.at()) + ".";
        });
    }

    private CompletableFuture<Void> run(String what, java.util.function.Supplier<String> work) {
        busy.set(true);
        status.accept(what.contains("restored") ? "Restoring a backup\u2026" : "Backing up\u2026");
        return executors.watch("backups", what, () -> executors.supply(work)).handle((said, failure) -> {
            busy.set(false);
            status.accept(failure == null ? said : "");
            return (Void) null;
        }).thenCompose(v -> refresh());
    }

    /** Rows as they are now (for a dialog that lists them). */
    List<Row> snapshot() {
        return List.copyOf(rows);
    }
}
