package com.funnelboard.domain.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a column of an imported file holds: a field of a contact, an organization or a deal, or nothing. */
public enum ImportField {
    CONTACT_NAME("contact.name"),
    CONTACT_FIRST_NAME("contact.first_name"),
    CONTACT_LAST_NAME("contact.last_name"),
    /** A middle name, between the first and the last (Google's and Outlook's "Middle Name", Google's older "Additional Name"). */
    CONTACT_MIDDLE_NAME("contact.middle_name"),
    CONTACT_EMAIL("contact.email"),
    /**
     * The contact's id in a Funnelboard database (a contacts export's {@code id}, a deals export's
     * {@code contact_id}): the same person when that id is here, else the id the new contact takes.
     */
    CONTACT_ID("contact.id"),
    CONTACT_PHONE("contact.phone"),
    CONTACT_TITLE("contact.title"),
    /** What a contact's own profile says of their company and role (their ideal-customer answers), as a contacts export writes them. */
    CONTACT_INDUSTRY("contact.industry"),
    CONTACT_COMPANY_SIZE("contact.company_size"),
    CONTACT_PERSONA("contact.persona"),
    CONTACT_PAIN_POINTS("contact.pain_points"),
    CONTACT_CHANNEL("contact.channel"),
    ORGANIZATION_NAME("organization.name"),
    ORGANIZATION_INDUSTRY("organization.industry"),
    ORGANIZATION_SIZE("organization.size"),
    ORGANIZATION_WEBSITE("organization.website"),
    ORGANIZATION_ADDRESS("organization.address"),
    DEAL_TITLE("deal.title"),
    DEAL_VALUE("deal.value"),
    DEAL_CURRENCY("deal.currency"),
    DEAL_STAGE("deal.stage"),
    DEAL_OWNER("deal.owner"),
    DEAL_EXPECTED_CLOSE("deal.expected_close"),
    DEAL_CLOSED_ON("deal.closed_on"),
    DEAL_CREATED_ON("deal.created_on"),
    /** Since when an open deal is in its stage (the days in stage start there); a won or lost deal's close date when none is given. */
    DEAL_IN_STAGE_SINCE("deal.in_stage_since"),
    DEAL_SOURCE("deal.source"),
    DEAL_EXTERNAL_ID("deal.external_id"),
    DEAL_FINAL_VALUE("deal.final_value"),
    DEAL_LOST_REASON("deal.lost_reason"),
    DEAL_LOST_NOTE("deal.lost_note"),
    /** The deal's own notes (its description); a row's notes go to its deal when it names no contact. */
    DEAL_NOTES("deal.notes"),
    TAGS("tags"),
    NOTES("notes"),
    IGNORE("ignore");

    private final String key;

    ImportField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** How the import dialog names it: "Contact: e-mail", "Deal: value", "Not imported". */
    public String label() {
        if (this == IGNORE) {
            return "Not imported";
        }
        if (this == TAGS || this == NOTES) {
            return Character.toUpperCase(key.charAt(0)) + key.substring(1);
        }
        String[] parts = key.split("\\.", 2);
        String what = switch (parts[1]) {
            case "email" -> "e-mail";
            case "size" -> "size (employees)";
            case "external_id" -> "id in the other program";
            case "id" -> "Funnelboard id";
            case "channel" -> "preferred channel";
            default -> parts[1].replace('_', ' ');
        };
        return Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1) + ": " + what;
    }

    /** Whether the field is a deal's. */
    public boolean isDeal() {
        return key.startsWith("deal.");
    }

    /**
     * Whether a row with this field carries a deal: a title, a value, a stage or a close date. An id,
     * a creation date, an owner, a source or a currency alone describe any record of a contacts export
     * too ("Record ID", "Account Owner", "Lead Source"), so they make no deal by themselves; nor do a
     * final value or a lost reason, which only complete a deal's stage.
     */
    public boolean makesADeal() {
        return this == DEAL_TITLE || this == DEAL_VALUE || this == DEAL_STAGE || this == DEAL_EXPECTED_CLOSE || this == DEAL_CLOSED_ON;
    }

    /**
     * Whether a row with this field alone can make a record: a contact's name, e-mail or phone, an
     * organization's name, or what makes a deal. A title, a tag, an owner or an id alone name nobody.
     */
    public boolean makesARecord() {
        return this == CONTACT_NAME || this == CONTACT_FIRST_NAME || this == CONTACT_LAST_NAME || this == CONTACT_EMAIL
                || this == CONTACT_PHONE || this == ORGANIZATION_NAME || makesADeal();
    }

    /**
     * Whether several columns may feed it, such as a second e-mail column or an address's street,
     * city and country (their values are joined),
     * or a won and a lost time beside each other, as Pipedrive writes a deal's close (the one filled in counts), or Google's
     * "Website 1" and "Website 2" (the first that is the company's counts: a profile page first left the work site unread).
     */
    public boolean repeatable() {
        return this == CONTACT_EMAIL || this == CONTACT_PHONE || this == TAGS || this == NOTES || this == DEAL_CLOSED_ON
                || this == ORGANIZATION_ADDRESS || this == ORGANIZATION_WEBSITE;
    }

    public static Optional<ImportField> parse(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(k)).findFirst();
    }

    /** The keys, for messages ("one of contact.name, …"). */
    public static String keys() {
        return Arrays.stream(values()).map(ImportField::key).collect(Collectors.joining(", "));
    }
}
