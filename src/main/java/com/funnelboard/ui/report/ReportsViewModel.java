package com.funnelboard.ui.report;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.ReportFilter;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.ReportChart;
import com.funnelboard.service.ReportPng;
import com.funnelboard.service.ReportService;
import com.funnelboard.service.ReportTable;
import com.funnelboard.service.ReportTables;
import com.funnelboard.ui.common.BoardNavigator;
import com.funnelboard.ui.common.ChangeFollower;
import com.funnelboard.ui.common.Changes;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Reports page: the funnel, win rate and velocity, forecast and lost reasons for a period,
 * computed in the background and read again when deals or their moves change while it is shown.
 */
public final class ReportsViewModel {

    /** The periods the page offers, up to today. */
    public enum Range {
        MONTH(com.funnelboard.service.NamedPeriod.MONTH), LAST_MONTH(com.funnelboard.service.NamedPeriod.LAST_MONTH),
        QUARTER(com.funnelboard.service.NamedPeriod.QUARTER), LAST_QUARTER(com.funnelboard.service.NamedPeriod.LAST_QUARTER),
        YEAR(com.funnelboard.service.NamedPeriod.YEAR), LAST_YEAR(com.funnelboard.service.NamedPeriod.LAST_YEAR), CUSTOM(null);

        private final com.funnelboard.service.NamedPeriod named;

        Range(com.funnelboard.service.NamedPeriod named) {
            this.named = named;
        }

        public String label() {
            return named == null ? "Custom\u2026" : named.label();
        }

        /** The period named (this one up to today, a last one whole); a custom range is from its first to its last day (null: this quarter's). */
        ReportService.Period period(LocalDate today, LocalDate first, LocalDate last) {
            return switch (this) {
                case CUSTOM -> {
                    LocalDate from = first != null ? first : today.with(IsoFields.DAY_OF_QUARTER, 1);
                    LocalDate to = last != null ? last : today;
                    // Days picked the wrong way round are the same period.
                    yield from.isAfter(to) ? new ReportService.Period(to, from) : new ReportService.Period(from, to);
                }
                default -> named.of(today);
            };
        }
    }

    /** The time zone the reports' days are in. */
    public java.time.ZoneId zone() {
        return reports.zone();
    }

    /**
     * Everything the page shows, read at once, and the filter it was read with.
     *
     * @param overrides the period's moves that went past a failing checklist, newest first
     */
    public record Reports(ReportService.Funnel funnel, ReportService.Velocity velocity, ReportService.Forecast forecast,
            ReportService.LostReasons lost, ReportService.Pipeline pipeline, ReportFilter filter,
            java.util.List<com.funnelboard.domain.OverriddenMove> overrides) {}

    /** A chart's table, as shown (the same table as {@code funnelboard report ... --csv}). */
    static ReportTable table(ReportChart chart, Reports r) {
        return switch (chart) {
            case FUNNEL -> ReportTables.funnel(r.funnel());
            case PIPELINE -> ReportTables.pipeline(r.pipeline());
            case FORECAST -> ReportTables.forecast(r.forecast());
            case LOST -> ReportTables.lost(r.lost());
            case WIN_RATE -> ReportTables.velocity(r.velocity());
        };
    }

    /** Today, on the clock the page's periods are counted by. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private final ReportService reports;
    private final Supplier<String> currency;
    private final Clock clock;
    private final java.util.Locale locale;
    private final UiExecutors executors;
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(this, "range", Range.QUARTER);
    private final ObjectProperty<LocalDate> first = new SimpleObjectProperty<>(this, "first");
    private final ObjectProperty<LocalDate> last = new SimpleObjectProperty<>(this, "last");
    private final ObjectProperty<OwnerFilter> owner = new SimpleObjectProperty<>(this, "owner", OwnerFilter.EVERYONE);
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final StringProperty industry = new SimpleStringProperty(this, "industry", "");
    private final ReadOnlyObjectWrapper<ReportService.FilterChoices> choices = new ReadOnlyObjectWrapper<>(this, "choices",
            new ReportService.FilterChoices(java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.Map.of()));
    private final ReadOnlyObjectWrapper<Reports> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final Consumer<String> status;
    private final BoardNavigator board;
    @SuppressWarnings("unused") // kept for as long as the page lives
    private final ChangeFollower changes;
    private boolean visible;

    /**
     * @param currency the database's currency, read in the background
     * @param board shows the Board page with a lens (a click on a bar)
     */
    public ReportsViewModel(ReportService reports, Supplier<String> currency, Clock clock, java.util.Locale locale, ChangeFeed feed,
            UiExecutors executors, Consumer<String> status, BoardNavigator board) {
        this.reports = reports;
        this.locale = locale;
        this.status = status;
        this.board = board;
        this.currency = currency;
        this.clock = clock;
        this.executors = executors;
        range.addListener((o, a, b) -> {
            if (b == Range.CUSTOM && first.get() == null && last.get() == null) {
                // A custom range starts as the period shown before it, to be changed from there.
                ReportService.Period was = (a == null ? Range.QUARTER : a).period(LocalDate.now(clock), null, null);
                prefilling = true;
                first.set(was.first());
                last.set(was.last());
                prefilling = false;
            }
            refresh();
        });
        first.addListener((o, a, b) -> refreshCustom());
        last.addListener((o, a, b) -> refreshCustom());
        owner.addListener((o, a, b) -> refresh());
        source.addListener((o, a, b) -> refresh());
        industry.addListener((o, a, b) -> refresh());
        chosenCurrency.addListener((o, a, b) -> refresh());
        this.changes = ChangeFollower.follow(feed, executors, n -> n.touchesAny(ChangeNotice.DEAL, ChangeNotice.STAGE_CHANGE), this::follow);
    }

    public ObjectProperty<Range> rangeProperty() {
        return range;
    }

    /** The first day of the custom range (null until picked: this quarter's first day). */
    public ObjectProperty<LocalDate> firstProperty() {
        return first;
    }

    /** The last day of the custom range, included (null until picked: today). */
    public ObjectProperty<LocalDate> lastProperty() {
        return last;
    }

    private boolean prefilling;

    private void refreshCustom() {
        if (range.get() == Range.CUSTOM && !prefilling) {
            refresh();
        }
    }

    /** Whose deals: everyone's (the default), one person's, or those nobody owns. */
    public ObjectProperty<OwnerFilter> ownerProperty() {
        return owner;
    }

    /** The lead source the reports keep ("" for every source). */
    public StringProperty sourceProperty() {
        return source;
    }

    private final javafx.beans.property.StringProperty chosenCurrency = new javafx.beans.property.SimpleStringProperty(this, "currency");

    /** The currency the amounts are in: null for the database's; deals in others are counted, their value left out. */
    public javafx.beans.property.StringProperty currencyProperty() {
        return chosenCurrency;
    }

    /** The industry the reports keep ("" for every industry). */
    public StringProperty industryProperty() {
        return industry;
    }

    /** What the filters offer, read in the background with the reports. */
    public ReadOnlyObjectProperty<ReportService.FilterChoices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public ReportFilter filter() {
        return new ReportFilter(owner.get() == null ? OwnerFilter.EVERYONE : owner.get(), source.get(), industry.get());
    }

    /** How the page writes amounts and dates (and so its pictures). */
    public java.util.Locale locale() {
        return locale;
    }

    /** A file name for a chart's export: the chart, the period and the filters, such as {@code funnel-2026-01-01-2026-03-31-referral.png}. */
    public String fileName(ReportChart chart, String extension) {
        Reports r = shown.get();
        String period = r == null ? "" : "-" + r.funnel().period().first() + "-" + r.funnel().period().last();
        return chart.fileName() + period + filterWords(r) + "." + extension;
    }

    /**
     * The filters in a file name ("-ola-nordmann-referral"): a file of one rep's deals was named as the
     * team's, and read as the team's figures.
     */
    private String filterWords(Reports r) {
        if (r == null) {
            return "";
        }
        java.util.List<String> words = new java.util.ArrayList<>();
        com.funnelboard.domain.ReportFilter f = r.filter();
        switch (f.owner().kind()) {
            case PERSON -> words.add(choices.get() == null ? f.owner().email() : choices.get().ownerName(f.owner().email()));
            case NOBODY -> words.add("no-owner");
            case EVERYONE -> { }
        }
        if (f.source() != null) {
            words.add(f.source());
        }
        if (f.industry() != null) {
            words.add(f.industry());
        }
        String joined = String.join("-", words).toLowerCase(java.util.Locale.ROOT);
        String safe = java.text.Normalizer.normalize(joined, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9@.]+", "-").replaceAll("(^-+|-+$)", "");
        return safe.isEmpty() ? "" : "-" + (safe.length() > 60 ? safe.substring(0, 60) : safe);
    }

    /** Writes the chart's table, as shown, to a CSV file in the background; says so (or why not) in the status bar. */
    public CompletableFuture<Void> exportCsv(ReportChart chart, Path file) {
        return exportCsv(chart, file, false);
    }

    /** Whether a spreadsheet here reads numbers with a decimal comma, and so wants a CSV of its own form (offered first). */
    public boolean spreadsheetForm() {
        return com.funnelboard.service.CsvExport.commaDecimals(locale);
    }

    /** As {@link #exportCsv(ReportChart, Path)}; {@code forSpreadsheet}: in the form a spreadsheet in the user's locale opens. */
    public CompletableFuture<Void> exportCsv(ReportChart chart, Path file, boolean forSpreadsheet) {
        Reports r = shown.get();
        if (r == null) {
            return CompletableFuture.completedFuture(null);
        }
        ReportTable table = table(chart, r);
        return executors.watch("report-export", "The export could not be written", () -> executors.supply(() -> reports.writeCsv(file, table, forSpreadsheet ? locale : null)))
                .thenAccept(n -> status.accept("Wrote " + n + " row" + (n == 1 ? "" : "s") + " to " + file.getFileName()));
    }

    /** Writes a chart's picture to a PNG file in the background; says so (or why not) in the status bar. */
    public CompletableFuture<Void> exportPng(Path file, ReportPng.Picture picture) {
        return executors.watch("report-export", "The picture could not be written", () -> executors.supply(() -> {
            reports.writePng(file, picture);
            return file;
        })).thenAccept(f -> status.accept("Saved the chart to " + f.getFileName()));
    }

    /**
     * Opens the deals behind a bar on the board: exactly those the bar counts in the shown reports
     * (their period, filters and currency); the status bar says what the board is filtered by.
     */
    public void showOnBoard(ReportBar bar) {
        Reports r = shown.get();
        if (r == null) {
            return;
        }
        ReportBar.Shown s = new ReportBar.Shown(r.filter(), r.funnel().period(), reports.zone(), r.forecast().currency(), locale);
        board.showBoard(bar.lens(s));
        status.accept(bar.status(s));
    }

    public ReadOnlyObjectProperty<Reports> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Every report of the page for a period, amounts in {@code currency}, with the filter. */
    public static Reports read(ReportService reports, ReportService.Period p, String currency, ReportFilter f) {
        return new Reports(reports.funnel(p, f), reports.velocity(p, currency, f), reports.forecast(currency, f), reports.lostReasons(p, currency, f),
                reports.pipeline(p, currency, f), f, reports.overrides(p, f));
    }

    /** Reads every report again for the chosen period; a failure shows in the status bar with Retry. */
    public CompletableFuture<Void> refresh() {
        Range r = range.get();
        LocalDate from = first.get();
        LocalDate to = last.get();
        ReportFilter f = filter();
        String shownCurrency = chosenCurrency.get();
        return executors.watch("reports", "The reports could not be computed", () -> executors.supply(() -> {
            ReportService.Period p = r.period(LocalDate.now(clock), from, to);
            String c = shownCurrency == null ? currency.get() : shownCurrency;
            ReportService.FilterChoices offered = reports.filterChoices();
            return java.util.Map.entry(offered, read(reports, p, c, f));
        }).thenAccept(result -> {
            choices.set(result.getKey());
            if (r == range.get() && f.equals(filter()) && java.util.Objects.equals(shownCurrency, chosenCurrency.get()) && java.util.Objects.equals(from, first.get()) && java.util.Objects.equals(to, last.get())) {
                shown.set(result.getValue());
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

    /** Said of a cycle under a day, beside a velocity that counts it as one. */
    static final String SAME_DAY = "Won within a day of being added, on average: the velocity counts the cycle as one day";

    /**
     * The sales cycle as the page writes it: "under a day" below one (it wrote "0 days" beside a velocity reckoned over one day,
     * which read as a division by zero), "1 day", "22 days".
     */
    static String cycleText(Double days, java.util.Locale locale) {
        if (days == null) {
            return "\u2014";
        }
        if (days < 1) {
            return "under a day";
        }
        long whole = Math.round(days);
        return String.format(locale, "%,d %s", whole, whole == 1 ? "day" : "days");
    }
}
