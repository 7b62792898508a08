package com.funnelboard.ui.board;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.service.BoardReads;
import com.funnelboard.service.DealService;
import com.funnelboard.service.MovePlan;
import com.funnelboard.service.NewLead;
import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.ui.common.ChangeFollower;
import com.funnelboard.ui.common.PagedList;
import com.funnelboard.ui.common.UiExecutors;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The board's state and actions. Every read and write runs in the background; results land on
 * the FX thread. Moves are planned here, answered by the view's dialogs, and committed here.
 */
public final class BoardViewModel {

    private final BoardReads board;
    private final DealService deals;
    private final UiExecutors executors;
    private final Map<Stage, ColumnModel> columns = new EnumMap<>(Stage.class);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ChangeFollower changes;
    /** The reads of the columns, each showing the newest asked for it. */
    private final ColumnReads reads;

    /** @param feed what the board learns of changes from: it re-reads the columns a change shows in */
    public BoardViewModel(BoardReads board, DealService deals, ChangeFeed feed, UiExecutors executors) {
        this.board = board;
        this.deals = deals;
        this.executors = executors;
        this.reads = new ColumnReads(board, executors, columns, owners, loading, rotRule, () -> rotRules.get(), () -> shownLens, shownSorts);
        for (Stage stage : Stage.values()) {
            PagedList<DealCard> list = new PagedList<>((offset, limit) -> board.page(stage, offset, limit, shownLens, shownSorts.get(stage)), executors,
                    "board-" + stage.key(), "Cards in " + stage.label() + " could not be loaded");
            ColumnModel column = new ColumnModel(stage, list);
            column.collapsedProperty().set(stage.isClosed());
            columns.put(stage, column);
            column.sortProperty().addListener((o, was, now) -> {
                DealSort shown = now == null ? DealSort.NEWEST : now;
                if (shown != shownSorts.get(stage)) {
                    shownSorts.put(stage, shown);
                    if (!sortingAll) {
                        reads.refresh(EnumSet.of(stage), false);
                    }
                }
            });
        }
        this.changes = ChangeFollower.follow(feed, executors, n -> n.touchesAny(ChangeNotice.DEAL, ChangeNotice.CONTACT,
                ChangeNotice.ORGANIZATION, ChangeNotice.FOLLOW_UP, ChangeNotice.STAGE_CHANGE, ChangeNotice.SETTINGS,
                ChangeNotice.INTERACTION), reads::follow); // an interaction moves the score a card shows
    }

    /** Which deals the board shows and in what order; read by the background reads, set on the FX thread. */
    private volatile com.funnelboard.domain.BoardLens shownLens = com.funnelboard.domain.BoardLens.ALL;
    /** The order of each column's cards; read by the background reads, set on the FX thread. */
    private final Map<Stage, DealSort> shownSorts = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean sortingAll;

    {
        for (Stage s : Stage.values()) {
            shownSorts.put(s, DealSort.NEWEST);
        }
    }
    private final javafx.beans.property.ObjectProperty<com.funnelboard.domain.BoardLens> lens =
            new javafx.beans.property.SimpleObjectProperty<>(this, "lens", com.funnelboard.domain.BoardLens.ALL);
    private final javafx.beans.property.ObjectProperty<com.funnelboard.domain.DealSort> sort =
            new javafx.beans.property.SimpleObjectProperty<>(this, "sort", com.funnelboard.domain.DealSort.NEWEST);

    {
        lens.addListener((o, was, now) -> {
            com.funnelboard.domain.BoardLens shown = now == null ? com.funnelboard.domain.BoardLens.ALL : now;
            if (!shown.owner().equals(this.owners.selectedProperty().get().filter())) {
                this.owners.choose(shown.owner());
            }
            for (ColumnModel c : columns.values()) {
                c.setFiltered(!shown.isEmpty());
            }
            // A report's bar about won or lost deals shows its deals in that column, folded or not.
            com.funnelboard.domain.Stage about = switch (shown.report()) {
                case com.funnelboard.domain.ReportSlice.Lost l -> com.funnelboard.domain.Stage.LOST;
                case com.funnelboard.domain.ReportSlice.WonIn w -> com.funnelboard.domain.Stage.WON;
                case com.funnelboard.domain.ReportSlice.Entered e -> e.stage();
                case null, default -> null;
            };
            if (about != null) {
                columns.get(about).collapsedProperty().set(false);
            }
            if (was != null && was.report() != null && !java.util.Objects.equals(was.report(), shown.report())) {
                status.set(""); // what the status bar said of the report's bar no longer holds
            }
            if (!shown.equals(shownLens)) {
                shownLens = shown;
                refresh();
            }
            BoardMemory remembering = this.memory;
            if (remembering != null && (was == null || !was.owner().equals(shown.owner()))) {
                remembering.owner(shown.owner());
            }
            if (remembering != null && (was == null || !was.withOwner(shown.owner()).withReport(null).equals(shown.withReport(null)))) {
                remembering.filters(shown);
            }
        });
        sort.addListener((o, was, now) -> sortAll(now == null ? DealSort.NEWEST : now));
    }

    /** Orders every column so (the filter bar's Sort, a saved view), even when the board's order already says so. */
    public void sortAllColumns(DealSort order) {
        if (sort.get() == order) {
            sortAll(order);
        } else {
            sort.set(order);
        }
    }

    /** Every column in one order: one read of the board. */
    private void sortAll(DealSort order) {
        sortingAll = true;
        try {
            columns.values().forEach(c -> c.sortProperty().set(order));
        } finally {
            sortingAll = false;
        }
        refresh();
        if (memory != null) {
            memory.boardSort(order);
        }
    }

    /** Where the board's choices are remembered; null until {@link #rememberSortsIn} has read what was. */
    private BoardMemory memory;

    /**
     * Where each column's order is remembered (this installation's settings): the orders remembered
     * are read now and shown, and every order chosen later is kept there.
     */
    public CompletableFuture<Void> rememberSortsIn(com.funnelboard.service.SavedViews saved) {
        BoardMemory remembering = new BoardMemory(saved, executors);
        return remembering.read().thenAccept(remembered -> {
            Map<Stage, DealSort> sorts = remembered.sorts();
            // The owner filter and the other filters the board was left with ("My deals" on a shared file, a saved view's
            // source and value range): one read with all of them.
            com.funnelboard.domain.BoardLens left = remembered.filters().withOwner(remembered.owner()).withReport(lens.get().report());
            boolean changedLens = !left.equals(lens.get());
            if (changedLens) {
                shownLens = left;
                lens.set(shownLens);
            }
            Set<Stage> changed = changedLens ? EnumSet.allOf(Stage.class) : EnumSet.noneOf(Stage.class);
            sortingAll = true;
            try {
                sorts.forEach((stage, order) -> {
                    if (shownSorts.get(stage) != order) {
                        changed.add(stage);
                        columns.get(stage).sortProperty().set(order);
                    }
                });
            } finally {
                sortingAll = false;
            }
            memory = remembering;
            reads.refresh(changed, false);
        });
    }

    /** Orders one column's cards (its header's Sort menu); the order is remembered for that column. */
    public void sortColumn(Stage stage, DealSort order) {
        columns.get(stage).sortProperty().set(order);
        if (memory != null) {
            memory.columnSort(stage, order);
        }
    }

    /** The board's filter (the owner filter is part of it); every column is read again when it changes. */
    public javafx.beans.property.ObjectProperty<com.funnelboard.domain.BoardLens> lensProperty() {
        return lens;
    }

    /** The order of the cards in every column (setting it orders every column so); every column is read again when it changes. */
    public javafx.beans.property.ObjectProperty<com.funnelboard.domain.DealSort> sortProperty() {
        return sort;
    }
    private final OwnerChoices owners = new OwnerChoices(this::showOwners);

    /** The owner filter: its choices, the one chosen, and whether cards show their owner's initials. */
    public OwnerChoices owners() {
        return owners;
    }

    /** Where the people who own deals are read from (none: the filter offers only Everyone). */
    public void setPeople(com.funnelboard.service.PeopleService people) {
        owners.setPeople(people);
    }

    private MoveDrafts moveDrafts;

    /** Where the move dialog keeps its typing on this installation (none: it is kept nowhere). */
    public void setMoveDrafts(MoveDrafts drafts) {
        this.moveDrafts = drafts;
    }

    MoveDrafts moveDrafts() {
        if (moveDrafts == null) {
            moveDrafts = MoveDrafts.none(executors);
        }
        return moveDrafts;
    }

    /** Shows the deals the filter lets through (everyone's, one person's, nobody's): every column is read again. */
    private void showOwners(OwnerFilter filter) {
        if (!filter.equals(lens.get().owner())) {
            lens.set(lens.get().withOwner(filter));
        }
    }

    public ColumnModel column(Stage stage) {
        return columns.get(stage);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A short sentence about the last thing that happened ("Moved … to Prospect"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String text) {
        status.set(text);
    }

    /** Where failed background work is shown and logged. */
    public com.funnelboard.ui.common.Problems problems() {
        return executors.problems();
    }

    private final javafx.beans.property.ObjectProperty<com.funnelboard.domain.RotRule> rotRule =
            new javafx.beans.property.SimpleObjectProperty<>(this, "rotRule", com.funnelboard.domain.RotRule.defaults());
    private java.util.function.Supplier<com.funnelboard.domain.RotRule> rotRules = com.funnelboard.domain.RotRule::defaults;

    /** When a card counts as rotting; re-read with every full refresh (the start, a settings change). */
    public javafx.beans.property.ReadOnlyObjectProperty<com.funnelboard.domain.RotRule> rotRuleProperty() {
        return rotRule;
    }

    /** Where the rot thresholds are read from (the settings). */
    public void setRotRules(java.util.function.Supplier<com.funnelboard.domain.RotRule> rules) {
        this.rotRules = rules;
    }

    /**
     * Re-reads every column: one grouped query for the headers, one page query per column. A
     * failure shows in the status bar, with Retry, until a refresh succeeds.
     */
    public CompletableFuture<Void> refresh() {
        return reads.refreshAll();
    }

    private static final String FILTERS = "board.filters";
    private final java.util.concurrent.atomic.AtomicBoolean filtersPrepared = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Reads ahead, in the background and once, what filtering needs (every deal's facets, about a
     * second at 100,000 deals): called when the rep reaches for the filter bar or the saved views, so
     * the first filter applied is as quick as the rest.
     */
    public void prepareFilters() {
        if (filtersPrepared.compareAndSet(false, true)) {
            executors.watch(FILTERS, "The board's filters could not be prepared", () -> executors.supply(() -> {
                board.prepareFilters();
                return null;
            }));
        }
    }

    /** The values in use the profile filters under More filters match (a few per filter, most used first), read in the background. */
    public CompletableFuture<Map<String, List<String>>> filterHints() {
        return executors.problems().logFailure("The filters' hints could not be read", executors.supply(() -> board.filterHints(FILTER_HINTS)));
    }

    /** How many values in use each filter's hint names. */
    static final int FILTER_HINTS = 8;

    /** What moving the deal involves (transition, checklist, evidence); nothing is written. */
    public CompletableFuture<MovePlan> plan(UUID dealId, Stage to) {
        return executors.supply(() -> deals.plan(dealId, to));
    }

    /**
     * Commits a move through the gate; completes once the board shows it.
     *
     * @return the recorded stage change; fails with the service's refusal when the gate says no
     */
    public CompletableFuture<StageChange> commit(MoveRequest request) {
        return commitMove(request).thenApply(DealService.MoveResult::change);
    }

    /** As {@link #commit}, with the deal as moved and the open follow-ups a move to Lost closed. */
    public CompletableFuture<DealService.MoveResult> commitMove(MoveRequest request) {
        return executors.supply(() -> deals.moveReturningDeal(request)).thenCompose(moved -> changes.settled().thenApply(v -> moved));
    }

    /** Creates a lead; completes with the new deal's id once the board shows it. */
    public CompletableFuture<List<String>> organizationsStarting(String typed) {
        return executors.problems().logFailure("Organizations could not be suggested", executors.supply(() -> deals.organizationsStarting(typed, 8)));
    }

    public CompletableFuture<UUID> createLead(NewLead lead) {
        return executors.supply(() -> deals.createLead(lead)).thenCompose(id -> changes.settled().thenApply(v -> id));
    }

    /** Creates the lead's deal for a stored contact (New lead found them by the address or number typed); completes once the board shows it. */
    public CompletableFuture<UUID> createDealFor(UUID contactId, NewLead lead) {
        return executors.supply(() -> deals.createDeal(contactId, lead.title(), lead.value(), lead.currency(), lead.locale()))
                .thenCompose(id -> changes.settled().thenApply(v -> id));
    }

    /** Where a deal now sits in its column, to select it after a change. */
    /** Whether a deal is in the trash, read in the background. */
    /** A live deal by its id, whatever the filters: one they leave out still opens in the detail pane. */
    public CompletableFuture<java.util.Optional<com.funnelboard.domain.Deal>> liveDeal(UUID dealId) {
        return executors.problems().watch("board-select", "The deal could not be found", executors.supply(() -> board.liveDeal(dealId)));
    }

    public CompletableFuture<Integer> positionOf(UUID dealId) {
        return executors.problems().watch("board-select", "The deal could not be found on the board",
                executors.supply(() -> board.positionOf(dealId, shownLens, Map.copyOf(shownSorts))));
    }
}
