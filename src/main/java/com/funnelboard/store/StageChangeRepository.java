package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CHANGE;
import static com.funnelboard.store.jooq.Tables.CHANGE_SET;
import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.RECEIVED_CHANGE;
import static com.funnelboard.store.jooq.Tables.RECEIVED_CHANGE_SET;
import static com.funnelboard.store.jooq.Tables.STAGE_CHANGE;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.TimelineEvent;
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

    /**
     * Which of these moves an undo or a redo made, here or on a teammate's installation (a received change set keeps its
     * origin and summary): the moves an undo wrote, as the history keeps a move and its move back. Absent: by hand.
     */
    public java.util.Map<UUID, TimelineEvent.Undoing> undoings(Collection<UUID> moves) {
        java.util.Map<UUID, TimelineEvent.Undoing> out = new java.util.HashMap<>();
        List<String> keys = moves.stream().map(UUID::toString).toList();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + 500));
            var here = ctx.select(CHANGE.ROW_KEY, CHANGE_SET.SUMMARY).from(CHANGE).join(CHANGE_SET).on(CHANGE_SET.ID.eq(CHANGE.CHANGE_SET_ID))
                    .where(CHANGE.ROW_KEY.in(part).and(CHANGE.TABLE_NAME.eq(STAGE_CHANGE.getName())).and(CHANGE.FIELD.eq(ChangeRecorder.WHOLE_ROW))
                            .and(CHANGE_SET.ORIGIN.eq(ChangeOrigin.UNDO.key())));
            var received = ctx.select(RECEIVED_CHANGE.ROW_KEY, RECEIVED_CHANGE_SET.SUMMARY).from(RECEIVED_CHANGE).join(RECEIVED_CHANGE_SET)
                    .on(RECEIVED_CHANGE_SET.ID.eq(RECEIVED_CHANGE.CHANGE_SET_ID))
                    .where(RECEIVED_CHANGE.ROW_KEY.in(part).and(RECEIVED_CHANGE.TABLE_NAME.eq(STAGE_CHANGE.getName()))
                            .and(RECEIVED_CHANGE.FIELD.eq(ChangeRecorder.WHOLE_ROW)).and(RECEIVED_CHANGE_SET.ORIGIN.eq(ChangeOrigin.UNDO.key())));
            here.unionAll(received).forEach(r -> out.put(UUID.fromString(r.value1()),
                    r.value2() != null && r.value2().startsWith("Redid: ") ? TimelineEvent.Undoing.REDO : TimelineEvent.Undoing.UNDO));
        }
        return out;
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
