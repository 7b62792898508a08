package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.EMAIL_ADDRESS;
import static com.funnelboard.store.jooq.Tables.FOLLOW_UP;
import static com.funnelboard.store.jooq.Tables.INTERACTION;
import static com.funnelboard.store.jooq.Tables.PHONE_NUMBER;
import static com.funnelboard.store.jooq.Tables.STAGE_CHANGE;

import com.funnelboard.domain.Stage;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Where a committed change shows: given the keys of the rows a change set touched, which board
 * columns and whether a contact's pane. A few indexed queries, whatever the number of rows; callers
 * keep the number of keys small (beyond a hundred or so they simply re-read everything).
 */
public final class ChangeReach {

    private final DSLContext ctx;

    ChangeReach(DSLContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The columns the rows show in: the stage of every deal they touched — directly, through its
     * contact or the contact's organization, its follow-ups, its interactions (which move its score) or its stage history — and the stage a
     * recorded move left. Deleted deals count too (their column loses a card).
     */
    public Set<Stage> stagesOf(Collection<UUID> rows) {
        Set<Stage> out = EnumSet.noneOf(Stage.class);
        if (rows.isEmpty()) {
            return out;
        }
        var contacts = DSL.select(CONTACT.ID).from(CONTACT).where(CONTACT.ID.in(rows).or(CONTACT.ORGANIZATION_ID.in(rows)));
        var followUps = DSL.select(FOLLOW_UP.DEAL_ID).from(FOLLOW_UP).where(FOLLOW_UP.ID.in(rows));
        var moves = DSL.select(STAGE_CHANGE.DEAL_ID).from(STAGE_CHANGE).where(STAGE_CHANGE.ID.in(rows));
        // An interaction moves the lead score its deal's card shows (and those of its contact's deals, when logged without one).
        var interactionDeals = DSL.select(INTERACTION.DEAL_ID).from(INTERACTION).where(INTERACTION.ID.in(rows));
        var interactionContacts = DSL.select(INTERACTION.CONTACT_ID).from(INTERACTION).where(INTERACTION.ID.in(rows));
        ctx.selectDistinct(DEAL.STAGE).from(DEAL)
                .where(DEAL.ID.in(rows).or(DEAL.CONTACT_ID.in(contacts)).or(DEAL.ID.in(followUps)).or(DEAL.ID.in(moves))
                        .or(DEAL.ID.in(interactionDeals)).or(DEAL.CONTACT_ID.in(interactionContacts)))
                .forEach(r -> out.add(Stage.fromKey(r.value1())));
        ctx.selectDistinct(STAGE_CHANGE.FROM_STAGE).from(STAGE_CHANGE)
                .where(STAGE_CHANGE.ID.in(rows).and(STAGE_CHANGE.FROM_STAGE.isNotNull()))
                .forEach(r -> out.add(Stage.fromKey(r.value1())));
        return out;
    }

    /**
     * Whether the rows are part of what a contact's pane shows: the contact, its organization, its
     * email addresses and phone numbers, its deals and their interactions, follow-ups and stage
     * history.
     */
    public boolean concernsContact(UUID contact, Collection<UUID> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        if (rows.contains(contact)) {
            return true;
        }
        var deals = DSL.select(DEAL.ID).from(DEAL).where(DEAL.CONTACT_ID.eq(contact));
        return ctx.fetchExists(DEAL, DEAL.CONTACT_ID.eq(contact).and(DEAL.ID.in(rows)))
                || ctx.fetchExists(CONTACT, CONTACT.ID.eq(contact).and(CONTACT.ORGANIZATION_ID.in(rows)))
                || ctx.fetchExists(EMAIL_ADDRESS, EMAIL_ADDRESS.CONTACT_ID.eq(contact).and(EMAIL_ADDRESS.ID.in(rows)))
                || ctx.fetchExists(PHONE_NUMBER, PHONE_NUMBER.CONTACT_ID.eq(contact).and(PHONE_NUMBER.ID.in(rows)))
                || ctx.fetchExists(INTERACTION, INTERACTION.ID.in(rows).and(INTERACTION.CONTACT_ID.eq(contact).or(INTERACTION.DEAL_ID.in(deals))))
                || ctx.fetchExists(FOLLOW_UP, FOLLOW_UP.ID.in(rows).and(FOLLOW_UP.DEAL_ID.in(deals)))
                || ctx.fetchExists(STAGE_CHANGE, STAGE_CHANGE.ID.in(rows).and(STAGE_CHANGE.DEAL_ID.in(deals)));
    }
}
