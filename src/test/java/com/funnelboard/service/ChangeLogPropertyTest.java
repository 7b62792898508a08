package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.store.ChangeLogReplay;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Properties;
import com.funnelboard.testing.TickingClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Lists;

/**
 * Over random sequences of user actions: the change log holds everything (replaying its new values
 * onto an empty database rebuilds the same shared data), no shared row is ever deleted, and undoing
 * every action leaves the live data as it started.
 */
class ChangeLogPropertyTest {

    private static final Instant START = Instant.parse("2026-03-12T10:00:00Z");

    @Test
    void theLogRebuildsTheDataNothingIsDeletedAndUndoingEverythingRestoresIt() {
        Properties.qt(18)
                .forAll(lists().of(integers().between(0, 9_999)).ofType(Lists.arrayList()).ofSizeBetween(1, 18))
                .checkAssert(actions -> {
                    try {
                        check(actions);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static void check(List<Integer> actions) throws IOException {
        Path dir = Files.createTempDirectory("log-property");
        try (Store store = Store.open(dir.resolve("a.db"), new TickingClock(START))) {
            Actions a = new Actions(store);
            a.lead("Seed");
            Map<String, List<List<String>>> before = ChangeLogReplay.live(store);
            Map<String, Set<String>> idsBefore = ChangeLogReplay.ids(store);
            int done = 0;
            for (int code : actions) {
                done += a.run(code) ? 1 : 0;
                Map<String, Set<String>> ids = ChangeLogReplay.ids(store);
                idsBefore.forEach((table, old) -> assertThat(ids.get(table)).as("no row of %s is deleted", table).containsAll(old));
                idsBefore = ids;
            }
            try (Store empty = Store.open(dir.resolve("b.db"), new TickingClock(START))) {
                ChangeLogReplay.replay(store, empty);
                assertThat(ChangeLogReplay.snapshot(empty)).as("replaying the log onto an empty database").isEqualTo(ChangeLogReplay.snapshot(store));
            }
            for (int i = 0; i < done; i++) {
                assertThat(a.undo.undoLast()).as("undo %d of %d", i + 1, done).isPresent();
            }
            assertThat(ChangeLogReplay.live(store)).as("after undoing every action").isEqualTo(before);
        } finally {
            com.funnelboard.testing.Fixtures.deleteTree(dir);
        }
    }

    /** The actions a user takes, chosen and parametrised by one number each. */
    private static final class Actions {
        final Store store;
        final DealService deals;
        final ContactService contacts;
        final InteractionService interactions;
        final FollowUpService followUps;
        final UndoService undo;
        final List<UUID> dealIds = new ArrayList<>();
        final List<UUID> followUpIds = new ArrayList<>();

        Actions(Store store) {
            this.store = store;
            deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep");
            contacts = new ContactService(store, new DuplicateFinder("DE"));
            interactions = new InteractionService(store);
            followUps = new FollowUpService(store);
            undo = new UndoService(store, UndoJournal.inMemory());
        }

        void lead(String title) {
            dealIds.add(deals.createLead(new NewLead("Contact " + title, "Org " + (title.length() % 3), title.toLowerCase(Locale.ROOT)
                    .replace(' ', '.') + "@example.com", "+49 30 1234567", LeadSource.WEBSITE, title, "1000", "EUR", Locale.UK)));
        }

        Deal deal(int n) {
            return store.read(r -> r.deals().find(dealIds.get(n % dealIds.size()))).orElse(null);
        }

        /** Runs the action coded by {@code code}; false when it did not apply (nothing written). */
        boolean run(int code) {
            int kind = code % 9;
            int n = code / 9;
            Deal d = deal(n);
            if (d == null && kind != 0) {
                return false;
            }
            try {
                switch (kind) {
                    case 0 -> lead("Deal " + code);
                    case 1 -> deals.move(new MoveRequest(d.id(), next(d.stage()), List.of(), "reason " + n, null, null));
                    case 2 -> deals.move(new MoveRequest(d.id(), Stage.LOST, List.of(), null, LostReason.values()[n % 6], null));
                    case 3 -> deals.move(new MoveRequest(d.id(), Stage.LEAD, List.of(), null, null, null));
                    case 4 -> editContact(d.contactId(), n);
                    case 5 -> interactions.log(d.id(), InteractionKind.values()[n % InteractionKind.values().length],
                            n % 2 == 0 ? Direction.IN : Direction.OUT, null, "note " + n);
                    case 6 -> followUpIds.add(followUps.schedule(d.id(), START.plus(Duration.ofDays(1 + n % 5)), FollowUpKind.CALL,
                            "call " + n).id());
                    case 7 -> {
                        if (followUpIds.isEmpty()) {
                            return false;
                        }
                        UUID f = followUpIds.get(n % followUpIds.size());
                        FollowUp fu = store.read(r -> r.followUps().find(f)).orElse(null);
                        if (fu == null || !fu.isOpen()) {
                            return false;
                        }
                        if (n % 2 == 0) {
                            followUps.complete(f);
                        } else {
                            followUps.snooze(f, store.clock().instant().plus(Duration.ofDays(2)));
                        }
                    }
                    default -> {
                        Deal other = deal(n + 1);
                        if (other == null || other.contactId().equals(d.contactId())) {
                            return false;
                        }
                        contacts.merge(d.contactId(), other.contactId(), n % 2 == 0 ? Set.of() : Set.of(ContactProfile.EMAILS));
                    }
                }
                return true;
            } catch (RefusedException | InvalidInputException | MoveRefusedException e) {
                return false; // the rules refused it: nothing was written
            }
        }

        void editContact(UUID id, int n) {
            ContactProfile p = store.read(r -> r.contactProfiles().find(id)).orElse(null);
            if (p == null) {
                throw new InvalidInputException("contact", "gone");
            }
            List<String> emails = new ArrayList<>(p.emails());
            switch (n % 3) {
                case 0 -> emails.add("extra" + n + "@example.com");
                case 1 -> {
                    if (!emails.isEmpty()) {
                        emails.removeFirst();
                    }
                }
                default -> java.util.Collections.reverse(emails);
            }
            contacts.save(new ContactProfile(id, p.organizationId(), p.name() + (n % 2 == 0 ? "" : " Jr"), "Title " + n, emails,
                    p.phones(), p.channel(), p.industry(), p.companySize(), p.persona(), p.painPoints(), p.source(), p.tags(), p.notes(),
                    null));
        }

        static Stage next(Stage s) {
            return switch (s) {
                case LEAD -> Stage.PROSPECT;
                case PROSPECT -> Stage.OPPORTUNITY;
                case OPPORTUNITY -> Stage.WON;
                default -> Stage.LEAD;
            };
        }
    }
}
