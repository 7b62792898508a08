package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import org.junit.jupiter.api.Test;

/**
 * Sheets and CRM exports written in Swedish, Norwegian, Danish, Finnish, Polish and Czech: their
 * columns are matched by name, and their stage names read as ours.
 */
class CsvImportNorthAndEastTest extends ImportCase {

    @Test
    void aSwedishSheetNamesItsPeopleDealsAndOwners() throws Exception {
        ImportResult r = run("""
                Förnamn;Efternamn;E-post;Telefon;Företag;Befattning;Affär;Värde;Valuta;Steg;Stängningsdatum;Ansvarig
                Anna;Lindqvist;anna@nordvik.se;+46 8 123 456 78;Nordvik AB;Inköpschef;Nordvik avtal;125000;SEK;Förhandling;2026-06-30;Erik Berg
                Johan;Ek;johan@ekab.se;+46 31 765 43 21;Ek AB;VD;Ek licens;40000;SEK;Vunnen;2026-03-01;Erik Berg
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(contact("Anna Lindqvist").emails()).containsExactly("anna@nordvik.se");
        assertThat(contact("Anna Lindqvist").title()).isEqualTo("Inköpschef");
        DealCard nordvik = deals().get("Nordvik avtal");
        assertThat(nordvik.stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(nordvik.value()).isEqualTo(new Money(12_500_000, "SEK"));
        assertThat(nordvik.organizationName()).isEqualTo("Nordvik AB");
        assertThat(nordvik.owner()).isEqualTo("Erik Berg");
        assertThat(deals().get("Ek licens").stage()).isEqualTo(Stage.WON);
    }

    @Test
    void aPolishCrmExportNamesItsPeopleDealsAndOwners() throws Exception {
        ImportResult r = run("""
                Imię,Nazwisko,E-mail,Telefon,Firma,Stanowisko,Nazwa transakcji,Wartość,Waluta,Etap,Data zamknięcia,Opiekun
                Katarzyna,Nowak,k.nowak@budmax.pl,+48 22 123 45 67,Budmax Sp. z o.o.,Dyrektor zakupów,Budmax wdrożenie,85000,PLN,Negocjacje,2026-07-15,Piotr Zieliński
                Marek,Wójcik,m.wojcik@stal.pl,+48 12 765 43 21,Stal SA,Prezes,Stal serwis,12000,PLN,Przegrana,2026-02-10,Piotr Zieliński
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(contact("Katarzyna Nowak").phones()).containsExactly("+48 22 123 45 67");
        DealCard budmax = deals().get("Budmax wdrożenie");
        assertThat(budmax.stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(budmax.value()).isEqualTo(new Money(8_500_000, "PLN"));
        assertThat(budmax.owner()).isEqualTo("Piotr Zieliński");
        assertThat(deals().get("Stal serwis").stage()).isEqualTo(Stage.LOST);
    }

    @Test
    void danishNorwegianFinnishAndCzechHeadersAndStages() throws Exception {
        assertThat(run("""
                Fornavn;Efternavn;E-mail;Firma;Stilling;Aftale;Beløb;Fase;Forventet lukning;Sælger
                Mette;Hansen;mette@fjord.dk;Fjord ApS;Indkøber;Fjord pilot;30000;Tilbud sendt;2026-05-01;Lars Holm
                """).problemCount()).isZero();
        assertThat(deals().get("Fjord pilot").stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(deals().get("Fjord pilot").owner()).isEqualTo("Lars Holm");
        assertThat(contact("Mette Hansen").title()).isEqualTo("Indkøber");
        assertThat(run("""
                Fornavn;Etternavn;E-post;Selskap;Avtale;Verdi;Fase;Selger
                Ola;Nordmann;ola@fjell.no;Fjell AS;Fjell avtale;50000;Tapt;Kari Dahl
                """).problemCount()).isZero();
        assertThat(deals().get("Fjell avtale").stage()).isEqualTo(Stage.LOST);
        assertThat(deals().get("Fjell avtale").organizationName()).isEqualTo("Fjell AS");
        assertThat(run("""
                Etunimi;Sukunimi;Sähköposti;Yritys;Kauppa;Arvo;Vaihe;Myyjä
                Matti;Virtanen;matti@lumi.fi;Lumi Oy;Lumi kauppa;20000;Voitettu;Aino Laine
                """).problemCount()).isZero();
        assertThat(deals().get("Lumi kauppa").stage()).isEqualTo(Stage.WON);
        assertThat(contact("Matti Virtanen").emails()).containsExactly("matti@lumi.fi");
        assertThat(run("""
                Jméno;Příjmení;E-mail;Společnost;Obchod;Hodnota;Fáze;Obchodník
                Jan;Novák;jan@vltava.cz;Vltava s.r.o.;Vltava zakázka;150000;Nabídka;Petr Svoboda
                """).problemCount()).isZero();
        assertThat(deals().get("Vltava zakázka").stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(deals().get("Vltava zakázka").organizationName()).isEqualTo("Vltava s.r.o.");
    }

    @Test
    void closeHeadersOfOtherWordings() throws Exception {
        assertThat(run("""
                Deal,Value,Close
                Alpha,1000,2026-04-30
                """).problemCount()).isZero();
        assertThat(run("""
                Opportunity,Amount,Target Close
                Beta,2000,2026-05-31
                """).problemCount()).isZero();
        assertThat(run("""
                Negócio;Valor;Previsão de fechamento
                Gama;3000;2026-06-30
                """).problemCount()).isZero();
        assertThat(java.util.Map.of("Alpha", "2026-04-30", "Beta", "2026-05-31", "Gama", "2026-06-30")).allSatisfy((title, day) ->
                assertThat(store.read(rd -> rd.deals().find(deals().get(title).id()).orElseThrow()).expectedClose())
                        .as(title).contains(java.time.LocalDate.parse(day)));
    }

    @Test
    void filesSavedInTheirCountrysCodePageAreReadInIt() throws Exception {
        ImportResult polish = run("pl.csv", """
                Imię;Nazwisko;Firma;Nazwa transakcji;Wartość
                Łukasz;Żółkiewski;Źródło Sp. z o.o.;Wdrożenie;85000
                Małgorzata;Bąk;Stal SA;Serwis;12000
                """.getBytes(java.nio.charset.Charset.forName("windows-1250")));
        assertThat(polish.format()).startsWith("windows-1250");
        assertThat(contacts()).containsKeys("Łukasz Żółkiewski", "Małgorzata Bąk");
        assertThat(deals().get("Wdrożenie").organizationName()).isEqualTo("Źródło Sp. z o.o.");
        ImportResult russian = run("ru.csv", """
                Имя;Фамилия;Компания;Сумма
                Иван;Петров;ООО Ромашка;100000
                Мария;Иванова;ЗАО Берёзка;250000
                """.replace("Имя", "First Name").replace("Фамилия", "Last Name").replace("Компания", "Company")
                .replace("Сумма", "Notes").getBytes(java.nio.charset.Charset.forName("windows-1251")));
        assertThat(russian.format()).startsWith("windows-1251");
        assertThat(contacts()).containsKeys("Иван Петров", "Мария Иванова");
        ImportResult japanese = run("ja.csv", """
                First Name,Last Name,Company
                太郎,山田,株式会社サンプル
                花子,鈴木,東京商事
                """.getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
        assertThat(japanese.format()).startsWith("Shift_JIS");
        assertThat(contacts()).as("family name first, as Japanese writes it").containsKeys("山田太郎", "鈴木花子");
        ImportResult german = run("de.csv", """
                Vorname;Nachname;Firma
                Jürgen;Müller;Bäckerei Groß
                François;Lefèvre;Café Crème
                """.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(german.format()).startsWith("windows-1252");
        assertThat(contacts()).containsKeys("Jürgen Müller", "François Lefèvre");
    }

    /** Arabic and Hebrew sheets from Windows: read as Windows-1252 ("ãÍãÏ Úáí") and ISO-8859-2 ("ăĺă ěĺé") without a word. */
    @Test
    void arabicAndHebrewSheetsAreReadInTheirWindowsCodePages() throws Exception {
        ImportResult arabic = run("ar.csv", """
                Name,Company,Email
                محمد علي,شركة الخليج للتجارة,mohammed@gulf.example
                فاطمة حسن,مؤسسة النور,fatima@nour.example
                """.getBytes(java.nio.charset.Charset.forName("windows-1256")));
        assertThat(arabic.format()).startsWith("windows-1256");
        assertThat(contacts()).containsKeys("محمد علي", "فاطمة حسن");
        ImportResult hebrew = run("he.csv", """
                Name,Company,Email
                דוד לוי,חברת גמא בע"מ,david@gamma.example
                רחל כהן,מערכות מידע,rachel@info.example
                """.getBytes(java.nio.charset.Charset.forName("windows-1255")));
        assertThat(hebrew.format()).startsWith("windows-1255");
        assertThat(contacts()).containsKeys("דוד לוי", "רחל כהן");
    }

    @Test
    void shortGreekAndTurkishSheetsAreReadInTheirWindowsCodePages() throws Exception {
        // Two rows of Greek scored higher as Central European; Windows' Ά (0xA2) was read as ISO-8859-7's quote mark.
        ImportResult greek = run("el.csv", """
                First Name;Last Name;Company;Email
                Γιώργος;Παπαδόπουλος;Αθηναϊκή Ζυθοποιία;g.papadopoulos@brewery.example
                Άννα;Νικολάου;Ελληνικά Πετρέλαια;anna@hellenic.example
                """.getBytes(java.nio.charset.Charset.forName("windows-1253")));
        assertThat(greek.format()).startsWith("windows-1253");
        assertThat(contacts()).containsKeys("Γιώργος Παπαδόπουλος", "Άννα Νικολάου");
        // Three rows of Turkish scored higher as Western European, where ş, ğ and ı are Icelandic letters.
        ImportResult turkish = run("tr.csv", """
                First Name;Last Name;Company;Email
                Ayşe;Çelik;Boğaziçi Tekstil;ayse@bogazici.example
                Oğuz;Şahin;Kuzey Lojistik;oguz@kuzey.example
                İpek;Güneş;Anadolu Gıda;ipek@anadolu.example
                """.getBytes(java.nio.charset.Charset.forName("windows-1254")));
        assertThat(turkish.format()).startsWith("windows-1254");
        assertThat(contacts()).containsKeys("Ayşe Çelik", "Oğuz Şahin", "İpek Güneş");
        // An Icelandic name among Western European ones: ð is ğ in Windows-1254, but ú, ó, è and ß are no Turkish letters.
        ImportResult western = run("europe.csv", """
                First Name;Last Name;Company;Email
                Jürgen;Müller;Faßbender GmbH;j.mueller@fass.example
                Élodie;Lefèvre;Maison Lefèvre;elodie@lefevre.example
                Guðrún;Jónsdóttir;Sjávarútvegur hf;gudrun@sjavar.example
                """.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(western.format()).startsWith("windows-1252");
        assertThat(contacts()).containsKeys("Guðrún Jónsdóttir", "Élodie Lefèvre", "Jürgen Müller");
    }

    @Test
    void aTurkishSheetsHeadersStagesAndLiraAreRead() throws Exception {
        ImportResult r = run("tr-deals.csv", """
                Ad;Soyad;Şirket;E-posta;Tutar;Aşama;Sorumlu;Kapanış Tarihi;Şehir
                Ayşe;Çelik;Çelik Tekstil A.Ş.;ayse@celik.example;125.000,00 TL;Teklif;Mehmet Öztürk;15.04.2024;İstanbul
                Oğuz;Şahin;Şahin Gıda;oguz@sahin.example;48.500,50 TL;Müzakere;Mehmet Öztürk;30.05.2024;İzmir
                İpek;Güneş;Güneş Enerji;ipek@gunes.example;9.900,00 TL;Kazanıldı;Zeynep Ağaoğlu;01.03.2024;Ankara
                """.getBytes(java.nio.charset.Charset.forName("windows-1254")));
        assertThat(r.failedRows()).isZero();
        assertThat(contacts()).containsKeys("Ayşe Çelik", "Oğuz Şahin", "İpek Güneş");
        assertThat(deals().get("Güneş Enerji").stage()).isEqualTo(com.funnelboard.domain.Stage.WON);
        assertThat(deals().get("Şahin Gıda").stage()).isEqualTo(com.funnelboard.domain.Stage.OPPORTUNITY);
        assertThat(deals().get("Şahin Gıda").value()).isEqualTo(new com.funnelboard.domain.Money(4_850_050L, "TRY"));
        assertThat(deals().get("Şahin Gıda").owner()).isEqualTo("Mehmet Öztürk");
    }

    @Test
    void aKoreanSheetsHeadersAndStagesAreRead() throws Exception {
        ImportResult r = run("ko.csv", """
                이름,회사,직책,이메일,휴대폰,금액,단계
                김민준,삼성물산,과장,minjun.kim@samsungcnt.example,010-5555-1234,"￦15,000,000",제안
                박지훈,엘지화학,부장,jihoon.park@lgchem.example,010-5555-9012,"￦32,000,000",성사
                """.getBytes(java.nio.charset.Charset.forName("EUC-KR")));
        assertThat(r.failedRows()).isZero();
        assertThat(contact("김민준").title()).isEqualTo("과장");
        assertThat(deals().get("엘지화학").stage()).isEqualTo(com.funnelboard.domain.Stage.WON);
        assertThat(deals().get("삼성물산").value()).isEqualTo(new com.funnelboard.domain.Money(15_000_000L, "KRW"));
    }
}
