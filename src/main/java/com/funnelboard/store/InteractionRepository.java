package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.INTERACTION;

import com.funnelboard.domain.Direction;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.store.jooq.tables.records.InteractionRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The timeline: interactions with a contact, about a deal or in general. */
public final class InteractionRepository {

    private final DSLContext ctx;
    private final Clock clock;
    private final Repositories owner;

    InteractionRepository(DSLContext ctx, Repositories owner) {
        this.ctx = ctx;
        this.clock = owner.clock();
        this.owner = owner;
    }

    public void insert(Interaction i) {
        owner.changes().insert(toRecord(i));
    }

    public void insertAll(Collection<Interaction> interactions) {
        owner.changes().insertAll(interactions.stream().map(this::toRecord).toList());
    }

    /**
     * What the checklist of a deal looks at: the deal's own interactions plus those logged with its
     * contact without a deal, oldest first.
     */
    public List<Interaction> forDeal(UUID dealId) {
        return ctx.selectFrom(INTERACTION)
                .where(INTERACTION.DELETED_AT.isNull())
                .and(INTERACTION.DEAL_ID.eq(dealId)
                        .or(INTERACTION.DEAL_ID.isNull().and(INTERACTION.CONTACT_ID.eq(
                                DSL.select(DEAL.CONTACT_ID).from(DEAL).where(DEAL.ID.eq(dealId))))))
                .orderBy(INTERACTION.OCCURRED_AT, INTERACTION.ID)
                .fetch(InteractionRepository::toInteraction);
    }

    /** Everything logged with a contact (on any deal or none), newest first. */
    public List<Interaction> forContact(UUID contactId) {
        return ctx.selectFrom(INTERACTION)
                .where(INTERACTION.CONTACT_ID.eq(contactId).and(INTERACTION.DELETED_AT.isNull()))
                .orderBy(INTERACTION.OCCURRED_AT.desc(), INTERACTION.ID)
                .fetch(InteractionRepository::toInteraction);
    }

    private InteractionRecord toRecord(Interaction i) {
        Instant now = clock.instant();
        InteractionRecord r = ctx.newRecord(INTERACTION);
        r.setId(i.id());
        r.setContactId(i.contactId());
        r.setDealId(i.dealId());
        r.setKind(i.kind().key());
        r.setDirection(i.direction().key());
        r.setOccurredAt(i.occurredAt());
        r.setNote(i.note());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        return r;
    }

    private static Interaction toInteraction(InteractionRecord r) {
        return new Interaction(r.getId(), r.getContactId(), r.getDealId(), InteractionKind.fromKey(r.getKind()),
                Direction.fromKey(r.getDirection()), r.getOccurredAt(), r.getNote());
    }
}
