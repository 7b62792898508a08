package com.funnelboard.service.importing;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.TimeOrderedIds;
import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.domain.importing.ImportedDeal;
import com.funnelboard.domain.importing.OwnerMatcher;
import com.funnelboard.service.importing.ImportOptions.OnDuplicate;
import com.funnelboard.store.Repositories;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the rows of an import a chunk at a time inside its one transaction: it looks up what the
 * chunk's rows match (organizations by name, contacts by e-mail — or by phone number through the
 * duplicate finder when a row has no e-mail —, deals by external id), then applies the duplicate
 * policy and writes the new rows in batches. Rows written by earlier chunks are found like stored
 * ones, so a file that names one person twice holds one contact.
 */
final class ImportChunk {

    private final Repositories r;
    /** The rows whose contact is in the trash here: neither they nor their deal are imported. */
    private final Set<Long> trashedPeople = new HashSet<>();
    private final OnDuplicate policy;
    private final DuplicateFinder finder;
    private final String author;
    private final ImportTally tally;
    /** How a row's deal is made, with its owner among the people known here (read once per chunk) and its days. */
    private final ImportedDealTimes dealTimes;
    /** What a row adds to a contact stored or made before it. */
    private final ContactUpdates updates;

    /** The stored contacts by number and name, read at the first row that needs them. */
    private PeopleByNumber phones;
    /** Keys of the new rows, in the order they are made: they land side by side in the key indexes. */
    private final TimeOrderedIds ids;
    /** The organizations the rows name: found, made or filled in. */
    private final ImportOrganizations organizations;

    /** Whether stored contacts without an e-mail or phone are looked for by name at a row's organization (see {@link #matchPeopleWithoutReach}). */
    private boolean lookForPeopleWithoutReach;

    /**
     * From now on, a row whose e-mail or phone matches nobody is the stored contact of its name at its
     * organization who has neither (a deals export named the person only by name; this file of people
     * gives the address, which the update adds), when the database holds any such contact. Not for an
     * import that builds the contacts' indexes at its end: it may not read contacts by organization.
     */
    void matchPeopleWithoutReach() {
        lookForPeopleWithoutReach = r.imports().anyContactWithoutReach();
    }

    ImportChunk(Repositories r, OnDuplicate policy, DuplicateFinder finder, String author, ZoneId zone, Instant now, ImportTally tally) {
        this.r = r;
        this.dealTimes = new ImportedDealTimes(zone, now, new OwnerMatcher(r.imports().people()));
        this.policy = policy;
        this.finder = finder;
        this.updates = new ContactUpdates(finder);
        this.author = author;
        this.tally = tally;
        this.ids = new TimeOrderedIds(now);
        this.organizations = new ImportOrganizations(r, policy, tally, ids);
    }

    void write(List<ImportRow> rows) {
        rows.forEach(row -> row.notices().forEach(tally::leftOut));
        List<ImportRow> all = withCompanions(rows);
        Map<Long, UUID> orgOfRow = organizations.of(all);
        Map<Long, UUID> contactOfRow = contacts(all, orgOfRow);
        deals(rows, orgOfRow, contactOfRow);
    }

    /**
     * The rows, and after them a row of its own for each other person a row names beside its contact
     * (with the row's organization, without its deal), found and de-duplicated as any contact is. Such a
     * row is keyed below zero, so that it never takes the place of its row's contact or organization.
     */
    static List<ImportRow> withCompanions(List<ImportRow> rows) {
        if (rows.stream().allMatch(r -> r.companions().isEmpty())) {
            return rows;
        }
        List<ImportRow> all = new ArrayList<>(rows);
        for (ImportRow row : rows) {
            for (int i = 0; i < row.companions().size() && i < MAX_COMPANIONS; i++) {
                all.add(new ImportRow(-(row.row() * MAX_COMPANIONS + i + 1), row.companions().get(i), row.organization(), null, List.of()));
            }
        }
        return all;
    }

    /** The most other people of one row that become contacts (a cell of a handful; more would be a list, not a deal's people). */
    static final int MAX_COMPANIONS = 20;

    private Map<Long, UUID> contacts(List<ImportRow> rows, Map<Long, UUID> orgOfRow) {
        Set<String> emails = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.contact() != null) {
                row.contact().emails().forEach(e -> {
                    emails.add(key(e));
                    emails.add(e.strip()); // as written, for the same reason as an organization's name
                });
            }
        }
        Map<String, List<com.funnelboard.store.ImportRepository.Holder>> holders = r.imports().contactsHoldingEmails(emails);
        Map<String, UUID> byEmail = new HashMap<>();
        holders.forEach((e, hs) -> byEmail.put(e, hs.getLast().id())); // the oldest holder, as one to an address gave
        // An office's address several people share (info@) is a person's only with their name.
        Set<String> offices = emails.stream().filter(com.funnelboard.domain.importing.RoleAddresses::is).collect(java.util.stream.Collectors.toSet());
        Map<String, UUID> byOfficeAndName = new HashMap<>(r.imports().contactsByEmailAndName(offices));
        Map<UUID, UUID> byId = r.imports().contactsById(rows.stream().map(ImportRow::contact).filter(p -> p != null && p.id() != null)
                .map(ImportRow.Person::id).collect(java.util.stream.Collectors.toSet()));
        // The people of the file's ids who are gone from here: deleted by someone (the row is not imported again), or taken away
        // by an undo (found by name, as a row without an id: each import of the file made a new copy of them).
        Set<UUID> gone = new HashSet<>();
        byId.forEach((id, live) -> {
            if (live == null) {
                gone.add(id);
            }
        });
        Set<UUID> deletedHere = policy == OnDuplicate.CREATE ? Set.of() : r.imports().contactsDeletedByHand(gone);
        NamedPeople named = policy == OnDuplicate.CREATE ? null : new NamedPeople(r.imports(), rows, orgOfRow, lookForPeopleWithoutReach);
        Map<UUID, ContactProfile> created = new LinkedHashMap<>();
        Map<Long, UUID> out = new HashMap<>();
        for (ImportRow row : rows) {
            ImportRow.Person p = row.contact();
            if (p == null) {
                continue;
            }
            if (p.id() != null && deletedHere.contains(p.id())) {
                // Deleted here (or merged into someone deleted since), as a deal in the trash: the row is not imported again. A new
                // copy of the person was made at each import of the same file, their deal moved to the newest.
                tally.contacts.skipped++;
                trashedPeople.add(row.row());
                tally.leftOut(new ImportRow.Problem(row.row(), null, "the contact \u201C" + p.name() + "\u201D (id " + p.id()
                        + ") is in the trash here: the row is not imported again; restore them from the Trash to have the file update them",
                        true));
                continue;
            }
            UUID org = orgOfRow.get(row.row());
            UUID match = null;
            if (p.id() != null && policy != OnDuplicate.CREATE) {
                // The person of that id (a Funnelboard export's): here, or made by an earlier row of this chunk.
                match = created.containsKey(p.id()) ? p.id() : byId.get(p.id());
            }
            if (match == null && policy != OnDuplicate.CREATE) {
                for (String e : p.emails()) {
                    if (match == null && com.funnelboard.domain.importing.RoleAddresses.is(e)) {
                        // A role address that is all the row has for a name (an accounts file's info@ of a group's companies) is
                        // one contact per organization: the second company's number went onto the first one's contact.
                        match = byOfficeAndName.get(office(e, p.name(), nameless(p, e) ? org : null));
                    } else if (match == null) {
                        match = byEmail.get(key(e));
                    }
                }
                if (match != null) {
                    match = AddressHolders.holderOf(p, holders, match);
                }
                if (match == null && !p.phones().isEmpty()) {
                    // By number and name: a person whose file now gives an address too (HubSpot's next export) is still them.
                    for (String ph : p.phones()) {
                        match = match != null ? match : phones().find(finder.phoneKey(ph), p.name(), !p.emails().isEmpty());
                    }
                }
                if (match == null && (p.id() == null || gone.contains(p.id()))) {
                    // By name only without an id: two people of one name whose ids differ are two people.
                    match = named.find(row, org);
                }
            }
            ImportRow.Profile more = p.profile();
            // A new person keeps the id the file gives when no contact has it here (a fresh database's import of an export).
            UUID id = p.id() != null && !byId.containsKey(p.id()) && !created.containsKey(p.id()) ? p.id() : ids.get();
            ContactProfile fromRow = finder.eachNumberOnce(new ContactProfile(id, org, p.name(), p.title(), p.emails(), p.phones(),
                    more.channel(), more.industry(), more.companySize(), more.persona(), more.painPoints(), p.source(), p.tags(), p.notes(), null));
            if (match == null) {
                created.put(fromRow.id(), fromRow);
                if (named != null) {
                    named.made(p, org, fromRow.id());
                }
                p.emails().forEach(e -> byEmail.put(key(e), fromRow.id()));
                p.emails().forEach(e -> byOfficeAndName.put(office(e, p.name(), null), fromRow.id()));
                if (org != null) {
                    p.emails().forEach(e -> byOfficeAndName.put(office(e, p.name(), org), fromRow.id()));
                }
                if (phones != null && p.emails().isEmpty()) {
                    p.phones().forEach(ph -> phones.made(finder.phoneKey(ph), p.name(), fromRow.id()));
                }
                tally.contacts.created++;
                out.put(row.row(), fromRow.id());
                continue;
            }
            out.put(row.row(), match);
            ContactProfile before = created.containsKey(match) ? created.get(match) : null;
            if (policy == OnDuplicate.SKIP) {
                tally.contacts.skipped++;
            } else if (before != null) {
                // A person an earlier row of this import made (a deals file names its contact on each of their deals): still one
                // contact created, not one more updated per row ("1 created, 2 updated" for one person on three deals).
                created.put(match, updates.merged(before, fromRow));
            } else {
                ContactProfile stored = r.contactProfiles().find(match).orElse(null);
                ContactProfile after = stored == null ? null : policy == OnDuplicate.REPLACE ? updates.replaced(stored, fromRow) : updates.merged(stored, fromRow);
                if (stored != null && policy != OnDuplicate.REPLACE) {
                    tally.keptStored(stored, fromRow);
                }
                if (after != null && !after.equals(stored)) {
                    r.contactProfiles().update(after);
                    UUID same = match;
                    after.emails().forEach(e -> byEmail.put(key(e), same));
                    after.emails().forEach(e -> byOfficeAndName.put(office(e, after.name(), null), same));
                    tally.contacts.updated++;
                } else {
                    tally.contacts.skipped++;
                }
            }
        }
        r.contactProfiles().insertAll(created.values());
        return out;
    }

    private void deals(List<ImportRow> rows, Map<Long, UUID> orgOfRow, Map<Long, UUID> contactOfRow) {
        Set<String> keys = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.deal() != null && row.deal().externalKey() != null) {
                keys.add(row.deal().externalKey());
            }
        }
        Map<String, UUID> byKey = new HashMap<>(r.imports().dealsByExternalKey(keys));
        Set<String> unknown = new HashSet<>(keys);
        unknown.removeAll(byKey.keySet());
        Map<String, String> trashed = policy == OnDuplicate.CREATE ? Map.of() : r.imports().trashedDealsByKey(unknown);
        // Without an external key, a deal already stored with the same title for the same contact (or,
        // with no contact, organization) is the same deal: importing a file again doubles nothing.
        Set<UUID> contacts = new HashSet<>();
        Set<UUID> orgs = new HashSet<>();
        // A deal alone (a sheet of deals with neither contact nor organization): the same title with neither is the same deal.
        Set<String> lone = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.deal() != null && row.deal().externalKey() == null) {
                UUID contact = contactOfRow.get(row.row());
                UUID org = orgOfRow.get(row.row());
                if (contact != null) {
                    contacts.add(contact);
                } else if (org != null) {
                    orgs.add(org);
                } else {
                    lone.add(com.funnelboard.store.ImportRepository.sameDeal(null, null, row.deal().title()));
                }
            }
        }
        Map<String, List<com.funnelboard.store.ImportRepository.StoredDeal>> stored = policy == OnDuplicate.CREATE || contacts.isEmpty() && orgs.isEmpty() && lone.isEmpty() ? Map.of()
                : r.imports().dealsOf(contacts, orgs, lone);
        Map<UUID, com.funnelboard.store.ImportRepository.DealIdentity> byId = policy == OnDuplicate.CREATE ? Map.of()
                : r.imports().dealIdentities(byKey.values());
        Map<UUID, ImportedDeal> created = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            ImportRow.DealPart d = row.deal();
            if (d == null) {
                continue;
            }
            if (trashedPeople.contains(row.row())) {
                tally.deals.skipped++; // its contact is in the trash (said once, of the row)
                continue;
            }
            UUID contact = contactOfRow.get(row.row());
            UUID org = orgOfRow.get(row.row());
            UUID match = policy == OnDuplicate.CREATE ? null : d.externalKey() != null ? byKey.get(d.externalKey())
                    : nextOf(stored, com.funnelboard.store.ImportRepository.sameDeal(contact, org, d.title()), d);
            if (match != null && d.externalKey() != null && !created.containsKey(match) && otherDeal(byId.get(match), d, org, row)) {
                continue;
            }
            if (match == null && d.externalKey() != null && trashed.containsKey(d.externalKey())) {
                // Deleted here: the file does not bring it back as a new deal beside the one in the trash (two of one id after a restore).
                tally.deals.skipped++;
                tally.leftOut(new ImportRow.Problem(row.row(), null, "the deal \u201C" + trashed.get(d.externalKey()) + "\u201D (id "
                        + d.externalKey() + ") is in the trash here: not imported again; restore it from the Trash to have the file update it",
                        true));
                continue;
            }
            ImportedDeal deal = dealTimes.deal(match == null ? ids.get() : match, contact, org, d);
            // A won or lost deal dated after today (an expected close never updated): closed today, as a move would be.
            ImportRow.Problem closedToday = !dealTimes.closesAhead(d) ? null : new ImportRow.Problem(row.row(), null, "a "
                    + d.stage().label().toLowerCase(java.util.Locale.ROOT) + " deal closing on " + d.closedOn() + ", after today: it counts as "
                    + "closed today", true);
            if (closedToday != null && (match == null || created.containsKey(match) && policy != OnDuplicate.SKIP)) {
                tally.leftOut(closedToday);
            }
            if (match == null) {
                created.put(deal.id(), deal);
                tally.takenDeals.add(deal.id()); // a later chunk's row of the same title and person is another deal
                if (d.externalKey() != null) {
                    byKey.put(d.externalKey(), deal.id());
                }
                tally.deals.created++;
                tally.closedUndated += ImportedDealTimes.closedUndated(d) ? 1 : 0;
                if (contact == null) {
                    tally.dealsWithoutContact++; // as `deals list --no-contact` and the board's filter show them: with an organization or not
                }
            } else if (policy == OnDuplicate.SKIP) {
                tally.deals.skipped++;
            } else if (created.containsKey(match)) {
                created.put(match, deal); // the file's later row of a deal it made: one deal created
            } else {
                com.funnelboard.store.ImportRepository.DealUpdate update = r.imports().updateDeal(deal, author, policy == OnDuplicate.REPLACE);
                if (closedToday != null && update.stayedIn() == null) {
                    tally.leftOut(closedToday);
                }
                if (update.stayedIn() != null) {
                    String which = (deal.title() == null || deal.title().isBlank() ? "The deal" : "\u201C" + deal.title() + "\u201D") + " stays in "
                            + update.stayedIn().label();
                    tally.leftOut(new ImportRow.Problem(row.row(), null, d.stage() == com.funnelboard.domain.Stage.LOST && d.lostReason() == null
                            ? which + ": an import moves no deal stored here to Lost without a lost reason; map a column to the lost reason, or"
                                    + " mark it lost on the board or with `funnelboard move --to lost --reason`"
                            : which + ": an import moves no deal stored here to " + d.stage().label() + " past its checklist; move it on the board or "
                                    + "with `funnelboard move`, where the checklist is answered or overridden with a reason", true));
                }
                if (update.changed()) {
                    tally.deals.updated++;
                    tally.closedUndated += ImportedDealTimes.closedUndated(d) && update.stayedIn() == null ? 1 : 0;
                } else {
                    tally.deals.skipped++;
                }
            }
        }
        r.imports().insertDeals(created.values(), author);
    }

    /**
     * The next stored deal of {@code key} no earlier row of this import took: the n-th row of a title for one person is the
     * n-th such deal stored (oldest first), and a row past them is a new deal. Every row took the first, so a file with two
     * yearly subscriptions of one customer, imported again, wrote the lost one over the won one.
     */
    private UUID nextOf(Map<String, List<com.funnelboard.store.ImportRepository.StoredDeal>> stored, String key, ImportRow.DealPart row) {
        List<com.funnelboard.store.ImportRepository.StoredDeal> deals = stored.get(key);
        if (deals == null) {
            return null;
        }
        Instant created = dealTimes.createdOn(row); // the one created when the row says first: rows need not be in the order deals were stored
        for (com.funnelboard.store.ImportRepository.StoredDeal d : deals) {
            if (created != null && created.equals(d.createdAt()) && !tally.takenDeals.contains(d.id())) {
                tally.takenDeals.add(d.id());
                return d.id();
            }
        }
        for (com.funnelboard.store.ImportRepository.StoredDeal d : deals) {
            if (tally.takenDeals.add(d.id())) {
                return d.id();
            }
        }
        return null;
    }

    /**
     * Whether the stored deal a row names by its id is plainly another deal: its title and its
     * organization both differ from the row's. Ids are only another program's numbers, and two
     * programs (or two sheets with an "ID" column) number their deals alike; by the id alone, a
     * sheet from elsewhere overwrote an unrelated deal's title, value and stage. Such a row's deal
     * is left out, and said; a renamed deal of the same organization is still updated.
     */
    private boolean otherDeal(com.funnelboard.store.ImportRepository.DealIdentity stored, ImportRow.DealPart d, UUID org, ImportRow row) {
        if (stored == null || !d.titleGiven() || org == null || stored.organizationId() == null || stored.organizationId().equals(org)
                || stored.title().strip().equalsIgnoreCase(d.title().strip())) {
            return false;
        }
        tally.leftOut(new ImportRow.Problem(row.row(), null, "its id " + d.externalKey() + " is the deal \u201C" + stored.title() + "\u201D of "
                + stored.organizationName() + " here, not \u201C" + d.title() + "\u201D of " + row.organization().name()
                + "; another program's ids can be the same numbers, so this deal was not imported (--on-duplicate create adds it as a new one)")
                .importedWithout());
        tally.deals.skipped++;
        return true;
    }

    private PeopleByNumber phones() {
        if (phones == null) {
            phones = new PeopleByNumber(r.imports(), finder);
        }
        return phones;
    }

    /** Whether the row's person is named by their address {@code e} alone (no name of their own). */
    private static boolean nameless(ImportRow.Person p, String e) {
        return p.name() != null && p.name().strip().equalsIgnoreCase(e.strip());
    }

    /** An office's address with a person's name, at an organization or (null) at any, as the store keys them. */
    private static String office(String email, String name, UUID org) {
        return com.funnelboard.store.ImportRepository.officeKey(email, name, org);
    }

    static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
