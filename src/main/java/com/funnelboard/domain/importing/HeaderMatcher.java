package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses what each column of an imported file holds from its header: the exports of Google
 * Contacts (both layouts), Outlook and Pipedrive are recognised by their headers and mapped as
 * those programs mean them; any other header is matched by its common names and synonyms in
 * English, German, French, Spanish, Dutch, Portuguese and Italian ("Vorname", "Société", "Importe",
 * "Bedrijf", "Telefone", "Cognome"), whatever the machine's locale, ignoring case, accents,
 * punctuation and numbering ("E-mail 2 - Value" is an e-mail). A header nothing matches is ignored.
 */
public final class HeaderMatcher {

    /** The program whose export a file is, when its headers say so. */
    public enum Layout {
        GOOGLE("Google Contacts"), OUTLOOK("Outlook"), PIPEDRIVE("Pipedrive"), LINKEDIN("LinkedIn"),
        /** Close's leads export: a row is a lead (a company) with its primary contact's columns. */
        CLOSE("Close"),
        /** Bitrix24's deals, by their API field names (OPPORTUNITY is the amount, STAGE_ID the stage). */
        BITRIX("Bitrix24"),
        /** Odoo's leads and opportunities (crm.lead), by their field names (name is the lead's title, partner_name its company). */
        ODOO("Odoo"),
        /** Funnelboard's own contacts, deals or interactions export (see {@link FunnelboardExport}); its organizations export is an organizations file. */
        FUNNELBOARD("Funnelboard"),
        /** A file of organizations only: name, industry, size, website (see {@link #matchOrganizations}). */
        ORGANIZATIONS("organizations"),
        GENERIC("generic");

        private final String label;

        Layout(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** How a summary names the file: "Pipedrive export", "organizations file"; empty for a generic file. */
        public String phrase() {
            return this == GENERIC ? "" : this == ORGANIZATIONS ? "organizations file" : label + " export";
        }
    }

    /** The patterns of {@link #normalise} and of numbered headers, compiled once (a file may have thousands of columns); before LAYOUTS, which normalises its keys. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern NUMBERS = java.util.regex.Pattern.compile("\\b\\d+\\b");
    private static final java.util.regex.Pattern VALUE_OR_ADDRESS = java.util.regex.Pattern.compile("\\b(value|address)$");
    /** An assistant's or a secretary's column, in the languages the synonyms know. */
    private static final java.util.regex.Pattern ASSISTANT = java.util.regex.Pattern.compile(
            "\\b(assistant|assistants|asst|assistent|assistentin|assistente|asistente|sekretariat|secretary|secretaire|secretaria)\\b");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern PRIMARY = java.util.regex.Pattern.compile("^primary (?=(deal|person|contact|organi[sz]ation|company) )");

    /** What each program's export means by its own headers, where that differs from the common names. */
    private static final Map<Layout, Map<String, ImportField>> LAYOUTS = Map.ofEntries(
            Map.entry(Layout.BITRIX, Map.ofEntries(Map.entry(normalise("ID"), DEAL_EXTERNAL_ID), Map.entry(normalise("TITLE"), DEAL_TITLE),
                    Map.entry(normalise("STAGE_ID"), DEAL_STAGE), Map.entry(normalise("CURRENCY_ID"), DEAL_CURRENCY),
                    Map.entry(normalise("OPPORTUNITY"), DEAL_VALUE), Map.entry(normalise("DATE_CREATE"), DEAL_CREATED_ON),
                    Map.entry(normalise("CLOSEDATE"), DEAL_EXPECTED_CLOSE), Map.entry(normalise("COMMENTS"), NOTES),
                    Map.entry(normalise("BEGINDATE"), IGNORE), Map.entry(normalise("ASSIGNED_BY_ID"), IGNORE),
                    Map.entry(normalise("CONTACT_ID"), IGNORE), Map.entry(normalise("COMPANY_ID"), IGNORE), Map.entry(normalise("LEAD_ID"), IGNORE),
                    Map.entry(normalise("SOURCE_ID"), IGNORE), Map.entry(normalise("TYPE_ID"), IGNORE))),
            Map.entry(Layout.ODOO, Map.ofEntries(Map.entry(normalise("id"), DEAL_EXTERNAL_ID), Map.entry(normalise("name"), DEAL_TITLE),
                    Map.entry(normalise("partner_name"), ORGANIZATION_NAME), Map.entry(normalise("contact_name"), CONTACT_NAME),
                    Map.entry(normalise("email_from"), CONTACT_EMAIL), Map.entry(normalise("planned_revenue"), DEAL_VALUE),
                    Map.entry(normalise("expected_revenue"), DEAL_VALUE), Map.entry(normalise("date_deadline"), DEAL_EXPECTED_CLOSE),
                    Map.entry(normalise("stage_id"), DEAL_STAGE), Map.entry(normalise("description"), NOTES),
                    Map.entry(normalise("title/id"), IGNORE), Map.entry(normalise("user_id/id"), IGNORE), Map.entry(normalise("type"), IGNORE),
                    Map.entry(normalise("partner_id/id"), IGNORE), Map.entry(normalise("company_id/id"), IGNORE))),
            Map.entry(Layout.GOOGLE, Map.of(normalise("Name"), CONTACT_NAME, normalise("Organization 1 - Title"), CONTACT_TITLE,
                    normalise("Organization Title"), CONTACT_TITLE, normalise("Organization 1 - Name"), ORGANIZATION_NAME,
                    normalise("Organization Name"), ORGANIZATION_NAME, normalise("Website 1 - Value"), ORGANIZATION_WEBSITE)),
            // Its German export too: "Weitere Vornamen" is the middle name; the company's switchboard ("Telefon Firma",
            // "Company Main Phone") and the car phone are nobody's own number.
            Map.entry(Layout.OUTLOOK, Map.of(normalise("Title"), IGNORE, normalise("Company"), ORGANIZATION_NAME,
                    normalise("Web Page"), ORGANIZATION_WEBSITE, normalise("Weitere Vornamen"), CONTACT_MIDDLE_NAME,
                    normalise("Telefon Firma"), IGNORE, normalise("Autotelefon"), IGNORE, normalise("Company Main Phone"), IGNORE,
                    normalise("Car Phone"), IGNORE, normalise("Anrede"), IGNORE, normalise("Webseite"), ORGANIZATION_WEBSITE)),
            // Connections.csv: the URL is the person's profile, not the company's website.
            Map.entry(Layout.LINKEDIN, Map.of(normalise("URL"), IGNORE)),
            // A lead is the company; the person is its primary contact (primary_contact_name, …).
            Map.entry(Layout.CLOSE, Map.of(normalise("display_name"), ORGANIZATION_NAME, normalise("name"), ORGANIZATION_NAME,
                    normalise("url"), ORGANIZATION_WEBSITE, normalise("description"), NOTES, normalise("id"), IGNORE,
                    normalise("status_label"), IGNORE)),
            Map.entry(Layout.PIPEDRIVE, Map.of(normalise("Deal - Title"), DEAL_TITLE, normalise("Deal - ID"), DEAL_EXTERNAL_ID,
                    normalise("Deal - Status"), DEAL_STAGE, normalise("Person - Name"), CONTACT_NAME,
                    normalise("Organization - Name"), ORGANIZATION_NAME, normalise("Deal - Owner"), DEAL_OWNER)));

    private HeaderMatcher() {}


    /** Which program's export the headers are. */
    public static Layout layout(List<String> headers) {
        java.util.Optional<FunnelboardExport> own = FunnelboardExport.of(headers);
        if (own.isPresent()) {
            return own.get() == FunnelboardExport.ORGS ? Layout.ORGANIZATIONS : Layout.FUNNELBOARD;
        }
        Set<String> h = new java.util.HashSet<>();
        headers.forEach(x -> h.add(x == null ? "" : x.strip().toLowerCase(Locale.ROOT)));
        if (h.contains("given name") && h.contains("family name") || h.contains("e-mail 1 - value") || h.contains("phone 1 - value")) {
            return Layout.GOOGLE;
        }
        if (h.contains("e-mail address") && (h.contains("business phone") || h.contains("mobile phone") || h.contains("job title"))
                || h.contains("e-mail-adresse") && (h.contains("telefon geschäftlich") || h.contains("mobiltelefon") || h.contains("weitere vornamen"))) {
            return Layout.OUTLOOK;
        }
        if (h.contains("connected on") && h.contains("url")) {
            return Layout.LINKEDIN;
        }
        if (headers.stream().filter(x -> x != null && x.strip().matches("(?iu)(deal|person|organi[sz]ation|negocio|trato|persona|organizaci[oó]n) - .+"))
                .count() >= 2) {
            return Layout.PIPEDRIVE;
        }
        if (headers.stream().filter(x -> x != null && normalise(x).startsWith("primary contact ")).count() >= 2) {
            return Layout.CLOSE;
        }
        if (h.contains("stage_id") && h.contains("opportunity") && h.contains("currency_id")) {
            return Layout.BITRIX;
        }
        if (h.contains("email_from") && (h.contains("partner_name") || h.contains("contact_name"))) {
            return Layout.ODOO;
        }
        return isOrganizations(headers) ? Layout.ORGANIZATIONS : Layout.GENERIC;
    }

    /**
     * Whether the headers are those of an organizations file: one name column ("Name", "Company",
     * "Organization"…), at least one of industry, size (employees), website and address (two, when
     * the file also has an e-mail or phone column: an accounts export's), and nothing else of a
     * person (e-mail, phone, first or last name, job title) or a deal.
     */
    static boolean isOrganizations(List<String> headers) {
        int names = 0;
        java.util.Set<ImportField> details = java.util.EnumSet.noneOf(ImportField.class);
        boolean reach = false;
        for (String header : headers) {
            ImportField f = field(header, Map.of());
            switch (f) {
                case CONTACT_NAME, ORGANIZATION_NAME -> names++;
                case ORGANIZATION_INDUSTRY, ORGANIZATION_SIZE, ORGANIZATION_WEBSITE, ORGANIZATION_ADDRESS -> details.add(f);
                case CONTACT_EMAIL, CONTACT_PHONE -> reach = true;
                // Any record's id, creation date and owner ("ID", "Date Created", "Assigned User Name").
                case IGNORE, TAGS, NOTES, DEAL_EXTERNAL_ID, DEAL_CREATED_ON, DEAL_IN_STAGE_SINCE, DEAL_OWNER -> { }
                default -> {
                    return false;
                }
            }
        }
        // An accounts export (SugarCRM, Zoho) also gives the company's switchboard and general address:
        // with two kinds of company details and no person's name or title, those are the company's.
        return names == 1 && !details.isEmpty() && (!reach || details.size() >= 2);
    }

    /**
     * The field of each column of an organizations file: its name column ("Name" included, which
     * elsewhere is a person's) is the organization's name; industry, size (employees) and website
     * are the organization's, as are its address or its parts; every other column is ignored.
     */
    public static List<ImportField> matchOrganizations(List<String> headers) {
        List<ImportField> out = new ArrayList<>(headers.size());
        List<ImportField> taken = new ArrayList<>();
        for (String header : headers) {
            ImportField f = field(header, Map.of());
            f = f == CONTACT_NAME ? ORGANIZATION_NAME : f;
            if (!f.key().startsWith("organization.") || taken.contains(f) && !f.repeatable()) {
                f = IGNORE;
            }
            taken.add(f);
            out.add(f);
        }
        AddressColumns.addresses(headers, out);
        return out;
    }

    /** The field each column holds, in column order; {@link ImportField#IGNORE} for headers nothing matches. */
    public static List<ImportField> match(List<String> headers) {
        return match(headers, layout(headers));
    }

    /** As {@link #match(List)}, the file taken as the given program's export (or an organizations file). */
    public static List<ImportField> match(List<String> headers, Layout detected) {
        if (detected == Layout.ORGANIZATIONS) {
            return matchOrganizations(headers);
        }
        if (detected == Layout.FUNNELBOARD) {
            java.util.Optional<FunnelboardExport> own = FunnelboardExport.of(headers);
            if (own.isPresent()) {
                return own.get().fields(headers);
            }
        }
        Map<String, ImportField> layout = LAYOUTS.getOrDefault(detected, Map.of());
        List<ImportField> raw = new ArrayList<>(headers.size());
        for (String header : headers) {
            raw.add(field(header, layout));
        }
        DealColumns.dealNamedName(headers, raw);
        PartyColumns.parties(headers, raw);
        PhoneColumns.bareKinds(headers, raw);
        ValueRanges.highEnd(headers, raw);
        DealColumns.statusOfContacts(headers, raw);
        if (!layout.containsKey("title")) {
            TitleColumns.plainTitle(headers, raw);
        }
        TitleColumns.honorifics(headers, raw);
        DealColumns.formattedValues(headers, raw);
        AddressColumns.addresses(headers, raw);
        DealColumns.closeDates(headers, raw);
        List<ImportField> out = new ArrayList<>(headers.size());
        List<ImportField> taken = new ArrayList<>();
        for (ImportField f : raw) {
            // Only a field that can take several columns is given to a second one (a second e-mail, more tags).
            if (f != IGNORE && taken.contains(f) && !f.repeatable() && f != DEAL_STAGE) {
                f = IGNORE;
            }
            taken.add(f);
            out.add(f);
        }
        return out;
    }

    /** The field one header names, IGNORE when none. */
    /** The columns of an organization's address parts that are read only where its whole address column is empty. */
    public static List<Integer> addressPartsBesideWhole(List<String> headers, List<ImportField> mapping) {
        return AddressColumns.partsBesideWhole(headers, mapping);
    }

    public static ImportField field(String header) {
        return field(header, Map.of());
    }

    /** The currency code or sign a header names after the column's name ("Amount (USD)": "USD"), null when none. */
    public static String currencyOf(String header) {
        return HeaderSpellings.currencyOf(header);
    }

    private static ImportField field(String header, Map<String, ImportField> layout) {
        if (GroupLabels.isLabelHeader(header)) {
            return IGNORE; // "Address 1 - Label": what kind of address, no label of the person's (it made "Work" and "Home" tags)
        }
        if (header != null && ASSISTANT.matcher(normalise(header.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " "))).find()) {
            // Salesforce's AssistantPhone, Outlook's "Assistant's Phone": someone else's number, left out as a vCard's is.
            return IGNORE;
        }
        return HeaderSpellings.read(header, h -> plainField(h, layout));
    }

    private static ImportField plainField(String header, Map<String, ImportField> layout) {
        String n = normalise(header == null ? "" : header);
        ImportField f = layout.get(n);
        if (f != null) {
            return f;
        }
        f = HeaderSynonyms.get(n);
        if (f != null) {
            return f;
        }
        // "E-mail 2 - Value", "Phone 1 - Value", "E-mail 2 Address": the numbered fields of contact exports.
        String unnumbered = SPACES.matcher(VALUE_OR_ADDRESS.matcher(NUMBERS.matcher(n).replaceAll(" ")).replaceAll(" ")).replaceAll(" ").strip();
        f = HeaderSynonyms.get(unnumbered);
        if (f != null) {
            return f;
        }
        // "Deal - Value", "Person - Email", "Organization - Name": the entity-prefixed fields of CRM exports
        // ("primary_contact_first_name": the primary one's).
        String[] parts = PRIMARY.matcher(n).replaceFirst("").split(" ", 2);
        parts[0] = SPANISH_PREFIXES.getOrDefault(parts[0], parts[0]); // Pipedrive in Spanish: "Negocio - Valor", "Trato - Etapa"
        if (parts.length == 2 && List.of("deal", "person", "contact", "organization", "organisation", "company").contains(parts[0])) {
            String rest = parts[1];
            if (parts[0].startsWith("organi") || parts[0].equals("company")) {
                f = HeaderSynonyms.get("organization " + rest);
                if (f == null && HeaderSynonyms.get(rest) != null && HeaderSynonyms.get(rest).key().startsWith("organization.")) {
                    f = HeaderSynonyms.get(rest); // "Organization - Number of employees"
                }
                return f != null ? f : rest.equals("name") || rest.equals("nombre") ? ORGANIZATION_NAME : IGNORE;
            }
            if (parts[0].equals("deal")) {
                // "Deal - Organization", "Deal - Contact person": who the deal is with (Pipedrive).
                ImportField with = HeaderSynonyms.get(rest);
                if (with == ORGANIZATION_NAME || with == CONTACT_NAME) {
                    return with;
                }
                f = HeaderSynonyms.get("deal " + rest);
                if (f == null && (rest.equals("title") || rest.equals("titulo"))) {
                    return DEAL_TITLE;
                }
                f = f != null ? f : HeaderSynonyms.get(rest);
                return f != null && (f.isDeal() || f == TAGS || f == NOTES) ? f : IGNORE;
            }
            f = rest.equals("title") ? CONTACT_TITLE : HeaderSynonyms.get(rest);
            if (f == null && rest.startsWith("primary ")) {
                f = HeaderSynonyms.get(rest.substring("primary ".length())); // "Contact - Primary Mobile"
            }
            // "Person - Organization" (Pipedrive's persons export): where the person works.
            // "Person - Labels": the person's tags.
            return f != null && (f.key().startsWith("contact.") || f == ORGANIZATION_NAME || f == TAGS) ? f : IGNORE;
        }
        return IGNORE;
    }

    /** The entity prefixes of Pipedrive's Spanish exports, normalised, and the English ones they stand for. */
    private static final Map<String, String> SPANISH_PREFIXES = Map.of("negocio", "deal", "trato", "deal", "persona", "person",
            "organizacion", "organization");

    /** Lower case without accents, every run of other characters one space. */
    static String normalise(String s) {
        String plain = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTERS.matcher(plain.toLowerCase(Locale.ROOT).replace('_', ' ')).replaceAll(" ").strip();
    }
}
