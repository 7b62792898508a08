package com.funnelboard.service;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.store.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What views learn of changes from: every change set committed to the database, by this program
 * (published on the committing thread, right after the commit) or by another one writing beside it
 * (the command line; published on the store's watcher thread once the window watches for them).
 */
public final class ChangeFeed {

    /**
     * Above this many changed rows a view re-reads what it shows rather than asking where the
     * change shows (an import, the sample pipeline).
     */
    public static final int MAX_TRACED_ROWS = 100;

    private final Store store;

    public ChangeFeed(Store store) {
        this.store = store;
    }

    /**
     * Calls {@code listener} with every committed change set, on the thread that committed or
     * noticed it; the listener hands work to its own thread.
     */
    public Subscription subscribe(Consumer<ChangeNotice> listener) {
        Runnable stop = store.subscribe(listener);
        return stop::run;
    }

    /** Stops the calls of one {@link #subscribe}. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** The row keys that are ids (a setting's key is not). */
    static List<UUID> ids(Collection<String> rowKeys) {
        List<UUID> ids = new ArrayList<>(rowKeys.size());
        for (String key : rowKeys) {
            try {
                ids.add(UUID.fromString(key));
            } catch (IllegalArgumentException notAnId) {
                // a setting's key: no row of a deal or contact
            }
        }
        return ids;
    }
}
