package com.funnelboard.domain;

import java.util.List;
import java.util.Map;

/**
 * What a search found, grouped: deals, contacts, organizations, interactions, each best first.
 *
 * @param found how many of each kind matched, of which {@code groups} holds the best (never fewer than it holds)
 * @param more whether more matched than were counted (a first letter can match most of the database): each count is
 *        then at least that many
 */
public record SearchResults(String query, Map<SearchHit.Kind, List<SearchHit>> groups, Map<SearchHit.Kind, Integer> found, boolean more) {

    public SearchResults {
        var copy = new java.util.EnumMap<SearchHit.Kind, List<SearchHit>>(SearchHit.Kind.class);
        var counts = new java.util.EnumMap<SearchHit.Kind, Integer>(SearchHit.Kind.class);
        for (SearchHit.Kind k : SearchHit.Kind.values()) {
            copy.put(k, List.copyOf(groups.getOrDefault(k, List.of())));
            counts.put(k, Math.max(copy.get(k).size(), found.getOrDefault(k, 0)));
        }
        groups = java.util.Collections.unmodifiableMap(copy);
        found = java.util.Collections.unmodifiableMap(counts);
    }

    /** Results that are every match there is. */
    public SearchResults(String query, Map<SearchHit.Kind, List<SearchHit>> groups) {
        this(query, groups, Map.of(), false);
    }

    /** How many of {@code kind} matched (at least, when {@link #more}). */
    public int found(SearchHit.Kind kind) {
        return found.get(kind);
    }

    public static SearchResults empty(String query) {
        return new SearchResults(query, Map.of());
    }

    public List<SearchHit> of(SearchHit.Kind kind) {
        return groups.get(kind);
    }

    /** Every hit in the order shown: the groups in turn. */
    public List<SearchHit> all() {
        return groups.values().stream().flatMap(List::stream).toList();
    }

    public boolean isEmpty() {
        return groups.values().stream().allMatch(List::isEmpty);
    }
}
