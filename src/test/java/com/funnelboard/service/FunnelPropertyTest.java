package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.funnelboard.domain.Contact;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Properties;
import com.funnelboard.testing.TickingClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Lists;

/**
 * Over random stage histories — forward moves, skips, moves back, losses and reopened deals, some
 * before the period — the funnel holds together: no stage has more deals from the stage before
 * than entered that stage, what entered a stage is those from the stage before plus the direct
 * entries, and no count exceeds the number of deals.
 */
class FunnelPropertyTest {

    private static final ReportService.Period MARCH = new ReportService.Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    private static final Instant START = MARCH.first().atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END = MARCH.last().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    @Test
    void theFunnelNeverCountsMoreThanCameFromTheStageBefore() {
        Properties.qt(40)
                .forAll(lists().of(lists().of(integers().between(0, 9_999)).ofType(Lists.arrayList()).ofSizeBetween(0, 9))
                        .ofType(Lists.arrayList()).ofSizeBetween(1, 8))
                .checkAssert(histories -> {
                    try {
                        check(histories);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * Each list is one deal: it is created in Lead some days before or in March, then each code
     * moves it to the stage {@code code % 5} (staying put is skipped) {@code code / 5 % 12} days
     * and some hours later.
     */
    private static void check(List<List<Integer>> histories) throws IOException {
        Path dir = Files.createTempDirectory("funnel-property");
        try (Store store = Store.open(dir.resolve("f.db"), new TickingClock(START))) {
            List<Set<Stage>> enteredInMarch = new ArrayList<>();
            for (int d = 0; d < histories.size(); d++) {
                List<Integer> codes = histories.get(d);
                List<StageChange> moves = new ArrayList<>();
                UUID id = UUID.randomUUID();
                Instant at = START.minus(Duration.ofDays(10)).plus(Duration.ofDays((d * 7L) % 25));
                Stage stage = Stage.LEAD;
                moves.add(new StageChange(UUID.randomUUID(), id, null, Stage.LEAD, at, "ida", List.of(), null, null, null));
                for (int code : codes) {
                    Stage to = Stage.values()[code % 5];
                    at = at.plus(Duration.ofDays(code / 5 % 12)).plus(Duration.ofHours(1 + code % 7));
                    if (to == stage) {
                        continue;
                    }
                    moves.add(new StageChange(UUID.randomUUID(), id, stage, to, at, "ida", List.of(), null,
                            to == Stage.LOST ? LostReason.NO_BUDGET : null, null));
                    stage = to;
                }
                Set<Stage> entered = new HashSet<>();
                moves.stream().filter(m -> !m.changedAt().isBefore(START) && m.changedAt().isBefore(END)).forEach(m -> entered.add(m.to()));
                enteredInMarch.add(entered);
                UUID contact = UUID.randomUUID();
                Instant created = moves.getFirst().changedAt();
                Deal deal = new Deal(id, contact, "Deal " + d, stage, new Money(1_000_00, "EUR"), "EUR", null, null, at,
                        stage == Stage.LOST ? LostReason.NO_BUDGET : null, null, null, null, created, at);
                store.writeAll(r -> {
                    r.contacts().insert(new Contact(contact, null, "Contact " + id, null, null, null));
                    r.deals().insert(deal);
                    r.stageChanges().insertAll(moves);
                });
            }
            ReportService.Funnel funnel = new ReportService(store, ZoneOffset.UTC).funnel(MARCH);
            int deals = histories.size();
            ReportService.FunnelStage previous = null;
            for (ReportService.FunnelStage s : funnel.stages()) {
                long expected = enteredInMarch.stream().filter(e -> e.contains(s.stage())).count();
                assertThat(s.entered()).as("%s: deals that entered it in March", s.stage()).isEqualTo((int) expected);
                assertThat(s.entered()).as("%s: entered ≤ deals", s.stage()).isLessThanOrEqualTo(deals);
                assertThat(s.fromPrevious()).as("%s: from the stage before ≥ 0", s.stage()).isNotNegative();
                assertThat(s.direct()).as("%s: direct entries ≥ 0", s.stage()).isNotNegative();
                assertThat(s.fromPrevious() + s.direct()).as("%s: entered = from before + direct", s.stage()).isEqualTo(s.entered());
                if (previous == null) {
                    assertThat(s.fromPrevious()).as("Lead has no stage before").isZero();
                } else {
                    assertThat(s.fromPrevious()).as("%s: from %s ≤ entered %s", s.stage(), previous.stage(), previous.stage())
                            .isLessThanOrEqualTo(previous.entered());
                    Double conversion = s.conversionFrom(previous);
                    if (conversion != null) {
                        assertThat(conversion).as("%s: conversion", s.stage()).isBetween(0.0, 1.0);
                    }
                }
                previous = s;
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
