package com.funnelboard.ui.board;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.StageSummary;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.DealService;
import com.funnelboard.service.MovePlan;
import com.funnelboard.service.NewLead;
import com.funnelboard.ui.common.PagedList;
import com.funnelboard.ui.common.UiExecutors;
import java.util.EnumMap;
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

    private final BoardService board;
    private final DealService deals;
    private final UiExecutors executors;
    private final Map<Stage, ColumnModel> columns = new EnumMap<>(Stage.class);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public BoardViewModel(BoardService board, DealService deals, UiExecutors executors) {
        this.board = board;
        this.deals = deals;
        this.executors = executors;
        for (Stage stage : Stage.values()) {
            PagedList<DealCard> list = new PagedList<>((offset, limit) -> board.page(stage, offset, limit), executors.background(),
                    executors.fx());
            ColumnModel column = new ColumnModel(stage, list);
            column.collapsedProperty().set(stage.isClosed());
            columns.put(stage, column);
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

    private Runnable onChanged = () -> {};
    private final javafx.beans.property.ObjectProperty<com.funnelboard.domain.RotRule> rotRule =
            new javafx.beans.property.SimpleObjectProperty<>(this, "rotRule", com.funnelboard.domain.RotRule.defaults());
    private java.util.function.Supplier<com.funnelboard.domain.RotRule> rotRules = com.funnelboard.domain.RotRule::defaults;

    /** When a card counts as rotting; re-read with every refresh. */
    public javafx.beans.property.ReadOnlyObjectProperty<com.funnelboard.domain.RotRule> rotRuleProperty() {
        return rotRule;
    }

    /** Where the rot thresholds are read from (the settings). */
    public void setRotRules(java.util.function.Supplier<com.funnelboard.domain.RotRule> rules) {
        this.rotRules = rules;
    }

    /** Runs after every refresh of the board (a move, a new lead), so other views can follow. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Re-reads every column: one grouped query for the headers, one page query per column. */
    public CompletableFuture<Void> refresh() {
        loading.set(true);
        return executors.supply(() -> {
                    Map<Stage, StageSummary> summaries = board.summaries();
                    Map<Stage, List<DealCard>> first = new EnumMap<>(Stage.class);
                    for (Stage s : Stage.values()) {
                        first.put(s, summaries.get(s).count() == 0 ? List.of() : board.page(s, 0, PagedList.PAGE_SIZE));
                    }
                    return new Snapshot(summaries, first, rotRules.get());
                })
                .thenAccept(snapshot -> {
                    rotRule.set(snapshot.rot());
                    for (Stage s : Stage.values()) {
                        ColumnModel c = columns.get(s);
                        StageSummary summary = snapshot.summaries().get(s);
                        c.summaryProperty().set(summary);
                        c.cards().reset((int) Math.min(Integer.MAX_VALUE, summary.count()), snapshot.firstPages().get(s));
                    }
                })
                .whenComplete((v, e) -> loading.set(false));
    }

    /** Re-reads the board after a change made here, then tells the views that follow it. */
    private CompletableFuture<Void> refreshAfterChange() {
        return refresh().thenRun(() -> onChanged.run());
    }

    private record Snapshot(Map<Stage, StageSummary> summaries, Map<Stage, List<DealCard>> firstPages,
            com.funnelboard.domain.RotRule rot) {}

    /** What moving the deal involves (transition, checklist, evidence); nothing is written. */
    public CompletableFuture<MovePlan> plan(UUID dealId, Stage to) {
        return executors.supply(() -> deals.plan(dealId, to));
    }

    /**
     * Commits a move through the gate, then refreshes the board.
     *
     * @return the recorded stage change; fails with the service's refusal when the gate says no
     */
    public CompletableFuture<StageChange> commit(MoveRequest request) {
        return executors.supply(() -> deals.move(request)).thenCompose(change -> refreshAfterChange().thenApply(v -> change));
    }

    /** Creates a lead and refreshes; completes with the new deal's id. */
    public CompletableFuture<UUID> createLead(NewLead lead) {
        return executors.supply(() -> deals.createLead(lead)).thenCompose(id -> refresh().thenApply(v -> id));
    }

    /** Where a deal now sits in its column, to select it after a change. */
    public CompletableFuture<Integer> positionOf(UUID dealId) {
        return executors.supply(() -> board.positionOf(dealId));
    }
}
