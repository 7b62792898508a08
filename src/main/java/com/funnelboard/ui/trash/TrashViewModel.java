package com.funnelboard.ui.trash;

import com.funnelboard.ui.common.Problems;
import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.TrashEntry;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.DealEditing;
import com.funnelboard.ui.common.ChangeFollower;
import com.funnelboard.ui.common.Changes;
import com.funnelboard.ui.common.UiExecutors;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Trash page: deals, contacts and organizations deleted in the last 30 days, newest first, with Restore. */
public final class TrashViewModel {

    private final DealEditing editing;
    private final UiExecutors executors;
    private final Consumer<String> status;
    private final ObservableList<TrashEntry> entries = FXCollections.observableArrayList();
    @SuppressWarnings("unused") // kept for as long as the page lives
    private final ChangeFollower changes;

    /** @param status where the outcome of a restore, or a failure to read, is said */
    public TrashViewModel(DealEditing editing, ChangeFeed feed, UiExecutors executors, Consumer<String> status) {
        this.editing = editing;
        this.executors = executors;
        this.status = status;
        this.changes = ChangeFollower.follow(feed, executors, n -> n.touchesAny(ChangeNotice.DEAL, ChangeNotice.CONTACT, ChangeNotice.ORGANIZATION), this::follow);
    }

    public ObservableList<TrashEntry> entries() {
        return entries;
    }

    /** Reads the trash again. */
    public CompletableFuture<Void> refresh() {
        return executors.watch("trash", "The trash could not be read", () -> executors.supply(editing::trash).thenAccept(entries::setAll));
    }

    /** Takes one entry out of the trash; the page and the board follow from the change it records. */
    public CompletableFuture<Void> restore(TrashEntry entry) {
        return executors.supply(() -> editing.restore(entry.id())).handle((said, failure) -> {
            if (failure != null) {
                executors.problems().log("Not restored", failure);
            }
            status.accept(failure == null ? said + "." : "Not restored: " + Problems.unwrap(failure).getMessage());
            return null;
        });
    }

    private CompletableFuture<Void> follow(Changes batch) {
        return refresh();
    }
}
