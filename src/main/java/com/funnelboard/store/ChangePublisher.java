package com.funnelboard.store;

import com.funnelboard.domain.ChangeNotice;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Who hears of the store's committed change sets (see {@link Store#subscribe}): the listeners, and
 * the watcher that publishes the change sets other programs commit. Used by the store alone.
 */
final class ChangePublisher {

    private final List<Consumer<ChangeNotice>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<LocalWatch> locals = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile ChangeWatcher watcher;

    /**
     * Local settings under a key prefix that another program may change (a view saved with the
     * command line beside the window): they are no change set, so no notice tells of them.
     * {@code seen} is what they were when last looked at (see {@link LocalState#fingerprint}), null until the watcher's
     * first look after the watch was added.
     */
    static final class LocalWatch {
        final String prefix;
        final Runnable changed;
        volatile String seen;

        LocalWatch(String prefix, Runnable changed, String seen) {
            this.prefix = prefix;
            this.changed = changed;
            this.seen = seen;
        }
    }

    /** Adds a watch of local settings (looked at by the watcher of other programs, once it runs); returns what removes it. */
    Runnable watchLocal(LocalWatch watch) {
        locals.add(watch);
        return () -> locals.remove(watch);
    }

    List<LocalWatch> locals() {
        return locals;
    }

    /** Adds {@code listener}; returns what removes it. */
    Runnable subscribe(Consumer<ChangeNotice> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Starts watching {@code store} for other programs' change sets, unless it is watched already. */
    synchronized void watch(Store store, long periodMillis, Consumer<Exception> failed, Runnable recovered) {
        if (watcher == null) {
            watcher = new ChangeWatcher(store, periodMillis, failed, recovered, locals);
        }
    }

    /** Tells the watcher, before the commit, that change set {@code id} is this program's own. */
    void ownCommit(UUID id) {
        ChangeWatcher w = watcher;
        if (w != null) {
            w.ownCommit(id);
        }
    }

    /** Closes the watcher's connection (see {@link Store#renewLocks}); its next look opens another. */
    void closeWatcherConnection() {
        ChangeWatcher w = watcher;
        if (w != null) {
            w.closeConnection();
        }
    }

    /** After a restore: the watcher starts again from the change log as it now stands. */
    void rewind() {
        ChangeWatcher w = watcher;
        if (w != null) {
            w.rewind();
        }
    }

    /** Calls every listener; a listener that fails is logged and skipped. */
    void publish(ChangeNotice notice) {
        for (var l : listeners) {
            try {
                l.accept(notice);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Store.class).error("A view failed to follow change set {}", notice.changeSet(), e);
            }
        }
    }

    /** Stops the watcher. */
    synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
