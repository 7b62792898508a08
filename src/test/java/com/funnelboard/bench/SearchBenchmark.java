package com.funnelboard.bench;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Organization;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.SearchService;
import com.funnelboard.store.Store;
import com.funnelboard.store.StoreAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * What searching and filtering cost on a large pipeline: 100,000 deals and 50,000 contacts (with
 * email addresses, phone numbers, tags, notes) at 10,000 organizations. Search: every keystroke of
 * typing a set of words (each prefix of each word is one query, as the search box runs it), p50
 * and p95. Filter: applying a lens to the board (the column headers' counts and totals plus the
 * first page of every column, as the board reads them: {@link BoardService#firstPages}), p50 and
 * p95, in the board's own order and by value; then sorted by lead score.
 *
 * <p>{@code ./mvnw -q test-compile exec:exec@bench-search} ({@code -Dbench.deals=N} for another size)
 */
public final class SearchBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final String[] FIRST = {"Ana", "Zoë", "Jürgen", "Mia", "Noah", "Élodie", "Kai", "Lena", "Omar", "Sofia", "Ida", "Ola"};
    private static final String[] LAST = {"Müller", "López", "Berg", "Novak", "Schmidt", "Dubois", "Rossi", "Nguyen", "Kowalski", "Haas"};
    private static final String[] WORDS = {"kegs", "pilot", "renewal", "licence", "rollout", "upgrade", "support", "consulting", "hardware",
        "training", "migration", "audit", "fondue", "brewery", "bakery", "logistics"};
    private static final String[] INDUSTRIES = {"Brewing", "Software", "Retail", "Logistics", "Health"};
    private static final String[] TAGS = {"vip", "cold", "partner", "newsletter", "event"};
    private static final String[] SOURCES = com.funnelboard.testing.Fixtures.BENCH_SOURCES;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int contacts = deals / 2;
        // A second argument names a database to keep (built once if it is missing) instead of a temporary one.
        boolean keep = args.length > 1;
        Path dir = keep ? Path.of(args[1]).toAbsolutePath().getParent() : Files.createTempDirectory("funnelboard-search-bench");
        Path db = keep ? Path.of(args[1]).toAbsolutePath() : dir.resolve("search.db");
        boolean build = !Files.exists(db);
        System.out.printf(Locale.ROOT, "Funnelboard search benchmark (Java %s, %d cores)%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        // The window's store, whose board reads filters from the deals' facets in memory; a command's (SQL alone) is opened beside it below.
        try (Store store = Store.open(db, Clock.fixed(NOW, ZoneOffset.UTC), null, StoreAccess.WINDOW)) {
            long t0 = System.nanoTime();
            if (build) {
                generate(store, deals, contacts, new Random(23));
            }
            System.out.printf(Locale.ROOT, "%,d deals, %,d contacts: written (with the index) in %.1f s, file %.1f MB%n", deals, contacts,
                    (System.nanoTime() - t0) / 1e9, (Files.size(db) + sizeOr0(db.resolveSibling(db.getFileName() + "-wal"))) / 1e6);

            SearchService search = new SearchService(store);
            List<String> typed = List.of("müller", "ana lop", "kegs brew", "jurgen", "elodie dubois", "+49 30", "4930", "ida@", "fondue",
                    "renewal", "zoe", "migration audit", "partner", "logistics");
            List<String> keystrokes = new ArrayList<>();
            for (String t : typed) {
                for (int i = 1; i <= t.length(); i++) {
                    keystrokes.add(t.substring(0, i));
                }
            }
            for (String k : keystrokes) {
                search.search(k, SearchService.BOX_LIMIT); // warm up
            }
            List<Double> ms = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                for (String k : keystrokes) {
                    long s = System.nanoTime();
                    search.search(k, SearchService.BOX_LIMIT);
                    ms.add((System.nanoTime() - s) / 1e6);
                }
            }
            print("search, per keystroke", ms, 30);

            BoardService board = new BoardService(store);
            List<BoardLens> lenses = List.of(
                    BoardLens.ALL,
                    BoardLens.ALL.with("text", "müller"),
                    BoardLens.ALL.with("text", "k"),
                    BoardLens.ALL.with("source", "referral"),
                    BoardLens.ALL.with("industry", "brewing").with("min-value", "10000"),
                    BoardLens.ALL.with("tag", "vip"),
                    BoardLens.ALL.with("channel", "phone").with("max-value", "5000"),
                    BoardLens.ALL.with("followup", "overdue"),
                    BoardLens.ALL.with("followup", "none").with("rotting", "yes"),
                    BoardLens.ALL.with("text", "kegs").with("source", "event").with("rotting", "yes"));
            long f0 = System.nanoTime();
            applyLens(board, lenses.get(3), DealSort.NEWEST);
            System.out.printf(Locale.ROOT, "first filter applied (reads every deal's facets into memory): %.0f ms%n", (System.nanoTime() - f0) / 1e6);
            print("board filter apply", timeApplies(board, lenses, 4), 100);
            try (Store command = Store.open(db, Clock.fixed(NOW, ZoneOffset.UTC))) {
                BoardService bySql = new BoardService(command);
                print("  (by SQL, a command)", timeApplies(bySql, lenses, 2), 100);
            }
            // The same applies read as the board read them before: the headers, then one query per column.
            List<Double> perColumn = new ArrayList<>();
            for (int run = 0; run < 2; run++) {
                for (BoardLens lens : lenses) {
                    for (DealSort sort : new DealSort[] {DealSort.NEWEST, DealSort.VALUE}) {
                        long s = System.nanoTime();
                        var summaries = board.summaries(lens);
                        for (Stage stage : Stage.values()) {
                            if (summaries.get(stage).count() > 0) {
                                board.page(stage, 0, 50, lens, sort);
                            }
                        }
                        if (run > 0) {
                            perColumn.add((System.nanoTime() - s) / 1e6);
                        }
                    }
                }
            }
            print("  (one read per column)", perColumn, 100);
            List<Double> byScore = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                for (BoardLens lens : lenses) {
                    long s = System.nanoTime();
                    applyLens(board, lens, DealSort.SCORE);
                    if (run > 0) {
                        byScore.add((System.nanoTime() - s) / 1e6);
                    }
                }
            }
            print("apply, sorted by score", byScore, 100);
            System.out.println();
            System.out.println("slowest lenses (median of 3, ms):");
            for (BoardLens lens : lenses) {
                List<Double> one = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    long s = System.nanoTime();
                    applyLens(board, lens, DealSort.NEWEST);
                    one.add((System.nanoTime() - s) / 1e6);
                }
                one.sort(null);
                System.out.printf(Locale.ROOT, "  %-60s %8.1f  (%,d deals)%n", lens.isEmpty() ? "(no filter)" : String.join(" ", lens.filters()),
                        one.get(1), board.count(lens));
            }
        }
        if (keep) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** What the board reads when a filter is applied: every column's header and the first page of every column. */
    /** Each lens in two orders, {@code runs} times; the first run warms up and is not counted. */
    private static List<Double> timeApplies(BoardService board, List<BoardLens> lenses, int runs) {
        List<Double> ms = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            for (BoardLens lens : lenses) {
                for (DealSort sort : new DealSort[] {DealSort.NEWEST, DealSort.VALUE}) {
                    long s = System.nanoTime();
                    applyLens(board, lens, sort);
                    if (run > 0) {
                        ms.add((System.nanoTime() - s) / 1e6);
                    }
                }
            }
        }
        return ms;
    }

    private static void applyLens(BoardService board, BoardLens lens, DealSort sort) {
        java.util.Map<Stage, DealSort> sorts = new java.util.EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            sorts.put(stage, sort);
        }
        board.firstPages(lens, sorts, 50);
    }

    private static void print(String what, List<Double> ms, int target) {
        ms.sort(null);
        System.out.printf(Locale.ROOT, "%-24s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d runs; target %d ms)%n", what,
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.getLast(), ms.size(), target);
    }

    private static void generate(Store store, int deals, int contacts, Random rnd) {
        int orgs = Math.max(1, contacts / 5);
        List<UUID> orgIds = new ArrayList<>();
        List<Organization> orgRows = new ArrayList<>();
        for (int i = 0; i < orgs; i++) {
            UUID id = new UUID(rnd.nextLong(), rnd.nextLong());
            orgIds.add(id);
            orgRows.add(new Organization(id, LAST[rnd.nextInt(LAST.length)] + " " + WORDS[rnd.nextInt(WORDS.length)] + " " + i));
        }
        store.writeAll(r -> r.contacts().insertOrganizations(orgRows));
        List<UUID> contactIds = new ArrayList<>();
        int batch = 5_000;
        for (int start = 0; start < contacts; start += batch) {
            List<ContactProfile> rows = new ArrayList<>();
            for (int i = start; i < Math.min(contacts, start + batch); i++) {
                UUID id = new UUID(rnd.nextLong(), rnd.nextLong());
                contactIds.add(id);
                String first = FIRST[rnd.nextInt(FIRST.length)];
                String last = LAST[rnd.nextInt(LAST.length)];
                rows.add(new ContactProfile(id, orgIds.get(rnd.nextInt(orgIds.size())), first + " " + last + " " + i, "Buyer",
                        List.of((first + "." + last + i + "@example.com").toLowerCase(Locale.ROOT)),
                        List.of("+49 30 " + (1000000 + rnd.nextInt(9000000))), rnd.nextBoolean() ? PreferredChannel.EMAIL : PreferredChannel.PHONE,
                        INDUSTRIES[rnd.nextInt(INDUSTRIES.length)], null, null, null, null, List.of(TAGS[rnd.nextInt(TAGS.length)]),
                        "Met about " + WORDS[rnd.nextInt(WORDS.length)], null));
            }
            store.writeAll(r -> r.contactProfiles().insertAll(rows));
        }
        for (int start = 0; start < deals; start += batch) {
            List<Deal> rows = new ArrayList<>();
            for (int i = start; i < Math.min(deals, start + batch); i++) {
                Stage stage = Stage.values()[rnd.nextInt(Stage.values().length)];
                Instant entered = NOW.minus(Duration.ofHours(rnd.nextInt(24 * 120)));
                rows.add(new Deal(new UUID(rnd.nextLong(), rnd.nextLong()), contactIds.get(rnd.nextInt(contactIds.size())),
                        WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)] + " " + i, stage,
                        new Money((1 + rnd.nextInt(400)) * 100_00L, "EUR"), "EUR", SOURCES[rnd.nextInt(SOURCES.length)], null, entered, null,
                        null, null, null, entered, entered));
            }
            store.writeAll(r -> r.deals().insertAll(rows));
        }
    }

    private static long sizeOr0(Path p) throws java.io.IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }
}
