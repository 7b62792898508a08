package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every change set of a share file carries a check value: a value changed after the export — a
 * byte flipped on the way, an edit with an SQLite tool — is refused, though SQLite finds the file
 * whole; a file an earlier version wrote (none at all) merges as before, and a relayed file checks.
 */
class ShareSetDigestsTest {

    @TempDir
    Path dir;

    private Path good;
    private Store live;
    private com.funnelboard.domain.Deal pilot;

    @BeforeEach
    void aTeammatesFile() {
        try (Store teammate = Store.open(dir.resolve("teammate.db"), new TickingClock(Fixtures.NOW))) {
            pilot = Fixtures.deal(teammate, "Pilot Zanzibar", Stage.LEAD, 1_000L);
            good = dir.resolve("good.funnel");
            new ShareExchange(teammate).export(good);
        }
        live = Store.open(dir.resolve("live.db"), new TickingClock(Fixtures.NOW));
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void everyChangeSetHasItsCheckValue() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + good); var s = c.createStatement();
                var rs = s.executeQuery("SELECT (SELECT count(*) FROM change_set), (SELECT count(*) FROM share_info WHERE key LIKE 'digest:%')")) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive();
            assertThat(rs.getInt(2)).isEqualTo(rs.getInt(1));
        }
    }

    @Test
    void oneByteChangedInAValueIsRefusedThoughSqliteFindsTheFileWhole() throws Exception {
        Path flipped = dir.resolve("flipped.funnel");
        byte[] bytes = Files.readAllBytes(good);
        byte[] title = "Zanzibar".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, title);
        assertThat(at).as("the title is in the file as written").isNotNegative();
        bytes[at] = 'Y';
        Files.write(flipped, bytes);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + flipped)) {
            assertThat(Migrations.integrityProblems(c, true)).as("SQLite sees nothing wrong").isEmpty();
        }

        refused(flipped);
    }

    @Test
    void anEditWithAnSqliteToolIsRefused() throws Exception {
        refused(edited("edited.funnel", "UPDATE change SET new_value = json_set(new_value, '$.value_minor', 999999999) "
                + "WHERE table_name = 'deal' AND field = '*'"));
    }

    @Test
    void aFileAnEarlierVersionWroteWithoutCheckValuesMerges() throws Exception {
        Path older = edited("older.funnel", "DELETE FROM share_info WHERE key LIKE 'digest:%'");

        assertThat(new ShareExchange(live).merge(older, false, () -> false).newRows()).isEqualTo(3);
    }

    @Test
    void aFileRelayedThroughATeammateChecks() throws Exception {
        new ShareExchange(live).merge(good, false, () -> false);
        Fixtures.deal(live, "Mine", Stage.PROSPECT, 2_000L);
        Path relayed = dir.resolve("relayed.funnel");
        new ShareExchange(live).export(relayed);
        try (Store third = Store.open(dir.resolve("third.db"), new TickingClock(Fixtures.NOW))) {
            assertThat(new ShareExchange(third).merge(relayed, false, () -> false).newRows()).as("the teammate's rows and the relay's own")
                    .isEqualTo(6);
        }
    }

    @Test
    void theGenuineCopyOfASetReceivedAlteredWithoutItsCheckValuesIsNamedNotTakenForNothingNew() throws Exception {
        Path altered = edited("altered.funnel", "UPDATE change SET new_value = json_set(new_value, '$.value_minor', 999999999) "
                + "WHERE table_name = 'deal' AND field = '*'");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + altered); var st = c.createStatement()) {
            st.execute("DELETE FROM share_info WHERE key LIKE 'digest:%'");
        }
        assertThat(new ShareExchange(live).merge(altered, false, () -> false).newRows()).as("a file without check values merges").isEqualTo(3);

        var report = new ShareExchange(live).merge(good, false, () -> false);
        assertThat(report.leftOut()).singleElement().satisfies(s -> assertThat(s)
                .contains("ask ").contains("for a file exported from their own installation"));
        assertThat(com.funnelboard.domain.MergeReport.leftOutSentence(report.leftOut()))
                .contains("whose copy in the file differs from the one received before");
        assertThat(live.read(r -> r.deals().find(pilot.id())).orElseThrow().value().minor()).as("the copy received first is kept")
                .isEqualTo(999_999_999L);
    }

    @Test
    void aSetReceivedDirectlyAndAgainThroughATeammateIsNoAlteredCopy() throws Exception {
        new ShareExchange(live).merge(good, false, () -> false);
        Fixtures.deal(live, "Mine", Stage.PROSPECT, 2_000L);
        Path relayed = dir.resolve("relayed.funnel");
        new ShareExchange(live).export(relayed);
        Path older = edited("older.funnel", "DELETE FROM share_info WHERE key LIKE 'digest:%'");
        try (Store third = Store.open(dir.resolve("third.db"), new TickingClock(Fixtures.NOW))) {
            new ShareExchange(third).merge(good, false, () -> false);
            assertThat(new ShareExchange(third).merge(relayed, false, () -> false).leftOut()).as("its check value kept when received").isEmpty();
        }
        try (Store fourth = Store.open(dir.resolve("fourth.db"), new TickingClock(Fixtures.NOW))) {
            new ShareExchange(fourth).merge(older, false, () -> false);
            assertThat(new ShareExchange(fourth).merge(relayed, false, () -> false).leftOut()).as("worked out from the stored copy").isEmpty();
        }
    }

    /** A copy of the good file, changed by {@code sql} as a tool other than Funnelboard would. */
    private Path edited(String name, String sql) throws Exception {
        Path f = dir.resolve(name);
        Files.copy(good, f);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + f); var s = c.createStatement()) {
            s.execute(sql);
        }
        return f;
    }

    private void refused(Path file) throws Exception {
        var before = ChangeLogReplay.snapshot(live);
        String sha = CraftedFilesTest.fingerprint(file);
        assertThatThrownBy(() -> new ShareExchange(live).merge(file, false, () -> false)).isInstanceOf(StoreException.class)
                .hasMessageContaining("it was changed after Funnelboard wrote it").hasMessageContaining("does not match its check value")
                .hasMessageEndingWith("nothing was changed.");
        assertThat(CraftedFilesTest.fingerprint(file)).isEqualTo(sha);
        assertThat(ChangeLogReplay.snapshot(live)).isEqualTo(before);
    }

    private static int indexOf(byte[] in, byte[] what) {
        for (int i = 0; i + what.length <= in.length; i++) {
            if (java.util.Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }
}
