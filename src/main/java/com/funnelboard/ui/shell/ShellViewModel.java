package com.funnelboard.ui.shell;

import com.funnelboard.service.SamplePipeline;
import com.funnelboard.service.SetupService;
import com.funnelboard.ui.common.UiExecutors;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;

/** First-start decisions and long-running work of the main window. */
public final class ShellViewModel {

    /** Deals in the sample offered on first start. */
    public static final int SAMPLE_DEALS = 300;

    private final SetupService setup;
    private final SamplePipeline sample;
    private final UiExecutors executors;
    private final String databaseName;

    private com.funnelboard.service.PipelineSettings pipeline;

    private java.util.function.Supplier<com.funnelboard.domain.DatabaseCheck> databaseCheck;

    /** How the open database is checked (Help → Check database). */
    public void setDatabaseCheck(java.util.function.Supplier<com.funnelboard.domain.DatabaseCheck> check) {
        this.databaseCheck = check;
    }

    /** Checks the open database in the background: integrity, references, schema; a failure shows in the status bar. */
    public CompletableFuture<com.funnelboard.domain.DatabaseCheck> checkDatabase() {
        return executors.problems().watch("check", "The database could not be checked", executors.supply(databaseCheck));
    }

    private java.util.function.Supplier<com.funnelboard.domain.DatabaseCheck> startCheck;

    /**
     * The check the open left for after the first screen (SQLite's quick check and the reference
     * check of a file exactly as this installation closed it); null when the file was fully checked
     * before it was used.
     */
    public void setStartCheck(java.util.function.Supplier<com.funnelboard.domain.DatabaseCheck> check) {
        this.startCheck = check;
    }

    /** Runs the check left for after the first screen, in the background: its verdict when it found problems. */
    public CompletableFuture<Optional<com.funnelboard.domain.DatabaseCheck>> checkAfterStart() {
        if (startCheck == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return executors.problems().watch("check", "The database could not be checked", executors.supply(startCheck))
                .thenApply(check -> check.healthy() ? Optional.<com.funnelboard.domain.DatabaseCheck>empty() : Optional.of(check));
    }

    /** Where failed background work is shown and logged (the status bar's problem part). */
    public com.funnelboard.ui.common.Problems problems() {
        return executors.problems();
    }

    /** Where the rot thresholds are kept. */
    private com.funnelboard.service.PeopleService people;

    /** Who uses this installation: asked on first start, changed in Settings. */
    public void setPeople(com.funnelboard.service.PeopleService people) {
        this.people = people;
    }

    /**
     * The question who uses this database: what it suggests, and who used the file on another computer when it was copied from
     * there (empty: a database new here).
     */
    public record IdentityQuestion(com.funnelboard.domain.Person suggested, Optional<com.funnelboard.domain.Person> copiedFrom, long unowned,
            boolean othersOwn) {}

    /** Whether to ask who uses this installation (first start, or a file copied from elsewhere), with what to suggest. */
    public CompletableFuture<Optional<IdentityQuestion>> identityToAsk() {
        if (people == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return executors.problems().logFailure("Could not tell who uses this installation",
                executors.supply(() -> people.needsAsking() ? Optional.of(new IdentityQuestion(people.suggestion(), people.copiedFrom(),
                        people.unowned(), !people.owners().isEmpty()))
                        : Optional.<IdentityQuestion>empty()));
    }

    /** Who uses this installation now, if known (read in the background). */
    public CompletableFuture<Optional<com.funnelboard.domain.Person>> me() {
        return people == null ? CompletableFuture.completedFuture(Optional.empty()) : executors.supply(people::me);
    }

    /** Keeps who uses this installation; completes with what it did in words (failures show in the status bar). */
    public CompletableFuture<String> saveIdentity(String name, String email, boolean takeUnowned) {
        return executors.problems().watch("identity", "Who you are was not saved", executors.supply(() -> {
            com.funnelboard.service.PeopleService.Saved saved = people.setIdentity(name, email, takeUnowned);
            int n = saved.claimedDeals();
            int moved = saved.movedDeals();
            return "Working as " + saved.person().author() + (n == 0 ? "" : "; " + saved.claimed() + " " + (n == 1 ? "is" : "are")
                    + " now yours") + (moved == 0 ? "" : "; your " + moved
                    + (moved == 1 ? " deal follows" : " deals follow") + " you to the new address") + ".";
        }));
    }

    public void setPipelineSettings(com.funnelboard.service.PipelineSettings pipeline) {
        this.pipeline = pipeline;
    }

    public CompletableFuture<com.funnelboard.domain.RotRule> rotRule() {
        return executors.problems().watch("settings", "The settings could not be read", executors.supply(pipeline::rotRule));
    }

    public CompletableFuture<Void> saveRotThresholds(java.util.Map<com.funnelboard.domain.Stage, Integer> days) {
        return executors.watch("settings", "The thresholds were not saved", () -> executors.supply(() -> {
            days.forEach(pipeline::setRotThreshold);
            return null;
        }));
    }

    public ShellViewModel(SetupService setup, SamplePipeline sample, UiExecutors executors, String databaseName) {
        this.setup = setup;
        this.sample = sample;
        this.executors = executors;
        this.databaseName = databaseName;
    }

    public String databaseName() {
        return databaseName;
    }

    /** Whether to offer the sample pipeline (an empty database whose user was not asked yet). */
    public CompletableFuture<Boolean> shouldOfferSample() {
        return executors.problems().logFailure("Could not tell whether the database is new", executors.supply(setup::shouldOfferSample));
    }

    /** Remembers that the offer was made, whatever the answer. */
    public CompletableFuture<Void> sampleOffered() {
        return executors.problems().logFailure("Could not remember that the sample was offered", executors.supply(() -> {
            setup.markSampleOffered();
            return null;
        }));
    }

    /** The New lead form's draft kept on this installation (empty when none), read in the background. */
    public CompletableFuture<java.util.Map<String, String>> newLeadDraft() {
        return executors.problems().logFailure("The lead you were adding could not be read back", executors.supply(() -> setup.draft("new-lead")));
    }

    /** Keeps what was typed in New lead on this installation, so a quit or a crash does not lose it; empty forgets it. */
    public CompletableFuture<Void> keepNewLeadDraft(java.util.Map<String, String> fields) {
        return executors.problems().logFailure("The lead you were adding could not be kept", executors.supply(() -> {
            setup.keepDraft("new-lead", fields);
            return null;
        }));
    }

    /** The detail pane's width as the user left it on this installation, in pixels; NaN when none is kept (or it does not read). */
    public CompletableFuture<Double> paneWidth() {
        return executors.problems().logFailure("The detail pane's width could not be read", executors.supply(() -> setup.preference(PANE_WIDTH).map(s -> {
            try {
                double width = Double.parseDouble(s);
                return width >= 100 && width <= 10_000 ? width : Double.NaN;
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }).orElse(Double.NaN)));
    }

    /** The board's share of the width until the user drags the divider: at 1366 px the detail pane gets about 340 px and the five columns fit beside it. */
    public static final double DEFAULT_DIVIDER = 0.75;

    private static final String PANE_WIDTH = "detail.width";

    public CompletableFuture<Void> savePaneWidth(double width) {
        return executors.problems().logFailure("The detail pane's width could not be remembered", executors.supply(() -> {
            setup.setPreference(PANE_WIDTH, String.format(java.util.Locale.ROOT, "%.1f", width));
            return null;
        }));
    }

    /** Whether the detail pane was left shown (true unless the user hid it on this installation). */
    public CompletableFuture<Boolean> detailPaneShown() {
        return executors.problems().logFailure("Whether the detail pane is shown could not be read",
                executors.supply(() -> !"false".equals(setup.preference(DETAIL_SHOWN).orElse("true"))));
    }

    /** Remembers, on this installation only (a local setting, never in the change log), whether the detail pane is shown. */
    public CompletableFuture<Void> saveDetailPaneShown(boolean shown) {
        return executors.problems().logFailure("Whether the detail pane is shown could not be remembered", executors.supply(() -> {
            setup.setPreference(DETAIL_SHOWN, Boolean.toString(shown));
            return null;
        }));
    }

    static final String DETAIL_SHOWN = "detail.shown";

    /** The user's locale, in which amounts are typed. */
    public java.util.Locale locale() {
        return setup.locale();
    }

    /** The currency new deals get; a failure shows in the status bar. */
    public CompletableFuture<String> defaultCurrency() {
        return executors.problems().watch("currency", "The default currency could not be read", executors.supply(setup::defaultCurrency));
    }

    /** A background task that writes the sample pipeline, all of it or nothing, reporting progress. */
    public SampleTask sampleTask(long seed, int deals, String currency) {
        SampleTask task = new SampleTask(sample, seed, deals, currency);
        executors.background().execute(task);
        return task;
    }

    /**
     * Writes the sample pipeline in one transaction. {@link #stop} asks it to stop: the sample is
     * rolled back, and the task then fails with a {@link java.util.concurrent.CancellationException}
     * — nothing was added. (Unlike {@code cancel()}, whose handlers run before the rollback, the
     * outcome is known only once the transaction is over: a stop that comes after the commit lets
     * the task succeed.)
     */
    public static final class SampleTask extends Task<Long> {

        private final SamplePipeline sample;
        private final long seed;
        private final int deals;
        private final String currency;
        private final AtomicBoolean stop = new AtomicBoolean();

        SampleTask(SamplePipeline sample, long seed, int deals, String currency) {
            this.sample = sample;
            this.seed = seed;
            this.deals = deals;
            this.currency = currency;
        }

        public void stop() {
            stop.set(true);
        }

        @Override
        protected Long call() {
            updateMessage("Loading a sample pipeline…");
            return sample.generate(seed, deals, currency, (done, total) -> {
                updateProgress(done, total);
                updateMessage("Loading a sample pipeline… " + done + " of " + total + " deals");
            }, () -> stop.get() || isCancelled());
        }
    }
}
