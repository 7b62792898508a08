package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.EMAIL_ADDRESS;
import static com.funnelboard.store.jooq.Tables.ORGANIZATION;
import static com.funnelboard.store.jooq.Tables.PHONE_NUMBER;
import static com.funnelboard.store.jooq.Tables.STAGE_CHANGE;

import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.importing.ImportedDeal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What an import reads and writes in bulk, a chunk of rows at a time inside its one transaction:
 * the existing contacts, organizations and deals its rows match (by e-mail, name, external id —
 * rows the import itself wrote earlier in the transaction included), and its new organizations,
 * deals and their stage history, recorded through the change recorder like every write.
 */
public final class ImportRepository {

    private final DSLContext ctx;
    private final Repositories owner;
    private final ImportWrites writes;

    ImportRepository(DSLContext ctx, Repositories owner) {
        this.ctx = ctx;
        this.owner = owner;
        this.writes = new ImportWrites(ctx, owner);
    }

    /**
     * Gives this transaction's connection a page cache large enough for a bulk import (1 GB rather
     * than SQLite's 2 MB) until the transaction ends. New rows land at random places in the key and
     * e-mail indexes; with the small cache nearly every insert reads pages back from the journal.
     */
    public void largeCache() {
        owner.changes().largeCache();
    }

    /**
     * Writes the search documents of the contacts, organizations and deals this transaction adds
     * from now on at its end, all at once, rather than a batch at a time (see the change
     * recorder): an import's documents are found once it has committed, like its rows.
     */
    public void deferSearch() {
        owner.changes().deferSearch();
    }

    /** Writes the search documents held back since {@link #deferSearch} now (else the commit does). */
    public void writeDeferredSearch() {
        owner.changes().writeDeferredSearch();
    }

    /**
     * The contacts' indexes by name, e-mail column and organization, which an import neither reads
     * nor needs for its foreign key checks, are built once when it ends rather than row by row (see
     * the change recorder): for an import that adds more contacts than are stored.
     */
    public void buildContactIndexesAtTheEnd() {
        owner.changes().holdBackIndexes("contact", CONTACT_INDEXES);
    }

    private static final List<String> CONTACT_INDEXES = List.of("contact_name", "contact_email", "contact_organization");

    /** How many contacts are stored, deleted ones included. */
    public long contactCount() {
        return ctx.fetchCount(CONTACT);
    }

    /**
     * Live contacts by e-mail address (in Java's lower case), the oldest contact for an address shared
     * by several. SQLite compares ignoring the case of ASCII letters only, so ask for an address as
     * written as well as in lower case.
     */
    public Map<String, UUID> contactsByEmail(Collection<String> emails) {
        return byAddress(emails, "e.contact_id", "", EMAIL_ADDRESS.CONTACT_ID);
    }

    /** A live contact holding an address, with its name (see {@link #contactsHoldingEmails}). */
    public record Holder(UUID id, String name) {}

    /** See {@link ImportLookups#contactsHoldingEmails}. */
    public Map<String, java.util.List<Holder>> contactsHoldingEmails(Collection<String> emails) {
        return ImportLookups.contactsHoldingEmails(ctx, emails);
    }

    /**
     * The organization of the live contact each address belongs to, by address in lower case and the
     * organization's name in lower case; addresses of contacts with no organization are absent.
     */
    public Map<String, String> organizationNamesByEmail(Collection<String> emails) {
        Map<String, String> out = byAddress(emails, "o.name", "JOIN organization o ON o.id = c.organization_id AND o.deleted_at IS NULL ",
                ORGANIZATION.NAME);
        out.replaceAll((address, name) -> name.strip().toLowerCase(Locale.ROOT));
        return out;
    }

    /**
     * What {@code selected} gives for each of the addresses (in any case) of live, unmerged contacts,
     * keyed by the address in lower case. One statement whatever the number of addresses (a list of
     * 2,000 parameters is prepared anew each chunk).
     */
    private <T> Map<String, T> byAddress(Collection<String> emails, String selected, String joined, org.jooq.Field<T> type) {
        Map<String, T> out = new HashMap<>();
        if (emails.isEmpty()) {
            return out;
        }
        ctx.resultQuery("SELECT e.email, " + selected + " FROM email_address e JOIN contact c ON c.id = e.contact_id " + joined
                + "WHERE e.email COLLATE NOCASE IN (SELECT value FROM json_each(?)) AND e.deleted_at IS NULL AND c.deleted_at IS NULL "
                + "AND c.merged_into IS NULL ORDER BY c.created_at DESC", jsonArray(emails))
                .coerce(EMAIL_ADDRESS.EMAIL, type)
                .forEach(r -> out.put(r.value1().toLowerCase(Locale.ROOT), r.value2()));
        return out;
    }

    /** See {@link ImportLookups#contactsByEmailAndName}: keyed by {@link #officeKey}. */
    public Map<String, UUID> contactsByEmailAndName(Collection<String> emails) {
        return ImportLookups.contactsByEmailAndName(ctx, emails);
    }

    /** The key of an office's address with a person's name, at an organization or (null) at any, as the map above keys them. */
    public static String officeKey(String email, String name, UUID org) {
        return ImportLookups.officeKey(email, name, org);
    }

    private static String jsonArray(Collection<String> values) {
        return Json.mapper().writeValueAsString(values);
    }


    /** Every live phone number of a live contact, as (contact, name, number, whether it has an e-mail address); for matching by normalized number and name. */
    public void eachPhone(ContactPhone sink) {
        ctx.select(PHONE_NUMBER.CONTACT_ID, CONTACT.NAME, PHONE_NUMBER.PHONE, CONTACT.EMAIL.isNotNull()).from(PHONE_NUMBER)
                .join(CONTACT).on(CONTACT.ID.eq(PHONE_NUMBER.CONTACT_ID))
                .where(PHONE_NUMBER.DELETED_AT.isNull().and(CONTACT.DELETED_AT.isNull()).and(CONTACT.MERGED_INTO.isNull()))
                .orderBy(CONTACT.CREATED_AT.desc())
                .forEach(r -> sink.accept(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4())));
    }

    /** What {@link #eachPhone} gives for each number: its contact, the contact's name, the number, whether the contact has an e-mail address. */
    public interface ContactPhone {
        void accept(UUID contact, String name, String phone, boolean hasEmail);
    }

    /** What {@link #contactsOfDeals} gives for each deal's contact: its name, the key the deal was asked by, its id. */
    public interface DealContact {
        void accept(String name, String dealKey, UUID contact);
    }

    /** What {@link #contactsAt} gives for each contact. */
    public interface NamedContact {
        void accept(String name, UUID organization, UUID contact);
    }

    /** The live contacts of these organizations (name, organization, id), newest first. */
    public void contactsAt(Collection<UUID> organizations, NamedContact sink) {
        ctx.select(CONTACT.NAME, CONTACT.ORGANIZATION_ID, CONTACT.ID).from(CONTACT)
                .where(CONTACT.ORGANIZATION_ID.in(organizations).and(CONTACT.DELETED_AT.isNull()).and(CONTACT.MERGED_INTO.isNull()))
                .orderBy(CONTACT.CREATED_AT.desc())
                .forEach(r -> sink.accept(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Whether a live contact has neither an e-mail address nor a phone number: a person a deals
     * export named only by name, whom a later file of people may name with an address.
     */
    public boolean anyContactWithoutReach() {
        return ctx.fetchExists(org.jooq.impl.DSL.selectOne().from(CONTACT).where(CONTACT.DELETED_AT.isNull()
                .and(CONTACT.MERGED_INTO.isNull()).and(withoutReach())));
    }

    /** The live contacts of these organizations with neither an e-mail address nor a phone number (name, organization, id). */
    public void contactsWithoutReachAt(Collection<UUID> organizations, NamedContact sink) {
        ctx.select(CONTACT.NAME, CONTACT.ORGANIZATION_ID, CONTACT.ID).from(CONTACT)
                .where(CONTACT.ORGANIZATION_ID.in(organizations).and(CONTACT.DELETED_AT.isNull()).and(CONTACT.MERGED_INTO.isNull())
                        .and(withoutReach()))
                .orderBy(CONTACT.CREATED_AT.desc())
                .forEach(r -> sink.accept(r.value1(), r.value2(), r.value3()));
    }

    private static org.jooq.Condition withoutReach() {
        return org.jooq.impl.DSL.notExists(org.jooq.impl.DSL.selectOne().from(EMAIL_ADDRESS).where(EMAIL_ADDRESS.CONTACT_ID.eq(CONTACT.ID)
                .and(EMAIL_ADDRESS.DELETED_AT.isNull())))
                .and(org.jooq.impl.DSL.notExists(org.jooq.impl.DSL.selectOne().from(PHONE_NUMBER).where(PHONE_NUMBER.CONTACT_ID.eq(CONTACT.ID)
                        .and(PHONE_NUMBER.DELETED_AT.isNull()))));
    }

    /**
     * Live organizations by name (in Java's lower case), the oldest for a name shared by several. As
     * for e-mail addresses, ask for a name as written as well as in lower case.
     */
    public Map<String, UUID> organizationsByName(Collection<String> names) {
        Map<String, UUID> out = new HashMap<>();
        if (names.isEmpty()) {
            return out;
        }
        ctx.resultQuery("SELECT name, id FROM organization WHERE name COLLATE NOCASE IN (SELECT value FROM json_each(?)) "
                + "AND deleted_at IS NULL ORDER BY created_at DESC", jsonArray(names))
                .coerce(ORGANIZATION.NAME, ORGANIZATION.ID)
                .forEach(r -> out.put(r.value1().toLowerCase(Locale.ROOT), r.value2()));
        return out;
    }

    /**
     * The contacts of the live deals these keys name (by the id another program gave them, or by a
     * deal's own id), as (contact's name, the key, contact's id): the person a deals export names
     * only by name is its deal's contact, whether or not it belongs to an organization.
     */
    public void contactsOfDeals(Collection<String> keys, DealContact sink) {
        if (keys.isEmpty()) {
            return;
        }
        List<UUID> ids = new ArrayList<>();
        for (String k : keys) {
            if (k.length() == 36) {
                try {
                    ids.add(UUID.fromString(k));
                } catch (IllegalArgumentException e) {
                    // not an id of ours: only the external key can name it
                }
            }
        }
        ctx.select(DEAL.EXTERNAL_KEY, DEAL.ID, CONTACT.NAME, CONTACT.ID).from(DEAL).join(CONTACT).on(CONTACT.ID.eq(DEAL.CONTACT_ID))
                .where(DEAL.EXTERNAL_KEY.in(keys).or(DEAL.ID.in(ids)).and(DEAL.DELETED_AT.isNull()).and(CONTACT.DELETED_AT.isNull())
                        .and(CONTACT.MERGED_INTO.isNull()))
                .forEach(r -> {
                    if (r.value1() != null) {
                        sink.accept(r.value3(), r.value1(), r.value4());
                    }
                    sink.accept(r.value3(), r.value2().toString(), r.value4());
                });
    }

    /**
     * The live contacts of these names (asked as written and in lower case, as organizations are),
     * keyed by the name in Java's lower case; a name that several contacts share maps to null.
     */
    public Map<String, UUID> contactsNamedOnce(Collection<String> names) {
        Map<String, UUID> out = new HashMap<>();
        if (names.isEmpty()) {
            return out;
        }
        ctx.resultQuery("SELECT name, id FROM contact WHERE name COLLATE NOCASE IN (SELECT value FROM json_each(?)) "
                + "AND deleted_at IS NULL AND merged_into IS NULL", jsonArray(names))
                .coerce(CONTACT.NAME, CONTACT.ID)
                .forEach(r -> {
                    String k = r.value1().toLowerCase(Locale.ROOT);
                    out.put(k, out.containsKey(k) ? null : r.value2());
                });
        return out;
    }

    /** See {@link ImportLookups#contactsById}. */
    public Map<UUID, UUID> contactsById(Collection<UUID> ids) {
        return ImportLookups.contactsById(ctx, ids);
    }

    /** A stored deal as a row that names it by its id is checked against: its title and organization (its own, or its contact's). */
    public record DealIdentity(String title, UUID organizationId, String organizationName) {}

    /** The title and organization of each of the live deals {@code ids}. */
    public Map<UUID, DealIdentity> dealIdentities(Collection<UUID> ids) {
        Map<UUID, DealIdentity> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        ctx.fetch("SELECT d.id, d.title, o.id, o.name FROM deal d LEFT JOIN contact c ON c.id = d.contact_id "
                + "LEFT JOIN organization o ON o.id = coalesce(d.organization_id, c.organization_id) "
                + "WHERE d.id IN (SELECT value FROM json_each(?)) AND d.deleted_at IS NULL", jsonArray(ids.stream().map(UUID::toString).toList()))
                .forEach(r -> out.put(UUID.fromString(r.get(0, String.class)), new DealIdentity(r.get(1, String.class),
                        r.get(2, String.class) == null ? null : UUID.fromString(r.get(2, String.class)), r.get(3, String.class))));
        return out;
    }

    public Map<String, UUID> dealsByExternalKey(Collection<String> keys) {
        Map<String, UUID> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        ctx.select(DEAL.EXTERNAL_KEY, DEAL.ID).from(DEAL)
                .where(DEAL.EXTERNAL_KEY.in(keys).and(DEAL.DELETED_AT.isNull()))
                .orderBy(DEAL.CREATED_AT.desc())
                .forEach(r -> out.put(r.value1(), r.value2()));
        // A key that is a deal's own id (Funnelboard's deals export read back into the same database) is that deal.
        List<UUID> ids = new ArrayList<>();
        for (String k : keys) {
            if (k.length() == 36 && !out.containsKey(k)) {
                try {
                    ids.add(UUID.fromString(k));
                } catch (IllegalArgumentException e) {
                    // not an id of ours: only the external key can match it
                }
            }
        }
        if (!ids.isEmpty()) {
            ctx.select(DEAL.ID).from(DEAL).where(DEAL.ID.in(ids).and(DEAL.DELETED_AT.isNull()))
                    .forEach(r -> out.putIfAbsent(r.value1().toString(), r.value1()));
        }
        return out;
    }

    /** See {@link ImportLookups#contactsDeletedByHand}. */
    public java.util.Set<UUID> contactsDeletedByHand(Collection<UUID> ids) {
        return ImportLookups.contactsDeletedByHand(ctx, ids);
    }

    /** See {@link ImportLookups#trashedDealsByKey}. */
    public Map<String, String> trashedDealsByKey(Collection<String> keys) {
        return ImportLookups.trashedDealsByKey(ctx, keys);
    }

    /**
     * The deals already stored of these contacts (and, for deals with no contact, of these
     * organizations), keyed by {@link #sameDeal}: what a second import of the same file finds again.
     */
    /** A stored deal of a title and person, with when it was created (the file's date, for an imported one). */
    public record StoredDeal(UUID id, java.time.Instant createdAt) {}

    public Map<String, List<StoredDeal>> dealsOf(Collection<UUID> contacts, Collection<UUID> organizations) {
        return dealsOf(contacts, organizations, java.util.Set.of());
    }

    /**
     * As {@link #dealsOf(Collection, Collection)}, and the live deals with neither contact nor
     * organization whose title is one of {@code loneTitles} (in any case): a sheet of deals alone,
     * imported again, finds them by title. Every deal of a key, oldest first: a file may hold several
     * deals of one title for one person (a subscription sold every year), each matched to its own.
     */
    public Map<String, List<StoredDeal>> dealsOf(Collection<UUID> contacts, Collection<UUID> organizations, java.util.Set<String> loneTitles) {
        Map<String, List<StoredDeal>> out = new HashMap<>();
        if (!loneTitles.isEmpty()) {
            ctx.select(DEAL.ID, DEAL.TITLE, DEAL.CREATED_AT).from(DEAL).where(DEAL.CONTACT_ID.isNull().and(DEAL.ORGANIZATION_ID.isNull()).and(DEAL.DELETED_AT.isNull()))
                    .orderBy(DEAL.CREATED_AT, DEAL.ID)
                    .forEach(r -> {
                        String key = sameDeal(null, null, r.value2());
                        if (loneTitles.contains(key)) {
                            out.computeIfAbsent(key, k -> new ArrayList<>()).add(new StoredDeal(r.value1(), r.value3()));
                        }
                    });
        }
        if (!contacts.isEmpty()) {
            ctx.select(DEAL.ID, DEAL.CONTACT_ID, DEAL.TITLE, DEAL.CREATED_AT).from(DEAL).where(DEAL.CONTACT_ID.in(contacts).and(DEAL.DELETED_AT.isNull()))
                    .orderBy(DEAL.CREATED_AT, DEAL.ID)
                    .forEach(r -> out.computeIfAbsent(sameDeal(r.value2(), null, r.value3()), k -> new ArrayList<>())
                            .add(new StoredDeal(r.value1(), r.value4())));
        }
        if (!organizations.isEmpty()) {
            ctx.select(DEAL.ID, DEAL.ORGANIZATION_ID, DEAL.TITLE, DEAL.CREATED_AT).from(DEAL)
                    .where(DEAL.CONTACT_ID.isNull().and(DEAL.ORGANIZATION_ID.in(organizations)).and(DEAL.DELETED_AT.isNull()))
                    .orderBy(DEAL.CREATED_AT, DEAL.ID)
                    .forEach(r -> out.computeIfAbsent(sameDeal(null, r.value2(), r.value3()), k -> new ArrayList<>())
                            .add(new StoredDeal(r.value1(), r.value4())));
        }
        return out;
    }

    /** A deal's identity without an external key: its contact (else its organization) and its title, in any case. */
    public static String sameDeal(UUID contact, UUID organization, String title) {
        return (contact != null ? "c" + contact : "o" + organization) + "|" + title.strip().toLowerCase(Locale.ROOT);
    }

    public void insertOrganizations(Collection<OrganizationProfile> orgs) {
        writes.insertOrganizations(orgs);
    }

    /** New deals with their first history row each, marked imported: they reached their stage elsewhere. */
    public void insertDeals(Collection<ImportedDeal> deals, String author) {
        writes.insertDeals(deals, author);
    }

    /**
     * Writes an imported deal over the live deal {@code d.id()} (a re-import by external id); a new
     * stage gets an imported history row, but a move that would pass a checklist is not made. The row's notes are added to
     * the deal's (unless they hold them already), or with {@code replace} (the import's "replacing theirs") take their place.
     */
    public DealUpdate updateDeal(ImportedDeal d, String author, boolean replace) {
        return writes.updateDeal(d, author, replace);
    }

    /**
     * The people this database knows, by e-mail: the team's directory of names (the shared settings
     * {@code person.<email>}) and whoever uses this installation. An import matches owner names to them.
     */
    public Map<String, String> people() {
        Map<String, String> out = new HashMap<>();
        owner.settings().startingWith(SettingsRepository.PERSON).forEach((k, v) -> out.put(k.substring(SettingsRepository.PERSON.length()), v));
        owner.local().identity().ifPresent(p -> out.put(com.funnelboard.domain.Person.normalEmail(p.email()), p.name()));
        return out;
    }

    /**
     * What a re-import did to a stored deal.
     *
     * @param changed whether anything changed (false when the deal is gone)
     * @param stayedIn the stage the deal stayed in where the file gave one it could reach only through a checklist; null otherwise
     */
    public record DealUpdate(boolean changed, Stage stayedIn) {}

    /** Whether a stage change was written by an import. */
    public boolean imported(StageChange c) {
        return ctx.fetchExists(STAGE_CHANGE, STAGE_CHANGE.ID.eq(c.id()).and(STAGE_CHANGE.IMPORTED.eq(1L)));
    }
}
