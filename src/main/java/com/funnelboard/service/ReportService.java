package com.funnelboard.service;

import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.ReportFilter;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.CloseDays;
import com.funnelboard.store.ReportQueries;
import com.funnelboard.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reports a sales manager reads: the funnel of the stage history, win rate, deal size, cycle
 * length and velocity, the forecast by expected close month and the lost reasons — for a period of
 * days in the user's time zone, with amounts in one currency (deals in other currencies are
 * counted where a count is asked, and left out of sums and averages, which say how many were).
 */
public final class ReportService {

    /** The first and last day of a report, both included. */
    public record Period(LocalDate first, LocalDate last) {
        public Period {
            if (last.isBefore(first)) {
                throw new InvalidInputException("period", "The period ends (" + last + ") before it starts (" + first + ")");
            }
        }

        /** The first instant of the period in {@code zone}. */
        public Instant start(ZoneId zone) {
            return first.atStartOfDay(zone).toInstant();
        }

        /** The instant after the period in {@code zone}. */
        public Instant end(ZoneId zone) {
            return last.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }

    /** One stage of the funnel: deals that entered it, those straight from the stage before (also entered in the period), and the median time spent in it by deals that left it. */
    public record FunnelStage(Stage stage, int entered, int fromPrevious, Duration medianTime, int left) {
        /** Of those that entered the stage before, the share that came on to this one; null for Lead or when none entered it. */
        public Double conversionFrom(FunnelStage previous) {
            return previous == null || previous.entered == 0 ? null : (double) fromPrevious / previous.entered;
        }

        public int direct() {
            return entered - fromPrevious;
        }
    }

    public record Funnel(Period period, List<FunnelStage> stages) {}

    /** Won and lost in a group (a month, a source): the win rate is won ÷ (won + lost). */
    public record WinRate(String group, int won, int lost) {
        public Double rate() {
            return won + lost == 0 ? null : (double) won / (won + lost);
        }
    }

    /**
     * Win rate, deal size, cycle length and velocity (open deals × win rate × average deal size ÷
     * cycle length, per day) for the period.
     *
     * @param averageDealSize of deals won in the period, in the report currency (null when none)
     * @param cycle average days from a deal's creation to its win (null when none)
     * @param untimed won deals left out of the cycle: they closed before the day they count as created (imported without it)
     * @param otherCurrencies won deals in another currency, left out of the amounts
     * @param openDeals open deals in the report currency
     * @param openInOtherCurrencies open deals in other currencies, left out of the count and the velocity
     */
    public record Velocity(Period period, String currency, int openDeals, WinRate overall, List<WinRate> byMonth, List<WinRate> bySource,
            List<WinRate> byOwner, Money averageDealSize, Double cycleDays, Money perDay, int otherCurrencies, int untimed,
            int openInOtherCurrencies) {}

    /** The group of the deals without a source, or without an owner, in the win rates by source and by owner. */
    public static final String NONE = "(none)";

    /** A month of the forecast: open deals weighted by their stage's probability, beside what was won. */
    public record ForecastMonth(YearMonth month, int openDeals, Money weighted, Money unweighted, int wonDeals, Money won) {}

    /**
     * @param undatedDeals open deals with no expected close date (their weighted value, their count)
     * @param undatedWithoutValue how many of those have no value either
     */
    public record Forecast(String currency, List<ForecastMonth> months, int undatedDeals, Money undatedWeighted, int otherCurrencies,
            Money undatedUnweighted, int undatedWithoutValue) {

        /**
         * What the undated deals are worth, in words: "weighted €100.00", "weighted €100.00; 1 has no value", "no value": it said
         * "weighted €0.00" of a deal that had none, as if its stage weighed it at nothing.
         */
        public String undatedWorth(java.util.function.Function<Money, String> money) {
            if (undatedWithoutValue >= undatedDeals) {
                return undatedDeals == 1 ? "no value either" : "none has a value";
            }
            return "weighted " + money.apply(undatedWeighted) + (undatedWithoutValue == 0 ? ""
                    : "; " + undatedWithoutValue + (undatedWithoutValue == 1 ? " has" : " have") + " no value");
        }

        /** "2 open deals have no expected close date (weighted €100.00; 1 has no value)". */
        public String undatedSentence(java.util.function.Function<Money, String> money) {
            return undatedDeals + (undatedDeals == 1 ? " open deal has" : " open deals have") + " no expected close date ("
                    + undatedWorth(money) + ")";
        }
    }

    /**
     * @param value of the deals lost in the report's currency; null when every one was in another
     * @param otherCurrencies deals lost for this reason in other currencies: counted, their value left out
     */
    public record LostReasonRow(LostReason reason, int deals, Money value, List<String> notes, int otherCurrencies) {}

    /** @param otherCurrencies lost deals in another currency: counted, their value left out of the values */
    public record LostReasons(Period period, String currency, List<LostReasonRow> rows, int otherCurrencies) {}

    /** The open deals of each open stage at one moment: the end of a week of the period (or of the period itself). */
    public record PipelinePoint(LocalDate day, Map<Stage, Integer> deals, Map<Stage, Money> value) {
        public Money total(String currency) {
            return new Money(value.values().stream().mapToLong(Money::minor).sum(), currency);
        }
    }

    /**
     * Pipeline over time: the open deals per stage (Lead, Prospect, Opportunity) and their value at
     * the end of each week of the period, as the stage history places them.
     *
     * @param otherCurrencies open deals in other currencies left out of the values (and counts): the most at any point of
     *        the period (those open today were said of a past period they were not open in)
     */
    public record Pipeline(Period period, String currency, List<PipelinePoint> points, int otherCurrencies) {}

    /** The open stages, in board order. */
    public static final List<Stage> OPEN = List.of(Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY);

    private final Store store;
    private final ZoneId zone;

    public ReportService(Store store, ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    /**
     * Writes a report's table to a CSV file (see {@link ReportCsv}): never onto the open database.
     *
     * @return the number of rows written
     */
    public int writeCsv(java.nio.file.Path file, ReportTable table) {
        return writeCsv(file, table, null);
    }

    /** As {@link #writeCsv(java.nio.file.Path, ReportTable)}, in the form a spreadsheet in {@code spreadsheet} opens (see {@link ReportCsv}). */
    public int writeCsv(java.nio.file.Path file, ReportTable table, java.util.Locale spreadsheet) {
        return new ReportCsv(store).write(file, table, spreadsheet);
    }

    /** Writes a chart's picture to a PNG file (see {@link ReportPng}): never onto the open database. */
    public void writePng(java.nio.file.Path file, ReportPng.Picture picture) {
        new ReportPng(store).write(file, picture);
    }

    /** The time zone the reports' days are in. */
    public ZoneId zone() {
        return zone;
    }

    private static final List<Stage> FUNNEL = List.of(Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY, Stage.WON);

    /** What the report filters offer: the owners, sources and industries of the live deals. */
    public FilterChoices filterChoices() {
        ReportQueries.Choices c = store.read(r -> r.reports().choices());
        return new FilterChoices(c.owners(), c.sources(), c.industries(), new PeopleService(store).directory(), c.currencies(), c.unowned());
    }

    /**
     * The owners (emails), sources and industries the filters can pick, sorted, the names the
     * team gave for owners' emails (the directory), by email, and the currencies the deals are in;
     * {@code unowned} whether some deal has no owner (the board offers "No owner" only then, and so do the reports).
     */
    public record FilterChoices(List<String> owners, List<String> sources, List<String> industries, java.util.Map<String, String> names,
            List<String> currencies, boolean unowned) {
        public FilterChoices {
            names = java.util.Map.copyOf(names);
            currencies = List.copyOf(currencies);
        }

        /** With no currencies to choose from (the page before its first read). */
        public FilterChoices(List<String> owners, List<String> sources, List<String> industries, java.util.Map<String, String> names) {
            this(owners, sources, industries, names, List.of(), false);
        }

        /** Who an owner's email is, as the reports name them: the name the team gave, else the email. */
        public String ownerName(String email) {
            return email == null ? null : names.getOrDefault(email, email);
        }
    }

    public Funnel funnel(Period p) {
        return funnel(p, ReportFilter.ALL);
    }

    public Funnel funnel(Period p, ReportFilter filter) {
        Instant from = p.start(zone);
        Instant to = p.end(zone);
        return store.read(r -> {
            ReportQueries q = r.reports().filtered(filter);
            Map<Stage, Integer> entered = q.entered(FUNNEL, from, to);
            // The moves out of each stage but the last: the time in it, and how many went on to the next.
            Map<Stage, ReportQueries.Leaving> leaving = q.leaving(FUNNEL.subList(0, FUNNEL.size() - 1), FUNNEL.getLast(), from, to);
            List<FunnelStage> stages = new ArrayList<>();
            for (int k = 0; k < FUNNEL.size(); k++) {
                Stage s = FUNNEL.get(k);
                ReportQueries.TimeIn t = leaving.containsKey(s) ? leaving.get(s).timeIn() : new ReportQueries.TimeIn(0, null);
                Duration median = t.medianMillis() == null ? null : Duration.ofMillis(t.medianMillis());
                int fromPrevious = k == 0 ? 0 : leaving.get(FUNNEL.get(k - 1)).toNext();
                stages.add(new FunnelStage(s, entered.get(s), fromPrevious, median, t.left()));
            }
            return new Funnel(p, List.copyOf(stages));
        });
    }

    public Velocity velocity(Period p, String currency) {
        return velocity(p, currency, ReportFilter.ALL);
    }

    public Velocity velocity(Period p, String currency, ReportFilter filter) {
        List<YearMonth> monthsOf = new ArrayList<>();
        List<LocalDate> splits = new ArrayList<>();
        for (YearMonth m = YearMonth.from(p.first()); !m.isAfter(YearMonth.from(p.last())); m = m.plusMonths(1)) {
            if (!monthsOf.isEmpty()) {
                splits.add(m.atDay(1));
            }
            monthsOf.add(m);
        }
        return store.read(r -> {
            ReportQueries q = r.reports().filtered(filter);
            List<ReportQueries.ClosedGroup> closed = q.closedGroups(new CloseDays(p.first(), p.last(), zone, splits));
            // The open deals in the report's currency: velocity multiplies them by a deal size in it (dollar deals were counted
            // into the euro figure, and the same count stood under every currency).
            ReportQueries.OpenCounts counts = q.openCounts(currency);
            int open = counts.inCurrency();
            int openElsewhere = counts.elsewhere();
            Map<String, int[]> months = new TreeMap<>();
            Map<String, int[]> sources = new TreeMap<>();
            Map<String, int[]> owners = new TreeMap<>();
            int won = 0;
            int lost = 0;
            long wonValue = 0;
            int wonCounted = 0;
            int other = 0;
            long sinceCreated = 0;
            int timed = 0;
            for (ReportQueries.ClosedGroup c : closed) {
                boolean isWon = c.to() == Stage.WON;
                int slot = isWon ? 0 : 1;
                months.computeIfAbsent(monthsOf.get(c.part()).toString(), k -> new int[2])[slot] += c.count();
                sources.computeIfAbsent(c.source() == null ? NONE : c.source(), k -> new int[2])[slot] += c.count();
                owners.computeIfAbsent(c.owner() == null ? NONE : c.owner(), k -> new int[2])[slot] += c.count();
                if (!isWon) {
                    lost += c.count();
                    continue;
                }
                won += c.count();
                sinceCreated += c.sinceCreated();
                timed += c.timed();
                if (!currency.equals(c.currency())) {
                    other += c.count();
                } else {
                    wonValue += c.valueMinor();
                    wonCounted += c.valued();
                }
            }
            WinRate overall = new WinRate("all", won, lost);
            Money average = wonCounted == 0 ? null : new Money(Math.round((double) wonValue / wonCounted), currency);
            Double cycle = timed == 0 ? null : sinceCreated / 86_400_000.0 / timed;
            // A cycle shorter than a day counts as one: deals logged as won minutes after they were added made a cycle of
            // 0.001 days and a velocity of €16,900,242 a day.
            Money perDay = average == null || cycle == null || cycle < 0 || overall.rate() == null ? null
                    : new Money(Math.round(open * overall.rate() * average.minor() / Math.max(cycle, 1.0)), currency);
            return new Velocity(p, currency, open, overall, rows(months), rows(sources), rows(owners), average, cycle, perDay, other, won - timed,
                    openElsewhere);
        });
    }

    /** Says which won deals the sales cycle leaves out, and why. */
    public static String untimedSentence(int untimed) {
        // (Such a deal was imported without the day it was created, or recorded here with a close date before the day it was added:
        // the sentence said "imported" of a deal added with deals add and won with an earlier --close-date.)
        return untimed == 1 ? "1 won deal left out: it closed before the day it counts as created (imported without that day, or added after it closed)"
                : untimed + " won deals left out: they closed before the day they count as created (imported without that day, or added after they closed)";
    }

    /**
     * "The sales cycle rests on 2 of 8 won deals, so the velocity is a rough figure." when most won deals are left out of the
     * cycle (see {@link #untimedSentence}); null otherwise. A velocity of €682,133 a day stood beside a cycle of two same-day wins.
     */
    public static String roughVelocitySentence(Velocity v) {
        int won = v.overall().won();
        int timed = won - v.untimed();
        if (v.perDay() == null || v.untimed() == 0 || timed * 2 >= won) {
            return null;
        }
        return "The sales cycle rests on " + timed + " of " + won + " won deals, so the velocity is a rough figure";
    }

    private static List<WinRate> rows(Map<String, int[]> groups) {
        return groups.entrySet().stream().map(e -> new WinRate(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    public Forecast forecast(String currency) {
        return forecast(currency, ReportFilter.ALL);
    }

    public Forecast forecast(String currency, ReportFilter filter) {
        return store.read(r -> {
            ReportQueries q = r.reports().filtered(filter);
            TreeMap<YearMonth, long[]> months = new TreeMap<>(); // open count, weighted, unweighted, won count, won value
            long undatedWeighted = 0;
            long undatedUnweighted = 0;
            int undated = 0;
            int undatedWithoutValue = 0;
            int other = 0;
            for (ReportQueries.OpenGroup g : q.open()) {
                if (!currency.equals(g.currency())) {
                    other += g.count();
                    continue;
                }
                long weighted = Math.round(g.valueMinor() * g.stage().defaultProbability());
                if (g.expectedClose() == null) {
                    undated += g.count();
                    undatedWithoutValue += g.count() - g.valued();
                    undatedWeighted += weighted;
                    undatedUnweighted += g.valueMinor();
                    continue;
                }
                long[] m = months.computeIfAbsent(YearMonth.from(g.expectedClose()), k -> new long[5]);
                m[0] += g.count();
                m[1] += weighted;
                m[2] += g.valueMinor();
            }
            for (ReportQueries.WonGroup g : q.wonByCloseDay()) {
                if (!currency.equals(g.currency())) {
                    other += g.count(); // a dollar win was left out of the euro forecast without a word
                    continue;
                }
                long[] m = months.computeIfAbsent(YearMonth.from(g.closedOn()), k -> new long[5]);
                m[3] += g.count();
                m[4] += g.valueMinor();
            }
            // Every month from the first to the last, those with nothing too: the chart's months ran April, June, August, and a
            // gap read as no gap at all.
            if (!months.isEmpty()) {
                for (YearMonth m = months.firstKey(); m.isBefore(months.lastKey()); m = m.plusMonths(1)) {
                    months.putIfAbsent(m, new long[5]);
                }
            }
            List<ForecastMonth> rows = months.entrySet().stream().map(e -> new ForecastMonth(e.getKey(), (int) e.getValue()[0],
                    new Money(e.getValue()[1], currency), new Money(e.getValue()[2], currency), (int) e.getValue()[3],
                    new Money(e.getValue()[4], currency))).toList();
            return new Forecast(currency, rows, undated, new Money(undatedWeighted, currency), other, new Money(undatedUnweighted, currency),
                    undatedWithoutValue);
        });
    }

    /** At most this many different notes of "Other" are listed, the most frequent first. */
    public static final int MAX_NOTES = 50;

    public LostReasons lostReasons(Period p, String currency) {
        return lostReasons(p, currency, ReportFilter.ALL);
    }

    /**
     * The moves of the period that went past a failing checklist with a written reason, newest first: who made them,
     * why, and which required items did not hold.
     */
    public List<com.funnelboard.domain.OverriddenMove> overrides(Period p, ReportFilter filter) {
        Instant from = p.first().atStartOfDay(zone).toInstant();
        Instant to = p.last().plusDays(1).atStartOfDay(zone).toInstant();
        return store.read(r -> r.reports().filtered(filter).overrides(from, to));
    }

    public LostReasons lostReasons(Period p, String currency, ReportFilter filter) {
        CloseDays days = new CloseDays(p.first(), p.last(), zone);
        return store.read(r -> {
            ReportQueries q = r.reports().filtered(filter);
            return LostReasonRows.of(p, currency, q.lostGroups(days), q.lostNotes(days));
        });
    }


    /**
     * Pipeline over time. A deal is in a stage at a moment when its last move before that moment
     * took it there; the value is its estimated value today (value edits are not part of the stage
     * history). Computed back from today's board: what sits in each open stage now, less the deals
     * that moved in since each moment, plus those that moved out.
     */
    public Pipeline pipeline(Period p, String currency) {
        return pipeline(p, currency, ReportFilter.ALL);
    }

    public Pipeline pipeline(Period p, String currency, ReportFilter filter) {
        return PipelineReport.of(store, zone, p, currency, filter);
    }
}
