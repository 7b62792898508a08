package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a file's won and lost deals are read: the close date of either column, a final value, the reason of a loss. */
class RowParserClosedDealsTest {

    private static final List<String> HEADERS = List.of("Title", "Value", "Status", "Won time", "Lost time", "Won value", "Lost reason");
    private final RowParser parser = new RowParser(HEADERS, HeaderMatcher.match(HEADERS), new StageNames(Map.of()), "EUR", Locale.UK);

    @Test
    void aLostDealTakesItsLostTimeAndItsReasonWithTheFilesWords() {
        ImportRow row = parser.parse(2, new String[] {"Rollout", "5000", "lost", "", "2026-02-03 14:10:00", "", "Too pricey for them"});
        assertThat(row.problems()).isEmpty();
        assertThat(row.deal().stage()).isEqualTo(Stage.LOST);
        assertThat(row.deal().closedOn()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(row.deal().lostReason()).isEqualTo(LostReason.NO_BUDGET);
        assertThat(row.deal().lostNote()).isEqualTo("Too pricey for them");
        assertThat(row.deal().finalValue()).isNull();
    }

    @Test
    void aWonDealTakesItsWonTimeAndFinalValueAndNoLostReason() {
        ImportRow row = parser.parse(3, new String[] {"Pilot", "12,500", "won", "2026-01-20 09:00:00", "", "11,000.50", "Price"});
        assertThat(row.problems()).isEmpty();
        assertThat(row.deal().closedOn()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(row.deal().finalValue()).isEqualTo(new Money(1_100_050, "EUR"));
        assertThat(row.deal().lostReason()).as("a reason beside a won deal is stale").isNull();
        assertThat(row.deal().lostNote()).isNull();
    }

    @Test
    void aFinalValueInAnotherCurrencyIsAProblemOfItsColumn() {
        ImportRow row = parser.parse(4, new String[] {"Pilot", "12500", "won", "2026-01-20", "", "$11,000", ""});
        assertThat(row.problems()).extracting(ImportRow.Problem::column).containsExactly("Won value");
    }

    /** A won deal entered in the other program after it closed: made the day it closed, and said (its cycle was negative). */
    @Test
    void aDealCreatedAfterItClosedCountsAsMadeTheDayItClosedAndIsSaid() {
        List<String> headers = List.of("Title", "Stage", "Close Date", "Created Date");
        RowParser p = new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "EUR", Locale.UK);
        ImportRow row = p.parse(2, new String[] {"Old win", "Closed Won", "2015-08-01", "2015-08-14 10:00:00"});
        assertThat(row.problems()).as("imported, not refused").isEmpty();
        assertThat(row.deal().createdOn()).isEqualTo(LocalDate.of(2015, 8, 1));
        assertThat(row.deal().createdTime()).isNull();
        assertThat(row.notices()).singleElement().extracting(ImportRow.Problem::reason)
                .isEqualTo("\"2015-08-14 10:00:00\" is after the deal closed (2015-08-01), so it counts as made the day it closed");

        ImportRow inOrder = p.parse(3, new String[] {"Normal", "Closed Won", "2015-09-01", "2015-08-14"});
        assertThat(inOrder.deal().createdOn()).isEqualTo(LocalDate.of(2015, 8, 14));
        assertThat(inOrder.notices()).isEmpty();
    }
}
