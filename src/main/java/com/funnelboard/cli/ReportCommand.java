package com.funnelboard.cli;

import com.funnelboard.service.ReportService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard report funnel|velocity|forecast|lost}: the reports, as tables or JSON. */
@Command(name = "report", addMethodSubcommands = false, description = "Funnel, win rate and velocity, forecast, lost reasons, pipeline over time, overridden moves.")
final class ReportCommand {

    @ParentCommand
    RootCommand root;

    /** Writes the table to the --csv file and the chart to the --png file, whichever are given, and says so; the exit code. */
    private int files(Session s, ReportPeriodOptions o, String what, com.funnelboard.service.ReportTable table, com.funnelboard.service.ReportChart chart) {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<String> said = new ArrayList<>();
        try {
            if (o.csv != null) {
                int n = s.workspace().reports().writeCsv(o.csv, table, o.spreadsheet ? s.locale() : null);
                doc.put("file", o.csv.toAbsolutePath().toString());
                doc.put("rows", n);
                said.add("Wrote " + what + " (" + n + " row" + (n == 1 ? "" : "s") + ") to " + o.csv + ".");
            }
            if (o.png != null) {
                com.funnelboard.service.ReportPng.Picture picture = root.charts().drawChart(chart, s.workspace().reports(), o.of(s), o.currency(s),
                        o.filter(s));
                s.workspace().reports().writePng(o.png, picture);
                doc.put("png", o.png.toAbsolutePath().toString());
                doc.put("width", picture.width());
                doc.put("height", picture.height());
                said.add("Drew the chart of " + what + " (" + picture.width() + " \u00d7 " + picture.height() + " px) to " + o.png + ".");
            }
        } catch (java.io.UncheckedIOException e) {
            RootCommand.LOG.warn("{}", e.getMessage(), e);
            return s.console().fail(ExitCodes.IO, FileFailure.words(e.getMessage()));
        } catch (UnsupportedOperationException e) {
            return s.console().fail(ExitCodes.IO, e.getMessage());
        }
        boolean streamed = o.csv != null && com.funnelboard.service.OutputFiles.stream(o.csv)
                || o.png != null && com.funnelboard.service.OutputFiles.stream(o.png);
        if (streamed) {
            s.console().wrote(o.csv != null ? o.csv : o.png, doc, String.join(" ", said)); // stdout holds the file alone
        } else {
            s.console().result(doc, () -> said.forEach(s.console()::line));
        }
        return ExitCodes.OK;
    }

    private static String percent(Double share) {
        return share == null ? "\u2014" : com.funnelboard.domain.Percent.of(share) + " %";
    }

    @Command(name = "funnel", description = "Deals that entered each stage in the period, the share that came on from the stage before, "
            + "and the median time in each stage.")
    int funnel(@Mixin ReportPeriodOptions o) {
        return root.run(s -> {
            ReportService.Funnel f = s.workspace().reports().funnel(o.of(s), o.filter(s));
            if (o.csv != null || o.png != null) {
                return files(s, o, "the funnel", com.funnelboard.service.ReportTables.funnel(f), com.funnelboard.service.ReportChart.FUNNEL);
            }
            List<Map<String, Object>> json = new ArrayList<>();
            List<String[]> rows = new ArrayList<>();
            ReportService.FunnelStage previous = null;
            for (ReportService.FunnelStage st : f.stages()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("stage", st.stage().key());
                m.put("entered", st.entered());
                m.put("fromPrevious", st.fromPrevious());
                m.put("direct", st.direct());
                m.put("conversion", st.conversionFrom(previous));
                m.put("medianDaysInStage", st.medianTime() == null ? null : st.medianTime().toMinutes() / 1440.0);
                json.add(m);
                rows.add(new String[] {st.stage().label(), Integer.toString(st.entered()), previous == null ? "" : Integer.toString(st.fromPrevious()),
                    previous == null ? "" : percent(st.conversionFrom(previous)),
                    st.medianTime() == null ? "" : String.format(s.locale(), "%.1f d", st.medianTime().toMinutes() / 1440.0)});
                previous = st;
            }
            s.console().result(Map.of("from", f.period().first().toString(), "to", f.period().last().toString(), "stages", json), () -> {
                s.console().line("Funnel " + f.period().first() + " \u2013 " + f.period().last());
                s.console().table(new String[] {"STAGE", "ENTERED", "FROM BEFORE", "CONVERSION", "MEDIAN TIME IN STAGE"}, rows, "");
            });
            return ExitCodes.OK;
        });
    }

    @Command(name = "winrate", description = "The same figures as 'report velocity': win rate by month and source, deal size, cycle, velocity.")
    int winrate(@Mixin ReportPeriodOptions o) {
        return velocity(o);
    }

    @Command(name = "velocity", description = "Win rate (by month and source), average deal size, sales cycle and "
            + "velocity: open deals × win rate × average deal size ÷ cycle length.")
    int velocity(@Mixin ReportPeriodOptions o) {
        return root.run(s -> {
            ReportService.Velocity v = s.workspace().reports().velocity(o.of(s), o.currency(s), o.filter(s));
            if (o.csv != null || o.png != null) {
                return files(s, o, "the win rates", com.funnelboard.service.ReportTables.velocity(v), com.funnelboard.service.ReportChart.WIN_RATE);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("from", v.period().first().toString());
            doc.put("to", v.period().last().toString());
            doc.put("won", v.overall().won());
            doc.put("lost", v.overall().lost());
            doc.put("winRate", v.overall().rate());
            doc.put("openDeals", v.openDeals());
            doc.put("openInOtherCurrencies", v.openInOtherCurrencies());
            doc.put("averageDealSize", v.averageDealSize() == null ? null : JsonViews.money(v.averageDealSize()));
            doc.put("cycleDays", v.cycleDays());
            doc.put("cycleLeftOut", v.untimed());
            doc.put("velocityPerDay", v.perDay() == null ? null : JsonViews.money(v.perDay()));
            doc.put("velocityRough", ReportService.roughVelocitySentence(v) != null);
            doc.put("otherCurrencies", v.otherCurrencies());
            doc.put("byMonth", v.byMonth().stream().map(ReportCommand::rate).toList());
            doc.put("bySource", v.bySource().stream().map(ReportCommand::rate).toList());
            doc.put("byOwner", v.byOwner().stream().map(ReportCommand::rate).toList());
            s.console().result(doc, () -> {
                s.console().line("Won " + v.overall().won() + ", lost " + v.overall().lost() + ": win rate " + percent(v.overall().rate()));
                s.console().line("Average deal size " + (v.averageDealSize() == null ? "\u2014" : s.money(v.averageDealSize()))
                        + (v.otherCurrencies() == 0 ? "" : " (" + v.otherCurrencies() + " won in other currencies left out)"));
                s.console().line("Sales cycle " + (v.cycleDays() == null ? "\u2014" : String.format(s.locale(), "%.1f days", v.cycleDays()))
                        + (v.untimed() == 0 ? "" : " (" + ReportService.untimedSentence(v.untimed()) + ")"));
                s.console().line("Velocity " + (v.perDay() == null ? "\u2014" : s.money(v.perDay()) + " a day") + " (" + String.format(s.locale(), "%,d", v.openDeals())
                        + (v.openDeals() == 1 ? " open deal in " : " open deals in ") + v.currency() + (v.openInOtherCurrencies() == 0 ? "" : "; "
                        + String.format(s.locale(), "%,d", v.openInOtherCurrencies()) + " in other currencies left out") + ")");
                String rough = ReportService.roughVelocitySentence(v);
                if (rough != null) {
                    s.console().line(rough + "."); // a velocity from two same-day wins of eight was quoted as it stood
                }
                // Each breakdown under a blank line, those with no row left out: a period with nothing closed printed six blank lines.
                breakdown(s, "MONTH", v.byMonth(), java.util.function.UnaryOperator.identity());
                breakdown(s, "SOURCE", v.bySource(), java.util.function.UnaryOperator.identity());
                if (!v.byOwner().isEmpty()) {
                    // Each owner by the name the team gave the address, as the Reports page says them (the table showed the addresses).
                    ReportService.FilterChoices names = s.workspace().reports().filterChoices();
                    breakdown(s, "OWNER", v.byOwner(), g -> ReportService.NONE.equals(g) ? "No owner" : names.ownerName(g));
                }
            });
            return ExitCodes.OK;
        });
    }

    private static void breakdown(Session s, String by, List<ReportService.WinRate> rates, java.util.function.UnaryOperator<String> name) {
        if (rates.isEmpty()) {
            return;
        }
        s.console().line("");
        s.console().table(new String[] {by, "WON", "LOST", "WIN RATE"}, rates.stream()
                .map(w -> new String[] {name.apply(w.group()), Integer.toString(w.won()), Integer.toString(w.lost()), percent(w.rate())}).toList(), "");
    }

    private static Map<String, Object> rate(ReportService.WinRate w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", w.group());
        m.put("won", w.won());
        m.put("lost", w.lost());
        m.put("winRate", w.rate());
        return m;
    }

    @Command(name = "forecast", description = "Open deals weighted by their stage's probability, by expected close month, beside won value; "
            + "every month with open or won deals (--period, --from and --to do not apply).")
    int forecast(@Mixin ReportPeriodOptions o) {
        return root.run(s -> {
            if (o.periodGiven()) {
                // It was taken and ignored without a word: a "forecast for this quarter" showed every month.
                s.console().note("The forecast covers every month with open or won deals: --period, --from and --to do not apply to it.");
            }
            ReportService.Forecast f = s.workspace().reports().forecast(o.currency(s), o.filter(s));
            if (o.csv != null || o.png != null) {
                return files(s, o, "the forecast", com.funnelboard.service.ReportTables.forecast(f), com.funnelboard.service.ReportChart.FORECAST);
            }
            List<Map<String, Object>> months = f.months().stream().map(m -> {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("month", m.month().toString());
                j.put("openDeals", m.openDeals());
                j.put("weighted", JsonViews.money(m.weighted()));
                j.put("unweighted", JsonViews.money(m.unweighted()));
                j.put("wonDeals", m.wonDeals());
                j.put("won", JsonViews.money(m.won()));
                return j;
            }).toList();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("currency", f.currency());
            doc.put("months", months);
            doc.put("undatedDeals", f.undatedDeals());
            doc.put("undatedWeighted", JsonViews.money(f.undatedWeighted()));
            doc.put("undatedWithoutValue", f.undatedWithoutValue());
            doc.put("otherCurrencies", f.otherCurrencies());
            s.console().result(doc, () -> {
                s.console().table(new String[] {"MONTH", "OPEN", "WEIGHTED", "WON", "WON VALUE"}, f.months().stream()
                        .map(m -> new String[] {m.month().toString(), Integer.toString(m.openDeals()), s.money(m.weighted()),
                            Integer.toString(m.wonDeals()), s.money(m.won())}).toList(),
                        // Open deals without an expected close date are said below: "no open deals" above them read as a contradiction.
                        f.undatedDeals() > 0 ? "No month to show: no open deal" + (f.otherCurrencies() > 0 ? " in " + f.currency() : "")
                                + " has an expected close date, and none was won."
                                : f.otherCurrencies() > 0 ? "No open or won deals in " + f.currency() + "." : "No open or won deals.");
                if (f.undatedDeals() > 0) {
                    s.console().line(f.undatedSentence(s::money) + ".");
                }
                if (f.otherCurrencies() > 0) {
                    s.console().line(f.otherCurrencies() + (f.otherCurrencies() == 1 ? " deal" : " deals") + " in other currencies than "
                            + f.currency() + " left out; --currency CODE shows them.");
                }
            });
            return ExitCodes.OK;
        });
    }

    @Command(name = "lost", description = "Deals lost in the period by reason: count and value, with the notes of \"Other\".")
    int lost(@Mixin ReportPeriodOptions o) {
        return root.run(s -> {
            ReportService.LostReasons l = s.workspace().reports().lostReasons(o.of(s), o.currency(s), o.filter(s));
            if (o.csv != null || o.png != null) {
                return files(s, o, "the lost reasons", com.funnelboard.service.ReportTables.lost(l), com.funnelboard.service.ReportChart.LOST);
            }
            List<Map<String, Object>> rows = l.rows().stream().map(r -> {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("reason", r.reason().key());
                j.put("deals", r.deals());
                j.put("value", r.value() == null ? null : JsonViews.money(r.value()));
                j.put("dealsInOtherCurrencies", r.otherCurrencies());
                j.put("notes", r.notes());
                return j;
            }).toList();
            s.console().result(Map.of("from", l.period().first().toString(), "to", l.period().last().toString(), "reasons", rows,
                    "currency", l.currency(), "otherCurrencies", l.otherCurrencies()), () -> {
                s.console().table(new String[] {"REASON", "DEALS", "VALUE"}, l.rows().stream()
                        .map(r -> new String[] {r.reason().label(), Integer.toString(r.deals()), lostValue(s, r)}).toList(),
                        "No deal was lost from " + l.period().first() + " to " + l.period().last() + ".");
                l.rows().stream().flatMap(r -> r.notes().stream()).forEach(n -> s.console().line("  Other: " + n));
                if (l.otherCurrencies() > 0) {
                    s.console().line(l.otherCurrencies() + (l.otherCurrencies() == 1 ? " lost deal" : " lost deals") + " in other currencies than "
                            + l.currency() + " counted, their value left out.");
                }
            });
            return ExitCodes.OK;
        });
    }

    @Command(name = "overrides", description = "The moves of the period that went past a failing checklist with a written reason: who, "
            + "why, and which required items did not hold; how many each person made.")
    int overrides(@Mixin ReportPeriodOptions o) {
        if (o.png != null) {
            return root.console().fail(ExitCodes.BAD_INPUT, "report overrides draws no picture: --csv FILE writes its table, --json gives it to a script");
        }
        return root.run(s -> {
            ReportService.Period p = o.of(s);
            List<com.funnelboard.domain.OverriddenMove> moves = s.workspace().reports().overrides(p, o.filter(s));
            if (o.csv != null) {
                // A manager hands them on (the report wrote no CSV).
                return files(s, o, "the overridden moves", com.funnelboard.service.ReportTables.overrides(moves, s.zone()), null);
            }
            Map<String, Long> byPerson = new java.util.TreeMap<>();
            moves.forEach(m -> byPerson.merge(m.by() == null ? "" : m.by(), 1L, Long::sum));
            List<Map<String, Object>> rows = moves.stream().map(m -> {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("dealId", m.dealId().toString());
                j.put("title", m.title());
                j.put("owner", m.owner());
                j.put("from", m.from() == null ? null : m.from().key());
                j.put("to", m.to().key());
                j.put("at", s.json().time(m.at()));
                j.put("by", m.by());
                j.put("reason", m.reason());
                j.put("unmet", m.unmet());
                return j;
            }).toList();
            s.console().result(Map.of("from", p.first().toString(), "to", p.last().toString(), "moves", rows, "byPerson", byPerson), () -> {
                s.console().table(new String[] {"WHEN", "DEAL", "MOVE", "BY", "REASON", "UNMET"}, moves.stream().map(m -> new String[] {
                    s.time(m.at()), m.title(), (m.from() == null ? "" : m.from().label() + " \u2192 ") + m.to().label(), Session.text(m.by()),
                    m.reason(), String.join("; ", m.unmet())}).toList(), "No move went past its checklist from " + p.first() + " to " + p.last() + ".");
                if (!moves.isEmpty()) {
                    s.console().line(moves.size() + (moves.size() == 1 ? " overridden move" : " overridden moves") + " from " + p.first() + " to "
                            + p.last() + ": " + String.join(", ", byPerson.entrySet().stream().map(e -> (e.getKey().isEmpty() ? "unknown" : e.getKey())
                                    + " " + e.getValue()).toList()) + ".");
                }
            });
            return ExitCodes.OK;
        });
    }

    @Command(name = "pipeline", description = "Open deals and their value in each open stage at the end of every week of the period.")
    int pipeline(@Mixin ReportPeriodOptions o) {
        return root.run(s -> {
            ReportService.Pipeline p = s.workspace().reports().pipeline(o.of(s), o.currency(s), o.filter(s));
            List<com.funnelboard.domain.Stage> open = ReportService.OPEN;
            if (o.csv != null || o.png != null) {
                return files(s, o, "the pipeline", com.funnelboard.service.ReportTables.pipeline(p), com.funnelboard.service.ReportChart.PIPELINE);
            }
            List<Map<String, Object>> points = p.points().stream().map(pt -> {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("day", pt.day().toString());
                for (com.funnelboard.domain.Stage st : open) {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("deals", pt.deals().get(st));
                    v.put("value", JsonViews.money(pt.value().get(st)));
                    j.put(st.key(), v);
                }
                j.put("total", JsonViews.money(pt.total(p.currency())));
                return j;
            }).toList();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("from", p.period().first().toString());
            doc.put("to", p.period().last().toString());
            doc.put("currency", p.currency());
            doc.put("points", points);
            doc.put("otherCurrencies", p.otherCurrencies());
            s.console().result(doc, () -> {
                s.console().line("Open pipeline at the end of each week, " + p.period().first() + " \u2013 " + p.period().last());
                s.console().table(new String[] {"WEEK ENDING", "LEAD", "PROSPECT", "OPPORTUNITY", "TOTAL"}, p.points().stream()
                        .map(pt -> new String[] {pt.day().toString(), s.money(pt.value().get(open.get(0))), s.money(pt.value().get(open.get(1))),
                            s.money(pt.value().get(open.get(2))), s.money(pt.total(p.currency()))}).toList(), "");
                if (p.otherCurrencies() > 0) {
                    s.console().line((p.otherCurrencies() == 1 ? "An open deal in another currency is" : "Up to " + p.otherCurrencies()
                            + " open deals in other currencies are") + " left out of a week's figures.");
                }
            });
            return ExitCodes.OK;
        });
    }

    /**
     * A lost reason's value: in the report's currency, with the deals in others counted after it ("€8,000 + 1 in other
     * currencies"); a reason whose every deal is in another currency says so (it read "—", where the team's view of the same
     * deal read "+ 1 in other currencies").
     */
    static String lostValue(Session s, ReportService.LostReasonRow r) {
        if (r.value() == null) {
            return r.otherCurrencies() == 0 ? "\u2014" : r.otherCurrencies() + " in other currencies";
        }
        return s.money(r.value()) + (r.otherCurrencies() == 0 ? "" : " + " + r.otherCurrencies() + " in other currencies");
    }
}
