package com.funnelboard.ui.board;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.DealSort;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.SavedViews;
import com.funnelboard.ui.common.ChangeFollower;
import com.funnelboard.ui.common.UiExecutors;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved views beside the board: each with how many deals it shows now. The counts are read in
 * the background, again after every committed change that can move them (deals, contacts,
 * organizations, follow-ups, moves, settings), a short while after the change so that a burst of
 * changes costs one reading; and again when a view is saved or deleted, here or by another program
 * (the command line). Choosing a view shows its filter and order on the board.
 */
public final class ViewsModel implements AutoCloseable {

    private record Read(List<Entry> entries, java.util.Optional<Boolean> shown) {}

    /** A saved view and how many deals it shows (null until counted). */
    public record Entry(SavedViews.SavedView view, Long count) {}

    private final SavedViews saved;
    private final Function<BoardLens, Long> count;
    private final UiExecutors executors;
    private final Executor settle;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    /** Until someone folds or unfolds the sidebar (here or before, on this computer), it is shown when there are views to show and room. */
    private boolean shownChosen;
    private boolean showingFirst;
    private java.util.function.BooleanSupplier roomy = () -> true;
    private final ReadOnlyStringWrapper active = new ReadOnlyStringWrapper(this, "active");
    private final ChangeFollower changes;
    /** Stops hearing of views saved or deleted by another program. */
    private final Runnable elsewhere;
    private Consumer<SavedViews.SavedView> apply = v -> { };
    private Supplier<BoardLens> currentLens = () -> BoardLens.ALL;
    private Supplier<DealSort> currentSort = () -> DealSort.NEWEST;

    /**
     * @param count how many deals a lens lets through (a read of the database)
     * @param settle where a refresh after a change waits for the burst to pass (a delayed executor)
     */
    public ViewsModel(SavedViews saved, Function<BoardLens, Long> count, ChangeFeed feed, UiExecutors executors, Executor settle) {
        this.saved = saved;
        this.count = count;
        this.executors = executors;
        this.settle = settle;
        shown.addListener((o, was, now) -> {
            if (!showingFirst) {
                shownChosen = true;
                executors.supply(() -> {
                    saved.rememberSidebarShown(now);
                    return null;
                });
            }
        });
        this.changes = ChangeFollower.follow(feed, executors, n -> n.touchesAny(ChangeNotice.DEAL, ChangeNotice.CONTACT,
                ChangeNotice.ORGANIZATION, ChangeNotice.FOLLOW_UP, ChangeNotice.STAGE_CHANGE, ChangeNotice.SETTINGS, ChangeNotice.INTERACTION),
                batch -> CompletableFuture.runAsync(() -> { }, this.settle).thenComposeAsync(v -> refresh(), executors.fx()));
        // A view saved with the command line beside the window showed only after a restart.
        this.elsewhere = saved.onChangedElsewhere(() -> CompletableFuture.runAsync(() -> { }, this.settle)
                .thenComposeAsync(v -> refresh(), executors.fx()));
    }

    /** What choosing a view does (the board shows its filter and order), and where the board's current filter and order are read. */
    public void attach(Consumer<SavedViews.SavedView> apply, Supplier<BoardLens> lens, Supplier<DealSort> sort) {
        this.apply = apply;
        this.currentLens = lens;
        this.currentSort = sort;
    }

    /** The views by name, each with its count; replaced whole on every refresh. */
    public ObservableList<Entry> entries() {
        return entries;
    }

    /** Whether the sidebar is unfolded (as last chosen on this computer; until then, once there is a saved view). */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /**
     * Whether the window has room for the sidebar beside the board and the detail pane. Until
     * someone folds or unfolds it, the sidebar opens by itself only then: on a laptop's screen it
     * would narrow the columns until the cards' figures are cut.
     */
    public void setRoomy(java.util.function.BooleanSupplier roomy) {
        this.roomy = roomy;
    }

    /** The name of the view last chosen while the board still shows it (empty otherwise). */
    public ReadOnlyStringProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The board's filter or order changed: the view last chosen stays marked only while the board still shows it. */
    public void boardChanged(BoardLens lens) {
        String name = active.get();
        // Its order too: a view sorted otherwise stayed marked as shown.
        if (name != null && entries.stream().noneMatch(e -> e.view().name().equals(name) && e.view().lens().equals(lens)
                && e.view().sort() == currentSort.get())) {
            active.set(null);
        }
    }

    private final com.funnelboard.ui.common.OneAtATime reads = new com.funnelboard.ui.common.OneAtATime(this::read);

    /**
     * Reads the views and counts them, in the background, one reading at a time: asked while one runs, it reads once
     * more after it. (Each reading asked for dropped the one running: on a large file, where counting the views takes
     * seconds, changes coming faster than that left the counts as they were for minutes.)
     */
    public CompletableFuture<Void> refresh() {
        return reads.run();
    }

    private CompletableFuture<Void> read() {
        boolean askShown = !shownChosen;
        return executors.watch("views", "The saved views could not be counted", () -> executors.supply(() -> {
            List<Entry> out = new ArrayList<>();
            for (SavedViews.SavedView v : saved.list()) {
                out.add(new Entry(v, count.apply(v.lens())));
            }
            return new Read(out, askShown ? saved.sidebarShown() : java.util.Optional.<Boolean>empty());
        }).thenAccept(read -> {
            entries.setAll(read.entries());
            if (!shownChosen) {
                // As last chosen on this computer; until then, unfolded once there is a view.
                showingFirst = true;
                shown.set(read.shown().orElse(!read.entries().isEmpty() && roomy.getAsBoolean()));
                showingFirst = false;
                shownChosen = read.shown().isPresent();
            }
        }));
    }

    /** Shows a view's filter and order on the board. */
    public void choose(SavedViews.SavedView view) {
        active.set(view.name());
        apply.accept(view);
    }

    /** Saves the board's filter and order under a name (replacing a view of that name); the list is read again. */
    public CompletableFuture<SavedViews.SavedView> saveCurrent(String name) {
        BoardLens lens = currentLens.get();
        DealSort sort = currentSort.get();
        return executors.supply(() -> saved.save(name, lens, sort)).thenCompose(v -> refresh().thenApply(x -> {
            active.set(v.name());
            return v;
        }));
    }

    /** Renames a view (the board's mark follows it); the list is read again. A refusal (a name taken) fails the future. */
    public CompletableFuture<SavedViews.SavedView> rename(String name, String newName) {
        return executors.supply(() -> saved.rename(name, newName)).thenCompose(v -> refresh().thenApply(x -> {
            if (name.equals(active.get())) {
                active.set(v.name());
            }
            return v;
        }));
    }

    /** Deletes a view; the list is read again. */
    public CompletableFuture<Void> delete(String name) {
        return executors.supply(() -> saved.delete(name)).thenCompose(x -> refresh());
    }

    @Override
    public void close() {
        changes.close();
        elsewhere.run();
    }
}
