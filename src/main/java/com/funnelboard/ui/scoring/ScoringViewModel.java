package com.funnelboard.ui.scoring;

import com.funnelboard.domain.scoring.IdealCustomerProfile;
import com.funnelboard.domain.scoring.ScoringRules;
import com.funnelboard.service.ScoringService;
import com.funnelboard.ui.common.UiExecutors;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * File → Scoring…: the lead scoring rules and the ideal customer profile, read and saved in the
 * background (saving scores every deal again); a failure shows in the status bar.
 */
public final class ScoringViewModel {

    /** What the dialog edits. */
    public record Setup(ScoringRules rules, IdealCustomerProfile profile) {}

    private final ScoringService scoring;
    private final UiExecutors executors;
    private final Consumer<String> status;

    public ScoringViewModel(ScoringService scoring, UiExecutors executors, Consumer<String> status) {
        this.scoring = scoring;
        this.executors = executors;
        this.status = status;
    }

    /** The rules and profile in force (completes on the FX thread). */
    public CompletableFuture<Setup> load() {
        return executors.watch("scoring", "The scoring rules could not be read", () -> executors.supply(() -> new Setup(scoring.rules(), scoring.profile())));
    }

    /** The problems of an edited setup, one sentence each (empty: it can be saved). */
    public static java.util.List<String> problems(Setup s) {
        java.util.List<String> out = new java.util.ArrayList<>(s.rules().problems());
        out.addAll(s.profile().problems());
        return out;
    }

    /** Saves both and scores every deal again, in the background; says so in the status bar. */
    public CompletableFuture<Void> save(Setup s) {
        status.accept("Scoring every deal again\u2026");
        return executors.watch("scoring", "The scoring rules were not saved", () -> executors.supply(() -> {
            scoring.save(s.rules(), s.profile());
            return null;
        })).thenRun(() -> status.accept("Saved the scoring rules; every deal is scored by them."));
    }

    /**
     * Saves what was changed from {@code shown} (what the dialog showed) onto the rules as they are now: a rule changed beside
     * the dialog meanwhile (a teammate's merge, a command) is kept, and said; it was written back with the dialog's whole.
     */
    public CompletableFuture<Void> save(Setup shown, Setup edited) {
        status.accept("Scoring every deal again\u2026");
        return executors.watch("scoring", "The scoring rules were not saved", () -> executors.supply(
                () -> scoring.saveChanges(shown.rules(), shown.profile(), edited.rules(), edited.profile())))
                .thenAccept(kept -> status.accept(kept.isEmpty() ? "Saved the scoring rules; every deal is scored by them."
                        : "Saved your changes to the scoring rules and kept " + (kept.size() == 1 ? "one" : kept.size())
                        + " changed beside this dialog while it was open (" + String.join(", ", kept) + "); every deal is scored by them."));
    }
}
