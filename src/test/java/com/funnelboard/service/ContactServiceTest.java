package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.TimelineEvent;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.domain.checklist.ItemResult;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactServiceTest {

    @TempDir
    Path dir;

    Store store;
    ContactService contacts;
    DealService deals;
    InteractionService interactions;

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        contacts = new ContactService(store, new DuplicateFinder("SE"));
        deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep");
        interactions = new InteractionService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static ContactProfile full(UUID id, UUID org) {
        return new ContactProfile(id, org, "Ida Berg", "Head of Operations", List.of("ida@nordwind.se", "ida.berg@gmail.com"),
                List.of("+46 8 123 456 78"), PreferredChannel.IN_PERSON, "Logistics", "51-200", "Economic buyer", "Manual routing",
                "referral", List.of("vip", "nordics"), "Met at the fair.", null);
    }

    /** Ä, Ö and Ü beside A, O and U, as people read names ("Änne Öztürk" came after "Zoe Zander"). */
    @Test
    void theListsAreInTheOrderPeopleReadNames() {
        for (String name : List.of("Zoe Zander", "Änne Öztürk", "anna Berg", "Über Ulla", "Ömer Yıldız", "Otto Ohm", "Anna Adler")) {
            contacts.create(ContactProfile.named(UUID.randomUUID(), name), name.startsWith("Ö") ? "Ölmühle Übersee AG" : "Zander KG");
        }
        assertThat(contacts.contacts("", 100)).extracting(com.funnelboard.domain.ContactSummary::name)
                .containsExactly("Anna Adler", "anna Berg", "Änne Öztürk", "Ömer Yıldız", "Otto Ohm", "Über Ulla", "Zoe Zander");
        assertThat(contacts.organizations("", 100)).extracting(com.funnelboard.domain.OrganizationSummary::name)
                .containsExactly("Ölmühle Übersee AG", "Zander KG");
    }

    /**
     * The Contacts and Organizations pages find names as the search box does — "Jurgen", "Muller",
     * "Mueller" and "Gross" find Jürgen Müller and Groß (SQLite's case folding knows only ASCII: they
     * found nobody) — as well as by any part of a name, as before.
     */
    @Test
    void theListsFindNamesWithoutTheirAccentsAndInTheirGermanSpellings() {
        contacts.create(ContactProfile.named(UUID.randomUUID(), "Jürgen Müller"), "Großhandel Süß");
        contacts.create(ContactProfile.named(UUID.randomUUID(), "Gerd Groß"));
        for (String typed : List.of("Jurgen", "muller", "Mueller", "JÜRGEN", "ller")) {
            assertThat(contacts.contacts(typed, 10)).as(typed).extracting(com.funnelboard.domain.ContactSummary::name).containsExactly("Jürgen Müller");
        }
        assertThat(contacts.contacts("Gross", 10)).extracting(com.funnelboard.domain.ContactSummary::name)
                .as("his name, and the other's organization").containsExactlyInAnyOrder("Gerd Groß", "Jürgen Müller");
        assertThat(contacts.organizations("grosshandel suss", 10)).extracting(com.funnelboard.domain.OrganizationSummary::name)
                .containsExactly("Großhandel Süß");
    }

    /**
     * Turkish and Greek as people type them: the index keeps "ı" and Greek accents, so "ışık" found neither "İlker Işık" (stored
     * "isık") nor "IŞIK Dış Ticaret" ("isik"), and "γιωργος" or "ΓΙΩΡΓΟΣ" nobody named "Γιώργος".
     */
    @Test
    void turkishDotlessIAndGreekAccentsAreFoundAsTyped() {
        contacts.create(ContactProfile.named(UUID.randomUUID(), "İlker Işık"), "IŞIK Dış Ticaret A.Ş.");
        contacts.create(ContactProfile.named(UUID.randomUUID(), "Γιώργος Παπαδόπουλος"), "Ελληνική Εταιρεία ΑΕ");
        for (String typed : List.of("ışık", "Işık", "IŞIK", "ilker ışık")) {
            assertThat(contacts.contacts(typed, 10)).as(typed).extracting(com.funnelboard.domain.ContactSummary::name).contains("İlker Işık");
        }
        assertThat(contacts.organizations("ışık", 10)).extracting(com.funnelboard.domain.OrganizationSummary::name)
                .containsExactly("IŞIK Dış Ticaret A.Ş.");
        for (String typed : List.of("γιωργος", "ΓΙΩΡΓΟΣ", "Γιώργος", "παπαδοπ", "γιώ")) {
            assertThat(contacts.contacts(typed, 10)).as(typed).extracting(com.funnelboard.domain.ContactSummary::name)
                    .containsExactly("Γιώργος Παπαδόπουλος");
        }
        assertThat(contacts.organizations("ελληνικη", 10)).extracting(com.funnelboard.domain.OrganizationSummary::name)
                .containsExactly("Ελληνική Εταιρεία ΑΕ");

        // The same organizations named in another case: found, not made again (SQL's LIKE ignores ASCII case only).
        contacts.create(ContactProfile.named(UUID.randomUUID(), "Ayşe Çelik"), "ışık dış ticaret a.ş.");
        contacts.create(ContactProfile.named(UUID.randomUUID(), "Μαρία Κ."), "ΕΛΛΗΝΙΚΗ ΕΤΑΙΡΕΙΑ ΑΕ");
        assertThat(contacts.organizations("", 10)).extracting(com.funnelboard.domain.OrganizationSummary::name)
                .containsExactlyInAnyOrder("IŞIK Dış Ticaret A.Ş.", "Ελληνική Εταιρεία ΑΕ");
    }

    /** New contact names the stored people the one being typed would look like, before it is added. */
    @Test
    void aContactAboutToBeAddedIsComparedWithTheStoredOnes() {
        UUID ida = UUID.randomUUID();
        contacts.create(new ContactProfile(ida, null, "Ida Berg", null, List.of("ida@nordwind.se"), List.of("+46 8 123 456 78"), null, null,
                null, null, null, null, List.of(), null, null), "Nordwind AB");
        assertThat(contacts.lookAlikesOfNew("Someone", null, "IDA@Nordwind.se", null)).singleElement().satisfies(l -> {
            assertThat(l.second().id()).isEqualTo(ida);
            assertThat(l.reasons()).containsExactly(DuplicateFinder.Reason.SAME_EMAIL);
        });
        assertThat(contacts.lookAlikesOfNew("", null, null, "08-123 456 78")).as("the number as written here")
                .extracting(l -> l.second().name()).containsExactly("Ida Berg");
        assertThat(contacts.lookAlikesOfNew("Ida Berg", "nordwind ab", null, null)).as("a similar name in the organization of that name")
                .extracting(ContactService.LookAlike::reasons).containsExactly(java.util.Set.of(DuplicateFinder.Reason.SIMILAR_NAME));
        assertThat(contacts.lookAlikesOfNew("Ida Berg", "Other Ltd", null, null)).as("elsewhere, a name alone is no look-alike").isEmpty();
        assertThat(contacts.lookAlikesOfNew("Ida", null, "ida@nordwind", null)).as("nothing while the address is not one yet").isEmpty();
        assertThat(contacts.lookAlikesOfNew("Someone", null, "ida@nordwind.se", "abc")).as("a bad number beside a stored address")
                .extracting(l -> l.second().name()).containsExactly("Ida Berg");
    }

    @Test
    void anOrganizationTypedAnotherWayIsTheStoredOne() {
        UUID org = contacts.organizationNamed("Nordwind AB");
        assertThat(contacts.organizationNamed("Nordwind A.B.")).as("spelled another way").isEqualTo(org);
        assertThat(contacts.organizationNamed("nordwind")).as("the one Nordwind, without its legal form").isEqualTo(org);
        assertThat(contacts.organizationNamed("Nordwind GmbH")).as("another legal form is another organization").isNotEqualTo(org);
        assertThat(contacts.organizationNamed("Nordwind Labs")).isNotEqualTo(org);
        assertThat(contacts.organizationNamed("100%_Wind")).isNotEqualTo(org);
    }

    @Test
    void everyFieldIsSavedAndReadBack() {
        UUID org = contacts.organizationNamed("Nordwind AB");
        assertThat(contacts.organizationNamed("  nordwind ab ")).as("found again, ignoring case").isEqualTo(org);

        UUID id = UUID.randomUUID();
        contacts.create(ContactProfile.named(id, "Ida"));
        ContactProfile typedTwice = full(id, org).withPhones(List.of("+46 8 123 456 78", "08-12345678", "(08) 123 456 78"));
        assertThat(contacts.save(typedTwice).phones()).as("one number typed three ways is stored once").containsExactly("+46 8 123 456 78");
        ContactProfile saved = contacts.save(full(id, org));
        ContactView view = contacts.contact(id);
        assertThat(view.profile()).isEqualTo(saved);
        assertThat(view.organization().name()).isEqualTo("Nordwind AB");
        assertThat(contacts.contacts("gmail", 10)).extracting(c -> c.email()).as("the primary address is listed")
                .containsExactly("ida@nordwind.se");
        assertThat(contacts.contacts("nordwind", 10)).hasSize(1);
        // A number as it is written anywhere, with or without its country code; a name with any apostrophe or none.
        for (String number : List.of("123 456", "+46 8 123 456 78", "08-123 456 78", "(08) 12345678", "812345678")) {
            assertThat(contacts.contacts(number, 10)).as(number).extracting(c -> c.id()).containsExactly(id);
        }
        assertThat(contacts.contacts("999 000", 10)).isEmpty();
        // Another area's or country's number that ends in the same seven digits is someone else ("0501234567" found a Greek number).
        UUID athens = UUID.randomUUID();
        contacts.create(ContactProfile.named(athens, "Nikos").withPhones(List.of("+30 21 0123 4567")));
        assertThat(contacts.contacts("0501234567", 10)).isEmpty();
        assertThat(contacts.contacts("021 0123 4567", 10)).as("its own national way").extracting(c -> c.id()).containsExactly(athens);
        UUID irish = UUID.randomUUID();
        contacts.create(ContactProfile.named(irish, "Se\u00E1n O\u2019Brien"));
        for (String name : List.of("o'brien", "O\u2019Brien", "OBrien", "n o'b")) {
            assertThat(contacts.contacts(name, 10)).as(name).extracting(c -> c.id()).containsExactly(irish);
        }
        UUID pub = contacts.organizationNamed("O\u2019Reilly's Pub");
        assertThat(contacts.organizations("oreillys", 10)).extracting(o -> o.id()).containsExactly(pub);
        Deal diner = Fixtures.deal(store, "Joe\u2019s Diner renewal", Stage.LEAD, null);
        List<com.funnelboard.domain.DealCard> found = store.read(r -> r.board().search(null, "joe's diner", 10));
        assertThat(found).as("the board's filter").extracting(d -> d.id()).containsExactly(diner.id());

        OrganizationProfile site = new OrganizationProfile(org, "Nordwind AB", "nordwind.se", "Logistics", "51-200", "Stockholm");
        contacts.saveOrganization(site);
        assertThat(contacts.organization(org)).isEqualTo(site);
        assertThat(contacts.organizations("nordwind", 10)).singleElement().satisfies(o -> assertThat(o.contacts()).isEqualTo(1));
    }

    @Test
    void invalidProfilesAreNotSaved() {
        UUID id = UUID.randomUUID();
        contacts.create(ContactProfile.named(id, "Ida"));
        ContactProfile bad = new ContactProfile(id, null, "Ida", null, List.of("ida@"), List.of(), null, null, null, null, null, null,
                List.of(), null, null);
        assertThatThrownBy(() -> contacts.save(bad)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).containsOnlyKeys(ContactProfile.EMAILS));
        assertThat(contacts.contact(id).profile().emails()).isEmpty();
        assertThatThrownBy(() -> contacts.saveOrganization(new OrganizationProfile(contacts.organizationNamed("X Ltd"), "X Ltd",
                "not a url", null, null, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aNewContactLikeAnExistingOneIsFlagged() {
        UUID first = UUID.randomUUID();
        contacts.create(full(first, null));
        ContactProfile again = new ContactProfile(UUID.randomUUID(), null, "Someone", null, List.of("IDA@NORDWIND.SE"), List.of(), null,
                null, null, null, null, null, List.of(), null, null);
        ContactService.Created created = contacts.create(again);
        assertThat(created.lookAlikes()).containsOnlyKeys(first);
        assertThat(created.lookAlikes().get(first)).containsExactly(DuplicateFinder.Reason.SAME_EMAIL);
        assertThat(contacts.duplicates()).singleElement()
                .satisfies(p -> assertThat(Set.of(p.first().id(), p.second().id())).containsExactlyInAnyOrder(first, again.id()));
    }

    @Test
    void lookAlikesAreFoundByPhoneAndOrganizationWithoutReadingEveryContact() {
        UUID org = contacts.organizationNamed("Nordwind AB");
        UUID byPhone = UUID.randomUUID();
        contacts.create(new ContactProfile(byPhone, null, "Olle Lind", null, List.of(), List.of("08-123 456 78"), null, null, null, null,
                null, null, List.of(), null, null));
        UUID colleague = UUID.randomUUID();
        contacts.create(new ContactProfile(colleague, org, "Ida Berg", null, List.of(), List.of(), null, null, null, null, null, null,
                List.of(), null, null));
        UUID other = UUID.randomUUID();
        contacts.create(new ContactProfile(other, null, "Someone Else", null, List.of("else@x.se"), List.of("+46 8 999 999 99"), null,
                null, null, null, null, null, List.of(), null, null));
        UUID me = UUID.randomUUID();
        ContactService.Created created = contacts.create(new ContactProfile(me, org, "Ida Berg", null, List.of(),
                List.of("+46 8 123 456 78"), null, null, null, null, null, null, List.of(), null, null));
        assertThat(created.lookAlikes()).containsOnlyKeys(byPhone, colleague);
        assertThat(contacts.lookAlikesOf(me)).extracting(l -> l.second().id()).containsExactlyInAnyOrder(byPhone, colleague);
        assertThat(contacts.lookAlikesOf(other)).isEmpty();
    }

    @Test
    void theTimelineInterleavesInteractionsMovesAndFollowUpsNewestFirst() {
        Deal deal = Fixtures.deal(store, "Pilot", Stage.LEAD, 1000_00L);
        var older = Fixtures.interaction(store, deal, InteractionKind.EMAIL, Direction.OUT, Fixtures.NOW.minus(Duration.ofDays(2)));
        var followUp = Fixtures.followUp(store, deal, Fixtures.NOW.plus(Duration.ofDays(1)));
        var change = deals.move(new MoveRequest(deal.id(), Stage.PROSPECT, List.of(), "Known need", null, null));
        var newer = interactions.logWithContact(deal.contactId(), null, InteractionKind.NOTE, Direction.OUT,
                Fixtures.NOW.minus(Duration.ofHours(1)), "General note");

        List<TimelineEvent> timeline = contacts.timeline(deal.contactId());
        assertThat(timeline).extracting(TimelineEvent::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(timeline).hasSize(4);
        assertThat(timeline.get(0)).isEqualTo(new TimelineEvent.Reminder(followUp, "Pilot"));
        assertThat(timeline.get(1)).isInstanceOfSatisfying(TimelineEvent.Moved.class, m -> assertThat(m.change()).isEqualTo(change));
        assertThat(timeline.get(2)).isEqualTo(new TimelineEvent.Logged(newer, null));
        assertThat(timeline.get(3)).isEqualTo(new TimelineEvent.Logged(older, "Pilot"));
    }

    @Test
    void anInboundInteractionAnswersTheDerivedItemAtOnce() {
        Deal deal = Fixtures.deal(store, "Pilot", Stage.LEAD, null);
        assertThat(twoWay(deal).holds()).isFalse();
        interactions.logWithContact(deal.contactId(), deal.id(), InteractionKind.CALL, Direction.IN, null, "Called back");
        assertThat(twoWay(deal).holds()).isTrue();
        assertThat(twoWay(deal).evidence()).contains("call");
    }

    private ItemResult twoWay(Deal deal) {
        return deals.details(deal.id()).checklist().results().stream().filter(r -> r.item().code().equals("two-way")).findFirst()
                .orElseThrow();
    }

    @Test
    void anotherDealCanBeOpenedForAnExistingContact() {
        Deal first = Fixtures.deal(store, "Pilot", Stage.WON, 1000_00L);
        UUID upsell = deals.createDeal(first.contactId(), "Upsell: more seats", "2,500", "EUR", Locale.ENGLISH);
        assertThat(contacts.contact(first.contactId()).deals()).extracting(d -> d.title()).containsExactly("Upsell: more seats", "Pilot");
        assertThat(deals.details(upsell).deal().stage()).isEqualTo(Stage.LEAD);
        assertThatThrownBy(() -> deals.createDeal(first.contactId(), " ", null, "EUR", Locale.ENGLISH)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> deals.createDeal(first.contactId(), "Add-on", "2.5", "EUR", Locale.GERMANY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get("value"))
                        .isEqualTo("Not an amount: \"2.5\". Write it like 12.500,50 (or 12500,50)."));
        UUID addOn = deals.createDeal(first.contactId(), "Add-on", "2.500,50", "EUR", Locale.GERMANY);
        assertThat(deals.details(addOn).deal().value().minor()).isEqualTo(250_050);
    }

    @Test
    void mergeTakesChosenFieldsJoinsAddressesAndLeavesATombstone() {
        Deal a = Fixtures.deal(store, "Deal of A", Stage.LEAD, null);
        Deal b = Fixtures.deal(store, "Deal of B", Stage.PROSPECT, null);
        contacts.save(full(a.contactId(), null));
        // The same number written the national way, and one more.
        ContactProfile other = new ContactProfile(b.contactId(), null, "Ida Berg-Lind", "COO", List.of("ida@lind.se"),
                List.of("08-123 456 78", "070 123 45 67"), null,
                "Shipping", null, null, null, null, List.of("vip", "renewal"), "Second record", null);
        contacts.save(other);
        var i = Fixtures.interaction(store, b, InteractionKind.CALL, Direction.IN, Fixtures.NOW);
        var f = Fixtures.followUp(store, b, Fixtures.NOW.plus(Duration.ofDays(2)));

        ContactService.Merged merged = contacts.merge(a.contactId(), b.contactId(), Set.of(ContactProfile.TITLE, ContactProfile.NAME));
        ContactProfile s = merged.survivor();
        assertThat(s.name()).isEqualTo("Ida Berg-Lind");
        assertThat(s.title()).isEqualTo("COO");
        assertThat(s.industry()).isEqualTo("Logistics");
        assertThat(s.emails()).containsExactly("ida@nordwind.se", "ida.berg@gmail.com", "ida@lind.se");
        assertThat(s.tags()).containsExactly("vip", "nordics", "renewal");
        assertThat(s.phones()).as("each number once, as the kept record writes it").containsExactly("+46 8 123 456 78", "070 123 45 67");
        assertThat(merged.moved()).isEqualTo(new com.funnelboard.domain.Reassigned(1, 1));
        // Said by kind: it said "2 deals and interactions moved" of one deal and one call.
        assertThat(merged.moved().said()).isEqualTo("1 deal and 1 call or note");
        assertThat(contacts.contact(a.contactId()).deals()).extracting(d -> d.title()).containsExactlyInAnyOrder("Deal of A", "Deal of B");
        assertThat(MergePropertyTest.interactions(store, a.contactId())).contains(
                new com.funnelboard.domain.Interaction(i.id(), a.contactId(), b.id(), i.kind(), i.direction(), i.occurredAt(), i.note()));
        assertThat(MergePropertyTest.followUps(store, a.contactId())).contains(f);

        ContactProfile tomb = store.read(r -> r.contactProfiles().findAny(b.contactId())).orElseThrow();
        assertThat(tomb.mergedInto()).isEqualTo(a.contactId());
        assertThat(tomb.emails()).containsExactly("ida@lind.se");
        assertThatThrownBy(() -> contacts.contact(b.contactId())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> contacts.merge(a.contactId(), b.contactId(), Set.of())).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> contacts.merge(a.contactId(), a.contactId(), Set.of())).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> contacts.merge(a.contactId(), b.contactId(), Set.of("shoe-size")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(contacts.duplicates()).isEmpty();
    }

    /** The kept record's every value survives a merge that takes nothing from the other: scalars as they were, lists first. */
    /**
     * The survivor of a merge that took nothing: every value of the kept record, its empty fields filled
     * from the other, the notes of both, the kept record's lists first.
     */
    static void assertKeepsAndFills(ContactProfile kept, ContactProfile other, ContactProfile survivor) {
        assertThat(survivor.id()).isEqualTo(kept.id());
        java.util.function.BiFunction<Object, Object, Object> fill = (k, o) -> k == null || k instanceof String t && t.isBlank() ? o : k;
        assertThat(survivor).extracting(ContactProfile::organizationId, ContactProfile::name, ContactProfile::title, ContactProfile::channel,
                ContactProfile::industry, ContactProfile::companySize, ContactProfile::persona, ContactProfile::painPoints, ContactProfile::source)
                .containsExactly(fill.apply(kept.organizationId(), other.organizationId()), kept.name(), fill.apply(kept.title(), other.title()),
                        fill.apply(kept.channel(), other.channel()), fill.apply(kept.industry(), other.industry()),
                        fill.apply(kept.companySize(), other.companySize()), fill.apply(kept.persona(), other.persona()),
                        fill.apply(kept.painPoints(), other.painPoints()), fill.apply(kept.source(), other.source()));
        if (kept.notes() != null && other.notes() != null && !kept.notes().equals(other.notes())) {
            assertThat(survivor.notes()).isEqualTo(kept.notes() + "\n\n" + other.notes());
        } else {
            assertThat(survivor.notes()).isEqualTo(fill.apply(kept.notes(), other.notes()));
        }
        assertThat(survivor.emails().subList(0, kept.emails().size())).isEqualTo(kept.emails());
        assertThat(survivor.phones().subList(0, kept.phones().size())).isEqualTo(kept.phones());
        assertThat(survivor.tags().subList(0, kept.tags().size())).isEqualTo(kept.tags());
    }

    static void assertKeepsEveryValueOf(ContactProfile kept, ContactProfile survivor) {
        assertThat(survivor.id()).isEqualTo(kept.id());
        assertThat(survivor).usingRecursiveComparison().ignoringFields("emails", "phones", "tags", "mergedInto").isEqualTo(kept);
        assertThat(survivor.emails().subList(0, kept.emails().size())).isEqualTo(kept.emails());
        assertThat(survivor.phones().subList(0, kept.phones().size())).isEqualTo(kept.phones());
        assertThat(survivor.tags().subList(0, kept.tags().size())).isEqualTo(kept.tags());
    }

    static ContactProfile otherRecord(UUID id) {
        return new ContactProfile(id, null, "I. Berg", "COO", List.of("ida@lind.se", "IDA@nordwind.se"), List.of("+46 70 111 22 33"),
                PreferredChannel.EMAIL, "Shipping", "11-50", "Champion", "Slow quotes", "website", List.of("renewal", "VIP"), "Second record.",
                null);
    }

    @Test
    void aMergeThatTakesNothingKeepsEveryValueOfTheKeptRecord() {
        Deal a = Fixtures.deal(store, "Deal of A", Stage.LEAD, null);
        Deal b = Fixtures.deal(store, "Deal of B", Stage.PROSPECT, null);
        contacts.save(full(a.contactId(), null));
        contacts.save(otherRecord(b.contactId()));
        ContactProfile kept = contacts.contact(b.contactId()).profile();
        ContactProfile other = contacts.contact(a.contactId()).profile();

        ContactProfile survivor = contacts.merge(b.contactId(), a.contactId(), Set.of()).survivor();

        assertThat(survivor).usingRecursiveComparison().ignoringFields("emails", "phones", "tags", "mergedInto", "notes").isEqualTo(kept);
        assertThat(survivor.emails()).containsExactly("ida@lind.se", "IDA@nordwind.se", "ida.berg@gmail.com");
        assertThat(survivor.phones()).containsExactly(kept.phones().getFirst(), other.phones().getFirst());
        assertThat(survivor.tags()).containsExactly("renewal", "VIP", "nordics");
        assertThat(survivor.notes()).as("the notes of both, the kept record's first").isEqualTo("Second record.\n\nMet at the fair.");
    }

    /** A field the kept record leaves empty takes the other's value (a merge kept the empty title, channel, persona and notes). */
    @Test
    void aMergeFillsTheKeptRecordsEmptyFieldsFromTheOther() {
        Deal a = Fixtures.deal(store, "Deal of A", Stage.LEAD, null);
        Deal b = Fixtures.deal(store, "Deal of B", Stage.PROSPECT, null);
        contacts.save(full(a.contactId(), null));
        ContactProfile sparse = new ContactProfile(b.contactId(), null, "Sam Lee", null, List.of("sam@lee.io"), List.of(), null, null, null, null,
                null, null, List.of(), null, null);
        contacts.save(sparse);
        ContactProfile other = contacts.contact(a.contactId()).profile();

        ContactProfile survivor = contacts.merge(b.contactId(), a.contactId(), Set.of()).survivor();

        assertThat(survivor.name()).as("the kept record's own value stays").isEqualTo("Sam Lee");
        assertThat(survivor).extracting(ContactProfile::title, ContactProfile::channel, ContactProfile::industry, ContactProfile::companySize,
                ContactProfile::persona, ContactProfile::painPoints, ContactProfile::source, ContactProfile::notes)
                .containsExactly(other.title(), other.channel(), other.industry(), other.companySize(), other.persona(), other.painPoints(),
                        other.source(), other.notes());
    }
}
