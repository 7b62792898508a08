package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.*;
import static com.funnelboard.domain.importing.RowCells.all;
import static com.funnelboard.domain.importing.RowCells.first;

import com.funnelboard.domain.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The contact a row names: its name (a full name; first, middle and last; else Outlook's "E-mail
 * Display Name", an address, a number), e-mail addresses and phone numbers (starred ones first),
 * job title, tags and notes. The other people its name cell lists ("Emma Watts, Liam Hart",
 * HubSpot's "Bob Smith (bob@…);Eva Roth (eva@…)") are read beside it, each with the address written
 * next to them. An address or number that does not parse is a problem of the row naming its column.
 */
final class ContactColumns {

    /** A person written with the address after the name: "Bob Smith (bob@acme.example)", "Bob Smith <bob@acme.example>". */
    private static final Pattern NAMED_ADDRESS = Pattern.compile("\\s*(.+?)\\s*[(<]\\s*([^()<>\\s]+@[^()<>\\s]+)\\s*[)>]\\s*");

    /** Two or more e-mail addresses in one cell, comma or semicolon apart. */
    private static final Pattern ADDRESS_LIST = Pattern.compile("\\s*[^,;\\s]+@[^,;\\s]+(?:\\s*[,;]\\s*[^,;\\s]+@[^,;\\s]+)+\\s*");

    /** Words of a phone column's header that make it a home number. */
    private static final java.util.Set<String> HOME_WORDS = java.util.Set.of("home", "private", "personal", "privat", "privé", "prive",
            "domicile", "casa", "hjem", "hem", "thuis", "zuhause");

    private final GroupLabels groupLabels;
    /** The problems of values, named by their columns. */
    private final RowCells rowCells;
    /**
     * Funnelboard's own export: its name column holds each contact's name as stored, whole. Read as another program's, "Pérez
     * García, María José" came back as two people (the second taking a number) and "Maier, Thomas" as "Thomas Maier".
     */
    private final boolean ownExport;
    /** An address a program keeps to itself, written in its place (LinkedIn's member URN). */
    private static final java.util.regex.Pattern HIDDEN_ADDRESS = java.util.regex.Pattern.compile("(?i)urn:li:member:\\S*");
    /** Outlook's "E-mail Display Name" column (the name when no name column has one), -1 when none. */
    private final int displayName;

    /** The phone columns of a person's home ("Home Phone", "Home Phone 2", "Privat"), whose numbers come after the others. */
    private final java.util.Set<Integer> homePhones = new java.util.HashSet<>();

    ContactColumns(List<String> headers, List<ImportField> mapping, GroupLabels groupLabels, RowCells rowCells) {
        this.groupLabels = groupLabels;
        this.rowCells = rowCells;
        this.ownExport = FunnelboardExport.of(headers).isPresent();
        for (int i = 0; i < headers.size(); i++) {
            String h = HeaderMatcher.normalise(headers.get(i) == null ? "" : headers.get(i));
            if (mapping.get(i) == CONTACT_PHONE && java.util.Arrays.stream(h.split(" ")).anyMatch(HOME_WORDS::contains)) {
                homePhones.add(i);
            }
        }
        int shown = -1;
        for (int i = 0; i < headers.size() && shown < 0; i++) {
            String h = HeaderMatcher.normalise(headers.get(i) == null ? "" : headers.get(i));
            shown = mapping.get(i) == IGNORE && (h.equals("e mail display name") || h.equals("email display name")) ? i : -1;
        }
        this.displayName = shown;
    }

    /**
     * The columns with a home number after the work and mobile ones (Outlook writes "Home Phone"
     * before "Business Phone" in some exports): the first number is the one a contact is called on,
     * as a vCard's work number comes first.
     */
    private Map<ImportField, List<Integer>> homePhonesLast(Map<ImportField, List<Integer>> cols) {
        List<Integer> phones = cols.get(CONTACT_PHONE);
        if (homePhones.isEmpty() || phones == null || phones.size() < 2) {
            return cols;
        }
        Map<ImportField, List<Integer>> out = new java.util.EnumMap<>(cols);
        List<Integer> ordered = new ArrayList<>(phones);
        ordered.sort(java.util.Comparator.comparing(homePhones::contains)); // stable: false (not home) first
        out.put(CONTACT_PHONE, ordered);
        return out;
    }

    /**
     * The row's contact; the other people its name cell lists go to {@code companions} (each with the
     * address written beside it), and are named in the contact's notes as before.
     */
    ImportRow.Person person(long row, String[] values, Map<ImportField, List<Integer>> cols, List<ImportRow.Problem> problems,
            List<ImportRow.Person> companions) {
        Map<ImportField, List<Integer>> starred = groupLabels.starredFirst(values, homePhonesLast(cols));
        List<String> emails = exchangeUsersAddress(values, cols, all(values, starred, CONTACT_EMAIL));
        // LinkedIn's connections export writes "urn:li:member:664293716" where the person did not share their address: no address,
        // not a wrong one (it refused the whole file).
        if (emails.stream().anyMatch(e -> HIDDEN_ADDRESS.matcher(e.strip()).matches())) {
            emails = emails.stream().filter(e -> !HIDDEN_ADDRESS.matcher(e.strip()).matches()).toList();
        }
        List<String> phones = all(values, starred, CONTACT_PHONE);
        String name = first(values, cols, CONTACT_NAME);
        if (name == null) {
            String given = first(values, cols, CONTACT_FIRST_NAME);
            String family = first(values, cols, CONTACT_LAST_NAME);
            String middle = first(values, cols, CONTACT_MIDDLE_NAME);
            if (middle != null && (given != null || family != null)) {
                given = given == null ? middle : given.strip() + " " + middle.strip(); // "Adrian" "von" "Gunten": Adrian von Gunten
            }
            name = given == null ? family : family == null ? given : PersonNames.joined(given, family);
        }
        if (name == null && displayName >= 0 && displayName < values.length && !values[displayName].isBlank()) {
            // Outlook's "E-mail Display Name" ("John Smith (john@x.example)") where it wrote no first or last name.
            java.util.regex.Matcher named = NAMED_ADDRESS.matcher(values[displayName]);
            String shown = named.matches() ? named.group(1).strip() : values[displayName].strip();
            name = shown.contains("@") || shown.startsWith("/o=") ? null : shown;
        }
        List<String> others = List.of();
        if (name != null && cols.containsKey(CONTACT_NAME) && ADDRESS_LIST.matcher(name).matches()) {
            // Addresses for names (Streak's "Contacts": "principal@oakwood.edu, it@oakwood.edu"): the first is the row's.
            List<String> addresses = List.of(name.strip().split("\\s*[,;]\\s*"));
            name = addresses.getFirst();
            others = addresses.subList(1, addresses.size());
        } else if (name != null && cols.containsKey(CONTACT_NAME) && !ownExport) {
            // Several people in one cell (the first is the row's): "Emma Watts, Liam Hart", HubSpot's "Bob Smith (bob@…);Eva Roth (eva@…)".
            // Not a contacts file's "Pérez García, María José": one comma on a row that makes no deal is a family name first (it
            // made two contacts, the second empty).
            boolean onePerson = !cols.keySet().stream().anyMatch(ImportField::makesADeal) && PersonNames.oneComma(name);
            List<String> people = onePerson ? List.of(name.strip()) : PersonNames.people(name);
            name = people.getFirst();
            others = people.subList(1, people.size());
        }
        if (name != null) {
            // HubSpot's "Associated Contact": "Bob Smith (bob@acme.example)".
            java.util.regex.Matcher named = NAMED_ADDRESS.matcher(name);
            if (named.matches() && Validation.email(named.group(2)).isEmpty()) {
                name = named.group(1).strip();
                if (emails.stream().noneMatch(e -> e.equalsIgnoreCase(named.group(2)))) {
                    emails = new ArrayList<>(emails);
                    emails.add(named.group(2));
                }
            }
            name = cols.containsKey(CONTACT_NAME) && !ownExport ? PersonNames.givenFirst(name,
                    !cols.keySet().stream().anyMatch(ImportField::makesADeal)) : name;
            // A name column of e-mail addresses (Streak's "Contacts"): the first is the contact's address too.
            String address = name;
            if (Validation.email(address).isEmpty() && emails.stream().noneMatch(e -> e.equalsIgnoreCase(address))) {
                emails = new ArrayList<>(emails);
                emails.add(address);
            }
        }
        if (name == null && emails.isEmpty() && phones.isEmpty()) {
            return null;
        }
        if (name == null && emails.isEmpty() && cols.containsKey(ORGANIZATION_NAME)) {
            // An accounts export's phone is the company's switchboard, not a person named by it.
            return null;
        }
        for (int i = 0; name == null && i < cols.getOrDefault(CONTACT_EMAIL, List.of()).size(); i++) {
            name = PersonNames.mailboxName(values[cols.get(CONTACT_EMAIL).get(i)]); // "Cy Chen" <cy@x.example>
        }
        if (name == null) {
            name = !emails.isEmpty() ? emails.getFirst() : phones.getFirst();
        }
        ImportField nameColumn = cols.containsKey(CONTACT_NAME) ? CONTACT_NAME : cols.containsKey(CONTACT_FIRST_NAME) ? CONTACT_FIRST_NAME
                : CONTACT_LAST_NAME;
        rowCells.text(row, nameColumn, cols, name, "A name", 300, problems);
        // An address or number that does not parse is left out of a row it does not name (see ImportRow.Problem#leftOut).
        for (String e : emails) {
            if (Validation.email(e).isPresent() || e.length() > 320) {
                boolean names = e.strip().equals(name.strip());
                problems.add(rowCells.problemOf(row, values, cols, CONTACT_EMAIL, e, "not an e-mail address: \"" + e + "\"", !names));
                if (!names) {
                    emails = emails.stream().filter(x -> x != e).toList();
                }
                break;
            }
        }
        for (String p : phones) {
            if (Validation.phone(p).isPresent()) {
                String why = p.strip().matches("(?i)\\d(?:[.,]\\d+)?E\\+?\\d+")
                        ? "a number a spreadsheet wrote in scientific notation (\"" + p.strip() + "\"), which lost its last digits: format the "
                                + "column as text in the sheet, type the numbers again, and save it again"
                        : "not a phone number: \"" + p + "\"";
                boolean names = p.strip().equals(name.strip());
                problems.add(rowCells.problemOf(row, values, cols, CONTACT_PHONE, p, why, !names));
                if (!names) {
                    phones = phones.stream().filter(x -> x != p).toList();
                }
                break;
            }
        }
        String title = first(values, cols, CONTACT_TITLE);
        if (title != null && com.funnelboard.domain.PlainText.length(title.strip()) > 300) {
            problems.add(rowCells.detail(row, cols, CONTACT_TITLE, "A job title longer than 300 characters"));
            title = null;
        }
        List<String> tags = new ArrayList<>();
        for (String t : all(values, cols, TAGS)) {
            for (String one : t.split("[,;]")) {
                String s = one.strip().replace("* ", "");
                if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                    s = s.substring(1, s.length() - 1).strip(); // Mailchimp writes "Customer","Newsletter" in one cell
                }
                if (!s.isEmpty() && !GroupLabels.GOOGLE_SYSTEM_GROUPS.contains(s.toLowerCase(java.util.Locale.ROOT)) && s.length() <= 60) {
                    tags.add(s);
                }
            }
        }
        List<String> notes = new ArrayList<>(all(values, cols, NOTES));
        if (!others.isEmpty()) {
            notes.add("Also named on this row: " + String.join(", ", others)); // a second contact of the deal, kept in words
            List<ImportRow.Person> named = others.stream().map(ContactColumns::companion).toList();
            // As many addresses (or numbers) as people, in one cell each ("Alice Wong; Carlos Diaz", "alice@…; carlos@…"): each person
            // their own, in order. All went to the first, and a later file naming Carlos by his address updated Alice.
            boolean pairEmails = emails.size() == others.size() + 1 && named.stream().allMatch(c -> c != null && c.emails().isEmpty());
            boolean pairPhones = phones.size() == others.size() + 1 && named.stream().allMatch(c -> c != null && c.phones().isEmpty());
            for (int i = 0; i < named.size(); i++) {
                ImportRow.Person c = named.get(i);
                if (c != null && (pairEmails || pairPhones)) {
                    c = new ImportRow.Person(c.name(), null, pairEmails ? List.of(emails.get(i + 1)) : c.emails(),
                            pairPhones ? List.of(phones.get(i + 1)) : c.phones(), List.of(), null, null);
                }
                if (c != null) {
                    companions.add(c);
                }
            }
            emails = pairEmails ? List.of(emails.getFirst()) : emails;
            phones = pairPhones ? List.of(phones.getFirst()) : phones;
        }
        String joined = notes.isEmpty() ? null : String.join("\n", notes);
        if (joined != null && com.funnelboard.domain.PlainText.length(joined) > com.funnelboard.domain.TextLimits.CONTACT_NOTES) {
            problems.add(rowCells.detail(row, cols, NOTES, String.format(java.util.Locale.ROOT, "Notes longer than %,d characters",
                    com.funnelboard.domain.TextLimits.CONTACT_NOTES)));
            joined = null;
        }
        return new ImportRow.Person(name.strip(), title, emails, phones, tags, joined,
                RowParser.sourceKey(first(values, cols, DEAL_SOURCE)), ProfileColumns.read(row, values, cols, rowCells, problems),
                funnelboardId(values, cols));
    }

    /**
     * The row's Funnelboard contact id (see {@link ImportField#CONTACT_ID}). Anything else in the
     * column (a number a spreadsheet put there, a hand-made file's "1") is no id: the row is the
     * person its other cells say, matched as any row is.
     */
    private static java.util.UUID funnelboardId(String[] values, Map<ImportField, List<Integer>> cols) {
        String id = first(values, cols, CONTACT_ID);
        return id != null && id.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}") ? java.util.UUID.fromString(id) : null;
    }

    /**
     * An Exchange user's address, as Outlook writes it: its "E-mail Address" is the server's internal
     * one (/o=ExchangeLabs/…/cn=…-jsmith, which is no address and is left out), and its "E-mail Display
     * Name" ("John Smith (jsmith@contoso.com)") names the real one, which comes first.
     */
    private List<String> exchangeUsersAddress(String[] values, Map<ImportField, List<Integer>> cols, List<String> emails) {
        if (displayName < 0 || displayName >= values.length || cols.getOrDefault(CONTACT_EMAIL, List.of()).stream()
                .noneMatch(i -> values[i].strip().regionMatches(true, 0, "/o=", 0, 3))) {
            return emails;
        }
        java.util.regex.Matcher shown = NAMED_ADDRESS.matcher(values[displayName]);
        if (!shown.matches() || Validation.email(shown.group(2)).isPresent() || emails.stream().anyMatch(e -> e.equalsIgnoreCase(shown.group(2)))) {
            return emails;
        }
        List<String> with = new ArrayList<>(emails);
        with.addFirst(shown.group(2));
        return with;
    }

    /** Another person a name cell lists: "Michael Bolton (mbolton@initech.com)", an address alone, or a name; null for neither. */
    static ImportRow.Person companion(String listed) {
        String text = listed == null ? "" : listed.strip();
        java.util.regex.Matcher named = NAMED_ADDRESS.matcher(text);
        String name = text;
        List<String> emails = List.of();
        if (named.matches() && Validation.email(named.group(2)).isEmpty()) {
            name = named.group(1).strip();
            emails = List.of(named.group(2));
        } else if (Validation.email(text).isEmpty()) {
            emails = List.of(text);
        }
        if (name.isEmpty() || name.length() > 300 || !emails.isEmpty() && emails.getFirst().length() > 320) {
            return null;
        }
        if (emails.isEmpty() && !com.funnelboard.domain.OrganizationNames.key(name).form().isEmpty()) {
            return null; // "Jane Roe, Acme Corp": a company written beside the person, no second person (it stays in the notes)
        }
        return new ImportRow.Person(PersonNames.givenFirst(name), null, emails, List.of(), List.of(), null, null, ImportRow.Profile.NONE);
    }
}
