package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.ORGANIZATION;

import com.funnelboard.domain.Contact;
import com.funnelboard.domain.Organization;
import com.funnelboard.store.jooq.tables.records.ContactRecord;
import com.funnelboard.store.jooq.tables.records.OrganizationRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Contacts and the organizations they belong to. */
public final class ContactRepository {

    private final DSLContext ctx;
    private final Clock clock;

    ContactRepository(DSLContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    public void insert(Contact c) {
        ctx.executeInsert(toRecord(c));
    }

    public void insertAll(Collection<Contact> contacts) {
        ctx.batchInsert(contacts.stream().map(this::toRecord).toList()).execute();
    }

    public void insertOrganization(Organization o) {
        ctx.executeInsert(toRecord(o));
    }

    public void insertOrganizations(Collection<Organization> orgs) {
        ctx.batchInsert(orgs.stream().map(this::toRecord).toList()).execute();
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
        return ctx.selectFrom(ORGANIZATION)
                .where(ORGANIZATION.NAME.collate("NOCASE").eq(name.strip()).and(ORGANIZATION.DELETED_AT.isNull()))
                .orderBy(ORGANIZATION.CREATED_AT)
                .limit(1)
                .fetchOptional()
                .map(r -> new Organization(r.getId(), r.getName()));
    }

    private ContactRecord toRecord(Contact c) {
        Instant now = clock.instant();
        ContactRecord r = ctx.newRecord(CONTACT);
        r.setId(c.id());
        r.setOrganizationId(c.organizationId());
        r.setName(c.name());
        r.setEmail(c.email());
        r.setPhone(c.phone());
        r.setSource(c.source());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        return r;
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
