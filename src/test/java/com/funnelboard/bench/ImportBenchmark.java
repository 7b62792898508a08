package com.funnelboard.bench;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.service.importing.CsvImport;
import com.funnelboard.service.importing.ImportOptions;
import com.funnelboard.service.importing.ImportResult;
import com.funnelboard.store.Store;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Imports a generated CSV file of contact rows (1,000,000 by default: name, e-mail, phone,
 * company, job title) into a new database through the import service, as the command line does,
 * and times sqlite3's own {@code .import} of the same file into a bare table (no keys, indexes,
 * change log or checks): the floor. Prints both and their ratio, and the heap used.
 *
 * <p>{@code ./mvnw -q test-compile exec:exec@bench-import [-Dbench.rows=N]}
 */
public final class ImportBenchmark {

    private static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Karin",
        "Luca", "Maya", "Noah", "Olga", "Pedro"};
    private static final String[] LAST = {"Albers", "Brandt", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanova",
        "Jansen", "Kowalski", "Lindqvist"};

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("funnelboard-import-bench");
        try {
            Path csv = dir.resolve("contacts.csv");
            long t0 = System.nanoTime();
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write("First Name,Last Name,Email,Phone,Company,Job Title\n");
                for (int i = 0; i < rows; i++) {
                    String first = FIRST[i % FIRST.length];
                    String last = LAST[(i / FIRST.length) % LAST.length];
                    w.write(first + "," + last + " " + i + "," + first.toLowerCase(Locale.ROOT) + "." + i + "@example.com,+49 30 "
                            + (1_000_000 + i) + ",\"Company " + (i % 20_000) + ", Ltd\",Buyer\n");
                }
            }
            System.out.printf(Locale.ROOT, "Generated %,d contact rows (%,d MB) in %.1f s%n", rows, Files.size(csv) >> 20,
                    (System.nanoTime() - t0) / 1e9);

            Runtime rt = Runtime.getRuntime();
            long[] peak = {0};
            ImportResult result;
            long start = System.nanoTime();
            long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            try (Store store = Store.open(dir.resolve("bench.db"), Clock.systemUTC())) {
                CsvImport csvImport = new CsvImport(store, Locale.UK, "EUR", new DuplicateFinder("DE"));
                result = csvImport.run(csv, ImportOptions.defaults(), (b, size, n) -> peak[0] = Math.max(peak[0],
                        rt.totalMemory() - rt.freeMemory()), () -> false);
            }
            double ours = (System.nanoTime() - start) / 1e9;
            double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "Database file: %,d MB%n", Files.size(dir.resolve("bench.db")) >> 20);
            System.out.printf(Locale.ROOT, "Funnelboard import: %.1f s with opening and closing the database (the import itself %.1f s: "
                    + "%,d contacts, %,d organizations created; heap peak %,d MB; %.1f s of CPU on the importing thread)%n", ours, result.millis() / 1000.0,
                    result.contacts().created(), result.organizations().created(), peak[0] >> 20, cpu);

            if (args.length > 1 && args[1].equals("undo")) {
                // The import taken back as a user does (Edit → Undo, funnelboard undo): one change set, every row soft-deleted.
                long u0 = System.nanoTime();
                try (Store store = Store.open(dir.resolve("bench.db"), Clock.systemUTC())) {
                    new com.funnelboard.service.UndoService(store, com.funnelboard.service.UndoJournal.inMemory())
                            .undoChangeSet(result.changeSet());
                }
                System.out.printf(Locale.ROOT, "Undo of the import: %.1f s with opening and closing the database%n", (System.nanoTime() - u0) / 1e9);
            }

            Path bare = dir.resolve("bare.db");
            long s0 = System.nanoTime();
            Process p = new ProcessBuilder("sqlite3", bare.toString(), "-cmd", ".mode csv", ".import " + csv + " contacts")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            double floor = (System.nanoTime() - s0) / 1e9;
            if (code != 0) {
                System.out.println("sqlite3 .import failed (is the sqlite3 command installed?): " + out.strip());
                return;
            }
            System.out.printf(Locale.ROOT, "sqlite3 .import into a bare table: %.1f s%n", floor);
            System.out.printf(Locale.ROOT, "Ratio: %.1f x the floor (%,.0f rows/s against %,.0f rows/s)%n", ours / floor, rows / ours,
                    rows / floor);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
