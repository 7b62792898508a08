package com.funnelboard.store;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A constraint of the database a share file's change broke, in words a salesperson reads ("a
 * negative value", "a stage that is none of lead, prospect, …") rather than SQLite's ("check:
 * value_minor IS NULL OR value_minor >= 0"). A rule this does not know is given as it is.
 */
final class RuleWords {

    private RuleWords() {}

    private static final Pattern NOT_NEGATIVE = Pattern.compile("(?:(\\w+) IS NULL OR )?(\\w+) >= 0");
    private static final Pattern LENGTH_BETWEEN = Pattern.compile("(?:(\\w+) IS NULL OR )?length\\((\\w+)\\) BETWEEN (\\d+) AND (\\d+)");
    private static final Pattern LENGTH_IS = Pattern.compile("length\\((\\w+)\\) = (\\d+)");
    /** (The closing bracket may be gone: the rule's text is given without SQLite's trailing ones.) */
    private static final Pattern ONE_OF = Pattern.compile("(\\w+) IN \\((.*?)\\)?");

    /** {@code rule} as {@link ShareExchange#brokenRule} gives it ("check: …", "notnull: deal.title"), in words. */
    static String of(String rule) {
        int colon = rule.indexOf(':');
        String kind = colon < 0 ? "" : rule.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String what = colon < 0 ? rule.strip() : rule.substring(colon + 1).strip();
        switch (kind) {
            case "notnull" -> {
                return "no " + field(what.substring(what.indexOf('.') + 1)) + " where one is needed";
            }
            case "foreignkey" -> {
                return "a reference to a record that is not there";
            }
            case "unique", "primarykey" -> {
                return "a second record where only one may be (" + what + ")";
            }
            default -> {
                // a check, below
            }
        }
        Matcher m = NOT_NEGATIVE.matcher(what);
        if (m.matches()) {
            return "a negative " + field(m.group(2));
        }
        m = LENGTH_BETWEEN.matcher(what);
        if (m.matches()) {
            return a(field(m.group(2))) + " of fewer than " + m.group(3) + " or more than " + m.group(4) + " characters";
        }
        m = LENGTH_IS.matcher(what);
        if (m.matches()) {
            return a(field(m.group(1))) + " that is not " + m.group(2) + " characters long";
        }
        m = ONE_OF.matcher(what);
        if (m.matches()) {
            return a(field(m.group(1))) + " that is none of " + m.group(2).replace("'", "").replaceAll("\\s*,\\s*", ", ");
        }
        return what;
    }

    /** A column as a field's name: "value_minor" is the value, "preferred_channel" the preferred channel. */
    /** {@code words} after the article that reads before them: "an email", "a phone". */
    static String a(String words) {
        return (!words.isEmpty() && "aeiouAEIOU".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    private static String field(String column) {
        return switch (column) {
            case "value_minor" -> "value";
            case "final_value_minor" -> "final value";
            case "external_key" -> "external id";
            default -> column.replace('_', ' ');
        };
    }
}
