package com.funnelboard.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What a value from a share file must mean, beyond its type: what the program reads back without
 * failing and what its own screens and commands could have written. A share file that breaks one
 * of these is refused whole, as for a wrong type: a currency that is no ISO 4217 code, a day that
 * is not a calendar day, a moment outside the years 1900–9999 (or a deletion before 1970, which
 * would hide a record outside the trash), an amount larger than an amount typed in is allowed to
 * be, a checklist that is not JSON, scoring rules or a customer profile the settings would not
 * accept, and U+0000 in any text (SQLite's length() stops at it, so the checks on text length would
 * not see what follows).
 */
final class ShareValueRules {

    private ShareValueRules() {}

    /** The largest amount in minor units, as {@link com.funnelboard.domain.Money} allows one to be typed. */
    static final long MAX_MINOR = Long.MAX_VALUE / 1000;
    /** 1900-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z in epoch milliseconds. */
    static final long EARLIEST = -2_208_988_800_000L;
    static final long LATEST = 253_402_300_799_999L;

    /** The kind of rule a column follows, found once per column from its name. */
    enum Rule {
        NONE, DAY, MOMENT, DELETED_AT, MINOR, CURRENCY, JSON, LINE, KEY, ID;

        /**
         * The columns that hold one of a list's keys (see {@link #keys}): an interaction's kind, a lead source, a lost
         * reason. An interaction of kind "xx" came in by a share file and passed every check, then every view of its
         * deal or contact failed.
         */
        private static final java.util.Map<String, java.util.Set<String>> KEYS = java.util.Map.of(
                "interaction.kind", names(com.funnelboard.domain.InteractionKind.values()),
                "deal.source", names(com.funnelboard.domain.LeadSource.values()),
                "contact.source", names(com.funnelboard.domain.LeadSource.values()),
                "deal.lost_reason", names(com.funnelboard.domain.LostReason.values()),
                "stage_change.lost_reason", names(com.funnelboard.domain.LostReason.values()),
                // An unknown rule came in by a share file, then every move, checklist and deal of a gate with it failed, and
                // travelled on to the whole team.
                "checklist_item.rule", names(com.funnelboard.domain.checklist.DerivedRule.values()));

        private static java.util.Set<String> names(Enum<?>[] values) {
            return java.util.Arrays.stream(values).map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        /** The keys a {@link #KEY} column may hold, as the enums name them ("DEMO_REQUEST"); empty for any other column. */
        static java.util.Set<String> keys(String table, String column) {
            return KEYS.getOrDefault(table + "." + column, java.util.Set.of());
        }

        /** The texts that are one line wherever they are typed (a name, a title, an address): see {@link com.funnelboard.domain.Validation}. */
        private static final java.util.Set<String> ONE_LINE = java.util.Set.of("deal.title", "deal.owner", "deal.source", "contact.name",
                "contact.title", "contact.email", "contact.phone", "contact.industry", "contact.company_size", "contact.persona",
                "contact.tags", "organization.name", "organization.website", "organization.industry", "organization.company_size",
                "email_address.email", "phone_number.phone",
                // Who made a stage move: a line break and an escape came in as a name, and `report overrides` credited them.
                "stage_change.changed_by");

        static Rule of(String table, String column) {
            if (KEYS.containsKey(table + "." + column)) {
                return KEY;
            }
            if (ONE_LINE.contains(table + "." + column)) {
                return LINE;
            }
            if (column.equals("deleted_at")) {
                return DELETED_AT;
            }
            if (column.equals("id") || column.endsWith("_id") || column.equals("merged_into")) {
                return ID;
            }
            if (column.endsWith("_at") || column.equals("snoozed_until")) {
                return MOMENT;
            }
            if (column.endsWith("_on")) {
                return DAY;
            }
            if (column.endsWith("_minor")) {
                return MINOR;
            }
            if (column.equals("currency")) {
                return CURRENCY;
            }
            if (table.equals("stage_change") && column.equals("checklist")) {
                return JSON;
            }
            return NONE;
        }
    }

    /** As {@link #text(Rule, String)}, for the column {@code table.column} (whose rule is {@code rule}): a key also of its list. */
    static String text(Rule rule, String table, String column, String text) {
        if (rule == Rule.KEY) {
            // Read as the enums read keys: "demo-request", "Demo Request" and "DEMO_REQUEST" alike.
            String name = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (!Rule.keys(table, column).contains(name)) {
                return RuleWords.a(column.replace('_', ' ')) + " Funnelboard does not know (\u201C" + com.funnelboard.domain.Printable.escape(text) + "\u201D)";
            }
        }
        String bad = text(rule, text);
        int max = com.funnelboard.domain.TextLimits.of(table, column);
        if (bad == null && max >= 0 && text.length() > max && com.funnelboard.domain.PlainText.length(text) > max) {
            return RuleWords.a(column.replace('_', ' ')) + " longer than the " + String.format(java.util.Locale.ROOT, "%,d", max)
                    + " characters Funnelboard takes anywhere";
        }
        return bad;
    }

    /** Null when {@code text} may be stored in a column of this rule, else what it is, for the refusal. */
    static String text(Rule rule, String text) {
        if (text.indexOf('\0') >= 0) {
            return "a text holding the character U+0000";
        }
        if (loneSurrogate(text)) {
            return "a text holding half of a UTF-16 pair (an escape such as \\uD800 alone), which no text can hold";
        }
        switch (rule) {
            case DAY -> {
                try {
                    if (!com.funnelboard.domain.CalendarYears.holds(LocalDate.parse(text))) {
                        return "a day outside the years 1900 to 9999";
                    }
                } catch (DateTimeParseException e) {
                    return "a day that is not a calendar day";
                }
            }
            case CURRENCY -> {
                if (!CURRENCIES.contains(text)) {
                    return "a currency that is not an ISO 4217 code";
                }
            }
            case ID -> {
                // Written as Funnelboard writes an id, in lower case: the same id in capitals was a second row of its own (a
                // twin of a deal nothing could show or delete) beside the row every look-up found.
                if (!CANONICAL_ID.matcher(text).matches()) {
                    return "an id that is not written as Funnelboard writes ids (" + com.funnelboard.domain.Printable.escape(
                            text.length() > 40 ? text.substring(0, 40) + "\u2026" : text) + ")";
                }
            }
            case LINE -> {
                // A title with a line break, an escape or a bell came in by a share file or a conflict's typed value,
                // where every field of the app refuses one.
                // (Not the characters that reorder or hide text, which the app refuses only where they are typed or imported now:
                // a teammate's name may hold them from before, and refusing them would refuse every file of that teammate.)
                int control = com.funnelboard.domain.PlainText.firstControl(text, false, false);
                if (control >= 0) {
                    return "a one-line text holding a line break or a control character (" + String.format(java.util.Locale.ROOT, "U+%04X",
                            control) + ")";
                }
            }
            case JSON -> {
                tools.jackson.databind.JsonNode list;
                try {
                    list = Json.mapper().readTree(text);
                } catch (tools.jackson.core.JacksonException e) {
                    return "a checklist that is not readable";
                }
                // A list of answered items, each with its words: {"x": 1} or [1, 2, 3] merged, and History showed empty "✗" lines.
                if (!list.isArray()) {
                    return "a checklist that is not a list of items";
                }
                if (list.size() > MAX_CHECKLIST_ITEMS) {
                    return "a checklist of " + list.size() + " items (at most " + MAX_CHECKLIST_ITEMS + ")";
                }
                for (tools.jackson.databind.JsonNode item : list) {
                    if (!item.isObject() || !item.path("text").isString() || item.path("text").asString().isBlank()) {
                        return "a checklist item without its words";
                    }
                    // Its other fields as a move writes them: words of a sensible length, yes or no where a move says yes or no (a
                    // "holds": "maybe" merged, and the deal's stage history could no longer be read).
                    if (item.path("text").asString().length() > 1_000 || tooLong(item, "code", 100) || tooLong(item, "evidence", 2_000)) {
                        return "a checklist item whose words are not as a move writes them";
                    }
                    for (String flag : java.util.List.of("required", "derived", "holds")) {
                        if (item.has(flag) && !item.get(flag).isBoolean()) {
                            return "a checklist item whose \u201C" + flag + "\u201D is not yes or no";
                        }
                    }
                }
                try {
                    Json.mapper().readValue(text, StageChangeRepository.ITEMS);
                } catch (tools.jackson.core.JacksonException e) {
                    return "a checklist whose items are not readable";
                }
            }
            default -> { }
        }
        return null;
    }

    /** The most items a move's checklist holds from a share file (the longest checklist of a stage has about ten). */
    static final int MAX_CHECKLIST_ITEMS = 100;

    /** An id as Funnelboard writes one: a UUID in lower case with its dashes. */
    static final java.util.regex.Pattern CANONICAL_ID = java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Whether an item's field is there and is not a text of at most {@code max} characters (null is fine). */
    private static boolean tooLong(tools.jackson.databind.JsonNode item, String field, int max) {
        tools.jackson.databind.JsonNode v = item.get(field);
        return v != null && !v.isNull() && (!v.isString() || v.asString().length() > max);
    }

    /** Whether {@code text} holds a UTF-16 surrogate without its other half (JSON's "\uD800" alone): stored, it became "?". */
    static boolean loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Null when {@code n} may be stored in a column of this rule, else what it is, for the refusal. */
    static String number(Rule rule, long n) {
        return switch (rule) {
            case MOMENT -> n < EARLIEST || n > LATEST ? "a time outside the years 1900 to 9999" : null;
            case DELETED_AT -> n <= 0 || n > LATEST ? "a deletion time before 1970 or after 9999" : null;
            case MINOR -> n > MAX_MINOR ? "an amount larger than Funnelboard accepts" : null;
            default -> null;
        };
    }

    /**
     * Null when a shared setting {@code key} may hold {@code value}, else what it is: only the
     * settings there are, each read as strictly as when typed (scoring rules and profile, a rot
     * threshold of 1 to 365 days for a stage that rots, a name in the team's directory under a
     * well-formed address, a currency code).
     */
    static String setting(String key, String value) {
        if (value.indexOf('\0') >= 0) {
            return "a text holding the character U+0000";
        }
        if (loneSurrogate(value)) {
            return "a text holding half of a UTF-16 pair (an escape such as \\uD800 alone), which no text can hold";
        }
        String shown = com.funnelboard.domain.Printable.escape(key);
        try {
            if (key.equals(ScoringSettings.RULES)) {
                ScoringSettings.readRules(value);
            } else if (key.equals(ScoringSettings.PROFILE)) {
                ScoringSettings.readProfile(value);
            } else if (key.equals(SettingsRepository.DEFAULT_CURRENCY)) {
                return CURRENCIES.contains(value) ? null : "a currency that is not an ISO 4217 code";
            } else if (key.startsWith(SettingsRepository.ROT_DAYS)) {
                return rotDays(key.substring(SettingsRepository.ROT_DAYS.length()), value, shown);
            } else if (key.startsWith(SettingsRepository.PERSON)) {
                String email = key.substring(SettingsRepository.PERSON.length());
                boolean normal = email.equals(com.funnelboard.domain.Person.normalEmail(email));
                return normal && com.funnelboard.domain.Person.problems(value, email).isEmpty() ? null
                        : "a name or an address the team's directory would not accept (setting \"" + shown + "\")";
            } else {
                return "a setting \"" + shown + "\" that Funnelboard does not have";
            }
        } catch (IllegalArgumentException e) {
            return "scoring settings that are not accepted (" + com.funnelboard.domain.Printable.escape(e.getMessage()) + ")";
        }
        return null;
    }

    private static String rotDays(String stageKey, String value, String shown) {
        var stage = com.funnelboard.domain.Stage.parse(stageKey).filter(s -> s.key().equals(stageKey));
        if (stage.isEmpty() || !com.funnelboard.domain.RotRule.DEFAULTS.containsKey(stage.get())) {
            return "a setting \"" + shown + "\" that Funnelboard does not have";
        }
        // Digits 0-9 only: parseInt would take "+7" and other scripts' digits, which the thresholds dialog never writes.
        if (value.matches("[0-9]{1,3}")) {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= com.funnelboard.domain.RotRule.MAX_DAYS) {
                return null;
            }
        }
        return "a rot threshold that is not 1 to " + com.funnelboard.domain.RotRule.MAX_DAYS + " days (setting \"" + shown + "\")";
    }

    /** The codes {@link java.util.Currency#getInstance(String)} takes: a set, as a big share file asks once per deal. */
    private static final java.util.Set<String> CURRENCIES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());
}
