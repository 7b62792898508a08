package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reading a file in WAL mode made beside it goes again, unless another connection opened the file meanwhile. */
class SidecarsMadeByReadingTest {

    @TempDir
    Path dir;

    private Path walDatabase() throws Exception {
        Path db = dir.resolve("kept.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE t (x)");
        }
        Files.deleteIfExists(dir.resolve("kept.db-shm"));
        Files.write(dir.resolve("kept.db-wal"), new byte[0]); // kept aside with its (empty) log
        return db;
    }

    /** Reads as {@code check} does: a read-only connection, which leaves the log and its index when it closes. */
    private static void read(Path db) throws Exception {
        try (Connection c = ConnectionPool.readOnly("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeQuery("SELECT count(*) FROM t").close();
        }
    }

    /** Another program with the file open (locks on the index are the process's, so it must be another process). */
    public static final class HoldOpen {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement s = c.createStatement()) {
                s.executeQuery("SELECT count(*) FROM t").close();
                Files.createFile(Path.of(args[1])); // open (only the command line and benchmarks print)
                System.in.read(); // until told to go
                s.execute("INSERT INTO t VALUES (1)");
            }
        }
    }

    @Test
    void theIndexReadingMadeBesideAnEmptyLogGoes() throws Exception {
        Path db = walDatabase();
        Runnable leave = ReadingSidecars.removeSidecarsMadeByReading(db);
        read(db);
        assertThat(dir.resolve("kept.db-shm")).as("made by reading").exists();

        leave.run();

        assertThat(dir.resolve("kept.db-shm")).doesNotExist();
        assertThat(dir.resolve("kept.db-wal")).as("the log it came with").exists();
    }

    @Test
    void anIndexAnotherConnectionOpenedMeanwhileStays() throws Exception {
        Path db = walDatabase();
        Runnable leave = ReadingSidecars.removeSidecarsMadeByReading(db);
        read(db);
        Process other = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp", System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED", HoldOpen.class.getName(), db.toString(), dir.resolve("open").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long until = System.nanoTime() + 20_000_000_000L;
            while (!Files.exists(dir.resolve("open")) && other.isAlive() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(dir.resolve("open")).as("the other program has the file open").exists();

            leave.run();

            assertThat(dir.resolve("kept.db-shm")).as("in use by the other program").exists();
        } finally {
            other.getOutputStream().write('\n');
            other.getOutputStream().flush();
            other.waitFor();
        }
        assertThat(other.exitValue()).as("the other program wrote through its index").isZero();
    }
}
