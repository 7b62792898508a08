package com.funnelboard.ui.deal;

import com.funnelboard.domain.ContactSummary;
import com.funnelboard.service.ContactService;
import com.funnelboard.ui.common.UiExecutors;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.List;

/**
 * Giving a deal to another contact (the champion left, the buyer changed): the contacts a search
 * finds, read in the background, and the change itself, one undoable change set.
 */
public final class GiveDealViewModel {

    /** How many contacts a search lists: type more to find one further down. */
    static final int LISTED = 50;

    private final ContactService contacts;
    private final UiExecutors executors;

    public GiveDealViewModel(ContactService contacts, UiExecutors executors) {
        this.contacts = contacts;
        this.executors = executors;
    }

    /** The contacts matching {@code text} (all, by name, when blank), without {@code except} (the deal's own). */
    public CompletableFuture<List<ContactSummary>> search(String text, UUID except) {
        return executors.problems().logFailure("Contacts could not be listed", executors.supply(() -> contacts.contacts(text, LISTED + 1)
                .stream().filter(c -> !c.id().equals(except)).limit(LISTED).toList()));
    }

    /** Gives the deal to {@code to}; completes with what the status bar says. */
    public CompletableFuture<String> give(UUID deal, String title, ContactSummary to) {
        return executors.problems().logFailure("The deal was not given to " + to.name(), executors.supply(() -> {
            contacts.giveDeal(deal, to.id());
            return "Gave \u201C" + title + "\u201D to " + to.name() + " (Ctrl+Z gives it back).";
        }));
    }
}
