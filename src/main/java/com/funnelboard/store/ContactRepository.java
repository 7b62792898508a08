package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.ORGANIZATION;

import com.funnelboard.domain.Contact;
import com.funnelboard.domain.Organization;
import com.funnelboard.store.jooq.tables.records.OrganizationRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Contacts and the organizations they belong to. */
public final class ContactRepository {

    private final DSLContext ctx;
    private final Clock clock;
    private final Repositories owner;

    ContactRepository(DSLContext ctx, Repositories owner) {
        this.ctx = ctx;
        this.clock = owner.clock();
        this.owner = owner;
    }

    /**
     * Writes a new contact with its email address and phone number in their lists (through the
     * contact writer that every path uses).
     */
    public void insert(Contact c) {
        owner.contactProfiles().insert(profile(c));
    }

    /** Many new contacts, each with its address lists, in batches. */
    public void insertAll(Collection<Contact> contacts) {
        owner.contactProfiles().insertAll(contacts.stream().map(ContactRepository::profile).toList());
    }

    private static com.funnelboard.domain.ContactProfile profile(Contact c) {
        return com.funnelboard.domain.ContactProfile.of(c);
    }

    public void insertOrganization(Organization o) {
        owner.changes().insert(toRecord(o));
    }

    public void insertOrganizations(Collection<Organization> orgs) {
        owner.changes().insertAll(orgs.stream().map(this::toRecord).toList());
    }

    /** Whether any contact or organization row is stored at all, merged and deleted ones included (their ids stay taken). */
    public boolean anyStored() {
        return ctx.fetchExists(CONTACT) || ctx.fetchExists(ORGANIZATION);
    }

    public Optional<Contact> find(UUID id) {
        return ctx.selectFrom(CONTACT)
                .where(CONTACT.ID.eq(id).and(CONTACT.DELETED_AT.isNull()))
                .fetchOptional()
                .map(r -> new Contact(r.getId(), r.getOrganizationId(), r.getName(), r.getEmail(), r.getPhone(), r.getSource()));
    }

    public Optional<Organization> findOrganization(UUID id) {
        return ctx.selectFrom(ORGANIZATION)
                .where(ORGANIZATION.ID.eq(id).and(ORGANIZATION.DELETED_AT.isNull()))
                .fetchOptional()
                .map(r -> new Organization(r.getId(), r.getName()));
    }

    /** An organization by name, ignoring case and surrounding spaces. */
    public Optional<Organization> findOrganizationByName(String name) {
        Optional<Organization> exact = ctx.selectFrom(ORGANIZATION)
                .where(ORGANIZATION.NAME.collate("NOCASE").eq(name.strip()).and(ORGANIZATION.DELETED_AT.isNull()))
                .orderBy(ORGANIZATION.CREATED_AT)
                .limit(1)
                .fetchOptional()
                .map(r -> new Organization(r.getId(), r.getName()));
        if (exact.isPresent()) {
            return exact;
        }
        // Another spelling of a stored one ("Acme Inc" for "Acme, Inc."), among those whose name starts with the same word.
        com.funnelboard.domain.OrganizationNames.Key key = com.funnelboard.domain.OrganizationNames.key(name);
        if (key.base().isEmpty()) {
            return Optional.empty();
        }
        // Every start of its readings: "Mueller GmbH" may be stored as "Müller GmbH".
        Condition starts = DSL.falseCondition();
        for (String first : com.funnelboard.domain.OrganizationNames.firstWords(name)) {
            starts = starts.or(ORGANIZATION.NAME.likeIgnoreCase(first.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", '\\'));
            if (!first.chars().allMatch(ch -> ch < 0x80)) {
                // SQL's LIKE ignores the case of ASCII letters only: "ΕΛΛΗΝΙΚΗ" and "ελληνική", "IŞIK" and "ışık" are found through
                // the search index's names (each made a second organization).
                starts = starts.or(ContactSearchCondition.namedInIndex(ORGANIZATION.ID, "organization", first));
            }
        }
        com.funnelboard.domain.OrganizationNames.Index<Organization> near = new com.funnelboard.domain.OrganizationNames.Index<>();
        ctx.select(ORGANIZATION.ID, ORGANIZATION.NAME).from(ORGANIZATION)
                .where(starts.and(ORGANIZATION.DELETED_AT.isNull()))
                .orderBy(ORGANIZATION.CREATED_AT).limit(500)
                .forEach(r -> near.put(r.value2(), new Organization(r.value1(), r.value2())));
        return Optional.ofNullable(near.find(key));
    }

    /**
     * The names of stored organizations that start with {@code typed}, or have a word that does
     * ("Nord" finds "Nordwind AB" and "Bank Nordea"), ignoring case: those starting with it first,
     * then by name. Empty for blank text.
     */
    public java.util.List<String> organizationNamesStarting(String typed, int limit) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return java.util.List.of();
        }
        String like = t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        Condition starts = ORGANIZATION.NAME.likeIgnoreCase(like + "%", '\\');
        return ctx.selectDistinct(ORGANIZATION.NAME, DSL.when(starts, 0).otherwise(1).as("rank")).from(ORGANIZATION)
                .where(starts.or(ORGANIZATION.NAME.likeIgnoreCase("% " + like + "%", '\\')).and(ORGANIZATION.DELETED_AT.isNull()))
                .orderBy(DSL.field(DSL.name("rank")), ORGANIZATION.NAME.collate("NOCASE"))
                .limit(limit)
                .fetch(ORGANIZATION.NAME);
    }

    private OrganizationRecord toRecord(Organization o) {
        Instant now = clock.instant();
        OrganizationRecord r = ctx.newRecord(ORGANIZATION);
        r.setId(o.id());
        r.setName(o.name());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        return r;
    }
}
