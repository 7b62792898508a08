package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.SearchHit.Kind;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.Properties;
import com.funnelboard.testing.TickingClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Lists;

/**
 * Random inserts, edits, deletes and undos of deals, contacts' notes and interactions, and deals
 * merged in from a teammate's share file: afterwards the search index finds, for every word, exactly
 * the live rows a LIKE scan of the same fields finds, and its documents are exactly its rows'.
 */
class SearchIndexPropertyTest {

    private static final String[] WORDS = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot"};
    private static Path dir;
    private static Path template;
    private static Deal first;

    @BeforeAll
    static void template() throws IOException {
        dir = Files.createTempDirectory("search-prop");
        template = dir.resolve("template.db");
        try (Store s = Store.open(template, new TickingClock(Fixtures.NOW))) {
            first = Fixtures.deal(s, "Pilot alpha", Stage.LEAD, 1_000L);
        }
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theIndexFindsExactlyWhatALikeScanFinds() {
        Properties.qt(15).forAll(lists().of(integers().between(0, 7 * 36 - 1)).ofType(Lists.arrayList()).ofSizeBetween(1, 14))
                .checkAssert(codes -> {
                    try {
                        run(codes);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static String words(int code) {
        return WORDS[code % WORDS.length] + " " + WORDS[(code / WORDS.length) % WORDS.length];
    }

    private static void run(List<Integer> codes) throws Exception {
        Path round = Files.createTempDirectory(dir, "round");
        Path a = round.resolve("a.db");
        Path b = round.resolve("b.db");
        Files.copy(template, a);
        Files.copy(template, b);
        try (Store s = Store.open(a, new TickingClock(Fixtures.NOW.plusSeconds(60)));
                Store t = Store.open(b, new TickingClock(Fixtures.NOW.plusSeconds(120)))) {
            List<UUID> deals = new ArrayList<>(List.of(first.id()));
            List<UUID> sets = new ArrayList<>();
            for (int code : codes) {
                int op = code % 7;
                int arg = code / 7;
                UUID pick = deals.get(arg % deals.size());
                switch (op) {
                    case 0 -> {
                        UUID id = UUID.randomUUID();
                        deals.add(id);
                        sets.add(s.write(ChangeOrigin.USER, "add", r -> {
                            r.deals().insert(deal(id, words(arg)));
                            return r.changeSetId();
                        }));
                    }
                    case 1 -> sets.add(s.write(ChangeOrigin.USER, "edit", r -> {
                        r.deals().find(pick).ifPresent(d -> r.deals().update(retitle(d, words(arg))));
                        return r.changeSetId();
                    }));
                    case 2 -> sets.add(s.write(ChangeOrigin.USER, "delete", r -> {
                        r.deals().delete(pick);
                        return r.changeSetId();
                    }));
                    case 3 -> {
                        if (!sets.isEmpty()) {
                            UUID last = sets.removeLast();
                            try {
                                s.writeAll(ChangeOrigin.UNDO, "undo", r -> r.reverter().revert(last, Set.of()));
                            } catch (RuntimeException refused) {
                                // a later change touched the same fields: the undo is refused and nothing is written
                            }
                        }
                    }
                    case 4 -> s.writeAll(r -> r.interactions().insert(new Interaction(UUID.randomUUID(), first.contactId(), null,
                            InteractionKind.CALL, Direction.OUT, Fixtures.NOW, words(arg))));
                    case 5 -> sets.add(s.write(ChangeOrigin.USER, "notes", r -> {
                        var t2 = com.funnelboard.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable("contact");
                        var row = ShareHistory.load(r.ctx(), t2, first.contactId().toString());
                        ShareHistory.setJson(row, t2.field("notes"), "\"" + words(arg) + "\"");
                        r.changes().updateAny(row);
                        return r.changeSetId();
                    }));
                    default -> {
                        UUID id = UUID.randomUUID();
                        t.writeAll(r -> r.deals().insert(deal(id, words(arg))));
                        Path file = round.resolve("share-" + UUID.randomUUID() + ".funnel");
                        new ShareExchange(t).export(file);
                        new ShareExchange(s).merge(file, false, () -> false);
                        deals.add(id);
                    }
                }
            }
            for (String word : WORDS) {
                assertThat(Set.copyOf(s.read(r -> r.search().ids(Kind.DEAL, word)))).as("deals with " + word)
                        .isEqualTo(like(s, "SELECT id FROM deal WHERE deleted_at IS NULL AND ' ' || title || ' ' LIKE ?", word));
                assertThat(Set.copyOf(s.read(r -> r.search().ids(Kind.CONTACT, word)))).as("contacts with " + word)
                        .isEqualTo(like(s, "SELECT id FROM contact WHERE deleted_at IS NULL AND ' ' || name || ' ' || coalesce(notes, '') || ' ' LIKE ?", word));
                assertThat(Set.copyOf(s.read(r -> r.search().ids(Kind.INTERACTION, word)))).as("interactions with " + word)
                        .isEqualTo(like(s, "SELECT id FROM interaction WHERE deleted_at IS NULL AND ' ' || coalesce(note, '') || ' ' LIKE ?", word));
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + a)) {
                assertThat(SearchIndex.problems(c)).isEmpty();
            }
        }
    }

    private static Set<UUID> like(Store s, String sql, String word) {
        return new HashSet<>(s.read(r -> r.ctx().fetch(sql, "% " + word + " %").map(x -> UUID.fromString(x.get(0, String.class)))));
    }

    private static Deal deal(UUID id, String title) {
        return new Deal(id, first.contactId(), title, Stage.LEAD, new Money(100L, "EUR"), "EUR", null, null, Fixtures.NOW, null, null, null, null,
                Fixtures.NOW, Fixtures.NOW);
    }

    private static Deal retitle(Deal d, String title) {
        return new Deal(d.id(), d.contactId(), title, d.stage(), d.value(), d.currency(), d.source(), d.expectedCloseOn(), d.stageEnteredAt(),
                d.lostReason(), d.lostNote(), d.finalValue(), d.closedOn(), d.createdAt(), d.updatedAt(), d.owner());
    }
}
