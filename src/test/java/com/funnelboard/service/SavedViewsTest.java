package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved views round-trip every filter and the order; they and the board's order are kept locally. */
class SavedViewsTest {

    @TempDir
    Path dir;

    static final BoardLens EVERYTHING = BoardLens.parse(BoardLens.ALL, List.of("text=kegs \"mül\"", "owner=Ida@Example.com", "source=referral",
            "industry=Brewing", "size=50-200", "persona=Buyer", "channel=phone", "tag=vip", "min-value=5000", "max-value=90000",
            "followup=overdue", "rotting=yes"));

    @Test
    void aViewKeepsEveryFilterAndItsOrder() {
        assertThat(BoardLens.parse(BoardLens.ALL, EVERYTHING.filters())).isEqualTo(EVERYTHING);
        assertThat(EVERYTHING.owner()).isEqualTo(OwnerFilter.person("ida@example.com"));
        try (Store store = Fixtures.store(dir)) {
            SavedViews views = new SavedViews(store);
            views.save("Hot kegs", EVERYTHING, DealSort.FOLLOWUP);
            views.save("Nobody's", BoardLens.ALL.with("owner", "nobody"), DealSort.VALUE);
            assertThat(views.list()).containsExactly(new SavedViews.SavedView("Hot kegs", EVERYTHING, DealSort.FOLLOWUP),
                    new SavedViews.SavedView("Nobody's", BoardLens.ALL.withOwner(OwnerFilter.NOBODY), DealSort.VALUE));
            views.save("hot KEGS", BoardLens.ALL, DealSort.NEWEST);
            assertThat(views.find("Hot kegs")).contains(new SavedViews.SavedView("hot KEGS", BoardLens.ALL, DealSort.NEWEST));
            assertThat(views.list()).hasSize(2);
            assertThat(views.delete("HOT kegs")).isTrue();
            assertThat(views.delete("Hot kegs")).isFalse();
            assertThatThrownBy(() -> views.save(" ", BoardLens.ALL, DealSort.NEWEST)).isInstanceOf(InvalidInputException.class);

            assertThat(views.boardSort()).isEqualTo(DealSort.NEWEST);
            views.rememberBoardSort(DealSort.CLOSE);
            assertThat(new SavedViews(store).boardSort()).isEqualTo(DealSort.CLOSE);
        }
    }

    /** A view is renamed with its filters and order (it could only be deleted); a name another view has is refused. */
    @Test
    void aViewIsRenamedKeepingItsFilterAndOrder() {
        try (Store store = Fixtures.store(dir)) {
            SavedViews views = new SavedViews(store);
            views.save("Hot kegs", EVERYTHING, DealSort.FOLLOWUP);
            views.save("Cold", BoardLens.ALL, DealSort.VALUE);
            assertThat(views.rename("hot kegs", "Kegs, overdue")).isEqualTo(new SavedViews.SavedView("Kegs, overdue", EVERYTHING, DealSort.FOLLOWUP));
            assertThat(views.list()).extracting(SavedViews.SavedView::name).containsExactlyInAnyOrder("Kegs, overdue", "Cold");
            assertThatThrownBy(() -> views.rename("Kegs, overdue", "cold")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("There is a view called Cold already");
            assertThatThrownBy(() -> views.rename("Nothing", "Else")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("There is no saved view Nothing");
            assertThat(views.rename("Cold", "COLD").name()).as("a name in another case").isEqualTo("COLD");
            assertThat(views.list()).hasSize(2);
        }
    }

    @Test
    void badFiltersSaySoInASentence() {
        assertThatThrownBy(() -> BoardLens.parse(BoardLens.ALL, List.of("colour=red"))).hasMessageContaining("Unknown filter");
        assertThatThrownBy(() -> BoardLens.parse(BoardLens.ALL, List.of("min-value=lots"))).hasMessageContaining("whole amount");
        assertThatThrownBy(() -> BoardLens.parse(BoardLens.ALL, List.of("followup=soon"))).hasMessageContaining("overdue");
        assertThatThrownBy(() -> BoardLens.parse(BoardLens.ALL, List.of("channel=fax"))).hasMessageContaining("in_person");
        assertThatThrownBy(() -> DealSort.fromKey("sideways")).hasMessageContaining("value");
    }
}
