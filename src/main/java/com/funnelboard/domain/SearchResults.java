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

    /** Every hit in the order shown: the groups in turn ({@link #order}). */
    public List<SearchHit> all() {
        return order().stream().flatMap(k -> groups.get(k).stream()).toList();
    }

    /**
     * The kinds in the order their groups are shown: the group with the hit whose title is closest to what was typed
     * first ({@link SearchText#closeness}), the rest as {@link SearchHit.Kind} lists them. "mül" showed eight "Multi-site"
     * deals above Zoë Müller, "anna" the "Annual licence" deals above Anna.
     */
    public List<SearchHit.Kind> order() {
        Map<SearchHit.Kind, Integer> close = new java.util.EnumMap<>(SearchHit.Kind.class);
        for (SearchHit.Kind k : SearchHit.Kind.values()) {
            close.put(k, groups.get(k).stream().mapToInt(h -> SearchText.closeness(h.title(), query)).max().orElse(0));
        }
        return java.util.Arrays.stream(SearchHit.Kind.values())
                .sorted(java.util.Comparator.comparingInt((SearchHit.Kind k) -> -close.get(k)).thenComparing(k -> k.ordinal())).toList();
    }

    public boolean isEmpty() {
        return groups.values().stream().allMatch(List::isEmpty);
    }
}
