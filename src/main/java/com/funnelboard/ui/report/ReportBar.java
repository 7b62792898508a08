package com.funnelboard.ui.report;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.ReportFilter;
import com.funnelboard.domain.Stage;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What a bar of a report chart stands for, and the board lens a click on it opens: the page's
 * filters (owner, source, industry) plus the bar's source where it is one. The period, a stage,
 * a close month and a lost reason are not board filters; {@link #status} says so.
 */
public sealed interface ReportBar {

    /** A bar of the win rate by source (null: the deals without a source, which no board filter keeps). */
    record Source(String source) implements ReportBar {}

    /** A stage of the funnel (its column on the board). */
    record InStage(Stage stage) implements ReportBar {}

    /** A month of the forecast. */
    record Month(YearMonth month) implements ReportBar {}

    /** A lost reason. */
    record Reason(LostReason reason) implements ReportBar {}

    String TOOLTIP = "Show these deals on the board";

    /** The lens for a click on this bar with the page's filters. */
    default BoardLens lens(ReportFilter page) {
        BoardLens lens = BoardLens.ALL.withOwner(page.owner()).with("source", page.source()).with("industry", page.industry());
        return this instanceof Source s && s.source() != null ? lens.with("source", s.source()) : lens;
    }

    /** The status bar's words for a click: what the board is filtered by, and what the filter could not include. */
    default String status(ReportFilter page) {
        BoardLens lens = lens(page);
        List<String> by = new ArrayList<>();
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
            case InStage st -> "; see the " + st.stage().label() + " column; the period is not a board filter";
            case Month m -> "; the close month is not a board filter";
            case Reason r -> "; the period and lost reason are not board filters";
        };
    }
}
