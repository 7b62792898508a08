package com.funnelboard.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.Contact;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.ReportService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A click on a bar of the funnel, the lost reasons or the forecast opens the board on exactly the
 * deals the bar counts: the board's count of the lens equals the bar's figure (this quarter, up to
 * 12 March 2026), for every bar, with and without a page filter — including deals that moved
 * back, were reopened after a loss, entered a stage twice, or moved before the period.
 */
class ReportClickThroughTest {

    @TempDir
    Path dir;

    Store store;
    BoardService board;
    ReportsViewModel model;
    final List<BoardLens> boarded = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        board = new BoardService(store);
        model = new ReportsViewModel(new ReportService(store, ZoneOffset.UTC), () -> "EUR", Fixtures.CLOCK, java.util.Locale.ENGLISH, new ChangeFeed(store),
                new UiExecutors(Runnable::run, Runnable::run), s -> { }, boarded::add);
        // Days: ≤ 0 is December 2025, otherwise a day of the quarter counted from 1 January.
        deal("Straight win", "referral", Stage.WON, LocalDate.of(2026, 2, 20), null, null, Stage.LEAD, 3, Stage.PROSPECT, 10, Stage.OPPORTUNITY, 30,
                Stage.WON, 50);
        deal("Lost on budget", "website", Stage.LOST, null, null, LostReason.NO_BUDGET, Stage.LEAD, 5, Stage.PROSPECT, 6, Stage.LOST, 40);
        deal("Backward", "website", Stage.PROSPECT, null, LocalDate.of(2026, 4, 15), null, Stage.LEAD, -20, Stage.PROSPECT, 8, Stage.LEAD, 12,
                Stage.PROSPECT, 20);
        deal("Reopened", "event", Stage.WON, LocalDate.of(2026, 3, 2), null, null, Stage.LEAD, 2, Stage.LOST, 4, Stage.LEAD, 9, Stage.WON, 61);
        deal("Old prospect", "website", Stage.OPPORTUNITY, null, LocalDate.of(2026, 4, 3), null, Stage.LEAD, -40, Stage.PROSPECT, -10,
                Stage.OPPORTUNITY, 15);
        deal("Other loss", "referral", Stage.LOST, null, null, LostReason.OTHER, Stage.LEAD, 1, Stage.LOST, 2);
        deal("Open lead", "website", Stage.LEAD, null, LocalDate.of(2026, 5, 9), null, Stage.LEAD, 33);
        deal("Lost before", "website", Stage.LOST, null, null, LostReason.NO_BUDGET, Stage.LEAD, -30, Stage.LOST, -5);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Instant day(int n) {
        return LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(n - 1)).plus(Duration.ofHours(10));
    }

    void deal(String title, String source, Stage end, LocalDate closedOn, LocalDate expected, LostReason lost, Object... path) {
        UUID contact = UUID.randomUUID();
        // In its stage since its last move, as the board's moves leave a deal.
        Instant entered = path.length == 0 ? day(1) : day((Integer) path[path.length - 1]);
        Deal d = new Deal(UUID.randomUUID(), contact, title, end, new Money(1_000_00L, "EUR"), "EUR", source, expected, entered, lost, null,
                closedOn == null ? null : new Money(1_200_00L, "EUR"), closedOn, day(-60), day(-60));
        store.writeAll(r -> {
            r.contacts().insert(new Contact(contact, null, "Contact of " + title, null, null, null));
            r.deals().insert(d);
            Stage from = null;
            for (int i = 0; i < path.length; i += 2) {
                Stage to = (Stage) path[i];
                r.stageChanges().insert(new StageChange(UUID.randomUUID(), d.id(), from, to, day((Integer) path[i + 1]), "ida", List.of(), null,
                        to == Stage.LOST ? lost : null, to == Stage.LOST && lost == LostReason.OTHER ? "went quiet" : null));
                from = to;
            }
        });
    }

    /** The board's count for the lens the last click opened. */
    long shown() {
        return board.count(boarded.getLast());
    }

    @Test
    void everyBarOpensAsManyDealsAsItCounts() {
        checkEveryBar();
        model.sourceProperty().set("website");
        checkEveryBar();
    }

    private void checkEveryBar() {
        model.refresh().join();
        ReportsViewModel.Reports r = model.shownProperty().get();
        int nonZero = 0;
        ReportService.FunnelStage previous = null;
        for (ReportService.FunnelStage s : r.funnel().stages()) {
            model.showOnBoard(new ReportBar.InStage(s.stage()));
            assertThat(shown()).as("entered " + s.stage()).isEqualTo(s.entered());
            assertThat(boarded.getLast().report()).isNotNull();
            if (previous != null) {
                model.showOnBoard(new ReportBar.InStage(s.stage(), previous.stage()));
                assertThat(shown()).as(s.stage() + " from " + previous.stage()).isEqualTo(s.fromPrevious());
            }
            nonZero += s.entered() > 0 ? 1 : 0;
            previous = s;
        }
        for (ReportService.LostReasonRow row : r.lost().rows()) {
            model.showOnBoard(new ReportBar.Reason(row.reason()));
            assertThat(shown()).as("lost " + row.reason()).isEqualTo(row.deals());
        }
        for (ReportService.ForecastMonth m : r.forecast().months()) {
            model.showOnBoard(new ReportBar.Month(m.month(), false));
            assertThat(shown()).as("closing in " + m.month()).isEqualTo(m.openDeals());
            model.showOnBoard(new ReportBar.Month(m.month(), true));
            assertThat(shown()).as("won in " + m.month()).isEqualTo(m.wonDeals());
        }
        assertThat(nonZero).as("the funnel has entries").isGreaterThan(1);
        // Without the bar's part the board would show more: the period, stage, reason or month is what narrows it.
        model.showOnBoard(new ReportBar.InStage(Stage.WON));
        assertThat(board.count(boarded.getLast().withReport(null))).isGreaterThan(shown());
    }

    @Test
    void theHandWorkedBarsOfThisQuarter() {
        model.refresh().join();
        ReportsViewModel.Reports r = model.shownProperty().get();
        // Prospect this quarter: Straight win, Lost on budget, Backward (twice, once counted) — not Old prospect (December).
        assertThat(r.funnel().stages().get(1).entered()).isEqualTo(3);
        model.showOnBoard(new ReportBar.InStage(Stage.PROSPECT));
        assertThat(shown()).isEqualTo(3);
        // Lost for no budget this quarter: Lost on budget only (Lost before was lost in December).
        model.showOnBoard(new ReportBar.Reason(LostReason.NO_BUDGET));
        assertThat(shown()).isEqualTo(1);
        // Won in March (Reopened), open closing in April (Backward, Old prospect).
        model.showOnBoard(new ReportBar.Month(java.time.YearMonth.of(2026, 3), true));
        assertThat(shown()).isEqualTo(1);
        model.showOnBoard(new ReportBar.Month(java.time.YearMonth.of(2026, 4), false));
        assertThat(shown()).isEqualTo(2);
        // A bar of the win rate by owner opens that person's deals; the deals nobody owns are "no owner".
        model.showOnBoard(new ReportBar.Owner("nobody@example.com"));
        assertThat(boarded.getLast().owner()).isEqualTo(com.funnelboard.domain.OwnerFilter.person("nobody@example.com"));
        assertThat(shown()).isZero();
        model.showOnBoard(new ReportBar.Owner(null));
        assertThat(boarded.getLast().owner()).isEqualTo(com.funnelboard.domain.OwnerFilter.NOBODY);
        assertThat(shown()).isEqualTo(board.count(com.funnelboard.domain.BoardLens.ALL));
    }
}
