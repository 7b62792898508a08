package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.DEAL;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.WonDetails;
import com.funnelboard.store.jooq.tables.records.DealRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Deals: creating them and moving them between stages. */
public final class DealRepository {

    private final DSLContext ctx;
    private final Clock clock;
    private final Repositories owner;

    DealRepository(DSLContext ctx, Repositories owner) {
        this.ctx = ctx;
        this.clock = owner.clock();
        this.owner = owner;
    }

    /** Inserts a deal; one without an owner belongs to the person of this installation (its creator), once known. */
    public void insert(Deal deal) {
        owner.changes().insert(toRecord(deal, creator()));
    }

    /** Inserts a deal under the id another program gave it (a web form's submission, a CRM's record): see {@link #withExternalKey}. */
    public void insert(Deal deal, String externalKey) {
        DealRecord r = toRecord(deal, creator());
        r.setExternalKey(externalKey);
        owner.changes().insert(r);
    }

    /** The live deal that another program's id names (an import's or a command's external id), if any. */
    public Optional<UUID> withExternalKey(String key) {
        return ctx.select(DEAL.ID).from(DEAL).where(DEAL.EXTERNAL_KEY.eq(key)).and(DEAL.DELETED_AT.isNull())
                .orderBy(DEAL.CREATED_AT.asc(), DEAL.ID.asc()).limit(1).fetchOptional(org.jooq.Record1::value1);
    }

    /** A live deal other than {@code not} that another program's id names: a deal restored would make two of one id. */
    public Optional<Deal> otherWithExternalKey(String key, UUID not) {
        return ctx.selectFrom(DEAL).where(DEAL.EXTERNAL_KEY.eq(key)).and(DEAL.DELETED_AT.isNull()).and(DEAL.ID.ne(not))
                .orderBy(DEAL.CREATED_AT.asc(), DEAL.ID.asc()).limit(1).fetchOptional().map(DealRepository::toDeal);
    }

    /**
     * A deal someone deleted (in the trash, not by an undo) that another program's id names: a lead added under that id would
     * make two of one id once it is restored. One an undo took away is not: adding again is how an undone add is done over.
     */
    public Optional<Deal> deletedWithExternalKey(String key) {
        return ctx.selectFrom(DEAL).where(DEAL.EXTERNAL_KEY.eq(key)).and(DEAL.DELETED_AT.isNotNull())
                .andNotExists(org.jooq.impl.DSL.selectOne().from(org.jooq.impl.DSL.table("change x")).join(org.jooq.impl.DSL.table("change_set s")).on("s.id = x.change_set_id")
                        .where("x.row_key = deal.id AND x.table_name = 'deal' AND x.field = 'deleted_at' "
                                + "AND x.new_value = CAST(deal.deleted_at AS TEXT) AND s.origin = 'undo'"))
                .orderBy(DEAL.DELETED_AT.desc()).limit(1).fetchOptional().map(DealRepository::toDeal);
    }

    /** Inserts many deals in one batch (the sample generator, imports); those without an owner as {@link #insert}. */
    public void insertAll(Collection<Deal> deals) {
        String creator = creator();
        owner.changes().insertAll(deals.stream().map(d -> toRecord(d, creator)).toList());
    }

    /** The email of this installation's person (who creates a deal owns it), or null before anyone said who they are. */
    String creator() {
        // Not the former user of a copied file, before its new user has said who they are: then nobody.
        LocalState local = owner.local();
        return local.identityNeedsConfirming() ? null
                : local.identity().map(p -> com.funnelboard.domain.Person.normalEmail(p.email())).orElse(null);
    }

    /**
     * Gives a live deal to another owner (an email; null for nobody), recorded like any edit.
     *
     * @return false when the deal is gone or already has that owner
     */
    public boolean setOwner(UUID id, String email) {
        DealRecord r = ctx.selectFrom(DEAL).where(DEAL.ID.eq(id).and(DEAL.DELETED_AT.isNull())).fetchOne();
        if (r == null) {
            return false;
        }
        r.setOwner(com.funnelboard.domain.Person.normalEmail(email));
        return owner.changes().update(r);
    }

    /**
     * Gives every deal {@code from} owns, those in the trash included, to {@code to} (one person's new
     * address); each recorded like an edit.
     *
     * @return how many
     */
    public int reassignOwner(String from, String to) {
        String old = com.funnelboard.domain.Person.normalEmail(from);
        String normal = com.funnelboard.domain.Person.normalEmail(to);
        int n = 0;
        for (DealRecord r : ctx.selectFrom(DEAL).where(DEAL.OWNER.eq(old)).fetch()) {
            r.setOwner(normal);
            n += owner.changes().update(r) ? 1 : 0;
        }
        return n;
    }

    /**
     * Gives every deal nobody owns (from before owners, or created before anyone said who they are
     * on this database), those in the trash included, to {@code email}; each recorded like an edit.
     *
     * @return how many
     */
    public int claimUnowned(String email) {
        String normal = com.funnelboard.domain.Person.normalEmail(email);
        int n = 0;
        for (DealRecord r : ctx.selectFrom(DEAL).where(DEAL.OWNER.isNull()).fetch()) {
            r.setOwner(normal);
            n += owner.changes().update(r) ? 1 : 0;
        }
        return n;
    }

    /** How many deals in the trash nobody owns. */
    public int countUnownedInTrash() {
        return ctx.fetchCount(DEAL, DEAL.OWNER.isNull().and(DEAL.DELETED_AT.isNotNull()));
    }

    /** How many deals nobody owns, those in the trash included. */
    public int countUnowned() {
        return ctx.fetchCount(DEAL, DEAL.OWNER.isNull());
    }

    /**
     * What a list's card does not hold of a deal: when it is expected to close, when it closed, the id another program gave
     * it, its source, why it was lost, when it was created.
     */
    public record ListExtras(java.time.LocalDate expectedCloseOn, java.time.LocalDate closedOn, String externalKey, String source,
            String lostReason, Instant createdAt) {}

    /** The {@link ListExtras} of {@code ids}, by id (a list's deals). */
    public java.util.Map<UUID, ListExtras> closeDates(Collection<UUID> ids) {
        java.util.Map<UUID, ListExtras> out = new java.util.HashMap<>();
        List<UUID> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += 500) {
            ctx.select(DEAL.ID, DEAL.EXPECTED_CLOSE_ON, DEAL.CLOSED_ON, DEAL.EXTERNAL_KEY, DEAL.SOURCE, DEAL.LOST_REASON, DEAL.CREATED_AT)
                    .from(DEAL).where(DEAL.ID.in(all.subList(i, Math.min(all.size(), i + 500))))
                    .forEach(r -> out.put(r.value1(), new ListExtras(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
        }
        return out;
    }

    /** The id another program gave a deal (an import's external id, `deals add --external-id`), if any. */
    public Optional<String> externalKeyOf(UUID id) {
        return ctx.select(DEAL.EXTERNAL_KEY).from(DEAL).where(DEAL.ID.eq(id)).fetchOptional(org.jooq.Record1::value1);
    }

    /** A deal's title, in the trash or not. */
    public Optional<String> titleOf(UUID id) {
        return ctx.select(DEAL.TITLE).from(DEAL).where(DEAL.ID.eq(id)).fetchOptional(org.jooq.Record1::value1);
    }

    public Optional<Deal> find(UUID id) {
        return ctx.selectFrom(DEAL).where(DEAL.ID.eq(id).and(DEAL.DELETED_AT.isNull())).fetchOptional().map(DealRepository::toDeal);
    }

    /**
     * Puts a deal into a stage; lost reason and note are kept only while it is Lost, the final
     * value and close date only while it is Won.
     *
     * @param won the won details of a move to Won, null for any other move
     */
    public void moveTo(UUID id, Stage to, Instant at, LostReason lostReason, String lostNote, WonDetails won) {
        boolean lost = to == Stage.LOST;
        if ((to == Stage.WON) != (won != null)) {
            throw new IllegalArgumentException("A move to Won, and only a move to Won, records won details");
        }
        DealRecord r = ctx.selectFrom(DEAL).where(DEAL.ID.eq(id).and(DEAL.DELETED_AT.isNull())).fetchOne();
        if (r == null) {
            throw new IllegalStateException("No deal " + id);
        }
        if (won != null && !won.finalValue().currency().equals(r.getCurrency())) {
            throw new IllegalArgumentException("The final value is in " + won.finalValue().currency() + ", the deal in " + r.getCurrency());
        }
        r.setStage(to.key());
        r.setStageEnteredAt(at);
        r.setLostReason(lost && lostReason != null ? lostReason.key() : null);
        r.setLostNote(lost ? lostNote : null);
        r.setFinalValueMinor(won == null ? null : won.finalValue().minor());
        r.setClosedOn(won == null ? null : won.closedOn());
        owner.changes().update(r);
    }

    /**
     * Writes the editable fields of a live deal (title, value, currency, expected close date,
     * source, and a Won deal's final value, close date and so when it entered Won); only those that differ are recorded.
     *
     * @return false when the deal is gone
     */
    public boolean update(Deal d) {
        DealRecord r = ctx.selectFrom(DEAL).where(DEAL.ID.eq(d.id()).and(DEAL.DELETED_AT.isNull())).fetchOne();
        if (r == null) {
            return false;
        }
        r.setTitle(d.title());
        r.setValueMinor(d.value() == null ? null : d.value().minor());
        r.setCurrency(d.currency());
        r.setExpectedCloseOn(d.expectedCloseOn());
        r.setSource(d.source());
        r.setFinalValueMinor(d.finalValue() == null ? null : d.finalValue().minor());
        r.setClosedOn(d.closedOn());
        r.setStageEnteredAt(d.stageEnteredAt()); // a won deal's correction of the day it closed
        owner.changes().update(r);
        return true;
    }

    /** A live deal's notes (its description); empty when it has none, or is gone. */
    public java.util.Optional<String> notes(UUID id) {
        return java.util.Optional.ofNullable(ctx.select(DEAL.NOTES).from(DEAL).where(DEAL.ID.eq(id).and(DEAL.DELETED_AT.isNull()))
                .fetchOne(DEAL.NOTES));
    }

    /** Writes a live deal's notes (null: none), recorded like any edit; false when the deal is gone or has them already. */
    public boolean setNotes(UUID id, String notes) {
        return updateLive(id, r -> r.setNotes(notes));
    }

    /** Gives a live deal a contact, recorded like any edit; false when the deal is gone or already has it. */
    public boolean setContact(UUID id, UUID contactId) {
        return updateLive(id, r -> r.setContactId(contactId));
    }

    /** Changes one field of a live deal, recorded like any edit; false when the deal is gone or the field holds the value already. */
    private boolean updateLive(UUID id, java.util.function.Consumer<DealRecord> change) {
        DealRecord r = ctx.selectFrom(DEAL).where(DEAL.ID.eq(id).and(DEAL.DELETED_AT.isNull())).fetchOne();
        if (r == null) {
            return false;
        }
        change.accept(r);
        return owner.changes().update(r);
    }

    /** Moves a live deal to the trash (a soft delete); false when it is gone already. */
    public boolean delete(UUID id) {
        DealRecord r = ctx.selectFrom(DEAL).where(DEAL.ID.eq(id).and(DEAL.DELETED_AT.isNull())).fetchOne();
        return r != null && owner.changes().delete(r);
    }

    /** The currency most live deals are in (the first in alphabetical order among equals); empty without deals. */
    public Optional<String> mostUsedCurrency() {
        return ctx.select(DEAL.CURRENCY).from(DEAL).where(DEAL.DELETED_AT.isNull()).groupBy(DEAL.CURRENCY)
                .orderBy(org.jooq.impl.DSL.count().desc(), DEAL.CURRENCY.asc()).limit(1).fetchOptional(org.jooq.Record1::value1);
    }

    /** Takes a deal out of the trash; false when it is not in it. */
    public boolean restore(UUID id) {
        DealRecord r = ctx.selectFrom(DEAL).where(DEAL.ID.eq(id).and(DEAL.DELETED_AT.isNotNull())).fetchOne();
        if (r == null) {
            return false;
        }
        r.setDeletedAt(null);
        return owner.changes().update(r);
    }

    /** Deals in the trash since {@code since}, most recently deleted first: (id, title, deleted at). */
    public List<com.funnelboard.domain.TrashEntry> deletedSince(Instant since) {
        // Whose deal it is, in or out of the trash: "Renewal" alone did not say which of three.
        var c = com.funnelboard.store.jooq.Tables.CONTACT;
        var o = com.funnelboard.store.jooq.Tables.ORGANIZATION;
        org.jooq.Field<String> contact = org.jooq.impl.DSL.field(org.jooq.impl.DSL.select(c.NAME).from(c).where(c.ID.eq(DEAL.CONTACT_ID)));
        org.jooq.Field<String> organization = org.jooq.impl.DSL.field(org.jooq.impl.DSL.select(o.NAME).from(o)
                .where(o.ID.eq(org.jooq.impl.DSL.coalesce(DEAL.ORGANIZATION_ID,
                        org.jooq.impl.DSL.field(org.jooq.impl.DSL.select(c.ORGANIZATION_ID).from(c).where(c.ID.eq(DEAL.CONTACT_ID)))))));
        return ctx.select(DEAL.ID, DEAL.TITLE, DEAL.DELETED_AT, contact, organization).from(DEAL)
                .where(TrashWindow.deletedSince(DEAL, DEAL.ID, DEAL.DELETED_AT, since))
                .orderBy(DEAL.DELETED_AT.desc())
                .fetch(r -> new com.funnelboard.domain.TrashEntry(com.funnelboard.domain.TrashEntry.Kind.DEAL, r.value1(), r.value2(),
                        r.value3(), r.value4() == null ? r.value5() : r.value5() == null ? r.value4() : r.value4() + " \u00B7 " + r.value5()));
    }

    /** The organization a deal belongs to itself (an imported deal), when it has one. */
    public Optional<UUID> organizationOf(UUID dealId) {
        return ctx.select(DEAL.ORGANIZATION_ID).from(DEAL).where(DEAL.ID.eq(dealId)).fetchOptional(DEAL.ORGANIZATION_ID)
                .filter(java.util.Objects::nonNull);
    }

    /** Live deals of a contact. */
    public List<UUID> liveOf(UUID contact) {
        return ctx.select(DEAL.ID).from(DEAL).where(DEAL.CONTACT_ID.eq(contact).and(DEAL.DELETED_AT.isNull())).fetch(DEAL.ID);
    }

    /** Ids of live deals starting with the typed characters; at most {@code limit}. */
    public List<UUID> idsStartingWith(String prefix, int limit) {
        return IdPrefix.matching(ctx, DEAL, DEAL.ID, DEAL.DELETED_AT, prefix, limit);
    }

    /** Whether a deal in the trash has an id starting with the typed characters. */
    public boolean inTrashStartingWith(String prefix) {
        String p = prefix.strip().toLowerCase(java.util.Locale.ROOT);
        org.jooq.Field<String> text = org.jooq.impl.DSL.field(DEAL.ID.getQualifiedName(), org.jooq.impl.SQLDataType.VARCHAR);
        return ctx.fetchExists(DEAL, text.ge(p).and(text.lt(p + Character.MAX_VALUE)).and(DEAL.DELETED_AT.isNotNull())
                .or(text.like("%" + p).and(DEAL.DELETED_AT.isNotNull())));
    }

    /** Whether any deal row is stored at all, deleted ones included (their ids stay taken). */
    public boolean anyStored() {
        return ctx.fetchExists(DEAL);
    }

    public long count() {
        return ctx.fetchCount(DEAL, DEAL.DELETED_AT.isNull());
    }

    private DealRecord toRecord(Deal d, String creator) {
        Instant now = clock.instant();
        DealRecord r = ctx.newRecord(DEAL);
        r.setId(d.id());
        r.setContactId(d.contactId());
        r.setTitle(d.title());
        r.setStage(d.stage().key());
        r.setValueMinor(d.value() == null ? null : d.value().minor());
        r.setCurrency(d.currency());
        r.setSource(d.source());
        r.setExpectedCloseOn(d.expectedCloseOn());
        r.setStageEnteredAt(d.stageEnteredAt());
        r.setLostReason(d.lostReason() == null ? null : d.lostReason().key());
        r.setLostNote(d.lostNote());
        r.setFinalValueMinor(d.finalValue() == null ? null : d.finalValue().minor());
        r.setClosedOn(d.closedOn());
        r.setCreatedAt(d.createdAt() == null ? now : d.createdAt());
        r.setUpdatedAt(d.updatedAt() == null ? now : d.updatedAt());
        r.setOwner(d.owner() != null ? d.owner() : creator);
        return r;
    }

    static Deal toDeal(DealRecord r) {
        return new Deal(
                r.getId(),
                r.getContactId(),
                r.getTitle(),
                Stage.fromKey(r.getStage()),
                r.getValueMinor() == null ? null : new Money(r.getValueMinor(), r.getCurrency()),
                r.getCurrency(),
                r.getSource(),
                r.getExpectedCloseOn(),
                r.getStageEnteredAt(),
                r.getLostReason() == null ? null : LostReason.parse(r.getLostReason()).orElse(LostReason.OTHER),
                r.getLostNote(),
                r.getFinalValueMinor() == null ? null : new Money(r.getFinalValueMinor(), r.getCurrency()),
                r.getClosedOn(),
                r.getCreatedAt(),
                r.getUpdatedAt(),
                r.getOwner());
    }
}
