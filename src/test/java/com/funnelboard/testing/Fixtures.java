package com.funnelboard.testing;

import com.funnelboard.domain.Contact;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Organization;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A database in a temporary folder, at a fixed time, with helpers to put deals in it. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-03-12T10:00:00Z");

    /**
     * Five lead sources the benchmarks spread their deals over: ones the store knows (a file holding
     * others is refused when opened, as the benchmarks' kept files were).
     */
    public static final String[] BENCH_SOURCES = java.util.stream.Stream.of(com.funnelboard.domain.LeadSource.WEBSITE,
            com.funnelboard.domain.LeadSource.REFERRAL, com.funnelboard.domain.LeadSource.EVENT, com.funnelboard.domain.LeadSource.COLD_EMAIL,
            com.funnelboard.domain.LeadSource.PAID_AD).map(com.funnelboard.domain.LeadSource::key).toArray(String[]::new);
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Fixtures() {}

    /** A database whose clock ticks a millisecond per reading, so recorded history has a strict order. */
    public static Store store(Path dir) {
        return Store.open(dir.resolve("test.db"), new TickingClock(NOW));
    }

    /**
     * Two installations' databases (ida.db and bo.db in {@code dir}) that began as copies of one
     * holding a lead "Pilot" of €1,000, as a teammate's copy of a database does; returns that deal.
     */
    public static Deal pilotOnTwoCopies(Path dir) {
        Path template = dir.resolve("template.db");
        Deal deal;
        try (Store s = Store.open(template, new TickingClock(NOW))) {
            deal = deal(s, "Pilot", Stage.LEAD, 100_000L);
        }
        try {
            java.nio.file.Files.copy(template, dir.resolve("ida.db"));
            java.nio.file.Files.copy(template, dir.resolve("bo.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return deal;
    }

    /** Writes a contact at an organization and a deal for them in {@code stage}; returns the deal. */
    public static Deal deal(Store store, String title, Stage stage, Long valueMinor) {
        return deal(store, UUID.randomUUID(), title, stage, valueMinor);
    }

    /** As {@link #deal(Store, String, Stage, Long)}, with a chosen id. */
    public static Deal deal(Store store, UUID id, String title, Stage stage, Long valueMinor) {
        UUID orgId = UUID.randomUUID();
        UUID contactId = UUID.randomUUID();
        Deal deal = new Deal(id, contactId, title, stage, valueMinor == null ? null : new Money(valueMinor, "EUR"), "EUR",
                "website", null, NOW.minus(Duration.ofDays(3)), null, null, null, null, NOW, NOW);
        store.writeAll(r -> {
            r.contacts().insertOrganization(new Organization(orgId, "Org of " + title));
            r.contacts().insert(new Contact(contactId, orgId, "Contact of " + title, null, null, null));
            r.deals().insert(deal);
        });
        return deal;
    }

    /** {@code n} deals as {@link #deal(Store, String, Stage, Long)} makes them, in one transaction (one change set). */
    public static List<Deal> deals(Store store, Stage stage, int n, java.util.function.IntFunction<String> title,
            java.util.function.IntToLongFunction valueMinor) {
        List<Deal> made = new java.util.ArrayList<>(n);
        store.writeAll(r -> {
            for (int i = 0; i < n; i++) {
                UUID orgId = UUID.randomUUID();
                UUID contactId = UUID.randomUUID();
                String t = title.apply(i);
                Deal deal = new Deal(UUID.randomUUID(), contactId, t, stage, new Money(valueMinor.applyAsLong(i), "EUR"), "EUR",
                        "website", null, NOW.minus(Duration.ofDays(3)), null, null, null, null, NOW, NOW);
                r.contacts().insertOrganization(new Organization(orgId, "Org of " + t));
                r.contacts().insert(new Contact(contactId, orgId, "Contact of " + t, null, null, null));
                r.deals().insert(deal);
                made.add(deal);
            }
        });
        return made;
    }

    public static Interaction interaction(Store store, Deal deal, InteractionKind kind, Direction direction, Instant at) {
        Interaction i = new Interaction(UUID.randomUUID(), deal.contactId(), deal.id(), kind, direction, at, "note");
        store.writeAll(r -> r.interactions().insert(i));
        return i;
    }

    public static FollowUp followUp(Store store, Deal deal, Instant due) {
        FollowUp f = new FollowUp(UUID.randomUUID(), deal.id(), due, FollowUpKind.CALL, "call back", null);
        store.writeAll(r -> r.followUps().insert(f));
        return f;
    }

    /** Deletes a folder and everything in it (a property test's folder of one round). */
    public static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }
}
