package com.funnelboard.ui.report;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.ReportService;
import com.funnelboard.ui.common.ChangeFollower;
import com.funnelboard.ui.common.Changes;
import com.funnelboard.ui.common.UiExecutors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Reports page: the funnel, win rate and velocity, forecast and lost reasons for a period,
 * computed in the background and read again when deals or their moves change while it is shown.
 */
public final class ReportsViewModel {

    /** The periods the page offers, up to today. */
    public enum Range {
        MONTH("This month"), QUARTER("This quarter"), YEAR("This year");

        private final String label;

        Range(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        ReportService.Period period(LocalDate today) {
            return switch (this) {
                case MONTH -> new ReportService.Period(today.withDayOfMonth(1), today);
                case QUARTER -> new ReportService.Period(today.with(IsoFields.DAY_OF_QUARTER, 1), today);
                case YEAR -> new ReportService.Period(today.withDayOfYear(1), today);
            };
        }
    }

    /** Everything the page shows, read at once. */
    public record Reports(ReportService.Funnel funnel, ReportService.Velocity velocity, ReportService.Forecast forecast,
            ReportService.LostReasons lost, ReportService.Pipeline pipeline) {}

    private final ReportService reports;
    private final Supplier<String> currency;
    private final Clock clock;
    private final UiExecutors executors;
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(this, "range", Range.QUARTER);
    private final ReadOnlyObjectWrapper<Reports> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    @SuppressWarnings("unused") // kept for as long as the page lives
    private final ChangeFollower changes;
    private boolean visible;

    /** @param currency the database's currency, read in the background */
    public ReportsViewModel(ReportService reports, Supplier<String> currency, Clock clock, ChangeFeed feed, UiExecutors executors) {
        this.reports = reports;
        this.currency = currency;
        this.clock = clock;
        this.executors = executors;
        range.addListener((o, a, b) -> refresh());
        this.changes = ChangeFollower.follow(feed, executors, n -> n.touchesAny(ChangeNotice.DEAL, ChangeNotice.STAGE_CHANGE), this::follow);
    }

    public ObjectProperty<Range> rangeProperty() {
        return range;
    }

    public ReadOnlyObjectProperty<Reports> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Reads every report again for the chosen period; a failure shows in the status bar with Retry. */
    public CompletableFuture<Void> refresh() {
        Range r = range.get();
        return executors.watch("reports", "The reports could not be computed", () -> executors.supply(() -> {
            ReportService.Period p = r.period(LocalDate.now(clock));
            String c = currency.get();
            return new Reports(reports.funnel(p), reports.velocity(p, c), reports.forecast(c), reports.lostReasons(p, c),
                    reports.pipeline(p, c));
        }).thenAccept(result -> {
            if (r == range.get()) {
                shown.set(result);
            }
        }));
    }

    /** Whether the page is on screen: only then do changes make it read the reports again (and showing it does). */
    public void setShowing(boolean showing) {
        boolean was = visible;
        visible = showing;
        if (showing && !was) {
            refresh();
        }
    }

    private CompletableFuture<Void> follow(Changes batch) {
        return visible ? refresh() : CompletableFuture.completedFuture(null);
    }
}
