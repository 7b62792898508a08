package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.EMAIL_ADDRESS;
import static com.funnelboard.store.jooq.Tables.FOLLOW_UP;
import static com.funnelboard.store.jooq.Tables.INTERACTION;
import static com.funnelboard.store.jooq.Tables.PHONE_NUMBER;
import static com.funnelboard.store.jooq.Tables.STAGE_CHANGE;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * What comes out of the trash with a deal or a contact: the rows hanging off it that the same change set deleted with it.
 * A delete by hand leaves them alone (a deal's calls and stage history stay under it in the trash), but an undone import
 * or sample deletes every row it made — a contact's email addresses and phone numbers, a deal's stage history, calls and
 * follow-ups — and a contact restored from it came back without her addresses and numbers.
 */
public final class TrashRestore {

    private final DSLContext ctx;
    private final Repositories owner;

    TrashRestore(DSLContext ctx, Repositories owner) {
        this.ctx = ctx;
        this.owner = owner;
    }

    /**
     * The deals of {@code contact} that the change set which last deleted her deleted too: hers alone (an undone import
     * deleted every deal it made, and a contact restored from it brought back another contact's deal of the same file).
     */
    public List<UUID> dealsDeletedWith(UUID contact) {
        List<UUID> deletedWith = owner.changeLog().deletedAlongWith(contact, DEAL.getName());
        if (deletedWith.isEmpty()) {
            return List.of();
        }
        return ctx.select(DEAL.ID).from(DEAL).where(DEAL.ID.in(deletedWith).and(DEAL.CONTACT_ID.eq(contact))).fetch(DEAL.ID);
    }

    /** Takes out of the trash what the change set that last deleted contact {@code id} deleted of hers; how many rows. */
    public int contactsRows(UUID id) {
        return restore(EMAIL_ADDRESS, EMAIL_ADDRESS.ID, EMAIL_ADDRESS.CONTACT_ID, EMAIL_ADDRESS.DELETED_AT, id)
                + restore(PHONE_NUMBER, PHONE_NUMBER.ID, PHONE_NUMBER.CONTACT_ID, PHONE_NUMBER.DELETED_AT, id)
                + restore(INTERACTION, INTERACTION.ID, INTERACTION.CONTACT_ID, INTERACTION.DELETED_AT, id);
    }

    /** Takes out of the trash what the change set that last deleted deal {@code id} deleted of it; how many rows. */
    public int dealsRows(UUID id) {
        return restore(STAGE_CHANGE, STAGE_CHANGE.ID, STAGE_CHANGE.DEAL_ID, STAGE_CHANGE.DELETED_AT, id)
                + restore(INTERACTION, INTERACTION.ID, INTERACTION.DEAL_ID, INTERACTION.DELETED_AT, id)
                + restore(FOLLOW_UP, FOLLOW_UP.ID, FOLLOW_UP.DEAL_ID, FOLLOW_UP.DELETED_AT, id);
    }

    private <R extends UpdatableRecord<R>> int restore(Table<R> table, TableField<R, UUID> key, TableField<R, UUID> parent,
            TableField<R, Instant> deletedAt, UUID id) {
        List<UUID> deletedWith = owner.changeLog().deletedAlongWith(id, table.getName());
        if (deletedWith.isEmpty()) {
            return 0;
        }
        int back = 0;
        for (R r : ctx.selectFrom(table).where(key.in(deletedWith).and(parent.eq(id)).and(deletedAt.isNotNull())).fetch()) {
            r.set(deletedAt, null);
            back += owner.changes().update(r) ? 1 : 0;
        }
        return back;
    }
}
