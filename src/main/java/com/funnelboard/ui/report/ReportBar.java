package com.funnelboard.ui.report;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.ReportFilter;
import com.funnelboard.domain.ReportSlice;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.ReportService;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a bar of a report chart stands for, and the board lens a click on it opens. A funnel bar, a
 * lost reason and a forecast month open exactly the deals the bar counts (a {@link ReportSlice},
 * which the filter bar shows and clears), with the page's owner and source as board filters; a
 * bar of the win rate by source or by owner opens that source's or that person's deals (the period
 * is not part of it).
 */
public sealed interface ReportBar {

    /** A bar of the win rate by source (null: the deals without a source, which no board filter keeps). */
    record Source(String source) implements ReportBar {}

    /** A bar of the win rate by owner (null: the deals nobody owns). */
    record Owner(String email) implements ReportBar {}

    /** A stage of the funnel: the deals that entered it ({@code from} null), or those that came to it straight from {@code from}. */
    record InStage(Stage stage, Stage from) implements ReportBar {
        public InStage(Stage stage) {
            this(stage, null);
        }
    }

    /** A month of the forecast: the open deals expected to close in it, or ({@code won}) those won in it. */
    record Month(YearMonth month, boolean won) implements ReportBar {}

    /** A lost reason. */
    record Reason(LostReason reason) implements ReportBar {}

    String TOOLTIP = "Show these deals on the board";

    /** What the bar was counted with: the page's filters, the period and the currency of the amounts. */
    record Shown(ReportFilter filter, ReportService.Period period, ZoneId zone, String currency, java.util.Locale locale) {}

    /** The lens for a click on this bar. */
    default BoardLens lens(Shown shown) {
        ReportFilter page = shown.filter();
        BoardLens lens = BoardLens.ALL.withOwner(page.owner()).with("source", page.source());
        ReportService.Period p = shown.period();
        return switch (this) {
            case Source s -> (s.source() != null ? lens.with("source", s.source()) : lens).with("industry", page.industry());
            case Owner o -> lens.withOwner(o.email() == null ? OwnerFilter.NOBODY : OwnerFilter.person(o.email())).with("industry", page.industry());
            case InStage st -> lens.withReport(new ReportSlice.Entered(st.stage(), st.from(), p.first(), p.last(), p.start(shown.zone()),
                    p.end(shown.zone()), page));
            case Month m -> lens.withReport(m.won() ? new ReportSlice.WonIn(m.month(), shown.currency(), page)
                    : new ReportSlice.ClosingIn(m.month(), shown.currency(), page));
            case Reason r -> lens.withReport(new ReportSlice.Lost(r.reason(), p.first(), p.last(), p.start(shown.zone()), p.end(shown.zone()), page));
        };
    }

    /** What the board's chip and the status bar say of a slice: its days and months as the window writes them. */
    static String inWords(com.funnelboard.domain.ReportSlice slice, java.util.Locale locale) {
        com.funnelboard.ui.common.Formats f = com.funnelboard.ui.common.Formats.of(locale, java.time.ZoneOffset.UTC);
        return slice.label(f::date, f::monthYear);
    }

    /** The status bar's words for a click: what the board is filtered by, and what the filter could not include. */
    default String status(Shown shown) {
        BoardLens lens = lens(shown);
        List<String> by = new ArrayList<>();
        if (lens.report() != null) {
            by.add(inWords(lens.report(), shown.locale()));
        }
        if (lens.owner().kind() != OwnerFilter.Kind.EVERYONE) {
            by.add(lens.owner().kind() == OwnerFilter.Kind.NOBODY ? "no owner" : "owner " + lens.owner().email());
        }
        if (lens.source() != null) {
            by.add("source " + LeadSource.parse(lens.source()).map(LeadSource::label).orElse(lens.source()));
        }
        if (lens.industry() != null) {
            by.add("industry " + lens.industry());
        }
        String head = by.isEmpty() ? "Board shows every deal" : "Board filtered by " + String.join(", ", by);
        return head + switch (this) {
            case Source s when s.source() == null -> "; the period and \"no source\" are not board filters";
            case Source s -> "; the period is not a board filter";
            case Owner o -> "; the period is not a board filter";
            case Reason r -> " (a deal lost twice in the period is one card)";
            default -> "";
        };
    }
}
