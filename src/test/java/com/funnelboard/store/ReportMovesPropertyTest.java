package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.STAGE_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.ReportFilter;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.WonDetails;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.Properties;
import com.funnelboard.testing.TickingClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Lists;

/**
 * Random stage histories — moves forward, back and skipping, losses with reasons and notes,
 * reopened lost deals, wins with a final value, overrides, moves written out of time order (as a
 * merge writes them) and at the same instant, moves taken back (undone), value, currency and
 * source edits, owners given, deals deleted and restored, a teammate's moves merged from a share
 * file — then every read of the reports, over several periods, with and without a filter: those of
 * the summary (report_move) equal those worked out from the whole history, and the summary is
 * exactly what its rows make.
 */
class ReportMovesPropertyTest {

    private static final List<Stage> FUNNEL = List.of(Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY, Stage.WON);
    private static final List<Stage> OPEN = List.of(Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY);
    private static final Instant T0 = Fixtures.NOW.minus(Duration.ofDays(60));
    private static final int DEALS = 4;
    private static Path dir;
    private static Path template;
    private static List<Deal> deals;

    @BeforeAll
    static void template() throws IOException {
        dir = Files.createTempDirectory("report-moves-prop");
        template = dir.resolve("template.db");
        try (Store s = Store.open(template, new TickingClock(Fixtures.NOW))) {
            deals = new ArrayList<>();
            for (int i = 0; i < DEALS; i++) {
                deals.add(Fixtures.deal(s, "Deal " + i, Stage.LEAD, 1_000L * (i + 1)));
            }
            // Each deal entered Lead at T0 (a history as the app writes it: a first move with no stage before).
            s.writeAll(r -> deals.forEach(d -> r.stageChanges().insert(new StageChange(UUID.randomUUID(), d.id(), null, Stage.LEAD, T0, "me",
                    List.of(), null, null, null))));
        }
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theSummaryGivesTheHistorysFigures() {
        Properties.qt(15).forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofType(Lists.arrayList()).ofSizeBetween(4, 30))
                .checkAssert(codes -> {
                    try {
                        run(codes);
                    } catch (IOException | java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    private static void run(List<Integer> codes) throws IOException, java.sql.SQLException {
        Path round = Files.createTempDirectory(dir, "round");
        Path file = round.resolve("a.db");
        Path mate = round.resolve("b.db");
        Files.copy(template, file);
        Files.copy(template, mate);
        try (Store s = Store.open(file, new TickingClock(Fixtures.NOW)); Store t = Store.open(mate, new TickingClock(Fixtures.NOW.plusSeconds(120)))) {
            Map<UUID, Stage> at = new HashMap<>();
            Map<UUID, Integer> clock = new HashMap<>();
            deals.forEach(d -> at.put(d.id(), Stage.LEAD));
            deals.forEach(d -> clock.put(d.id(), 0));
            for (int code : codes) {
                Deal deal = deals.get(code % DEALS);
                int arg = code / DEALS;
                int op = arg % 10;
                int k = arg / 10;
                // Each deal's moves mostly follow its own clock, a whole day or none apart (moves at the same
                // instant); one in six is written at an earlier or later day (as a merge may bring it).
                int next = k % 6 == 5 ? k % 40 : clock.get(deal.id()) + (k / 6) % 3;
                if (k % 6 != 5) {
                    clock.put(deal.id(), next);
                }
                Instant when = day(next);
                switch (op) {
                    case 0, 1, 2 -> move(s, at, deal, target(at.get(deal.id()), k), when, k);
                    case 3 -> s.writeAll(r -> r.deals().find(deal.id()).ifPresent(d -> r.deals().update(edit(d, k))));
                    case 4 -> s.writeAll(r -> {
                        // A move taken back: its history row is deleted (as an undo of the move does).
                        List<UUID> live = r.ctx().select(STAGE_CHANGE.ID).from(STAGE_CHANGE)
                                .where(STAGE_CHANGE.DEAL_ID.eq(deal.id()).and(STAGE_CHANGE.DELETED_AT.isNull()))
                                .orderBy(STAGE_CHANGE.ID).fetch(STAGE_CHANGE.ID);
                        if (!live.isEmpty()) {
                            r.ctx().update(STAGE_CHANGE).set(STAGE_CHANGE.DELETED_AT, Fixtures.NOW).where(STAGE_CHANGE.ID.eq(live.get(k % live.size())))
                                    .execute();
                        }
                    });
                    case 5 -> s.writeAll(r -> {
                        if (!r.deals().delete(deal.id())) {
                            r.deals().restore(deal.id());
                        }
                    });
                    case 6, 7 -> move(s, at, deal, k % 2 == 0 ? Stage.LOST : Stage.LEAD, when, k);
                    case 8 -> s.writeAll(r -> r.deals().setOwner(deal.id(), k % 2 == 0 ? "ida@nordwind.example" : "bo@nordwind.example"));
                    default -> {
                        // A teammate's move of the same deal, merged in from their share file (written at any day).
                        t.writeAll(r -> r.stageChanges().insert(new StageChange(UUID.randomUUID(), deal.id(), Stage.LEAD,
                                k % 2 == 0 ? Stage.PROSPECT : Stage.OPPORTUNITY, day(k % 40), "bo", List.of(), null, null, null)));
                        Path share = round.resolve("share-" + UUID.randomUUID() + ".funnel");
                        new ShareExchange(t).export(share);
                        new ShareExchange(s).merge(share, false, () -> false);
                    }
                }
            }
            check(s);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(ReportMoves.problems(c)).isEmpty();
        }
    }

    /** Mostly the stage after the deal's (or back one, or Lost), sometimes any stage. */
    private static Stage target(Stage now, int k) {
        return switch (k % 5) {
            case 0, 1 -> switch (now) {
                case LEAD -> Stage.PROSPECT;
                case PROSPECT -> Stage.OPPORTUNITY;
                case OPPORTUNITY -> Stage.WON;
                case WON, LOST -> Stage.LEAD;
            };
            case 2 -> switch (now) {
                case OPPORTUNITY -> Stage.PROSPECT;
                case WON -> Stage.OPPORTUNITY;
                default -> Stage.LEAD;
            };
            case 3 -> Stage.LOST;
            default -> Stage.values()[(k / 5) % 5];
        };
    }

    /** A move of the deal to {@code to} at {@code when}, from where it is (or, one time in three, from a stage it never was in). */
    private static void move(Store s, Map<UUID, Stage> at, Deal deal, Stage to, Instant when, int k) {
        Stage from = k % 3 == 2 ? Stage.values()[(k / 3) % 5] : at.get(deal.id());
        LostReason reason = to == Stage.LOST ? LostReason.values()[k % LostReason.values().length] : null;
        String note = reason == LostReason.OTHER ? (k % 2 == 0 ? "price" : "went quiet") : null;
        s.writeAll(r -> {
            if (r.deals().find(deal.id()).isEmpty()) {
                return;
            }
            r.stageChanges().insert(new StageChange(UUID.randomUUID(), deal.id(), from, to, when, "me", List.of(), k % 4 == 0 ? "override" : null,
                    reason, note));
            r.deals().moveTo(deal.id(), to, when, reason, note, to == Stage.WON
                    ? new WonDetails(new Money(500L + k, r.deals().find(deal.id()).orElseThrow().currency()), LocalDate.ofInstant(when, ZoneOffset.UTC))
                    : null);
        });
        at.put(deal.id(), to);
    }

    private static Deal edit(Deal d, int k) {
        String currency = k % 3 == 0 ? "USD" : "EUR";
        return new Deal(d.id(), d.contactId(), d.title(), d.stage(), k % 5 == 0 ? null : new Money(100L * (k % 7), currency), currency,
                k % 2 == 0 ? "website" : "referral", d.expectedCloseOn(), d.stageEnteredAt(), d.lostReason(), d.lostNote(),
                d.finalValue() == null ? null : new Money(d.finalValue().minor(), currency), d.closedOn(), d.createdAt(), d.updatedAt(), d.owner());
    }

    private static void check(Store s) {
        int[][] periods = {{0, 60}, {2, 8}, {5, 6}, {8, 30}, {0, 1}, {3, 12}};
        for (ReportFilter filter : List.of(ReportFilter.ALL, ReportFilter.ALL.withSource("website"),
                ReportFilter.ALL.withOwner(com.funnelboard.domain.OwnerFilter.person("ida@nordwind.example")),
                ReportFilter.ALL.withOwner(com.funnelboard.domain.OwnerFilter.NOBODY).withSource("referral"))) {
            s.read(r -> {
                ReportQueries now = r.reports().filtered(filter);
                HistoryScanReports was = new HistoryScanReports(r.ctx(), filter);
                for (int[] p : periods) {
                    Instant from = day(p[0]);
                    Instant to = day(p[1]);
                    String what = "days " + p[0] + "-" + p[1] + " " + filter;
                    assertThat(now.entered(FUNNEL, from, to)).as("entered " + what).isEqualTo(was.entered(FUNNEL, from, to));
                    assertThat(now.enteredFromPrevious(FUNNEL, from, to)).as("from previous " + what).isEqualTo(was.enteredFromPrevious(FUNNEL, from, to));
                    assertThat(now.timesIn(OPEN, from, to)).as("times in " + what).isEqualTo(timesIn(was.timesIn(OPEN, from, to)));
                    List<Instant> points = new ArrayList<>();
                    for (int d = p[0]; d <= p[1]; d += 7) {
                        points.add(day(d));
                    }
                    for (String currency : List.of("EUR", "USD")) {
                        assertThat(new HashSet<>(now.stageMoves(points, currency))).as("pipeline moves " + currency + " " + what)
                                .isEqualTo(stageMoves(was.movesAfter(points), currency));
                    }
                }
                return null;
            });
        }
    }

    /** The history scan's sorted times in each stage as the summary's read gives them: how many, and the median. */
    private static Map<Stage, ReportQueries.TimeIn> timesIn(Map<Stage, List<Long>> sorted) {
        Map<Stage, ReportQueries.TimeIn> out = new java.util.EnumMap<>(Stage.class);
        sorted.forEach((stage, t) -> {
            int n = t.size();
            out.put(stage, new ReportQueries.TimeIn(n, n == 0 ? null : n % 2 == 1 ? t.get(n / 2) : (t.get(n / 2 - 1) + t.get(n / 2)) / 2));
        });
        return out;
    }

    /** The history scan's moves after the points, as the summary's read gives them: per open stage and direction, in one currency. */
    private static HashSet<ReportQueries.StageMoves> stageMoves(List<HistoryScanReports.MovesAfter> moves, String currency) {
        Map<List<Object>, long[]> sums = new HashMap<>();
        for (HistoryScanReports.MovesAfter m : moves) {
            if (!currency.equals(m.currency())) {
                continue;
            }
            for (boolean into : new boolean[] {true, false}) {
                Stage stage = into ? m.to() : m.from();
                if (stage != null && OPEN.contains(stage)) {
                    long[] v = sums.computeIfAbsent(List.of(stage, into, m.pointsBefore()), x -> new long[2]);
                    v[0] += m.count();
                    v[1] += m.valueMinor();
                }
            }
        }
        HashSet<ReportQueries.StageMoves> out = new HashSet<>();
        sums.forEach((key, v) -> out.add(new ReportQueries.StageMoves((Stage) key.get(0), (Boolean) key.get(1), (Integer) key.get(2), (int) v[0], v[1])));
        return out;
    }
}
