package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.DEAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.MergeReport;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.PeopleService;
import com.funnelboard.service.RefusedException;
import com.funnelboard.service.UndoJournal;
import com.funnelboard.service.UndoService;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undoing a merge that a later merge followed. Bo and Cy renamed one deal without seeing each
 * other's name, and Cy then deleted it; Ida merged Cy's file, then Bo's: Cy's name held, with a
 * conflict against Bo's and one between Cy's deletion and Bo's edit. Ida undoes Cy's merge: had it
 * never been made, Bo's name would hold, so that is the name the undo puts back (it put back the name
 * from before both merges, and as the undo travels, Bo's name was gone everywhere); the redo brings
 * back Cy's merge and both conflicts (it was refused, the deal being "in the trash now", while it was
 * on the board).
 */
class ShareUndoEarlierMergeTest {

    @TempDir
    Path dir;
    private TwoInstallations two;
    private Store cy;
    private Deal deal;

    @BeforeEach
    void threeInstallations() throws Exception {
        two = new TwoInstallations(dir, s -> deal = Fixtures.deal(s, "Nova", Stage.LEAD, 2_000_00L));
        Files.copy(dir.resolve("template.db"), dir.resolve("cy.db"));
        cy = Store.open(dir.resolve("cy.db"), new TickingClock(Fixtures.NOW.plusSeconds(62)));
        new PeopleService(two.ida).setIdentity("Ida Berg", "ida@nordwind.example");
        new PeopleService(two.bo).setIdentity("Bo Lind", "bo@nordwind.example");
        new PeopleService(cy).setIdentity("Cy Chen", "cy@nordwind.example");
        rename(two.bo, "Nova B");
        rename(cy, "Nova C");
    }

    @AfterEach
    void close() {
        two.close();
        cy.close();
    }

    @Test
    void undoingTheEarlierMergePutsBackTheLaterMergesValueAndTheRedoBringsBackTheConflicts() {
        cy.writeAll(r -> r.changes().deleteAny(ShareHistory.load(r.ctx(), DEAL, deal.id().toString())));
        MergeReport fromCy = two.merge(cy, two.ida);
        two.merge(two.bo, two.ida);
        assertThat(title(two.ida)).isEqualTo("Nova C");
        // (And the owner: Bo's and Cy's identities, set after the copy, each made the deal theirs.)
        assertThat(open(two.ida)).containsExactlyInAnyOrder("title", "owner", FieldConflict.DELETED_AT);
        UndoService undo = new UndoService(two.ida, UndoJournal.inMemory());

        UndoService.Undone undone = undo.undo(fromCy.changeSet());

        assertThat(live(two.ida)).as("Cy's deletion taken back").isTrue();
        assertThat(title(two.ida)).as("Bo's name, which only lost to Cy's").isEqualTo("Nova B");
        assertThat(open(two.ida)).isEmpty();
        // It travels: Bo keeps his name, and his deal on the board.
        two.merge(two.ida, two.bo);
        assertThat(title(two.bo)).isEqualTo("Nova B");
        assertThat(live(two.bo)).isTrue();

        undo.undo(undone.changeSet());

        assertThat(live(two.ida)).as("in the trash again, as Cy's merge left it").isFalse();
        assertThat(title(two.ida)).isEqualTo("Nova C");
        assertThat(open(two.ida)).as("as before the undo").containsExactlyInAnyOrder("title", "owner", FieldConflict.DELETED_AT);
    }

    @Test
    void aRedoRefusedSaysRedo() {
        MergeReport fromCy = two.merge(cy, two.ida);
        UndoService undo = new UndoService(two.ida, UndoJournal.inMemory());
        UndoService.Undone undone = undo.undo(fromCy.changeSet());
        rename(two.ida, "Nova, renamed since");

        assertThatThrownBy(() -> undo.undo(undone.changeSet())).isInstanceOf(RefusedException.class)
                .hasMessageStartingWith("Cannot redo this: it would overwrite later changes to the deal “Nova, renamed since”'s title");
    }

    /**
     * Bo's file merged first, Cy's after it: Cy's newer name holds. Undoing Bo's merge overwrites nothing (without it, Cy's
     * name holds just the same), so it is not refused as overwriting a later change, as it was; it ends their conflict, and
     * travels: Bo's name is taken back on his side too.
     */
    @Test
    void undoingAnEarlierMergeWhoseValueALaterMergeBeatAlreadyKeepsThatValue() {
        MergeReport fromBo = two.merge(two.bo, two.ida);
        two.merge(cy, two.ida);
        assertThat(title(two.ida)).isEqualTo("Nova C");
        assertThat(open(two.ida)).contains("title");

        new UndoService(two.ida, UndoJournal.inMemory()).undo(fromBo.changeSet());

        assertThat(title(two.ida)).isEqualTo("Nova C");
        assertThat(open(two.ida)).doesNotContain("title");
        two.merge(two.ida, two.bo);
        assertThat(title(two.bo)).as("the undo took Bo's name back").isEqualTo("Nova C");
    }

    private void rename(Store s, String title) {
        s.writeAll(r -> {
            var row = ShareHistory.load(r.ctx(), DEAL, deal.id().toString());
            row.set(DEAL.TITLE, title);
            r.changes().updateAny(row);
        });
    }

    private boolean live(Store s) {
        return s.read(r -> r.deals().find(deal.id()).isPresent());
    }

    private String title(Store s) {
        return s.read(r -> r.ctx().fetchValue("SELECT title FROM deal WHERE id = ?", deal.id().toString())).toString();
    }

    private static java.util.List<String> open(Store s) {
        return new ShareExchange(s).conflicts().stream().map(FieldConflict::field).toList();
    }
}
