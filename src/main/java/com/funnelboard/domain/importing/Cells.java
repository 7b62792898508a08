package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.CONTACT_EMAIL;
import static com.funnelboard.domain.importing.ImportField.CONTACT_PHONE;

import com.funnelboard.domain.Validation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a cell of an imported file is read before its field reads it: a formula guard taken off, a link dropped, a list split. */
final class Cells {

    private Cells() {}

    /**
     * The cells with the single quote taken off one that a CSV export put before text a spreadsheet
     * would run as a formula ({@code '+49 30 1234567}, {@code '=HYPERLINK(…)}): Funnelboard's own
     * exports do it, as do other programs'; a spreadsheet shows such a cell without the quote.
     */
    static String[] unprotected(String[] cells) {
        String[] out = cells;
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            // Also "''=SUM(…)": a text that itself began "'=" was given its own quote, as the export does.
            int q = 0;
            while (q < c.length() && c.charAt(q) == '\'') {
                q++;
            }
            if (q >= 1 && q < c.length() && (q == 1 || q == 2) && "=+-@\t\r".indexOf(c.charAt(q)) >= 0) {
                if (out == cells) {
                    out = cells.clone();
                }
                out[i] = c.substring(1);
            } else if (c.equals("\\N")) {
                // MySQL's mark of no value, as SELECT … INTO OUTFILE and mysqldump --tab write it (a vtiger dump): an empty cell.
                if (out == cells) {
                    out = cells.clone();
                }
                out[i] = "";
            } else if (c.contains("notion.so/")) {
                // A Notion relation is written "Globex (https://www.notion.so/Globex-3f9a…)": the name without its link.
                // A relation to several pages ("Stark Industries (…), Stark Europe (…)") becomes a list, " ::: " apart.
                if (out == cells) {
                    out = cells.clone();
                }
                out[i] = String.join(" ::: ", java.util.Arrays.stream(NOTION_LINK.split(c)).map(p -> p.replaceFirst("^\\s*,\\s*", "").strip())
                        .filter(p -> !p.isEmpty()).toList());
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern NOTION_LINK = java.util.regex.Pattern.compile(
            "\\s*\\(https?://(?:www\\.)?notion\\.so/[^)\\s]*\\)");

    /** A list in one cell, " ::: " apart (Google Contacts' several values, Notion's relation to several pages). */
    private static final Pattern LIST = Pattern.compile(" ::: ", Pattern.LITERAL);

    /** The first value of a cell that may list several (see {@link #LIST}); the cell itself when it lists one; null for null. */
    static String firstListed(String cell) {
        return cell == null || !cell.contains(" ::: ") ? cell : LIST.split(cell)[0].strip();
    }

    /**
     * {@code person} with the values after the first of a cell that lists several added to its notes
     * after {@code label} (a deal can have one organization: the others of a Notion relation are kept
     * in words on its contact); {@code person} as it is when the cell lists one value or there is none.
     */
    static ImportRow.Person keepOthers(ImportRow.Person person, String cell, String label) {
        if (person == null || cell == null || !cell.contains(" ::: ")) {
            return person;
        }
        List<String> all = java.util.Arrays.stream(LIST.split(cell)).map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (all.size() < 2) {
            return person;
        }
        String also = label + String.join(", ", all.subList(1, all.size()));
        return new ImportRow.Person(person.name(), person.title(), person.emails(), person.phones(), person.tags(),
                person.notes() == null ? also : person.notes() + "\n" + also, person.source(), person.profile(), person.id());
    }

    /**
     * The addresses or numbers of one cell that lists several ("+1 512 555 0199, +1 512 555 0100",
     * as Pipedrive and HubSpot write them, or "… / …"): split at commas, semicolons or a spaced
     * slash when the cell as a whole is not one and every part is. Anything else is the cell as it is.
     */
    static List<String> listed(String cell, ImportField f) {
        if (f == CONTACT_EMAIL && cell.regionMatches(true, 0, "/o=", 0, 3)) {
            // Outlook writes an Exchange user's internal address (/o=ExchangeLabs/ou=…/cn=…) where an
            // e-mail address belongs; it reaches no one outside that server, and its second
            // address column holds the real one.
            return List.of();
        }
        if (f == CONTACT_PHONE && LABEL.matcher(cell).lookingAt() && !cell.strip().matches("(?i)(tel|callto):.*")) {
            List<String> labelled = labelled(cell);
            if (!labelled.isEmpty()) {
                return labelled;
            }
        }
        java.util.function.UnaryOperator<String> address = f == CONTACT_EMAIL ? Cells::address : f == CONTACT_PHONE ? Cells::number : v -> v;
        java.util.function.Predicate<String> valid = f == CONTACT_EMAIL ? v -> Validation.email(v).isEmpty()
                : f == CONTACT_PHONE ? v -> Validation.phone(v).isEmpty() : null;
        String whole = address.apply(cell);
        // "030 / 1234567" is one German number; "702-544-7834 / 818-257-2525" two, which no one number has the digits of (more
        // than E.164's 15): it was kept as one number.
        boolean tooLong = f == CONTACT_PHONE && whole.chars().filter(Character::isDigit).count() > 15;
        if (valid == null || valid.test(whole) && !tooLong || cell.indexOf(',') < 0 && cell.indexOf(';') < 0 && !cell.contains(" / ")) {
            return List.of(whole);
        }
        List<String> parts = java.util.Arrays.stream(cell.split("[,;]| / ")).map(String::strip).filter(x -> !x.isEmpty()).map(address).toList();
        return parts.size() > 1 && parts.stream().allMatch(valid) ? parts : List.of(whole);
    }

    /** A number's kind before it, as accounting programs write several in one cell ("Phone:(415) 555-9933 Mobile:(415) 555-0101"). */
    private static final Pattern LABEL = Pattern.compile("(?iu)(?<![\\p{L}])\\s*(phone|telephone|tel|mobile|mobil|cell|work|home|office|business|"
            + "main|direct|private|other|fax)\\s*:\\s*");

    /**
     * The numbers of a cell whose every number follows its kind, faxes left out (nobody is called on
     * one); empty when a part is no number, so that the cell is read as it is.
     */
    private static List<String> labelled(String cell) {
        Matcher m = LABEL.matcher(cell);
        List<int[]> labels = new java.util.ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end(), m.group(1).equalsIgnoreCase("fax") ? 1 : 0});
        }
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String number = cell.substring(labels.get(i)[1], i + 1 < labels.size() ? labels.get(i + 1)[0] : cell.length())
                    .strip().replaceFirst("[,;]$", "").strip();
            if (number.isEmpty() || Validation.phone(number).isPresent()) {
                return List.of();
            }
            if (labels.get(i)[2] == 0) {
                out.add(number);
            }
        }
        return out;
    }

    /** A number as a link ("tel:+1-201-555-0123;ext=12", "callto:…") or as a spreadsheet keeps it as text ("'0171 …", "=\"0171 …\""). */
    private static final Pattern NUMBER_WRAPPED = Pattern.compile("^(?:(?:tel|callto|phone):(?://)?(.+)|'(.+)|=\"(.+)\")$", Pattern.CASE_INSENSITIVE);

    /** The number of a phone written as a link or kept as text by a spreadsheet; anything else as it is. */
    static String number(String cell) {
        java.util.regex.Matcher m = NUMBER_WRAPPED.matcher(cell.strip());
        if (!m.matches()) {
            return cell;
        }
        if (m.group(1) == null) {
            return (m.group(2) != null ? m.group(2) : m.group(3)).strip();
        }
        // A tel: link's parameters: its extension is kept (";ext=12"), the rest (";phone-context=…") are not part of the number.
        String[] parts = m.group(1).split(";");
        StringBuilder out = new StringBuilder(parts[0].strip());
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].strip().regionMatches(true, 0, "ext=", 0, 4)) {
                out.append(";").append(parts[i].strip());
            }
        }
        return out.toString();
    }

    /** A mailbox as mail programs write it ("Klaus Weber <klaus@example.de>", "mailto:klaus@example.de"): its address. */
    private static final Pattern MAILBOX = Pattern.compile("^(?:[^<>]*)<\\s*(?:mailto:)?([^<>\\s]+@[^<>\\s]+)\\s*>$|^mailto:([^\\s]+@[^\\s]+)$",
            Pattern.CASE_INSENSITIVE);

    /** The address of a mailbox written with a name or as a link; anything else as it is. */
    static String address(String cell) {
        java.util.regex.Matcher m = MAILBOX.matcher(cell.strip());
        return !m.matches() ? cell : m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** What sheets write for "none" where a name belongs ("-", "n/a", "unknown"), compared in lower case. */
    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("-", "--", "---", "\u2013", "\u2014", "n/a", "na", "n.a.", "none",
            "null", "nil", "unknown", "?", "??", "tbd", "(none)", "(blank)", "(unknown)", "not set", "not available", "keine", "aucun", "aucune");

    /** A name as given, or null when there is none: blank, or a placeholder a sheet writes for none. */
    static String named(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return PLACEHOLDERS.contains(cell.strip().toLowerCase(java.util.Locale.ROOT)) ? null : cell;
    }
}
