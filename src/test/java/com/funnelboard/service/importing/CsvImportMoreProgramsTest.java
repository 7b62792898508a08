package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of SuiteCRM, Vtiger, EspoCRM, folk, Salesflare, Bigin, CentralStationCRM, Axonaut,
 * Sellsy, weclapp and Teamleader as they write them: a number under "Office Phone", an address
 * under "E-Mail (Büro)", a French deal's "Nom de l'opportunité" and "Montant HT", a German
 * "Vertriebsphase", a Dutch "Klant", a currency by its name, lakhs of rupees.
 */
class CsvImportMoreProgramsTest extends ImportCase {

    @Test
    void numbersAndAddressesUnderQualifiedHeadersAreKept() throws Exception {
        assertThat(run("""
                "ID","Salutation","First Name","Last Name","Title","Account Name","Email Address","Office Phone","Mobile"
                "c3","Mr.","Liam","Wilson","CEO","Umbrella Corp","","+44 20 7946 0958",""
                """).problemCount()).isZero();
        assertThat(contact("Liam Wilson").phones()).containsExactly("+44 20 7946 0958");
        assertThat(contact("Liam Wilson").title()).isEqualTo("CEO");
        run("""
                id,salutationName,firstName,lastName,accountName,emailAddress,phoneNumber,phoneNumberMobile
                65f1,Mr.,Paolo,Rossi,Acme,p.rossi@acme.example,,+39 347 123 4567
                """);
        assertThat(contact("Paolo Rossi").phones()).containsExactly("+39 347 123 4567");
        run("""
                Full name,First name,Last name,Emails,Phones,Companies,Job title
                Hugo Martin,Hugo,Martin,hugo@quartz.fr,+33 1 44 55 66 77,Quartz,CEO
                """);
        assertThat(contact("Hugo Martin").phones()).containsExactly("+33 1 44 55 66 77");
        java.util.List<ContactSummary> people = store.read(r -> r.contactProfiles().list(null, 100));
        assertThat(people).filteredOn(c -> c.name().equals("Hugo Martin"))
                .extracting(ContactSummary::organizationName).containsExactly("Quartz");
    }

    @Test
    void aGermanAddressBookWithAnrede() throws Exception {
        ImportResult r = run("""
                Anrede;Titel;Vorname;Nachname;Firma;Position;E-Mail (Büro);E-Mail (Privat);Telefon (Büro);Mobil;Hintergrundinfo
                Herr;Dr.;Klaus;Fischer;Fischer Maschinenbau GmbH;Geschäftsführer;k.fischer@fischer-mb.de;;+49 711 123456;+49 170 1234567;Sehr wichtiger Kunde
                Frau;;Sabine;Wagner;Wagner & Partner;Einkauf;s.wagner@wagner-partner.de;sabine.w@web.de;0221 987654;;
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(deals()).as("Dr. is Klaus Fischer's title, not a deal").isEmpty();
        assertThat(contact("Sabine Wagner").emails()).containsExactly("s.wagner@wagner-partner.de", "sabine.w@web.de");
        assertThat(contact("Sabine Wagner").phones()).containsExactly("0221 987654");
        assertThat(contact("Klaus Fischer").phones()).containsExactly("+49 711 123456", "+49 170 1234567");
        assertThat(contact("Klaus Fischer").notes()).contains("Sehr wichtiger Kunde");
    }

    @Test
    void frenchDealsExportsNameTheirDealsAndAmounts() throws Exception {
        assertThat(run("""
                Nom de l'opportunité;Société;Contact;Montant HT;Devise;Étape;Probabilité;Date de fin prévue;Responsable;Statut
                Refonte site web;Boulangerie Martin;Jean Martin;12 500,00;EUR;Proposition envoyée;50;15/03/2026;Claire Dubois;En cours
                """).problemCount()).isZero();
        assertThat(run("""
                Référence;Nom;Tiers;Contact;Montant;Devise;Pipeline;Étape;Statut;Probabilité;Date d'échéance;Propriétaire
                OPP-00012;Déploiement logiciel;Dupont Industries;Marie Dupont;15 000,00 €;EUR;Ventes;Négociation;En cours;70;30/04/2026;Julien Moreau
                """).problemCount()).isZero();
        Map<String, DealCard> deals = deals();
        assertThat(deals).containsOnlyKeys("Refonte site web", "Déploiement logiciel");
        DealCard refonte = deals.get("Refonte site web");
        assertThat(refonte.value()).isEqualTo(new Money(1_250_000, "EUR"));
        assertThat(refonte.organizationName()).isEqualTo("Boulangerie Martin");
        assertThat(refonte.contactName()).isEqualTo("Jean Martin");
        assertThat(refonte.stage()).isEqualTo(Stage.OPPORTUNITY);
        DealCard deploiement = deals.get("Déploiement logiciel");
        assertThat(deploiement.organizationName()).isEqualTo("Dupont Industries");
        assertThat(deploiement.contactName()).isEqualTo("Marie Dupont");
        assertThat(deploiement.value()).isEqualTo(new Money(1_500_000, "EUR"));
    }

    @Test
    void germanAndDutchPhasesCustomersAndOwners() throws Exception {
        run("""
                Nummer;Name;Kunde;Ansprechpartner;Vertriebsphase;Wahrscheinlichkeit;Umsatz;Währung;Geplantes Abschlussdatum
                VC-1002;Lizenzverlängerung;Wagner & Partner;Sabine Wagner;Gewonnen;100;4800,00;EUR;28.02.2026
                """);
        run("""
                Titel;Klant;Contactpersoon;Waarde;Fase;Kans;Verwachte beslissingsdatum;Verantwoordelijke
                Implementatie boekhouding;Van Damme BV;Pieter Van Damme;€ 12.500,00;Offerte verstuurd;60%;03/04/2026;Sofie Wouters
                """);
        Map<String, DealCard> deals = deals();
        assertThat(deals.get("Lizenzverlängerung").stage()).isEqualTo(Stage.WON);
        DealCard implementatie = deals.get("Implementatie boekhouding");
        assertThat(implementatie.organizationName()).isEqualTo("Van Damme BV");
        assertThat(implementatie.stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(implementatie.owner()).contains("Sofie Wouters");
    }

    @Test
    void currenciesByColumnAndByNameStagesOfOtherProgramsAndLakhs() throws Exception {
        run("""
                id,firstName,lastName,accountName,emailAddress,status,opportunityAmount,opportunityAmountCurrency
                65f3,Sara,Lind,Fjord Media,sara@fjordmedia.no,In Process,5000,NOK
                """);
        run("""
                "name","date_entered","amount","amount_usdollar","currency_id","currency_name","date_closed","sales_stage","account_name"
                "Q2 Hardware Refresh","2026-01-05 10:00:00","25000.000000","25000.000000","-99","US Dollars","2026-05-31","Proposal/Price Quote","Globex"
                "Consulting Retainer","2026-01-06 10:00:00","8000.000000","8700.000000","b7e1","Euro","2026-03-01","Closed Won","Initech"
                """);
        run("""
                "Opportunity Name","Amount","Organization Name","Contact Name","Expected Close Date","Sales Stage"
                "Fleet Tracking Rollout","15000.00000000","Hansen Logistics","Erik Hansen","28-02-2026","Negotiation or Review"
                """);
        run("""
                Name,Account,Main contact,Main contact email,Stage,Value,Currency,Close date
                Website redesign,Bakkerij Peeters,Jan Peeters,jan@bakkerijpeeters.be,Proposal made,"3,200.00",EUR,2026-03-04
                """);
        run("""
                Record Id,Deal Name,Amount,Stage,Closing Date,Company Name,Contact Name
                zcrm_1,Solar panels - Kumar,"₹ 3,50,000.00",Proposal/Price Quote,2026-04-30,Kumar Textiles,Rahul Kumar
                zcrm_2,Inverter upgrade,"₹ 85,000.00",Closed Won,2026-02-28,Mehta Foods,Anita Mehta
                """);
        Map<String, DealCard> deals = deals();
        DealCard sara = deals.values().stream().filter(d -> "Sara Lind".equals(d.contactName())).findFirst().orElseThrow();
        assertThat(sara.value()).isEqualTo(new Money(500_000, "NOK"));
        assertThat(sara.stage()).isEqualTo(Stage.PROSPECT);
        assertThat(deals.get("Q2 Hardware Refresh").value()).isEqualTo(new Money(2_500_000, "USD"));
        assertThat(deals.get("Q2 Hardware Refresh").stageEnteredAt()).as("SuiteCRM's date_entered").isEqualTo(java.time.Instant.parse("2026-01-05T10:00:00Z"));
        assertThat(deals.get("Consulting Retainer").value()).isEqualTo(new Money(800_000, "EUR"));
        assertThat(deals.get("Fleet Tracking Rollout").stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(deals.get("Website redesign").contactName()).isEqualTo("Jan Peeters");
        assertThat(contact("Jan Peeters").emails()).containsExactly("jan@bakkerijpeeters.be");
        assertThat(deals.get("Solar panels - Kumar").value()).isEqualTo(new Money(35_000_000, "INR"));
    }

    @Test
    void aContactsColumnOfEmailAddressesGivesTheContactItsAddress() throws Exception {
        ImportResult r = run("""
                Name,Stage,Notes,Date Created,Assigned To,Contacts,Organizations,Deal Size,Close Date
                Oakwood School,Lead,,2/14/2026,lee@ourco.com,"principal@oakwood.edu, it@oakwood.edu",oakwood.edu,"$12,000.00",
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(contact("principal@oakwood.edu").emails()).containsExactly("principal@oakwood.edu");
        assertThat(contact("principal@oakwood.edu").notes()).contains("it@oakwood.edu");
        assertThat(deals().get("Oakwood School").value()).isEqualTo(new Money(1_200_000, "USD"));
    }

    @Test
    void datesThatDoNotTellTheirOrderAreDayFirstInAFileOfEurosAndMonthFirstInOneOfDollars() throws Exception {
        // An American machine (the test's locale), a Belgian export: every date could be either way round.
        run("""
                Name,Account,Main contact,Stage,Value,Currency,Close date
                Website redesign,Bakkerij Peeters,Jan Peeters,Won,"3,200.00",EUR,02/03/2026
                SEO retainer,Studio Noord,Els De Smet,Won,"1,500.00",EUR,02/02/2026
                """);
        run("""
                Name,Account,Main contact,Stage,Value,Currency,Close date
                Dollar deal,Acme,Al Moss,Won,"900.00",USD,02/03/2026
                """);
        java.util.List<com.funnelboard.domain.Deal> won = new java.util.ArrayList<>();
        for (DealCard d : deals().values()) {
            won.add(store.read(r -> r.deals().find(d.id()).orElseThrow()));
        }
        assertThat(won).filteredOn(d -> d.title().equals("Website redesign")).extracting(com.funnelboard.domain.Deal::closedOn)
                .containsExactly(java.time.LocalDate.of(2026, 3, 2));
        assertThat(won).filteredOn(d -> d.title().equals("Dollar deal")).extracting(com.funnelboard.domain.Deal::closedOn)
                .containsExactly(java.time.LocalDate.of(2026, 2, 3));
    }

    @Test
    void anUnknownStageNamesTheWayToMapIt() throws Exception {
        ImportResult r = run("""
                Deal,Stage
                Pilot,Somewhere Else
                """);
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.reason()).contains("--stage-map \"Somewhere Else=STAGE\""));
    }
}
