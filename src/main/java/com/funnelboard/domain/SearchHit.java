package com.funnelboard.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One row found by a search: what it is, its title and a line of detail (a deal's contact, a
 * contact's organization), the passage of its text that matched, and where the match is in each
 * ({@link Highlight} ranges of characters). Opening it opens {@code openKind}/{@code openId}: an
 * interaction opens its deal, or its contact when it belongs to no deal.
 */
public record SearchHit(Kind kind, UUID id, String title, List<Highlight> titleMatches, String detail, String snippet,
        List<Highlight> snippetMatches, Kind openKind, UUID openId) {

    public enum Kind {
        DEAL("Deals"), CONTACT("Contacts"), ORGANIZATION("Organizations"), INTERACTION("Interactions");

        private final String heading;

        Kind(String heading) {
            this.heading = heading;
        }

        /** The heading of the group of results. */
        public String heading() {
            return heading;
        }

        /** The name the index keeps the kind under. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of a text matched the query. */
    public record Highlight(int start, int end) {}

    public SearchHit {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
        titleMatches = List.copyOf(titleMatches);
        snippetMatches = List.copyOf(snippetMatches);
    }

    /** A text and its highlight ranges. */
    public record Marked(String text, List<Highlight> ranges) {}
}
