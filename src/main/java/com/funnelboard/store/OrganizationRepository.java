package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.ORGANIZATION;

import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.OrganizationSummary;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.jooq.tables.records.ContactRecord;
import com.funnelboard.store.jooq.tables.records.OrganizationRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Organizations in full: profiles and the organizations list. */
public final class OrganizationRepository {

    private final DSLContext ctx;
    private final Clock clock;
    private final Repositories owner;

    OrganizationRepository(DSLContext ctx, Repositories owner) {
        this.ctx = ctx;
        this.clock = owner.clock();
        this.owner = owner;
    }

    public Optional<OrganizationProfile> find(UUID id) {
        return ctx.selectFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(id).and(ORGANIZATION.DELETED_AT.isNull())).fetchOptional()
                .map(r -> new OrganizationProfile(r.getId(), r.getName(), r.getWebsite(), r.getIndustry(), r.getCompanySize(),
                        r.getAddress()));
    }

    public void insert(OrganizationProfile p) {
        OrganizationRecord r = ctx.newRecord(ORGANIZATION);
        r.setId(p.id());
        fill(r, p);
        owner.changes().insert(r);
    }

    /** Writes every field of a live organization; false when it is gone. */
    public boolean update(OrganizationProfile p) {
        OrganizationRecord r = ctx.selectFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(p.id()).and(ORGANIZATION.DELETED_AT.isNull()))
                .fetchOne();
        if (r == null) {
            return false;
        }
        fill(r, p);
        owner.changes().update(r);
        return true;
    }

    private static void fill(OrganizationRecord r, OrganizationProfile p) {
        r.setName(p.name().strip());
        r.setWebsite(ContactProfileRepository.blankToNull(p.website()));
        r.setIndustry(ContactProfileRepository.blankToNull(p.industry()));
        r.setCompanySize(ContactProfileRepository.blankToNull(p.companySize()));
        r.setAddress(ContactProfileRepository.blankToNull(p.address()));
    }

    /** How many live organizations the Organizations page's search {@code text} finds (the page lists a first part of them). */
    public int count(String text) {
        return ctx.fetchCount(ORGANIZATION, listed(text));
    }

    private static Condition listed(String text) {
        Condition c = ORGANIZATION.DELETED_AT.isNull();
        if (text != null && !text.isBlank()) {
            String t = text.strip();
            c = c.and(ContactSearchCondition.nameContains(ORGANIZATION.NAME, t).or(ContactSearchCondition.namedInIndex(ORGANIZATION.ID, "organization", t))
                    .or(ORGANIZATION.INDUSTRY.containsIgnoreCase(t))
                    .or(ORGANIZATION.WEBSITE.containsIgnoreCase(t)));
        }
        return c;
    }

    /** Live organizations by name with their contact and open-deal counts, optionally matching a text. */
    public List<OrganizationSummary> list(String text, int limit) {
        Condition c = listed(text);
        Field<Integer> contacts = DSL.field(DSL.selectCount().from(CONTACT).where(CONTACT.ORGANIZATION_ID.eq(ORGANIZATION.ID))
                .and(CONTACT.DELETED_AT.isNull()));
        // A deal's organization is its own, else its contact's (a deal an import kept without a contact has only its own).
        Field<Integer> ofContacts = DSL.field(DSL.selectCount().from(DEAL).join(CONTACT).on(CONTACT.ID.eq(DEAL.CONTACT_ID))
                .where(CONTACT.ORGANIZATION_ID.eq(ORGANIZATION.ID)).and(DEAL.ORGANIZATION_ID.isNull()).and(DEAL.DELETED_AT.isNull())
                .and(DEAL.STAGE.notIn(Stage.WON.key(), Stage.LOST.key())));
        Field<Integer> ownDeals = DSL.field(DSL.selectCount().from(DEAL)
                .where(DEAL.ORGANIZATION_ID.eq(ORGANIZATION.ID)).and(DEAL.DELETED_AT.isNull())
                .and(DEAL.STAGE.notIn(Stage.WON.key(), Stage.LOST.key())));
        Field<Integer> open = ofContacts.plus(ownDeals);
        return ctx.select(ORGANIZATION.ID, ORGANIZATION.NAME, ORGANIZATION.WEBSITE, ORGANIZATION.INDUSTRY, ORGANIZATION.COMPANY_SIZE,
                        contacts, open)
                .from(ORGANIZATION)
                .where(c)
                .orderBy(ORGANIZATION.NAME.collate("NOCASE"), ORGANIZATION.ID)
                .limit(limit)
                .fetch(r -> new OrganizationSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? 0 : r.value6(), r.value7() == null ? 0 : r.value7()));
    }

    /**
     * Moves an organization to the trash; its live contacts stay, without an organization (each a
     * recorded change of its own, so undo and restore put them back).
     *
     * @return how many contacts were in it, or -1 when there is no such live organization
     */
    public int delete(UUID id) {
        OrganizationRecord r = ctx.selectFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(id).and(ORGANIZATION.DELETED_AT.isNull())).fetchOne();
        if (r == null) {
            return -1;
        }
        int contacts = moveContacts(id, null);
        owner.changes().delete(r);
        return contacts;
    }

    /**
     * Merges organization {@code other} into {@code keep}: the live contacts and deals of the other
     * become the kept one's, and the other goes to the trash — each a recorded change, so undo takes
     * the merge back whole.
     *
     * @return how many contacts and how many deals moved, null when {@code other} is not a live organization
     */
    public int[] mergeInto(UUID other, UUID keep) {
        OrganizationRecord gone = ctx.selectFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(other).and(ORGANIZATION.DELETED_AT.isNull())).fetchOne();
        if (gone == null) {
            return null;
        }
        int contacts = moveContacts(other, keep);
        int deals = 0;
        for (var d : ctx.selectFrom(DEAL).where(DEAL.ORGANIZATION_ID.eq(other).and(DEAL.DELETED_AT.isNull())).fetch()) {
            d.setOrganizationId(keep);
            deals += owner.changes().update(d) ? 1 : 0;
        }
        owner.changes().delete(gone);
        return new int[] {contacts, deals};
    }

    /** Gives the live contacts of organization {@code from} the organization {@code to} (null: none), each a recorded change; how many. */
    private int moveContacts(UUID from, UUID to) {
        int moved = 0;
        for (ContactRecord c : ctx.selectFrom(CONTACT).where(CONTACT.ORGANIZATION_ID.eq(from).and(CONTACT.DELETED_AT.isNull())).fetch()) {
            c.setOrganizationId(to);
            moved += owner.changes().update(c) ? 1 : 0;
        }
        return moved;
    }

    /** Takes an organization out of the trash; false when it is not in it. */
    public boolean restore(UUID id) {
        OrganizationRecord r = ctx.selectFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(id).and(ORGANIZATION.DELETED_AT.isNotNull())).fetchOne();
        if (r == null) {
            return false;
        }
        r.setDeletedAt(null);
        return owner.changes().update(r);
    }

    /** Puts a live contact back in an organization (after the organization is restored). */
    public boolean rejoin(UUID contact, UUID organization) {
        ContactRecord c = ctx.selectFrom(CONTACT).where(CONTACT.ID.eq(contact).and(CONTACT.DELETED_AT.isNull())
                .and(CONTACT.ORGANIZATION_ID.isNull())).fetchOne();
        if (c == null) {
            return false;
        }
        c.setOrganizationId(organization);
        return owner.changes().update(c);
    }

    /** Organizations in the trash since {@code since}, most recently deleted first. */
    public List<com.funnelboard.domain.TrashEntry> deletedSince(java.time.Instant since) {
        return ctx.select(ORGANIZATION.ID, ORGANIZATION.NAME, ORGANIZATION.DELETED_AT).from(ORGANIZATION)
                .where(TrashWindow.deletedSince(ORGANIZATION, ORGANIZATION.ID, ORGANIZATION.DELETED_AT, since)).orderBy(ORGANIZATION.DELETED_AT.desc())
                .fetch(r -> new com.funnelboard.domain.TrashEntry(com.funnelboard.domain.TrashEntry.Kind.ORGANIZATION, r.value1(),
                        r.value2(), r.value3()));
    }

    public List<UUID> idsStartingWith(String prefix, int limit) {
        return IdPrefix.matching(ctx, ORGANIZATION, ORGANIZATION.ID, ORGANIZATION.DELETED_AT, prefix, limit);
    }

    /**
     * Every live organization's id and name, the oldest first, while there are at most {@code limit}
     * of them; null when there are more.
     */
    public java.util.List<java.util.Map.Entry<UUID, String>> allNames(int limit) {
        java.util.List<java.util.Map.Entry<UUID, String>> out = new java.util.ArrayList<>();
        ctx.select(ORGANIZATION.ID, ORGANIZATION.NAME).from(ORGANIZATION).where(ORGANIZATION.DELETED_AT.isNull())
                .orderBy(ORGANIZATION.CREATED_AT, ORGANIZATION.ID).limit(limit + 1)
                .forEach(r -> out.add(java.util.Map.entry(r.value1(), r.value2())));
        return out.size() > limit ? null : out;
    }

    /** Whether a live contact is at the organization, or a live deal names it. */
    public boolean holdsAnyone(java.util.UUID id) {
        return ctx.fetchExists(ctx.selectOne().from(CONTACT).where(CONTACT.ORGANIZATION_ID.eq(id).and(CONTACT.DELETED_AT.isNull())))
                || ctx.fetchExists(ctx.selectOne().from(DEAL).where(DEAL.ORGANIZATION_ID.eq(id).and(DEAL.DELETED_AT.isNull())));
    }
}
