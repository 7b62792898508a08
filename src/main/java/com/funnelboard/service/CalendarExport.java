package com.funnelboard.service;

import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpEntry;
import com.funnelboard.domain.Printable;
import com.funnelboard.store.Store;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Follow-ups as an iCalendar file that Google Calendar, Outlook and Thunderbird import: one
 * 30-minute event per follow-up with a reminder at its time, the deal and contact in the
 * description. The UID is the follow-up's id, so importing a newer export updates the events
 * instead of adding copies; a follow-up done since is updated to a "✓" event without a reminder.
 *
 * <p>Any stored text goes in: emoji and other characters outside the Basic Multilingual Plane,
 * combining marks, right-to-left scripts. Control characters (and the invisible bidirectional
 * overrides) are left out, line breaks kept only in the description, and lines are folded at 75
 * octets of UTF-8 by {@link IcsFolding}, never inside a character.
 */
public final class CalendarExport {

    /** How long the calendar event of a follow-up lasts. */
    public static final Duration LENGTH = Duration.ofMinutes(30);
    static final String UID_DOMAIN = "@funnelboard";

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final Store store;

    public CalendarExport(Store store) {
        this.store = store;
    }

    /**
     * Writes the follow-ups due (after any snooze) from {@code from} to {@code to}, both local dates
     * inclusive, to {@code file}. The file is replaced whole or not at all. Open follow-ups still to
     * come whose deal (or themselves) went to the trash are written as cancelled, so that a calendar
     * which received them from an earlier export lets them go instead of keeping them.
     *
     * @param from null for no lower bound
     * @param to null for no upper bound
     * @return how many follow-ups were written
     * @throws InvalidInputException when {@code to} is before {@code from}
     * @throws UncheckedIOException when the file cannot be written (the old file is left as it was)
     */
    public int export(Path file, LocalDate from, LocalDate to) {
        return export(file, from, to, false);
    }

    /**
     * As {@link #export(Path, LocalDate, LocalDate)}; with {@code withOverdue}, also the open
     * follow-ups due before {@code from} (what the Today page lists as overdue: they are still to do).
     */
    public int export(Path file, LocalDate from, LocalDate to, boolean withOverdue) {
        return export(file, from, to, withOverdue, com.funnelboard.domain.OwnerFilter.EVERYONE);
    }

    /**
     * As {@link #export(Path, LocalDate, LocalDate, boolean)}, of the deals {@code owners} lets through: what the Today page
     * shows under the board's owner filter ("My deals" on a shared file put the team's calls in my calendar).
     */
    public int export(Path file, LocalDate from, LocalDate to, boolean withOverdue, com.funnelboard.domain.OwnerFilter owners) {
        OutputFiles.refuseDatabase(store, file);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "The end date is before the start date");
        }
        ZoneId zone = store.clock().getZone();
        Instant now = store.clock().instant();
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant cancelledFrom = start == null || start.isBefore(now) ? now : start;
        List<Event> events = store.read(r -> {
            List<Event> all = new java.util.ArrayList<>();
            if (withOverdue && start != null) {
                r.followUps().open(null, start).forEach(e -> all.add(new Event(e, false)));
            }
            r.followUps().between(start, end).forEach(e -> all.add(new Event(e, false)));
            if (end == null || end.isAfter(cancelledFrom)) {
                r.followUps().trashedOpen(cancelledFrom, end).forEach(e -> all.add(new Event(e, true)));
            }
            all.removeIf(e -> !owners.test(e.entry().owner()));
            return all;
        });
        write(file, IcsFolding.fold(calendar(events, now).toString()));
        return events.size();
    }

    /** A follow-up as the calendar gets it; {@code trashed}: it or its deal went to the trash while it was open. */
    record Event(FollowUpEntry entry, boolean trashed) {}

    /** The calendar as the text of an .ics file: CRLF line ends, lines folded at 75 octets. */
    static String ics(List<FollowUpEntry> entries, Instant now) {
        // Calendar.toString() gives the unfolded content lines; CalendarOutputter would fold them by chars, not octets.
        return IcsFolding.fold(calendar(entries.stream().map(e -> new Event(e, false)).toList(), now).toString());
    }

    static Calendar calendar(List<Event> entries, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Funnelboard//Follow-ups//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (Event e : entries) {
            calendar.add(event(e.entry(), e.trashed(), now));
        }
        return calendar;
    }

    /** 2020-01-01T00:00Z in minutes since 1970: where the events' sequence numbers start. */
    static final long SEQUENCE_FROM_MINUTE = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond() / 60;

    private static VEvent event(FollowUpEntry e, boolean trashed, Instant now) {
        FollowUp f = e.followUp();
        String title = line(e.dealTitle());
        String what = capital(f.kind().key()) + ": " + title;
        // DTEND rather than DURATION: every calendar importer reads it.
        // A follow-up closed before it was due because its deal was lost will not happen: cancelled, not done (a lost deal's
        // meetings in March sat in the calendar as "✓ Meeting", blocking the time).
        // One done by hand before the deal was lost was done: it said "Cancelled" once the deal was lost.
        boolean lost = e.cancelledByLoss();
        // One trashed (or its deal) while open will not happen either; without it in the file, a calendar kept it as it was.
        boolean cancelled = lost || trashed;
        boolean open = f.isOpen() && !trashed;
        VEvent event = new VEvent(f.effectiveDue(), f.effectiveDue().plus(LENGTH), open ? what : (cancelled ? "\u2717 " : "✓ ") + what);
        event.add(new Uid(f.id() + UID_DOMAIN));
        event.replace(new DtStamp(now));
        event.add(new LastModified(now));
        // A newer export of the same follow-up must win: the sequence is the export's minute since 2020, so it grows with
        // every export and never is negative (RFC 5545). It was taken from the due time: negative before 2025, and a
        // follow-up put earlier got a lower one, which a calendar ignored.
        event.add(new Sequence((int) Math.max(0, now.getEpochSecond() / 60 - SEQUENCE_FROM_MINUTE)));
        event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        // A call or a meeting still to come takes the time; an email or a task to do does not, nor anything done or cancelled
        // (every event blocked its half hour, so a day of emails to write showed as booked).
        boolean takesTheTime = open && (f.kind() == com.funnelboard.domain.FollowUpKind.CALL || f.kind() == com.funnelboard.domain.FollowUpKind.MEETING);
        event.add(takesTheTime ? ImmutableTransp.OPAQUE : ImmutableTransp.TRANSPARENT);
        StringBuilder d = new StringBuilder();
        d.append("Deal: ").append(title).append(" (").append(e.stage().label()).append(")\n");
        d.append("Contact: ").append(line(e.who()));
        if (e.organizationName() != null) {
            d.append(", ").append(line(e.organizationName()));
        }
        if (f.note() != null) {
            d.append("\n").append(paragraph(f.note()));
        }
        if (trashed) {
            d.append("\nCancelled: moved to the trash.");
        } else if (!f.isOpen()) {
            d.append(lost ? "\nCancelled: the deal was lost." : "\nDone.");
        }
        event.add(new Description(d.toString()));
        if (open) {
            VAlarm alarm = new VAlarm(Duration.ZERO);
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description(what));
            event.add(alarm);
        }
        return event;
    }

    private static void write(Path file, String ics) {
        OutputFiles.replaceWhole(file, ".ics", w -> w.write(ics));
    }

    /** Text for a one-line value: a line break becomes a space; control characters are left out. */
    static String line(String s) {
        return s == null ? null : Printable.strip(wellFormed(LINE_BREAK.matcher(s).replaceAll(" ")), false);
    }

    /** Text for the description: line breaks (CRLF, CR, LF, U+2028…) kept as LF; other control characters left out. */
    static String paragraph(String s) {
        return s == null ? null : Printable.strip(wellFormed(LINE_BREAK.matcher(s).replaceAll("\n")), true);
    }

    /** A surrogate without its pair (which UTF-8 cannot carry) replaced by U+FFFD. */
    private static String wellFormed(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean whole = Character.isHighSurrogate(ch) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    : !Character.isLowSurrogate(ch) || i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (!whole && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(whole ? ch : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
