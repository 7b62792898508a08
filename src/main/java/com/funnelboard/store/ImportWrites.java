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
            r.setOwner(d.owner() != null ? d.owner() : creator);
            r.setCreatedAt(d.createdAt());
            records.add(r);
            history.add(history(null, d, author));
        }
        owner.changes().insertAll(records);
        owner.changes().insertAll(history);
    }

    /**
     * Writes an imported deal over the live deal {@code d.id()} (a re-import by external id); a new
     * stage gets an imported history row.
     *
     * @return whether anything changed (false when the deal is gone)
     */
    boolean updateDeal(ImportedDeal d, String author) {
        DealRecord r = ctx.selectFrom(DEAL).where(DEAL.ID.eq(d.id()).and(DEAL.DELETED_AT.isNull())).fetchOne();
        if (r == null) {
            return false;
        }
        Stage before = Stage.fromKey(r.getStage());
        Instant entered = r.getStageEnteredAt();
        String reason = r.getLostReason();
        String note = r.getLostNote();
        fill(r, d);
        if (before == d.stage()) {
            r.setStageEnteredAt(entered);
        }
        if (before == d.stage() && d.stage() == Stage.LOST && d.lostReason() == null) {
            // A file that says nothing of why leaves the reason of a deal lost already as it was.
            r.setLostReason(reason);
            r.setLostNote(note);
        }
        boolean changed = owner.changes().update(r);
        if (before != d.stage()) {
            owner.changes().insert(history(before, d, author));
        }
        return changed;
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
        if (d.owner() != null) {
            r.setOwner(d.owner());
        }
    }

    /** The imported history row of a deal reaching its stage (from {@code from}, null for a new deal), with why a lost deal was lost. */
    private StageChangeRecord history(Stage from, ImportedDeal d, String author) {
        StageChangeRecord h = ctx.newRecord(STAGE_CHANGE);
        h.setId(owner.changes().ids().get());
        h.setDealId(d.id());
        h.setFromStage(from == null ? null : from.key());
        h.setToStage(d.stage().key());
        h.setChangedAt(d.stageEnteredAt());
        h.setChangedBy(author);
        h.setImported(1L);
        h.setLostReason(d.lostReason() == null ? null : d.lostReason().key());
        h.setLostNote(d.lostNote());
        return h;
    }
}
