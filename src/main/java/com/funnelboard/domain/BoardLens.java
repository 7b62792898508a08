package com.funnelboard.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which deals the board (and {@code deals list}, and a saved view) shows: words found by the
 * search index, an owner, a source, the contact's or organization's industry and company size,
 * the contact's persona, preferred channel and a tag, a value range (whole units of the deal's
 * currency), the follow-up state, rotting deals only, deals that entered their stage by overriding its checklist, and the open deals
 * a cleanup looks for: past their expected close, or with no activity for some days. Every part is optional; an empty lens
 * shows every deal. Written as {@code FIELD=VALUE} filters ({@link #filters()}, {@link #parse}). A lens
 * opened from a report's bar also keeps exactly the deals that bar counts ({@link ReportSlice}); that
 * part is not written as a filter (a saved view leaves it out).
 */
public record BoardLens(String text, OwnerFilter owner, String source, String industry, String companySize, String persona,
        PreferredChannel channel, String tag, Long minValue, Long maxValue, FollowUpState followUp, boolean rotting, ReportSlice report,
        boolean noContact, boolean overridden, boolean closePassed, Integer idleDays) {

    /** The most days {@code idle-days} takes (ten years). */
    public static final int MAX_IDLE_DAYS = 3_650;

    /** A lens without the filters a cleanup asks (expected close passed, no activity for days). */
    public BoardLens(String text, OwnerFilter owner, String source, String industry, String companySize, String persona,
            PreferredChannel channel, String tag, Long minValue, Long maxValue, FollowUpState followUp, boolean rotting, ReportSlice report,
            boolean noContact, boolean overridden) {
        this(text, owner, source, industry, companySize, persona, channel, tag, minValue, maxValue, followUp, rotting, report, noContact, overridden,
                false, null);
    }

    /** A lens that keeps deals whether or not they entered their stage by an override. */
    public BoardLens(String text, OwnerFilter owner, String source, String industry, String companySize, String persona,
            PreferredChannel channel, String tag, Long minValue, Long maxValue, FollowUpState followUp, boolean rotting, ReportSlice report,
            boolean noContact) {
        this(text, owner, source, industry, companySize, persona, channel, tag, minValue, maxValue, followUp, rotting, report, noContact, false);
    }

    /** A lens that keeps deals with or without a contact alike. */
    public BoardLens(String text, OwnerFilter owner, String source, String industry, String companySize, String persona,
            PreferredChannel channel, String tag, Long minValue, Long maxValue, FollowUpState followUp, boolean rotting, ReportSlice report) {
        this(text, owner, source, industry, companySize, persona, channel, tag, minValue, maxValue, followUp, rotting, report, false);
    }

    /** Deals by their open follow-ups: any, with one overdue, with none open, with one planned ahead. */
    public enum FollowUpState {
        ANY, OVERDUE, NONE, PLANNED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final BoardLens ALL = new BoardLens(null, OwnerFilter.EVERYONE, null, null, null, null, null, null, null, null,
            FollowUpState.ANY, false, null);

    /** The filter names, in the order they are written. */
    public static final List<String> FIELDS = List.of("text", "owner", "source", "industry", "size", "persona", "channel", "tag",
            "min-value", "max-value", "followup", "rotting", "no-contact", "overridden", "close-passed", "idle-days");

    public BoardLens {
        text = blankToNull(text);
        owner = owner == null ? OwnerFilter.EVERYONE : owner;
        source = blankToNull(source);
        industry = blankToNull(industry);
        companySize = blankToNull(companySize);
        persona = blankToNull(persona);
        tag = blankToNull(tag);
        followUp = followUp == null ? FollowUpState.ANY : followUp;
        if (minValue != null && minValue < 0 || maxValue != null && maxValue < 0) {
            throw new IllegalArgumentException("A value bound cannot be negative");
        }
        if (idleDays != null && (idleDays < 1 || idleDays > MAX_IDLE_DAYS)) {
            throw new IllegalArgumentException("Days without activity are 1 to " + MAX_IDLE_DAYS);
        }
        if (minValue != null && maxValue != null && minValue > maxValue) {
            // Accepted, it emptied every column without a word.
            throw new IllegalArgumentException("Value from is above value to");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isEmpty() {
        return equals(ALL);
    }

    public BoardLens withText(String t) {
        return new BoardLens(t, owner, source, industry, companySize, persona, channel, tag, minValue, maxValue, followUp, rotting, report, noContact, overridden, closePassed, idleDays);
    }

    /** This lens keeping only the deals of a report's bar (null: no such filter). */
    public BoardLens withReport(ReportSlice r) {
        return new BoardLens(text, owner, source, industry, companySize, persona, channel, tag, minValue, maxValue, followUp, rotting, r, noContact, false, closePassed, idleDays);
    }

    public BoardLens withOwner(OwnerFilter o) {
        return new BoardLens(text, o, source, industry, companySize, persona, channel, tag, minValue, maxValue, followUp, rotting, report, noContact, overridden, closePassed, idleDays);
    }

    /** This lens with one filter set ({@code field} one of {@link #FIELDS}; a blank value clears it). */
    public BoardLens with(String field, String value) {
        String v = blankToNull(value);
        String f = field.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "text" -> withText(v);
            case "owner" -> withOwner(v == null ? OwnerFilter.EVERYONE
                    : v.equalsIgnoreCase("nobody") ? OwnerFilter.NOBODY : OwnerFilter.person(v));
            case "source" -> new BoardLens(text, owner, source(field, v), industry, companySize, persona, channel, tag, minValue, maxValue, followUp, rotting, report, noContact, overridden, closePassed, idleDays);
            case "industry" -> new BoardLens(text, owner, source, v, companySize, persona, channel, tag, minValue, maxValue, followUp, rotting, report, noContact, overridden, closePassed, idleDays);
            case "size" -> new BoardLens(text, owner, source, industry, v, persona, channel, tag, minValue, maxValue, followUp, rotting, report, noContact, overridden, closePassed, idleDays);
            case "persona" -> new BoardLens(text, owner, source, industry, companySize, v, channel, tag, minValue, maxValue, followUp, rotting, report, noContact, overridden, closePassed, idleDays);
            case "channel" -> new BoardLens(text, owner, source, industry, companySize, persona, v == null ? null
                    : PreferredChannel.parse(v).orElseThrow(() -> bad(field, value, "email, phone, in_person or chat")), tag, minValue, maxValue,
                    followUp, rotting, report, noContact, overridden, closePassed, idleDays);
            case "tag" -> new BoardLens(text, owner, source, industry, companySize, persona, channel, v, minValue, maxValue, followUp, rotting, report, noContact, overridden, closePassed, idleDays);
            case "min-value" -> new BoardLens(text, owner, source, industry, companySize, persona, channel, tag, amount(field, v), maxValue,
                    followUp, rotting, report, noContact, overridden, closePassed, idleDays);
            case "max-value" -> new BoardLens(text, owner, source, industry, companySize, persona, channel, tag, minValue, amount(field, v),
                    followUp, rotting, report, noContact, overridden, closePassed, idleDays);
            case "followup" -> new BoardLens(text, owner, source, industry, companySize, persona, channel, tag, minValue, maxValue,
                    followUpState(field, v), rotting, report, noContact, overridden, closePassed, idleDays);
            case "rotting" -> new BoardLens(text, owner, source, industry, companySize, persona, channel, tag, minValue, maxValue, followUp,
                    yes(field, v), report, noContact, overridden, closePassed, idleDays);
            case "no-contact" -> new BoardLens(text, owner, source, industry, companySize, persona, channel, tag, minValue, maxValue, followUp,
                    rotting, report, yes(field, v), overridden, closePassed, idleDays);
            case "overridden" -> new BoardLens(text, owner, source, industry, companySize, persona, channel, tag, minValue, maxValue, followUp,
                    rotting, report, noContact, yes(field, v), closePassed, idleDays);
            case "close-passed" -> new BoardLens(text, owner, source, industry, companySize, persona, channel, tag, minValue, maxValue, followUp,
                    rotting, report, noContact, overridden, yes(field, v), idleDays);
            case "idle-days" -> new BoardLens(text, owner, source, industry, companySize, persona, channel, tag, minValue, maxValue, followUp,
                    rotting, report, noContact, overridden, closePassed, days(field, v));
            default -> throw new IllegalArgumentException("Unknown filter \"" + Printable.escape(field) + "\"; use one of " + String.join(", ", FIELDS));
        };
    }

    /** A yes-or-no filter: yes or true, no or false (or blank, which clears it); anything else is refused, not taken for no. */
    private static boolean yes(String field, String v) {
        if (v == null || v.equalsIgnoreCase("no") || v.equalsIgnoreCase("false")) {
            return false;
        }
        if (v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true")) {
            return true;
        }
        throw bad(field, v, "yes or no");
    }

    private static IllegalArgumentException bad(String field, String value, String allowed) {
        return new IllegalArgumentException("The filter " + Printable.escape(field) + " cannot be \"" + Printable.escape(value) + "\"; use "
                + allowed);
    }

    /** A lead source by its key or label, as its key: a filter on a source that does not exist would never match. */
    private static String source(String field, String v) {
        if (v == null) {
            return null;
        }
        return LeadSource.parse(v).map(LeadSource::key).orElseThrow(() -> bad(field, v, "one of "
                + java.util.Arrays.stream(LeadSource.values()).map(LeadSource::key).collect(java.util.stream.Collectors.joining(", "))));
    }

    private static Long amount(String field, String v) {
        if (v == null) {
            return null;
        }
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n < 0) {
                throw bad(field, v, "a whole amount of 0 or more");
            }
            return n;
        } catch (NumberFormatException e) {
            try {
                return Money.wholeUnits(v, java.util.Locale.ROOT); // "50,000" as amounts are written (it was refused)
            } catch (IllegalArgumentException notOne) {
                throw bad(field, v, "a whole amount such as 5000");
            }
        }
    }

    private static Integer days(String field, String v) {
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1 && n <= MAX_IDLE_DAYS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw bad(field, v, "a number of days from 1 to " + MAX_IDLE_DAYS + ", such as 30");
    }

    private static FollowUpState followUpState(String field, String v) {
        if (v == null) {
            return FollowUpState.ANY;
        }
        for (FollowUpState s : FollowUpState.values()) {
            if (s.key().equalsIgnoreCase(v)) {
                return s;
            }
        }
        throw bad(field, v, "any, overdue, none or planned");
    }

    /**
     * As {@link #parse(BoardLens, List)}, amounts read as {@code locale} writes them: "min-value=10.000" is ten thousand in
     * German (it was read as 10, where the window's field read the same text as ten thousand).
     */
    public static BoardLens parse(BoardLens base, List<String> filters, Locale locale) {
        List<String> read = new java.util.ArrayList<>();
        for (String f : filters) {
            int eq = f.indexOf('=');
            String field = eq <= 0 ? "" : f.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String v = eq <= 0 ? "" : f.substring(eq + 1).strip();
            if ((field.equals("min-value") || field.equals("max-value")) && !v.isEmpty() && !v.matches("[0-9_]+")) {
                try {
                    Long whole = Money.wholeUnits(v, locale);
                    read.add(f.substring(0, eq) + "=" + whole);
                    continue;
                } catch (IllegalArgumentException notOne) {
                    // said by with(), as before
                }
            }
            read.add(f);
        }
        return parse(base, read);
    }

    /** A lens from {@code FIELD=VALUE} filters, applied in turn onto {@code base}. */
    public static BoardLens parse(BoardLens base, List<String> filters) {
        BoardLens lens = Objects.requireNonNull(base);
        Map<String, String> given = new LinkedHashMap<>();
        for (String f : filters) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("A filter is written FIELD=VALUE (such as source=referral), not \"" + Printable.escape(f) + "\"");
            }
            String field = f.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String before = given.put(field, f.substring(eq + 1));
            if (before != null) {
                // The last one won without a word: source=referral then source=paid-ad listed the paid ads alone.
                throw new IllegalArgumentException("The filter " + Printable.escape(field) + " is given twice (\"" + Printable.escape(before)
                        + "\" and \"" + Printable.escape(f.substring(eq + 1)) + "\"): a filter takes one value; give it once");
            }
            lens = lens.with(f.substring(0, eq), f.substring(eq + 1));
        }
        return lens;
    }

    /** The filters this lens sets, as {@code FIELD=VALUE} in {@link #FIELDS} order. */
    public List<String> filters() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("text", text);
        m.put("owner", switch (owner.kind()) {
            case EVERYONE -> null;
            case NOBODY -> "nobody";
            case PERSON -> owner.email();
        });
        m.put("source", source);
        m.put("industry", industry);
        m.put("size", companySize);
        m.put("persona", persona);
        m.put("channel", channel == null ? null : channel.key());
        m.put("tag", tag);
        m.put("min-value", minValue == null ? null : minValue.toString());
        m.put("max-value", maxValue == null ? null : maxValue.toString());
        m.put("followup", followUp == FollowUpState.ANY ? null : followUp.key());
        m.put("rotting", rotting ? "yes" : null);
        m.put("no-contact", noContact ? "yes" : null);
        m.put("overridden", overridden ? "yes" : null);
        m.put("close-passed", closePassed ? "yes" : null);
        m.put("idle-days", idleDays == null ? null : idleDays.toString());
        List<String> out = new ArrayList<>();
        m.forEach((k, v) -> {
            if (v != null) {
                out.add(k + "=" + v);
            }
        });
        return out;
    }
}
