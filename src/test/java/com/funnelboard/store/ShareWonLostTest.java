package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.WonDetails;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.DealService;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One teammate marks a deal Won while another, unaware, marks it Lost: the merge decides each field
 * on its own, so the stored row can hold one's final value beside the other's lost reason. A deal's
 * outcome is the one of the stage it is in, wherever it is read, and follows the stage the
 * conflict's resolution keeps.
 */
class ShareWonLostTest {

    @TempDir
    Path dir;
    private TwoInstallations two;
    private Deal deal;

    @BeforeEach
    void twoInstallationsWithOneDeal() {
        two = new TwoInstallations(dir, s -> deal = Fixtures.deal(s, "Pilot", Stage.OPPORTUNITY, 29_000_00L));
    }

    @AfterEach
    void close() {
        two.close();
    }

    private static DealService deals(Store s) {
        return new DealService(s, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), s::author);
    }

    private List<com.funnelboard.domain.StageChange> moves(Store s) {
        return s.read(r -> r.stageChanges().forDeal(deal.id()));
    }

    private Deal read(Store s) {
        return s.read(r -> r.deals().find(deal.id())).orElseThrow();
    }

    @Test
    void wonHereAndLostThereShowsOnlyTheOutcomeOfTheStageItEndsIn() throws Exception {
        deals(two.ida).move(new MoveRequest(deal.id(), Stage.WON, List.of(), "Signed", null, null,
                new WonDetails.Entry("28,500", null, Locale.ENGLISH)));
        java.time.Instant wonAt = read(two.ida).stageEnteredAt();
        deals(two.bo).move(new MoveRequest(deal.id(), Stage.LOST, List.of(), null, LostReason.COMPETITOR, null));

        two.merge(two.bo, two.ida);
        two.merge(two.ida, two.bo);

        for (Store s : List.of(two.ida, two.bo)) {
            Deal d = read(s);
            assertThat(d.stage()).isEqualTo(read(two.ida).stage());
            if (d.stage() == Stage.LOST) {
                assertThat(d.finalValue()).as("a lost deal has no final value, whoever won it elsewhere").isNull();
                com.funnelboard.domain.DealCard card = s.read(r -> r.board().page(Stage.LOST, 0, 10)).getFirst();
                assertThat(card.finalValue()).as("nor its card, which `deals list` showed at the amount won elsewhere").isNull();
                assertThat(d.closedOn()).isNull();
                assertThat(d.lostReason()).isEqualTo(LostReason.COMPETITOR);
            } else {
                assertThat(d.lostReason()).as("a won deal has no lost reason").isNull();
                assertThat(d.finalValue()).isNotNull();
            }
        }
        List<FieldConflict> conflicts = new ShareExchange(two.ida).conflicts();
        FieldConflict stage = conflicts.stream().filter(c -> c.field().equals("stage")).findFirst().orElseThrow();
        assertThat(conflicts).extracting(FieldConflict::field).as("the time it entered its stage goes with the stage").doesNotContain(
                "stage_entered_at");
        String mine = stage.current().mine() ? stage.current().value() : stage.others().getFirst().value();
        assertThat(mine).contains("won");

        new ShareExchange(two.ida).resolve(stage.id().toString(), FieldConflict.Keep.MINE, null);
        // The resolution ends the conflict on Bo's side too, without leaving the times of the two moves as one of their own.
        two.merge(two.ida, two.bo);
        assertThat(new ShareExchange(two.bo).conflicts()).extracting(FieldConflict::field).doesNotContain("stage", "stage_entered_at");
        assertThat(read(two.bo).stage()).isEqualTo(Stage.WON);
        Deal won = read(two.ida);
        assertThat(won.stage()).isEqualTo(Stage.WON);
        assertThat(won.lostReason()).as("keeping Won keeps no lost reason").isNull();
        assertThat(won.finalValue().minor()).isEqualTo(28_500_00L);
        assertThat(java.time.Duration.between(wonAt, won.stageEnteredAt()).abs()).as("in Won since it was won here, not since the move "
                + "to Lost that lost").isLessThan(java.time.Duration.ofSeconds(1));
        assertThat(java.time.Duration.between(wonAt, read(two.bo).stageEnteredAt()).abs()).as("and so on Bo's side").isLessThan(
                java.time.Duration.ofSeconds(1));

        StringBuilder csv = new StringBuilder();
        two.ida.read(r -> r.exports().each(ExportQueries.Kind.DEALS, row -> csv.append(row).append('\n')));
        assertThat(csv.toString()).as("the export says the same").contains("28500").doesNotContain("competitor");
    }

    /**
     * A teammate's win merged where the deal was lost since, its conflict resolved by keeping the win, then the merge undone:
     * the undo took the win's final value and close day back but not the stage the resolution kept, and left a win of no value
     * and no day, counted in the reports (and History said the deal went back to Opportunity). It is refused now, the deal as
     * it was; without a resolution, the undo takes the values back and says no move back of a deal that never moved.
     */
    @Test
    void undoingAMergeWhoseWinAResolutionKeptIsRefused() throws Exception {
        deals(two.ida).move(new MoveRequest(deal.id(), Stage.WON, List.of(), "Signed PO by email", null, null,
                new WonDetails.Entry("71,000", null, Locale.ENGLISH)));
        deals(two.bo).move(new MoveRequest(deal.id(), Stage.LOST, List.of(), null, LostReason.COMPETITOR, null));
        UUID merge = two.merge(two.ida, two.bo).changeSet();
        assertThat(read(two.bo).stage()).as("the later move here stands until the conflict is resolved").isEqualTo(Stage.LOST);
        int movesBefore = moves(two.bo).size();

        // Without a resolution: the undo takes the merge back, and no move back is made up of a deal that stayed Lost.
        com.funnelboard.service.UndoService undo = new com.funnelboard.service.UndoService(two.bo, com.funnelboard.service.UndoJournal.inMemory());
        undo.undoChangeSet(merge);
        assertThat(read(two.bo).stage()).isEqualTo(Stage.LOST);
        assertThat(moves(two.bo)).as("the teammate's move kept, nothing added").hasSize(movesBefore);
        undo.undoChangeSet(new com.funnelboard.service.HistoryService(two.bo).latest(1).getFirst().id()); // the merge again (redo)

        FieldConflict stage = new ShareExchange(two.bo).conflicts().stream().filter(c -> c.field().equals("stage")).findFirst().orElseThrow();
        new ShareExchange(two.bo).resolve(stage.id().toString(), FieldConflict.Keep.THEIRS, null);
        assertThat(read(two.bo).stage()).isEqualTo(Stage.WON);
        assertThat(read(two.bo).finalValue().minor()).isEqualTo(71_000_00L);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> undo.undoChangeSet(merge))
                .isInstanceOf(com.funnelboard.service.RefusedException.class)
                .hasMessageContaining("\u201CPilot\u201D won without the final value and close day");
        Deal kept = read(two.bo);
        assertThat(kept.stage()).isEqualTo(Stage.WON);
        assertThat(kept.finalValue().minor()).as("nothing was undone").isEqualTo(71_000_00L);
        assertThat(kept.closedOn()).isNotNull();
    }

    @Test
    void keepingProspectAgainstATeammatesMoveToLostOpensItsFollowUpsAgainAndCountsNoLoss() throws Exception {
        com.funnelboard.domain.FollowUp call = Fixtures.followUp(two.ida, deal, Fixtures.NOW.plusSeconds(7 * 86_400));
        two.merge(two.ida, two.bo); // both have the open follow-up
        deals(two.ida).move(new MoveRequest(deal.id(), Stage.PROSPECT, List.of(), null, null, null));
        deals(two.bo).move(new MoveRequest(deal.id(), Stage.LOST, List.of(), null, LostReason.COMPETITOR, null));
        assertThat(doneAt(two.bo, call)).as("Bo's move to Lost marked it done").isNotNull();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(Fixtures.NOW, java.time.ZoneOffset.UTC);
        CloseDays days = new CloseDays(today.minusDays(1), today.plusDays(1), java.time.ZoneOffset.UTC);

        two.merge(two.bo, two.ida);
        two.merge(two.ida, two.bo);
        FieldConflict stage = new ShareExchange(two.ida).conflicts().stream().filter(c -> c.field().equals("stage")).findFirst().orElseThrow();
        new ShareExchange(two.ida).resolve(stage.id().toString(), FieldConflict.Keep.MINE, null);
        two.merge(two.ida, two.bo);

        for (Store s : List.of(two.ida, two.bo)) {
            assertThat(read(s).stage()).isEqualTo(Stage.PROSPECT);
            assertThat(doneAt(s, call)).as("the follow-up the move to Lost closed is open again").isNull();
            List<com.funnelboard.domain.StageChange> moves = s.read(r -> r.stageChanges().forDeal(deal.id()));
            List<ReportQueries.LostGroup> losses = s.read(r -> r.reports().lostGroups(days));
            assertThat(moves).extracting(com.funnelboard.domain.StageChange::to)
                    .as("the move to Lost that did not stand is no longer in the deal's stage history").doesNotContain(Stage.LOST)
                    .contains(Stage.PROSPECT);
            assertThat(losses).as("nor counted as a loss").isEmpty();
        }
        assertThat(new ShareExchange(two.bo).conflicts()).isEmpty();

        // One undo puts the move to Lost back, with the follow-up it closed, and the conflict back on the list.
        UUID resolution = new com.funnelboard.service.HistoryService(two.ida).latest(1).getFirst().id();
        new com.funnelboard.service.UndoService(two.ida, com.funnelboard.service.UndoJournal.inMemory()).undoChangeSet(resolution);
        assertThat(doneAt(two.ida, call)).isNotNull();
        List<ReportQueries.LostGroup> losses = two.ida.read(r -> r.reports().lostGroups(days));
        assertThat(losses).hasSize(1);
        assertThat(new ShareExchange(two.ida).conflicts()).extracting(FieldConflict::field).contains("stage");
    }

    @Test
    void keepingTheStageTheDealIsInEndsTheConflictForTheTeammateToo() throws Exception {
        deals(two.ida).move(new MoveRequest(deal.id(), Stage.PROSPECT, List.of(), null, null, null));
        deals(two.bo).move(new MoveRequest(deal.id(), Stage.LOST, List.of(), null, LostReason.COMPETITOR, null));
        two.merge(two.bo, two.ida);
        two.merge(two.ida, two.bo);
        Stage current = read(two.ida).stage();
        FieldConflict stage = new ShareExchange(two.ida).conflicts().stream().filter(c -> c.field().equals("stage")).findFirst().orElseThrow();
        FieldConflict.Keep keepCurrent = stage.current().mine() ? FieldConflict.Keep.MINE : FieldConflict.Keep.THEIRS;
        new ShareExchange(two.ida).resolve(stage.id().toString(), keepCurrent, null);
        assertThat(read(two.ida).stage()).as("kept as it stands").isEqualTo(current);
        assertThat(new ShareExchange(two.ida).conflicts()).extracting(FieldConflict::field).doesNotContain("stage");
        two.merge(two.ida, two.bo);
        assertThat(new ShareExchange(two.bo).conflicts()).extracting(FieldConflict::field).as("ended on Bo's side too").doesNotContain("stage");
        assertThat(read(two.bo).stage()).isEqualTo(current);
    }

    @Test
    void eachSideOfAStageConflictSaysTheMoveThatSetItWithItsChecklistOrReason() throws Exception {
        deals(two.ida).move(new MoveRequest(deal.id(), Stage.WON, List.of(), "Signed on the phone, paperwork Monday", null, null,
                new WonDetails.Entry("28,500", null, Locale.ENGLISH)));
        deals(two.bo).move(new MoveRequest(deal.id(), Stage.LOST, List.of(), null, LostReason.COMPETITOR, "Went with Acme"));
        two.merge(two.bo, two.ida);
        FieldConflict stage = new ShareExchange(two.ida).conflicts().stream().filter(c -> c.field().equals("stage")).findFirst().orElseThrow();

        FieldConflict.Side ida = stage.sides().stream().filter(FieldConflict.Side::mine).findFirst().orElseThrow();
        FieldConflict.Side bo = stage.sides().stream().filter(s -> !s.mine()).findFirst().orElseThrow();
        assertThat(ida.move()).as("the move made here").isNotNull();
        assertThat(ida.move().to()).isEqualTo(Stage.WON);
        assertThat(ida.move().overrideReason()).isEqualTo("Signed on the phone, paperwork Monday");
        assertThat(bo.move()).as("the teammate's move, merged").isNotNull();
        assertThat(bo.move().to()).isEqualTo(Stage.LOST);
        assertThat(bo.move().lostNote()).isEqualTo("Went with Acme");

        com.funnelboard.service.ShareService.ConflictText text = new com.funnelboard.service.ShareService(two.ida).describe(stage, Locale.ENGLISH);
        List<String> said = new java.util.ArrayList<>();
        for (int i = 0; i < stage.sides().size(); i++) {
            said.add((i == 0 ? text.current() : text.others().get(i - 1)) + " \u2014 " + text.why(i));
        }
        assertThat(said).as("each value says why in a few words").containsExactlyInAnyOrder(
                "Won \u2014 checklist overridden: \u201CSigned on the phone, paperwork Monday\u201D",
                "Lost \u2014 Chose a competitor: Went with Acme");
        assertThat(text.moves()).hasSize(2);
        assertThat(String.join("\n", text.moves())).as("and the whole move, checklist items with it, as History writes it")
                .contains("Opportunity \u2192 Won", "(required)", "Override of the checklist: Signed on the phone",
                        "Opportunity \u2192 Lost", "Lost: Chose a competitor (Went with Acme)");

        com.funnelboard.domain.FieldConflict title = new FieldConflict(stage.id(), "deal", stage.row(), "title", stage.label(),
                new FieldConflict.Side("\"A\"", "x", UUID.randomUUID(), Fixtures.NOW, true), List.of(
                        new FieldConflict.Side("\"B\"", "y", UUID.randomUUID(), Fixtures.NOW, false)));
        assertThat(new com.funnelboard.service.ShareService(two.ida).describe(title, Locale.ENGLISH).whys()).as("no moves for another field")
                .isEmpty();

        // Keeping the overridden Won keeps its mark on the board, here and on the teammate's copy: the stage kept takes the time
        // of the resolved edit, a few milliseconds off its move's, and the mark was lost.
        FieldConflict.Keep keepWon = stage.current().mine() == stage.current().value().contains("won") ? FieldConflict.Keep.MINE
                : FieldConflict.Keep.THEIRS;
        new ShareExchange(two.ida).resolve(stage.id().toString(), keepWon, null);
        two.merge(two.ida, two.bo);
        for (Store s : List.of(two.ida, two.bo)) {
            assertThat(read(s).stage()).isEqualTo(Stage.WON);
            com.funnelboard.domain.DealCard card = s.read(r -> r.board().list(Stage.WON, com.funnelboard.domain.BoardLens.ALL,
                    com.funnelboard.domain.DealSort.NEWEST, com.funnelboard.domain.RotRule.defaults(), Fixtures.NOW, 0, 10)).getFirst();
            assertThat(card.overrideReason()).isEqualTo("Signed on the phone, paperwork Monday");
        }
    }

    /**
     * A lead marks a deal Lost; the rep who won it sends his file; the lead keeps his Won, which takes her Lost move back. The
     * rep then receives that move already taken back: his History said "Opportunity → Lost / Lost: Chose a competitor" as
     * a move made, and nothing said it did not stand.
     */
    @Test
    void aMoveTakenBackBeforeItArrivesSaysSoInTheReceiversHistory() throws Exception {
        deals(two.ida).move(new MoveRequest(deal.id(), Stage.WON, List.of(), "Signed", null, null,
                new WonDetails.Entry("28,500", null, Locale.ENGLISH)));
        deals(two.bo).move(new MoveRequest(deal.id(), Stage.LOST, List.of(), null, LostReason.COMPETITOR, "Went with Acme"));
        two.merge(two.ida, two.bo);
        FieldConflict stage = new ShareExchange(two.bo).conflicts().stream().filter(c -> c.field().equals("stage")).findFirst().orElseThrow();
        new ShareExchange(two.bo).resolve(stage.id().toString(), stage.current().mine() ? FieldConflict.Keep.THEIRS : FieldConflict.Keep.MINE,
                null);
        assertThat(read(two.bo).stage()).isEqualTo(Stage.WON);
        two.merge(two.bo, two.ida);

        List<String> said = new com.funnelboard.service.HistoryService(two.ida).readable(deal.contactId(), deal.id(), 20,
                new com.funnelboard.service.HistorySentences(Locale.UK, com.funnelboard.testing.Fixtures.CLOCK)).stream()
                .flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e.headline()), e.details().stream())).toList();
        assertThat(said).anyMatch(l -> l.startsWith("Opportunity \u2192 Lost (taken back before it reached here)"));
        assertThat(said).noneMatch(l -> l.startsWith("Opportunity \u2192 Lost\n") || l.equals("Opportunity \u2192 Lost"));
    }

    private static java.time.Instant doneAt(Store s, com.funnelboard.domain.FollowUp f) {
        return s.read(r -> r.followUps().forDeal(f.dealId())).stream().filter(x -> x.id().equals(f.id())).findFirst().orElseThrow().doneAt();
    }
}
