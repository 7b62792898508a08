package com.funnelboard.ui.report;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.Money;
import com.funnelboard.service.ReportService;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Reports page: key figures (win rate, deal size, cycle, velocity), the funnel, the forecast
 * by month and the lost reasons, as JavaFX charts in the theme's colours.
 */
public final class ReportsView extends ScrollPane {

    private final Locale locale;
    private final Label winRate = figure("win-rate");
    private final Label dealSize = figure("deal-size");
    private final Label cycle = figure("cycle");
    private final Label velocity = figure("velocity");
    private final Label open = figure("open-deals");
    /** How many moves of the period went past a failing checklist, the latest in its tooltip: a forecast is as honest as they. */
    private final Label overrides = figure("overrides");
    /** Opens the list of all of them (the tooltip names the latest eight). */
    private final javafx.scene.control.Hyperlink allOverrides = new javafx.scene.control.Hyperlink("See them all");
    private List<com.funnelboard.domain.OverriddenMove> shownOverrides = List.of();
    private String shownPeriod = "";
    private final ReportsViewModel model;
    private final ReportCharts charts;
    private final Label notes = new Label();

    public ReportsView(ReportsViewModel model, Locale locale) {
        this.locale = locale;
        this.model = model;
        this.charts = new ReportCharts(locale, model::showOnBoard);
        setId("reports-page");
        setFitToWidth(true);
        com.funnelboard.ui.common.PageScroll.install(this);
        // Shown (Ctrl+5, the toolbar), the keyboard goes to the page itself, where Page Down and the arrows scroll it: it went
        // to the first filter (the owner), where Page Down did nothing until Tab.
        visibleProperty().addListener((o, was, shown) -> {
            if (shown) {
                javafx.application.Platform.runLater(this::requestFocus);
            }
        });
        sceneProperty().addListener((o, was, scene) -> {
            if (was == null && scene != null && isVisible()) {
                javafx.application.Platform.runLater(this::requestFocus);
            }
        });
        ComboBox<ReportsViewModel.Range> range = new ComboBox<>();
        range.setId("report-range");
        range.getItems().setAll(ReportsViewModel.Range.values());
        range.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ReportsViewModel.Range r) {
                return r == null ? "" : r.label();
            }

            @Override
            public ReportsViewModel.Range fromString(String s) {
                return null;
            }
        });
        range.valueProperty().bindBidirectional(model.rangeProperty());
        Label title = new Label("Reports");
        title.getStyleClass().add(Styles.TITLE_3);
        ReportFilters filters = new ReportFilters(model);
        javafx.scene.control.DatePicker first = day("report-first", "First day", model.firstProperty());
        javafx.scene.control.DatePicker last = day("report-last", "Last day (included)", model.lastProperty());
        // The filters follow the title and go on to a second line where the page is narrow (a 1024-px
        // window beside the detail pane), rather than shrinking until they say nothing.
        FlowPane head = new FlowPane(8, 8, title, filters.owner(), filters.source(), filters.industry(), filters.currency(), range);
        head.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.setPadding(new Insets(0, 8, 0, 0));
        for (javafx.scene.control.ComboBox<?> c : List.of(filters.owner(), filters.source(), filters.industry(), range)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The custom range's days, on a row of their own under the filters while the range is custom.
        HBox days = new HBox(6, new Label("From"), first, new Label("to"), last);
        days.setAlignment(Pos.CENTER_RIGHT);
        days.visibleProperty().bind(model.rangeProperty().isEqualTo(ReportsViewModel.Range.CUSTOM));
        days.managedProperty().bind(days.visibleProperty());
        ReportExports exports = new ReportExports(model, this);
        FlowPane figures = new FlowPane(24, 8, box("Win rate", winRate), box("Average deal size", dealSize), box("Sales cycle", cycle), box("Open deals", open),
                box("Velocity", velocity), box("Checklists overridden", overrides));
        allOverrides.setId("overrides-all");
        allOverrides.setPadding(javafx.geometry.Insets.EMPTY);
        allOverrides.visibleProperty().bind(overrides.textProperty().isNotEqualTo("0").and(overrides.textProperty().isNotEqualTo("\u2026")));
        allOverrides.managedProperty().bind(allOverrides.visibleProperty());
        allOverrides.setOnAction(e -> OverridesDialog.show(getScene() == null ? null : getScene().getWindow(), shownOverrides, locale, model.zone(),
                shownPeriod));
        ((VBox) figures.getChildren().getLast()).getChildren().add(allOverrides);
        notes.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        SafeWrap.wrap(notes);
        VBox content = new VBox(14, new VBox(6, head, days), figures, exports.wrap(charts.node(com.funnelboard.service.ReportChart.FUNNEL), com.funnelboard.service.ReportChart.FUNNEL),
                exports.wrap(charts.node(com.funnelboard.service.ReportChart.PIPELINE), com.funnelboard.service.ReportChart.PIPELINE), exports.wrap(charts.node(com.funnelboard.service.ReportChart.FORECAST), com.funnelboard.service.ReportChart.FORECAST),
                exports.wrap(charts.node(com.funnelboard.service.ReportChart.LOST), com.funnelboard.service.ReportChart.LOST), exports.wrap(charts.node(com.funnelboard.service.ReportChart.WIN_RATE), com.funnelboard.service.ReportChart.WIN_RATE), notes);
        content.setPadding(new Insets(12));
        setContent(content);
        model.shownProperty().addListener((o, a, r) -> show(r));
        visibleProperty().addListener((o, was, is) -> model.setShowing(is));
        sceneProperty().addListener((o, was, is) -> model.setShowing(is != null && isVisible()));
    }

    private void show(ReportsViewModel.Reports r) {
        if (r == null) {
            return;
        }
        ReportService.Velocity v = r.velocity();
        winRate.setText(v.overall().rate() == null ? "\u2014" : com.funnelboard.domain.Percent.of(v.overall().rate()) + " %");
        winRate.setTooltip(new javafx.scene.control.Tooltip(v.overall().won() + " won, " + v.overall().lost() + " lost"));
        dealSize.setText(money(v.averageDealSize()));
        // Marked whenever its tooltip says deals were left out ("—" stood without its "*").
        cycle.setText(ReportsViewModel.cycleText(v.cycleDays(), locale) + (v.untimed() == 0 ? "" : "*"));
        String sameDay = v.cycleDays() != null && v.cycleDays() < 1 ? ReportsViewModel.SAME_DAY : null;
        String untimed = v.untimed() == 0 ? null : "* " + ReportService.untimedSentence(v.untimed());
        cycle.setTooltip(sameDay == null && untimed == null ? null : new javafx.scene.control.Tooltip(
                java.util.stream.Stream.of(sameDay, untimed).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining("\n"))));
        String rough = ReportService.roughVelocitySentence(v);
        velocity.setText(v.perDay() == null ? "\u2014" : money(v.perDay()) + " / day" + (rough == null ? "" : "*"));
        velocity.setTooltip(rough == null ? null : new javafx.scene.control.Tooltip("* " + rough + " (" + ReportService.untimedSentence(v.untimed()) + ")."));
        open.setText(String.format(locale, "%,d", v.openDeals()) + (v.openInOtherCurrencies() == 0 ? "" : "*"));
        open.setTooltip(v.openInOtherCurrencies() == 0 ? null : new javafx.scene.control.Tooltip(String.format(locale,
                "* Open deals in %s; %,d in other currencies are left out of the count and the velocity", v.currency(), v.openInOtherCurrencies())));

        overrides.setText(String.format(locale, "%,d", r.overrides().size()) + (r.overrides().isEmpty() ? "" : r.overrides().size() == 1 ? " move" : " moves"));
        overrides.setTooltip(r.overrides().isEmpty() ? null : new javafx.scene.control.Tooltip(overridesTip(r.overrides())));
        shownOverrides = r.overrides();
        com.funnelboard.ui.common.Formats days = com.funnelboard.ui.common.Formats.of(locale, java.time.ZoneOffset.UTC);
        shownPeriod = days.date(r.funnel().period().first()) + " \u2013 " + days.date(r.funnel().period().last());

        charts.fill(r, model.choicesProperty().get());

        com.funnelboard.ui.common.Formats formats = com.funnelboard.ui.common.Formats.of(locale, java.time.ZoneOffset.UTC);
        StringBuilder n = new StringBuilder(formats.date(r.funnel().period().first()) + " \u2013 " + formats.date(r.funnel().period().last()) + ". ");
        if (r.forecast().undatedDeals() > 0) {
            n.append(r.forecast().undatedSentence(this::money)).append(". ");
        }
        if (v.otherCurrencies() > 0 || r.forecast().otherCurrencies() > 0 || r.lost().otherCurrencies() > 0) {
            n.append("Deals in other currencies than ").append(r.forecast().currency())
                    .append(" are left out of the amounts; the currency beside the filters shows theirs. ");
        }
        r.lost().rows().stream().flatMap(row -> row.notes().stream()).limit(10).forEach(note -> n.append("\nOther: ").append(note));
        notes.setText(n.toString());
    }

    /** The latest overridden moves, one a line: "Dec 6 · Pilot · Lead → Prospect · Tom <tom@…>: Verbal yes from the CFO". */
    private String overridesTip(List<com.funnelboard.domain.OverriddenMove> moves) {
        com.funnelboard.ui.common.Formats formats = com.funnelboard.ui.common.Formats.of(locale, model.zone());
        StringBuilder b = new StringBuilder("Moves past a failing checklist, with the reason written (report overrides lists them all):");
        moves.stream().limit(8).forEach(m -> b.append("\n").append(formats.date(m.at().atZone(model.zone()).toLocalDate()))
                .append(" \u00B7 ").append(m.title()).append(" \u00B7 ").append(m.from() == null ? "" : m.from().label() + " \u2192 ")
                .append(m.to().label()).append(" \u00B7 ").append(m.by() == null ? "" : com.funnelboard.domain.Person.nameOf(m.by())).append(": ").append(m.reason()));
        if (moves.size() > 8) {
            b.append("\n\u2026 and ").append(moves.size() - 8).append(" more");
        }
        return b.toString();
    }

    /** A day of the custom range. */
    private javafx.scene.control.DatePicker day(String id, String tip, javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        javafx.scene.control.DatePicker picker = new javafx.scene.control.DatePicker();
        picker.setId(id);
        picker.setPrefWidth(170); // "Sep 30, 2026" whole, beside the calendar button
        picker.setPromptText(tip);
        // What is typed is read as in every date field ("2026-09-30", "30.09.2026", "9/30/2026"); text that names no day stays,
        // marked, with the sentence in its tooltip (it was put back as it was without a word).
        com.funnelboard.ui.common.TypedDates.marked(picker, model::today, locale, tip, false, problem -> { });
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    /** A figure of the page: averages and rates, rounded to whole units (cents of an average say nothing). */
    private String money(Money m) {
        return m == null ? "\u2014" : m.formatRounded(locale);
    }

    private static Label figure(String id) {
        // "…" until the first reports are read (on a large file, a second or two): "—" is what a figure with no data says.
        Label l = new Label("\u2026");
        l.setId("figure-" + id);
        l.getStyleClass().add(Styles.TITLE_2);
        return l;
    }

    private static VBox box(String caption, Label value) {
        Label c = new Label(caption);
        c.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(2, c, value);
    }

}
