package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalCheckpointsTest {

    @TempDir
    Path dir;

    @Test
    void aBulkWritesCommitLeavesItsLogToTheCheckpointThreadWhichCopiesItIntoTheFile() throws Exception {
        Path file = dir.resolve("wal.db");
        try (ConnectionPool pool = new ConnectionPool("jdbc:sqlite:" + file); WalCheckpoints checkpoints = new WalCheckpoints(pool)) {
            Connection c = pool.borrow();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (v TEXT)");
                ConnectionPool.holdBackCheckpoints(c);
                c.setAutoCommit(false);
                s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) INSERT INTO t SELECT printf('%0500d', i) FROM n");
                c.commit();
                c.setAutoCommit(true);
                ConnectionPool.checkpointCommits(c);
                assertThat(Files.size(file)).as("the commit wrote its 10 MB to the log only").isLessThan(1 << 20);
                assertThat(intPragma(c, "wal_autocheckpoint")).isEqualTo(ConnectionPool.AUTOCHECKPOINT_PAGES);
            } finally {
                pool.release(c);
            }
            checkpoints.request();
            checkpoints.awaitIdle();
            assertThat(Files.size(file)).as("copied into the file after the commit").isGreaterThan(8L << 20);
        }
    }

    @Test
    void theStoresConnectionsCheckpointTheirCommitsAgainAfterABulkWriteCommittedOrNot() throws Exception {
        Path file = dir.resolve("store.db");
        try (Store store = Store.open(file, Fixtures.CLOCK)) {
            store.writeAll(r -> {
                r.imports().largeCache();
                r.contactProfiles().insertAll(contacts(5_000));
            });
            store.awaitCheckpoint();
            long[] wal = store.jdbc(c -> checkpoint(c));
            assertThat(wal[1]).as("frames in the log").isGreaterThan(ConnectionPool.AUTOCHECKPOINT_PAGES);
            assertThat(wal[2]).as("all of them copied into the file").isEqualTo(wal[1]);
            assertThat((int) store.jdbc(c -> intPragma(c, "wal_autocheckpoint"))).isEqualTo(ConnectionPool.AUTOCHECKPOINT_PAGES);
            // The 1 GB cache lasted until the transaction had ended, and the connection has the pool's again.
            assertThat((int) store.jdbc(c -> intPragma(c, "cache_size"))).isEqualTo(-ConnectionPool.CACHE_KIB);

            try {
                store.writeAll(r -> {
                    r.imports().largeCache();
                    assertThat((int) r.ctx().fetchValue("PRAGMA cache_size", Integer.class)).isEqualTo(-1_048_576);
                    throw new IllegalStateException("cancelled");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            assertThat((int) store.jdbc(c -> intPragma(c, "wal_autocheckpoint"))).isEqualTo(ConnectionPool.AUTOCHECKPOINT_PAGES);
            assertThat((int) store.jdbc(c -> intPragma(c, "cache_size"))).isEqualTo(-ConnectionPool.CACHE_KIB);
        }
        try (Store again = Store.open(file, Fixtures.CLOCK)) {
            assertThat((int) again.jdbc(c -> count(c, "SELECT count(*) FROM contact"))).isEqualTo(5_000);
        }
    }

    private static List<ContactProfile> contacts(int n) {
        List<ContactProfile> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ContactProfile(new UUID(1, i), null, "Person " + i, "Buyer", List.of("p" + i + "@example.com"), List.of("+49 30 " + (1_000_000 + i)),
                    null, null, null, null, null, null, List.of(), null, null));
        }
        return out;
    }

    private static long[] checkpoint(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    private static int intPragma(Connection c, String pragma) throws SQLException {
        return count(c, "PRAGMA " + pragma);
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
