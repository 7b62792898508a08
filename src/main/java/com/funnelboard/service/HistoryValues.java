package com.funnelboard.service;

import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A recorded field's stored value (a JSON literal: an amount in minor units, a time in milliseconds, a stage's key) as the
 * History tab says it: "€12,500.00", "Prospect", "Mar 4, 2026", an owner by the name the team gave the address.
 */
final class HistoryValues {

    private final Locale locale;
    private final java.util.function.Function<Instant, String> when;
    private final DateTimeFormatter day;
    /** The team's names by email. */
    private final Map<String, String> names;

    HistoryValues(Locale locale, java.util.function.Function<Instant, String> when, DateTimeFormatter day, Map<String, String> names) {
        this.locale = locale;
        this.when = when;
        this.day = day;
        this.names = names;
    }

    HistoryValues withNames(Map<String, String> directory) {
        return new HistoryValues(locale, when, day, directory);
    }

    /** A stored value (a JSON literal) of {@code field} as the History tab writes it: an amount in its currency, a stage's label, a day. */
    String value(String field, String json, java.util.function.Supplier<String> currency) {
        return value(field, read(json), currency);
    }

    String value(String field, JsonNode v, java.util.function.Supplier<String> currency) {
        if (isNull(v)) {
            return "\u2014";
        }
        return switch (field) {
            case "value_minor", "final_value_minor" -> money(v, currency);
            case "stage" -> stage(v);
            case "source" -> LeadSource.parse(v.asString()).map(LeadSource::label).orElse(v.asString());
            case "lost_reason" -> LostReason.parse(v.asString()).map(LostReason::label).orElse(v.asString());
            case "expected_close_on", "closed_on" -> date(v.asString());
            case "owner" -> names.getOrDefault(v.asString(), v.asString());
            default -> field.endsWith("_at") || field.endsWith("_until") ? instant(v) : v.isString() ? v.asString() : v.toString();
        };
    }

    /** The most of a text said in History, on one line: a deal's notes of 400,000 characters were printed whole, line after line. */
    static final int MAX_SAID = 200;

    /**
     * {@code text} as History says it beside other words: its line breaks as " ⏎ ", and cut after {@link #MAX_SAID}
     * characters, the rest counted ("… (12,345 more characters)").
     */
    static String shortened(String text) {
        String line = text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " \u23CE ");
        if (line.length() <= MAX_SAID) {
            return line;
        }
        int keep = Character.isHighSurrogate(line.charAt(MAX_SAID - 1)) ? MAX_SAID - 1 : MAX_SAID;
        return line.substring(0, keep).stripTrailing() + "\u2026 (" + String.format(java.util.Locale.ROOT, "%,d", line.length() - keep)
                + " more characters)";
    }

    String money(JsonNode minor, java.util.function.Supplier<String> currencyOf) {
        if (isNull(minor) || !minor.canConvertToLong()) {
            return "\u2014";
        }
        String currency = currencyOf.get();
        if (currency == null) {
            return Long.toString(minor.asLong());
        }
        try {
            return new Money(minor.asLong(), currency).formatWhole(locale);
        } catch (IllegalArgumentException unknownCurrency) {
            return minor.asLong() + " " + currency;
        }
    }

    static String stage(JsonNode key) {
        return isNull(key) ? "\u2014" : Stage.parse(key.asString()).map(Stage::label).orElse(key.asString());
    }

    private String date(String iso) {
        try {
            return day.format(java.time.LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    String instant(JsonNode epochMillis) {
        if (isNull(epochMillis) || !epochMillis.canConvertToLong()) {
            return "\u2014";
        }
        return when.apply(Instant.ofEpochMilli(epochMillis.asLong()));
    }

    static boolean isNull(JsonNode v) {
        return v == null || v.isNull();
    }

    static JsonNode read(String json) {
        return Json.mapper().readTree(json);
    }
}
