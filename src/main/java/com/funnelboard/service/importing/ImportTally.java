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

    /** Stored contacts the update policy left with values of theirs where the file gives others, and which fields those were. */
    long keptStored;
    final java.util.Set<String> keptFields = new java.util.LinkedHashSet<>();

    /** Counts {@code stored}'s fields an update keeps though {@code fromRow} gives other values (they were ignored unsaid). */
    void keptStored(com.funnelboard.domain.ContactProfile stored, com.funnelboard.domain.ContactProfile fromRow) {
        java.util.List<String> differ = new java.util.ArrayList<>();
        differs("name", stored.name(), fromRow.name(), differ);
        differs("title", stored.title(), fromRow.title(), differ);
        differs("industry", stored.industry(), fromRow.industry(), differ);
        differs("company size", stored.companySize(), fromRow.companySize(), differ);
        differs("persona", stored.persona(), fromRow.persona(), differ);
        differs("pain points", stored.painPoints(), fromRow.painPoints(), differ);
        if (!differ.isEmpty()) {
            keptStored++;
            keptFields.addAll(differ);
        }
    }

    private static void differs(String field, String stored, String given, java.util.List<String> out) {
        if (stored != null && !stored.isBlank() && given != null && !given.isBlank() && !stored.strip().equals(given.strip())) {
            out.add(field);
        }
    }

    /** Said after an update that kept stored values over the file's: "3 contacts keep their stored title where the file gives another …". */
    java.util.Optional<String> keptStoredSentence() {
        if (keptStored == 0) {
            return java.util.Optional.empty();
        }
        java.util.List<String> fields = java.util.List.copyOf(keptFields);
        String named = fields.size() == 1 ? fields.getFirst() : String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.getLast();
        return java.util.Optional.of(String.format(java.util.Locale.ROOT, "%,d %s %s stored %s where the file gives %s: the duplicate policy "
                + "Replace takes the file's.", keptStored, keptStored == 1 ? "contact keeps" : "contacts keep", keptStored == 1 ? "its" : "their",
                named, keptStored == 1 && fields.size() == 1 ? "another" : "others"));
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
