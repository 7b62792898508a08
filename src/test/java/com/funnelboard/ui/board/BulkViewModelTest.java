package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.BulkDeals;
import com.funnelboard.service.DealEditing;
import com.funnelboard.service.DealService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marks and what the status bar says after one action on many: done, as asked already, and each deal left (still marked). */
class BulkViewModelTest {

    @TempDir
    Path dir;

    private static DealCard card(Deal d) {
        return new DealCard(d.id(), d.title(), d.stage(), d.contactId(), null, null, null, d.value(), null, d.stageEnteredAt(), null, null);
    }

    /** A view model over the store that runs its work at once and says into {@code said}. */
    private static BulkViewModel model(Store store, AtomicReference<String> said) {
        DealService deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep");
        return new BulkViewModel(new BulkDeals(store, deals, new DealEditing(store, Locale.ENGLISH)), new UiExecutors(Runnable::run, Runnable::run),
                said::set, (s, l) -> List.of());
    }

    @Test
    void dealsLeftAsTheyWereStayMarkedAndAreNamedWithWhy() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            AtomicReference<String> said = new AtomicReference<>();
            BulkViewModel model = model(store, said);
            Deal a = Fixtures.deal(store, "Alpha, Inc. pilot", Stage.OPPORTUNITY, 100_00L);
            Deal b = Fixtures.deal(store, "Beta", Stage.LEAD, 100_00L);
            Deal won = Fixtures.deal(store, "Gamma", Stage.WON, 100_00L);
            model.marks().toggle(card(a));
            model.marks().mark(List.of(card(b), card(won), card(a)));
            assertThat(model.marks().countProperty().get()).isEqualTo(3);
            model.expectClose(java.time.LocalDate.of(2026, 5, 1), "May 1, 2026").get();
            assertThat(said.get()).startsWith("Set the expected close date of 2 deals to May 1, 2026 (Ctrl+Z undoes it). Left as it was, still "
                    + "marked: \u201CGamma\u201D: Won already");
            assertThat(model.marks().deals()).containsExactly(won.id());

            model.marks().mark(List.of(card(a), card(b)));
            model.move(Stage.LEAD, null, null, null).get();
            assertThat(said.get()).isEqualTo("Moved 2 deals to Lead (Ctrl+Z undoes it). Left as it was, still marked: \u201CBeta\u201D: in Lead already.");
            assertThat(model.marks().deals()).containsExactly(b.id());

            model.preview(Stage.WON).get();
            store.close(); // a read that fails is said in the status bar, not swallowed
            model.preview(Stage.WON).handle((o, e) -> null).get();
            assertThat(said.get()).startsWith("The marked deals' checklists could not be read");
        }
    }

    @Test
    void aGiftToNoAddressIsSaidAndTheMarksStay() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            AtomicReference<String> said = new AtomicReference<>();
            BulkViewModel model = model(store, said);
            Deal a = Fixtures.deal(store, "Alpha", Stage.LEAD, 100_00L);
            model.marks().toggle(card(a));
            model.giveTo("not an email", null, "not an email").handle((o, e) -> null).get();
            assertThat(said.get()).startsWith("The deals were not given");
            assertThat(model.marks().deals()).as("kept for another try").containsExactly(a.id());
        }
    }

    @Test
    void theChecklistQuestionSaysHowManyOfTheMarkedMeetIt() {
        assertThat(BulkDialogs.header(Stage.PROSPECT, 5, 2)).isEqualTo("2 of the 5 marked deals do not meet the Prospect checklist");
        assertThat(BulkDialogs.header(Stage.PROSPECT, 5, 1)).isEqualTo("1 of the 5 marked deals does not meet the Prospect checklist");
        assertThat(BulkDialogs.header(Stage.WON, 4, 4)).isEqualTo("None of the 4 marked deals meets the Won checklist");
        assertThat(BulkDialogs.header(Stage.WON, 2, 2)).isEqualTo("Neither of the 2 marked deals meets the Won checklist");
        assertThat(BulkDialogs.header(Stage.WON, 1, 1)).isEqualTo("The marked deal does not meet the Won checklist");
    }

    @Test
    void changingTheFiltersLetsGoOfTheMarksAndSaysSo() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            AtomicReference<String> said = new AtomicReference<>();
            BulkViewModel model = model(store, said);
            javafx.beans.property.ObjectProperty<com.funnelboard.domain.BoardLens> lens =
                    new javafx.beans.property.SimpleObjectProperty<>(com.funnelboard.domain.BoardLens.ALL);
            model.letGoWhenFiltersChange(lens);
            lens.set(com.funnelboard.domain.BoardLens.ALL.withOwner(com.funnelboard.domain.OwnerFilter.NOBODY));
            assertThat(said.get()).as("nothing marked, nothing said").isNull();
            Deal a = Fixtures.deal(store, "Alpha", Stage.LEAD, 100_00L);
            Deal b = Fixtures.deal(store, "Beta", Stage.LEAD, 100_00L);
            model.marks().mark(List.of(card(a), card(b)));
            lens.set(com.funnelboard.domain.BoardLens.ALL);
            assertThat(model.marks().deals()).isEmpty();
            assertThat(said.get()).isEqualTo("Let go of the 2 marked deals: the filters changed what the board shows.");
        }
    }
}
