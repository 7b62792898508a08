package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exports of SAP Business One, Sage, Odoo, Keap, Kommo, NetSuite, Salesmate and Bitrix24, Chinese
 * and Japanese sheets, Excel's long dates, DOS code page and accounting formats, and reports saved
 * as web pages.
 */
class CsvImportLedgersAndRegionsTest extends ImportCase {

    private String organizationOf(String person) {
        return store.read(r -> r.contactProfiles().list(null, 100)).stream().filter(p -> p.name().equals(person)).findFirst()
                .map(ContactSummary::organizationName).orElseThrow();
    }

    private LocalDate expectedClose(String deal) {
        return store.read(r -> r.deals().find(deals().get(deal).id()).orElseThrow()).expectedClose().orElse(null);
    }

    @Test
    void sapBusinessOneOpportunitiesKeepTheirPartnerAmountOwnerAndClose() throws Exception {
        assertThat(run("""
                Opportunity No.;BP Code;BP Name;Contact Person;Opportunity Name;Sales Employee;Potential Amount;Start Date;Predicted Closing Date;Stage;Status
                1;C20000;Müller Maschinenbau GmbH;Jürgen Weiß;Ersatzteile 2024;Schäfer, Anna;12.500,00;05.03.2024;30.04.2024;Angebot;Open
                """).problemCount()).isZero();
        DealCard d = deals().get("Ersatzteile 2024");
        assertThat(d.organizationName()).isEqualTo("Müller Maschinenbau GmbH");
        assertThat(d.value()).isEqualTo(new Money(1_250_000, "EUR"));
        assertThat(d.owner()).isEqualTo("Schäfer, Anna");
        assertThat(expectedClose("Ersatzteile 2024")).isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void aLedgersNameIsTheCustomerBesideItsContactName() throws Exception {
        assertThat(run("""
                A/C,Name,Contact name,Telephone,Email,Street1,Town,Post Code
                ABC001,ABC Plumbing Ltd,Gary Hughes,01632 960123,gary@abcplumbing.example,Unit 4 Mill Lane,Leeds,LS1 4AB
                """).problemCount()).isZero();
        assertThat(contacts()).containsOnlyKeys("Gary Hughes");
        assertThat(organizationOf("Gary Hughes")).isEqualTo("ABC Plumbing Ltd");
        assertThat(store.read(x -> x.organizations().find(contact("Gary Hughes").organizationId()).orElseThrow()).address())
                .isEqualTo("Unit 4 Mill Lane, Leeds, LS1 4AB");
    }

    @Test
    void odoosCompanyCommaPersonIsTheCompany() throws Exception {
        assertThat(run("""
                "id","Opportunity","Customer","Contact Name","Email","Expected Revenue","Stage"
                "__export__.crm_lead_12_4f1a2b3c","Office Design Project","Azure Interior, Brandon Freeman","Brandon Freeman","brandon@example.com","24000.00","Qualified"
                """).problemCount()).isZero();
        assertThat(organizationOf("Brandon Freeman")).isEqualTo("Azure Interior");
    }

    @Test
    void keapsHighEndKommosAndNetSuitesWords() throws Exception {
        assertThat(run("""
                Id,Opportunity Title,Contact First Name,Contact Last Name,Company,Stage,Owner,Projected Revenue (Low),Projected Revenue (High)
                101,Website Package,Linda,Carter,Carter's Bakery,New Opportunity,Jake Morrison,"$1,500.00","$2,500.00"
                """).problemCount()).isZero();
        assertThat(deals().get("Website Package").value()).isEqualTo(new Money(250_000, "USD"));
        assertThat(deals().get("Website Package").stage()).isEqualTo(Stage.LEAD);
        assertThat(run("""
                ID,Lead title,Sale,Responsible user,Lead status,Company,Contact full name
                28451937,Website redesign,12500,Anna Berg,Incoming leads,Nordlicht GmbH,Klaus Fischer
                28451938,SEO retainer,4000,Anna Berg,Decision making,Bluefin Ltd,Sarah O'Neil
                """).problemCount()).isZero();
        assertThat(deals().get("Website redesign").owner()).isEqualTo("Anna Berg");
        assertThat(deals().get("Website redesign").stage()).isEqualTo(Stage.LEAD);
        assertThat(deals().get("SEO retainer").stage()).isEqualTo(Stage.OPPORTUNITY);
        ImportResult netsuite = run("""
                Internal ID,Title,Customer,Status,Projected Total,Expected Close,Sales Rep
                4411,Warehouse scanners,Acme Corp,In Progress,"54,000.00",3/29/2024,Julia Stone
                4413,Returns,Birch Supply,Issued Estimate,"(1,500.00)",4/12/2024,Julia Stone
                """);
        assertThat(netsuite.problems()).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("a negative amount: \"(1,500.00)\""));
    }

    @Test
    void netSuitesCustomerIsTheDealsOrganization() throws Exception {
        assertThat(run("""
                Internal ID,Title,Customer,Status,Projected Total,Sales Rep
                4411,Warehouse scanners,Acme Corp,In Progress,"54,000.00",Julia Stone
                """).problemCount()).isZero();
        assertThat(deals().get("Warehouse scanners").organizationName()).isEqualTo("Acme Corp");
        assertThat(deals().get("Warehouse scanners").value()).isEqualTo(new Money(5_400_000, "EUR"));
        assertThat(contacts()).as("a customer of a deal is no person").isEmpty();
    }

    @Test
    void russianChineseAndJapaneseHeadersAndStages() throws Exception {
        assertThat(run("bitrix.csv", """
                ID;Название сделки;Стадия сделки;Сумма;Валюта;Компания;Контакт;Ответственный
                12;Поставка оборудования;Счёт на предоплату;150000;RUB;ООО Ромашка;Иван Петров;Мария Смирнова
                13;Сервисный договор;Сделка успешна;50000;RUB;ЗАО Берёзка;Пётр Иванов;Мария Смирнова
                """.getBytes(Charset.forName("windows-1251"))).problemCount()).isZero();
        assertThat(deals().get("Поставка оборудования").stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(deals().get("Поставка оборудования").value()).isEqualTo(new Money(15_000_000, "RUB"));
        assertThat(deals().get("Сервисный договор").stage()).isEqualTo(Stage.WON);
        assertThat(organizationOf("Иван Петров")).isEqualTo("ООО Ромашка");
        assertThat(run("""
                商机名称,公司,联系人,金额,阶段,手机,负责人
                华东项目,上海贸易有限公司,李娜,12.5万,赢单,13800138000,张敏
                """).problemCount()).isZero();
        assertThat(deals().get("华东项目").owner()).as("a two-character name").isEqualTo("张敏");
        assertThat(deals().get("华东项目").value()).as("ten thousands").isEqualTo(new Money(12_500_000, "EUR"));
        assertThat(deals().get("华东项目").stage()).isEqualTo(Stage.WON);
        assertThat(organizationOf("李娜")).isEqualTo("上海贸易有限公司");
        assertThat(run("""
                会社名,姓,名,役職,メールアドレス,携帯電話
                株式会社山田商事,山田,太郎,部長,t.yamada@yamada-shoji.example,090-1234-5678
                """).problemCount()).isZero();
        assertThat(contact("山田太郎").title()).isEqualTo("部長");
        assertThat(organizationOf("山田太郎")).isEqualTo("株式会社山田商事");
    }

    @Test
    void excelsLongDatesAccountingZeroSwissAndIndianAmounts() throws Exception {
        assertThat(run("""
                Deal,Value,Expected close
                Long date,"$1,000.00","Tuesday, March 5, 2024"
                Nothing yet, $-   ,"Friday, March 8, 2024"
                """).problemCount()).isZero();
        assertThat(expectedClose("Long date")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(deals().get("Nothing yet").value()).isEqualTo(new Money(0, "USD"));
        assertThat(run("""
                Deal;Betrag
                Uhren;Fr. 7’800.–
                """).problemCount()).isZero();
        assertThat(deals().get("Uhren").value()).isEqualTo(new Money(780_000, "CHF"));
        assertThat(run("""
                Deal,Deal value
                Tea estate,"Rs. 85,000/-"
                """).problemCount()).isZero();
        assertThat(deals().get("Tea estate").value()).isEqualTo(new Money(8_500_000, "INR"));
    }

    @Test
    void aFileOfTheDosCodePageIsReadAndAWebPageIsRefusedWithWhatToDo() throws Exception {
        ImportResult dos = run("dos.csv", "Name,Firma,E-Mail\r\nJürgen Müller,Bäckerei Müller GmbH,jm@example.de\r\nFrançoise Lefèvre,Café Crème,fl@example.fr\r\n"
                .getBytes(Charset.forName("IBM850")));
        assertThat(dos.format()).startsWith("IBM850");
        assertThat(contacts()).containsKeys("Jürgen Müller", "Françoise Lefèvre");
        byte[] page = "<meta http-equiv=\"Content-type\" content=\"text/html;charset=utf-8\" />\n<table><tr><td>Deal</td></tr></table>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int contactsBefore = contacts().size();
        assertThatThrownBy(() -> run("report.xls", page)).hasMessageContaining("is a web page (HTML)").hasMessageContaining("save it as CSV");
        assertThat(java.nio.file.Files.readAllBytes(dir.resolve("report.xls"))).as("the refused file is left as it was").isEqualTo(page);
        assertThat(contacts()).as("nothing written").hasSize(contactsBefore);
    }

    @Test
    void aPhoneNumberASpreadsheetTurnedIntoScientificNotationIsSaidToBeOne() throws Exception {
        ImportResult r = run("sci.csv", "Name,Phone\nAnna Berg,4.91701E+11\n");
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("scientific notation"));
    }

    @Test
    void aMexicanFilesDollarIsAPesoWhenSaidAndItsDatesAreDayFirst() throws Exception {
        ImportResult r = run("mx.csv", "Negocio,Monto,Fecha de cierre\nAlfa,\"$185,000.00\",05/03/2024\nBeta,\"$45,000.00\",07/04/2024\n",
                ImportOptions.defaults().withCurrency("MXN"));
        assertThat(r.problemCount()).isZero();
        assertThat(deals().get("Alfa").value()).isEqualTo(new Money(18_500_000, "MXN"));
        assertThat(expectedClose("Alfa")).as("a peso country writes the day first").isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void valuesQuotedWithApostrophesAreReadWithoutThem() throws Exception {
        assertThat(run("""
                'Name';'Company';'Email';'Deal';'Value'
                'Marco Rossi';'Rossi & Figli S.r.l.';'marco@rossifigli.example';'Ricambi; lotto 2';1500,5
                'Giulia Bianchi';'L''Oréal Italia';'g.bianchi@loreal.example';'Campagna';22000
                """).problemCount()).isZero();
        assertThat(contact("Marco Rossi").emails()).containsExactly("marco@rossifigli.example");
        assertThat(deals()).containsKey("Ricambi; lotto 2");
        assertThat(organizationOf("Giulia Bianchi")).isEqualTo("L'Oréal Italia");
    }
}
