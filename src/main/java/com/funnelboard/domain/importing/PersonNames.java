package com.funnelboard.domain.importing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name cell as people and programs fill it: "Maier, Thomas" (family name first, as Outlook and
 * many address lists sort), or several people in one cell ("Emma Watts, Liam Hart", as Freshsales
 * lists a deal's contacts).
 */
final class PersonNames {

    /** Words after a comma that end a name or a company rather than begin a given name. */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq", "dds", "cpa",
            "inc", "ltd", "llc", "llp", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "as", "oy", "co", "corp",
            "plc", "pty", "limited", "company");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.\\-]*");
    /** An address after a name: " (jo@fir.example)", " <jo@fir.example>". */
    private static final Pattern MAILBOX_AFTER = Pattern.compile("\\s*[(<][^()<>\\s]+@[^()<>\\s]+[)>]\\s*$");

    private PersonNames() {}

    /**
     * The people a name cell names, the first being the row's: more than one only when every part
     * between commas, semicolons, a spaced slash or "and" is a whole name of two words or more, with
     * its address or not ("Emma Watts, Liam Hart", "Jo Fir (jo@fir.example), Al Fir (al@fir.example)",
     * "Ann Oak and Bob Oak"), never for "Watts, Emma" or "Tom & Jane Smith".
     */
    static List<String> people(String cell) {
        if (cell.contains(" ::: ")) {
            // A list made by the file's program (a Notion relation to several people): each part is someone, whole.
            return java.util.Arrays.stream(cell.split(" ::: ")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        }
        String[] parts = cell.split("\\s*[;,]\\s*|\\s+/\\s+|\\s+(?:and|&|und|et|y)\\s+");
        if (parts.length < 2) {
            return List.of(cell.strip());
        }
        for (String p : parts) {
            // A part may carry its address: "Jo Fir (jo@fir.example)", "Jo Fir <jo@fir.example>".
            if (words(MAILBOX_AFTER.matcher(p).replaceFirst("")) < 2) {
                return List.of(cell.strip());
            }
        }
        return java.util.Arrays.stream(parts).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * "Maier, Thomas" as "Thomas Maier", "van der Berg, Anna" as "Anna van der Berg": a family name
     * of one to three words, a comma, and one given name (two when the family name is one word), all
     * letters; anything else ("Acme, Inc.", "Smith, Jr.", "Emma Watts, Liam Hart") as written.
     */
    static String givenFirst(String name) {
        return givenFirst(name, false);
    }

    /**
     * As {@link #givenFirst(String)}; with {@code onePerson} (a contacts file's row, which names one person) up to three
     * given names after any family name: "Pérez García, María José" as "María José Pérez García".
     */
    static String givenFirst(String name, boolean onePerson) {
        String[] parts = name.strip().split("\\s*,\\s*");
        if (parts.length != 2) {
            return name.strip();
        }
        int family = words(parts[0]);
        int given = words(parts[1]);
        String last = parts[1].replaceAll(".*\\s", "").replace(".", "").toLowerCase(Locale.ROOT);
        if (family < 1 || family > 3 || given < 1 || given > (onePerson ? 3 : family == 1 ? 2 : 1) || SUFFIXES.contains(last)
                || SUFFIXES.contains(parts[1].replace(".", "").toLowerCase(Locale.ROOT))) {
            return name.strip();
        }
        return parts[1] + " " + parts[0];
    }

    /**
     * Whether a cell is one comma between two names and nothing else ("Pérez García, María José", "Emma Watts, Liam Hart"):
     * a family name before a given one on a contacts file's row, two people only where a deal lists its contacts.
     */
    static boolean oneComma(String cell) {
        return cell.chars().filter(c -> c == ',').count() == 1 && !cell.contains(";") && !cell.contains(" ::: ")
                && !cell.matches("(?s).*(\\s+/\\s+|\\s+(?:and|&|und|et|y)\\s+|@).*");
    }

    /** How many words of letters the text is; -1 when anything else is in it (digits, signs). */
    private static int words(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        String[] ws = t.split("\\s+");
        for (String w : ws) {
            if (!WORD.matcher(w).matches()) {
                return -1;
            }
        }
        return ws.length;
    }

    private static final Pattern MAILBOX_NAME = Pattern.compile("^\\s*\"?([^\"<>@]*\\p{L}[^\"<>@]*?)\"?\\s*<[^<>]+@[^<>]+>\\s*$");

    /** The name of a mailbox as mail programs write it ("Cy Chen" of {@code "Cy Chen" <cy@x.example>}), null when it has none. */
    static String mailboxName(String cell) {
        java.util.regex.Matcher m = MAILBOX_NAME.matcher(cell == null ? "" : cell);
        return m.matches() ? m.group(1).strip() : null;
    }

    /**
     * A person's whole name from its parts: given name first ("Anna Lindqvist"), except in Chinese,
     * Japanese and Korean, which write the family name first and without a space ("山田太郎", "张敏").
     */
    static String joined(String given, String family) {
        if (eastAsian(family) && beginsEastAsian(given)) {
            return family.strip() + given.strip();
        }
        return given + " " + family;
    }

    private static boolean eastAsian(String s) {
        if (s == null || s.isBlank()) {
            return false;
        }
        return s.strip().codePoints().allMatch(PersonNames::eastAsianLetter);
    }

    /**
     * A given name that begins in those scripts, whatever follows it: a phone's contact "동환주임(한화)" or "솔이_만나" (a
     * remark after the name) was joined given name first with a space ("동환주임(한화) 김").
     */
    private static boolean beginsEastAsian(String s) {
        if (s == null || s.isBlank()) {
            return false;
        }
        return s.strip().codePoints().filter(Character::isLetter).findFirst().stream().allMatch(PersonNames::eastAsianLetter);
    }

    private static boolean eastAsianLetter(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
