package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.MergeReport;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.PeopleService;
import com.funnelboard.service.UndoJournal;
import com.funnelboard.service.UndoService;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a teammate's file moves to the trash is said, and above all the records made here: Ida
 * merges Bo's new deal, then undoes that merge; her undo travels, and Bo's next merge of her file
 * takes his own deal to the trash. The merge (and its dry run, the window's preview) names the deal
 * and why, instead of counting it among the changed records.
 */
class ShareTrashedTest {

    @TempDir
    Path dir;
    private TwoInstallations two;
    /** The deal both installations start with. */
    private Deal shared;

    @BeforeEach
    void twoInstallations() {
        two = new TwoInstallations(dir, s -> shared = Fixtures.deal(s, "Shared", Stage.LEAD, 1_000L));
        new PeopleService(two.ida).setIdentity("Ida Berg", "ida@nordwind.example");
        new PeopleService(two.bo).setIdentity("Bo Lind", "bo@nordwind.example");
    }

    @AfterEach
    void close() {
        two.close();
    }

    @Test
    void anUndoneMergeThatTakesAwayRecordsMadeHereNamesThem() {
        Deal bos = Fixtures.deal(two.bo, "Bo's pilot", Stage.LEAD, 2_000L);
        MergeReport intoIda = two.merge(two.bo, two.ida);
        new UndoService(two.ida, UndoJournal.inMemory()).undo(intoIda.changeSet());

        MergeReport back = two.merge(two.ida, two.bo);

        assertThat(two.bo.read(r -> r.deals().find(bos.id())).isEmpty()).as("newest wins: the undo travelled").isTrue();
        // The deal, its contact and its organization: all three were made here.
        assertThat(back.trashed().count()).isEqualTo(3);
        assertThat(back.trashed().yours()).containsExactly("deal “Bo's pilot”", "contact “Contact of Bo's pilot”", "organization “Org of Bo's pilot”");
        assertThat(back.trashed().byUndo()).isTrue();
        // (Besides, Ida's file brings her name for the team's directory, and Bo's identity, set after the copy, had made the shared deal his under his address: that edit goes back too.)
        assertThat(back.sentence()).endsWith(" changed (3 moved to the trash), no new conflicts; 3 records you made go to the trash, "
                + "because Ida Berg undid the merge that had brought them there (deal “Bo's pilot”, contact “Contact of Bo's pilot”, "
                + "organization “Org of Bo's pilot”); Trash can restore them; 1 edit of yours is taken back, because Ida Berg undid the merge "
                + "that had brought it there (deal “Shared”: owner); edit it again to keep it");
    }

    @Test
    void anUndoneMergeLeavesWhatWasLoggedOnADealThatStaysAndNamesTheEditsItTakesBack() {
        com.funnelboard.domain.Interaction call = Fixtures.interaction(two.bo, shared, com.funnelboard.domain.InteractionKind.MEETING,
                com.funnelboard.domain.Direction.OUT, Fixtures.NOW.plusSeconds(70));
        setValue(two.bo, shared, 4_400L);
        Deal bos = Fixtures.deal(two.bo, "Bo's pilot", Stage.LEAD, 2_000L);
        com.funnelboard.domain.Interaction onBos = Fixtures.interaction(two.bo, bos, com.funnelboard.domain.InteractionKind.CALL,
                com.funnelboard.domain.Direction.OUT, Fixtures.NOW.plusSeconds(80));
        com.funnelboard.domain.FollowUp planned = Fixtures.followUp(two.bo, bos, Fixtures.NOW.plusSeconds(86_400));
        MergeReport intoIda = two.merge(two.bo, two.ida);
        new UndoService(two.ida, UndoJournal.inMemory()).undo(intoIda.changeSet());

        // The meeting Bo logged on the deal both have stays with Ida (what someone logged is only ever added to); the call and the
        // follow-up on the deal the undo takes away go to the trash with it, as with any deletion: under it, back with it.
        assertThat(logged(two.ida, shared)).containsExactly(call.id());
        assertThat(live(two.ida, bos)).as("in the trash").isFalse();
        assertThat(two.ida.read(r -> r.deals().find(shared.id())).orElseThrow().value().minor()).as("the value from before the merge").isEqualTo(1_000L);

        MergeReport back = two.merge(two.ida, two.bo);

        assertThat(logged(two.bo, shared)).as("Bo's own meeting, on his computer")
                .containsExactly(call.id());
        assertThat(two.bo.read(r -> r.deals().find(shared.id())).orElseThrow().value().minor()).as("newest wins: the undo travelled").isEqualTo(1_000L);
        // (Its owner too: Bo's identity, set after the copy, made the deal he owned his under his own address.)
        assertThat(back.trashed().editsTakenBack()).containsExactly("deal “Shared”: owner, value");
        assertThat(back.sentence()).contains("; 2 edits of yours are taken back, because Ida Berg undid the merge that had brought them there "
                + "(deal “Shared”: owner, value); edit them again to keep them")
                .contains("3 records you made go to the trash, because Ida Berg undid the merge that had brought them there (deal “Bo's pilot”");
        assertThat(live(two.bo, bos)).as("in the trash on Bo's computer too").isFalse();

        // Restored, the deal comes back with what was logged and planned on it (they stayed deleted, out of reach of the trash).
        for (Store s : List.of(two.ida, two.bo)) {
            s.writeAll(r -> r.deals().restore(bos.id()));
            assertThat(logged(s, bos)).containsExactly(onBos.id());
            List<UUID> plans = s.read(r -> r.followUps().forDeal(bos.id()).stream().map(com.funnelboard.domain.FollowUp::id).toList());
            assertThat(plans).containsExactly(planned.id());
        }
    }

    /**
     * A teammate's undo of the merge that brought them takes back a deletion and a follow-up done
     * here too, and the merge says so (it named edited fields only: the deal was back on the board
     * and the follow-up open again without a word).
     */
    @Test
    void anUndoneMergeNamesTheDeletionsAndTheFollowUpsDoneHereItTakesBack() {
        Deal gone = Fixtures.deal(two.ida, "Gone", Stage.LEAD, 3_000L);
        com.funnelboard.domain.FollowUp call = Fixtures.followUp(two.ida, shared, Fixtures.NOW.plusSeconds(86_400));
        two.merge(two.ida, two.bo);
        delete(two.ida, gone);
        two.ida.writeAll(r -> r.followUps().markDone(call.id(), Fixtures.NOW.plusSeconds(90)));
        MergeReport intoBo = two.merge(two.ida, two.bo);
        new UndoService(two.bo, UndoJournal.inMemory()).undo(intoBo.changeSet());

        MergeReport back = two.merge(two.bo, two.ida);

        assertThat(two.ida.read(r -> r.deals().find(gone.id())).isPresent()).as("newest wins: the undo travelled").isTrue();
        assertThat(two.ida.read(r -> r.followUps().find(call.id())).orElseThrow().doneAt()).isNull();
        assertThat(back.trashed().editsTakenBack()).contains("deal “Gone”: " + MergeReport.Trashed.BACK_FROM_THE_TRASH)
                .anySatisfy(e -> assertThat(e).startsWith("follow-up “").endsWith("”: " + MergeReport.Trashed.OPEN_AGAIN));
        assertThat(back.sentence()).contains("because Bo Lind undid the merge that had brought them there").endsWith("do them again to keep them");
    }

    /** Undoing a merge says what was logged and planned here since on the deals it takes to the trash (they went without a word). */
    @Test
    void undoingAMergeSaysWhatWasAddedSinceOnTheDealsItTakesAway() {
        Deal bos = Fixtures.deal(two.bo, "Bo's pilot", Stage.LEAD, 2_000L);
        MergeReport intoIda = two.merge(two.bo, two.ida);
        Fixtures.interaction(two.ida, bos, com.funnelboard.domain.InteractionKind.CALL, com.funnelboard.domain.Direction.OUT,
                Fixtures.NOW.plusSeconds(60));
        Fixtures.followUp(two.ida, bos, Fixtures.NOW.plusSeconds(86_400));

        UndoService.Undone undone = new UndoService(two.ida, UndoJournal.inMemory()).undo(intoIda.changeSet());

        assertThat(undone.note()).endsWith("; the 1 call or note and 1 follow-up on \u201CBo's pilot\u201D added since go to the trash with it: "
                + "restoring the deal brings them back");
    }

    @Test
    void aTeammatesLaterEditOfAFieldEditedHereIsNoEditTakenBack() {
        setValue(two.bo, shared, 4_400L);
        two.merge(two.bo, two.ida);
        setValue(two.ida, shared, 5_500L);

        MergeReport back = two.merge(two.ida, two.bo);

        assertThat(two.bo.read(r -> r.deals().find(shared.id())).orElseThrow().value().minor()).isEqualTo(5_500L);
        assertThat(back.trashed().editsTakenBack()).as("Ida saw Bo's value and changed it: an edit, not an undo").isEmpty();
        assertThat(back.sentence()).doesNotContain("taken back");
    }

    @Test
    void aTeammatesDeletionOfARecordMadeHereIsNamedAndOneOfTheirOwnOnlyCounted() {
        Deal bos = Fixtures.deal(two.bo, "Bo's pilot", Stage.LEAD, 2_000L);
        Deal idas = Fixtures.deal(two.ida, "Ida's renewal", Stage.LEAD, 3_000L);
        two.merge(two.bo, two.ida);
        two.merge(two.ida, two.bo);
        delete(two.ida, bos);
        delete(two.ida, idas);

        MergeReport back = two.merge(two.ida, two.bo);

        assertThat(back.trashed().count()).isEqualTo(2);
        assertThat(back.trashed().yours()).containsExactly("deal “Bo's pilot”");
        assertThat(back.trashed().byUndo()).isFalse();
        assertThat(back.sentence()).startsWith("0 records added, 2 changed (all moved to the trash), no new conflicts; 1 record you made goes to the trash, "
                + "deleted by Ida Berg (deal “Bo's pilot”)");
    }

    @Test
    void aMergeThatDeletesNothingSaysNothingOfTheTrash() {
        Fixtures.deal(two.ida, "Ida's renewal", Stage.LEAD, 3_000L);

        MergeReport r = two.merge(two.ida, two.bo);

        assertThat(r.trashed()).isEqualTo(MergeReport.Trashed.NONE);
        assertThat(r.sentence()).doesNotContain("trash");
    }

    /**
     * A deal of the database both copies started from is nobody's here: its deletion by Bo is counted, not named as one Ida made
     * (every rep of a team that began from copies of one file was told they had made its deals).
     */
    @Test
    void aRecordOfTheFileBothStartedFromIsNotOneYouMade() {
        delete(two.bo, shared);
        MergeReport intoIda = two.merge(two.bo, two.ida);
        assertThat(intoIda.trashed().count()).isEqualTo(1);
        assertThat(intoIda.trashed().yours()).isEmpty();
        assertThat(intoIda.sentence()).doesNotContain("you made");

        Deal idas = Fixtures.deal(two.ida, "Ida's own", Stage.LEAD, 3_000L);
        two.merge(two.ida, two.bo);
        delete(two.bo, idas);
        assertThat(two.merge(two.bo, two.ida).trashed().yours()).as("one she made is named").containsExactly("deal “Ida's own”");
    }

    private static boolean live(Store s, Deal deal) {
        return s.read(r -> r.deals().find(deal.id()).isPresent());
    }

    private static List<UUID> logged(Store s, Deal deal) {
        List<com.funnelboard.domain.Interaction> calls = s.read(r -> r.interactions().forDeal(deal.id()));
        return calls.stream().map(com.funnelboard.domain.Interaction::id).toList();
    }

    private static void setValue(Store s, Deal deal, long minor) {
        s.writeAll(r -> {
            var row = ShareHistory.load(r.ctx(), com.funnelboard.store.jooq.Tables.DEAL, deal.id().toString());
            row.set(com.funnelboard.store.jooq.Tables.DEAL.VALUE_MINOR, minor);
            r.changes().updateAny(row);
        });
    }

    private static void delete(Store s, Deal deal) {
        s.writeAll(r -> r.changes().deleteAny(ShareHistory.load(r.ctx(), com.funnelboard.store.jooq.Tables.DEAL, deal.id().toString())));
    }
}
