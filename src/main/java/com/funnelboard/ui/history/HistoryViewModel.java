package com.funnelboard.ui.history;

import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.HistoryService;
import com.funnelboard.service.HistorySentences;
import com.funnelboard.ui.common.ChangeFollower;
import com.funnelboard.ui.common.Changes;
import com.funnelboard.ui.common.UiExecutors;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The History tab: the change sets of the deal shown (with its contact's) or of the contact,
 * newest first, in words; read again after every change set that is committed while it is shown.
 * A failure to read it shows in the status bar with Retry.
 */
public final class HistoryViewModel {

    /** How many change sets the tab shows. */
    static final int LIMIT = 200;

    private final HistoryService history;
    private final HistorySentences sentences;
    private final UiExecutors executors;
    private final ObservableList<HistorySentences.Entry> entries = FXCollections.observableArrayList();
    @SuppressWarnings("unused") // kept for as long as the tab lives
    private final ChangeFollower changes;
    private UUID contact;
    private UUID deal;

    public HistoryViewModel(HistoryService history, HistorySentences sentences, ChangeFeed feed, UiExecutors executors) {
        this.history = history;
        this.sentences = sentences;
        this.executors = executors;
        this.changes = ChangeFollower.follow(feed, executors, n -> true, this::follow);
    }

    public ObservableList<HistorySentences.Entry> entries() {
        return entries;
    }

    /** Shows the history of a deal (with its contact's) or, with no deal, of a contact. */
    public CompletableFuture<Void> show(UUID contactId, UUID dealId) {
        if (Objects.equals(contactId, contact) && Objects.equals(dealId, deal)) {
            return CompletableFuture.completedFuture(null);
        }
        contact = contactId;
        deal = dealId;
        return load();
    }

    private CompletableFuture<Void> follow(Changes batch) {
        return contact == null && deal == null ? CompletableFuture.completedFuture(null) : load();
    }

    private CompletableFuture<Void> load() {
        UUID c = contact;
        UUID d = deal;
        if (c == null && d == null) {
            entries.clear();
            return CompletableFuture.completedFuture(null);
        }
        return executors.watch("history", "The history could not be read", () -> executors.supply(() -> history.readable(c, d, LIMIT,
                sentences)).thenAccept(list -> {
                    if (Objects.equals(c, contact) && Objects.equals(d, deal)) {
                        entries.setAll(list);
                    }
                }));
    }
}
