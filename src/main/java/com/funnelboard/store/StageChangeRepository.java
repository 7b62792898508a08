package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.STAGE_CHANGE;

import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.store.jooq.tables.records.StageChangeRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import tools.jackson.core.type.TypeReference;

/** The append-only history of stage moves, with each checklist as it was answered (JSON). */
public final class StageChangeRepository {

    /** A move's checklist as stored: what a share file's checklist must read as (see ShareValueRules). */
    static final TypeReference<List<StageChange.AnsweredItem>> ITEMS = new TypeReference<>() {};

    private final DSLContext ctx;
    private final Clock clock;
    private final Repositories owner;

    StageChangeRepository(DSLContext ctx, Repositories owner) {
        this.ctx = ctx;
        this.clock = owner.clock();
        this.owner = owner;
    }

    public void insert(StageChange c) {
        owner.changes().insert(toRecord(c));
    }

    public void insertAll(Collection<StageChange> changes) {
        owner.changes().insertAll(changes.stream().map(this::toRecord).toList());
    }

    public List<StageChange> forDeal(UUID dealId) {
        return ctx.selectFrom(STAGE_CHANGE)
                .where(STAGE_CHANGE.DEAL_ID.eq(dealId).and(STAGE_CHANGE.DELETED_AT.isNull()))
                .orderBy(STAGE_CHANGE.CHANGED_AT, STAGE_CHANGE.ID)
                .fetch(StageChangeRepository::toChange);
    }

    /** One stage move, in the trash or not (History names a move a change deleted or restored). */
    public java.util.Optional<StageChange> findAny(UUID id) {
        return ctx.selectFrom(STAGE_CHANGE).where(STAGE_CHANGE.ID.eq(id)).fetchOptional(StageChangeRepository::toChange);
    }

    /** The stage moves of every deal of a contact, newest first. */
    public List<StageChange> forContact(UUID contactId) {
        return ctx.select(STAGE_CHANGE.asterisk())
                .from(STAGE_CHANGE)
                .join(DEAL).on(DEAL.ID.eq(STAGE_CHANGE.DEAL_ID))
                .where(DEAL.CONTACT_ID.eq(contactId).and(STAGE_CHANGE.DELETED_AT.isNull()).and(DEAL.DELETED_AT.isNull()))
                .orderBy(STAGE_CHANGE.CHANGED_AT.desc(), STAGE_CHANGE.ID)
                .fetch(r -> toChange(r.into(STAGE_CHANGE)));
    }

    private StageChangeRecord toRecord(StageChange c) {
        Instant now = clock.instant();
        StageChangeRecord r = ctx.newRecord(STAGE_CHANGE);
        r.setId(c.id());
        r.setDealId(c.dealId());
        r.setFromStage(c.from() == null ? null : c.from().key());
        r.setToStage(c.to().key());
        r.setChangedAt(c.changedAt());
        r.setChangedBy(c.changedBy());
        r.setChecklist(c.checklist().isEmpty() ? null : Json.mapper().writeValueAsString(c.checklist()));
        r.setOverrideReason(c.overrideReason());
        r.setLostReason(c.lostReason() == null ? null : c.lostReason().key());
        r.setLostNote(c.lostNote());
        r.setImported(0L);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        return r;
    }

    static StageChange toChange(StageChangeRecord r) {
        List<StageChange.AnsweredItem> items = r.getChecklist() == null ? List.of() : Json.mapper().readValue(r.getChecklist(), ITEMS);
        return new StageChange(r.getId(), r.getDealId(), r.getFromStage() == null ? null : Stage.fromKey(r.getFromStage()),
                Stage.fromKey(r.getToStage()), r.getChangedAt(), r.getChangedBy(), items, r.getOverrideReason(),
                r.getLostReason() == null ? null : LostReason.parse(r.getLostReason()).orElse(LostReason.OTHER), r.getLostNote(),
                r.getImported() != null && r.getImported() != 0);
    }
}
