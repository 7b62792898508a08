package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.FOLLOW_UP;

import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.store.jooq.tables.records.FollowUpRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/** Follow-up reminders of deals. */
public final class FollowUpRepository {

    private final DSLContext ctx;
    private final Clock clock;

    FollowUpRepository(DSLContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    public void insert(FollowUp f) {
        ctx.executeInsert(toRecord(f));
    }

    public void insertAll(Collection<FollowUp> followUps) {
        ctx.batchInsert(followUps.stream().map(this::toRecord).toList()).execute();
    }

    public List<FollowUp> forDeal(UUID dealId) {
        return ctx.selectFrom(FOLLOW_UP)
                .where(FOLLOW_UP.DEAL_ID.eq(dealId).and(FOLLOW_UP.DELETED_AT.isNull()))
                .orderBy(FOLLOW_UP.DUE_AT)
                .fetch(r -> new FollowUp(r.getId(), r.getDealId(), r.getDueAt(), FollowUpKind.fromKey(r.getKind()), r.getNote(),
                        r.getDoneAt()));
    }

    private FollowUpRecord toRecord(FollowUp f) {
        Instant now = clock.instant();
        FollowUpRecord r = ctx.newRecord(FOLLOW_UP);
        r.setId(f.id());
        r.setDealId(f.dealId());
        r.setDueAt(f.dueAt());
        r.setKind(f.kind().key());
        r.setNote(f.note());
        r.setDoneAt(f.doneAt());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        return r;
    }
}
