package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.funnelboard.testing.Properties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Amounts are read as their column writes them, not as the machine's locale would. */
class AmountsTest {

    /** No column style: the value is read on its own evidence. */
    private static final Amounts.Column BY_ITSELF = null;

    private static BigDecimal read(String text, Amounts.Style style) {
        return Amounts.read(text, style).amount();
    }

    @Test
    void theColumnsValuesDecideTheDecimalSeparator() {
        assertThat(Amounts.sniff(List.of("12.500,50", "1.200", "3,5"))).isEqualTo(Amounts.Style.COMMA_DECIMAL);
        assertThat(Amounts.sniff(List.of("12,500.50", "1,200", "3.5"))).isEqualTo(Amounts.Style.DOT_DECIMAL);
        assertThat(Amounts.sniff(List.of("1.200", "12.500", "3,5"))).isEqualTo(Amounts.Style.COMMA_DECIMAL);
        assertThat(Amounts.sniff(List.of("1.200.000"))).isEqualTo(Amounts.Style.COMMA_DECIMAL);
        assertThat(Amounts.sniff(List.of("12500.50", "100"))).isEqualTo(Amounts.Style.DOT_DECIMAL);
        // Three digits after one separator say thousands when nothing else speaks.
        assertThat(Amounts.sniff(List.of("1.200", "12.500"))).isEqualTo(Amounts.Style.COMMA_DECIMAL);
        assertThat(Amounts.sniff(List.of("1,200", "12,500"))).isEqualTo(Amounts.Style.DOT_DECIMAL);
        assertThat(Amounts.sniff(List.of("1200", "", "n/a"))).isNull();
    }

    @Test
    void anAmbiguousValueTakesTheColumnsChoice() {
        assertThat(read("1.200", Amounts.Style.COMMA_DECIMAL)).isEqualByComparingTo("1200");
        assertThat(read("1.200", Amounts.Style.DOT_DECIMAL)).isEqualByComparingTo("1.2");
        assertThat(read("1,200", Amounts.Style.DOT_DECIMAL)).isEqualByComparingTo("1200");
        assertThat(read("1,200", null)).isEqualByComparingTo("1200");
        assertThat(read("1.200", null)).isEqualByComparingTo("1200");
    }

    @Test
    void aValueThatWouldHaveThreeDecimalsWhereTheColumnHasTwoIsAQuestionNotANumber() {
        Amounts.Column english = Amounts.column(List.of("12500.50", "99.00", "1,200", "1.200"));
        assertThat(english).isEqualTo(new Amounts.Column(Amounts.Style.DOT_DECIMAL, 2));
        assertThat(Amounts.read("1,200", english).amount()).isEqualByComparingTo("1200");
        assertThatThrownBy(() -> Amounts.read("1.200", english)).hasMessage(
                "not an amount: \"1.200\" could be 1.2 or 1200 (this column writes amounts like 1,234.56, with 2 decimals)");
        Amounts.Column german = Amounts.column(List.of("12.500,50", "99,00", "1.200"));
        assertThat(Amounts.read("1.200", german).amount()).isEqualByComparingTo("1200");
        assertThatThrownBy(() -> Amounts.read("12,500", german)).hasMessageContaining("could be 12.5 or 12500");
        // Decimals that vary decide nothing: the column's separator is the decimal one.
        Amounts.Column varied = Amounts.column(List.of("12500.5", "99.00", "1.200"));
        assertThat(varied.decimals()).isEqualTo(-1);
        assertThat(Amounts.read("1.200", varied).amount()).isEqualByComparingTo("1.2");
    }

    @Test
    void aRecurringValuesPeriodIsReadPastAndOtherWordsAreNot() {
        assertThat(read("$500 monthly", null)).isEqualByComparingTo("500");
        assertThat(read("1.200 € / Monat", Amounts.Style.COMMA_DECIMAL)).isEqualByComparingTo("1200");
        assertThat(read("$12,000 annually", null)).isEqualByComparingTo("12000");
        assertThat(read("99 USD/mo", null)).isEqualByComparingTo("99");
        assertThat(Amounts.read("$99 per year", BY_ITSELF).currency()).isNull();
        assertThatThrownBy(() -> read("500 apples", null)).hasMessageContaining("not an amount");
        assertThatThrownBy(() -> read("monthly", null)).hasMessageContaining("not an amount");
    }

    @Test
    void thousandsAndMillionsAbbreviatedAreRead() {
        assertThat(read("12.5k", null)).isEqualByComparingTo("12500");
        assertThat(Amounts.read("€12,5K", BY_ITSELF)).isEqualTo(new Amounts.Read(new BigDecimal("12500.0"), "EUR"));
        assertThat(Amounts.read("£3k", BY_ITSELF).amount()).isEqualByComparingTo("3000");
        assertThat(read("1.2M", null)).isEqualByComparingTo("1200000");
        assertThat(read("$ 40 k", null)).isEqualByComparingTo("40000");
        assertThat(Amounts.read("500 kr", BY_ITSELF)).as("a crown is no thousand").isEqualTo(new Amounts.Read(new BigDecimal("500"), null, "kr"));
        assertThat(Amounts.read("500 MXN", BY_ITSELF).currency()).isEqualTo("MXN");
        assertThatThrownBy(() -> read("12kg", null)).hasMessageContaining("not an amount");
        // German and English sheets' words for them.
        assertThat(Amounts.read("1,5 Mio. €", BY_ITSELF)).isEqualTo(new Amounts.Read(new BigDecimal("1500000.0"), "EUR"));
        assertThat(Amounts.read("15 T€", BY_ITSELF).amount()).isEqualByComparingTo("15000");
        assertThat(Amounts.read("15 Tsd. EUR", BY_ITSELF).amount()).isEqualByComparingTo("15000");
        assertThat(Amounts.read("2 Mrd. €", BY_ITSELF).amount()).isEqualByComparingTo("2000000000");
        assertThat(read("$2.5mn", null)).isEqualByComparingTo("2500000");
        assertThatThrownBy(() -> read("15 TB", null)).hasMessageContaining("not an amount");
    }

    @Test
    void currencySpacesAndApostrophesAreTolerated() {
        assertThat(read("12.500,50", Amounts.Style.COMMA_DECIMAL)).isEqualByComparingTo("12500.50");
        assertThat(read("12\u00A0500,50 €", Amounts.Style.COMMA_DECIMAL)).isEqualByComparingTo("12500.50");
        assertThat(read("12\u202F500,50", Amounts.Style.COMMA_DECIMAL)).isEqualByComparingTo("12500.50");
        assertThat(read("1'200.50", Amounts.Style.DOT_DECIMAL)).isEqualByComparingTo("1200.50");
        assertThat(read("€ 7.000,-", Amounts.Style.COMMA_DECIMAL)).isEqualByComparingTo("7000");
        assertThat(read("$12,500.50", null)).isEqualByComparingTo("12500.50");
        assertThat(Amounts.read("EUR 12.500,50", BY_ITSELF).currency()).isEqualTo("EUR");
        assertThat(Amounts.read("12,500.50 usd", BY_ITSELF).currency()).isEqualTo("USD");
        assertThat(Amounts.read("£1,200", BY_ITSELF).currency()).isEqualTo("GBP");
        assertThat(Amounts.read("$1,200", BY_ITSELF).currency()).isNull();
        assertThat(Amounts.read("R$ 1.234,56", BY_ITSELF)).isEqualTo(new Amounts.Read(new BigDecimal("1234.56"), "BRL"));
        assertThat(Amounts.read("Fr. 1'200.50", BY_ITSELF)).isEqualTo(new Amounts.Read(new BigDecimal("1200.50"), "CHF"));
        assertThat(Amounts.read("1 234,50 zł", BY_ITSELF)).isEqualTo(new Amounts.Read(new BigDecimal("1234.50"), "PLN"));
        assertThat(Amounts.read("kr 1.234,50", BY_ITSELF)).isEqualTo(new Amounts.Read(new BigDecimal("1234.50"), null, "kr"));
        assertThat(Amounts.read("$2,000", BY_ITSELF)).isEqualTo(new Amounts.Read(new BigDecimal("2000"), null, "$"));
        assertThat(Amounts.read("¥ 150000", BY_ITSELF)).isEqualTo(new Amounts.Read(new BigDecimal("150000"), null, "¥"));
        assertThat(Amounts.read("€ 7.000,-", BY_ITSELF).sign()).as("one currency's sign is its currency").isNull();
    }

    @Test
    void aValueNotWrittenTheColumnsWayIsRefusedNeverMisread() {
        assertThatThrownBy(() -> Amounts.read("1.5", Amounts.Style.COMMA_DECIMAL)).hasMessageContaining("not an amount: \"1.5\"")
                .hasMessageContaining("1.234,56");
        assertThatThrownBy(() -> Amounts.read("3,5", Amounts.Style.DOT_DECIMAL)).hasMessageContaining("1,234.56");
        assertThatThrownBy(() -> Amounts.read("1.200.00", Amounts.Style.DOT_DECIMAL)).hasMessageContaining("not an amount");
        assertThatThrownBy(() -> Amounts.read("12500.50", Amounts.Style.COMMA_DECIMAL)).hasMessageContaining("not an amount");
        assertThatThrownBy(() -> Amounts.read("1.2.3,4.5", BY_ITSELF)).hasMessageContaining("not an amount");
        assertThatThrownBy(() -> Amounts.read("12.50.", BY_ITSELF)).hasMessageContaining("not an amount");
        assertThatThrownBy(() -> Amounts.read("twelve", BY_ITSELF)).hasMessageContaining("not an amount: \"twelve\"");
        assertThatThrownBy(() -> Amounts.read("12,50 XYZ", BY_ITSELF)).hasMessageContaining("XYZ is not a currency code");
        assertThatThrownBy(() -> Amounts.read("-12,50", BY_ITSELF)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Amounts.read("EUR 12 USD", BY_ITSELF)).hasMessageContaining("not an amount");
    }

    @Test
    void aValueThatCanBeReadOnlyOneWayIsReadSoInAColumnOfTheOtherWay() {
        assertThat(Amounts.read("R$ 3.500,00", Amounts.Style.DOT_DECIMAL)).isEqualTo(new Amounts.Read(new BigDecimal("3500.00"), "BRL"));
        assertThat(Amounts.read("12.500,50", Amounts.Style.DOT_DECIMAL).amount()).isEqualByComparingTo("12500.50");
        assertThat(Amounts.read("$12,500.50", Amounts.Style.COMMA_DECIMAL).amount()).isEqualByComparingTo("12500.50");
        assertThat(Amounts.read("1.200.000", Amounts.Style.DOT_DECIMAL).amount()).isEqualByComparingTo("1200000");
        assertThat(Amounts.read("1,200,000", Amounts.Style.COMMA_DECIMAL).amount()).isEqualByComparingTo("1200000");
        // One separator: either reading is possible, so the column decides.
        assertThat(Amounts.read("12,500", Amounts.Style.DOT_DECIMAL).amount()).isEqualByComparingTo("12500");
        assertThat(Amounts.read("12,500", Amounts.Style.COMMA_DECIMAL).amount()).isEqualByComparingTo("12.5");
    }

    /** The ways a file may write an amount of minor units (two decimals). */
    private static String format(long minor, int style, int currency) {
        String whole = Long.toString(minor / 100);
        String cents = String.format("%02d", minor % 100);
        String group = switch (style % 6) {
            case 0 -> ",";
            case 1 -> ".";
            case 2 -> "\u00A0";
            case 3 -> "'";
            case 4 -> "\u202F";
            default -> "";
        };
        String decimal = style % 6 == 0 || style % 6 == 3 ? "." : style % 6 == 5 ? (style >= 6 ? "," : ".") : ",";
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(group);
            }
            grouped.append(whole.charAt(i));
        }
        // Whole amounts are often written without decimals.
        String text = grouped + (minor % 100 == 0 && style >= 6 && style % 6 != 5 ? "" : decimal + cents);
        return switch (currency) {
            case 1 -> "€ " + text;
            case 2 -> text + " EUR";
            case 3 -> text + "\u00A0€";
            default -> text;
        };
    }

    @Test
    void anAmountWrittenInAnySupportedStyleReadsBackToTheSameMinorUnits() {
        Properties.qt(400).forAll(longs().between(0, 99_999_999_999L), integers().between(0, 11), integers().between(0, 3))
                .checkAssert((minor, style, currency) -> {
                    String text = format(minor, style, currency);
                    Amounts.Column sniffed = Amounts.column(List.of(text));
                    assertThat(Amounts.read(text, sniffed).amount().movePointRight(2).longValueExact()).as(text).isEqualTo(minor);
                });
    }

    @Test
    void aColumnOfAmountsInOneStyleReadsBackWhole() {
        Properties.qt(100).forAll(longs().between(0, 9_999_999_999L), integers().between(0, 11))
                .checkAssert((seed, style) -> {
                    List<Long> amounts = new ArrayList<>();
                    List<String> texts = new ArrayList<>();
                    for (long x = seed, i = 0; i < 8; i++, x = x / 7 + i * 100) {
                        amounts.add(x);
                        texts.add(format(x, style, (int) (i % 4)));
                    }
                    Amounts.Column sniffed = Amounts.column(texts);
                    for (int i = 0; i < texts.size(); i++) {
                        assertThat(Amounts.read(texts.get(i), sniffed).amount().movePointRight(2).longValueExact()).as(texts + " " + sniffed)
                                .isEqualTo(amounts.get(i));
                    }
                });
    }

    @Test
    void aSignOfSeveralCurrenciesIsTheDefaultOneWhereItIsItsSignElseTheOneItMostOftenMeans() {
        assertThat(Amounts.currencyOfSign("$", "EUR")).isEqualTo("USD");
        assertThat(Amounts.currencyOfSign("$", "CAD")).isEqualTo("CAD");
        assertThat(Amounts.currencyOfSign("$", "AUD")).isEqualTo("AUD");
        assertThat(Amounts.currencyOfSign("¥", "EUR")).isEqualTo("JPY");
        assertThat(Amounts.currencyOfSign("¥", "CNY")).isEqualTo("CNY");
        assertThat(Amounts.currencyOfSign("kr", "NOK")).isEqualTo("NOK");
        assertThat(Amounts.currencyOfSign("kr", "EUR")).as("Swedish, Norwegian or Danish: not guessed").isNull();
        assertThat(Amounts.signOf("$", "USD")).isTrue();
        assertThat(Amounts.signOf("$", "EUR")).isFalse();
    }
}
