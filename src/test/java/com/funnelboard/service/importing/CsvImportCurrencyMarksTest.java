package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A deal's currency as files write it besides a currency column: in the value column's header
 * ("Valor (R$)", "Value (£)", "Wartość w PLN"), in full-width signs and after the number in Japanese
 * ("￥500,000", "500,000円"), and on only some of a column's amounts ("800" beside "$2,400").
 */
class CsvImportCurrencyMarksTest extends ImportCase {

    @Test
    void theValueColumnsHeaderNamesTheCurrencyOfItsBareAmounts() throws Exception {
        assertThat(run("""
                Negócio;Valor (R$);Etapa
                Implantação;1.234,56;Proposta
                """).problemCount()).isZero();
        assertThat(deals().get("Implantação").value()).isEqualTo(new Money(123_456, "BRL"));
        assertThat(run("""
                Nazwa transakcji,Wartość w PLN
                Wdrożenie,85000
                """).problemCount()).isZero();
        assertThat(deals().get("Wdrożenie").value()).isEqualTo(new Money(8_500_000, "PLN"));
        assertThat(run("""
                Deal,Value (net)
                Netted,100
                """).problemCount()).as("a word of three letters that is no currency's code is no currency").isZero();
        assertThat(deals().get("Netted").value()).isEqualTo(new Money(10_000, "EUR"));
    }

    @Test
    void aPoundHeaderSaysTheFilesDatesAreWrittenDayFirst() throws Exception {
        // The machine is American (month first); the file is British: "03/04/2026" is 3 April.
        assertThat(run("""
                Deal,Value (£),Close Date
                Thames,2500,03/04/2026
                Severn,1200,05/06/2026
                """).problemCount()).isZero();
        assertThat(deals().get("Thames").value()).isEqualTo(new Money(250_000, "GBP"));
        assertThat(store.read(r -> r.deals().find(deals().get("Thames").id()).orElseThrow()).expectedClose())
                .contains(LocalDate.of(2026, 4, 3));
    }

    @Test
    void fullWidthSignsAndTheYenAfterTheNumber() throws Exception {
        assertThat(run("""
                Deal,Amount
                東京導入,"￥500,000"
                大阪導入,"800,000円"
                名古屋導入,５００，０００円
                """).problemCount()).isZero();
        assertThat(deals().get("東京導入").value()).isEqualTo(new Money(500_000, "JPY"));
        assertThat(deals().get("大阪導入").value()).isEqualTo(new Money(800_000, "JPY"));
        assertThat(deals().get("名古屋導入").value()).isEqualTo(new Money(500_000, "JPY"));
    }

    @Test
    void aBareAmountBesideAsManyMarkedOnesTakesTheirCurrency() throws Exception {
        assertThat(run("""
                Deal,Amount
                Marked,"$2,400"
                Bare,800
                """).problemCount()).isZero();
        assertThat(deals().get("Bare").value()).isEqualTo(new Money(80_000, "USD"));
        assertThat(run("""
                Deal,Amount
                Short marked,$2.5k
                Short bare,15k
                """).problemCount()).isZero();
        assertThat(deals().get("Short bare").value()).isEqualTo(new Money(1_500_000, "USD"));
    }

    @Test
    void aYenAmountsSeparatorIsItsThousandsWhateverItsColumnWrites() throws Exception {
        ImportResult r = run("mixed.csv", "Deal;Amount\nKronor;45 000,00 kr\nYen;¥80,000\nWon;₩1.200.000\n",
                ImportOptions.defaults().withCurrency("SEK"));
        assertThat(r.problemCount()).isZero();
        assertThat(deals().get("Kronor").value()).isEqualTo(new Money(4_500_000, "SEK"));
        assertThat(deals().get("Yen").value()).isEqualTo(new Money(80_000, "JPY"));
        assertThat(deals().get("Won").value()).isEqualTo(new Money(1_200_000, "KRW"));
    }

    @Test
    void theTurkishLiraWrittenTlOrYtlIsTry() throws Exception {
        assertThat(run("""
                Name;Email;Company;Deal;Amount;Stage;Close Date
                Ayşe Çelik;ayse@celiktekstil.example;Çelik Tekstil A.Ş.;Çelik kumaş;125.000,00 TL;Proposal;15.04.2024
                Oğuz Şahin;oguz.sahin@sahingida.example;Şahin Gıda Ltd. Şti.;Şahin depo;48.500,50 TL;Negotiation;30.05.2024
                İpek Güneş;ipek@gunesenerji.example;Güneş Enerji;Güneş panel;9.900 YTL;Won;01.03.2024
                """).problemCount()).isZero();
        assertThat(deals().get("Çelik kumaş").value()).isEqualTo(new Money(12_500_000, "TRY"));
        assertThat(deals().get("Şahin depo").value()).isEqualTo(new Money(4_850_050, "TRY"));
        assertThat(deals().get("Güneş panel").value()).isEqualTo(new Money(990_000, "TRY"));
        assertThat(run("""
                Deal,Value,Currency
                Ankara,2500,TL
                """).problemCount()).as("in a currency column too").isZero();
        assertThat(deals().get("Ankara").value()).isEqualTo(new Money(250_000, "TRY"));
    }
}
