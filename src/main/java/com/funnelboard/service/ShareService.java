package com.funnelboard.service;

import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.MergeReport;
import com.funnelboard.store.ShareExchange;
import com.funnelboard.store.Store;
import com.funnelboard.store.StoreException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Sharing with a team through share files: writing this installation's file, previewing and
 * merging a teammate's, and the conflicts a merge found, with their resolution.
 */
public final class ShareService {

    private final Store store;
    private final ShareExchange exchange;

    public ShareService(Store store) {
        this.store = store;
        this.exchange = new ShareExchange(store);
    }

    /** What an export wrote. */
    public record Exported(Path file, long changeSets, long changes) {}

    /**
     * Writes the share file to {@code file}, whole or not at all.
     *
     * @throws InvalidInputException when {@code file} is the open database
     * @throws UncheckedIOException saying why the file could not be written
     */
    public Exported export(Path file) {
        OutputFiles.refuseDatabase(store, file);
        try {
            ShareExchange.Exported e = exchange.export(file);
            return new Exported(e.file(), e.changeSets(), e.changes());
        } catch (StoreException e) {
            throw new UncheckedIOException(e.getMessage(), new java.io.IOException(e));
        }
    }

    /** What merging {@code file} would do; nothing is changed. */
    public MergeReport preview(Path file) {
        return merge(file, true, () -> false);
    }

    /**
     * Merges {@code file} as one change set (undoable as one action).
     *
     * @throws InvalidInputException with one sentence when the file is refused (nothing changed)
     * @throws java.util.concurrent.CancellationException when cancelled (nothing changed)
     */
    public MergeReport merge(Path file, BooleanSupplier cancelled) {
        return merge(file, false, cancelled);
    }

    private MergeReport merge(Path file, boolean dryRun, BooleanSupplier cancelled) {
        try {
            return exchange.merge(file, dryRun, cancelled);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.IO) {
                throw new UncheckedIOException(e.getMessage(), new java.io.IOException(e));
            }
            throw new InvalidInputException("file", e.getMessage());
        }
    }

    /** The conflicts to review, oldest first. */
    public List<FieldConflict> conflicts() {
        return exchange.conflicts();
    }

    /**
     * Resolves a conflict by keeping one value, through the write path: a change that travels.
     *
     * @throws InvalidInputException when there is no such conflict or the value does not fit
     */
    public String resolve(String id, FieldConflict.Keep keep, String value) {
        try {
            return exchange.resolve(id, keep, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("conflict", e.getMessage());
        }
    }
}
