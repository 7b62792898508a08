package com.funnelboard.app;

import com.funnelboard.store.DatabaseFile;
import com.funnelboard.store.Store;
import com.funnelboard.store.StoreAccess;
import com.funnelboard.store.StoreException;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starting the window from the command line: the database opened with the window's lock, a second
 * launch handed to the window already open, a damaged file's backup offered, and a failure said in
 * one sentence (and in a dialog when there is a display).
 */
final class WindowLaunch {

    private static final Logger LOG = LoggerFactory.getLogger(WindowLaunch.class);

    private WindowLaunch() {}

    /**
     * Runs the desktop app on {@code database} until its window closes; returns the exit code.
     *
     * @param tell where the sentence goes when the window cannot open (the terminal); the log gets
     *     the stack trace
     */
    public static int run(Path database, Path shareFile, Consumer<String> tell) {
        return run(database, shareFile, tell, new DesktopToolkit());
    }

    /** As {@link #run(Path, Path, Consumer)}, on a toolkit the launch may have started already. */
    static int run(Path database, Path shareFile, Consumer<String> tell, DesktopToolkit toolkit) {
        Clock clock = Clock.systemDefaultZone();
        Store store;
        OpeningNotice notice = new OpeningNotice(toolkit);
        com.funnelboard.service.SlowSteps steps = new com.funnelboard.service.SlowSteps(notice::say, java.time.Duration.ofMillis(800));
        String noFolder = refusal(database, DatabaseFile.defaultLocation());
        if (noFolder != null) {
            closeNotice(steps, notice);
            tell.accept(noFolder);
            if (!toolkit.exited()) {
                showFatal(noFolder, toolkit);
            }
            return com.funnelboard.cli.ExitCodes.IO;
        }
        try {
            StoreException gone = DamagedAtStart.goneWithBackups(database);
            if (gone != null) {
                throw gone; // a database this installation backed up is gone or empty: its backups are offered, no empty one made
            }
            // The window holds the database's lock (one window per database); commands write beside it.
            store = Store.open(database, clock, knownFiles(), StoreAccess.WINDOW, steps);
        } catch (StoreException e) {
            closeNotice(steps, notice);
            if ((e.kind() == StoreException.Kind.IN_USE || e.kind() == StoreException.Kind.BUSY) && SingleInstance.askToFocus(runFolder(), database, shareFile,
                    SingleInstance.STARTING_MILLIS)) {
                tell.accept("Funnelboard is already open on " + database.getFileName() + "; its window was brought to the front"
                        + (shareFile == null ? "." : " to merge " + shareFile.getFileName() + "."));
                toolkit.endUnused();
                return 0;
            }
            LOG.warn("The window could not open {}: {}", database, e.getMessage(), e);
            Store rescued = e.kind() == StoreException.Kind.DAMAGED || e.kind() == StoreException.Kind.NOT_A_DATABASE
                    ? DamagedAtStart.offerNewestGoodBackup(database, e, clock, tell, toolkit) : null;
            if (rescued == null) {
                tell.accept(e.getMessage());
                if (!toolkit.exited()) {
                    showFatal(e.getMessage(), toolkit);
                }
                return e.kind() == StoreException.Kind.IN_USE ? com.funnelboard.cli.ExitCodes.REFUSED
                        : e.kind() == StoreException.Kind.BUSY ? com.funnelboard.cli.ExitCodes.BUSY : com.funnelboard.cli.ExitCodes.IO;
            }
            store = rescued;
        }
        steps.close();
        boolean noticeShown = steps.said();
        DesktopApp app = DesktopApp.create(store, clock, Locale.getDefault(Locale.Category.FORMAT));
        CountDownLatch closed = new CountDownLatch(1);
        boolean started = false;
        try {
            LOG.info("Opening the window on {}", store.file());
            Runnable show = () -> {
                app.show(new Stage(), shareFile, closed::countDown);
                notice.close(noticeShown); // once the main window is up, so the screen is never empty between them
            };
            toolkit.run(show);
            started = true;
            closed.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Interrupted while the window was open", e);
            return com.funnelboard.cli.ExitCodes.IO;
        } catch (RuntimeException e) {
            // No display, no graphics: say so in one sentence; the database is closed untouched.
            LOG.error("The window could not open", e);
            tell.accept("Funnelboard cannot open its window: " + e.getMessage());
            return com.funnelboard.cli.ExitCodes.IO;
        } finally {
            if (started) {
                toolkit.exit(); // after a failed start this would wait forever for the toolkit
            }
            app.close();
        }
    }

    private static void closeNotice(com.funnelboard.service.SlowSteps steps, OpeningNotice notice) {
        steps.close();
        notice.close(steps.said());
    }

    /**
     * Where this installation records the database files it closed (so only a file it did not leave
     * gets the full integrity check): beside the default database, in the app-data folder.
     */
    static Path knownFiles() {
        return DatabaseFile.defaultLocation().resolveSibling(DatabaseFile.KNOWN_FILES);
    }

    /** The app-data folder (the default database's), where backups and the log are kept. */
    static Path appData() {
        return DatabaseFile.defaultLocation().getParent();
    }

    /** Where the windows' launch sockets live: a private folder beside the default database. */
    static Path runFolder() {
        return DatabaseFile.defaultLocation().resolveSibling("run");
    }

    /**
     * Why the window does not open {@code database}, or null: a {@code --db} path into a folder that does not exist is refused as a
     * command refuses it (the window made the folder and an empty database, and a mistyped shortcut showed an empty board as if
     * the pipeline were gone). The default database's folder is made at the first start.
     */
    static String refusal(Path database, Path defaultDatabase) {
        Path wanted = database.toAbsolutePath().normalize();
        return wanted.equals(defaultDatabase.toAbsolutePath().normalize()) ? null : com.funnelboard.cli.MissingDatabase.noFolder(wanted);
    }

    private static void showFatal(String message, DesktopToolkit toolkit) {
        if (Boolean.getBoolean("java.awt.headless") && System.getenv("DISPLAY") == null) {
            return;
        }
        try {
            CountDownLatch done = new CountDownLatch(1);
            toolkit.run(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                com.funnelboard.ui.common.SafeWrap.guard(alert.getDialogPane()); // right-to-left text never wrapped, before the first layout
                alert.setTitle("Funnelboard");
                alert.setHeaderText("Funnelboard cannot open its database");
                alert.setOnHidden(e -> done.countDown());
                try {
                    alert.show();
                } catch (RuntimeException e) {
                    LOG.info("No dialog for the failed start: {}", e.toString());
                    done.countDown();
                }
            });
            done.await();
            toolkit.exit();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // No display: the sentence on the terminal is all we can give.
            LOG.info("No dialog for the failed start: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
