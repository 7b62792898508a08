package com.funnelboard.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.ReportFilter;
import com.funnelboard.domain.ReportSlice;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.ReportPng;
import com.funnelboard.service.ReportService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reports page's filters and exports, without the toolkit (work runs on the calling thread). */
class ReportsViewModelTest {

    @TempDir
    Path dir;

    Store store;
    ReportsViewModel model;
    final List<String> status = new ArrayList<>();
    final List<BoardLens> boarded = new ArrayList<>();

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        Deal mine = Fixtures.deal(store, "Pilot", Stage.PROSPECT, 4_000_00L);
        Fixtures.deal(store, "Rollout", Stage.LEAD, 10_000_00L);
        store.writeAll(r -> r.deals().setOwner(mine.id(), "ida@nordwind.example"));
        model = new ReportsViewModel(new ReportService(store, ZoneOffset.UTC), () -> "EUR", Fixtures.CLOCK, java.util.Locale.ENGLISH, new ChangeFeed(store),
                new UiExecutors(Runnable::run, Runnable::run), status::add, lens -> boarded.add(lens));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCurrencyIsOfferedWhereTheDealsAreInMoreThanOneAndTheAmountsFollowIt() {
        model.refresh().join();
        assertThat(model.choicesProperty().get().currencies()).containsExactly("EUR");
        Deal dollars = Fixtures.deal(store, "Dollars", Stage.PROSPECT, 8_000_00L);
        store.writeAll(r -> {
            Deal d = r.deals().find(dollars.id()).orElseThrow();
            r.deals().update(new Deal(d.id(), d.contactId(), d.title(), d.stage(), new com.funnelboard.domain.Money(8_000_00L, "USD"), "USD",
                    d.source(), d.expectedCloseOn(), d.stageEnteredAt(), d.lostReason(), d.lostNote(), d.finalValue(), d.closedOn(), d.createdAt(),
                    d.updatedAt(), d.owner()));
        });
        model.refresh().join();
        assertThat(model.choicesProperty().get().currencies()).containsExactly("EUR", "USD");
        assertThat(model.shownProperty().get().forecast().currency()).as("the database's, until another is chosen").isEqualTo("EUR");
        model.currencyProperty().set("USD");
        model.refresh().join();
        assertThat(model.shownProperty().get().forecast().currency()).isEqualTo("USD");
        // The dollar deal alone: $8,000 × 25 %.
        assertThat(model.shownProperty().get().forecast().undatedWeighted()).isEqualTo(new com.funnelboard.domain.Money(2_000_00L, "USD"));
    }

    @Test
    void theFiltersOfferTheDataAndTheReportsFollowThem() {
        model.refresh().join();
        assertThat(model.choicesProperty().get().owners()).containsExactly("ida@nordwind.example");
        assertThat(model.choicesProperty().get().sources()).containsExactly("website");
        assertThat(model.shownProperty().get().forecast().undatedDeals()).isEqualTo(2);
        model.ownerProperty().set(OwnerFilter.person("ida@nordwind.example"));
        model.refresh().join();
        assertThat(model.shownProperty().get().filter().owner()).isEqualTo(OwnerFilter.person("ida@nordwind.example"));
        // Ida's Prospect deal alone: €4,000 × 25 %.
        assertThat(model.shownProperty().get().forecast().undatedDeals()).isEqualTo(1);
        assertThat(model.shownProperty().get().forecast().undatedWeighted().minor()).isEqualTo(1_000_00);
        model.sourceProperty().set("referral");
        model.refresh().join();
        assertThat(model.shownProperty().get().forecast().undatedDeals()).isZero();
    }

    @Test
    void aCustomRangeStartsAsThePeriodShownAndFollowsItsDays() {
        LocalDate today = LocalDate.now(Fixtures.CLOCK);
        model.rangeProperty().set(ReportsViewModel.Range.YEAR);
        model.rangeProperty().set(ReportsViewModel.Range.CUSTOM);
        // Prefilled with the year shown before, so the custom range is changed from there.
        assertThat(model.firstProperty().get()).isEqualTo(today.withDayOfYear(1));
        assertThat(model.lastProperty().get()).isEqualTo(today);
        model.refresh().join();
        assertThat(model.shownProperty().get().funnel().period()).isEqualTo(new ReportService.Period(today.withDayOfYear(1), today));
        // Each picked day reads the reports for that period; days picked the wrong way round are the same period.
        model.firstProperty().set(LocalDate.of(2024, 11, 1));
        model.lastProperty().set(LocalDate.of(2024, 11, 30));
        model.refresh().join();
        assertThat(model.shownProperty().get().funnel().period()).isEqualTo(new ReportService.Period(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30)));
        assertThat(model.shownProperty().get().forecast().undatedDeals()).as("the forecast is of today's open deals").isEqualTo(2);
        assertThat(model.shownProperty().get().funnel().stages().getFirst().entered()).as("nothing entered in Nov 2024").isZero();
        model.firstProperty().set(LocalDate.of(2024, 12, 31));
        model.refresh().join();
        assertThat(model.shownProperty().get().funnel().period()).isEqualTo(new ReportService.Period(LocalDate.of(2024, 11, 30), LocalDate.of(2024, 12, 31)));
        assertThat(model.fileName(com.funnelboard.service.ReportChart.FUNNEL, "png")).isEqualTo("funnel-2024-11-30-2024-12-31.png");
        // Back to a named range: its own period again.
        model.rangeProperty().set(ReportsViewModel.Range.MONTH);
        model.refresh().join();
        assertThat(model.shownProperty().get().funnel().period().first()).isEqualTo(today.withDayOfMonth(1));
    }

    @Test
    void aClickOnASourceBarOpensTheBoardWithThePageFiltersAndThatSource() {
        model.ownerProperty().set(OwnerFilter.person("ida@nordwind.example"));
        model.industryProperty().set("Software");
        model.refresh().join();
        model.showOnBoard(new ReportBar.Source("referral"));
        BoardLens expected = BoardLens.parse(BoardLens.ALL, List.of("owner=ida@nordwind.example", "source=referral", "industry=Software"));
        assertThat(boarded).containsExactly(expected);
        assertThat(status).containsExactly("Board filtered by owner ida@nordwind.example, source Referral, industry Software; "
                + "the period is not a board filter");
    }

    @Test
    void aClickOnALostReasonOrAFunnelBarOpensTheBoardOnExactlyThoseDealsWithAChipThatSaysWhich() {
        model.sourceProperty().set("website");
        model.refresh().join();
        model.showOnBoard(new ReportBar.Reason(LostReason.NO_BUDGET));
        ReportFilter page = ReportFilter.ALL.withSource("website");
        Instant start = LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = LocalDate.of(2026, 3, 13).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(boarded).containsExactly(BoardLens.ALL.with("source", "website")
                .withReport(new ReportSlice.Lost(LostReason.NO_BUDGET, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 12), start, end, page)));
        assertThat(status).containsExactly("Board filtered by Lost: No budget Jan 1, 2026 \u2013 Mar 12, 2026, source Website"
                + " (a deal lost twice in the period is one card)");
        model.showOnBoard(new ReportBar.InStage(Stage.PROSPECT, Stage.LEAD));
        assertThat(boarded.get(1).report()).isEqualTo(new ReportSlice.Entered(Stage.PROSPECT, Stage.LEAD, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 12), start, end, page));
        assertThat(status.get(1)).isEqualTo("Board filtered by Prospect from Lead Jan 1, 2026 \u2013 Mar 12, 2026, source Website");
        // The chip's words: the report's industry filter is said there (the board's own industry filter reads contacts too).
        assertThat(new ReportSlice.WonIn(java.time.YearMonth.of(2026, 2), "EUR", page.withIndustry("Software")).label())
                .isEqualTo("Won 2026-02 (EUR), industry Software");
        // In the window the chip writes its days and months as the rest of the window does, not in ISO.
        com.funnelboard.ui.common.Formats words = com.funnelboard.ui.common.Formats.of(java.util.Locale.ENGLISH, ZoneOffset.UTC);
        assertThat(new ReportSlice.WonIn(java.time.YearMonth.of(2026, 2), "EUR", page).label(words::date, words::monthYear))
                .isEqualTo("Won Feb 2026 (EUR)");
    }

    @Test
    void aChartsTableIsExportedAsShownWithTheFilter() throws Exception {
        model.ownerProperty().set(OwnerFilter.NOBODY);
        model.refresh().join();
        Path file = java.nio.file.Files.createDirectories(dir.resolve("out")).resolve("forecast.csv");
        model.exportCsv(com.funnelboard.service.ReportChart.FORECAST, file).join();
        // The Lead deal nobody owns: €10,000 × 10 %.
        assertThat(Files.readAllLines(file)).containsExactly("\uFEFFmonth,open_deals,weighted,unweighted,won_deals,won,currency",
                "\"no close date\",1,1000.00,10000.00,0,0.00,EUR");
        assertThat(status).contains("Wrote 1 row to forecast.csv");
        // The file's name says which deals it holds: a rep's figures were named as the team's.
        assertThat(model.fileName(com.funnelboard.service.ReportChart.LOST, "png")).isEqualTo("lost-reasons-2026-01-01-2026-03-12-no-owner.png");
        model.ownerProperty().set(OwnerFilter.person("ola@nordwind.example"));
        model.refresh().join();
        assertThat(model.fileName(com.funnelboard.service.ReportChart.FUNNEL, "csv")).startsWith("funnel-2026-01-01-2026-03-12-")
                .contains("ola").endsWith(".csv").doesNotContain(" ");
        model.ownerProperty().set(OwnerFilter.EVERYONE);
        model.refresh().join();
        assertThat(model.fileName(com.funnelboard.service.ReportChart.FUNNEL, "csv")).isEqualTo("funnel-2026-01-01-2026-03-12.csv");
    }

    @Test
    void aChartsPictureIsWrittenAsAPngThroughATemporaryFile() throws Exception {
        int w = 40;
        int h = 25;
        int[] argb = new int[w * h];
        java.util.Arrays.fill(argb, 0xFF336699);
        argb[0] = 0xFFFF0000;
        Path file = dir.resolve("funnel.png");
        Files.writeString(file, "an older file");
        model.exportPng(file, new ReportPng.Picture(w, h, argb)).join();
        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(w);
        assertThat(read.getHeight()).isEqualTo(h);
        assertThat(read.getRGB(0, 0)).isEqualTo(0xFFFF0000);
        assertThat(read.getRGB(w - 1, h - 1)).isEqualTo(0xFF336699);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(status).containsExactly("Saved the chart to funnel.png");
        // The open database is refused, and left as it was.
        byte[] before = Files.readAllBytes(store.file());
        model.exportPng(store.file(), new ReportPng.Picture(w, h, argb)).exceptionally(e -> null).join();
        assertThat(Files.readAllBytes(store.file())).isEqualTo(before);
    }
}
