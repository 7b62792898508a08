package com.funnelboard.cli;

import com.funnelboard.domain.Money;
import com.funnelboard.service.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * What a command works with while it runs: the open database, where its output goes, and how
 * values are written in text and JSON.
 */
record Session(Workspace workspace, Console console, JsonViews json, ZoneId zone, Locale locale, Instant now) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter LOCAL_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Deal use cases, with stage moves recorded as made by the person of this installation. */
    com.funnelboard.service.DealService deals() {
        return workspace.deals();
    }

    /** A value for a text column: empty for none. */
    static String text(String s) {
        return s == null ? "" : s;
    }

    /** Ids as listings show them: the first 8 characters, which commands accept back. */
    static String shortId(UUID id) {
        // A time-ordered id (rows written in bulk, such as an import's) shares its first characters
        // with every id made in the same minute; its last ones tell it apart, and ids are found by either.
        String text = id.toString();
        return id.version() == 7 ? text.substring(28) : text.substring(0, 8);
    }

    /** The deals an {@code --owner} option names: an email, 'me' (see 'whoami'), or 'nobody' (no owner). */
    com.funnelboard.domain.OwnerFilter owner(String text) {
        if (text.strip().equalsIgnoreCase("nobody")) {
            return com.funnelboard.domain.OwnerFilter.NOBODY;
        }
        var people = workspace.people();
        // An owner an import kept as written ("JB", "Jenny B.": a name the team's directory does not know) is asked for as written.
        java.util.Optional<String> asWritten = people.owners().stream().map(o -> o.email())
                .filter(o -> !o.contains("@") && o.equalsIgnoreCase(text.strip())).findFirst();
        if (asWritten.isPresent()) {
            return com.funnelboard.domain.OwnerFilter.person(asWritten.get());
        }
        String email = people.ownerEmail(text);
        // A misspelt address gave an empty list or report and exit 0, as if the person had nothing.
        if (people.owners().stream().noneMatch(o -> o.email().equals(email)) && !people.directory().containsKey(email)) {
            console().note("Nobody with the address " + email + " owns a deal or is in the team's directory: is it written right?");
        }
        return com.funnelboard.domain.OwnerFilter.person(email);
    }

    /** As {@link #time}, to the second: a conflict's values, often written within a minute of each other. */
    String timeSeconds(Instant i) {
        return i == null ? "" : LOCAL_SECONDS.format(i.atZone(zone)) + twice(i);
    }

    String time(Instant i) {
        return i == null ? "" : LOCAL.format(i.atZone(zone)) + twice(i);
    }

    /**
     * The offset of a time the clocks show twice (the night they go back): " +02:00" for the first 02:30, " +01:00" for the
     * second; empty for any other. A list of calls read 02:30, 02:45, 02:30, newest first, as if out of order.
     */
    private String twice(Instant i) {
        java.time.ZonedDateTime at = i.atZone(zone);
        return zone.getRules().getValidOffsets(at.toLocalDateTime()).size() > 1 ? " " + at.getOffset().getId() : "";
    }

    String money(Money m) {
        return m == null ? "" : m.format(locale);
    }

    long daysSince(Instant i) {
        return i == null ? 0 : Math.max(0, Duration.between(i, now).toDays());
    }
}
