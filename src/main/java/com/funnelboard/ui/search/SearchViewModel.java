package com.funnelboard.ui.search;

import com.funnelboard.domain.SearchHit;
import com.funnelboard.domain.SearchResults;
import com.funnelboard.ui.common.UiExecutors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The search box: what is typed, the rows shown (a heading per kind, then its hits), which hit is
 * selected, and opening it. Every change of the text queries the index in the background; a
 * result that comes back after a newer query was started is dropped, so the list always shows the
 * text as it is now.
 */
public final class SearchViewModel {

    /** A row of the list: a group's heading, a hit, or the way to the whole group. */
    public sealed interface Row permits Heading, Hit, ShowAll {}

    /**
     * A group's heading: its kind, how many of it are shown, and how many matched (at least, when
     * {@code more}): the box shows the best few, and says how many it leaves out.
     */
    public record Heading(SearchHit.Kind kind, int shown, int found, boolean more) implements Row {

        /** "DEALS", or "DEALS · 8 OF 19" when some are left out ("8 OF 2,000 OR MORE" past what is counted). */
        public String text() {
            String kindText = kind.heading().toUpperCase(java.util.Locale.ROOT);
            if (found <= shown && !more) {
                return kindText;
            }
            return kindText + " \u00B7 " + shown + " OF " + String.format(java.util.Locale.ROOT, "%,d", found) + (more ? " OR MORE" : "");
        }
    }

    public record Hit(SearchHit hit) implements Row {}

    /**
     * After a group of contacts or organizations the box cut short: its page, searching the same
     * words, shows every one ("8 OF 11" said that three more matched, and gave no way to them).
     */
    public record ShowAll(SearchHit.Kind kind, int found, boolean more, String text) implements Row {

        /** "See all 11 contacts on the Contacts page". */
        public String label() {
            String what = kind == SearchHit.Kind.CONTACT ? "contacts" : "organizations";
            String page = kind == SearchHit.Kind.CONTACT ? "Contacts" : "Organizations";
            return "See all " + (more ? "the " : String.format(java.util.Locale.ROOT, "%,d ", found)) + what + " on the " + page + " page";
        }
    }

    private final Function<String, SearchResults> search;
    private final UiExecutors executors;
    private final Consumer<SearchHit> open;
    private final java.util.function.BiConsumer<SearchHit.Kind, String> openAll;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long generation;

    /**
     * @param search the query (run in the background)
     * @param open what opening a hit does (on the FX thread)
     */
    public SearchViewModel(Function<String, SearchResults> search, UiExecutors executors, Consumer<SearchHit> open) {
        this(search, executors, open, null);
    }

    /** @param openAll what opening a "See all" row does: the page of its kind, searching its words (null: no such rows) */
    public SearchViewModel(Function<String, SearchResults> search, UiExecutors executors, Consumer<SearchHit> open,
            java.util.function.BiConsumer<SearchHit.Kind, String> openAll) {
        this.search = search;
        this.executors = executors;
        this.open = open;
        this.openAll = openAll;
        text.addListener((o, was, now) -> query(now));
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The index in {@link #rows()} of the selected hit, or -1. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** "Searching…", "Nothing found", or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void query(String now) {
        long mine = ++generation;
        if (now == null || now.isBlank()) {
            rows.clear();
            selected.set(-1);
            message.set("");
            return;
        }
        if (rows.isEmpty()) {
            // The last words' "Nothing found" stood while these were looked for, beside cards the board showed for them.
            message.set("Searching\u2026");
        }
        executors.supply(() -> search.apply(now)).whenComplete((results, failure) -> {
            if (mine != generation) {
                return; // a newer query is on its way
            }
            if (failure != null) {
                message.set("Search failed: " + failure.getMessage());
                org.slf4j.LoggerFactory.getLogger(SearchViewModel.class).warn("Search failed", failure);
                return;
            }
            show(results, now);
        });
    }

    private void show(SearchResults results, String asked) {
        List<Row> out = new ArrayList<>();
        for (SearchHit.Kind kind : results.order()) {
            List<SearchHit> hits = results.of(kind);
            if (!hits.isEmpty()) {
                out.add(new Heading(kind, hits.size(), results.found(kind), results.more()));
                hits.forEach(h -> out.add(new Hit(h)));
                if (openAll != null && (results.found(kind) > hits.size() || results.more())
                        && (kind == SearchHit.Kind.CONTACT || kind == SearchHit.Kind.ORGANIZATION)) {
                    out.add(new ShowAll(kind, results.found(kind), results.more(), asked.strip()));
                }
            }
        }
        rows.setAll(out);
        message.set(out.isEmpty() ? "Nothing found" : "");
        selected.set(out.isEmpty() ? -1 : 1);
    }

    /** Selects the next (+1) or previous (-1) hit, skipping headings; stays at the ends. */
    public void move(int direction) {
        int i = selected.get();
        for (int j = i + direction; j >= 0 && j < rows.size(); j += direction) {
            if (rows.get(j) instanceof Hit || rows.get(j) instanceof ShowAll) {
                selected.set(j);
                return;
            }
        }
    }

    /** Opens the selected hit; false when none is selected. */
    public boolean openSelected() {
        int i = selected.get();
        if (i >= 0 && i < rows.size() && rows.get(i) instanceof ShowAll all) {
            openAll.accept(all.kind(), all.text());
            return true;
        }
        if (i < 0 || i >= rows.size() || !(rows.get(i) instanceof Hit hit)) {
            return false;
        }
        open.accept(hit.hit());
        return true;
    }
}
