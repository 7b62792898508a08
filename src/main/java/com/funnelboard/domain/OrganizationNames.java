package com.funnelboard.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When two spellings name the same organization. A name is read as its words and its legal form:
 * case, accents, punctuation, a leading "The" and "&" against "and" (or "und", "et", "y", "og"…) do not count, letters written
 * one by one are one word ("I.B.M." is "IBM"), and the legal form at the end (Inc., LLC, Ltd, GmbH &
 * Co. KG, S.A., …) is told by what it means, not how it is written ("Inc." is "Incorporated", "Ltd"
 * is "Limited"). "Acme, Inc." and "ACME Incorporated" are one organization; "Acme" is either of
 * them (a file that leaves the form out); "Acme GmbH" and "Acme AG" are two.
 */
public final class OrganizationNames {

    /** Legal forms and their usual abbreviations, as the key writes them (lower case, no dots); each to the word it means. */
    private static final Map<String, String> LEGAL_FORMS = legalForms();

    private static Map<String, String> legalForms() {
        Map<String, String> m = new HashMap<>();
        for (String f : List.of("llc", "llp", "lp", "plc", "pty", "pte", "pvt", "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "ug", "ev", "se", "sa",
                "sas", "sarl", "sasu", "eurl", "sl", "slu", "srl", "spa", "sapa", "bv", "nv", "vof", "oy", "oyj", "ab", "as", "asa", "aps", "kk",
                "kft", "sro", "doo", "ooo", "zao", "pjsc", "lda", "ltda", "cia", "sc", "scs", "scrl", "bvba", "cvba", "gbr", "haftungsbeschrankt",
                "cv", "sab")) {
            m.put(f, f);
        }
        m.put("inc", "inc");
        m.put("incorporated", "inc");
        m.put("corp", "corp");
        m.put("corporation", "corp");
        m.put("co", "co");
        m.put("company", "co");
        m.put("cos", "co");
        m.put("ltd", "ltd");
        m.put("limited", "ltd");
        return Map.copyOf(m);
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** "And" in the languages whose names the imports read, between two words of a name. */
    private static final Set<String> AND = Set.of("und", "et", "y", "og", "och", "en", "e", "i", "ve", "és");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private OrganizationNames() {}

    /**
     * A name read: its words without the legal form ({@code base}) and the form ({@code form}, empty
     * when the name gives none).
     */
    public record Key(String base, String form, Key spelledOut) {
        public Key(String base, String form) {
            this(base, form, null);
        }

        /** Both, as one text: equal for two spellings of one organization with the same form. */
        public String full() {
            return form.isEmpty() ? base : base + "\u0000" + form;
        }

        /** The same name read with its umlauts written out ("Müller" as "Mueller"), or null when it has none. */
        @Override
        public Key spelledOut() {
            return spelledOut;
        }

        /** Two keys are equal when they read a name alike; the spelling with umlauts written out does not count. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && base.equals(k.base) && form.equals(k.form);
        }

        @Override
        public int hashCode() {
            return base.hashCode() * 31 + form.hashCode();
        }
    }

    /** German umlauts as they are written without them: "Müller" is also "Mueller". */
    private static final Pattern UMLAUTS = Pattern.compile("[äöüÄÖÜ]");

    /**
     * How {@code name} is read; an empty base for a blank name. A name with umlauts is also read as
     * it is written without them ({@link Key#spelledOut()}), so "Müller", "Mueller" and "Muller"
     * name one organization.
     */
    public static Key key(String name) {
        if (name == null) {
            return new Key("", "");
        }
        Key plain = read(name);
        if (!UMLAUTS.matcher(name).find()) {
            return plain;
        }
        String written = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
        Key out = read(written);
        return new Key(plain.base(), plain.form(), out.equals(plain) ? null : out);
    }

    /**
     * The first word of each reading of {@code name} ("müller" and "mueller" for "Müller GmbH",
     * also "mueller" and "müller" for "Mueller GmbH"), for a search among stored names by their start.
     */
    public static java.util.Set<String> firstWords(String name) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        Key k = key(name);
        for (Key each = k; each != null; each = each.spelledOut()) {
            if (!each.base().isEmpty()) {
                String first = each.base().split(" ", 2)[0];
                out.add(first);
                // "mueller" may be stored as "Müller", whose first word reads "muller": ask for the umlaut's spelling too.
                String umlauts = first.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü");
                out.add(umlauts);
            }
        }
        String raw = name == null ? "" : name.strip().split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
        if (!raw.isEmpty()) {
            out.add(raw);
        }
        return out;
    }

    private static Key read(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("ß", "ss").replace('ı', 'i').replace("&", " and ").replace("+", " and ");
        List<String> words = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (String w : NOT_WORD.split(s)) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
                letters.append(w); // "i.b.m." and "s. a." as one word
                continue;
            }
            flush(letters, words);
            words.add(w);
        }
        flush(letters, words);
        // "Müller und Söhne", "Dupont et Fils", "Hansen og Sønn": the same "and" as "&" (they were two organizations).
        for (int i = 1; i < words.size() - 1; i++) {
            if (AND.contains(words.get(i))) {
                words.set(i, "and");
            }
        }
        words = spelledOut(words);
        if (words.size() > 1 && words.getFirst().equals("the")) {
            words.removeFirst();
        }
        int end = words.size();
        List<String> form = new ArrayList<>();
        while (end > 1 && (LEGAL_FORMS.containsKey(words.get(end - 1)) || words.get(end - 1).equals("and"))) {
            String w = words.get(--end);
            if (!w.equals("and")) {
                form.addFirst(LEGAL_FORMS.get(w));
            }
        }
        return new Key(String.join(" ", words.subList(0, end)), String.join(" ", form));
    }

    /** Legal forms written out, as their abbreviations ("Gesellschaft mit beschränkter Haftung" is "GmbH"). */
    private static final List<Map.Entry<String, String>> SPELLED_OUT = List.of(
            Map.entry("gesellschaft mit beschrankter haftung", "gmbh"), Map.entry("aktiengesellschaft", "ag"),
            Map.entry("kommanditgesellschaft", "kg"), Map.entry("offene handelsgesellschaft", "ohg"),
            Map.entry("eingetragener verein", "ev"), Map.entry("societe anonyme", "sa"), Map.entry("sociedad anonima", "sa"),
            Map.entry("societe a responsabilite limitee", "sarl"), Map.entry("societe par actions simplifiee", "sas"),
            Map.entry("societa per azioni", "spa"), Map.entry("societa a responsabilita limitata", "srl"),
            Map.entry("sociedad limitada", "sl"), Map.entry("besloten vennootschap", "bv"), Map.entry("naamloze vennootschap", "nv"),
            Map.entry("limited liability company", "llc"), Map.entry("limited liability partnership", "llp"),
            Map.entry("public limited company", "plc"), Map.entry("limited partnership", "lp"), Map.entry("proprietary limited", "pty ltd"));

    private static List<String> spelledOut(List<String> words) {
        String joined = " " + String.join(" ", words) + " ";
        boolean changed = false;
        for (Map.Entry<String, String> e : SPELLED_OUT) {
            if (joined.contains(" " + e.getKey() + " ")) {
                joined = joined.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
                changed = true;
            }
        }
        return changed ? new ArrayList<>(List.of(joined.strip().split(" "))) : words;
    }

    private static void flush(StringBuilder letters, List<String> words) {
        if (!letters.isEmpty()) {
            words.add(letters.toString());
            letters.setLength(0);
        }
    }

    /**
     * Organizations found by any spelling of their name: the same words and form; or, for a name
     * that gives no form, the one organization of those words (none when there are several, "Acme
     * GmbH" and "Acme AG"); or, for a name with a form, the one stored without any. The first
     * organization put under a spelling keeps it.
     */
    public static final class Index<T> {
        private final Map<String, T> byFull = new HashMap<>();
        private final Map<String, T> byBase = new HashMap<>();
        private final Set<String> severalOfBase = new HashSet<>();

        public void put(String name, T organization) {
            put(key(name), organization);
        }

        public void put(Key k, T organization) {
            putOne(k, organization);
            if (k.spelledOut() != null) {
                putOne(k.spelledOut(), organization);
            }
        }

        private void putOne(Key k, T organization) {
            byFull.putIfAbsent(k.full(), organization);
            T before = byBase.putIfAbsent(k.base(), organization);
            if (before != null && !before.equals(organization)) {
                severalOfBase.add(k.base());
            }
        }

        /** The organization {@code name} names, or null. */
        public T find(String name) {
            return find(key(name));
        }

        /** The organization a name read as {@code k} names (or as it is written without umlauts), or null. */
        public T find(Key k) {
            T found = findOne(k);
            return found != null || k.spelledOut() == null ? found : findOne(k.spelledOut());
        }

        private T findOne(Key k) {
            T found = byFull.get(k.full());
            if (found != null) {
                return found;
            }
            if (k.form().isEmpty()) {
                return severalOfBase.contains(k.base()) ? null : byBase.get(k.base());
            }
            return byFull.get(k.base());
        }

        /** How many spellings it holds. */
        public int size() {
            return byFull.size();
        }
    }
}
