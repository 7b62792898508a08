package com.funnelboard.domain;

import java.util.List;
import java.util.Map;

/** What a search found, grouped: deals, contacts, organizations, interactions, each best first. */
public record SearchResults(String query, Map<SearchHit.Kind, List<SearchHit>> groups) {

    public SearchResults {
        var copy = new java.util.EnumMap<SearchHit.Kind, List<SearchHit>>(SearchHit.Kind.class);
        for (SearchHit.Kind k : SearchHit.Kind.values()) {
            copy.put(k, List.copyOf(groups.getOrDefault(k, List.of())));
        }
        groups = java.util.Collections.unmodifiableMap(copy);
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
