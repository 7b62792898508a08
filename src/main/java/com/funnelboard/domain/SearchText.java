package com.funnelboard.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a user types into a search box, made into a full-text query that can only mean "rows with
 * words starting like these": each word becomes one quoted phrase with a prefix marker, so the
 * index's own syntax (quotes, {@code *}, {@code -}, {@code :}, {@code AND}, {@code NEAR}, brackets)
 * typed by a user is just text. "ana.lo" finds "ana.lopez@…" (the phrase "ana lo…"), "Mül" finds
 * "Müller" and "muller".
 */
public final class SearchText {

    /** At most this many words of a query are used. */
    public static final int MAX_WORDS = 12;

    private SearchText() {}

    /** The query for {@code text}, or empty when it holds no letter or digit to look for. */
    public static Optional<String> toMatch(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> phrases = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (phrases.size() == MAX_WORDS) {
                break;
            }
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                phrases.add("\"" + word.replace("\"", "\"\"") + "\"*");
            }
        }
        return phrases.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", phrases));
    }
}
