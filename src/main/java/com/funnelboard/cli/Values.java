package com.funnelboard.cli;

import com.funnelboard.domain.Direction;
import com.funnelboard.domain.FollowUpDue;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.LocalTimes;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.domain.Stage;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How option values are read: the domain's names case-insensitively ("lead", "Prospect",
 * "demo-request"), and times in ISO-8601 with an offset or in the local zone (see {@link LocalTimes}
 * for a local time the clocks skip or show twice).
 */
final class Values {

    private Values() {}

    /** Registers every converter on a command line and its subcommands. */
    static void register(CommandLine cmd, java.time.Clock clock, java.util.Locale locale) {
        register(cmd, clock, locale, note -> { });
    }

    /** As {@link #register(CommandLine, java.time.Clock, java.util.Locale)}, telling {@code notes} what a value read means besides. */
    static void register(CommandLine cmd, java.time.Clock clock, java.util.Locale locale, java.util.function.Consumer<String> notes) {
        ZoneId zone = clock.getZone();
        cmd.registerConverter(Stage.class, new Named<>("stage", Stage::parse, new Stages()));
        cmd.registerConverter(InteractionKind.class, new Named<>("interaction kind", InteractionKind::parse, new InteractionKinds()));
        cmd.registerConverter(Direction.class, new Named<>("direction", Direction::parse, new Directions()));
        cmd.registerConverter(FollowUpKind.class, new Named<>("follow-up kind", FollowUpKind::parse, new FollowUpKinds()));
        cmd.registerConverter(FollowUpDue.class, new Named<>("due filter", FollowUpDue::parse, new Dues()));
        cmd.registerConverter(LeadSource.class, new Named<>("lead source", LeadSource::parse, new Sources()));
        cmd.registerConverter(LostReason.class, new Named<>("lost reason", LostReason::parse, new LostReasons()));
        cmd.registerConverter(PreferredChannel.class, new Named<>("channel", PreferredChannel::parse, new Channels()));
        cmd.registerConverter(Instant.class, new Time(zone, clock, locale, notes));
        cmd.registerConverter(java.time.LocalDate.class, value -> {
            try {
                return dayOrWord(value, java.time.LocalDate.now(clock), locale, "2026-03-12");
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        });
    }

    /**
     * A day as every day option takes it: written out ({@link #day}), or a day word counted from
     * {@code today} ("yesterday", "today", "+3", "friday", "morgen").
     *
     * @throws IllegalArgumentException naming {@code example} as a day written out
     */
    static java.time.LocalDate dayOrWord(String value, java.time.LocalDate today, java.util.Locale locale, String example) {
        Optional<java.time.LocalDate> named = com.funnelboard.domain.DateWords.parse(value, today, locale);
        // Digits with a separator ("2026-03-12", "12.3.", "+10000-01-01") are a day written out, never a word's count of days.
        return named.isPresent() && !value.strip().matches(".*\\d[.\\-/].*") ? named.get() : day(value, example);
    }

    /** A name from a fixed list, case-insensitive; the error lists the names. */
    private record Named<E>(String what, Function<String, Optional<E>> parse, Iterable<String> names) implements ITypeConverter<E> {
        @Override
        public E convert(String value) {
            return parse.apply(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a " + what + " (one of " + String.join(", ", names) + ")"));
        }
    }

    /**
     * ISO-8601 times: with an offset or zone, or local ("2026-03-12T14:30", "2026-03-12 14:30"). A local time the clocks
     * skip is refused; one they show twice is the earlier (see {@link LocalTimes#toInstant}).
     */
    record Time(ZoneId zone, java.time.Clock clock, java.util.Locale locale, java.util.function.Consumer<String> notes) implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            Instant t;
            try {
                t = read(value);
            } catch (ArithmeticException | DateTimeException e) {
                t = null; // a year of nine digits: past what a time can hold
            }
            if (t == null || !com.funnelboard.domain.CalendarYears.holds(t)) {
                throw new TypeConversionException("'" + value + "' is not a time " + com.funnelboard.domain.CalendarYears.BETWEEN);
            }
            return t;
        }

        private Instant read(String value) {
            String t = value.strip();
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeException e) {
                // try the next form
            }
            try {
                return ZonedDateTime.parse(t).toInstant();
            } catch (DateTimeException e) {
                // try the next form
            }
            try {
                // An offset written without its colon, as ISO 8601's basic form and many programs write it: 2026-12-08T09:00+0100.
                return OffsetDateTime.parse(t, BASIC_OFFSET).toInstant();
            } catch (DateTimeException e) {
                // try the next form
            }
            Optional<LocalDateTime> local;
            try {
                local = Optional.of(LocalDateTime.parse(t.replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME)); // seconds too
            } catch (DateTimeException e) {
                // A day and a time of day as the window's fields read them: "2026-12-08 9:00", "tomorrow 2pm", "12/8/2026 9:00".
                local = com.funnelboard.domain.DayAndTime.read(t, java.time.LocalDate.now(clock.withZone(zone)), locale);
            }
            if (local.isEmpty()) {
                throw new TypeConversionException("'" + value + "' is not a time; write it as 2026-03-12T14:30 (local time), "
                        + "2026-03-12T14:30+01:00, or a day as the window takes it with a time: \"tomorrow 9:00\", \"friday 2pm\", \"+3 10:00\"");
            }
            try {
                Instant at = LocalTimes.toInstant(local.get(), zone);
                LocalTimes.twice(local.get(), zone).ifPresent(notes);
                return at;
            } catch (LocalTimes.SkippedTime e) {
                throw new TypeConversionException(e.withOffsetExample());
            }
        }

        private static final DateTimeFormatter BASIC_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]xx");
    }

    /**
     * A day written as 2026-06-30, between the years 1900 and 9999.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static java.time.LocalDate day(String value, String example) {
        java.time.LocalDate day;
        try {
            day = java.time.LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            day = dotted(value.strip()).orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not a date; write it as " + example));
        }
        if (!com.funnelboard.domain.CalendarYears.holds(day)) {
            throw new IllegalArgumentException("'" + value + "' is not a date " + com.funnelboard.domain.CalendarYears.BETWEEN);
        }
        return day;
    }

    /** Day, month and year with dots (24.12.2026), as Europe writes a date: the one other form without doubt which comes first. */
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    /** A day written with dots ("24.12.2026" was refused: only 2026-12-24 was read); empty when it names none. */
    static Optional<java.time.LocalDate> dotted(String text) {
        java.util.regex.Matcher m = DOTTED.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }

    /** Names for help texts and shell completion. */
    private static class Names extends ArrayList<String> {
        <E extends Enum<E>> Names(E[] values, Function<E, String> key) {
            super(Arrays.stream(values).map(key).toList());
        }
    }

    static final class Stages extends Names {
        Stages() {
            super(Stage.values(), Stage::key);
        }
    }

    static final class InteractionKinds extends Names {
        InteractionKinds() {
            super(InteractionKind.values(), InteractionKind::key);
        }
    }

    static final class Directions extends Names {
        Directions() {
            super(Direction.values(), Direction::key);
        }
    }

    static final class FollowUpKinds extends Names {
        FollowUpKinds() {
            super(FollowUpKind.values(), FollowUpKind::key);
        }
    }

    static final class Dues extends Names {
        Dues() {
            super(FollowUpDue.values(), FollowUpDue::key);
        }
    }

    static final class Sources extends Names {
        Sources() {
            super(LeadSource.values(), LeadSource::key);
        }
    }

    static final class Channels extends Names {
        Channels() {
            super(PreferredChannel.values(), PreferredChannel::key);
        }
    }

    static final class LostReasons extends Names {
        LostReasons() {
            super(LostReason.values(), LostReason::key);
        }
    }
}
