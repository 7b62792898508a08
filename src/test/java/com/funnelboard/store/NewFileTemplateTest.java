package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new database gets the pages of a template the process makes once. Stores opened at the same
 * moment in one process (a command beside a backup's check, the tests) each get the whole schema:
 * SQLite's copy gave up without an error when another copy held the template, and one of them was
 * left an empty file ("no such table: local_setting").
 */
class NewFileTemplateTest {

    @TempDir
    Path dir;

    /** The template held by another connection: the copy gets nothing, and the migrations make the schema instead. */
    @Test
    void aTemplateThatCannotBeReadLeavesTheMigrationsToMakeTheFile() throws Exception {
        Path template = Migrations.NewFileTemplate.get();
        try (java.sql.Connection holder = java.sql.DriverManager.getConnection("jdbc:sqlite:" + template);
                java.sql.Statement s = holder.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("CREATE TABLE held (x)");
            try (Store store = Store.open(dir.resolve("new.db"), new TickingClock(Fixtures.NOW))) {
                assertThat(store.file()).exists();
            }
            s.execute("ROLLBACK");
        }
        try (Store again = Store.open(dir.resolve("new.db"), new TickingClock(Fixtures.NOW))) {
            assertThat(again.file()).exists();
        }
    }

    @Test
    void storesOpenedAtOnceEachGetTheWholeSchema() throws Exception {
        int threads = 4;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> opened = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                opened.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int i = 0; i < each; i++) {
                        try (Store s = Store.open(dir.resolve("db-" + thread + "-" + i + ".db"), new TickingClock(Fixtures.NOW))) {
                            ok += s.file().equals(dir.resolve("db-" + thread + "-" + i + ".db")) ? 1 : 0; // opened: it read its local settings
                        }
                    }
                    return ok;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : opened) {
                total += f.get();
            }
            assertThat(total).isEqualTo(threads * each);
        } finally {
            pool.shutdownNow();
        }
    }
}
