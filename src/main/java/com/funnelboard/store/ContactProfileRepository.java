package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CONTACT;
import static com.funnelboard.store.jooq.Tables.DEAL;
import static com.funnelboard.store.jooq.Tables.EMAIL_ADDRESS;
import static com.funnelboard.store.jooq.Tables.INTERACTION;
import static com.funnelboard.store.jooq.Tables.ORGANIZATION;
import static com.funnelboard.store.jooq.Tables.PHONE_NUMBER;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.jooq.tables.records.ContactRecord;
import com.funnelboard.store.jooq.tables.records.EmailAddressRecord;
import com.funnelboard.store.jooq.tables.records.PhoneNumberRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Contacts in full: profiles with all their addresses, the contacts list, and merging. */
public final class ContactProfileRepository {

    private final DSLContext ctx;
    private final Clock clock;
    private final Repositories owner;

    ContactProfileRepository(DSLContext ctx, Repositories owner) {
        this.ctx = ctx;
        this.clock = owner.clock();
        this.owner = owner;
    }

    /** A live contact's profile. */
    public Optional<ContactProfile> find(UUID id) {
        return findAny(id).filter(p -> p.mergedInto() == null && isLive(id));
    }

    /** A contact's profile, also when it is a tombstone or deleted. */
    public Optional<ContactProfile> findAny(UUID id) {
        return ctx.selectFrom(CONTACT).where(CONTACT.ID.eq(id)).fetchOptional().map(r -> toProfile(r, emails(id), phones(id)));
    }

    private boolean isLive(UUID id) {
        return ctx.fetchExists(CONTACT, CONTACT.ID.eq(id).and(CONTACT.DELETED_AT.isNull()));
    }

    /**
     * The one writer of new contacts, used by every path that creates one (New lead, deals add,
     * contacts add, the sample data, and later import and merge): the contact row and its email
     * addresses and phone numbers, each in its list.
     */
    public void insert(ContactProfile p) {
        insertAll(List.of(p));
    }

    /** The columns a new contact is written with (see {@link #fill}), in the order {@link #insertAll} gives them. */
    private static final List<Field<?>> NEW_CONTACT = List.of(CONTACT.ID, CONTACT.ORGANIZATION_ID, CONTACT.NAME, CONTACT.TITLE, CONTACT.EMAIL,
            CONTACT.PHONE, CONTACT.PREFERRED_CHANNEL, CONTACT.INDUSTRY, CONTACT.COMPANY_SIZE, CONTACT.PERSONA, CONTACT.PAIN_POINTS,
            CONTACT.SOURCE, CONTACT.TAGS, CONTACT.NOTES);
    private static final List<Field<?>> NEW_EMAIL = List.of(EMAIL_ADDRESS.ID, EMAIL_ADDRESS.CONTACT_ID, EMAIL_ADDRESS.POSITION,
            EMAIL_ADDRESS.EMAIL);
    private static final List<Field<?>> NEW_PHONE = List.of(PHONE_NUMBER.ID, PHONE_NUMBER.CONTACT_ID, PHONE_NUMBER.POSITION,
            PHONE_NUMBER.PHONE);

    /**
     * As {@link #insert}, for many contacts in batches: their stored values are bound straight to
     * one prepared statement per table (no record per row), the lists' rows keyed in the order they
     * are made.
     */
    public void insertAll(java.util.Collection<ContactProfile> profiles) {
        List<Object[]> contacts = new ArrayList<>(profiles.size());
        List<Object[]> emails = new ArrayList<>(profiles.size());
        List<Object[]> phones = new ArrayList<>(profiles.size());
        java.util.function.Supplier<UUID> ids = owner.changes().ids();
        for (ContactProfile p : profiles) {
            String id = p.id().toString();
            contacts.add(new Object[] {id, p.organizationId() == null ? null : p.organizationId().toString(), p.name().strip(),
                blankToNull(p.title()), p.primaryEmail(), p.primaryPhone(), p.channel() == null ? null : p.channel().storageKey(),
                blankToNull(p.industry()), blankToNull(p.companySize()), blankToNull(p.persona()), blankToNull(p.painPoints()),
                blankToNull(p.source()), p.tags().isEmpty() ? null : String.join(",", p.tags()), blankToNull(p.notes())});
            for (int i = 0; i < p.emails().size(); i++) {
                emails.add(new Object[] {ids.get().toString(), id, (long) i, p.emails().get(i)});
            }
            for (int i = 0; i < p.phones().size(); i++) {
                phones.add(new Object[] {ids.get().toString(), id, (long) i, p.phones().get(i)});
            }
        }
        // Addresses and numbers first, their contacts after them: the contact's search document is
        // then written once, whole, by the contact's insert trigger (the triggers of addresses and
        // numbers leave a contact not stored yet alone, schema V16). Written the other way round,
        // each address and number rewrote the document, a delete in the full-text index each. The
        // change log still names each contact before its addresses and numbers.
        owner.changes().insertValues(List.of(new ChangeRecorder.NewRows(EMAIL_ADDRESS, NEW_EMAIL, emails),
                new ChangeRecorder.NewRows(PHONE_NUMBER, NEW_PHONE, phones), new ChangeRecorder.NewRows(CONTACT, NEW_CONTACT, contacts)),
                2, 0, 1);
    }

    /**
     * Writes the fields of a live contact that differ, and its lists as recorded changes: an
     * address kept moves to its new position, one removed is soft-deleted, a new one is added.
     *
     * @return false when the contact is gone
     */
    public boolean update(ContactProfile p) {
        ContactRecord r = ctx.selectFrom(CONTACT).where(CONTACT.ID.eq(p.id()).and(CONTACT.DELETED_AT.isNull())).fetchOne();
        if (r == null) {
            return false;
        }
        fill(r, p);
        owner.changes().update(r);
        List<EmailAddressRecord> emailRows = ctx.selectFrom(EMAIL_ADDRESS)
                .where(EMAIL_ADDRESS.CONTACT_ID.eq(p.id()).and(EMAIL_ADDRESS.DELETED_AT.isNull())).orderBy(emailOrder(EMAIL_ADDRESS.CONTACT_ID)).fetch();
        syncList(p.emails(), emailRows, EmailAddressRecord::getEmail, (rec, pos) -> rec.setPosition(pos), i -> email(p.id(), i, p.emails().get(i)));
        List<PhoneNumberRecord> phoneRows = ctx.selectFrom(PHONE_NUMBER)
                .where(PHONE_NUMBER.CONTACT_ID.eq(p.id()).and(PHONE_NUMBER.DELETED_AT.isNull())).orderBy(phoneOrder(PHONE_NUMBER.CONTACT_ID)).fetch();
        syncList(p.phones(), phoneRows, PhoneNumberRecord::getPhone, (rec, pos) -> rec.setPosition(pos), i -> phone(p.id(), i, p.phones().get(i)));
        return true;
    }

    private <R extends org.jooq.UpdatableRecord<R>> void syncList(List<String> wanted, List<R> rows, java.util.function.Function<R, String> value,
            java.util.function.BiConsumer<R, Long> position, java.util.function.IntFunction<R> create) {
        Map<String, R> byValue = new HashMap<>();
        for (R row : rows) {
            if (byValue.putIfAbsent(value.apply(row), row) != null) {
                owner.changes().delete(row); // a repeated entry
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            R row = byValue.remove(wanted.get(i));
            if (row == null) {
                owner.changes().insert(create.apply(i));
            } else {
                position.accept(row, (long) i);
                owner.changes().update(row);
            }
        }
        for (R gone : byValue.values()) {
            owner.changes().delete(gone);
        }
    }

    private EmailAddressRecord email(UUID contact, int position, String email) {
        EmailAddressRecord e = ctx.newRecord(EMAIL_ADDRESS);
        e.setId(UUID.randomUUID());
        e.setContactId(contact);
        e.setPosition((long) position);
        e.setEmail(email);
        return e;
    }

    private PhoneNumberRecord phone(UUID contact, int position, String phone) {
        PhoneNumberRecord e = ctx.newRecord(PHONE_NUMBER);
        e.setId(UUID.randomUUID());
        e.setContactId(contact);
        e.setPosition((long) position);
        e.setPhone(phone);
        return e;
    }

    private void fill(ContactRecord r, ContactProfile p) {
        r.setOrganizationId(p.organizationId());
        r.setName(p.name().strip());
        r.setTitle(blankToNull(p.title()));
        r.setEmail(p.primaryEmail());
        r.setPhone(p.primaryPhone());
        r.setPreferredChannel(p.channel() == null ? null : p.channel().storageKey());
        r.setIndustry(blankToNull(p.industry()));
        r.setCompanySize(blankToNull(p.companySize()));
        r.setPersona(blankToNull(p.persona()));
        r.setPainPoints(blankToNull(p.painPoints()));
        r.setSource(blankToNull(p.source()));
        r.setTags(p.tags().isEmpty() ? null : String.join(",", p.tags()));
        r.setNotes(blankToNull(p.notes()));
    }

    private List<String> emails(UUID id) {
        return ctx.select(EMAIL_ADDRESS.EMAIL).from(EMAIL_ADDRESS).where(EMAIL_ADDRESS.CONTACT_ID.eq(id).and(EMAIL_ADDRESS.DELETED_AT.isNull()))
                .orderBy(emailOrder(EMAIL_ADDRESS.CONTACT_ID)).fetch(EMAIL_ADDRESS.EMAIL);
    }

    private List<String> phones(UUID id) {
        return ctx.select(PHONE_NUMBER.PHONE).from(PHONE_NUMBER).where(PHONE_NUMBER.CONTACT_ID.eq(id).and(PHONE_NUMBER.DELETED_AT.isNull()))
                .orderBy(phoneOrder(PHONE_NUMBER.CONTACT_ID)).fetch(PHONE_NUMBER.PHONE);
    }

    /**
     * A contact's addresses in their order; two at one position (each added by a teammate who had
     * not seen the other's) put the contact's primary first, the one every list shows, then by id:
     * the same order on every installation (they came in the order rows arrived, so screens disagreed).
     */
    private static org.jooq.SortField<?>[] emailOrder(Field<UUID> contact) {
        return new org.jooq.SortField<?>[] {EMAIL_ADDRESS.POSITION.asc(),
            DSL.when(EMAIL_ADDRESS.EMAIL.eq(DSL.field(DSL.select(CONTACT.EMAIL).from(CONTACT).where(CONTACT.ID.eq(contact)))), 0).else_(1).asc(),
            EMAIL_ADDRESS.ID.asc()};
    }

    /** A contact's numbers in their order, as {@link #emailOrder}. */
    private static org.jooq.SortField<?>[] phoneOrder(Field<UUID> contact) {
        return new org.jooq.SortField<?>[] {PHONE_NUMBER.POSITION.asc(),
            DSL.when(PHONE_NUMBER.PHONE.eq(DSL.field(DSL.select(CONTACT.PHONE).from(CONTACT).where(CONTACT.ID.eq(contact)))), 0).else_(1).asc(),
            PHONE_NUMBER.ID.asc()};
    }

    /**
     * Live contacts by name, with their organization, open deals and last interaction; optionally
     * those whose name, email, title or organization contains a text (ignoring case).
     */
    public List<ContactSummary> list(String text, int limit) {
        Condition c = listed(text);
        Field<Integer> open = DSL.field(DSL.selectCount().from(DEAL).where(DEAL.CONTACT_ID.eq(CONTACT.ID))
                .and(DEAL.DELETED_AT.isNull()).and(DEAL.STAGE.notIn(Stage.WON.key(), Stage.LOST.key())));
        Field<Instant> last = DSL.field(DSL.select(DSL.max(INTERACTION.OCCURRED_AT)).from(INTERACTION)
                .where(INTERACTION.CONTACT_ID.eq(CONTACT.ID)).and(INTERACTION.DELETED_AT.isNull()));
        return ctx.select(CONTACT.ID, CONTACT.NAME, CONTACT.TITLE, CONTACT.ORGANIZATION_ID, ORGANIZATION.NAME, CONTACT.EMAIL, CONTACT.PHONE,
                        CONTACT.INDUSTRY, open, last)
                .from(CONTACT)
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID))
                .where(c)
                .orderBy(CONTACT.NAME.collate("NOCASE"), CONTACT.ID)
                .limit(limit)
                .fetch(r -> new ContactSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9() == null ? 0 : r.value9(), r.value10()));
    }

    /** How many live contacts the Contacts page's search {@code text} finds (the page lists a first part of them). */
    public int count(String text) {
        // From what the list reads: its search looks at the organization's name too.
        return ctx.fetchCount(ctx.selectOne().from(CONTACT).leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID))
                .where(listed(text)));
    }

    private static Condition listed(String text) {
        Condition c = CONTACT.DELETED_AT.isNull();
        return text != null && !text.isBlank() ? c.and(ContactSearchCondition.matching(text)) : c;
    }

    /** Every live contact as duplicate detection sees it (for listing every pair). */
    public List<DuplicateFinder.Candidate> candidates() {
        return candidates(DSL.trueCondition(), DSL.trueCondition(), DSL.trueCondition());
    }

    /**
     * The live contacts that could look like {@code me}: those sharing an email (through its
     * index), those at the same organization, and those with a phone number ending in the same
     * seven digits. Duplicate detection then decides; this only keeps it from reading every contact
     * each time one is shown or added.
     */
    public List<DuplicateFinder.Candidate> candidatesNear(DuplicateFinder.Candidate me) {
        java.util.Set<UUID> ids = new java.util.LinkedHashSet<>();
        if (!me.emails().isEmpty()) {
            ids.addAll(ctx.select(EMAIL_ADDRESS.CONTACT_ID).from(EMAIL_ADDRESS)
                    .where(EMAIL_ADDRESS.EMAIL.collate("NOCASE").in(me.emails().stream().map(String::strip).toList())
                            .and(EMAIL_ADDRESS.DELETED_AT.isNull()))
                    .fetch(EMAIL_ADDRESS.CONTACT_ID));
        }
        if (me.organizationId() != null) {
            ids.addAll(ctx.select(CONTACT.ID).from(CONTACT).where(CONTACT.ORGANIZATION_ID.eq(me.organizationId())).fetch(CONTACT.ID));
        }
        java.util.Set<String> tails = me.phones().stream().map(ContactProfileRepository::phoneTail).filter(t -> !t.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
        if (!tails.isEmpty()) {
            ctx.select(PHONE_NUMBER.CONTACT_ID, PHONE_NUMBER.PHONE).from(PHONE_NUMBER).where(PHONE_NUMBER.DELETED_AT.isNull())
                    .forEach(r -> {
                        if (tails.contains(phoneTail(r.value2()))) {
                            ids.add(r.value1());
                        }
                    });
        }
        ids.remove(me.id());
        if (ids.isEmpty()) {
            return List.of();
        }
        return candidates(CONTACT.ID.in(ids), EMAIL_ADDRESS.CONTACT_ID.in(ids), PHONE_NUMBER.CONTACT_ID.in(ids));
    }

    /** The last seven digits of a phone number, however it is written. */
    static String phoneTail(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() <= 7 ? digits : digits.substring(digits.length() - 7);
    }

    private List<DuplicateFinder.Candidate> candidates(Condition contacts, Condition emailRows, Condition phoneRows) {
        Map<UUID, List<String>> emails = new HashMap<>();
        ctx.select(EMAIL_ADDRESS.CONTACT_ID, EMAIL_ADDRESS.EMAIL).from(EMAIL_ADDRESS).where(emailRows.and(EMAIL_ADDRESS.DELETED_AT.isNull()))
                .orderBy(EMAIL_ADDRESS.CONTACT_ID, EMAIL_ADDRESS.POSITION)
                .forEach(r -> emails.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<UUID, List<String>> phones = new HashMap<>();
        ctx.select(PHONE_NUMBER.CONTACT_ID, PHONE_NUMBER.PHONE).from(PHONE_NUMBER).where(phoneRows.and(PHONE_NUMBER.DELETED_AT.isNull()))
                .orderBy(PHONE_NUMBER.CONTACT_ID, PHONE_NUMBER.POSITION)
                .forEach(r -> phones.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return ctx.select(CONTACT.ID, CONTACT.NAME, CONTACT.ORGANIZATION_ID).from(CONTACT).where(CONTACT.DELETED_AT.isNull().and(contacts))
                .orderBy(CONTACT.CREATED_AT, CONTACT.ID)
                .fetch(r -> new DuplicateFinder.Candidate(r.value1(), r.value2(), r.value3(), emails.getOrDefault(r.value1(), List.of()),
                        phones.getOrDefault(r.value1(), List.of())));
    }

    /** Moves every deal and interaction of {@code from} to {@code to}; returns how many rows moved. */
    public com.funnelboard.domain.Reassigned reassign(UUID from, UUID to) {
        int deals = 0;
        for (var deal : ctx.selectFrom(DEAL).where(DEAL.CONTACT_ID.eq(from)).fetch()) {
            deal.setContactId(to);
            deals += owner.changes().update(deal) ? 1 : 0;
        }
        int interactions = 0;
        for (var interaction : ctx.selectFrom(INTERACTION).where(INTERACTION.CONTACT_ID.eq(from)).fetch()) {
            interaction.setContactId(to);
            interactions += owner.changes().update(interaction) ? 1 : 0;
        }
        return new com.funnelboard.domain.Reassigned(deals, interactions);
    }

    /** Keeps a merged-away contact as a tombstone that points at the survivor. */
    public void tombstone(UUID id, UUID survivor) {
        ContactRecord r = ctx.selectFrom(CONTACT).where(CONTACT.ID.eq(id)).fetchOne();
        if (r == null) {
            return;
        }
        r.setMergedInto(survivor);
        if (!owner.changes().delete(r)) {
            owner.changes().update(r);
        }
    }

    /** Moves a live contact to the trash (a soft delete); false when it is gone already. */
    public boolean delete(UUID id) {
        ContactRecord r = ctx.selectFrom(CONTACT).where(CONTACT.ID.eq(id).and(CONTACT.DELETED_AT.isNull())).fetchOne();
        return r != null && owner.changes().delete(r);
    }

    /** Takes a deleted (not merged-away) contact out of the trash; false when it is not in it. */
    public boolean restore(UUID id) {
        ContactRecord r = ctx.selectFrom(CONTACT).where(CONTACT.ID.eq(id).and(CONTACT.DELETED_AT.isNotNull())
                .and(CONTACT.MERGED_INTO.isNull())).fetchOne();
        if (r == null) {
            return false;
        }
        r.setDeletedAt(null);
        return owner.changes().update(r);
    }

    /** Contacts in the trash since {@code since} (merged-away ones are not), most recently deleted first. */
    public List<com.funnelboard.domain.TrashEntry> deletedSince(Instant since) {
        org.jooq.Field<String> organization = DSL.field(DSL.select(ORGANIZATION.NAME).from(ORGANIZATION)
                .where(ORGANIZATION.ID.eq(CONTACT.ORGANIZATION_ID)));
        return ctx.select(CONTACT.ID, CONTACT.NAME, CONTACT.DELETED_AT, organization).from(CONTACT)
                .where(TrashWindow.deletedSince(CONTACT, CONTACT.ID, CONTACT.DELETED_AT, since).and(CONTACT.MERGED_INTO.isNull()))
                .orderBy(CONTACT.DELETED_AT.desc())
                .fetch(r -> new com.funnelboard.domain.TrashEntry(com.funnelboard.domain.TrashEntry.Kind.CONTACT, r.value1(), r.value2(),
                        r.value3(), r.value4()));
    }

    /** Ids of live contacts starting with the typed characters; at most {@code limit}. */
    public List<UUID> idsStartingWith(String prefix, int limit) {
        return IdPrefix.matching(ctx, CONTACT, CONTACT.ID, CONTACT.DELETED_AT, prefix, limit);
    }

    /**
     * The one contact merged into another whose id starts with {@code prefix}, and the live contact it
     * is part of now (following merges of merges): empty when none or several are.
     */
    public Optional<UUID[]> mergedStartingWith(String prefix) {
        String p = prefix.strip().toLowerCase(java.util.Locale.ROOT);
        var text = org.jooq.impl.DSL.field(CONTACT.ID.getQualifiedName(), org.jooq.impl.SQLDataType.VARCHAR);
        List<UUID> merged = ctx.select(CONTACT.ID).from(CONTACT).where(text.ge(p).and(text.lt(p + Character.MAX_VALUE))
                .and(CONTACT.MERGED_INTO.isNotNull())).limit(2).fetch(CONTACT.ID);
        if (merged.size() != 1) {
            return Optional.empty();
        }
        UUID now = merged.getFirst();
        for (int hops = 0; hops < 20; hops++) {
            ContactRecord c = ctx.selectFrom(CONTACT).where(CONTACT.ID.eq(now)).fetchOne();
            if (c == null) {
                return Optional.empty();
            }
            if (c.getMergedInto() == null) {
                return c.getDeletedAt() == null ? Optional.of(new UUID[] {merged.getFirst(), now}) : Optional.empty();
            }
            now = c.getMergedInto();
        }
        return Optional.empty();
    }

    private static ContactProfile toProfile(ContactRecord r, List<String> emails, List<String> phones) {
        return new ContactProfile(r.getId(), r.getOrganizationId(), r.getName(), r.getTitle(), emails, phones,
                r.getPreferredChannel() == null ? null : PreferredChannel.parse(r.getPreferredChannel()).orElse(null), r.getIndustry(),
                r.getCompanySize(), r.getPersona(), r.getPainPoints(), r.getSource(),
                r.getTags() == null ? List.of() : Arrays.asList(r.getTags().split(",")), r.getNotes(), r.getMergedInto());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
