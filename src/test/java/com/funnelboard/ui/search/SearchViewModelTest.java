package com.funnelboard.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.SearchHit;
import com.funnelboard.domain.SearchResults;
import com.funnelboard.ui.common.UiExecutors;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The search box's model: grouped rows, moving over hits only, opening, and results of stale queries dropped. */
class SearchViewModelTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final List<SearchHit> opened = new ArrayList<>();

    private static SearchHit hit(SearchHit.Kind kind, String title) {
        UUID id = UUID.randomUUID();
        return new SearchHit(kind, id, title, List.of(), null, "", List.of(), kind, id);
    }

    private static SearchResults results(String text) {
        return new SearchResults(text, Map.of(SearchHit.Kind.DEAL, List.of(hit(SearchHit.Kind.DEAL, text + " deal")),
                SearchHit.Kind.CONTACT, List.of(hit(SearchHit.Kind.CONTACT, text + " one"), hit(SearchHit.Kind.CONTACT, text + " two"))));
    }

    private SearchViewModel model() {
        return new SearchViewModel(SearchViewModelTest::results, new UiExecutors(background::add, Runnable::run), opened::add);
    }

    @Test
    void rowsAreGroupedAndArrowsMoveOverHitsOnly() {
        SearchViewModel m = model();
        m.textProperty().set("pil");
        background.poll().run();
        assertThat(m.rows()).hasSize(5);
        assertThat(m.rows().get(0)).isEqualTo(new SearchViewModel.Heading(SearchHit.Kind.DEAL, 1, 1, false));
        assertThat(((SearchViewModel.Heading) m.rows().get(0)).text()).as("all of them shown: no count").isEqualTo("DEALS");
        assertThat(m.selectedProperty().get()).isEqualTo(1);
        m.move(1);
        assertThat(m.selectedProperty().get()).as("the Contacts heading is skipped").isEqualTo(3);
        m.move(1);
        m.move(1);
        assertThat(m.selectedProperty().get()).as("stays at the end").isEqualTo(4);
        m.move(-1);
        m.move(-1);
        assertThat(m.selectedProperty().get()).isEqualTo(1);
        assertThat(m.openSelected()).isTrue();
        assertThat(opened).extracting(SearchHit::title).containsExactly("pil deal");
    }

    /** New words after "Nothing found" say "Searching…" until their results come (the old sentence stood beside the board's cards). */
    @Test
    void newWordsAfterNothingFoundSaySearchingUntilTheirResults() {
        SearchViewModel m = new SearchViewModel(text -> text.startsWith("zz") ? new SearchResults(text, Map.of()) : results(text),
                new UiExecutors(background::add, Runnable::run), opened::add);
        m.textProperty().set("zzq");
        background.poll().run();
        assertThat(m.messageProperty().get()).isEqualTo("Nothing found");
        m.textProperty().set("kowal");
        assertThat(m.messageProperty().get()).isEqualTo("Searching\u2026");
        background.poll().run();
        assertThat(m.messageProperty().get()).isEmpty();
        m.textProperty().set("kowalski");
        assertThat(m.messageProperty().get()).as("results shown stay until the new ones: no flicker").isEmpty();
    }

    /**
     * A group of contacts cut short ends with a row to all of them: the Contacts page searching the
     * same words ("8 OF 11" said three more matched, and gave no way to them). Deals, all shown, get none.
     */
    @Test
    void aContactGroupCutShortEndsWithARowToTheContactsPageSearchingTheSameWords() {
        List<String> all = new ArrayList<>();
        SearchViewModel m = new SearchViewModel(text -> new SearchResults(text, Map.of(SearchHit.Kind.DEAL, List.of(hit(SearchHit.Kind.DEAL,
                "Kowal deal")), SearchHit.Kind.CONTACT, List.of(hit(SearchHit.Kind.CONTACT, "Ann Kowal"), hit(SearchHit.Kind.CONTACT, "Bo Kowal"))),
                Map.of(SearchHit.Kind.DEAL, 1, SearchHit.Kind.CONTACT, 11), false), new UiExecutors(background::add, Runnable::run), opened::add,
                (kind, words) -> all.add(kind + " " + words));
        m.textProperty().set(" kowal ");
        background.poll().run();
        assertThat(m.rows()).hasSize(6);
        assertThat(m.rows().getLast()).isEqualTo(new SearchViewModel.ShowAll(SearchHit.Kind.CONTACT, 11, false, "kowal"));
        assertThat(((SearchViewModel.ShowAll) m.rows().getLast()).label()).isEqualTo("See all 11 contacts on the Contacts page");
        for (int i = 0; i < 3; i++) {
            m.move(1);
        }
        assertThat(m.selectedProperty().get()).as("the arrows reach it").isEqualTo(5);
        assertThat(m.openSelected()).isTrue();
        assertThat(all).containsExactly("CONTACT kowal");
        assertThat(opened).isEmpty();
    }

    /**
     * The group with the hit closest to what was typed comes first: a person's name typed with its accent, or whole,
     * puts Contacts above deals whose words only begin like it; otherwise Deals lead as before.
     */
    @Test
    void theGroupClosestToTheTypedWordsComesFirst() {
        Map<SearchHit.Kind, List<SearchHit>> found = Map.of(
                SearchHit.Kind.DEAL, List.of(hit(SearchHit.Kind.DEAL, "Multi-site licence"), hit(SearchHit.Kind.DEAL, "Annual licence")),
                SearchHit.Kind.CONTACT, List.of(hit(SearchHit.Kind.CONTACT, "Zoë Müller"), hit(SearchHit.Kind.CONTACT, "Anna Tanaka")));
        java.util.function.Function<String, List<SearchHit.Kind>> headings = text -> {
            SearchViewModel m = new SearchViewModel(t -> new SearchResults(t, found), new UiExecutors(Runnable::run, Runnable::run), opened::add);
            m.textProperty().set(text);
            return m.rows().stream().filter(r -> r instanceof SearchViewModel.Heading).map(r -> ((SearchViewModel.Heading) r).kind()).toList();
        };
        assertThat(headings.apply("mül")).containsExactly(SearchHit.Kind.CONTACT, SearchHit.Kind.DEAL);
        assertThat(headings.apply("MÜLLER")).containsExactly(SearchHit.Kind.CONTACT, SearchHit.Kind.DEAL);
        assertThat(headings.apply("anna")).containsExactly(SearchHit.Kind.CONTACT, SearchHit.Kind.DEAL);
        assertThat(headings.apply("mul")).as("typed without the accent: as close to both").containsExactly(SearchHit.Kind.DEAL, SearchHit.Kind.CONTACT);
        assertThat(headings.apply("ann")).containsExactly(SearchHit.Kind.DEAL, SearchHit.Kind.CONTACT);
        assertThat(headings.apply("licence")).containsExactly(SearchHit.Kind.DEAL, SearchHit.Kind.CONTACT);
    }

    @Test
    void aHeadingSaysHowManyItLeavesOut() {
        assertThat(new SearchViewModel.Heading(SearchHit.Kind.DEAL, 8, 19, false).text()).isEqualTo("DEALS \u00B7 8 OF 19");
        assertThat(new SearchViewModel.Heading(SearchHit.Kind.CONTACT, 8, 1_250, true).text()).isEqualTo("CONTACTS \u00B7 8 OF 1,250 OR MORE");
        SearchResults many = new SearchResults("ce", Map.of(SearchHit.Kind.DEAL, List.of(hit(SearchHit.Kind.DEAL, "Cedar"))),
                Map.of(SearchHit.Kind.DEAL, 19), false);
        SearchViewModel m = new SearchViewModel(t -> many, new UiExecutors(Runnable::run, Runnable::run), opened::add);
        m.textProperty().set("ce");
        assertThat(m.rows().getFirst()).isEqualTo(new SearchViewModel.Heading(SearchHit.Kind.DEAL, 1, 19, false));
    }

    @Test
    void aStaleResultIsDropped() {
        SearchViewModel m = model();
        m.textProperty().set("p");
        m.textProperty().set("pi");
        Runnable first = background.poll();
        Runnable second = background.poll();
        second.run();
        first.run(); // the older query answers last
        assertThat(((SearchViewModel.Hit) m.rows().get(1)).hit().title()).isEqualTo("pi deal");
        m.textProperty().set(" ");
        assertThat(m.rows()).isEmpty();
        assertThat(m.openSelected()).isFalse();
    }
}
