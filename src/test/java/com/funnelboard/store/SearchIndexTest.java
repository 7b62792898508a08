package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.domain.SearchHit;
import com.funnelboard.domain.SearchHit.Kind;
import com.funnelboard.domain.SearchResults;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchIndexTest {

    @TempDir
    Path dir;

    Store store;
    final UUID org = UUID.randomUUID();
    final UUID contact = UUID.randomUUID();
    final UUID deal = UUID.randomUUID();
    final UUID interaction = UUID.randomUUID();

    @BeforeEach
    void data() {
        store = Fixtures.store(dir);
        store.writeAll(r -> {
            r.organizations().insert(new OrganizationProfile(org, "Brauerei Zürich AG", "https://bier.example", "Brewing", "50-200",
                    "Limmatquai 4"));
            r.contactProfiles().insert(new ContactProfile(contact, org, "Zoë Müller", "Head of Procurement",
                    List.of("zoe.mueller@bier.example"), List.of("+41 (44) 555-0102"), PreferredChannel.EMAIL, null, null, null, null,
                    "referral", List.of("vip", "fondue"), "Prefers mornings", null));
            r.deals().insert(new Deal(deal, contact, "Kegs for Oktoberfest", Stage.LEAD, new Money(500_00L, "EUR"), "EUR", "tradeshow",
                    null, Fixtures.NOW, null, null, null, null, Fixtures.NOW, Fixtures.NOW));
            r.interactions().insert(new Interaction(interaction, contact, deal, InteractionKind.CALL, Direction.OUT, Fixtures.NOW,
                    "Asked about stainless kegs"));
        });
    }

    @Test
    void aContactWithTheIdOfAnOrganizationIsFoundAsBoth() {
        // Two installations' seeded samples can give a contact here the id an organization has there; a merge brings both.
        store.writeAll(r -> r.contactProfiles().insert(new ContactProfile(org, null, "Quentin Quirke", null, List.of(), List.of(),
                null, null, null, null, null, null, List.of(), null, null)));
        assertThat(search("quirke").of(Kind.CONTACT)).extracting(SearchHit::id).containsExactly(org);
        assertThat(search("brauerei").of(Kind.ORGANIZATION)).extracting(SearchHit::id).containsExactly(org);
    }

    /**
     * A caller's number as they say it finds the contact stored the other way, in the search box and
     * on the Contacts page, and never one of another country that ends in the same digits.
     */
    @Test
    void aNumberSaidTheNationalWayOrWithTheCountryCodeFindsItsContactAndNoOther() {
        java.util.Map<String, UUID> people = new java.util.LinkedHashMap<>();
        for (String[] p : new String[][] {{"Jürgen Braun", "(030) 123-4567"}, {"Zoe Berlin", "+49 30 1234567"}, {"Giorgos", "+30 21 0123 4567"},
                {"José Núñez", "+51 1 234 5678"}, {"Siobhán O'Brien", "+353 1 234 5678"}, {"Björn Ängström", "08-123 456 78"},
                {"Zoe Rossi", "+49 30 2575529"}, {"Ed Ext", "555.123.4567 ext 12"}}) {
            UUID id = UUID.randomUUID();
            people.put(p[0], id);
            store.writeAll(r -> r.contactProfiles().insert(ContactProfile.named(id, p[0]).withPhones(List.of(p[1]))));
        }
        java.util.function.Function<List<String>, Set<UUID>> who = names -> Set.copyOf(names.stream().map(people::get).toList());
        List<String> berlin = List.of("Jürgen Braun", "Zoe Berlin");
        java.util.Map<String, List<String>> said = new java.util.LinkedHashMap<>();
        said.put("030 1234567", berlin);
        said.put("030/1234567", berlin);
        said.put("0049 30 1234567", berlin);
        said.put("+49 (0)30 1234567", berlin);
        said.put("+49 30 1234567", berlin);
        said.put("+46 8 123 456 78", List.of("Björn Ängström"));
        said.put("+44 20 2575529", List.of());
        said.put("+15551234567", List.of("Ed Ext"));
        said.put("021 0123 4567", List.of("Giorgos"));
        said.forEach((number, expected) -> {
            assertThat(Set.copyOf(ids(Kind.CONTACT, number))).as("search box: " + number).isEqualTo(who.apply(expected));
            assertThat(store.read(r -> r.contactProfiles().list(number, 20)).stream().map(c -> c.id()).collect(java.util.stream.Collectors.toSet()))
                    .as("Contacts page: " + number).isEqualTo(who.apply(expected));
        });
    }

    /** A caller gives their name: their deal is found with them (it was found by the organization's name only). */
    @Test
    void aPersonFoundByNameOrNumberBringsTheirDeals() {
        assertThat(ids(Kind.CONTACT, "müll")).containsExactly(contact);
        assertThat(ids(Kind.DEAL, "müll")).containsExactly(deal);
        assertThat(ids(Kind.DEAL, "muller")).containsExactly(deal);
        assertThat(ids(Kind.DEAL, "044 555 0102")).as("by the number she calls from").containsExactly(deal);
        assertThat(ids(Kind.DEAL, "procurement")).as("not by a word of her title").isEmpty();
    }

    /** Ø, Ł and Đ typed as the o, l and d of an ordinary keyboard; O'Brien typed without the apostrophe. */
    @Test
    void lettersOfTheirOwnAndApostrophesNeedNotBeTyped() {
        UUID orsted = UUID.randomUUID();
        UUID lodz = UUID.randomUUID();
        UUID malgorzata = UUID.randomUUID();
        UUID obrien = UUID.randomUUID();
        UUID plain = UUID.randomUUID();
        UUID pilot = UUID.randomUUID();
        store.writeAll(r -> {
            r.organizations().insert(new OrganizationProfile(orsted, "\u00D8rsted Energi A/S", null, null, null, null));
            r.organizations().insert(new OrganizationProfile(lodz, "\u0141\u00F3d\u017A Logistics Sp. z o.o.", null, null, null, null));
            r.contactProfiles().insert(ContactProfile.named(malgorzata, "Ma\u0142gorzata Nowak"));
            r.contactProfiles().insert(new ContactProfile(obrien, null, "Siobh\u00E1n O'Brien", null, List.of("SOBrien@celtic.example"), List.of(),
                    null, null, null, null, null, null, List.of(), null, null));
            r.contactProfiles().insert(ContactProfile.named(plain, "Ole Orsted"));
            r.deals().insert(new Deal(pilot, obrien, "CRM migration", Stage.LEAD, null, "EUR", null, null, Fixtures.NOW, null, null, null, null,
                    Fixtures.NOW, Fixtures.NOW));
        });
        assertThat(ids(Kind.ORGANIZATION, "orsted")).containsExactly(orsted);
        // Æ and Œ typed as "ae" and "oe", with an Ø as "o" in the same word.
        UUID aero = UUID.randomUUID();
        store.writeAll(r -> r.organizations().insert(new OrganizationProfile(aero, "\u00C6r\u00F8 Caf\u00E9", null, null, null, null)));
        assertThat(ids(Kind.ORGANIZATION, "aero")).containsExactly(aero);
        assertThat(ids(Kind.ORGANIZATION, "aer")).containsExactly(aero);
        assertThat(ids(Kind.ORGANIZATION, "lodz")).containsExactly(lodz);
        assertThat(ids(Kind.ORGANIZATION, "\u0142\u00F3d\u017A")).containsExactly(lodz);
        assertThat(ids(Kind.CONTACT, "malgorzata")).containsExactly(malgorzata);
        assertThat(ids(Kind.CONTACT, "obrien")).contains(obrien);
        assertThat(ids(Kind.CONTACT, "siobhan obrien")).containsExactly(obrien);
        assertThat(ids(Kind.CONTACT, "\u00F8rsted")).as("typed with the letter, written without it").containsExactly(plain);
        List<com.funnelboard.domain.DealCard> filtered = store.read(r -> r.board().search(null, "obrien", 10));
        assertThat(filtered).as("the board's filter").extracting(d -> d.id()).containsExactly(pilot);
        // Her name is marked whole, and so her deal comes with her (it did for "o'brien" only).
        SearchHit her = search("obrien").of(Kind.CONTACT).stream().filter(h -> h.id().equals(obrien)).findFirst().orElseThrow();
        assertThat(her.titleMatches()).extracting(m -> her.title().substring(m.start(), m.end())).containsExactly("O'Brien");
        assertThat(ids(Kind.DEAL, "obrien")).containsExactly(pilot);
        assertThat(ids(Kind.DEAL, "o'brien")).containsExactly(pilot);
    }

    private SearchResults search(String text) {
        return store.read(r -> r.search().query(text, 10));
    }

    private List<UUID> ids(Kind kind, String text) {
        return search(text).of(kind).stream().map(SearchHit::id).toList();
    }

    @ParameterizedTest(name = "{0} finds the {1}")
    @CsvSource({
        // every field, whole and partial words, any case, with or without accents
        "oktoberfest, DEAL", "okto, DEAL", "KEGS OKTO, DEAL", "tradeshow, DEAL",
        "Zoë, CONTACT", "zoe, CONTACT", "muller, CONTACT", "Mül, CONTACT", "procurement, CONTACT",
        "zoe.mueller, CONTACT", "zoe.mueller@bier.example, CONTACT", "555-0102, CONTACT", "41445550102, CONTACT", "414455, CONTACT",
        "fondue, CONTACT", "mornings, CONTACT",
        "zurich, ORGANIZATION", "brauerei zür, ORGANIZATION", "brewing, ORGANIZATION", "limmatquai, ORGANIZATION",
        "stainless, INTERACTION", "STAIN, INTERACTION"})
    void findsByEveryField(String text, Kind kind) {
        UUID expected = switch (kind) {
            case DEAL -> deal;
            case CONTACT -> contact;
            case ORGANIZATION -> org;
            case INTERACTION -> interaction;
        };
        assertThat(ids(kind, text)).containsExactly(expected);
    }

    @Test
    void theResultsSayHowManyMatchedBeyondTheFewShown() {
        for (int i = 0; i < 5; i++) {
            Fixtures.deal(store, "Keg refill " + i, Stage.LEAD, 1_000L);
        }
        SearchResults few = store.read(r -> r.search().query("keg", 2));
        assertThat(few.of(Kind.DEAL)).hasSize(2);
        assertThat(few.found(Kind.DEAL)).as("the five refills and the Oktoberfest kegs").isEqualTo(6);
        assertThat(few.more()).isFalse();
    }

    /** The deals of an organization found by its name follow the deals found by their own words ("gamma" found Gamma GmbH alone). */
    @Test
    void anOrganizationFoundByItsNameBringsItsDeals() {
        UUID own = UUID.randomUUID();
        store.writeAll(r -> {
            r.deals().insert(new Deal(own, null, "Tap room fit-out", Stage.PROSPECT, null, "EUR", null, null, Fixtures.NOW.plusSeconds(60), null,
                    null, null, null, Fixtures.NOW, Fixtures.NOW));
            // A deal of the organization with no contact (as an import makes one).
            r.ctx().execute("UPDATE deal SET organization_id = ? WHERE id = ?", org.toString(), own.toString());
        });
        SearchResults found = search("brauerei");
        assertThat(found.of(Kind.ORGANIZATION)).extracting(SearchHit::id).containsExactly(org);
        assertThat(found.of(Kind.DEAL)).extracting(SearchHit::id).as("its own deal and its contact's, newest first").containsExactly(own, deal);
        assertThat(found.found(Kind.DEAL)).isEqualTo(2);
        assertThat(found.of(Kind.DEAL).get(1).detail()).isEqualTo("Zoë Müller \u00B7 Brauerei Zürich AG");
        assertThat(store.read(r -> r.search().query("brauerei", 1)).of(Kind.DEAL)).as("to the group's limit").hasSize(1);
        assertThat(store.read(r -> r.search().query("brauerei", 1)).found(Kind.DEAL)).isEqualTo(2);
        assertThat(search("brewing").of(Kind.DEAL)).as("an organization found by its industry brings none").isEmpty();
    }

    /** The people of an organization found by its name follow those found by their own words ("brauerei" found none of them). */
    @Test
    void anOrganizationFoundByItsNameBringsItsPeople() {
        UUID anna = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        UUID brauer = UUID.randomUUID();
        store.writeAll(r -> {
            r.contactProfiles().insert(ContactProfile.named(anna, "Anna Aal").withOrganization(org));
            r.contactProfiles().insert(ContactProfile.named(gone, "Gert Gone").withOrganization(org));
            r.contactProfiles().insert(ContactProfile.named(brauer, "Berta Brauer"));
        });
        store.writeAll(r -> r.contactProfiles().delete(gone));
        SearchResults found = search("brauer");
        assertThat(found.of(Kind.CONTACT)).extracting(SearchHit::id).as("her own words first, then its people by name, none deleted")
                .containsExactly(brauer, anna, contact);
        assertThat(found.found(Kind.CONTACT)).isEqualTo(3);
        assertThat(found.of(Kind.CONTACT).get(1).detail()).isEqualTo("Brauerei Zürich AG");
        SearchResults one = store.read(r -> r.search().query("brauer", 1));
        assertThat(one.of(Kind.CONTACT)).as("her own words fill the group").extracting(SearchHit::id).containsExactly(brauer);
        SearchResults two = store.read(r -> r.search().query("brauer", 2));
        assertThat(two.of(Kind.CONTACT)).as("to the group's limit").extracting(SearchHit::id).containsExactly(brauer, anna);
        assertThat(two.found(Kind.CONTACT)).isEqualTo(3);
        assertThat(search("brewing").of(Kind.CONTACT)).as("an organization found by its industry brings none").isEmpty();
    }

    /**
     * Chinese, Japanese and Korean run a name's words together: the index holds "北京科技有限公司" as one word, found by
     * its beginning only, and "科技" (technology), "サンプル" or "전자" (electronics, in 삼성전자) found nothing. Such words
     * are found inside names and titles too, with their deals, and the board's filter finds the same.
     */
    @Test
    void wordsOfScriptsWithoutSpacesAreFoundInsideNames() {
        UUID beijing = UUID.randomUUID();
        UUID wang = UUID.randomUUID();
        UUID licence = UUID.randomUUID();
        UUID samsung = UUID.randomUUID();
        UUID kim = UUID.randomUUID();
        UUID pilot = UUID.randomUUID();
        store.writeAll(r -> {
            r.organizations().insert(new OrganizationProfile(beijing, "\u5317\u4EAC\u79D1\u6280\u6709\u9650\u516C\u53F8", null, null, null, null));
            r.organizations().insert(new OrganizationProfile(samsung, "\uC0BC\uC131\uC804\uC790", null, null, null, null));
            r.contactProfiles().insert(new ContactProfile(wang, beijing, "\u738B\u5C0F\u660E", null, List.of(), List.of(), null, null, null, null,
                    null, null, List.of(), null, null));
            r.contactProfiles().insert(new ContactProfile(kim, samsung, "\uAE40\uBBFC\uC218", null, List.of(), List.of(), null, null, null, null,
                    null, null, List.of(), null, null));
            r.deals().insert(new Deal(licence, wang, "\u5E74\u9593\u30E9\u30A4\u30BB\u30F3\u30B9", Stage.LEAD, null, "EUR", null, null,
                    Fixtures.NOW, null, null, null, null, Fixtures.NOW, Fixtures.NOW));
            r.deals().insert(new Deal(pilot, kim, "Pilot", Stage.LEAD, null, "EUR", null, null, Fixtures.NOW, null, null, null, null,
                    Fixtures.NOW, Fixtures.NOW));
        });
        assertThat(ids(Kind.ORGANIZATION, "\u79D1\u6280")).as("科技").containsExactly(beijing);
        assertThat(ids(Kind.DEAL, "\u79D1\u6280")).as("and its deals").containsExactly(licence);
        assertThat(ids(Kind.CONTACT, "\u5C0F\u660E")).as("小明, a given name after the family name").containsExactly(wang);
        assertThat(ids(Kind.DEAL, "\u30E9\u30A4\u30BB\u30F3\u30B9")).as("ライセンス inside a title").containsExactly(licence);
        assertThat(ids(Kind.ORGANIZATION, "\uC804\uC790")).as("전자").containsExactly(samsung);
        assertThat(ids(Kind.DEAL, "\uC804\uC790")).containsExactly(pilot);
        assertThat(ids(Kind.ORGANIZATION, "\u5317\u4EAC \u516C\u53F8")).as("every word, anywhere").containsExactly(beijing);
        assertThat(ids(Kind.ORGANIZATION, "\u79D1\u5B66")).as("科学: not a word of it").isEmpty();

        SearchHit org = search("\uC804\uC790").of(Kind.ORGANIZATION).getFirst();
        assertThat(org.title().substring(org.titleMatches().getFirst().start(), org.titleMatches().getFirst().end()))
                .as("marked where it is in the run, Hangul syllables and all").isEqualTo("\uC804\uC790");

        java.util.function.Function<String, List<UUID>> board = text -> store.read(r -> r.board().page(Stage.LEAD, 0, 100,
                com.funnelboard.domain.BoardLens.ALL.withText(text), com.funnelboard.domain.DealSort.NEWEST,
                com.funnelboard.domain.RotRule.defaults(), Fixtures.NOW)).stream().map(com.funnelboard.domain.DealCard::id).toList();
        assertThat(board.apply("\u79D1\u6280")).as("the board's filter").containsExactly(licence);
        assertThat(board.apply("\uC804\uC790")).containsExactly(pilot);
        assertThat(board.apply("\u5C0F\u660E")).containsExactly(licence);
    }

    /**
     * Interactions are found newest first, whatever their words' rank: a rep's two notes of the day on "pricing" came last of
     * 30, under the group's first 8, as older, shorter notes ranked higher.
     */
    @Test
    void interactionsAreFoundNewestFirst() {
        List<UUID> byAge = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            UUID id = UUID.randomUUID();
            byAge.add(id);
            // The older the note, the shorter (and the better it ranks by its words alone).
            String note = i < 10 ? "pricing" : "Sent the pricing sheet for the two-day workshop, with the early-renewal discount and a reference";
            java.time.Instant at = Fixtures.NOW.minus(java.time.Duration.ofDays(30 - i));
            store.writeAll(r -> r.interactions().insert(new Interaction(id, contact, deal, InteractionKind.NOTE, Direction.OUT, at, note)));
        }
        assertThat(search("pricing").of(Kind.INTERACTION)).extracting(SearchHit::id).startsWith(byAge.get(11), byAge.get(10), byAge.get(9));
    }

    /** A contact's passage tells its title, addresses and numbers apart: two numbers ran together as one. */
    @Test
    void aContactsPassageShowsItsItemsApart() {
        UUID two = UUID.randomUUID();
        store.writeAll(r -> r.contactProfiles().insert(ContactProfile.named(two, "Amir Albers").withPhones(List.of("+49 170 333 4444",
                "+49 30 2222 100"))));
        SearchHit hit = search("4930").of(Kind.CONTACT).getFirst();
        assertThat(hit.snippet()).isEqualTo("+49 170 333 4444 \u00b7 +49 30 2222 100");
        assertThat(hit.snippet().substring(hit.snippetMatches().getFirst().start(), hit.snippetMatches().getFirst().end()))
                .isEqualTo("+49 30 2222 100");
        assertThat(search("procurement").of(Kind.CONTACT).getFirst().snippet())
                .isEqualTo("Head of Procurement \u00b7 vip,fondue \u00b7 Prefers mornings \u00b7 zoe.mueller@bier.example \u00b7 +41 (44) 555-0102");
    }

    @Test
    void everyWordMustMatchAndTheMatchIsHighlighted() {
        assertThat(search("kegs nowhere").isEmpty()).isTrue();
        SearchHit hit = search("okto").of(Kind.DEAL).getFirst();
        assertThat(hit.title()).isEqualTo("Kegs for Oktoberfest");
        assertThat(hit.titleMatches()).containsExactly(new SearchHit.Highlight(9, 20));
        assertThat(hit.detail()).as("the contact and the organization").isEqualTo("Zoë Müller \u00B7 Brauerei Zürich AG");
        SearchHit call = search("stainless").of(Kind.INTERACTION).getFirst();
        assertThat(call.openKind()).isEqualTo(Kind.DEAL);
        assertThat(call.openId()).isEqualTo(deal);
        assertThat(call.snippet().substring(call.snippetMatches().getFirst().start(), call.snippetMatches().getFirst().end()))
                .isEqualTo("stainless");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"kegs", "kegs\"", "*", "-kegs", "kegs -", "title:kegs", ":", "(kegs", "kegs)", "kegs AND", "NEAR(kegs",
        "^kegs", "kegs OR NOT", "'", "\\", "{title}: x", "+", "  ", ""})
    void whatUsersTypeNeverBreaksTheQuery(String text) {
        SearchResults r = search(text);
        assertThat(r).isNotNull();
    }

    @Test
    void typedSyntaxIsJustText() {
        assertThat(ids(Kind.DEAL, "\"kegs")).containsExactly(deal);
        assertThat(ids(Kind.DEAL, "-kegs")).containsExactly(deal);
        assertThat(ids(Kind.DEAL, "title:kegs")).isEmpty(); // "title" is not a word of the deal
        assertThat(ids(Kind.DEAL, "kegs OR")).isEmpty(); // OR is a word to find, not an operator
    }

    @Test
    void editsDeletesAndUndoKeepTheIndexExact() throws Exception {
        UUID edit = store.write(ChangeOrigin.USER, "rename", r -> {
            Deal d = r.deals().find(deal).orElseThrow();
            r.deals().update(new Deal(d.id(), d.contactId(), "Barrels for Fasnacht", d.stage(), d.value(), d.currency(), d.source(),
                    d.expectedCloseOn(), d.stageEnteredAt(), d.lostReason(), d.lostNote(), d.finalValue(), d.closedOn(), d.createdAt(),
                    d.updatedAt(), d.owner()));
            return r.changeSetId();
        });
        assertThat(ids(Kind.DEAL, "okto")).isEmpty();
        assertThat(ids(Kind.DEAL, "fasnacht")).containsExactly(deal);

        UUID delete = store.write(ChangeOrigin.USER, "delete", r -> {
            r.contactProfiles().delete(contact);
            return r.changeSetId();
        });
        assertThat(ids(Kind.CONTACT, "zoe")).isEmpty();

        store.writeAll(ChangeOrigin.UNDO, "undo", r -> r.reverter().revert(delete, Set.of()));
        assertThat(ids(Kind.CONTACT, "zoe")).containsExactly(contact);
        store.writeAll(ChangeOrigin.UNDO, "undo", r -> r.reverter().revert(edit, Set.of()));
        assertThat(ids(Kind.DEAL, "okto")).containsExactly(deal);
        assertThat(ids(Kind.DEAL, "fasnacht")).isEmpty();

        // A new address and number of a contact are found.
        store.writeAll(r -> {
            ContactProfile p = r.contactProfiles().find(contact).orElseThrow();
            r.contactProfiles().update(new ContactProfile(p.id(), p.organizationId(), p.name(), p.title(), List.of("z@fondue.example"),
                    List.of("030 1234 9876"), p.channel(), p.industry(), p.companySize(), p.persona(), p.painPoints(), p.source(), p.tags(),
                    p.notes(), null));
        });
        assertThat(ids(Kind.CONTACT, "zoe.mueller")).isEmpty();
        assertThat(ids(Kind.CONTACT, "z@fondue")).containsExactly(contact);
        assertThat(ids(Kind.CONTACT, "03012349876")).containsExactly(contact);
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"))) {
            assertThat(SearchIndex.problems(c)).isEmpty();
        }
    }

    @Test
    void aFileThatHoldsTheDocumentsOfNewRowsBackIsReported() throws Exception {
        // Only an import's transaction holds the setting; a file that kept it would leave new contacts unfound.
        store.writeAll(r -> r.local().put("search.deferred", ""));
        UUID later = UUID.randomUUID();
        store.writeAll(r -> r.contactProfiles().insert(new ContactProfile(later, null, "Quentin Quirke", null, List.of(), List.of(),
                null, null, null, null, null, null, List.of(), null, null)));
        assertThat(ids(Kind.CONTACT, "quirke")).isEmpty();
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"))) {
            assertThat(SearchIndex.problems(c)).anySatisfy(p -> assertThat(p).contains("search.deferred"));
        }
    }

    @Test
    void aTransactionThatDefersTheDocumentsWritesThemAllAtItsEnd() throws Exception {
        List<ContactProfile> many = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(new ContactProfile(UUID.randomUUID(), org, "Bulk Person" + i, null, List.of("bulk" + i + "@import.example"),
                    List.of("+49 30 " + (1000 + i)), null, null, null, null, null, null, List.of(), null, null));
        }
        UUID deal2 = UUID.randomUUID();
        List<Integer> foundInside = store.write(ChangeOrigin.IMPORT, "Imported", r -> {
            r.imports().deferSearch();
            r.contactProfiles().insertAll(many.subList(0, 200));
            r.contactProfiles().insertAll(many.subList(200, 300));
            r.deals().insert(new Deal(deal2, many.get(5).id(), "Bulk barrels", Stage.LEAD, null, "EUR", null, null, Fixtures.NOW, null,
                    null, null, null, Fixtures.NOW, Fixtures.NOW));
            // A row changed before the end gets its document from its update trigger; the end leaves it alone.
            ContactProfile p = many.get(7);
            r.contactProfiles().update(new ContactProfile(p.id(), p.organizationId(), "Renamed Rita", null, p.emails(), p.phones(), null,
                    null, null, null, null, null, List.of(), null, null));
            return List.of(r.search().ids(Kind.CONTACT, "bulk").size(), r.search().ids(Kind.DEAL, "barrels").size(),
                    r.search().ids(Kind.CONTACT, "rita").size());
        });
        // Inside the transaction only Rita (whose address also holds "bulk") had her document.
        assertThat(foundInside).containsExactly(1, 0, 1);
        assertThat(store.read(r -> r.search().ids(Kind.CONTACT, "bulk")).size()).isEqualTo(300);
        assertThat(ids(Kind.CONTACT, "rita")).containsExactly(many.get(7).id());
        assertThat(ids(Kind.CONTACT, "bulk299@import")).containsExactly(many.get(299).id());
        assertThat(ids(Kind.DEAL, "barrels")).containsExactly(deal2);
        // Rows written afterwards are indexed at once again.
        UUID later = UUID.randomUUID();
        store.writeAll(r -> r.contactProfiles().insert(new ContactProfile(later, null, "Quentin Quirke", null, List.of(), List.of(),
                null, null, null, null, null, null, List.of(), null, null)));
        assertThat(ids(Kind.CONTACT, "quirke")).containsExactly(later);
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"))) {
            assertThat(SearchIndex.problems(c)).isEmpty();
        }
    }
}
