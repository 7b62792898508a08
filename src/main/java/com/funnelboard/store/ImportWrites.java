package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.ORGANIZATION;
import static com.funnelboard.store.jooq.Tables.STAGE_CHANGE;

import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.ImportedDeal;
import com.funnelboard.store.jooq.tables.records.DealRecord;
import com.funnelboard.store.jooq.tables.records.OrganizationRecord;
import com.funnelboard.store.jooq.tables.records.StageChangeRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;

/**
 * What an import writes for {@link ImportRepository}: its new organizations, and its new and
 * updated deals with their imported stage history rows, all through the change recorder.
 */
final class ImportWrites {

    private final DSLContext ctx;
    private final Repositories owner;

    ImportWrites(DSLContext ctx, Repositories owner) {
        this.ctx = ctx;
        this.owner = owner;
    }

    void insertOrganizations(Collection<OrganizationProfile> orgs) {
        List<OrganizationRecord> records = new ArrayList<>(orgs.size());
        for (OrganizationProfile p : orgs) {
            OrganizationRecord r = ctx.newRecord(ORGANIZATION);
            r.setId(p.id());
            r.setName(p.name().strip());
            r.setWebsite(ContactProfileRepository.blankToNull(p.website()));
            r.setIndustry(ContactProfileRepository.blankToNull(p.industry()));
            r.setCompanySize(ContactProfileRepository.blankToNull(p.companySize()));
            r.setAddress(ContactProfileRepository.blankToNull(p.address()));
            records.add(r);
        }
        owner.changes().insertAll(records);
    }

    /** New deals with their first history row each, marked imported: they reached their stage elsewhere. */
    void insertDeals(Collection<ImportedDeal> deals, String author) {
        List<DealRecord> records = new ArrayList<>(deals.size());
        List<StageChangeRecord> history = new ArrayList<>(deals.size());
        String creator = owner.deals().creator();
        for (ImportedDeal d : deals) {
            DealRecord r = ctx.newRecord(DEAL);
            r.setId(d.id());
            fill(r, d);
            // The owner the file names, else whoever imports them, as for a deal created any other way.
            r.setOwner(com.funnelboard.domain.importing.OwnerMatcher.NOBODY.equals(d.owner()) ? null : d.owner() != null ? d.owner() : creator);
            r.setCreatedAt(d.createdAt());
            records.add(r);
            history.add(history(null, d, d.stage(), d.stageEnteredAt(), author));
        }
        owner.changes().insertAll(records);
        owner.changes().insertAll(history);
    }

    /**
     * Writes an imported deal over the live deal {@code d.id()} (a re-import by external id); a new
     * stage gets an imported history row. A stage the deal could reach here only through a checklist
     * (forward, or a lost deal anywhere but Lead) is not taken: the deal stays where it is, and the
     * answer says so. A re-imported sheet with "won" typed over "lead" moved five deals to Won, dated
     * months back, past every checklist.
     */
    ImportRepository.DealUpdate updateDeal(ImportedDeal d, String author, boolean replace) {
        DealRecord r = ctx.selectFrom(DEAL).where(DEAL.ID.eq(d.id()).and(DEAL.DELETED_AT.isNull())).fetchOne();
        if (r == null) {
            return new ImportRepository.DealUpdate(false, null);
        }
        Stage before = Stage.fromKey(r.getStage());
        Stage after = d.stageGiven() ? d.stage() : before;
        Stage stayed = null;
        if (com.funnelboard.domain.Transition.of(before, after) instanceof com.funnelboard.domain.Transition.Forward
                || com.funnelboard.domain.Transition.of(before, after) instanceof com.funnelboard.domain.Transition.Refused) {
            stayed = before;
            after = before;
        } else if (after == Stage.LOST && before != Stage.LOST && d.lostReason() == null) {
            // Lost with no reason, which a move to Lost here never is: the lost report counted it as "Other", with no note.
            stayed = before;
            after = before;
        }
        // What the row gives, and only that: a value, date or source it leaves out or blank keeps the stored one
        // (a file of fewer columns, or a cell left empty, erased them), as do the title and stage without a column.
        r.setContactId(d.contactId() != null ? d.contactId() : r.getContactId());
        if (d.organizationId() != null && !d.organizationId().equals(r.getOrganizationId()) && !viaContact(r.getContactId(), d.organizationId())) {
            r.setOrganizationId(d.organizationId());
        }
        if (d.externalKey() != null && !d.externalKey().equalsIgnoreCase(r.getId().toString())) {
            r.setExternalKey(d.externalKey()); // a deal found by its own id (the app's export read back) keeps the key it had
        }
        if (d.titleGiven()) {
            r.setTitle(d.title());
        }
        if (d.value() != null) {
            r.setValueMinor(d.value().minor());
            r.setCurrency(d.currency());
        }
        if (d.source() != null) {
            r.setSource(d.source());
        }
        if (d.expectedCloseOn() != null) {
            r.setExpectedCloseOn(d.expectedCloseOn());
        }
        String noted = r.getNotes();
        if (d.notes() != null && replace) {
            r.setNotes(d.notes()); // the file's notes in place of the stored ones: a file corrected in a spreadsheet
        } else if (d.notes() != null) {
            // The file's notes, kept beside what was written here since (a corrected line replaces none: it comes after), each
            // line once.
            String notes = com.funnelboard.domain.importing.NoteLines.added(noted, d.notes());
            if (!java.util.Objects.equals(notes, noted)) {
                r.setNotes(notes);
            }
        }
        if (d.owner() != null && !com.funnelboard.domain.importing.OwnerMatcher.NOBODY.equals(d.owner())) {
            r.setOwner(d.owner());
        }
        if (after != before) {
            r.setStage(after.key());
            // Reached now, by this import, unless the file says when a won or lost deal closed: dated at the deal's
            // creation, a move the file made today showed the deal as in its new stage for months.
            boolean closedOnGiven = (after == Stage.WON || after == Stage.LOST) && d.closedOn() != null;
            r.setStageEnteredAt(closedOnGiven || d.inStageSinceGiven() ? d.stageEnteredAt() : owner.clock().instant());
        }
        if (after == Stage.WON) {
            Long stored = before == Stage.WON ? r.getFinalValueMinor() : r.getValueMinor();
            r.setFinalValueMinor(d.finalValue() != null ? Long.valueOf(d.finalValue().minor()) : stored);
            r.setClosedOn(d.closedOn() != null ? d.closedOn() : before == Stage.WON ? r.getClosedOn() : null);
        } else {
            r.setFinalValueMinor(null);
            r.setClosedOn(null);
        }
        if (after == Stage.LOST && (before != Stage.LOST || d.lostReason() != null)) {
            r.setLostReason(d.lostReason() == null ? null : d.lostReason().key());
            r.setLostNote(d.lostNote());
        } else if (after != Stage.LOST) {
            // A file that says nothing of why leaves the reason of a deal lost already as it was.
            r.setLostReason(null);
            r.setLostNote(null);
        }
        if (keepLocalEdits(r) && after != before) {
            after = before; // moved here since the last import, which the file's stage still says
        }
        boolean changed = owner.changes().update(r);
        if (before != after) {
            owner.changes().insert(history(before, d, after, r.getStageEnteredAt(), author));
        }
        return new ImportRepository.DealUpdate(changed, stayed);
    }

    /**
     * Whether the deal's contact is at {@code organization}: a deal of a contact is at the contact's organization, so the
     * file naming it says nothing new (the app's own deals export read back set 300 deals' organization to what they had).
     */
    private boolean viaContact(java.util.UUID contact, java.util.UUID organization) {
        return contact != null && organization.equals(ctx.select(com.funnelboard.store.jooq.Tables.CONTACT.ORGANIZATION_ID)
                .from(com.funnelboard.store.jooq.Tables.CONTACT).where(com.funnelboard.store.jooq.Tables.CONTACT.ID.eq(contact))
                .fetchOne(com.funnelboard.store.jooq.Tables.CONTACT.ORGANIZATION_ID));
    }

    /** The fields that move with a deal's stage: kept or taken together. */
    private static final java.util.List<org.jooq.Field<?>> WITH_STAGE = java.util.List.of(DEAL.STAGE, DEAL.STAGE_ENTERED_AT, DEAL.FINAL_VALUE_MINOR,
            DEAL.CLOSED_ON, DEAL.LOST_REASON, DEAL.LOST_NOTE);

    /**
     * Puts back into {@code r} (the stored deal with the row's values set) every field edited here
     * since the last import gave it, where the file still gives what that import gave: the other
     * program has not changed it, so the edit made here is the newer (a file imported again undid a
     * week of moves and new amounts). A field the other program changed since is taken from the file.
     * Returns whether the stage was kept.
     */
    private boolean keepLocalEdits(DealRecord r) {
        java.util.List<org.jooq.Field<?>> differing = java.util.Arrays.stream(DEAL.fields())
                .filter(f -> !java.util.Objects.equals(r.original(f), r.get(f))).toList();
        if (differing.isEmpty()) {
            return false;
        }
        DealRecord imported = lastImported(r.getId().toString());
        if (imported == null) {
            return false; // never imported: the file's values, as for any deal matched by its title
        }
        boolean stageKept = false;
        for (org.jooq.Field<?> f : differing) {
            if (WITH_STAGE.contains(f) && f != DEAL.STAGE) {
                continue; // decided with the stage
            }
            boolean fileUnchanged = imported.changed(f) && java.util.Objects.equals(imported.get(f), r.get(f));
            if (fileUnchanged) {
                if (f == DEAL.STAGE) {
                    stageKept = true;
                    WITH_STAGE.forEach(g -> reset(r, g));
                } else {
                    reset(r, f);
                }
            }
        }
        return stageKept;
    }

    @SuppressWarnings("unchecked")
    private static void reset(DealRecord r, org.jooq.Field<?> f) {
        r.set((org.jooq.Field<Object>) f, r.original(f));
    }

    /**
     * The deal's fields as imports last gave them (its creation by an import, then each field a later
     * import set), each marked changed in a new record; null when no import ever wrote the deal.
     */
    private DealRecord lastImported(String id) {
        var entries = ctx.fetch("SELECT c.field, c.new_value FROM change c JOIN change_set s ON s.id = c.change_set_id "
                + "WHERE c.table_name = 'deal' AND c.row_key = ? AND s.origin = 'import' ORDER BY s.hlc, c.seq", id);
        if (entries.isEmpty()) {
            return null;
        }
        DealRecord out = ctx.newRecord(DEAL);
        for (var e : entries) {
            String field = e.get(0, String.class);
            String json = e.get(1, String.class);
            if (ChangeRecorder.WHOLE_ROW.equals(field)) {
                Json.mapper().readTree(json).properties().forEach(p -> {
                    if (DEAL.field(p.getKey()) != null) {
                        ShareHistory.setJson(out, DEAL.field(p.getKey()), p.getValue().toString());
                    }
                });
            } else if (DEAL.field(field) != null && json != null) {
                ShareHistory.setJson(out, DEAL.field(field), json);
            }
        }
        return out;
    }

    private static void fill(DealRecord r, ImportedDeal d) {
        r.setContactId(d.contactId() != null ? d.contactId() : r.getContactId());
        r.setOrganizationId(d.organizationId() != null ? d.organizationId() : r.getOrganizationId());
        // A deal found by its own id (the app's deals export read back into this database) keeps its
        // external key: its id is no other program's key.
        if (r.getId() == null || d.externalKey() == null || !d.externalKey().equalsIgnoreCase(r.getId().toString())) {
            r.setExternalKey(d.externalKey());
        }
        r.setTitle(d.title());
        r.setStage(d.stage().key());
        r.setValueMinor(d.value() == null ? null : d.value().minor());
        r.setCurrency(d.currency());
        r.setSource(d.source());
        r.setExpectedCloseOn(d.expectedCloseOn());
        r.setStageEnteredAt(d.stageEnteredAt());
        r.setFinalValueMinor(d.finalValue() == null ? null : d.finalValue().minor());
        r.setClosedOn(d.closedOn());
        r.setLostReason(d.lostReason() == null ? null : d.lostReason().key());
        r.setLostNote(d.lostNote());
        r.setNotes(d.notes());
        if (d.owner() != null && !com.funnelboard.domain.importing.OwnerMatcher.NOBODY.equals(d.owner())) {
            r.setOwner(d.owner());
        }
    }

    /** The imported history row of a deal reaching its stage (from {@code from}, null for a new deal), with why a lost deal was lost. */
    private StageChangeRecord history(Stage from, ImportedDeal d, Stage to, java.time.Instant at, String author) {
        StageChangeRecord h = ctx.newRecord(STAGE_CHANGE);
        h.setId(owner.changes().ids().get());
        h.setDealId(d.id());
        h.setFromStage(from == null ? null : from.key());
        h.setToStage(to.key());
        h.setChangedAt(at);
        h.setChangedBy(author);
        h.setImported(1L);
        h.setLostReason(d.lostReason() == null ? null : d.lostReason().key());
        h.setLostNote(d.lostNote());
        return h;
    }
}
