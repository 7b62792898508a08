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
    CONTACT_EMAIL("contact.email"),
    CONTACT_PHONE("contact.phone"),
    CONTACT_TITLE("contact.title"),
    ORGANIZATION_NAME("organization.name"),
    ORGANIZATION_INDUSTRY("organization.industry"),
    ORGANIZATION_SIZE("organization.size"),
    ORGANIZATION_WEBSITE("organization.website"),
    DEAL_TITLE("deal.title"),
    DEAL_VALUE("deal.value"),
    DEAL_CURRENCY("deal.currency"),
    DEAL_STAGE("deal.stage"),
    DEAL_OWNER("deal.owner"),
    DEAL_EXPECTED_CLOSE("deal.expected_close"),
    DEAL_CLOSED_ON("deal.closed_on"),
    DEAL_CREATED_ON("deal.created_on"),
    DEAL_SOURCE("deal.source"),
    DEAL_EXTERNAL_ID("deal.external_id"),
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

    /** Whether the field is a deal's: a row with any of them carries a deal. */
    public boolean isDeal() {
        return key.startsWith("deal.");
    }

    /** Whether several columns may feed it (their values are joined), such as a second e-mail column. */
    public boolean repeatable() {
        return this == CONTACT_EMAIL || this == CONTACT_PHONE || this == TAGS || this == NOTES;
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
