package com.funnelboard.service.importing;

import com.funnelboard.domain.importing.ImportRow;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The running counts of an import. */
final class ImportTally {
    final Count contacts = new Count();
    final Count organizations = new Count();
    final Count deals = new Count();
    long dealsWithoutContact;
    /** Won or lost deals written without a close date: they count as closed when created, or now. */
    long closedUndated;
    /**
     * Problems found while writing (a row's deal left out, a company row's phone number), after those of reading,
     * the first {@link ImportResult#MAX_PROBLEMS} of them; {@link #leftOutCount} counts them all.
     */
    final List<ImportRow.Problem> leftOut = new ArrayList<>();
    long leftOutCount;
    /** The stored deals an earlier row of this import matched by title and person (see ImportChunk#nextOf). */
    final java.util.Set<UUID> takenDeals = new java.util.HashSet<>();

    void leftOut(ImportRow.Problem p) {
        leftOutCount++;
        if (leftOut.size() < ImportResult.MAX_PROBLEMS) {
            leftOut.add(p);
        }
    }

    static final class Count {
        long created;
        long updated;
        long skipped;

        ImportResult.Counts done() {
            return new ImportResult.Counts(created, updated, skipped);
        }
    }
}
