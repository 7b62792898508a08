package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Money;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bare amount in a column whose other amounts all name one currency is in that currency, not the default one. */
class RowParserColumnCurrencyTest {

    private static final List<String> HEADERS = List.of("Deal", "Amount");

    private static RowParser parser(String defaultCurrency, String... amounts) {
        List<ImportField> mapping = HeaderMatcher.match(HEADERS);
        List<String[]> sample = java.util.Arrays.stream(amounts).map(a -> new String[] {"Deal", a}).toList();
        return new RowParser(HEADERS, mapping, new StageNames(Map.of()), defaultCurrency, Locale.UK, ColumnFormats.sniff(mapping, sample, Locale.UK));
    }

    private static Money value(RowParser parser, String amount) {
        ImportRow row = parser.parse(2, new String[] {"Rollout", amount});
        assertThat(row.problems()).isEmpty();
        return row.deal().value();
    }

    @Test
    void aBareAmountBesideDollarAmountsIsInDollars() {
        RowParser parser = parser("EUR", "$1,250.00", "500", "$2,000");
        assertThat(value(parser, "500")).isEqualTo(new Money(50_000, "USD"));
        assertThat(value(parser, "$1,250.00")).isEqualTo(new Money(125_000, "USD"));
        assertThat(parser.formats().describe(HEADERS)).containsExactly("Amount: amounts 1,234.56 in $");
    }

    @Test
    void theSignIsReadAsTheDefaultCurrencyReadsIt() {
        assertThat(value(parser("CAD", "$1,250.00", "900"), "900")).isEqualTo(new Money(90_000, "CAD"));
    }

    @Test
    void aCodeNamedByEveryMarkedAmountCountsToo() {
        RowParser parser = parser("EUR", "1000 GBP", "250", "GBP 75", "");
        assertThat(value(parser, "250")).isEqualTo(new Money(25_000, "GBP"));
        assertThat(parser.formats().summary()).isEqualTo("amounts in GBP");
    }

    @Test
    void columnsOfSeveralCurrenciesOrNoneLeaveABareAmountInTheDefaultCurrency() {
        assertThat(value(parser("EUR", "$1,000", "€900", "500"), "500")).isEqualTo(new Money(50_000, "EUR"));
        assertThat(value(parser("EUR", "1,000", "500"), "500")).isEqualTo(new Money(50_000, "EUR"));
        assertThat(value(parser("EUR", "1.500.000,75", "2.000", "USD 950"), "2.000")).as("the marked amount is the exception")
                .isEqualTo(new Money(200_000, "EUR"));
    }

    @Test
    void aCurrencyColumnMayGiveTheSign() {
        List<String> headers = List.of("Deal", "Amount", "Currency");
        RowParser parser = new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "USD", Locale.UK);
        assertThat(parser.parse(2, new String[] {"D1", "100", "€"}).deal().value()).isEqualTo(new Money(10_000, "EUR"));
        assertThat(parser.parse(3, new String[] {"D2", "200", "£"}).deal().value()).isEqualTo(new Money(20_000, "GBP"));
        assertThat(parser.parse(4, new String[] {"D3", "300", "US$"}).deal().value()).isEqualTo(new Money(30_000, "USD"));
    }
}
