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

    @BeforeEach
    void twoInstallations() {
        two = new TwoInstallations(dir, s -> Fixtures.deal(s, "Shared", Stage.LEAD, 1_000L));
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
        // (Besides, Ida's file brings her name for the team's directory.)
        assertThat(back.sentence()).endsWith(" changed (3 moved to the trash), no new conflicts; 3 records you made go to the trash, "
                + "because Ida Berg undid the merge that had brought them there (deal “Bo's pilot”, contact “Contact of Bo's pilot”, "
                + "organization “Org of Bo's pilot”); Trash can restore them");
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

    private static void delete(Store s, Deal deal) {
        s.writeAll(r -> r.changes().deleteAny(ShareHistory.load(r.ctx(), com.funnelboard.store.jooq.Tables.DEAL, deal.id().toString())));
    }
}
