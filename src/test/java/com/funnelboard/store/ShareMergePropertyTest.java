package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.MergeReport;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.Properties;
import com.funnelboard.testing.TickingClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Lists;

/**
 * Random histories on 2–4 installations that start from one database: edits of three fields,
 * append-only interactions, and share files merged between them in random order. Afterwards:
 * everyone who received everything holds the same data; merging is idempotent, order-free and
 * relays like direct receipt; nothing anyone wrote is lost; and a field is listed as a conflict
 * exactly when two of its edits did not see each other.
 */
class ShareMergePropertyTest {

    // Free texts: a deal's source is one of a list's keys, which a share file must hold.
    private static final String[][] FIELDS = {{"deal", "title"}, {"contact", "persona"}, {"contact", "title"}};
    private static Path dir;
    private static Path template;
    private static Deal deal;

    @BeforeAll
    static void template() throws IOException {
        dir = Files.createTempDirectory("share-prop");
        template = dir.resolve("template.db");
        try (Store s = Store.open(template, new TickingClock(Fixtures.NOW))) {
            deal = Fixtures.deal(s, "Pilot", Stage.LEAD, 1_000L);
        }
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * An operation: kind 0–2 edits field kind on replica a; 3 logs an interaction on a; 4 merges b's
     * file into a; 5 deletes the deal on a (when a has it not deleted).
     */
    record Op(int kind, int a, int b) {}

    private static final Set<Boolean> SAW_CONFLICTS = new HashSet<>();
    private static final Set<Boolean> SAW_DELETE_CONFLICTS = new HashSet<>();

    @Test
    void mergesConvergeLoseNothingAndFlagExactlyTheConcurrentEdits() {
        SAW_CONFLICTS.clear();
        SAW_DELETE_CONFLICTS.clear();
        Properties.qt(9).forAll(integers().between(2, 4),
                lists().of(integers().between(0, 6 * 16 - 1)).ofType(Lists.arrayList()).ofSizeBetween(0, 10))
                .checkAssert((replicas, codes) -> {
                    List<Op> ops = codes.stream().map(c -> new Op(c % 6, (c / 6) % replicas, (c / 24) % replicas)).toList();
                    try {
                        run(replicas, ops);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        assertThat(SAW_CONFLICTS).as("histories with and without conflicts were tried").containsExactlyInAnyOrder(true, false);
        assertThat(SAW_DELETE_CONFLICTS).as("histories with a delete and an edit that did not see each other were tried").contains(true);
    }

    /** One edit as written: where, what, and which edits its installation had received. */
    record Write(int id, int replica, int field, Set<Integer> seen) {}

    private static void run(int n, List<Op> ops) throws IOException {
        Path round = Files.createTempDirectory(dir, "round");
        List<Store> stores = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Path db = round.resolve("r" + i + ".db");
                Files.copy(template, db);
                stores.add(Store.open(db, new TickingClock(Fixtures.NOW.plusSeconds(60 + i))));
            }
            List<Set<Integer>> known = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                known.add(new HashSet<>());
            }
            List<Write> writes = new ArrayList<>();
            int interactions = 0;
            for (Op op : ops) {
                Store s = stores.get(op.a());
                if (op.kind() < 3) {
                    int id = writes.size();
                    edit(s, op.kind(), "v" + id);
                    writes.add(new Write(id, op.a(), op.kind(), Set.copyOf(known.get(op.a()))));
                    known.get(op.a()).add(id);
                } else if (op.kind() == 5) {
                    if (delete(s)) {
                        int id = writes.size();
                        writes.add(new Write(id, op.a(), DELETE, Set.copyOf(known.get(op.a()))));
                        known.get(op.a()).add(id);
                    }
                } else if (op.kind() == 3) {
                    Fixtures.interaction(s, deal, InteractionKind.CALL, Direction.OUT, Fixtures.NOW);
                    interactions++;
                    int id = writes.size();
                    writes.add(new Write(id, op.a(), LOGGED, Set.copyOf(known.get(op.a()))));
                    known.get(op.a()).add(id);
                } else if (op.a() != op.b()) {
                    merge(stores.get(op.b()), s, round);
                    known.get(op.a()).addAll(known.get(op.b()));
                }
            }
            // Every installation receives everything; a second round changes nothing.
            for (int round2 = 0; round2 < 2; round2++) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        if (i != j) {
                            merge(stores.get(j), stores.get(i), round);
                        }
                    }
                }
            }
            var first = ChangeLogReplay.snapshot(stores.getFirst());
            Set<String> expected = expectedConflicts(writes);
            SAW_CONFLICTS.add(!expected.isEmpty());
            SAW_DELETE_CONFLICTS.add(expected.contains("deal.deleted_at"));
            for (Store s : stores) {
                assertThat(ChangeLogReplay.snapshot(s)).as("converged").isEqualTo(first);
                assertThat(conflicts(s)).as("conflicts exactly where edits were concurrent").isEqualTo(expected);
                long count = s.read(r -> r.interactions().forDeal(deal.id()).size());
                assertThat(count).as("every interaction kept").isEqualTo(interactions);
                MergeReport again = new ShareExchange(s).merge(export(stores.getLast(), round), false, () -> false);
                assertThat(again.changeSet()).as("merging again changes nothing").isNull();
            }
            for (Write w : writes.stream().filter(w -> w.field() >= 0).toList()) {
                // nothing lost: every value written is still in the history of its field, on every installation
                for (Store s : stores) {
                    assertThat(history(s, w.field())).contains("\"v" + w.id() + "\"");
                }
            }
        } finally {
            stores.forEach(Store::close);
        }
    }

    @Test
    void orderOfMergesAndRelaysDoNotMatter() throws IOException {
        Properties.qt(8).forAll(lists().of(integers().between(0, 8)).ofType(Lists.arrayList()).ofSizeBetween(1, 8))
                .checkAssert(codes -> {
                    try {
                        orderFree(codes);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    private static void orderFree(List<Integer> codes) throws IOException {
        Path round = Files.createTempDirectory(dir, "order");
        List<Store> stores = new ArrayList<>();
        try {
            for (String name : List.of("a", "b", "c", "ab", "ba", "relay", "bc")) {
                Path db = round.resolve(name + ".db");
                Files.copy(template, db);
                stores.add(Store.open(db, new TickingClock(Fixtures.NOW.plusSeconds(60 + stores.size()))));
            }
            Store a = stores.get(0);
            Store b = stores.get(1);
            Store c = stores.get(2);
            for (int code : codes) {
                edit(List.of(a, b, c).get(code % 3), code / 3, "x" + code + "-" + UUID.randomUUID());
            }
            Store ab = stores.get(3);
            Store ba = stores.get(4);
            Store relay = stores.get(5);
            Store bc = stores.get(6);
            merge(a, ab, round);
            merge(b, ab, round);
            merge(c, ab, round);
            merge(c, ba, round);
            merge(b, ba, round);
            merge(a, ba, round);
            merge(b, bc, round);
            merge(c, bc, round);
            merge(a, relay, round);
            merge(bc, relay, round);
            assertThat(ChangeLogReplay.snapshot(ba)).as("A then B equals B then A").isEqualTo(ChangeLogReplay.snapshot(ab));
            assertThat(ChangeLogReplay.snapshot(relay)).as("through a third installation equals direct").isEqualTo(ChangeLogReplay.snapshot(ab));
            assertThat(conflicts(ba)).isEqualTo(conflicts(ab));
            assertThat(conflicts(relay)).isEqualTo(conflicts(ab));
        } finally {
            stores.forEach(Store::close);
        }
    }

    /**
     * Fields with at least two edits that no other edit of the field saw (all values differ); and
     * the deal's deletion when it was deleted and one of its edits (a field of it, or a call logged
     * on it) was seen by no delete while it had not seen some delete (a delete and an edit that did
     * not see each other).
     */
    private static Set<String> expectedConflicts(List<Write> writes) {
        Set<String> out = new TreeSet<>();
        List<Write> deletes = writes.stream().filter(w -> w.field() == DELETE).toList();
        boolean deleteVsEdit = writes.stream().filter(w -> w.field() == 0 || w.field() == 1 || w.field() == LOGGED)
                .anyMatch(e -> deletes.stream().noneMatch(d -> d.seen().contains(e.id())) && deletes.stream().anyMatch(d -> !e.seen().contains(d.id())));
        if (deleteVsEdit) {
            out.add("deal.deleted_at");
        }
        for (int f = 0; f < FIELDS.length; f++) {
            int field = f;
            List<Write> of = writes.stream().filter(w -> w.field() == field).toList();
            long heads = of.stream().filter(w -> of.stream().noneMatch(o -> o.seen().contains(w.id()))).count();
            if (heads > 1) {
                out.add(FIELDS[f][0] + "." + FIELDS[f][1]);
            }
        }
        return out;
    }

    private static Set<String> conflicts(Store s) {
        Set<String> out = new TreeSet<>();
        new ShareExchange(s).conflicts().forEach(c -> out.add(c.table() + "." + c.field()));
        return out;
    }

    private static final int DELETE = -1;
    /** A call logged on the deal: an edit of it, as far as its deletion is concerned. */
    private static final int LOGGED = -2;

    /** Deletes the deal on {@code s}; false when it is deleted there already (nothing is written). */
    private static boolean delete(Store s) {
        return s.write(r -> {
            var t = com.funnelboard.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable("deal");
            return r.changes().deleteAny(ShareHistory.load(r.ctx(), t, deal.id().toString()));
        });
    }

    private static void edit(Store s, int field, String value) {
        String table = FIELDS[field % FIELDS.length][0];
        String column = FIELDS[field % FIELDS.length][1];
        String key = table.equals("deal") ? deal.id().toString() : deal.contactId().toString();
        s.writeAll(r -> {
            var t = com.funnelboard.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable(table);
            var row = ShareHistory.load(r.ctx(), t, key);
            ShareHistory.setJson(row, t.field(column), "\"" + value + "\"");
            r.changes().updateAny(row);
        });
    }

    private static String history(Store s, int field) {
        String key = FIELDS[field][0].equals("deal") ? deal.id().toString() : deal.contactId().toString();
        return s.jdbc(c -> {
            StringBuilder out = new StringBuilder();
            try (var p = c.prepareStatement("SELECT new_value FROM change WHERE row_key = ? AND field = ? UNION ALL "
                    + "SELECT new_value FROM received_change WHERE row_key = ? AND field = ?")) {
                p.setString(1, key);
                p.setString(2, FIELDS[field][1]);
                p.setString(3, key);
                p.setString(4, FIELDS[field][1]);
                try (var rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.append(rs.getString(1)).append('\n');
                    }
                }
            }
            return out.toString();
        });
    }

    private static final Map<Store, Integer> EXPORTS = new HashMap<>();

    private static Path export(Store from, Path round) {
        Path file = round.resolve("share-" + EXPORTS.merge(from, 1, Integer::sum) + "-" + UUID.randomUUID() + ".funnel");
        new ShareExchange(from).export(file);
        return file;
    }

    private static void merge(Store from, Store into, Path round) {
        new ShareExchange(into).merge(export(from, round), false, () -> false);
    }
}
