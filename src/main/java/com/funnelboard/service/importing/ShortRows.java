package com.funnelboard.service.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of a file with fewer values than its header, filled out with empty ones. Which column lost a value cannot be
 * told (a Mailchimp row's company fell into the column after it, unsaid), so a few such rows among rows of the header's
 * length (a third of them at most) are said, to be checked; more are an exporter's way (Outlook leaves a row's empty last fields out) and go unsaid.
 */
final class ShortRows {

    private long full;
    private long filledOut;
    /** The first rows filled out, by their row numbers. */
    private final List<Long> numbers = new ArrayList<>();

    /** A row of the header's length was read. */
    void full() {
        full++;
    }

    /** Row {@code row} was filled out. */
    void filledOut(long row) {
        filledOut++;
        if (numbers.size() < 20) {
            numbers.add(row);
        }
    }

    /** "Row 14 has fewer values than the header: …", when such rows are a third of the rows or fewer. */
    Optional<String> sentence() {
        if (filledOut == 0 || filledOut * 3 > full + filledOut) {
            return Optional.empty();
        }
        return Optional.of((filledOut == 1 ? "Row " : "Rows ") + numbers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                + (filledOut > numbers.size() ? " and " + (filledOut - numbers.size()) + " more" : "")
                + (filledOut == 1 ? " has" : " have") + " fewer values than the header: read into the first columns, the others left "
                + "empty (check " + (filledOut == 1 ? "it" : "them") + ").");
    }
}
