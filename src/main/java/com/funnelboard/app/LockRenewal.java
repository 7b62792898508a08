package com.funnelboard.app;

import com.funnelboard.store.Store;
import java.util.concurrent.Executor;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has the store take SQLite's locks afresh each time the window gets the focus back, as it does
 * when a file dialog closes: such a dialog may read the files of the folders it shows (GTK tells
 * their kinds from their first bytes), and closing them drops every lock this process held on the
 * database (see {@link Store#renewLocks}). Off the FX thread; a renewal that finds connections in
 * use for over a second gives up until the next time. On Linux the store's watcher sees the lock
 * gone (the system lists every lock) and renews it itself, whatever closed the file; this is for
 * the systems that cannot tell.
 */
final class LockRenewal {

    private static final Logger LOG = LoggerFactory.getLogger(LockRenewal.class);

    private LockRenewal() {}

    static void install(Stage stage, Store store, Executor background) {
        if (java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/locks"))) {
            return;
        }
        stage.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                background.execute(() -> {
                    if (!store.renewLocks()) {
                        LOG.info("The database's connections stayed in use; their locks are renewed the next time the window gets the focus");
                    }
                });
            }
        });
    }
}
