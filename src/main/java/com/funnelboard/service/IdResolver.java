package com.funnelboard.service;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Turns what a user typed for a record (a whole id, or its first characters as a listing shows
 * them) into the one id it means.
 */
final class IdResolver {

    /** Fewer characters than this match too many records to be useful. */
    static final int MIN_PREFIX = 4;

    private static final Pattern PREFIX = Pattern.compile("[0-9a-fA-F-]+");

    private IdResolver() {}

    /** An id as listings show it: its first 8 characters, or the last 8 of a time-ordered one (rows written in bulk). */
    static String shown(UUID id) {
        String text = id.toString();
        return id.version() == 7 ? text.substring(28) : text.substring(0, 8);
    }

    /**
     * @param what the record's name in messages ("deal")
     * @param lookup ids starting with a prefix, at most the given count
     * @throws InvalidInputException when the text matches no record or more than one
     */
    static UUID resolve(String text, String what, BiFunction<String, Integer, List<UUID>> lookup) {
        return resolve(text, what, lookup, p -> false);
    }

    /** As {@link #resolve(String, String, BiFunction)}; {@code inTrash} says whether a deleted record has such an id, which the refusal then says. */
    static UUID resolve(String text, String what, BiFunction<String, Integer, List<UUID>> lookup, java.util.function.Predicate<String> inTrash) {
        String t = text == null ? "" : text.strip();
        if (t.length() < MIN_PREFIX || !PREFIX.matcher(t).matches()) {
            throw new InvalidInputException(what, "\"" + t + "\" is not a " + what + " id (give the id or at least its first "
                    + MIN_PREFIX + " characters)");
        }
        List<UUID> found = lookup.apply(t, 2);
        if (found.isEmpty()) {
            throw new InvalidInputException(what, inTrash.test(t)
                    ? "The " + what + " " + t + " is in the trash: 'funnelboard trash restore " + t + "' brings it back"
                    : "No " + what + " has an id starting with " + t);
        }
        if (found.size() > 1) {
            throw new InvalidInputException(what, "More than one " + what + " has an id starting with " + t + "; give more characters");
        }
        return found.getFirst();
    }
}
