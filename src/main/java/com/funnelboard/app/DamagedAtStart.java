package com.funnelboard.app;

import atlantafx.base.theme.PrimerLight;
import com.funnelboard.service.BackupService;
import com.funnelboard.store.Store;
import com.funnelboard.store.StoreAccess;
import com.funnelboard.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database that SQLite finds damaged when the window starts (the open runs quick_check, or the
 * full check on a file this installation did not leave): the window says so and offers the newest
 * backup that passes the full integrity check, with what it holds. Restoring keeps the damaged file
 * beside it ({@code NAME.damaged-TIME}).
 */
final class DamagedAtStart {

    private static final Logger LOG = LoggerFactory.getLogger(DamagedAtStart.class);
    private DamagedAtStart() {}

    /**
     * Why the window does not open a database this installation keeps backups of, when it is gone or
     * empty (moved, deleted, emptied): its newest good backup is offered instead, and no empty database
     * is made in its place — one was, and the next daily backups pushed the good ones out. Null when
     * the file holds a database, or when it was never backed up here (a new one is started then).
     */
    static StoreException goneWithBackups(Path database) {
        if (!com.funnelboard.store.DatabaseFile.notStarted(database)) {
            return null;
        }
        Path folder = BackupService.folderFor(WindowLaunch.appData(), database);
        try {
            if (new BackupService.Shelf(WindowLaunch.appData(), database).list().isEmpty()) {
                return null;
            }
        } catch (RuntimeException e) {
            LOG.warn("The backups of {} could not be listed", database, e);
            return null;
        }
        return new StoreException(StoreException.Kind.NOT_A_DATABASE, (java.nio.file.Files.isRegularFile(database)
                ? database + " is empty: it holds no database" : "There is no database at " + database + " any more")
                + ", and nothing was created. To start a new, empty database there instead, move its backups (" + folder + ") aside.");
    }

    /**
     * Offers the newest good backup of a damaged database; returns the store opened on it when the
     * user took it, else null (the caller says why the window does not open).
     */
    static Store offerNewestGoodBackup(Path database, StoreException damage, Clock clock, Consumer<String> tell, DesktopToolkit toolkit) {
        if (com.funnelboard.store.IndexRepair.indexesOnly(database)) {
            // Only the lookup tables SQLite builds from the rows: rebuilt, nothing is lost (a backup lost what came after it).
            String problem = damage.getMessage().replace(" Restore a backup or ask for a fresh copy.", "");
            tell.accept(problem + " Only its indexes are damaged; rebuilding them keeps everything written.");
            if (!ask(problem, toolkit, "Only its indexes are damaged: the lookup tables SQLite builds from the data. "
                    + "Rebuilding them keeps everything written, also what was saved after the newest backup. The damaged file is kept "
                    + "beside it.", "Rebuild the indexes")) {
                return null;
            }
            try {
                Path kept = com.funnelboard.store.IndexRepair.repair(database, clock.instant());
                LOG.warn("Rebuilt the indexes of {} (the damaged file kept as {})", database, kept);
                tell.accept("Rebuilt the indexes of " + database.getFileName() + ": nothing written was lost (the damaged file is kept as "
                        + kept.getFileName() + ").");
                return Store.open(database, clock, WindowLaunch.knownFiles(), StoreAccess.WINDOW);
            } catch (StoreException e) {
                LOG.error("The indexes of {} could not be rebuilt", database, e);
                tell.accept(e.getMessage());
                // the backup is offered next
            }
        }
        Optional<BackupService.Good> good;
        try {
            good = BackupService.newestGood(BackupService.folderFor(WindowLaunch.appData(), database));
        } catch (RuntimeException e) {
            LOG.warn("The backups could not be looked at", e);
            return null;
        }
        if (good.isEmpty()) {
            return null;
        }
        BackupService.Good g = good.get();
        // As File → Backups… writes them: a backup to the second, a change to the minute.
        com.funnelboard.ui.common.Formats formats = com.funnelboard.ui.common.Formats.of(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT),
                clock.getZone());
        String when = formats.weekdayTimeSeconds(g.backup().at());
        String holds = g.preview().deals() + (g.preview().deals() == 1 ? " deal" : " deals") + " and " + g.preview().contacts()
                + (g.preview().contacts() == 1 ? " contact" : " contacts");
        boolean there = !com.funnelboard.store.DatabaseFile.notStarted(database);
        // A file that is not SQLite where a database this installation backed up was is that database, damaged.
        String problem = damage.kind() == StoreException.Kind.NOT_A_DATABASE && there && !com.funnelboard.store.DatabaseFile.beginsAsSqlite(database)
                ? database
                + " is damaged: it is no longer an SQLite file (its beginning was overwritten or cut); nothing was changed." : damage.getMessage();
        tell.accept(problem + " The newest good backup is of " + when + " (" + holds + ").");
        if (!ask(problem, toolkit, "Restore the newest good backup, of " + when + "? It holds " + holds
                + (g.preview().newestChangeAt() == null ? "" : ", the newest change of "
                        + formats.weekdayTime(g.preview().newestChangeAt()) + "; what was saved after that is not in it")
                + (there ? ". The damaged file is kept beside it." : "."), "Restore backup")) {
            return null;
        }
        try {
            Path kept = BackupService.putInPlace(database, g.backup(), clock.instant()); // (nothing kept when nothing was there)
            LOG.warn("Restored {} in place of the damaged {} (kept as {})", g.backup().file(), database, kept);
            return Store.open(database, clock, WindowLaunch.knownFiles(), StoreAccess.WINDOW);
        } catch (StoreException e) {
            LOG.error("The backup could not be restored in place of {}", database, e);
            tell.accept(e.getMessage());
            return null;
        }
    }

    /** Asks on the toolkit, which keeps running for the window when the answer is yes. */
    private static boolean ask(String problem, DesktopToolkit toolkit, String offer, String action) {
        if (Boolean.getBoolean("java.awt.headless") && System.getenv("DISPLAY") == null) {
            return false;
        }
        AtomicBoolean yes = new AtomicBoolean();
        CountDownLatch answered = new CountDownLatch(1);
        try {
            Runnable question = () -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                ButtonType restore = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
                Alert alert = new Alert(Alert.AlertType.WARNING, offer, restore, ButtonType.CANCEL);
                com.funnelboard.ui.common.SafeWrap.guard(alert.getDialogPane()); // right-to-left text never wrapped, before the first layout
                alert.setTitle("Funnelboard");
                alert.setHeaderText(problem);
                alert.setOnHidden(e -> {
                    yes.set(restore.equals(alert.getResult()));
                    answered.countDown();
                });
                alert.show();
            };
            Platform.setImplicitExit(false);
            toolkit.run(question);
            answered.await();
            if (!yes.get()) {
                toolkit.exit();
            }
            return yes.get();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            LOG.info("No dialog to offer the backup: {}", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
