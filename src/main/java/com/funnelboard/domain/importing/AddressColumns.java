package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.CONTACT_EMAIL;
import static com.funnelboard.domain.importing.ImportField.CONTACT_FIRST_NAME;
import static com.funnelboard.domain.importing.ImportField.CONTACT_LAST_NAME;
import static com.funnelboard.domain.importing.ImportField.CONTACT_NAME;
import static com.funnelboard.domain.importing.ImportField.CONTACT_TITLE;
import static com.funnelboard.domain.importing.ImportField.IGNORE;
import static com.funnelboard.domain.importing.ImportField.ORGANIZATION_ADDRESS;
import static com.funnelboard.domain.importing.ImportField.ORGANIZATION_NAME;
import static com.funnelboard.domain.importing.HeaderMatcher.normalise;

import java.util.List;

/** Which address columns of a file are an organization's address, and which are a whole address beside its parts. */
final class AddressColumns {

    private AddressColumns() {}

    /** The parts of a postal address as exports name them ("Street", "Postal Code", "Country/Region", "PLZ", "Ville"), normalised. */
    static final List<String> ADDRESS_PARTS = List.of("street", "street address", "street address 2", "address line", "address line 1",
            "address line 2", "street 2", "street 3", "po box", "city", "town", "state", "region", "state region", "province",
            "state province", "zip", "zip code", "postal code", "postcode", "zip postal code", "country", "country region",
            "strasse", "straße", "hausnummer", "plz", "postleitzahl", "ort", "stadt", "bundesland", "land", "rue", "ville",
            "code postal", "pays", "calle", "ciudad", "código postal", "país", "provincia", "rua", "cidade", "cep", "estado provincia",
            "via", "città", "cap", "straat", "postcode nl", "plaats", "stad", "address 2", "address 3", "zipcode", "postalcode", "mailing street", "mailing city",
            "mailing state", "mailing zip", "mailing postal code", "mailing zip postal code", "mailing state province", "mailing country",
            "mailing address", "address1", "address2", "address 1", "province code", "country code", "province state", "county", "post code",
            "town city", "straße geschäftlich", "straße geschäftlich 2", "straße geschäftlich 3", "ort geschäftlich",
            "region geschäftlich", "postleitzahl geschäftlich", "land region geschäftlich", "postfach geschäftlich",
            "rue bureau", "ville bureau", "code postal bureau", "pays région bureau", "état province bureau", "street1", "street2",
            "adres", "şehir", "ilçe", "posta kodu", "ülke");
    /**
     * Words before an address or one of its parts that make it an organization's even in a file of
     * people ("Business Street", "Billing City"; Xero's postal and street addresses, "POAddressLine1", "SACity").
     */
    static final List<String> ADDRESS_QUALIFIERS = List.of("company", "organization", "organisation", "business", "billing", "account",
            "office", "work", "po", "sa", "default address");

    /**
     * Address columns: a plain "Address", "City" or "Country" in a file of people (a name, e-mail or job
     * title column) with no company column is the person's, which Funnelboard does not keep, and is
     * left out; with a company column, or named as the company's ("Business Street", "Billing City",
     * "Company Address"), it is the organization's (contacts have no address of their own; in a CRM's
     * export a person's address is mostly the company's), unless the file names that part as the
     * company's too ("Country" beside "Company Country"). A whole address column beside its parts
     * (Pipedrive writes both) is read alone.
     */
    static void addresses(List<String> headers, List<ImportField> raw) {
        boolean people = raw.stream().anyMatch(f -> f == CONTACT_NAME || f == CONTACT_FIRST_NAME || f == CONTACT_LAST_NAME || f == CONTACT_EMAIL
                || f == CONTACT_TITLE);
        boolean whole = false;
        // "Work Address" beside "Work Address 2" (Thunderbird) is the street's first line, not the whole address.
        // So is Yahoo's "Work Address" beside its "Work City" (an address book's work address in parts; a CRM's "Company Address" is whole).
        boolean lines = headers.stream().anyMatch(h -> h != null && normalise(h).endsWith("address 2"))
                || headers.stream().anyMatch(h -> h != null && normalise(h).equals("work address"))
                        && headers.stream().anyMatch(h -> h != null && normalise(h).equals("work city"));
        // The parts named as the company's ("Company Country"): a plain part of the same name is the person's (ZoomInfo's "Country").
        java.util.Set<String> companys = new java.util.HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String n = normalise(headers.get(i) == null ? "" : headers.get(i));
            if (raw.get(i) == ORGANIZATION_ADDRESS && ADDRESS_QUALIFIERS.stream().anyMatch(x -> n.startsWith(x + " "))) {
                companys.add(unqualified(n));
            }
        }
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) != ORGANIZATION_ADDRESS) {
                continue;
            }
            String n = normalise(headers.get(i) == null ? "" : headers.get(i));
            boolean qualified = ADDRESS_QUALIFIERS.stream().anyMatch(x -> n.startsWith(x + " "));
            if (!qualified && (people && !raw.contains(ORGANIZATION_NAME) || companys.contains(n))) {
                raw.set(i, IGNORE);
            } else {
                whole |= !part(n) && !(lines && unqualified(n).equals("address"));
            }
        }
        for (int i = 0; whole && i < raw.size(); i++) {
            if (raw.get(i) == ORGANIZATION_ADDRESS && part(normalise(headers.get(i) == null ? "" : headers.get(i)))) {
                raw.set(i, IGNORE);
            }
        }
    }

    /**
     * The parts of the organization's address set aside beside a whole address column (see
     * {@link #addresses}): a row whose whole address is empty is given its parts instead. Outlook.com's
     * layout writes an empty "Business Address" beside "Business Street", "Business City"…, and the
     * company's address was lost.
     */
    static List<Integer> partsBesideWhole(List<String> headers, List<ImportField> mapping) {
        boolean whole = false;
        for (int i = 0; i < mapping.size(); i++) {
            whole |= mapping.get(i) == ORGANIZATION_ADDRESS && !part(normalise(headers.get(i) == null ? "" : headers.get(i)));
        }
        List<Integer> parts = new java.util.ArrayList<>();
        for (int i = 0; whole && i < mapping.size(); i++) {
            String h = headers.get(i) == null ? "" : headers.get(i);
            if (mapping.get(i) == IGNORE && part(normalise(h)) && HeaderMatcher.field(h) == ORGANIZATION_ADDRESS) {
                parts.add(i);
            }
        }
        return List.copyOf(parts);
    }

    /**
     * Postal codes that only their qualifier makes one: Zoho's accounts write "Billing Code" and "Shipping Code" beside "Billing
     * City" (a bare "Code" is anything). Read as the code, where it made the code the whole address.
     */
    static final List<String> QUALIFIED_CODES = List.of("billing code", "mailing code");

    /** Whether a normalised header names a part of an address, not a whole one. */
    private static boolean part(String n) {
        // Numbered groups: "Address 1 - Street" (Google), "Address 1: City" (Dynamics 365) are parts, Google's "Address 1 -
        // Formatted" the whole.
        java.util.regex.Matcher numbered = NUMBERED_GROUP.matcher(n);
        return ADDRESS_PARTS.contains(unqualified(n)) || QUALIFIED_CODES.contains(n)
                || numbered.matches() && !numbered.group(1).equals("formatted");
    }

    private static final java.util.regex.Pattern NUMBERED_GROUP = java.util.regex.Pattern.compile("address \\d+ (.+)");

    /** A normalised header without its address qualifier ("billing city" is "city"). */
    private static String unqualified(String n) {
        return ADDRESS_QUALIFIERS.stream().filter(x -> n.startsWith(x + " ")).findFirst().map(x -> n.substring(x.length() + 1)).orElse(n);
    }

    private static final java.util.Set<String> REGION_HEADERS = normalised("state", "region", "province", "state province", "province code", "state code", "region code",
            "state region", "province state", "county", "bundesland", "provincia", "estado provincia", "region geschaftlich");
    private static final java.util.Set<String> COUNTRY_HEADERS = normalised("country", "country region", "land", "pays", "pais",
            "land region", "ulke", "country code", "land region geschaftlich", "pays region");

    private static java.util.Set<String> normalised(String... headers) {
        return java.util.Arrays.stream(headers).map(HeaderMatcher::normalise).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** What part of an address a header names, normalised: "Address 1: ZIP/Postal Code" is "zip postal code". */
    private static String role(String header) {
        String h = unqualified(normalise(header == null ? "" : header)).replace(" geschaftlich", "").replace(" bureau", "")
                .replace("mailing ", "");
        return h.replaceFirst("^address \\d+ ", "");
    }

    /** Postal-code headers of languages that write the code before the place ("53721 Siegburg", "75001 Paris"). */
    private static final java.util.Set<String> CODE_FIRST_HEADERS = normalised("plz", "postleitzahl", "code postal", "c\u00f3digo postal",
            "cep", "cap", "posta kodu", "postcode nl");
    private static final java.util.Set<String> PLACE_HEADERS = normalised("city", "town", "ort", "stadt", "ville", "ciudad", "cidade",
            "citt\u00e0", "plaats", "stad", "\u015fehir", "town city");
    private static final java.util.Set<String> CODE_HEADERS = normalised("code", "zip", "zip code", "postal code", "postcode", "zip postal code",
            "zipcode", "postalcode", "post code", "plz", "postleitzahl", "code postal", "c\u00f3digo postal", "cep", "cap", "posta kodu", "postcode nl");

    /**
     * An address given in parts ({@code columns}, in the file's order) on one line: the postal code before the place where the
     * file's headers are of a language that writes it so (Germany's PLZ and Ort: "Kölner Straße 5, 53721 Siegburg", which read
     * "Kölner Straße 5, 53721, Siegburg"), else the parts as the file orders them ("Boston, MA, 02110").
     */
    static String line(List<String> headers, List<Integer> columns, String[] values) {
        int code = -1;
        int place = -1;
        boolean codeFirst = false;
        java.util.Map<Integer, Integer> rank = new java.util.HashMap<>();
        for (int i : columns) {
            String h = role(headers.get(i));
            if (CODE_HEADERS.contains(h)) {
                code = i;
                codeFirst = CODE_FIRST_HEADERS.contains(h);
                rank.put(i, 4);
            } else if (PLACE_HEADERS.contains(h)) {
                place = i;
                rank.put(i, 2);
            } else if (REGION_HEADERS.contains(h)) {
                rank.put(i, 3);
            } else if (COUNTRY_HEADERS.contains(h)) {
                rank.put(i, 5);
            } else {
                rank.put(i, 1); // a street, a second line, a post box: first, in the file's order
            }
        }
        // Street, place, region, code, country, whatever the columns' order (Dynamics 365 lists City, Country/Region,
        // State/Province, Street 1, ZIP/Postal Code: "Los Angeles, United States, California, 789 Maple Valley, 75045").
        List<Integer> ordered = columns.stream().sorted(java.util.Comparator.comparingInt(rank::get)).toList();
        List<String> parts = new java.util.ArrayList<>();
        for (int i : ordered) {
            String v = values[i] == null ? "" : values[i].strip();
            if (codeFirst && code >= 0 && place >= 0 && !values[code].isBlank() && !values[place].isBlank()) {
                if (i == code) {
                    continue;
                }
                if (i == place) {
                    v = values[code].strip() + " " + v;
                }
            }
            if (!v.isEmpty()) {
                parts.add(v.replaceAll("\\s*\\R\\s*", ", "));
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
