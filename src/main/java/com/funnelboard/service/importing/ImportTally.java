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

    /**
     * Companies the file spells otherwise than the organization they were matched to ("ACME" for the stored "Acme Inc."),
     * the first {@link #RESPELLED_SHOWN} as "ACME → Acme Inc.", and how many spellings in all: they went in without a word.
     */
    final java.util.Map<String, String> respelled = new java.util.LinkedHashMap<>();
    private final java.util.Set<String> respellings = new java.util.HashSet<>();
    long respelledCount;
    static final int RESPELLED_SHOWN = 5;

    void respelled(String written, String kept) {
        String w = written.strip();
        if (w.equalsIgnoreCase(kept.strip()) || respellings.size() >= 100_000 || !respellings.add(w)) {
            return;
        }
        respelledCount++;
        if (respelled.size() < RESPELLED_SHOWN) {
            respelled.put(w, kept.strip());
        }
    }

    /** "ACME → Acme Inc." for each shown. */
    List<String> respelledShown() {
        return respelled.entrySet().stream().map(e -> e.getKey() + " \u2192 " + e.getValue()).toList();
    }

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
