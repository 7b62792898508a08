package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.DEAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.MergeReport;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.PeopleService;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conflict two teammates both resolved, one of them then undoing their resolution before hearing
 * of the other's. The undo puts the conflict back on its list, decided without the resolution and
 * the undo; once the other's resolution arrives, the field is decided from every value, as on the
 * teammate's side. Decided still without them, Bo's list showed nothing while the merge said "1
 * conflict to review" and Ida's list showed it, and the name both kept was not the one Bo's list said.
 */
class ShareResolutionUndoneTest {

    @TempDir
    Path dir;
    private TwoInstallations two;
    private Deal deal;

    @BeforeEach
    void aConflictOnBothSides() {
        two = new TwoInstallations(dir, s -> deal = Fixtures.deal(s, "Nova", Stage.LEAD, 2_000_00L));
        new PeopleService(two.ida).setIdentity("Ida Berg", "ida@nordwind.example");
        new PeopleService(two.bo).setIdentity("Bo Lind", "bo@nordwind.example");
        rename(two.ida, "Nova (Ida)");
        rename(two.bo, "Nova (Bo)");
        two.merge(two.bo, two.ida);
        two.merge(two.ida, two.bo);
        assertThat(titles(two.ida)).contains("title");
        assertThat(titles(two.bo)).contains("title");
    }

    @AfterEach
    void close() {
        two.close();
    }

    @Test
    void bothListsAgreeOnceTheOthersResolutionArrives() {
        resolveMine(two.bo);
        resolveMine(two.ida);
        com.funnelboard.service.UndoService undo = new com.funnelboard.service.UndoService(two.bo,
                com.funnelboard.service.UndoJournal.inMemory());
        undo.undo(lastChangeSet(two.bo));
        assertThat(titles(two.bo)).as("the undo puts the conflict back").contains("title");

        MergeReport intoBo = two.merge(two.ida, two.bo);
        two.merge(two.bo, two.ida);

        assertThat(title(two.bo)).isEqualTo(title(two.ida));
        assertThat(titles(two.bo)).as("as on Ida's side").isEqualTo(titles(two.ida));
        assertThat(titles(two.bo).contains("title")).as("the merge's count says what the list shows").isEqualTo(intoBo.conflicts() > 0);
    }

    /**
     * A merge that brought a teammate's resolution ended the conflict here; undoing that merge puts the conflict back with
     * both values (it left the old value and no conflict to review), and redoing it ends it again.
     */
    @Test
    void undoingTheMergeThatEndedAConflictPutsItBack() {
        resolveMine(two.ida);
        two.merge(two.ida, two.bo);
        assertThat(titles(two.bo)).as("Ida's resolution ended it").isEmpty();
        assertThat(title(two.bo)).isEqualTo("Nova (Ida)");

        com.funnelboard.service.UndoService undo = new com.funnelboard.service.UndoService(two.bo,
                com.funnelboard.service.UndoJournal.inMemory());
        java.util.UUID merge = lastChangeSet(two.bo);
        undo.undo(merge);
        assertThat(titles(two.bo)).as("the conflict is back to review").containsExactly("title");
        FieldConflict back = new ShareExchange(two.bo).conflicts().stream().filter(c -> c.field().equals("title")).findFirst().orElseThrow();
        assertThat(back.sides().stream().map(FieldConflict.Side::value)).containsExactlyInAnyOrder("\"Nova (Ida)\"", "\"Nova (Bo)\"");
        assertThat(title(two.bo)).isEqualTo(back.current().value().replace("\"", ""));

        undo.undo(lastChangeSet(two.bo));
        assertThat(titles(two.bo)).as("redone, the merge ends it again").isEmpty();
        assertThat(title(two.bo)).isEqualTo("Nova (Ida)");
    }

    private void resolveMine(Store s) {
        FieldConflict c = new ShareExchange(s).conflicts().stream().filter(x -> x.field().equals("title")).findFirst().orElseThrow();
        new ShareExchange(s).resolve(c.id().toString(), FieldConflict.Keep.MINE, null);
    }

    private static java.util.UUID lastChangeSet(Store s) {
        return s.read(r -> r.changeLog().latest(1)).getFirst().id();
    }

    private void rename(Store s, String title) {
        s.writeAll(r -> {
            var row = ShareHistory.load(r.ctx(), DEAL, deal.id().toString());
            row.set(DEAL.TITLE, title);
            r.changes().updateAny(row);
        });
    }

    private String title(Store s) {
        return s.read(r -> r.deals().find(deal.id()).orElseThrow().title());
    }

    private static List<String> titles(Store s) {
        return new ShareExchange(s).conflicts().stream().map(FieldConflict::field).filter(f -> f.equals("title")).toList();
    }
}
