package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.MergeReport;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deal deleted on one installation while a teammate, unaware, edits it: the merge lists it for
 * review (keep deleted, or restore with the edit) instead of silently keeping the edit in the
 * trash; the resolution travels and ends the conflict on the other installation too.
 */
class ShareDeleteConflictTest {

    @TempDir
    Path dir;
    private TwoInstallations two;
    private Store ida;
    private Store bo;
    private Deal deal;

    @BeforeEach
    void twoInstallationsWithOneDeal() {
        two = new TwoInstallations(dir, s -> deal = Fixtures.deal(s, "Pilot", Stage.LEAD, 1_000L));
        ida = two.ida;
        bo = two.bo;
    }

    @AfterEach
    void close() {
        two.close();
    }

    @Test
    void aDeleteAndAnEditThatDidNotSeeEachOtherAreAConflictResolvedByRestoring() {
        delete(ida);
        editTitle(bo, "Pilot, 4 seats");
        editTitle(bo, "Pilot, 40 seats"); // two edits by one teammate are one side ("edited, not deleted" was listed twice)

        MergeReport report = merge(bo, ida);

        assertThat(report.conflicts()).isEqualTo(1);
        List<FieldConflict> conflicts = new ShareExchange(ida).conflicts();
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.deletion()).isTrue();
            assertThat(c.row()).isEqualTo(deal.id().toString());
            assertThat(c.current().mine()).as("the delete, made here, holds now").isTrue();
            assertThat(c.current().value()).isNotEqualTo("null");
            assertThat(c.others()).singleElement().satisfies(o -> {
                assertThat(o.mine()).isFalse();
                assertThat(o.value()).as("the editor left the deal not deleted").isEqualTo("null");
            });
        });
        assertThat(deletedAt(ida)).as("until reviewed, the newer side holds").isNotNull();
        // The other side learns of the same conflict.
        merge(ida, bo);
        assertThat(new ShareExchange(bo).conflicts()).singleElement().satisfies(c -> assertThat(c.deletion()).isTrue());

        String said = new ShareExchange(ida).resolve(conflicts.getFirst().id().toString(), FieldConflict.Keep.RESTORED, null);

        assertThat(said).startsWith("Restored deal");
        assertThat(deletedAt(ida)).isNull();
        assertThat(title(ida)).isEqualTo("Pilot, 40 seats");
        assertThat(new ShareExchange(ida).conflicts()).isEmpty();
        merge(ida, bo);
        assertThat(deletedAt(bo)).isNull();
        assertThat(new ShareExchange(bo).conflicts()).as("the resolution travels").isEmpty();
    }

    @Test
    void keepingItDeletedEndsTheConflictEverywhere() {
        editTitle(bo, "Pilot, 40 seats");
        delete(ida);
        merge(bo, ida);
        merge(ida, bo);
        FieldConflict c = new ShareExchange(bo).conflicts().getFirst();
        // A value of one's own is no answer here: it would be a deletion time, the deal deleted outside the trash.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ShareExchange(bo).resolve(c.id().toString(), FieldConflict.Keep.VALUE, "123"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keep deleted").hasMessageContaining("or restore");
        assertThat(new ShareExchange(bo).conflicts()).as("still open").hasSize(1);

        new ShareExchange(bo).resolve(c.id().toString().substring(0, 8), FieldConflict.Keep.DELETED, null);

        assertThat(deletedAt(bo)).isNotNull();
        assertThat(new ShareExchange(bo).conflicts()).isEmpty();
        merge(bo, ida);
        assertThat(deletedAt(ida)).isNotNull();
        assertThat(new ShareExchange(ida).conflicts()).isEmpty();
    }

    @Test
    void aDeleteMadeKnowingTheEditIsNoConflict() {
        editTitle(bo, "Pilot, 40 seats");
        merge(bo, ida);
        delete(ida); // Ida saw Bo's edit and deleted anyway

        merge(ida, bo);

        assertThat(deletedAt(bo)).isNotNull();
        assertThat(new ShareExchange(bo).conflicts()).isEmpty();
        assertThat(new ShareExchange(ida).conflicts()).isEmpty();
    }

    @Test
    void anEditMadeKnowingTheDeleteIsNoConflict() {
        delete(ida);
        merge(ida, bo);
        editTitle(bo, "Pilot, renamed in the trash");

        merge(bo, ida);

        assertThat(new ShareExchange(ida).conflicts()).isEmpty();
    }

    @Test
    void aCallLoggedOnADealATeammateDeletedIsAConflictOnBothSidesAndRestoringBringsItBack() {
        delete(ida);
        Fixtures.interaction(bo, deal, com.funnelboard.domain.InteractionKind.CALL, com.funnelboard.domain.Direction.OUT, Fixtures.NOW);

        MergeReport report = merge(bo, ida);

        assertThat(report.conflicts()).as("Bo's call on the deal Ida deleted").isEqualTo(1);
        FieldConflict c = new ShareExchange(ida).conflicts().getFirst();
        assertThat(c.deletion()).isTrue();
        assertThat(c.row()).isEqualTo(deal.id().toString());
        assertThat(c.others()).singleElement().satisfies(o -> assertThat(o.value()).as("Bo left the deal not deleted").isEqualTo("null"));
        // Bo, receiving Ida's delete, sees the same conflict.
        assertThat(merge(ida, bo).conflicts()).isEqualTo(1);

        new ShareExchange(ida).resolve(c.id().toString(), FieldConflict.Keep.RESTORED, null);
        assertThat(deletedAt(ida)).isNull();
        java.util.List<com.funnelboard.domain.Interaction> calls = ida.read(r -> r.interactions().forDeal(deal.id()));
        assertThat(calls).as("the call is on the restored deal").hasSize(1);
        merge(ida, bo);
        assertThat(new ShareExchange(bo).conflicts()).as("the resolution travels").isEmpty();
    }

    @Test
    void undoingTheResolutionOfADeleteAgainstACallPutsTheConflictBack() {
        delete(ida);
        Fixtures.interaction(bo, deal, com.funnelboard.domain.InteractionKind.CALL, com.funnelboard.domain.Direction.OUT, Fixtures.NOW);
        merge(bo, ida);
        for (FieldConflict.Keep keep : java.util.List.of(FieldConflict.Keep.RESTORED, FieldConflict.Keep.DELETED)) {
            FieldConflict c = new ShareExchange(ida).conflicts().getFirst();
            new com.funnelboard.service.ShareService(ida).resolve(c.id().toString(), keep, null); // as the window and the command do
            assertThat(new ShareExchange(ida).conflicts()).as(keep + " ends it").isEmpty();
            java.util.UUID resolution = new com.funnelboard.service.HistoryService(ida).latest(1).getFirst().id();
            assertThat(new com.funnelboard.service.HistoryService(ida).latest(1).getFirst().summary()).doesNotContain("deleted_at", "deleted at")
                    .isEqualTo(keep == FieldConflict.Keep.RESTORED ? "Resolved a conflict: restored deal \u201CPilot\u201D with every edit"
                            : "Resolved a conflict: kept deal \u201CPilot\u201D deleted");
            new com.funnelboard.service.UndoService(ida, com.funnelboard.service.UndoJournal.inMemory()).undoChangeSet(resolution);
            assertThat(new ShareExchange(ida).conflicts()).as("undoing " + keep + " puts it back, to be decided again")
                    .singleElement().satisfies(back -> assertThat(back.deletion()).isTrue());
        }
    }

    @Test
    void aFollowUpSetHereOnADealATeammateDeletedIsAConflictWhenTheDeleteArrives() {
        delete(bo);
        Fixtures.followUp(ida, deal, Fixtures.NOW.plus(java.time.Duration.ofDays(3)));

        assertThat(merge(bo, ida).conflicts()).isEqualTo(1);
        assertThat(new ShareExchange(ida).conflicts()).singleElement().satisfies(f -> {
            assertThat(f.deletion()).isTrue();
            assertThat(f.current().mine()).as("Bo's delete is the newer side").isFalse();
        });
    }

    @Test
    void aDeleteAgainstAnEditWhoseRecordARuleOfTheMergeMadeLiveAgainIsNoLongerListed() {
        delete(ida);
        editTitle(bo, "Pilot, 40 seats");
        merge(bo, ida);
        assertThat(new ShareExchange(ida).conflicts()).singleElement().satisfies(c -> assertThat(c.current().value()).isNotEqualTo("null"));
        // A rule of a merge (as for two contacts merged into each other) makes the record live again on every installation: it is
        // no version of the field, so the delete still reads as what holds; listed, "keep deleted" would trash a live record.
        ida.writeAll(com.funnelboard.domain.ChangeOrigin.MERGE, "a rule of a merge", r -> r.deals().restore(deal.id()));
        assertThat(deletedAt(ida)).isNull();
        assertThat(new ShareExchange(ida).conflicts()).isEmpty();
    }

    @Test
    void aCallLoggedKnowingTheDeleteIsNoConflict() {
        delete(ida);
        merge(ida, bo);
        Fixtures.interaction(bo, deal, com.funnelboard.domain.InteractionKind.NOTE, com.funnelboard.domain.Direction.OUT, Fixtures.NOW);

        assertThat(merge(bo, ida).conflicts()).isZero();
        assertThat(new ShareExchange(ida).conflicts()).isEmpty();
    }

    @Test
    void twoDeletesAgree() {
        delete(ida);
        delete(bo);

        merge(bo, ida);
        merge(ida, bo);

        assertThat(new ShareExchange(ida).conflicts()).isEmpty();
        assertThat(new ShareExchange(bo).conflicts()).isEmpty();
    }

    private MergeReport merge(Store from, Store into) {
        return two.merge(from, into);
    }

    /** A teammate's clock weeks behind stamps a deletion weeks in the past: merged today, it is in the trash (it was in no one's). */
    @Test
    void aDeletionStampedWeeksBackByAClockBehindIsInTheTrashOnceMergedHere() throws Exception {
        java.nio.file.Files.copy(dir.resolve("template.db"), dir.resolve("ann.db"));
        try (Store ann = Store.open(dir.resolve("ann.db"), new com.funnelboard.testing.TickingClock(Fixtures.NOW.minus(java.time.Duration.ofDays(40))))) {
            delete(ann);
            two.merge(ann, ida);
        }
        assertThat(deletedAt(ida)).isLessThan(Fixtures.NOW.minus(java.time.Duration.ofDays(39)).toEpochMilli());
        java.time.Instant monthAgo = Fixtures.NOW.minus(java.time.Duration.ofDays(30));
        java.util.List<com.funnelboard.domain.TrashEntry> deals = ida.read(r -> r.deals().deletedSince(monthAgo));
        assertThat(deals).extracting(com.funnelboard.domain.TrashEntry::id).containsExactly(deal.id());
        java.util.List<com.funnelboard.domain.TrashEntry> contacts = ida.read(r -> r.contactProfiles().deletedSince(monthAgo));
        assertThat(contacts).as("the deal alone was deleted").isEmpty();
    }

    private void delete(Store s) {
        s.writeAll(r -> r.changes().deleteAny(ShareHistory.load(r.ctx(), table(), deal.id().toString())));
    }

    private void editTitle(Store s, String title) {
        s.writeAll(r -> {
            var row = ShareHistory.load(r.ctx(), table(), deal.id().toString());
            ShareHistory.setJson(row, table().field("title"), "\"" + title + "\"");
            r.changes().updateAny(row);
        });
    }

    private Long deletedAt(Store s) {
        return s.jdbc(c -> {
            try (var p = c.prepareStatement("SELECT deleted_at FROM deal WHERE id = ?")) {
                p.setString(1, deal.id().toString());
                try (var rs = p.executeQuery()) {
                    rs.next();
                    long v = rs.getLong(1);
                    return rs.wasNull() ? null : v;
                }
            }
        });
    }

    private String title(Store s) {
        return s.jdbc(c -> {
            try (var p = c.prepareStatement("SELECT title FROM deal WHERE id = ?")) {
                p.setString(1, deal.id().toString());
                try (var rs = p.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    private static org.jooq.Table<?> table() {
        return com.funnelboard.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTable("deal");
    }
}
