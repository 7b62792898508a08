package com.funnelboard.service;

import com.funnelboard.domain.ChangeSetEntry;
import com.funnelboard.store.Store;
import java.util.List;
import java.util.UUID;

/** The recorded change sets, newest first: of the whole database, of a deal, or of a contact. */
public final class HistoryService {

    private final Store store;

    public HistoryService(Store store) {
        this.store = store;
    }

    /** The changes of each set a listing shows at most (the rest are counted: see {@link #changeCounts}). */
    public static final int SHOWN_CHANGES = 200;

    /** The latest change sets, each with its first {@link #SHOWN_CHANGES} changes. */
    public List<ChangeSetEntry> latest(int limit) {
        return store.read(r -> r.changeLog().latest(limit, SHOWN_CHANGES));
    }

    /** How many changes each of these change sets made in all. */
    public java.util.Map<UUID, Integer> changeCounts(List<ChangeSetEntry> sets) {
        return store.read(r -> r.changeLog().changeCounts(sets.stream().map(ChangeSetEntry::id).toList()));
    }

    /**
     * The deal's changes, those of its stage history, follow-ups and interactions, and those of its
     * contact; of a change set that also changed other records (a sample pipeline, an import, a
     * merge) only what it did to these.
     */
    public List<ChangeSetEntry> ofDeal(UUID deal, int limit) {
        return store.read(r -> r.changeLog().forDeal(deal, limit, true));
    }

    /**
     * The history the detail pane shows, in words: the deal's (which includes its contact's) when a
     * deal is given, else the contact's; of a change set that also changed other records (a sample
     * pipeline, an import) only what it did to these.
     */
    public List<HistorySentences.Entry> readable(UUID contact, UUID deal, int limit, HistorySentences sentences) {
        return store.read(r -> {
            List<ChangeSetEntry> sets = deal != null ? r.changeLog().forDeal(deal, limit, true) : r.changeLog().forContact(contact, limit, true);
            java.util.Map<String, java.util.Optional<String>> currencies = new java.util.HashMap<>();
            java.util.function.Function<String, String> currencyOf = row -> currencies.computeIfAbsent(row,
                    k -> r.changeLog().currencyOfDeal(k)).orElse(null);
            HistorySentences named = sentences.withNames(PeopleService.directoryIn(r)).withMoves(moves(r))
                    .withRows((table, key) -> r.changeLog().addressOf(table, key).orElse(null));
            return describeAll(sets, named, currencyOf);
        });
    }

    /** The change sets in words, as the History tab shows them (amounts in their deal's currency, stages by name). */
    public List<HistorySentences.Entry> inWords(List<ChangeSetEntry> sets, HistorySentences sentences) {
        return store.read(r -> {
            java.util.Map<String, java.util.Optional<String>> currencies = new java.util.HashMap<>();
            java.util.function.Function<String, String> currencyOf = row -> currencies.computeIfAbsent(row,
                    k -> r.changeLog().currencyOfDeal(k)).orElse(null);
            HistorySentences named = sentences.withNames(PeopleService.directoryIn(r)).withMoves(moves(r))
                    .withRows((table, key) -> r.changeLog().addressOf(table, key).orElse(null));
            return describeAll(sets, named, currencyOf);
        });
    }

    /** Each set in words, its amounts in the currency each deal had then (the sets come newest first). */
    private static List<HistorySentences.Entry> describeAll(List<ChangeSetEntry> sets, HistorySentences named,
            java.util.function.Function<String, String> currencyNow) {
        java.util.Map<ChangeSetEntry, java.util.Map<String, String>> then = HistoryCurrencies.atEach(sets.stream()
                .sorted(java.util.Comparator.comparing(ChangeSetEntry::at).reversed()).toList());
        return sets.stream().map(s -> named.describe(s, row -> then.get(s).getOrDefault(row, currencyNow.apply(row)))).toList();
    }

    /** A stage move in words by its id ("Prospect → Won, by Ann Alder"), for the History line that deletes or restores it. */
    private static java.util.function.Function<String, String> moves(com.funnelboard.store.Repositories r) {
        return key -> {
            try {
                return r.stageChanges().findAny(UUID.fromString(key)).map(m -> (m.from() == null ? "into " : m.from().label() + " \u2192 ")
                        + m.to().label() + (m.changedBy() == null ? "" : ", by " + com.funnelboard.domain.Person.nameOf(m.changedBy())))
                        .orElse(null);
            } catch (IllegalArgumentException notAnId) {
                return null;
            }
        };
    }

    /** The contact's changes and those of its addresses and interactions (of a change set that changed others too, only these). */
    public List<ChangeSetEntry> ofContact(UUID contact, int limit) {
        return store.read(r -> r.changeLog().forContact(contact, limit, true));
    }
}
