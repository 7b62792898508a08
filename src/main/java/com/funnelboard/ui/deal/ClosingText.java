package com.funnelboard.ui.deal;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.ui.common.Formats;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * How a closed deal closed, as the deal form says it beside its estimate: "Won for €84,000 on Dec
 * 5, 2026" (cents only when it has some), "Lost on Dec 5, 2026: No budget", with the lost note
 * after a dash.
 */
final class ClosingText {

    private ClosingText() {}

    /** The sentence for {@code deal}, its day told in {@code zone}; empty for an open deal or none. */
    static String of(Deal deal, Locale locale, ZoneId zone) {
        if (deal == null || deal.stage() != Stage.WON && deal.stage() != Stage.LOST) {
            return "";
        }
        Formats formats = Formats.of(locale, zone);
        LocalDate day = deal.closedOn() != null ? deal.closedOn()
                : deal.stageEnteredAt() == null ? null : LocalDate.ofInstant(deal.stageEnteredAt(), zone);
        String on = day == null ? "" : " on " + formats.date(day);
        if (deal.stage() == Stage.WON) {
            Money won = deal.finalValue() != null ? deal.finalValue() : deal.value();
            return "Won" + (won == null ? "" : " for " + won.formatWhole(locale)) + on
                    + (deal.finalValue() != null && deal.value() != null && !deal.finalValue().equals(deal.value()) ? " (estimated above)" : "");
        }
        // The note says what "Other" was (it is required then): "Lost on Dec 5, 2026: Other – Project cancelled by the board".
        String note = deal.lostNote() == null || deal.lostNote().isBlank() ? "" : " \u2013 " + deal.lostNote().strip();
        return "Lost" + on + (deal.lostReason() == null ? "" : ": " + deal.lostReason().label()) + note;
    }
}
