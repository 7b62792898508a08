package com.funnelboard.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A full name taken apart for an address book's structured name (a vCard's N): an honorific before
 * it, the given names, the family name with the particles that begin it ("van der Berg", "de la
 * Cruz"), and the suffixes after it ("Jr.", "III", "PhD"). Phones and mail programs sort and show
 * people by these parts, so a guess that makes "Sr." someone's family name is worse than none.
 *
 * @param prefix "Dr.", "Mr." or empty
 * @param given the given names, or the whole name when it is one word
 * @param family the family name, empty when the name is one word
 * @param suffix "Jr.", "III, PhD" or empty
 */
public record NameParts(String prefix, String given, String family, String suffix) {

    /** Honorifics written before a name, without their dot, in lower case. */
    private static final Set<String> PREFIXES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "fr", "herr",
            "frau", "mme", "mlle", "m", "sra", "srta", "sig", "dott", "ing", "mag");
    /** What follows a family name, without dots, in lower case ("Sr." after a name is senior; before it, Spanish señor, see above). */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v", "phd", "md", "mba", "esq", "dds", "cpa",
            "jd", "rn", "pe", "ret");
    /** Words that begin a family name with the word after them. */
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "del", "della", "la", "le", "du", "da", "di", "dos",
            "das", "do", "von", "zu", "ten", "ter", "bin", "al", "el", "af", "av",
            // Flemish and Dutch ("Op de Beeck", "in 't Veld"), German ("zur Linden"), French and Italian plurals ("des Prés", "degli Esposti").
            "op", "in", "'t", "het", "zum", "zur", "des", "dei", "degli", "delle", "dalla", "ibn", "ben");

    /** The parts of {@code name} as a person writes it, given names first. */
    public static NameParts of(String name) {
        // A remark in brackets after the name ("Maria Johnson (Sample Contact)", as HubSpot's samples are named) goes with the
        // suffixes: its last word was the family name ("Contact)").
        java.util.regex.Matcher remark = REMARK.matcher(name.strip());
        if (remark.matches()) {
            NameParts core = of(remark.group(1));
            return new NameParts(core.prefix(), core.given(), core.family(), core.suffix().isEmpty() ? remark.group(2)
                    : core.suffix() + " " + remark.group(2));
        }
        List<String> words = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        List<String> prefix = new ArrayList<>();
        while (words.size() > 2 && PREFIXES.contains(bare(words.getFirst()))) {
            prefix.add(words.removeFirst());
        }
        List<String> suffix = new ArrayList<>();
        while (words.size() > 2 && SUFFIXES.contains(bare(words.getLast()))) {
            suffix.addFirst(words.removeLast());
        }
        words.replaceAll(NameParts::withoutTrailingComma);
        words.removeIf(String::isEmpty);
        suffix.replaceAll(NameParts::withoutTrailingComma);
        if (words.size() < 2) {
            return new NameParts(String.join(" ", prefix), String.join(" ", words), "", String.join(", ", suffix));
        }
        if (familyFirst(words)) {
            // Chinese, Japanese, Korean and Vietnamese write the family name first: "佐藤 花子", "Nguyễn Thị Hường" (an address book
            // sorted them by "花子" and "Hường").
            return new NameParts(String.join(" ", prefix), String.join(" ", words.subList(1, words.size())), words.getFirst(),
                    String.join(", ", suffix));
        }
        int from = words.size() - 1;
        while (from > 1 && PARTICLES.contains(words.get(from - 1).toLowerCase(Locale.ROOT))) {
            from--;
        }
        return new NameParts(String.join(" ", prefix), String.join(" ", words.subList(0, from)),
                String.join(" ", words.subList(from, words.size())), String.join(", ", suffix));
    }

    /** The most common Vietnamese family names, as written with their marks (without them they are other languages' words). */
    private static final Set<String> VIETNAMESE_FAMILY = Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Đào", "Lâm", "Tạ", "Trịnh", "Lương", "Phùng", "Đoàn");

    /** Whether the name is written family name first: in Chinese, Japanese or Korean script, or after a Vietnamese family name. */
    private static boolean familyFirst(List<String> words) {
        String first = java.text.Normalizer.normalize(words.getFirst(), java.text.Normalizer.Form.NFC);
        if (VIETNAMESE_FAMILY.contains(first)) {
            return true;
        }
        int c = first.codePointAt(0);
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static final java.util.regex.Pattern REMARK = java.util.regex.Pattern.compile("(.*?\\S)\\s*(\\([^()]+\\))");

    private static String bare(String word) {
        return word.replace(".", "").replace(",", "").toLowerCase(Locale.ROOT);
    }

    private static String withoutTrailingComma(String word) {
        return word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
    }
}
