package com.funnelboard.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything kept about a contact: who they are, how to reach them, and what reps segment by.
 *
 * @param emails in the user's order; the first is the primary address
 * @param phones in the user's order; the first is the primary number
 * @param source a {@link LeadSource} key, or null
 * @param mergedInto for a tombstone, the contact it was merged into; otherwise null
 */
public record ContactProfile(
        UUID id,
        UUID organizationId,
        String name,
        String title,
        List<String> emails,
        List<String> phones,
        PreferredChannel channel,
        String industry,
        String companySize,
        String persona,
        String painPoints,
        String source,
        List<String> tags,
        String notes,
        UUID mergedInto) {

    public static final String NAME = "name";
    public static final String TITLE = "title";
    public static final String EMAILS = "emails";
    public static final String PHONES = "phones";
    public static final String CHANNEL = "channel";
    public static final String INDUSTRY = "industry";
    public static final String COMPANY_SIZE = "company-size";
    public static final String PERSONA = "persona";
    public static final String PAIN_POINTS = "pain-points";
    public static final String SOURCE = "source";
    public static final String TAGS = "tags";
    public static final String NOTES = "notes";
    public static final String ORGANIZATION = "organization";

    /** The fields a merge can take from either record, in the order a merge dialog shows them. */
    public static final List<String> MERGEABLE = List.of(NAME, TITLE, ORGANIZATION, EMAILS, PHONES, CHANNEL, INDUSTRY, COMPANY_SIZE,
            PERSONA, PAIN_POINTS, SOURCE, TAGS, NOTES);

    public ContactProfile {
        Objects.requireNonNull(id, "id");
        emails = clean(emails);
        phones = clean(phones);
        tags = clean(tags);
    }

    /** A new, empty profile with just a name. */
    public static ContactProfile named(UUID id, String name) {
        return new ContactProfile(id, null, name, null, List.of(), List.of(), null, null, null, null, null, null, List.of(), null, null);
    }

    /**
     * The profile of a contact made by New lead, the command line's deals add or the sample data:
     * its email and phone become the first of its lists.
     */
    public static ContactProfile of(Contact c) {
        return new ContactProfile(c.id(), c.organizationId(), c.name(), null, c.email() == null ? List.of() : List.of(c.email()),
                c.phone() == null ? List.of() : List.of(c.phone()), null, null, null, null, null, c.source(), List.of(), null, null);
    }

    /** The same contact with these phone numbers. */
    public ContactProfile withPhones(List<String> numbers) {
        return new ContactProfile(id, organizationId, name, title, emails, numbers, channel, industry, companySize, persona, painPoints,
                source, tags, notes, mergedInto);
    }

    /** The same contact with these e-mail addresses. */
    public ContactProfile withEmails(List<String> addresses) {
        return new ContactProfile(id, organizationId, name, title, addresses, phones, channel, industry, companySize, persona, painPoints,
                source, tags, notes, mergedInto);
    }

    /** This profile in another organization (null for none). */
    public ContactProfile withOrganization(UUID organization) {
        return new ContactProfile(id, organization, name, title, emails, phones, channel, industry, companySize, persona, painPoints,
                source, tags, notes, mergedInto);
    }

    public String primaryEmail() {
        return emails.isEmpty() ? null : emails.getFirst();
    }

    public String primaryPhone() {
        return phones.isEmpty() ? null : phones.getFirst();
    }

    /** The problem of each field that has one; empty when the profile can be saved. */
    public Map<String, String> problems() {
        Map<String, String> p = new LinkedHashMap<>();
        Validation.requiredText(name, "Name", TextLimits.NAME).ifPresent(m -> p.put(NAME, m));
        Validation.optionalText(title, "Title", TextLimits.NAME).ifPresent(m -> p.put(TITLE, m));
        emails.stream().map(e -> Validation.email(e).map(m -> m + ": " + e)).flatMap(java.util.Optional::stream).findFirst()
                .ifPresent(m -> p.put(EMAILS, m));
        phones.stream().map(e -> Validation.phone(e).map(m -> m + ": " + e)).flatMap(java.util.Optional::stream).findFirst()
                .ifPresent(m -> p.put(PHONES, m));
        Validation.optionalText(industry, "Industry", 200).ifPresent(m -> p.put(INDUSTRY, m));
        Validation.optionalText(companySize, "Company size", 100).ifPresent(m -> p.put(COMPANY_SIZE, m));
        Validation.optionalText(persona, "Persona", 200).ifPresent(m -> p.put(PERSONA, m));
        Validation.optionalLines(painPoints, "Pain points", 5_000).ifPresent(m -> p.put(PAIN_POINTS, m));
        if (source != null && LeadSource.parse(source).isEmpty()) {
            p.put(SOURCE, "Not a lead source");
        }
        tags.stream().filter(t -> t.length() > 60 || t.contains(",")).findFirst()
                .ifPresent(t -> p.put(TAGS, "A tag is at most 60 characters, without commas"));
        Validation.optionalLines(notes, "Notes", TextLimits.CONTACT_NOTES).ifPresent(m -> p.put(NOTES, m));
        return p;
    }

    /** Trimmed, without blanks and repeats (ignoring case), order kept. */
    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                seen.putIfAbsent(v.strip().toLowerCase(java.util.Locale.ROOT), v.strip());
            }
        }
        return List.copyOf(seen.values());
    }
}
