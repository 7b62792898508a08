package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.DealService;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A share file that puts a deal in a stage by no move of its history (a change set of the stage alone, its move taken out
 * and the file signed again) is refused whole, nothing merged: it merged a win with no move, no final value and no close date,
 * past every checklist, counted by the reports. The same file with its move merges.
 */
class ShareStageHistoryTest {

    @TempDir
    Path dir;

    @Test
    void aStageWithoutItsMoveIsRefusedAndWithItMerges() throws Exception {
        Path first = dir.resolve("first.funnel");
        Path moved = dir.resolve("moved.funnel");
        Deal pilot;
        try (Store ann = Store.open(dir.resolve("ann.db"), new TickingClock(Fixtures.NOW))) {
            // A lead as the app adds one, its first stage recorded.
            java.util.UUID id = new DealService(ann, new ChecklistEvaluator(ZoneOffset.UTC, Locale.UK), () -> "ann")
                    .createLead(new com.funnelboard.service.NewLead("Ida Berg", null, null, null, null, "Pilot", "1000", "EUR", Locale.UK));
            pilot = ann.read(r -> r.deals().find(id)).orElseThrow();
            new ShareExchange(ann).export(first);
            new DealService(ann, new ChecklistEvaluator(ZoneOffset.UTC, Locale.UK), () -> "ann")
                    .move(new MoveRequest(pilot.id(), Stage.PROSPECT, java.util.List.of(), "Met at the fair", null, null));
            new ShareExchange(ann).export(moved);
        }
        Path forged = dir.resolve("forged.funnel");
        Files.copy(moved, forged);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + forged); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("DELETE FROM change WHERE table_name = 'stage_change' AND change_set_id = (SELECT change_set_id FROM "
                    + "change WHERE table_name = 'deal' AND field = 'stage')")).as("the move taken out").isEqualTo(1);
        }
        ShareForgery.resign(forged);
        try (Store bo = Store.open(dir.resolve("bo.db"), new TickingClock(Fixtures.NOW))) {
            ShareExchange exchange = new ShareExchange(bo);
            exchange.merge(first, false, () -> false);
            int sets = bo.read(r -> r.changeLog().latest(10_000)).size();
            byte[] before = Files.readAllBytes(forged);
            assertThatThrownBy(() -> exchange.merge(forged, false, () -> false)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("it puts the deal \u201CPilot\u201D in a stage by no move of its history");
            assertThat(bo.read(r -> r.deals().find(pilot.id())).orElseThrow().stage()).as("nothing merged").isEqualTo(Stage.LEAD);
            assertThat(forged).as("the file only read").hasBinaryContent(before);
            assertThat(bo.<java.util.List<com.funnelboard.domain.ChangeSetEntry>>read(r -> r.changeLog().latest(10_000))).hasSize(sets);

            exchange.merge(moved, false, () -> false);
            assertThat(bo.read(r -> r.deals().find(pilot.id())).orElseThrow().stage()).isEqualTo(Stage.PROSPECT);
        }
    }
}
