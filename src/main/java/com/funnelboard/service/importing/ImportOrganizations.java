package com.funnelboard.service.importing;

import com.funnelboard.domain.OrganizationNames;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.TimeOrderedIds;
import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.service.importing.ImportOptions.OnDuplicate;
import com.funnelboard.store.Repositories;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The organizations an import's rows name, by name: the stored one (updated or left as it is, as the
 * duplicate policy says), one this import made already, or a new one; a later row naming one this
 * import made fills what it left empty.
 */
final class ImportOrganizations {

    private final Repositories r;
    private final OnDuplicate policy;
    private final ImportTally tally;
    private final TimeOrderedIds ids;
    /** The organizations this import created (a later chunk naming one again uses it, whatever the policy). */
    private final Set<UUID> createdOrganizations = new HashSet<>();
    /**
     * The same by name (any spelling: {@link OrganizationNames.Index}), up to {@link #CREATED_NAMES}:
     * a later chunk naming one uses it without asking the database (a file of a million rows names
     * the same companies over and over).
     */
    private final OrganizationNames.Index<UUID> createdByName = new OrganizationNames.Index<>();

    static final int CREATED_NAMES = 200_000;

    /**
     * The stored organizations by any spelling of their names, read once at the first row naming one
     * (while the database holds at most {@link #CREATED_NAMES}), so that "Acme, Inc." finds the stored
     * "ACME Inc" and "Acme" the one Acme. Null before, and for good where there are more or this
     * import made that many: then each chunk asks for its names as written (any case).
     */
    private OrganizationNames.Index<UUID> stored;
    private boolean askEachChunk;

    ImportOrganizations(Repositories r, OnDuplicate policy, ImportTally tally, TimeOrderedIds ids) {
        this.r = r;
        this.policy = policy;
        this.tally = tally;
        this.ids = ids;
    }

    /** The organization of each row that names one (by the row's number). */
    Map<Long, UUID> of(List<ImportRow> rows) {
        Set<String> names = new HashSet<>();
        boolean any = false;
        for (ImportRow row : rows) {
            if (row.organization() != null) {
                any = true;
                String name = row.organization().name().strip();
                if (createdByName.find(keyOf(name)) == null) {
                    // SQLite's NOCASE folds ASCII letters only: "Örebro" is not "örebro" to it, so the
                    // name is asked for as written too, and the answer keyed in Java's lower case.
                    names.add(ImportChunk.key(name));
                    names.add(name);
                    names.add(keyOf(name).base());
                }
            }
        }
        Map<Long, UUID> out = new HashMap<>();
        if (!any) {
            return out;
        }
        Set<Long> elsewhere = contactsAtAnotherOrganization(rows);
        OrganizationNames.Index<UUID> storedNow = stored(names);
        Set<UUID> ours = createdOrganizations;
        OrganizationNames.Index<UUID> chosen = new OrganizationNames.Index<>();
        List<OrganizationProfile> created = new ArrayList<>();
        for (ImportRow row : rows) {
            ImportRow.Company c = row.organization();
            if (c == null || elsewhere.contains(row.row())) {
                continue;
            }
            OrganizationNames.Key k = keyOf(c.name());
            UUID id = chosen.find(k);
            id = id != null ? id : createdByName.find(k);
            if (id != null && (c.website() != null || c.industry() != null || c.size() != null || c.address() != null)
                    && createdOrganizations.contains(id)) {
                // Made by this import: a later row's details fill what the first left empty (a vCard's company card after
                // the card of a person working there gives the website).
                fillMade(created, id, c);
            }
            if (id == null) {
                UUID found = storedNow.find(k);
                if (found != null && (ours.contains(found) || policy != OnDuplicate.CREATE)) {
                    id = found;
                    if (!ours.contains(found)) {
                        boolean changed = (policy == OnDuplicate.UPDATE || policy == OnDuplicate.REPLACE) && updateOrganization(found, c);
                        // Each stored organization counted once for the whole import: a chunk of rows at a time found it
                        // again, and 500 companies named by 120,000 rows were "6,000 skipped".
                        if (changed && updatedOnce.add(found)) {
                            tally.organizations.updated++;
                            if (skippedOnce.remove(found)) {
                                tally.organizations.skipped--;
                            }
                        } else if (!changed && !updatedOnce.contains(found) && skippedOnce.add(found)) {
                            tally.organizations.skipped++;
                        }
                    }
                } else {
                    id = ids.get();
                    createdOrganizations.add(id);
                    if (createdByName.size() < CREATED_NAMES) {
                        createdByName.put(k, id);
                    }
                    created.add(new OrganizationProfile(id, c.name(), c.website(), c.industry(), c.size(), c.address()));
                    if (organizationNames.size() < CREATED_NAMES) {
                        organizationNames.put(id, c.name());
                    }
                    tally.organizations.created++;
                }
                chosen.put(k, id);
            }
            out.put(row.row(), id);
            tally.respelled(c.name(), nameOf(id));
        }
        r.imports().insertOrganizations(created);
        return out;
    }

    /** The name of an organization a row went to: made by this import (kept as it is made), or stored. */
    private String nameOf(UUID id) {
        String known = organizationNames.get(id);
        if (known == null) {
            known = r.organizations().find(id).map(OrganizationProfile::name).orElse("");
            if (organizationNames.size() < CREATED_NAMES) {
                organizationNames.put(id, known);
            }
        }
        return known;
    }

    private final Map<UUID, String> organizationNames = new HashMap<>();

    /** How a name is read, once per spelling (a big file names the same companies over and over). */
    private OrganizationNames.Key keyOf(String name) {
        OrganizationNames.Key k = keys.get(name);
        if (k == null) {
            if (keys.size() >= CREATED_NAMES) {
                keys.clear();
            }
            k = OrganizationNames.key(name);
            keys.put(name, k);
        }
        return k;
    }

    private final Map<String, OrganizationNames.Key> keys = new HashMap<>();
    /** The stored organizations this import counted as updated, or as skipped (found and left as they were). */
    private final Set<UUID> updatedOnce = new java.util.HashSet<>();
    private final Set<UUID> skippedOnce = new java.util.HashSet<>();

    /** The stored organizations these names (and their other spellings) may name. */
    private OrganizationNames.Index<UUID> stored(Set<String> names) {
        if (stored == null && !askEachChunk && !names.isEmpty()) {
            List<Map.Entry<UUID, String>> all = r.organizations().allNames(CREATED_NAMES);
            if (all == null) {
                askEachChunk = true;
            } else {
                stored = new OrganizationNames.Index<>();
                all.forEach(e -> stored.put(e.getValue(), e.getKey())); // the oldest first: it keeps a spelling shared
            }
        }
        if (askEachChunk || createdByName.size() >= CREATED_NAMES) {
            // Too many to keep: the names as written, in any case (what this import made in earlier chunks is stored by now).
            OrganizationNames.Index<UUID> found = new OrganizationNames.Index<>();
            if (!names.isEmpty()) {
                r.imports().organizationsByName(names).forEach((name, id) -> found.put(name, id));
            }
            return found;
        }
        return stored != null ? stored : new OrganizationNames.Index<>();
    }

    /**
     * The rows (with no deal) whose person is a stored contact, found by e-mail, who already belongs
     * to another organization. A duplicate keeps its organization, so the row's would be an
     * organization nothing refers to: it is not made.
     */
    private Set<Long> contactsAtAnotherOrganization(List<ImportRow> rows) {
        if (policy == OnDuplicate.CREATE) {
            return Set.of();
        }
        Set<String> emails = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.deal() == null && row.organization() != null && row.contact() != null) {
                row.contact().emails().forEach(e -> {
                    emails.add(ImportChunk.key(e));
                    emails.add(e.strip());
                });
            }
        }
        if (emails.isEmpty()) {
            return Set.of();
        }
        Map<String, String> orgOfEmail = r.imports().organizationNamesByEmail(emails);
        Set<Long> out = new HashSet<>();
        for (ImportRow row : rows) {
            if (row.deal() == null && row.organization() != null && row.contact() != null) {
                for (String e : row.contact().emails()) {
                    if (com.funnelboard.domain.importing.RoleAddresses.is(e)) {
                        continue; // an office's info@ says nothing of where one person works (a group's companies share it)
                    }
                    String theirs = orgOfEmail.get(ImportChunk.key(e));
                    if (theirs != null) {
                        if (!keyOf(theirs).equals(keyOf(row.organization().name()))) {
                            out.add(row.row());
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Fills the empty fields of an organization this import made with a later row's: in this chunk's list, or stored by an earlier chunk. */
    private void fillMade(List<OrganizationProfile> chunk, UUID id, ImportRow.Company c) {
        for (int i = 0; i < chunk.size(); i++) {
            OrganizationProfile p = chunk.get(i);
            if (p.id().equals(id)) {
                chunk.set(i, new OrganizationProfile(id, p.name(), ContactUpdates.fill(p.website(), c.website()), ContactUpdates.fill(p.industry(), c.industry()),
                        ContactUpdates.fill(p.companySize(), c.size()), ContactUpdates.fill(p.address(), c.address())));
                return;
            }
        }
        updateOrganization(id, c);
    }

    private boolean updateOrganization(UUID id, ImportRow.Company c) {
        OrganizationProfile p = r.organizations().find(id).orElse(null);
        if (p == null) {
            return false;
        }
        boolean replace = policy == OnDuplicate.REPLACE;
        OrganizationProfile q = new OrganizationProfile(id, p.name(), ContactUpdates.fill(p.website(), c.website(), replace),
                ContactUpdates.fill(p.industry(), c.industry(), replace), ContactUpdates.fill(p.companySize(), c.size(), replace),
                ContactUpdates.fill(p.address(), c.address(), replace));
        if (q.equals(p)) {
            return false;
        }
        r.organizations().update(q);
        return true;
    }

}
