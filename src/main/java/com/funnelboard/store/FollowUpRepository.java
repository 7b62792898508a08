package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.FOLLOW_UP;
import static com.funnelboard.store.jooq.Tables.FOLLOW_UP_NOTICE;
import static com.funnelboard.store.jooq.Tables.ORGANIZATION;

import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpEntry;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.jooq.tables.records.FollowUpRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Follow-up reminders of deals. */
public final class FollowUpRepository {

    private final DSLContext ctx;
    private final Clock clock;
    private final Repositories owner;

    FollowUpRepository(DSLContext ctx, Repositories owner) {
        this.ctx = ctx;
        this.clock = owner.clock();
        this.owner = owner;
    }

    public void insert(FollowUp f) {
        owner.changes().insert(toRecord(f));
    }

    public void insertAll(Collection<FollowUp> followUps) {
        owner.changes().insertAll(followUps.stream().map(this::toRecord).toList());
    }

    public List<FollowUp> forDeal(UUID dealId) {
        return ctx.selectFrom(FOLLOW_UP)
                .where(FOLLOW_UP.DEAL_ID.eq(dealId).and(FOLLOW_UP.DELETED_AT.isNull()))
                .orderBy(effectiveDue(), FOLLOW_UP.ID) // a snoozed one where it is due now
                .fetch(FollowUpRepository::toFollowUp);
    }

    /** The follow-ups of every deal of a contact, latest due first. */
    public List<FollowUp> forContact(UUID contactId) {
        return ctx.select(FOLLOW_UP.asterisk())
                .from(FOLLOW_UP)
                .join(DEAL).on(DEAL.ID.eq(FOLLOW_UP.DEAL_ID))
                .where(DEAL.CONTACT_ID.eq(contactId).and(FOLLOW_UP.DELETED_AT.isNull()).and(DEAL.DELETED_AT.isNull()))
                .orderBy(FOLLOW_UP.DUE_AT.desc(), FOLLOW_UP.ID)
                .fetch(r -> toFollowUp(r.into(FOLLOW_UP)));
    }

    public Optional<FollowUp> find(UUID id) {
        return ctx.selectFrom(FOLLOW_UP)
                .where(FOLLOW_UP.ID.eq(id).and(FOLLOW_UP.DELETED_AT.isNull()))
                .fetchOptional()
                .map(FollowUpRepository::toFollowUp);
    }

    /** Marks an open follow-up done; false when it is gone or was already done. */
    public boolean markDone(UUID id, Instant at) {
        FollowUpRecord r = ctx.selectFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id).and(FOLLOW_UP.DONE_AT.isNull())
                .and(FOLLOW_UP.DELETED_AT.isNull())).fetchOne();
        if (r == null) {
            return false;
        }
        r.setDoneAt(at);
        return owner.changes().update(r);
    }

    /**
     * Marks every open follow-up of a deal done at {@code at} (a deal moved to Lost needs none),
     * each as a recorded field change; returns how many were open.
     */
    public int closeOpenOfDeal(UUID dealId, Instant at) {
        List<FollowUpRecord> open = ctx.selectFrom(FOLLOW_UP).where(FOLLOW_UP.DEAL_ID.eq(dealId).and(FOLLOW_UP.DONE_AT.isNull())
                .and(FOLLOW_UP.DELETED_AT.isNull())).orderBy(FOLLOW_UP.DUE_AT, FOLLOW_UP.ID).fetch();
        for (FollowUpRecord r : open) {
            r.setDoneAt(at);
            owner.changes().update(r);
        }
        return open.size();
    }

    /** When a follow-up is due now: its snooze time when that is later than its due time. */
    static Field<Instant> effectiveDue() {
        return DSL.greatest(FOLLOW_UP.DUE_AT, DSL.coalesce(FOLLOW_UP.SNOOZED_UNTIL, FOLLOW_UP.DUE_AT));
    }

    /**
     * Open follow-ups of live deals due (after any snooze) in {@code [from, to)}, soonest first,
     * with their deal and contact.
     *
     * @param from null for no lower bound
     * @param to null for no upper bound
     */
    public List<FollowUpEntry> open(Instant from, Instant to) {
        return entries(FOLLOW_UP.DONE_AT.isNull().and(dueIn(from, to)), Integer.MAX_VALUE);
    }

    /**
     * As {@link #open(Instant, Instant)}, the first {@code limit} by due time: read in the order of
     * the due_at index, so a long list stops early instead of sorting every row; the page is then
     * ordered by the time after any snooze.
     */
    public List<FollowUpEntry> open(Instant from, Instant to, int limit) {
        return open(from, to, limit, com.funnelboard.domain.OwnerFilter.EVERYONE);
    }

    /** As {@link #open(Instant, Instant, int)}, of the deals the board's owner filter lets through. */
    public List<FollowUpEntry> open(Instant from, Instant to, int limit, com.funnelboard.domain.OwnerFilter owners) {
        List<FollowUpEntry> page = new java.util.ArrayList<>(ctx.select(FOLLOW_UP.asterisk(), DEAL.TITLE, DEAL.STAGE, WHO,
                        ORGANIZATION.NAME, DEAL.OWNER)
                .from(FOLLOW_UP)
                .join(DEAL).on(DEAL.ID.eq(FOLLOW_UP.DEAL_ID))
                .leftJoin(CONTACT).on(CONTACT.ID.eq(DEAL.CONTACT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(DSL.coalesce(DEAL.ORGANIZATION_ID, CONTACT.ORGANIZATION_ID)))
                .where(FOLLOW_UP.DONE_AT.isNull().and(dueIn(from, to)).and(FOLLOW_UP.DELETED_AT.isNull()).and(DEAL.DELETED_AT.isNull()))
                .and(BoardQueries.ownerCondition(owners))
                .orderBy(FOLLOW_UP.DUE_AT, FOLLOW_UP.ID)
                .limit(limit)
                .fetch(FollowUpRepository::toEntry));
        page.sort(java.util.Comparator.comparing((FollowUpEntry e) -> e.followUp().effectiveDue()).thenComparing(e -> e.followUp().id()));
        return page;
    }

    /** How many open follow-ups of live deals are due in {@code [from, to)}. */
    public int countOpen(Instant from, Instant to) {
        return countOpen(from, to, com.funnelboard.domain.OwnerFilter.EVERYONE);
    }

    /** As {@link #countOpen(Instant, Instant)}, of the deals the board's owner filter lets through. */
    public int countOpen(Instant from, Instant to, com.funnelboard.domain.OwnerFilter owners) {
        return ctx.fetchCount(DSL.selectOne().from(FOLLOW_UP).join(DEAL).on(DEAL.ID.eq(FOLLOW_UP.DEAL_ID))
                .where(FOLLOW_UP.DONE_AT.isNull().and(dueIn(from, to)).and(FOLLOW_UP.DELETED_AT.isNull()).and(DEAL.DELETED_AT.isNull()))
                .and(BoardQueries.ownerCondition(owners)));
    }

    /**
     * Effective due time in {@code [from, to)}, written so that the upper bound can use the index
     * on due_at: max(due, snoozed) < to exactly when both are.
     */
    private static Condition dueIn(Instant from, Instant to) {
        Condition c = DSL.trueCondition();
        if (from != null) {
            c = c.and(effectiveDue().ge(from));
        }
        if (to != null) {
            c = c.and(FOLLOW_UP.DUE_AT.lt(to)).and(FOLLOW_UP.SNOOZED_UNTIL.isNull().or(FOLLOW_UP.SNOOZED_UNTIL.lt(to)));
        }
        return c;
    }

    /** Follow-ups, open and done, due (after any snooze) in {@code [from, to)}, soonest first. */
    public List<FollowUpEntry> between(Instant from, Instant to) {
        return entries(dueIn(from, to), Integer.MAX_VALUE);
    }

    /**
     * Follow-ups that will not happen because they or their deal went to the trash while still open,
     * due (after any snooze) in {@code [from, to)}, soonest first: a calendar that received them
     * before hears they are cancelled.
     */
    public List<FollowUpEntry> trashedOpen(Instant from, Instant to) {
        return query(FOLLOW_UP.DONE_AT.isNull().and(dueIn(from, to)).and(FOLLOW_UP.DELETED_AT.isNotNull().or(DEAL.DELETED_AT.isNotNull())),
                Integer.MAX_VALUE);
    }

    /**
     * The open follow-ups whose time has come and whose reminder has not been shown since, marked
     * as shown now: each is returned once, and again only after a snooze moves its time on.
     */
    public List<FollowUpEntry> claimDue(Instant now, String me) {
        Condition due = FOLLOW_UP.DONE_AT.isNull().and(FOLLOW_UP.DUE_AT.le(now))
                .and(FOLLOW_UP.SNOOZED_UNTIL.isNull().or(FOLLOW_UP.SNOOZED_UNTIL.le(now)))
                .and(notShownSince()).and(remindsMe(me));
        List<FollowUpEntry> found = entries(due, Integer.MAX_VALUE);
        if (!found.isEmpty()) {
            owner.local().markNotified(found.stream().map(e -> e.followUp().id()).toList(), now);
        }
        return found;
    }

    /** The earliest time a reminder is still to be shown for, or null when none is pending. */
    public Instant nextReminder(String me) {
        return ctx.select(DSL.min(effectiveDue())).from(FOLLOW_UP).join(DEAL).on(DEAL.ID.eq(FOLLOW_UP.DEAL_ID))
                .where(FOLLOW_UP.DONE_AT.isNull().and(FOLLOW_UP.DELETED_AT.isNull()).and(DEAL.DELETED_AT.isNull()))
                .and(notShownSince()).and(remindsMe(me))
                .fetchOne(0, Instant.class);
    }

    /**
     * Whose follow-ups remind the person of this installation: those of their own deals, of deals nobody owns, and of
     * deals whose owner is no address (an import keeps "JB" as written) — not a teammate's, whose calls popped up on
     * every installation of a shared file. Everyone's while nobody has said who uses it.
     *
     * @param me this installation's person's address, or null
     */
    private static Condition remindsMe(String me) {
        return me == null ? DSL.noCondition()
                : DEAL.OWNER.isNull().or(DEAL.OWNER.eq(com.funnelboard.domain.Person.normalEmail(me))).or(DEAL.OWNER.notLike("%@%"));
    }

    /** Not shown on this installation since its time came (the record of that is local). */
    private static Condition notShownSince() {
        return DSL.notExists(DSL.selectOne().from(FOLLOW_UP_NOTICE).where(FOLLOW_UP_NOTICE.FOLLOW_UP_ID.eq(FOLLOW_UP.ID))
                .and(FOLLOW_UP_NOTICE.NOTIFIED_AT.ge(effectiveDue())));
    }

    /** Postpones an open follow-up; false when it is gone or done. */
    public boolean snooze(UUID id, Instant until, Instant at) {
        FollowUpRecord r = ctx.selectFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id).and(FOLLOW_UP.DONE_AT.isNull())
                .and(FOLLOW_UP.DELETED_AT.isNull())).fetchOne();
        if (r == null) {
            return false;
        }
        r.setSnoozedUntil(until);
        owner.changes().update(r);
        return true;
    }

    private List<FollowUpEntry> entries(Condition c, int limit) {
        return query(c.and(FOLLOW_UP.DELETED_AT.isNull()).and(DEAL.DELETED_AT.isNull()), limit);
    }

    /** Follow-ups meeting {@code c} (live or not), soonest first after any snooze, with their deal and contact. */
    private List<FollowUpEntry> query(Condition c, int limit) {
        return ctx.select(FOLLOW_UP.asterisk(), DEAL.TITLE, DEAL.STAGE, WHO, ORGANIZATION.NAME, DEAL.OWNER, DEAL.STAGE_ENTERED_AT)
                .from(FOLLOW_UP)
                .join(DEAL).on(DEAL.ID.eq(FOLLOW_UP.DEAL_ID))
                .leftJoin(CONTACT).on(CONTACT.ID.eq(DEAL.CONTACT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(DSL.coalesce(DEAL.ORGANIZATION_ID, CONTACT.ORGANIZATION_ID)))
                .where(c)
                .orderBy(effectiveDue(), FOLLOW_UP.ID)
                .limit(limit)
                .fetch(FollowUpRepository::toEntry);
    }

    /** The deal's contact, null for a deal without one ({@link FollowUpEntry#who} says it in words). */
    private static final org.jooq.Field<String> WHO = CONTACT.NAME.as("contact_name");

    private static FollowUpEntry toEntry(org.jooq.Record r) {
        return new FollowUpEntry(toFollowUp(r.into(FOLLOW_UP)), r.get(DEAL.TITLE), Stage.fromKey(r.get(DEAL.STAGE)), r.get(WHO),
                r.get(ORGANIZATION.NAME), r.get(DEAL.OWNER), r.field(DEAL.STAGE_ENTERED_AT) == null ? null : r.get(DEAL.STAGE_ENTERED_AT));
    }

    /** Ids of live follow-ups starting with the typed characters; at most {@code limit}. */
    public List<UUID> idsStartingWith(String prefix, int limit) {
        return IdPrefix.matching(ctx, FOLLOW_UP, FOLLOW_UP.ID, FOLLOW_UP.DELETED_AT, prefix, limit);
    }

    private static FollowUp toFollowUp(FollowUpRecord r) {
        return new FollowUp(r.getId(), r.getDealId(), r.getDueAt(), FollowUpKind.fromKey(r.getKind()), r.getNote(), r.getDoneAt(),
                r.getSnoozedUntil());
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
        r.setSnoozedUntil(f.snoozedUntil());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        return r;
    }
}
