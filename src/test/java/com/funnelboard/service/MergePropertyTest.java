package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.Properties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Lists;

/** A merge moves every related row to the survivor: nothing lost, nothing left pointing at the merged-away contact. */
class MergePropertyTest {

    @Test
    void mergeKeepsEveryRowAndOrphansNone() {
        Set<List<Object>> tried = new HashSet<>();
        // Each example builds and merges in a database of its own (about a quarter of a second), so there are 50.
        Properties.qt(30)
                .forAll(lists().of(integers().between(0, 2)).ofType(Lists.arrayList()).ofSizeBetween(0, 8),
                        integers().between(0, 3),
                        integers().between(0, 2))
                .checkAssert((owners, interactionsPerDeal, followUpsPerDeal) -> {
                    tried.add(List.of(owners, interactionsPerDeal, followUpsPerDeal));
                    try {
                        mergeKeepsEveryRowAndOrphansNone(owners, interactionsPerDeal, followUpsPerDeal);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        assertThat(tried).as("distinct cases tried").hasSizeGreaterThanOrEqualTo(25);
    }

    /**
     * @param owners for each deal, which of three contacts (0 = keep, 1 = other, 2 = bystander) owns it
     * @param interactionsPerDeal interactions logged on each deal
     * @param followUpsPerDeal follow-ups scheduled on each deal
     */
    private static void mergeKeepsEveryRowAndOrphansNone(List<Integer> owners, int interactionsPerDeal, int followUpsPerDeal)
            throws IOException {
        Path dir = Files.createTempDirectory("merge");
        try (Store store = Fixtures.store(dir)) {
            ContactService contacts = new ContactService(store, new DuplicateFinder("DE"));
            UUID[] people = new UUID[3];
            for (int i = 0; i < 3; i++) {
                people[i] = Fixtures.deal(store, "Seed " + i, Stage.LEAD, null).contactId();
            }
            Map<UUID, UUID> dealOwner = new HashMap<>();
            List<Interaction> interactions = new ArrayList<>();
            List<FollowUp> followUps = new ArrayList<>();
            for (int n = 0; n < owners.size(); n++) {
                UUID contact = people[owners.get(n)];
                Deal deal = dealFor(store, contact, "Deal " + n);
                dealOwner.put(deal.id(), contact);
                for (int i = 0; i < interactionsPerDeal; i++) {
                    interactions.add(Fixtures.interaction(store, deal, InteractionKind.EMAIL, i % 2 == 0 ? Direction.IN : Direction.OUT,
                            Fixtures.NOW.minus(Duration.ofHours(i + 1))));
                }
                for (int i = 0; i < followUpsPerDeal; i++) {
                    followUps.add(Fixtures.followUp(store, deal, Fixtures.NOW.plus(Duration.ofDays(i + 1))));
                }
            }
            Map<UUID, Integer> dealsBefore = new HashMap<>();
            Map<UUID, Integer> interactionsBefore = new HashMap<>();
            Map<UUID, Integer> followUpsBefore = new HashMap<>();
            for (UUID p : people) {
                dealsBefore.put(p, deals(store, p).size());
                interactionsBefore.put(p, interactions(store, p).size());
                followUpsBefore.put(p, followUps(store, p).size());
            }

            contacts.merge(people[0], people[1], Set.of());

            assertThat(deals(store, people[0])).hasSize(dealsBefore.get(people[0]) + dealsBefore.get(people[1]));
            assertThat(interactions(store, people[0]))
                    .hasSize(interactionsBefore.get(people[0]) + interactionsBefore.get(people[1]));
            assertThat(followUps(store, people[0]))
                    .hasSize(followUpsBefore.get(people[0]) + followUpsBefore.get(people[1]));
            assertThat(deals(store, people[1])).isEmpty();
            assertThat(interactions(store, people[1])).isEmpty();
            assertThat(followUps(store, people[1])).isEmpty();
            for (UUID p : List.of(people[2])) {
                assertThat(deals(store, p)).hasSize(dealsBefore.get(p));
                assertThat(interactions(store, p)).hasSize(interactionsBefore.get(p));
            }
            for (Interaction i : interactions) {
                UUID expected = dealOwner.get(i.dealId()).equals(people[1]) ? people[0] : dealOwner.get(i.dealId());
                assertThat(interactions(store, expected)).extracting(Interaction::id).contains(i.id());
            }
            for (FollowUp f : followUps) {
                UUID expected = dealOwner.get(f.dealId()).equals(people[1]) ? people[0] : dealOwner.get(f.dealId());
                assertThat(followUps(store, expected)).extracting(FollowUp::id).contains(f.id());
            }
            UUID gone = people[1];
            UUID kept = people[0];
            ContactProfile tomb = store.read(r -> r.contactProfiles().findAny(gone)).orElseThrow();
            assertThat(tomb.mergedInto()).isEqualTo(kept);
            java.util.Optional<ContactProfile> goneLive = store.read(r -> r.contactProfiles().find(gone));
            java.util.Optional<ContactProfile> keptLive = store.read(r -> r.contactProfiles().find(kept));
            assertThat(goneLive).isEmpty();
            assertThat(keptLive).isPresent();
        } finally {
            Fixtures.deleteTree(dir);
        }
    }

    static List<com.funnelboard.domain.DealCard> deals(Store store, UUID contact) {
        return store.read(r -> r.board().forContact(contact));
    }

    static List<Interaction> interactions(Store store, UUID contact) {
        return store.read(r -> r.interactions().forContact(contact));
    }

    static List<FollowUp> followUps(Store store, UUID contact) {
        return store.read(r -> r.followUps().forContact(contact));
    }

    private static Deal dealFor(Store store, UUID contact, String title) {
        Deal d = new Deal(UUID.randomUUID(), contact, title, Stage.LEAD, null, "EUR", null, null, Fixtures.NOW, null, null, null, null,
                Fixtures.NOW, Fixtures.NOW);
        store.writeAll(r -> r.deals().insert(d));
        return d;
    }
}
