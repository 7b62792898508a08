package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.domain.scoring.IdealCustomerProfile;
import com.funnelboard.domain.scoring.Scorer;
import com.funnelboard.domain.scoring.ScoringRules;
import com.funnelboard.domain.scoring.Signal;
import com.funnelboard.service.DealEditing;
import com.funnelboard.service.DealService;
import com.funnelboard.service.InteractionService;
import com.funnelboard.service.NewLead;
import com.funnelboard.service.ScoringService;
import com.funnelboard.service.UndoJournal;
import com.funnelboard.service.UndoService;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.Properties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After any sequence of edits (interactions logged, on a deal or only with its contact, undone and
 * redone; contact and organization fields changed; deals deleted and restored; rules and profile
 * changed), the scores kept inside each write transaction are exactly those a full computation gives.
 */
class ScoreCachePropertyTest {

    @TempDir
    Path dir;

    private static final String[] INDUSTRIES = {"Software", "Retail", null, "software "};
    private static final String[] SIZES = {"50", "11-50", "5000", null, "1,000+"};
    private static final String[] TITLES = {"CEO", "Analyst", null, "Head of IT"};

    @Test
    void incrementalScoresEqualAFullComputation() {
        int[] run = {0};
        Properties.qt(20).forAll(lists().of(integers().between(0, 9999)).ofSizeBetween(1, 14)).checkAssert(ops -> {
            Path d = dir.resolve("run" + run[0]++);
            try {
                Files.createDirectories(d);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            try (Store store = Fixtures.store(d)) {
                List<UUID> deals = play(store, ops);
                assertThat(stored(store, deals)).isEqualTo(full(store));
            }
        });
    }

    private List<UUID> play(Store store, List<Integer> ops) {
        DealService deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep");
        InteractionService interactions = new InteractionService(store);
        UndoService undo = new UndoService(store, UndoJournal.inMemory());
        DealEditing editing = new DealEditing(store, Locale.UK);
        ScoringService scoring = new ScoringService(store);
        List<UUID> dealIds = new ArrayList<>();
        for (String t : List.of("Alpha", "Beta", "Gamma")) {
            dealIds.add(deals.createLead(new NewLead("Contact " + t, "Org " + t, null, null, LeadSource.WEBSITE, t, "1000", "EUR", Locale.UK)));
        }
        // A second deal of the first contact: what is logged with the contact alone counts for both.
        Deal first = store.read(r -> r.deals().find(dealIds.getFirst()).orElseThrow());
        UUID second = UUID.randomUUID();
        store.writeAll(r -> r.deals().insert(new Deal(second, first.contactId(), "Alpha 2", first.stage(), null, "EUR", null, null,
                Fixtures.NOW, null, null, null, null, Fixtures.NOW, Fixtures.NOW)));
        dealIds.add(second);
        for (int op : ops) {
            UUID deal = dealIds.get(op % dealIds.size());
            int v = op / 10;
            try {
                apply(store, op, deal, v, interactions, undo, editing, scoring);
            } catch (com.funnelboard.service.InvalidInputException | com.funnelboard.service.RefusedException | java.util.NoSuchElementException e) {
                // an edit of a deal in the trash, nothing to redo: refused, and nothing changed
            }
        }
        return dealIds;
    }

    private static void apply(Store store, int op, UUID deal, int v, InteractionService interactions, UndoService undo, DealEditing editing,
            ScoringService scoring) {
        InteractionKind[] kinds = InteractionKind.values();
        Signal[] signals = Signal.values();
        {
            switch (op % 9) {
                case 0, 1 -> interactions.log(deal, kinds[v % kinds.length], v % 2 == 0 ? Direction.IN : Direction.OUT,
                        Fixtures.NOW.minus(Duration.ofDays(v % 90)), null);
                case 2 -> {
                    UUID contact = store.read(r -> r.deals().find(deal).orElseThrow().contactId());
                    interactions.logWithContact(contact, null, kinds[v % kinds.length], Direction.IN, Fixtures.NOW.minus(Duration.ofDays(v % 70)), null);
                }
                case 3 -> undo.undoLast();
                case 4 -> undo.redoLast();
                case 5 -> store.writeAll(r -> {
                    UUID contact = r.deals().find(deal).orElseThrow().contactId();
                    ContactProfile p = r.contactProfiles().find(contact).orElseThrow();
                    r.contactProfiles().update(new ContactProfile(p.id(), p.organizationId(), p.name(), TITLES[v % TITLES.length], p.emails(),
                            p.phones(), p.channel(), INDUSTRIES[v % INDUSTRIES.length], SIZES[v % SIZES.length], p.persona(), p.painPoints(),
                            p.source(), p.tags(), p.notes(), p.mergedInto()));
                });
                case 6 -> store.writeAll(r -> {
                    UUID contact = r.deals().find(deal).orElseThrow().contactId();
                    UUID org = r.contactProfiles().find(contact).orElseThrow().organizationId();
                    OrganizationProfile o = r.organizations().find(org).orElseThrow();
                    r.organizations().update(new OrganizationProfile(o.id(), o.name(), o.website(), INDUSTRIES[(v + 1) % INDUSTRIES.length],
                            SIZES[(v + 2) % SIZES.length], o.address()));
                });
                case 7 -> {
                    if (v % 3 == 0) {
                        scoring.setProfile(new IdealCustomerProfile(List.of(v % 2 == 0 ? "Retail" : "Software"), v % 20, 100 + v % 1000,
                                List.of("CEO", "head")));
                    } else {
                        scoring.setRules(ScoringRules.DEFAULTS.with(signals[v % signals.length], v % 40));
                    }
                }
                default -> {
                    boolean live = store.read(r -> r.deals().find(deal).isPresent());
                    if (live) {
                        editing.delete(deal);
                    } else {
                        editing.restore(deal);
                    }
                }
            }
        }
    }

    /** What deal_score holds for these deals (live or in the trash). */
    private static Map<UUID, List<Long>> stored(Store store, List<UUID> deals) {
        Map<UUID, List<Long>> out = new TreeMap<>();
        store.read(r -> r.scores().cache().stored(deals)).forEach((id, s) -> out.put(id, List.of(s[0], s[1])));
        return out;
    }

    private static Map<UUID, List<Long>> full(Store store) {
        Map<UUID, List<Long>> out = new TreeMap<>();
        store.read(r -> {
            ScoreCache cache = r.scores().cache();
            Scorer scorer = cache.scorer();
            cache.facts(null).forEach((id, f) -> {
                Scorer.Base b = scorer.base(f);
                out.put(id, List.of((long) b.points(), b.activeAt().toEpochMilli()));
            });
            return null;
        });
        return out;
    }
}
