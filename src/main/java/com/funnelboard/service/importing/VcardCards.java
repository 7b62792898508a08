package com.funnelboard.service.importing;

import com.funnelboard.domain.importing.ImportRow;
import ezvcard.VCard;
import ezvcard.parameter.VCardParameters;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a vCard says beyond its single fields: whether it is a company's card, the order its
 * e-mail addresses and numbers are kept in (the first of each is the contact's own), and its notes
 * with the departments of its organization.
 */
final class VcardCards {

    private static final Set<String> COMPANY_KINDS = Set.of("org", "organization");

    private VcardCards() {
    }

    /** A company's card: vCard 4's {@code KIND:org} (or the {@code KIND:organization} some programs write), Apple's {@code X-ABShowAs:COMPANY}. */
    static boolean isCompany(VCard card) {
        if (card.getKind() != null && card.getKind().getValue() != null
                && COMPANY_KINDS.contains(card.getKind().getValue().strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        var showAs = card.getExtendedProperty("X-ABShowAs");
        return showAs != null && showAs.getValue() != null && "COMPANY".equalsIgnoreCase(showAs.getValue().strip());
    }

    /**
     * The card's e-mail addresses, the one to write to first: the preferred ones (lowest {@code PREF}
     * first, {@code TYPE=pref} counting as 1), then work, then unmarked or other, then home, each
     * kind in the card's order. Thunderbird writes the home address first, but a salesperson writes
     * to the office.
     */
    static List<Email> emails(VCard card) {
        List<Email> out = new ArrayList<>(card.getEmails());
        out.sort(Comparator.comparingInt((Email e) -> preference(e.getParameters())).thenComparingInt(e -> emailKind(types(e.getParameters()))));
        return out;
    }

    /**
     * The lines of a card ez-vcard skipped as no vCard line (its warning 27: "Skipping malformed line (no colon character
     * found). The entire line is: …"), each a value left out: a card's "FN Broken line" went without a word, the card
     * named by its e-mail.
     */
    static List<ImportRow.Problem> skippedLines(long card, List<ezvcard.io.ParseWarning> warnings) {
        List<ImportRow.Problem> out = new java.util.ArrayList<>();
        java.util.regex.Pattern whole = java.util.regex.Pattern.compile("The entire line is: \"(.*)\"\s*$", java.util.regex.Pattern.DOTALL);
        for (ezvcard.io.ParseWarning w : warnings) {
            String m = w.getMessage() == null ? "" : w.getMessage();
            if (!Integer.valueOf(27).equals(w.getCode()) || !m.toLowerCase(java.util.Locale.ROOT).contains("malformed line")) {
                continue;
            }
            java.util.regex.Matcher line = whole.matcher(m);
            String text = line.find() ? line.group(1) : "";
            String shown = text.length() > 60 ? text.substring(0, 59) + "\u2026" : text;
            out.add(new ImportRow.Problem(card, null, (w.getLineNumber() == null ? "a line" : "line " + w.getLineNumber()) + ", \u201C"
                    + shown + "\u201D, is no vCard line (no colon): left out", true));
        }
        return out;
    }

    /**
     * The property whose quoted-printable text ez-vcard could not decode while reading the card (its
     * warnings 27 and 38: it keeps the encoded text, "H=C3=A9l=ZZne" for a name), or null when there is none.
     */
    static String undecoded(List<ezvcard.io.ParseWarning> warnings) {
        for (ezvcard.io.ParseWarning w : warnings) {
            // 27 is any line the underlying reader skipped; only its quoted-printable failure is meant.
            boolean quotedPrintable = w.getMessage() != null && w.getMessage().toLowerCase(java.util.Locale.ROOT).contains("quoted-printable");
            if (Integer.valueOf(38).equals(w.getCode()) || Integer.valueOf(27).equals(w.getCode()) && quotedPrintable) {
                return w.getPropertyName() == null ? "FN" : w.getPropertyName();
            }
        }
        return null;
    }

    /**
     * What makes a card damaged, in the first property that shows it, or null: U+0000 (decoded from
     * quoted-printable =00, never stored, as the database's length checks stop at it), U+FFFD (bytes
     * that were no text in the encoding, from the file or its quoted-printable), or "END:VCARD" or
     * "BEGIN:VCARD" inside a value (a quoted-printable line ending in "=" joins the card's end to its
     * text, and the next card with it: it was stored as "Soft EndEND:VCARD" and the next card lost).
     */
    static ImportRow.Problem damage(long n, VCard card, List<String> emails, List<String> phones) {
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("FN", card.getFormattedName() == null ? null : card.getFormattedName().getValue());
        StructuredName sn = card.getStructuredName();
        texts.put("N", sn == null ? null : sn.getFamily() + ";" + sn.getGiven() + ";" + String.join(" ", sn.getAdditionalNames()));
        texts.put("TITLE", card.getTitles().isEmpty() ? null : card.getTitles().getFirst().getValue());
        texts.put("ORG", card.getOrganization() == null ? null : String.join(";", card.getOrganization().getValues()));
        texts.put("NOTE", notes(card));
        texts.put("CATEGORIES", String.join(",", tags(card)));
        texts.put("EMAIL", String.join(" ", emails));
        texts.put("TEL", String.join(" ", phones));
        // Base64 is for photos and keys: a name or a note in it was stored as written ("SMOpbMOobmU=").
        for (ezvcard.property.VCardProperty p : card.getProperties()) {
            ezvcard.parameter.Encoding encoding = p.getParameters().getEncoding();
            boolean text = p instanceof ezvcard.property.TextProperty || p instanceof StructuredName || p instanceof ezvcard.property.Organization;
            if (text && (ezvcard.parameter.Encoding.B.equals(encoding) || ezvcard.parameter.Encoding.BASE64.equals(encoding))) {
                return new ImportRow.Problem(n, propertyName(p),
                        "its text is written in base64, as no name or note is (it is damaged)");
            }
        }
        for (java.util.Map.Entry<String, String> t : texts.entrySet()) {
            String v = t.getValue();
            if (v == null) {
                continue;
            }
            String why = v.indexOf('\0') >= 0 ? "the card holds the character U+0000 (it is damaged)"
                    : v.indexOf('\uFFFD') >= 0 ? "the card holds bytes that are no text in its encoding (it is damaged)"
                    : v.toUpperCase(java.util.Locale.ROOT).contains("END:VCARD") || v.toUpperCase(java.util.Locale.ROOT).contains("BEGIN:VCARD")
                            ? "its text runs on into the end of the card (a quoted-printable line ending in \"=\" before END:VCARD): the file is damaged"
                            : null;
            if (why != null) {
                return new ImportRow.Problem(n, t.getKey(), why);
            }
        }
        return null;
    }

    /** A property's name as a card writes it ("FN", "NOTE"). */
    private static String propertyName(ezvcard.property.VCardProperty p) {
        return switch (p) {
            case ezvcard.property.FormattedName f -> "FN";
            case StructuredName s -> "N";
            case Note t -> "NOTE";
            case ezvcard.property.Title t -> "TITLE";
            case ezvcard.property.Organization o -> "ORG";
            default -> p.getClass().getSimpleName().toUpperCase(Locale.ROOT);
        };
    }

    /** A value as a sentence quotes it: control characters escaped, cut at 60 characters. */
    static String shown(String value) {
        String v = com.funnelboard.domain.Printable.escape(value);
        return v.length() > 60 ? v.substring(0, 59) + "\u2026" : v;
    }

    /** The card's numbers, the one to call first: preferred, work, mobile, unmarked or other, home, and fax last. */
    static List<Telephone> phones(VCard card) {
        List<Telephone> out = new ArrayList<>(card.getTelephoneNumbers());
        out.sort(Comparator.comparingInt((Telephone t) -> preference(t.getParameters()))
                .thenComparingInt(t -> phoneKind(types(t.getParameters()))));
        return out;
    }

    /**
     * The card's notes, their line ends as the phone wrote them (Android's quoted-printable
     * =0D=0A) made plain new lines, and after them the departments of its organization
     * ({@code ORG:Acme Corp;Sales;EMEA} gives "Department: Sales, EMEA"), which a contact has no
     * field for; null when there is neither.
     */
    static String notes(VCard card) {
        List<String> notes = new ArrayList<>(card.getNotes().stream().map(Note::getValue).filter(v -> v != null && !v.isBlank())
                .map(v -> v.replace("\r\n", "\n").replace('\r', '\n')).toList());
        String departments = departments(card);
        if (departments != null) {
            notes.add("Department: " + departments);
        }
        return notes.isEmpty() ? null : String.join("\n", notes);
    }

    /** The units after the organization's name in its {@code ORG}, joined by commas; null when none is written. */
    static String departments(VCard card) {
        if (card.getOrganization() == null || card.getOrganization().getValues().size() < 2) {
            return null;
        }
        List<String> values = card.getOrganization().getValues();
        String units = values.subList(1, values.size()).stream().filter(u -> u != null && !u.isBlank()).map(String::strip)
                .collect(Collectors.joining(", "));
        return units.isEmpty() ? null : units;
    }

    /**
     * The card's numbers to call, in {@link #phones} order: a fax machine reaches no one to talk to (a CSV file's fax column is
     * not read either), and Apple's "AssistantPhone" is the assistant's number, not the contact's (it became the contact's
     * own); both are left out and said.
     */
    static List<String> numbersToCall(VCard card, long n, java.util.function.Consumer<ImportRow.Problem> leftOut) {
        List<String> phones = new ArrayList<>();
        for (ezvcard.property.Telephone t : phones(card)) {
            String written = shown(String.valueOf(t.getText() != null ? t.getText() : t.getUri()));
            if (t.getTypes().contains(ezvcard.parameter.TelephoneType.FAX) && !t.getTypes().contains(ezvcard.parameter.TelephoneType.VOICE)) {
                leftOut.accept(new ImportRow.Problem(n, "TEL", "left out, a fax number: \"" + written + "\"", true));
                continue;
            }
            String label = label(card, t);
            if (label != null && label.toLowerCase(Locale.ROOT).contains("assistant")) {
                leftOut.accept(new ImportRow.Problem(n, "TEL", "left out, an assistant's number: \"" + written + "\"", true));
                continue;
            }
            // A tel: address separates the digits with hyphens, as its syntax wants; people write spaces ("+33 1 42 00 00 00").
            String v = t.getText() != null ? t.getText() : t.getUri() == null ? null : local(t.getUri()).replace('-', ' ')
                    + (t.getUri().getExtension() == null ? "" : " ext. " + t.getUri().getExtension());
            if (v != null && !v.isBlank()) {
                phones.add(v.strip());
            }
        }
        return phones;
    }

    /**
     * A tel: address's number, with the country its phone-context names before a local one ({@code tel:555-0199;phone-context=+1}
     * is +1 555 0199: the +1 was left off).
     */
    static String local(ezvcard.util.TelUri uri) {
        String number = uri.getNumber();
        String context = uri.getPhoneContext();
        return !number.startsWith("+") && context != null && context.startsWith("+") ? context + "-" + number : number;
    }

    /**
     * Apple's label of a property ({@code item2.X-ABLabel:_$!<AssistantPhone>!$_} beside {@code item2.TEL:…}), its
     * {@code _$!<…>!$_} taken off; null when it has none.
     */
    static String label(VCard card, ezvcard.property.VCardProperty p) {
        if (p.getGroup() == null) {
            return null;
        }
        for (ezvcard.property.RawProperty raw : card.getExtendedProperties()) {
            if (raw.getPropertyName().equalsIgnoreCase("X-ABLabel") && p.getGroup().equalsIgnoreCase(raw.getGroup()) && raw.getValue() != null) {
                return raw.getValue().replace("_$!<", "").replace(">!$_", "").strip();
            }
        }
        return null;
    }

    /** The card's categories as tags; Google's own groups ("myContacts", which every contact is in; "starred") are no tags, as in its CSV export. */
    static List<String> tags(VCard card) {
        List<String> tags = new ArrayList<>();
        for (Categories c : card.getCategoriesList()) {
            // A tag holds no comma: one written escaped inside a category ("category1\\, category2", as a Thunderbird extension
            // writes a list) separates tags still; such a category was dropped without a word.
            c.getValues().stream().flatMap(t -> java.util.Arrays.stream(t.split(","))).map(String::strip)
                    .filter(t -> !t.isEmpty() && t.length() <= 60
                    && !com.funnelboard.domain.importing.GroupLabels.GOOGLE_SYSTEM_GROUPS.contains(t.toLowerCase(java.util.Locale.ROOT)))
                    .forEach(tags::add);
        }
        return tags;
    }

    /** A property's place by preference: its PREF value (1 first), a TYPE=pref as 1, none (or a PREF that is no number) last. */
    private static int preference(VCardParameters parameters) {
        Integer pref;
        try {
            pref = parameters.getPref();
        } catch (IllegalStateException notANumber) {
            pref = null;
        }
        return pref != null ? pref : types(parameters).contains("pref") ? 1 : 101;
    }

    private static int emailKind(Set<String> types) {
        return types.contains("work") ? 0 : types.contains("home") ? 2 : 1;
    }

    private static int phoneKind(Set<String> types) {
        if (types.contains("fax")) {
            return 4;
        }
        return types.contains("work") ? 0 : types.contains("cell") || types.contains("mobile") || types.contains("iphone") ? 1
                : types.contains("home") ? 3 : 2;
    }

    /** The TYPE values, in lower case (vCard 2.1's bare {@code TEL;CELL} among them). */
    private static Set<String> types(VCardParameters parameters) {
        return parameters.getTypes().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /**
     * The card's structured name written out ("Dr. Max Mustermann": honorifics, given, additional
     * and family names); null without both a given and a family name.
     */
    static String structuredName(ezvcard.VCard card) {
        StructuredName sn = card.getStructuredName();
        if (sn == null || sn.getGiven() == null || sn.getGiven().isBlank() || sn.getFamily() == null || sn.getFamily().isBlank()) {
            return null;
        }
        java.util.List<String> words = new java.util.ArrayList<>(sn.getPrefixes());
        words.add(sn.getGiven());
        words.addAll(sn.getAdditionalNames());
        words.add(sn.getFamily());
        return String.join(" ", words.stream().filter(w -> w != null && !w.isBlank()).map(String::strip).toList());
    }

    /**
     * Tells {@code leftOut} the birthdays, anniversaries and nicknames of a person's card, which a
     * contact does not keep (a nickname that is the name shown is kept as it). Every fax number, role
     * and web page left out was named; these went without a word.
     */
    static void sayPersonalLeftOut(VCard card, long n, String shown, java.util.function.Consumer<ImportRow.Problem> leftOut) {
        for (var day : card.getBirthdays()) {
            dayText(day).ifPresent(d -> leftOut.accept(new ImportRow.Problem(n, "BDAY", "left out, a birthday: \"" + shown(d) + "\"", true)));
        }
        for (var day : card.getAnniversaries()) {
            dayText(day).ifPresent(d -> leftOut.accept(new ImportRow.Problem(n, "ANNIVERSARY", "left out, an anniversary: \""
                    + shown(d) + "\"", true)));
        }
        card.getNicknames().stream().flatMap(nick -> nick.getValues().stream())
                .filter(v -> v != null && !v.isBlank() && !v.strip().equalsIgnoreCase(shown.strip()))
                .forEach(v -> leftOut.accept(new ImportRow.Problem(n, "NICKNAME", "left out, a nickname: \"" + shown(v.strip()) + "\"", true)));
    }

    /** A birthday's or anniversary's day as written (2026-03-12, --03-12 for one without a year), empty for none. */
    private static java.util.Optional<String> dayText(ezvcard.property.DateOrTimeProperty day) {
        String text = day.getDate() != null ? day.getDate().toString() : day.getPartialDate() != null ? day.getPartialDate().toISO8601(true)
                : day.getText();
        return text == null || text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(text.strip());
    }

    /** Whether {@code shown} is one of the card's nicknames (the name a card shows may be one). */
    static boolean isNickname(ezvcard.VCard card, String shown) {
        return card.getNicknames().stream().flatMap(n -> n.getValues().stream())
                .anyMatch(v -> v != null && v.strip().equalsIgnoreCase(shown.strip()));
    }

    private static final java.util.regex.Pattern UUID_TEXT = java.util.regex.Pattern.compile(
            "(?i)(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    /**
     * The card's UID when it is a UUID ({@code urn:uuid:…}, as Funnelboard's export and many address
     * books write it): the card's person keeps it (see {@code ImportRow.Person#id}), so importing the
     * same cards again finds them. Null for none or another kind of UID.
     */
    static java.util.UUID uid(VCard card) {
        String uid = card.getUid() == null ? null : card.getUid().getValue();
        java.util.regex.Matcher m = uid == null ? null : UUID_TEXT.matcher(uid.strip());
        return m != null && m.matches() ? java.util.UUID.fromString(m.group(1)) : null;
    }
}
