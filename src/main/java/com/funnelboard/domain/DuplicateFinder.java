package com.funnelboard.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Which contacts are probably the same person: the same email (ignoring case), the same phone
 * number once normalized to E.164 (in the user's region when it has no country code), or a very
 * similar name at the same organization.
 */
public final class DuplicateFinder {

    /** Jaro-Winkler similarity from which two names at one organization count as the same person. */
    public static final double NAME_THRESHOLD = 0.93;

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final String region;

    /** @param region the ISO country whose numbers may be written without a country code ("DE") */
    public DuplicateFinder(String region) {
        this.region = region == null || region.isBlank() ? "US" : region.toUpperCase(Locale.ROOT);
    }

    /** Why two contacts look alike. */
    public enum Reason {
        SAME_EMAIL("same email"), SAME_PHONE("same phone"), SIMILAR_NAME("similar name at the same organization");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String key() {
            return Keys.key(this);
        }

        public String label() {
            return label;
        }
    }

    /** What duplicate detection looks at of a contact. */
    public record Candidate(UUID id, String name, UUID organizationId, List<String> emails, List<String> phones) {
        public Candidate {
            Objects.requireNonNull(id, "id");
            emails = emails == null ? List.of() : List.copyOf(emails);
            phones = phones == null ? List.of() : List.copyOf(phones);
        }
    }

    /** Two contacts that look alike; {@code first} is the older-listed of the two. */
    public record Match(UUID first, UUID second, Set<Reason> reasons) {}

    /** Every pair among {@code contacts} that looks alike, each pair once. */
    public List<Match> pairs(Collection<Candidate> contacts) {
        Map<List<UUID>, Set<Reason>> found = new LinkedHashMap<>();
        pairUp(group(contacts, c -> c.emails().stream().map(DuplicateFinder::emailKey).toList()), Reason.SAME_EMAIL, found);
        pairUp(group(contacts, c -> c.phones().stream().map(this::phoneKey).toList()), Reason.SAME_PHONE, found);
        Map<UUID, List<Candidate>> byOrg = contacts.stream().filter(c -> c.organizationId() != null)
                .collect(Collectors.groupingBy(Candidate::organizationId, LinkedHashMap::new, Collectors.toList()));
        for (List<Candidate> colleagues : byOrg.values()) {
            for (int i = 0; i < colleagues.size(); i++) {
                for (int j = i + 1; j < colleagues.size(); j++) {
                    if (similarNames(colleagues.get(i).name(), colleagues.get(j).name())) {
                        found.computeIfAbsent(List.of(colleagues.get(i).id(), colleagues.get(j).id()), k -> EnumSet.noneOf(Reason.class))
                                .add(Reason.SIMILAR_NAME);
                    }
                }
            }
        }
        return found.entrySet().stream().map(e -> new Match(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
    }

    /** The existing contacts a new or edited one looks like, with why. */
    public Map<UUID, Set<Reason>> matchesFor(Candidate contact, Collection<Candidate> others) {
        Map<UUID, Set<Reason>> out = new LinkedHashMap<>();
        Set<String> emails = contact.emails().stream().map(DuplicateFinder::emailKey).collect(Collectors.toSet());
        Set<String> phones = contact.phones().stream().map(this::phoneKey).collect(Collectors.toSet());
        for (Candidate o : others) {
            if (o.id().equals(contact.id())) {
                continue;
            }
            EnumSet<Reason> why = EnumSet.noneOf(Reason.class);
            if (o.emails().stream().map(DuplicateFinder::emailKey).anyMatch(emails::contains)) {
                why.add(Reason.SAME_EMAIL);
            }
            if (o.phones().stream().map(this::phoneKey).anyMatch(phones::contains)) {
                why.add(Reason.SAME_PHONE);
            }
            if (contact.organizationId() != null && contact.organizationId().equals(o.organizationId())
                    && similarNames(contact.name(), o.name())) {
                why.add(Reason.SIMILAR_NAME);
            }
            if (!why.isEmpty()) {
                out.put(o.id(), why);
            }
        }
        return out;
    }

    static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The numbers with each number once: a number written another way ("020 7946 0000" beside
     * "+44 20 7946 0000") is dropped, the first writing of it kept.
     */
    public List<String> eachNumberOnce(List<String> phones) {
        if (phones.size() < 2) {
            return phones;
        }
        Set<String> seen = new java.util.HashSet<>();
        return phones.stream().filter(p -> {
            String key = phoneKey(p);
            return seen.add(key.isEmpty() ? "as written: " + p : key);
        }).toList();
    }

    /** The contact with each of its numbers once ({@link #eachNumberOnce}). */
    public ContactProfile eachNumberOnce(ContactProfile p) {
        List<String> once = eachNumberOnce(p.phones());
        return once.size() == p.phones().size() ? p : p.withPhones(once);
    }

    /** "+4930123456" for any way of writing that number; its digits when it cannot be read as one. */
    public String phoneKey(String phone) {
        try {
            return PHONES.format(PHONES.parse(phone, region), PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return phone.replaceAll("[^0-9]", "");
        }
    }

    /**
     * A phone number as people of {@code locale}'s country write one, for a form's prompt ("+49 30
     * 123456" in Germany): New lead showed a London number everywhere. A British one where the country
     * has no example.
     */
    public static String examplePhone(java.util.Locale locale) {
        com.google.i18n.phonenumbers.Phonenumber.PhoneNumber n = locale == null || locale.getCountry().isEmpty() ? null
                : PHONES.getExampleNumberForType(locale.getCountry(), PhoneNumberUtil.PhoneNumberType.FIXED_LINE);
        return n == null ? "+44 20 7946 0000" : PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
    }

    /** Names equal once accents, case, punctuation and word order are ignored, or nearly equal. */
    public static boolean similarNames(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        // Compared with their accents left out ("Jurgen Muller"), and with German's umlauts and ß written out ("Juergen Weiss"
        // is Jürgen Weiß, who was not flagged).
        return similarAs(normalizeName(a), normalizeName(b)) || similarAs(normalizeName(spelledOut(a)), normalizeName(spelledOut(b)));
    }

    private static boolean similarAs(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y) || sortedWords(x).equals(sortedWords(y))) {
            return true;
        }
        return SIMILARITY.apply(x, y) >= NAME_THRESHOLD;
    }

    /** A name with German's umlauts and ß written as two letters, as a keyboard without them writes it. */
    static String spelledOut(String name) {
        return name.replace("\u00E4", "ae").replace("\u00F6", "oe").replace("\u00FC", "ue").replace("\u00C4", "Ae")
                .replace("\u00D6", "Oe").replace("\u00DC", "Ue").replace("\u00DF", "ss").replace("\u1E9E", "SS");
    }

    static String normalizeName(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        // A form of address or a degree is no part of who someone is: "Dr. Ann Lee" and "Ann Lee, PhD" are Ann Lee (a phone's
        // contact and a business card's were not flagged). A name made only of such words is kept as it is.
        String bare = java.util.Arrays.stream(words.split(" ")).filter(w -> !HONORIFICS.contains(w)).collect(Collectors.joining(" "));
        return bare.isEmpty() ? words : bare;
    }

    /**
     * Forms of address and degrees in English, German, French, Spanish and Italian, lower case and without dots ("Don", a first
     * name as often as a title, is not one).
     */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame",
            "jr", "sr", "phd", "md", "mba", "msc", "bsc", "esq", "ii", "iii", "herr", "frau", "dipl", "ing", "mag", "m", "mme", "mlle",
            "sra", "srta", "dott", "sig");

    private static String sortedWords(String s) {
        String[] words = s.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    private static Map<String, List<UUID>> group(Collection<Candidate> contacts, java.util.function.Function<Candidate, List<String>> keys) {
        Map<String, List<UUID>> byKey = new HashMap<>();
        for (Candidate c : contacts) {
            for (String k : keys.apply(c).stream().filter(k -> !k.isEmpty()).distinct().toList()) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(c.id());
            }
        }
        return byKey;
    }

    private static void pairUp(Map<String, List<UUID>> groups, Reason reason, Map<List<UUID>, Set<Reason>> found) {
        for (List<UUID> ids : groups.values()) {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    List<UUID> pair = List.of(ids.get(i), ids.get(j));
                    List<UUID> reversed = List.of(ids.get(j), ids.get(i));
                    Set<Reason> existing = found.get(reversed);
                    (existing != null ? existing : found.computeIfAbsent(pair, k -> EnumSet.noneOf(Reason.class))).add(reason);
                }
            }
        }
    }
}
