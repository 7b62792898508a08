package com.funnelboard.service;

import com.funnelboard.domain.SearchResults;
import com.funnelboard.store.Store;

/** Search across deals, contacts, organizations and interactions (the search box, {@code search}). */
public final class SearchService {

    /** How many hits of each kind the search box shows. */
    public static final int BOX_LIMIT = 8;

    private final Store store;

    public SearchService(Store store) {
        this.store = store;
    }

    /**
     * The rows whose words begin like every word of {@code text} (case and accents ignored), at
     * most {@code limitPerGroup} of each kind, best first. Text a user types never fails: the
     * index's own syntax in it is looked for as text.
     */
    public SearchResults search(String text, int limitPerGroup) {
        return store.read(r -> r.search().query(text, limitPerGroup));
    }
}
