package com.funnelboard.ui.board;

import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.BulkDeals;
import com.funnelboard.ui.common.Problems;
import com.funnelboard.ui.common.UiExecutors;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One action on the marked cards (see {@link BoardMarks}): move, give to someone, change the expected close date, or
 * trash them, as one change set that Ctrl+Z takes back whole. The status bar says what was done and names each deal left
 * as it was and why; those stay marked, the others let go.
 */
public final class BulkViewModel {

    private final BoardMarks marks = new BoardMarks();
    private final BulkDeals bulk;
    private final UiExecutors executors;
    private final Consumer<String> status;
    /** Every deal of a column with the board's filters, in the column's order (read in the background). */
    private final java.util.function.BiFunction<Stage, com.funnelboard.domain.BoardLens, List<com.funnelboard.domain.DealCard>> column;

    /** @param column every deal of a stage the board's filters let through (read in the background) */
    public BulkViewModel(BulkDeals bulk, UiExecutors executors, Consumer<String> status,
            java.util.function.BiFunction<Stage, com.funnelboard.domain.BoardLens, List<com.funnelboard.domain.DealCard>> column) {
        this.bulk = bulk;
        this.executors = executors;
        this.status = status;
        this.column = column;
    }

    /**
     * Marks every deal of a column the board's filters let through — also those not scrolled to yet (Ctrl+A in a column):
     * a cleanup's "all 312 stale leads", where Shift+click marks only the cards read so far.
     */
    public CompletableFuture<Integer> markAll(Stage stage, com.funnelboard.domain.BoardLens lens) {
        return executors.supply(() -> column.apply(stage, lens)).whenComplete((cards, failure) -> {
            if (failure != null) {
                status.accept(Problems.sentence("The deals of " + stage.label() + " were not marked", failure));
                return;
            }
            marks.mark(cards);
            status.accept("Marked " + (cards.size() == 1 ? "the 1 deal" : String.format("all %,d deals", cards.size())) + " of " + stage.label()
                    + (lens.isEmpty() ? "" : " that the board's filters show") + " (Escape lets go of the marks).");
        }).thenApply(List::size);
    }

    public BoardMarks marks() {
        return marks;
    }

    /**
     * Lets go of the marks when the board's filters change, and says so: a mark the new filters hide was counted by the bar and
     * acted on unseen (a gift reached deals nobody looked at any more). Not while an action runs, which keeps its skipped deals
     * marked when it ends.
     */
    public void letGoWhenFiltersChange(javafx.beans.value.ObservableValue<com.funnelboard.domain.BoardLens> lens) {
        lens.addListener((o, was, now) -> {
            int n = marks.countProperty().get();
            if (n > 0 && !busy.get() && !java.util.Objects.equals(was, now)) {
                marks.clear();
                status.accept("Let go of the " + (n == 1 ? "marked deal" : String.format("%,d marked deals", n))
                        + ": the filters changed what the board shows.");
            }
        });
    }

    /** The marked deals a move to {@code to} finds short of their checklist, and the items a person may confirm for all (read in the background). */
    public CompletableFuture<BulkDeals.Preview> preview(Stage to) {
        List<java.util.UUID> deals = marks.deals();
        return executors.supply(() -> bulk.preview(deals, to)).whenComplete((p, failure) -> {
            if (failure != null) {
                status.accept(Problems.sentence("The marked deals' checklists could not be read", failure)); // said, not swallowed
            }
        });
    }

    /**
     * Moves the marked deals; those short of their checklist move with {@code override} as their reason, or (without one)
     * are left as they are. A move to Lost takes {@code lostReason}.
     */
    public CompletableFuture<BulkDeals.Outcome> move(Stage to, String override, LostReason lostReason, String lostNote) {
        return move(to, override, lostReason, lostNote, null, List.of());
    }

    /** A forward move with the items {@code confirmed} ticked for every marked deal (see {@link BulkDeals#move}). */
    public CompletableFuture<BulkDeals.Outcome> move(Stage to, String override, List<String> confirmed) {
        return move(to, override, null, null, null, confirmed);
    }

    /** As {@link #move(Stage, String, LostReason, String)}; a move to Lost records them lost on {@code lostOn} (null: today). */
    public CompletableFuture<BulkDeals.Outcome> move(Stage to, String override, LostReason lostReason, String lostNote, java.time.LocalDate lostOn) {
        return move(to, override, lostReason, lostNote, lostOn, List.of());
    }

    private CompletableFuture<BulkDeals.Outcome> move(Stage to, String override, LostReason lostReason, String lostNote, java.time.LocalDate lostOn,
            List<String> confirmed) {
        String reason = override == null || override.isBlank() ? null : override.strip();
        java.time.LocalDate day = to == Stage.LOST ? lostOn : null;
        return run("moved", "Moving", () -> bulk.move(marks.deals(), to, confirmed, reason, lostReason, lostNote, day,
                reason == null ? BulkDeals.Unmet.SKIP : BulkDeals.Unmet.REFUSE), "Moved", " to " + to.label()
                // Said, as a single move to Lost does it too: their open follow-ups are done (History counted them, the status not).
                + (to == Stage.LOST ? ", their open follow-ups done" : ""));
    }

    /** Gives the marked deals to the person with this email (and name, if given). */
    public CompletableFuture<BulkDeals.Outcome> giveTo(String email, String name, String shown) {
        return run("given", "Giving", () -> bulk.edit(marks.deals(), BulkDeals.Edit.owner(email, name)), "Gave", " to " + shown);
    }

    /** Leaves the marked deals without an owner. */
    public CompletableFuture<BulkDeals.Outcome> noOwner() {
        return run("changed", "Changing", () -> bulk.edit(marks.deals(), BulkDeals.Edit.noOwner()), "Left", " without an owner");
    }

    /** Sets (null: clears) the expected close date of the marked deals. */
    public CompletableFuture<BulkDeals.Outcome> expectClose(LocalDate day, String shownDay) {
        return run("changed", "Changing", () -> bulk.edit(marks.deals(), BulkDeals.Edit.closeOn(day)), day == null ? "Cleared the expected close date of"
                : "Set the expected close date of", day == null ? "" : " to " + shownDay);
    }

    /** Moves the marked deals to the trash. */
    public CompletableFuture<BulkDeals.Outcome> trash() {
        return run("deleted", "Moving", () -> bulk.delete(marks.deals()), "Moved", " to the trash");
    }

    /** True while an action runs: the bar waits (a second click meanwhile acted on the same deals again). */
    private final javafx.beans.property.ReadOnlyBooleanWrapper busy = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "busy");

    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private CompletableFuture<BulkDeals.Outcome> run(String verb, String doing, Supplier<BulkDeals.Outcome> work, String did, String rest) {
        // Said at once: a move of 744 deals took ten seconds, the bar live and the status bar saying the action before.
        int n = marks.countProperty().get();
        java.util.Map<java.util.UUID, String> titles = new java.util.HashMap<>();
        marks.cards().forEach(c -> titles.put(c.id(), c.title()));
        status.accept(doing + " " + (n == 1 ? "1 deal" : String.format("%,d deals", n)) + "\u2026");
        busy.set(true);
        return executors.supply(work).whenComplete((o, failure) -> {
            busy.set(false);
            if (failure != null) {
                status.accept(Problems.sentence("The deals were not " + verb, failure));
                return;
            }
            marks.keepOnly(o.skipped().stream().map(BulkDeals.Skipped::deal).toList());
            // A deal gone since it was marked is named by the title it had then ("a deal" said nothing).
            status.accept(sentence(new BulkDeals.Outcome(o.changed(), o.unchanged(), o.skipped().stream().map(k -> k.title() != null ? k
                    : new BulkDeals.Skipped(k.deal(), titles.get(k.deal()), k.why())).toList(), o.lastChanged()), did, rest));
        });
    }

    /** "Moved 12 deals to Prospect (Ctrl+Z undoes it). Left as they were, still marked: “Cold”: …". */
    static String sentence(BulkDeals.Outcome o, String did, String rest) {
        StringBuilder b = new StringBuilder();
        if (o.changed() > 0) {
            b.append(did).append(' ').append(o.changed() == 1 ? "1 deal" : String.format("%,d deals", o.changed())).append(rest)
                    .append(" (Ctrl+Z undoes it).");
        } else {
            b.append("Nothing was changed.");
        }
        if (o.unchanged() > 0) {
            b.append(' ').append(o.unchanged() == 1 ? "1 deal was" : String.format("%,d deals were", o.unchanged())).append(" as asked already.");
        }
        if (!o.skipped().isEmpty()) {
            List<String> named = o.skipped().stream().map(k -> (k.title() == null ? "a deal" : "\u201C" + k.title() + "\u201D") + ": " + k.why())
                    .toList();
            b.append(o.skipped().size() == 1 ? " Left as it was, still marked: " : " Left as they were, still marked: ")
                    .append(BulkDeals.named(named, "; ")).append('.');
        }
        return b.toString();
    }
}
