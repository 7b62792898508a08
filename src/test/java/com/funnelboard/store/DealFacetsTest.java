package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.domain.RotRule;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.ImportedDeal;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.Properties;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.Lists;

/**
 * The window reads a filtered board from the deals' facets in memory; a command beside it reads the
 * same file by SQL alone. For random lenses (every filter, values in any case, values nobody has)
 * and every order, both give the same headers and the same pages, before and after random edits
 * made by either program, which the window follows from the change log without reading everything
 * again.
 */
class DealFacetsTest {

    private static final Instant NOW = Fixtures.NOW;
    private static final String[] INDUSTRIES = {"Brewing", "brewing", "BREWING", "Retail", "Müller Bau", null};
    private static final String[] SIZES = {"1-10", "11-50", "51-200", null};
    private static final String[] PERSONAS = {"Champion", "champion", "Buyer", null};
    private static final String[] TAGS = {"vip", "Vip", "cold", "partner", "new"};
    private static final String[] WORDS = {"Kegs", "Casks", "Müller", "Hops", "Barrels", "Malt", "北京科技", "삼성전자"};
    private static final String[] OWNERS = {null, "ann@example.com", "bob@example.com"};
    /** Filter values the lenses pick from: what the data holds, in other cases, and what nobody has. */
    private static final String[][] FILTERS = {
        {"text", "kegs", "müller", "k", "MALT", "hops barrels", "zzz", "ann", "*", "科技", "전자", "北京 科技", "030 2527910", "2527912",
            "030 25279"},
        {"owner", "ann@example.com", "nobody", "carol@example.com"},
        {"source", "referral", "EVENT", "website"},
        {"industry", "brewing", "RETAIL", "müller bau", "Mining"},
        {"size", "1-10", "11-50", "5000+"},
        {"persona", "champion", "BUYER", "ceo"},
        {"channel", "email", "phone", "chat"},
        {"tag", "vip", "COLD", "partner", "v%p", "none"},
        {"min-value", "0", "1000", "30000"},
        {"max-value", "0", "5000", "20000"},
        {"followup", "overdue", "none", "planned"},
        {"rotting", "yes"},
        {"no-contact", "yes"},
        {"overridden", "yes"},
        {"close-passed", "yes"},
        {"idle-days", "1", "3", "30"},
    };

    @TempDir
    Path dir;

    @Test
    void theWindowsFacetsGiveWhatSqlGivesBeforeAndAfterEdits() {
        Path file = dir.resolve("board.db");
        Random random = new Random(5);
        try (Store window = Store.open(file, new TickingClock(NOW), null, StoreAccess.WINDOW);
                Store command = Store.open(file, new TickingClock(NOW.plusSeconds(1)))) {
            assertThat(window.facets()).isNotNull();
            assertThat(command.facets()).isNull();
            List<UUID> contacts = pipeline(window, random);
            window.read(r -> r.board().firstPages(BoardLens.ALL, Map.of(Stage.LEAD, DealSort.VALUE), RotRule.defaults(), NOW, 6));
            assertThat(window.facets().ready()).as("the unfiltered board does not read every deal").isFalse();
            window.read(r -> {
                r.board().prepareFilters();
                return null;
            });
            assertThat(window.facets().ready()).isTrue();
            compareRandomLenses(window, command, true);
            assertThat(window.facets().fullReads()).isEqualTo(1);

            for (int round = 0; round < 3; round++) {
                edit(round % 2 == 0 ? window : command, contacts, random);
                compareRandomLenses(window, command, round == 2);
            }
            assertThat(window.facets().fullReads()).as("edits are followed from the change log").isEqualTo(1);
        }
    }

    /** Every filter value alone (in a rotating order), then random combinations of them. */
    private static void compareRandomLenses(Store window, Store command, boolean everyValue) {
        int n = 0;
        for (String[] f : everyValue ? FILTERS : new String[0][]) {
            for (int v = 1; v < f.length; v++) {
                compare(window, command, BoardLens.ALL.with(f[0], f[v]), DealSort.values()[n++ % DealSort.values().length]);
            }
        }
        compare(window, command, BoardLens.ALL, DealSort.VALUE);
        Properties.qt(12).forAll(lists().of(integers().between(0, 999)).ofType(Lists.arrayList()).ofSizeBetween(2, 4),
                integers().between(0, DealSort.values().length - 1)).checkAssert((codes, sortCode) -> {
                    BoardLens lens = BoardLens.ALL;
                    for (int code : codes) {
                        String[] f = FILTERS[code % FILTERS.length];
                        lens = lens.with(f[0], f[1 + (code / FILTERS.length) % (f.length - 1)]);
                    }
                    compare(window, command, lens, DealSort.values()[sortCode]);
                });
    }

    private static void compare(Store window, Store command, BoardLens lens, DealSort sort) {
        Map<Stage, DealSort> sorts = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            sorts.put(s, sort.ordinal() % 3 == 0 && s == Stage.WON ? DealSort.SCORE : sort);
        }
        var fromFacets = window.read(r -> r.board().firstPages(lens, sorts, RotRule.defaults(), NOW, 6));
        var fromSql = command.read(r -> r.board().firstPages(lens, sorts, RotRule.defaults(), NOW, 6));
        assertThat(fromFacets.totals()).as("headers of %s", lens.filters()).isEqualTo(fromSql.totals());
        assertThat(ids(fromFacets.pages())).as("pages of %s by %s", lens.filters(), sort).isEqualTo(ids(fromSql.pages()));
        Map<Stage, List<BoardQueries.StageTotal>> headers = window.read(r -> r.board().totals(lens, RotRule.defaults(), NOW));
        assertThat(headers).as("headers alone of %s", lens.filters()).isEqualTo(fromSql.totals());
        Stage s = Stage.values()[Math.floorMod(lens.hashCode(), Stage.values().length)];
        List<DealCard> deeper = window.read(r -> r.board().page(s, 3, 4, lens, sort, RotRule.defaults(), NOW));
        List<DealCard> bySql = command.read(r -> r.board().page(s, 3, 4, lens, sort, RotRule.defaults(), NOW));
        assertThat(cardIds(deeper)).as("a later page of %s by %s", lens.filters(), sort).isEqualTo(cardIds(bySql));
        for (DealCard card : fromSql.pages().getOrDefault(s, List.of()).stream().limit(2).toList()) {
            int bySqlAt = command.read(r -> r.board().positionOf(card.id(), lens, x -> sorts.get(x), RotRule.defaults(), NOW));
            int fromFacetsAt = window.read(r -> r.board().positionOf(card.id(), lens, x -> sorts.get(x), RotRule.defaults(), NOW));
            assertThat(fromFacetsAt).as("where %s sits under %s by %s", card.title(), lens.filters(), sort).isEqualTo(bySqlAt);
        }
        // A deal the lens may well hide: the first of the unfiltered column, wherever (or whether) it shows.
        List<DealCard> any = command.read(r -> r.board().page(s, 0, 1, BoardLens.ALL, DealSort.NEWEST, RotRule.defaults(), NOW));
        for (DealCard card : any) {
            int bySqlAt = command.read(r -> r.board().positionOf(card.id(), lens, x -> sorts.get(x), RotRule.defaults(), NOW));
            int fromFacetsAt = window.read(r -> r.board().positionOf(card.id(), lens, x -> sorts.get(x), RotRule.defaults(), NOW));
            assertThat(fromFacetsAt).as("where (or whether) %s sits under %s", card.title(), lens.filters()).isEqualTo(bySqlAt);
        }
        UUID hidden = UUID.randomUUID();
        int nowhere = window.read(r -> r.board().positionOf(hidden, lens, x -> sorts.get(x), RotRule.defaults(), NOW));
        assertThat(nowhere).isEqualTo(-1);
    }

    private static Map<Stage, List<UUID>> ids(Map<Stage, List<DealCard>> pages) {
        Map<Stage, List<UUID>> out = new EnumMap<>(Stage.class);
        pages.forEach((s, cards) -> out.put(s, cardIds(cards)));
        return out;
    }

    private static List<UUID> cardIds(List<DealCard> cards) {
        return cards.stream().map(DealCard::id).toList();
    }

    private static <T> T pick(Random random, T[] from) {
        return from[random.nextInt(from.length)];
    }

    /** Organizations, contacts (some in none), deals of a contact, of an organization alone or of both, follow-ups and interactions. */
    private static List<UUID> pipeline(Store store, Random random) {
        List<UUID> orgs = new ArrayList<>();
        store.writeAll(r -> {
            for (int i = 0; i < 6; i++) {
                UUID id = UUID.randomUUID();
                orgs.add(id);
                r.organizations().insert(new OrganizationProfile(id, "Org " + pick(random, WORDS) + " " + i, null, pick(random, INDUSTRIES),
                        pick(random, SIZES), null));
            }
        });
        List<UUID> contacts = new ArrayList<>();
        List<ContactProfile> profiles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID id = UUID.randomUUID();
            contacts.add(id);
            profiles.add(profile(id, random.nextInt(4) == 0 ? null : orgs.get(random.nextInt(orgs.size())), i, random));
        }
        store.writeAll(r -> r.contactProfiles().insertAll(profiles));
        List<Deal> deals = new ArrayList<>();
        List<ImportedDeal> imported = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Stage stage = pick(random, Stage.values());
            String currency = random.nextInt(5) == 0 ? "USD" : random.nextInt(4) == 0 ? "JPY" : "EUR"; // yen have no cents: whole units differ
            Money value = random.nextInt(6) == 0 ? null : new Money((long) random.nextInt(40) * 1_000_00L, currency);
            Instant entered = NOW.minus(Duration.ofHours(random.nextInt(24 * 90)));
            LocalDate close = random.nextBoolean() ? null : LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String source = random.nextInt(5) == 0 ? null : pick(random, LeadSource.values()).key();
            String title = pick(random, WORDS) + " " + pick(random, WORDS) + " " + i;
            if (i % 4 == 3) {
                UUID contact = random.nextBoolean() ? null : contacts.get(random.nextInt(contacts.size()));
                imported.add(new ImportedDeal(UUID.randomUUID(), contact, orgs.get(random.nextInt(orgs.size())), null, title, stage, value, currency,
                        source, close, entered, null, null, entered, pick(random, OWNERS), null, null));
            } else {
                deals.add(new Deal(UUID.randomUUID(), contacts.get(random.nextInt(contacts.size())), title, stage, value, currency, source, close,
                        entered, null, null, null, null, entered, entered, pick(random, OWNERS)));
            }
        }
        store.writeAll(r -> r.deals().insertAll(deals));
        store.writeAll(r -> r.imports().insertDeals(imported, "importer@example.com"));
        store.writeAll(r -> {
            for (Deal d : deals) {
                if (random.nextInt(3) == 0) {
                    r.followUps().insert(new FollowUp(UUID.randomUUID(), d.id(), NOW.plus(Duration.ofHours(random.nextInt(400) - 200)),
                            FollowUpKind.CALL, "call", null, random.nextInt(4) == 0 ? NOW.plus(Duration.ofHours(random.nextInt(100))) : null));
                }
                if (random.nextInt(3) == 0) {
                    r.interactions().insert(new Interaction(UUID.randomUUID(), d.contactId(), d.id(), pick(random, InteractionKind.values()),
                            Direction.IN, NOW.minus(Duration.ofDays(random.nextInt(50))), "note"));
                }
                if (random.nextInt(4) == 0 && d.stage() != Stage.LEAD) {
                    // Moved into its stage past the checklist (the board's "moved past their checklist" filter).
                    r.stageChanges().insert(new com.funnelboard.domain.StageChange(UUID.randomUUID(), d.id(), Stage.LEAD, d.stage(),
                            d.stageEnteredAt(), "Ann", List.of(), "Met at the fair", null, null));
                }
            }
            r.deals().delete(deals.getFirst().id());
        });
        return contacts;
    }

    private static ContactProfile profile(UUID id, UUID org, int i, Random random) {
        List<String> tags = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            tags.add(pick(random, TAGS) + (random.nextInt(4) == 0 ? "s" : ""));
        }
        // Some with a phone number written the international way, which the board's filter finds as people write it ("030 …").
        List<String> phones = i % 3 == 0 ? List.of("+49 30 25279" + (10 + i)) : List.of();
        return new ContactProfile(id, org, pick(random, WORDS) + " Person " + i, "Buyer", List.of(), phones,
                pick(random, new PreferredChannel[] {PreferredChannel.EMAIL, PreferredChannel.PHONE, null}), pick(random, INDUSTRIES),
                pick(random, SIZES), pick(random, PERSONAS), null, null, tags.stream().distinct().toList(), null, null);
    }

    /** A few changes a rep makes: a contact's and an organization's details, a move, a new deal, a deletion, follow-ups done and added, an owner. */
    private static void edit(Store store, List<UUID> contacts, Random random) {
        store.writeAll(r -> {
            UUID contact = contacts.get(random.nextInt(contacts.size()));
            ContactProfile p = r.contactProfiles().find(contact).orElseThrow();
            r.contactProfiles().update(profile(contact, p.organizationId(), 99, random));
            List<DealCard> cards = r.board().list(null, BoardLens.ALL, DealSort.NEWEST, RotRule.defaults(), NOW, 0, 500);
            DealCard moved = cards.get(random.nextInt(cards.size()));
            r.deals().moveTo(moved.id(), moved.stage() == Stage.LEAD ? Stage.PROSPECT : Stage.LEAD, NOW, null, null, null);
            DealCard owned = cards.get(random.nextInt(cards.size()));
            r.deals().setOwner(owned.id(), pick(random, OWNERS));
            r.deals().delete(cards.get(random.nextInt(cards.size())).id());
            r.deals().insert(new Deal(UUID.randomUUID(), contact, "Kegs new " + random.nextInt(1000), Stage.OPPORTUNITY,
                    new Money(12_000_00L, "EUR"), "EUR", "referral", null, NOW.minus(Duration.ofDays(40)), null, null, null, null, NOW, NOW, null));
            UUID followed = r.followUps().open(NOW.minus(Duration.ofDays(400)), NOW.plus(Duration.ofDays(400))).getFirst().followUp().dealId();
            for (FollowUp f : r.followUps().forDeal(followed)) {
                r.followUps().markDone(f.id(), NOW);
            }
            r.followUps().insert(new FollowUp(UUID.randomUUID(), cards.get(random.nextInt(cards.size())).id(), NOW.minus(Duration.ofDays(2)),
                    FollowUpKind.EMAIL, "write", null));
            r.interactions().insert(new Interaction(UUID.randomUUID(), contact, null, InteractionKind.values()[random.nextInt(3)], Direction.IN,
                    NOW.minus(Duration.ofDays(1)), "call"));
            if (p.organizationId() != null) {
                OrganizationProfile o = r.organizations().find(p.organizationId()).orElseThrow();
                r.organizations().update(new OrganizationProfile(o.id(), o.name(), o.website(), pick(random, INDUSTRIES), pick(random, SIZES), null));
            }
        });
    }
}
