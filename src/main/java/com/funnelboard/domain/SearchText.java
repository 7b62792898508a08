package com.funnelboard.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a user types into a search box, made into a full-text query that can only mean "rows with
 * words starting like these": each word becomes one quoted phrase with a prefix marker, so the
 * index's own syntax (quotes, {@code *}, {@code -}, {@code :}, {@code AND}, {@code NEAR}, brackets)
 * typed by a user is just text. "ana.lo" finds "ana.lopez@…" (the phrase "ana lo…"), "Mül" finds
 * "Müller" and "muller".
 */
public final class SearchText {

    /** At most this many words of a query are used. */
    public static final int MAX_WORDS = 12;

    private SearchText() {}

    /**
     * The words of {@code text} when every one of them is written in a script that runs its words together
     * (Chinese, Japanese, Korean, Thai, Lao, Khmer, Myanmar, Tibetan), else none. The index takes such a run
     * ("北京科技有限公司", "삼성전자") as one word, found by its beginning only: "科技" and "전자" found nothing.
     * These words are also looked for anywhere inside names and titles.
     */
    public static List<String> unspacedWords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (words.size() == MAX_WORDS) {
                break;
            }
            if (!word.codePoints().anyMatch(SearchText::unspaced)) {
                return List.of();
            }
            words.add(word);
        }
        return List.copyOf(words);
    }

    static boolean unspaced(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        };
    }

    /**
     * The words of a board filter's text that have a letter or digit to look for, at most {@link #MAX_WORDS}: each is looked
     * for in a deal, its contact and its organization alike, so a card holds the text when each word is in one of them.
     */
    public static List<String> filterWords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (PhoneQuery.of(text).isPresent()) {
            return List.of(text.strip()); // a number written with spaces ("030 2527989") is one, looked for as a number too
        }
        return java.util.Arrays.stream(text.strip().split("\\s+")).filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .limit(MAX_WORDS).toList();
    }

    /** The query for {@code text}, or empty when it holds no letter or digit to look for. */
    public static Optional<String> toMatch(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> phrases = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (phrases.size() == MAX_WORDS) {
                break;
            }
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                List<String> spellings = spellings(word);
                List<String> quoted = spellings.stream().map(w -> "\"" + w.replace("\"", "\"\"") + "\"*").toList();
                phrases.add(quoted.size() == 1 ? quoted.getFirst() : "(" + String.join(" OR ", quoted) + ")");
            }
        }
        // AND written out: the index takes a group in parentheses only beside an operator.
        return phrases.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", phrases));
    }

    /**
     * A typed word and the other ways German writes it, each a prefix the index is asked for: "ss"
     * and "ß" for each other ("Strasse" for "Straße", "Weiß" for "Weiss"), and "ue", "oe", "ae" for the
     * umlauts the index keeps without their dots ("Mueller" for "Müller"). The index folds accents
     * but not these spellings: "Gross" found nobody named Groß.
     */
    static List<String> spellings(String word) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        out.add(word);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("ss")) {
            out.add(lower.replace("ss", "\u00DF"));
        }
        if (lower.contains("\u00DF")) {
            out.add(lower.replace("\u00DF", "ss"));
        }
        String dotted = lower.replace("ue", "u").replace("oe", "o").replace("ae", "a");
        if (!dotted.equals(lower) && dotted.length() >= 3) {
            out.add(dotted);
        }
        // And the other way: "jürgen" typed finds "Juergen" written without the dots (it found only Jürgen).
        String spelledOut = lower.replace("\u00FC", "ue").replace("\u00F6", "oe").replace("\u00E4", "ae");
        if (!spelledOut.equals(lower)) {
            out.add(spelledOut);
        }
        // Both at once: "groesse" is Größe (it found nothing).
        for (String spelt : List.copyOf(out)) {
            String low = spelt.toLowerCase(java.util.Locale.ROOT);
            if (low.contains("ss") && !low.replace("ss", "\u00DF").equals(lower)) {
                out.add(low.replace("ss", "\u00DF"));
            }
        }
        out.addAll(turkish(word));
        out.addAll(greek(word));
        out.addAll(ownLetters(lower));
        // Æ and Œ are letters of their own to the index too, typed "ae" and "oe": "aero" found nothing of "Ærø Café".
        for (String spelt : List.copyOf(out)) {
            String low = spelt.toLowerCase(java.util.Locale.ROOT);
            if (low.contains("ae") && low.length() >= 3) {
                out.add(low.replace("ae", "\u00E6"));
            }
            if (low.contains("oe") && low.length() >= 3) {
                out.add(low.replace("oe", "\u0153"));
            }
        }
        return List.copyOf(out);
    }

    /** Letters the index keeps as they are (no accent it could take off), and the plain letter people type for each. */
    private static final String OWN = "\u00F8\u0142\u0111";
    private static final String PLAIN = "old";
    /** At most this many spellings of a word with one of its plain letters written as its own. */
    private static final int OWN_LETTER_SPELLINGS = 6;

    /**
     * "ø", "ł" and "đ" are letters of their own to the index, not "o", "l" and "d" with an accent:
     * "orsted", "lodz" and "malgorzata" found neither Ørsted, Łódź nor Małgorzata. A word typed with
     * one of them is asked for without it too, and a word without them with each of its first few
     * o, l and d written so. And O'Brien, D'Angelo and L'Oréal are two words to the index ("o",
     * "brien"): a word beginning with o, d or l is asked for as those two words too, so "obrien"
     * finds O'Brien as the Contacts page does.
     */
    static List<String> ownLetters(String lower) {
        List<String> out = new ArrayList<>();
        String plain = lower;
        for (int k = 0; k < OWN.length(); k++) {
            plain = plain.replace(OWN.charAt(k), PLAIN.charAt(k));
        }
        if (!plain.equals(lower)) {
            out.add(plain);
        }
        for (int i = 0; i < lower.length() && lower.length() >= 3 && out.size() < OWN_LETTER_SPELLINGS; i++) {
            int k = PLAIN.indexOf(lower.charAt(i));
            if (k >= 0) {
                out.add(lower.substring(0, i) + OWN.charAt(k) + lower.substring(i + 1));
            }
        }
        if (lower.length() >= 4 && PLAIN.indexOf(lower.charAt(0)) >= 0 && Character.isLetter(lower.charAt(1))) {
            out.add(lower.charAt(0) + " " + lower.substring(1));
        }
        return out;
    }

    /** How many letters i of a Turkish word are tried both ways (two to the power of this many spellings). */
    private static final int TURKISH_I_AT_MOST = 4;

    /**
     * A Turkish word with each of its first i's written dotted and dotless: the index lowers "I" to
     * "i" and "İ" to "i" but keeps "ı", so "Işık" is stored as "isık" and "ışık" as "ısık" — "ışık" and
     * "isik" found neither. Only for a word written with a Turkish letter (ı, İ, ş, ğ), so other
     * languages' words are asked for as before.
     */
    static List<String> turkish(String word) {
        if (word.chars().noneMatch(c -> c == 'ı' || c == 'İ' || c == 'ş' || c == 'Ş' || c == 'ğ' || c == 'Ğ')) {
            return List.of();
        }
        String w = word.replace('İ', 'i').replace('I', 'i').replace('ı', 'i');
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < w.length() && at.size() < TURKISH_I_AT_MOST; i++) {
            if (w.charAt(i) == 'i') {
                at.add(i);
            }
        }
        List<String> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << at.size(); mask++) {
            char[] chars = w.toCharArray();
            for (int b = 0; b < at.size(); b++) {
                if ((mask & 1 << b) != 0) {
                    chars[at.get(b)] = 'ı';
                }
            }
            out.add(new String(chars));
        }
        return out;
    }

    /** The Greek vowels and the same with the accent (tonos) monotonic Greek writes on one of them. */
    private static final String GREEK_VOWELS = "αεηιουω";
    private static final String GREEK_ACCENTED = "άέήίόύώ";

    /**
     * A Greek word without its accents, and, typed without one, with the accent on each of its
     * vowels in turn: the index keeps Greek accents, so "συμβαση" and "γιωργος" found nobody named
     * "σύμβαση" or "Γιώργος" (monotonic Greek writes one accent a word), and "ΣΥΜΒΑΣΗ" is stored
     * without one.
     */
    static List<String> greek(String word) {
        if (word.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK)) {
            return List.of();
        }
        String plain = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT).replace('ς', 'σ');
        List<String> out = new ArrayList<>();
        out.add(plain);
        boolean accented = !plain.equals(word.toLowerCase(java.util.Locale.ROOT).replace('ς', 'σ'));
        if (!accented) {
            for (int i = 0; i < plain.length(); i++) {
                int v = GREEK_VOWELS.indexOf(plain.charAt(i));
                if (v >= 0) {
                    out.add(plain.substring(0, i) + GREEK_ACCENTED.charAt(v) + plain.substring(i + 1));
                }
            }
        }
        return out;
    }

    /** The words of a text as the index splits them: runs of letters and digits. */
    static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    /** A word as the index compares it: lower case, without accents. */
    public static String fold(String word) {
        String d = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        // Turkish's dotless i and Greek's final sigma as their plain letters, so that every spelling asked for marks the same words.
        return d.toLowerCase(java.util.Locale.ROOT).replace('ı', 'i').replace('ς', 'σ');
    }

    /**
     * How closely {@code title}'s words are the typed ones: for each word of {@code query}, 2 when a word of the title is
     * it (case and accents aside) or 0 when one only begins like it, and 1 more when it is written with the accents as
     * typed. "mül" is closer to "Zoë Müller" (1) than to "Multi-site licence" (0); "anna" to "Anna Tanaka" (3) than to
     * "Annual licence" (1).
     */
    public static int closeness(String title, String query) {
        if (title == null || query == null) {
            return 0;
        }
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher t = WORD.matcher(title);
        while (t.find()) {
            words.add(t.group().toLowerCase(java.util.Locale.ROOT));
        }
        int sum = 0;
        java.util.regex.Matcher q = WORD.matcher(query);
        while (q.find()) {
            String typed = q.group().toLowerCase(java.util.Locale.ROOT);
            String folded = fold(typed);
            int best = 0;
            for (String w : words) {
                String f = fold(w);
                if (f.equals(folded)) {
                    best = Math.max(best, w.equals(typed) ? 3 : 2);
                } else if (f.startsWith(folded)) {
                    best = Math.max(best, w.startsWith(typed) ? 1 : 0);
                }
            }
            sum += best;
        }
        return sum;
    }

    /** The words of {@code query} as prefixes to look for, folded. */
    public static List<String> prefixes(String query) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        if (query != null) {
            java.util.regex.Matcher m = WORD.matcher(query);
            while (m.find()) {
                out.add(fold(m.group()));
                // And the word's other spellings the index is asked for ("weiss" marks Weiß): a person found so was not marked,
                // and their deals were left out of the results ("weiss" found Jürgen Weiß but not his deals).
                for (String spelt : spellings(m.group())) {
                    out.add(fold(spelt));
                }
            }
        }
        return new ArrayList<>(out);
    }
}
