package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports of CRMs and address books as they really are (headers as Pipedrive, HubSpot and Outlook
 * write them): who a deal is with, several numbers in one cell, record ids of contacts, an
 * Exchange server's internal address where an e-mail address belongs.
 */
class CsvImportOtherProgramsTest {

    @TempDir
    Path dir;

    Store store;
    CsvImport csv;

    @BeforeEach
    void setUp() {
        store = Fixtures.store(dir);
        csv = new CsvImport(store, Locale.US, () -> "EUR", new DuplicateFinder("US"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private ImportResult run(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return csv.run(p, ImportOptions.defaults(), (b, s, n) -> {}, () -> false);
    }

    private Map<String, ContactProfile> contacts() {
        Map<String, ContactProfile> out = new LinkedHashMap<>();
        for (ContactSummary c : store.read(r -> r.contactProfiles().list(null, 100))) {
            out.put(c.name(), store.read(r -> r.contactProfiles().find(c.id()).orElseThrow()));
        }
        return out;
    }

    private Map<String, Stage> deals() {
        Map<String, Stage> out = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            for (DealCard d : store.read(r -> r.board().page(s, 0, 100))) {
                out.put(d.title(), s);
            }
        }
        return out;
    }

    @Test
    void aPipedriveDealsExportNamesTheDealsPersonAndOrganizationAndListsSeveralNumbersInOneCell() throws Exception {
        ImportResult r = run("deals.csv", """
                Deal - ID,Deal - Title,Deal - Value,Deal - Stage,Deal - Status,Deal - Organization,Deal - Contact person,Person - Email,Person - Phone
                103,Initech expansion,"3,000",Contact Made,open,Initech,Peter Gibbons,peter@initech.example,"+1 512 555 0199, +1 512 555 0100"
                104,Initech support,900,Qualified,open,Initech,Peter Gibbons,peter@initech.example,+1 512 555 0199 / +1 512 555 0111
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(r.organizations().created()).isEqualTo(1);
        ContactProfile peter = contacts().get("Peter Gibbons");
        assertThat(peter).as("named by the deal's contact person column, not by the address").isNotNull();
        assertThat(peter.phones()).containsExactly("+1 512 555 0199", "+1 512 555 0100", "+1 512 555 0111");
        assertThat(deals()).containsEntry("Initech expansion", Stage.PROSPECT).containsEntry("Initech support", Stage.LEAD);
    }

    @Test
    void aContactsExportWithRecordIdsMakesContactsNotDealsAndABlankRowNothing() throws Exception {
        ImportResult r = run("contacts.csv", """
                Record ID,First Name,Last Name,Email,Phone Number,Job Title,Company Name,Contact owner,Lead Source
                901,Gaëlle,Perrin,g.perrin@fromagerie-perrin.fr,04 50 11 22 33,Buyer,Fromagerie Perrin,Inès Moreau,Trade show
                902,Claire,Durand,claire.durand@durand-boulangeries.fr,,,,,
                903,,,,,,,,
                """);
        assertThat(r.contacts().created()).isEqualTo(2);
        assertThat(r.deals().created()).as("an id, an owner and a source are any record's, not a deal").isZero();
        assertThat(deals()).isEmpty();
        assertThat(contacts().get("Gaëlle Perrin").title()).isEqualTo("Buyer");
    }

    @Test
    void hubSpotsDealStagesAndAssociatedCompanyAreRead() throws Exception {
        ImportResult r = run("hubspot-deals.csv", """
                Deal Name,Deal Stage,Amount,Close Date,Associated Company
                Demo for Acme,Appointment Scheduled,1000,2026-12-01,Acme Corp
                Acme rollout,Presentation Scheduled,9000,2026-12-15,Acme Corp
                Acme support,Decision Maker Bought-In,500,2026-12-20,Acme Corp
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(r.organizations().created()).isEqualTo(1);
        assertThat(deals()).containsEntry("Demo for Acme", Stage.PROSPECT).containsEntry("Acme rollout", Stage.OPPORTUNITY)
                .containsEntry("Acme support", Stage.OPPORTUNITY);
    }

    /** HubSpot's is_closed / is_closed_won and Salesforce's Closed / Won say how a deal ended, with or without a stage beside them. */
    @Test
    void closedAndWonFlagsMakeDealsWonOrLost() throws Exception {
        ImportResult r = run("hubspot-flags.csv", """
                deal_id,deal_name,pipeline,is_closed,is_closed_won,amount,close_date,create_date
                20000000,Acumed ApS - Annual License,Sales Pipeline,True,True,12000,2025-09-29 01:47:03,2025-08-25 01:47:03
                20000256,Acumed ApS - Expansion,Sales Pipeline,False,False,8000,,2025-10-22 20:02:47
                20000300,Borealis - Pilot,Sales Pipeline,True,False,5000,2025-10-01 10:00:00,2025-09-01 10:00:00
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(deals()).containsEntry("Acumed ApS - Annual License", Stage.WON).containsEntry("Borealis - Pilot", Stage.LOST)
                .containsEntry("Acumed ApS - Expansion", Stage.LEAD);
        assertThat(r.stages()).containsKeys("closed won", "closed lost");

        run("salesforce-flags.csv", """
                Opportunity Name,Stage,Closed,Won,Amount,Close Date
                Edge Installation,Negotiation/Review,1,1,20000,2025-11-02
                United Oil Plant,Closed Lost,1,0,45000,2025-10-15
                Grand Hotels Kitchen,Qualification,0,0,15000,2026-03-01
                """);
        assertThat(deals()).as("the flags decide over a stage still going").containsEntry("Edge Installation", Stage.WON)
                .containsEntry("United Oil Plant", Stage.LOST).containsEntry("Grand Hotels Kitchen", Stage.PROSPECT);
    }

    @Test
    void hubSpotsAssociatedContactsAreEachAContactTheFirstTheDeals() throws Exception {
        String file = """
                Record ID,Deal Name,Deal Stage,Amount,Close Date,Associated Company,Associated Contact
                9876543212,Initech renewal,Closed lost,12000,2025-10-01 00:00,Initech,"Peter Gibbons (peter@initech.com);Michael Bolton (mbolton@initech.com)"
                9876543213,Initech upsell,Appointment Scheduled,3000,2026-12-01 00:00,Initech,"Michael Bolton (mbolton@initech.com);Samir N. (samir@initech.com)"
                """;
        ImportResult r = run("hubspot-deals.csv", file);
        assertThat(r.problemCount()).isZero();
        // Michael was only words in Peter's notes: every person named is a contact of Initech, found again by address.
        assertThat(contacts()).containsOnlyKeys("Peter Gibbons", "Michael Bolton", "Samir N.");
        assertThat(contacts().get("Michael Bolton").emails()).containsExactly("mbolton@initech.com");
        assertThat(contacts().values()).extracting(ContactProfile::organizationId).containsOnly(contacts().get("Peter Gibbons").organizationId());
        assertThat(r.contacts().created()).isEqualTo(3);
        assertThat(store.read(x -> x.board().page(Stage.PROSPECT, 0, 10)).getFirst().contactName()).isEqualTo("Michael Bolton");
        assertThat(run("hubspot-deals.csv", file).contacts().created()).as("importing it again adds no one").isZero();
        assertThat(contacts()).hasSize(3);
        // A company written beside the person is no second person: it stays in the notes only.
        run("sheet.csv", "Deal,Contact Name,Company\nRoof repair,\"Jane Roe, Acme Corp\",Roe Roofing\n");
        assertThat(contacts()).containsKey("Jane Roe").doesNotContainKey("Acme Corp");
        assertThat(contacts().get("Jane Roe").notes()).contains("Also named on this row: Acme Corp");
    }

    @Test
    void aSalesforceReportsFooterIsNotARowAndItsStagesAndCurrencyAreRead() throws Exception {
        ImportResult r = run("report.csv", """
                "Opportunity Owner","Account Name","Opportunity Name","Amount Currency","Amount","Close Date","Stage","Opportunity ID"
                "Jane Doe","Edge Communications","Edge Emergency Generator","USD","75,000.00","5/21/2024","Id. Decision Makers","0065g01"
                "Jane Doe","United Oil & Gas Corp.","United Oil Refinery Generators","USD","270,000.00","6/13/2024","Proposal/Price Quote","0065g02"

                "Confidential Information - Do Not Distribute"
                "Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."
                "Generated By:  Jane Doe  6/18/2024, 10:14 AM"
                """);
        assertThat(r.rows()).isEqualTo(2);
        assertThat(deals()).containsEntry("Edge Emergency Generator", Stage.PROSPECT).containsEntry("United Oil Refinery Generators",
                Stage.OPPORTUNITY);
        for (Stage s : List.of(Stage.PROSPECT, Stage.OPPORTUNITY)) {
            assertThat(store.read(x -> x.board().page(s, 0, 10)).getFirst().value().currency()).isEqualTo("USD");
        }
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "Name,Email\nIda,ida@x.example\nlonely\nBo,bo@x.example\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> csv.run(broken, ImportOptions.defaults(), (b, x, n) -> {}, () -> false))
                .hasMessageContaining("row 3: 1 values where the header has 2");
    }

    @Test
    void linesAboveTheHeaderAndABoardsGroupTitlesAreSkipped() throws Exception {
        run("Connections.csv", """
                Notes:
                "When exporting your connection data, you may notice that some of the email addresses are missing."

                First Name,Last Name,URL,Email Address,Company,Position,Connected On
                Anna,Schmidt,https://www.linkedin.com/in/annaschmidt,anna@siemens.example,Siemens AG,Buyer,03 Jun 2024
                """);
        assertThat(contacts().get("Anna Schmidt").title()).isEqualTo("Buyer");
        List<com.funnelboard.domain.OrganizationSummary> orgs = store.read(x -> x.organizations().list(null, 10));
        assertThat(orgs).singleElement().satisfies(o -> assertThat(o.website()).as("the profile is the person's, not the company's site")
                .isNull());
        ImportResult board = run("board.csv", """
                Sales Pipeline

                Active deals
                Name,Person,Status,Deal Value,Expected Close,Contact Email,Company
                Megacorp license,Dana Lee,Negotiation,"$15,000",2024-08-01,dana@megacorp.example,Megacorp

                Closed deals
                Name,Person,Status,Deal Value,Expected Close,Contact Email,Company
                Bigbank renewal,Sam Ortiz,Won,"$40,000",2024-05-30,it@bigbank.example,Bigbank
                """);
        assertThat(board.rows()).isEqualTo(2);
        assertThat(deals()).containsEntry("Megacorp license", Stage.OPPORTUNITY).containsEntry("Bigbank renewal", Stage.WON);
    }

    @Test
    void aDealsExportsNameIsTheDealsAndAContactsExportsStatusOrAnAccountsPhoneMakeNoOneUp() throws Exception {
        run("deals.csv", """
                Name,Deal value,Deal stage,Expected close date,Account name,Contacts,Sales owner
                Widgetz upsell,12000,Negotiation,2026-12-01,Widgetz.io,James Sampleton,Kim Rep
                """);
        assertThat(deals()).containsOnlyKeys("Widgetz upsell");
        assertThat(contacts()).containsOnlyKeys("James Sampleton");
        ImportResult people = run("contacts.csv", """
                First name,Last name,Job title,Emails,Mobile,Account name,Status
                Jane,Sampleton,CEO,jane@widgetz.example,+1 555 0100,Widgetz.io,Won
                """);
        assertThat(people.deals().created()).as("a contact's status is no deal").isZero();
        assertThat(contacts().get("Jane Sampleton").emails()).containsExactly("jane@widgetz.example");
        ImportResult accounts = run("accounts.csv", """
                Account Name,Phone,Website,Industry
                Burlington Textiles,(336) 222-7000,https://burlington.example,Apparel
                """);
        assertThat(accounts.contacts().created()).as("a switchboard number names no one").isZero();
        assertThat(accounts.organizations().created()).isEqualTo(1);
    }

    @Test
    void closesValueInCentsIsReadFromItsFormattedTwinWithAMonthlyPeriod() throws Exception {
        ImportResult r = run("opportunities.csv", """
                id,lead_name,status_type,status_label,value,value_period,value_currency,value_formatted,confidence,contact_name,date_won
                oppo_1,Acme Corp,active,Qualified,125000,one_time,USD,"$1,250",50,Wile Coyote,
                oppo_2,Roadrunner Inc,won,Won,50000,monthly,USD,$500 monthly,100,Road Runner,2026-02-02
                """);
        assertThat(r.problems()).isEmpty();
        Map<Long, Stage> values = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            for (DealCard d : store.read(x -> x.board().page(s, 0, 10))) {
                values.put(d.value().minor(), s);
                assertThat(d.value().currency()).isEqualTo("USD");
            }
        }
        assertThat(values).as("dollars as shown, not the cents stored beside them").containsOnlyKeys(125_000L, 50_000L)
                .containsEntry(50_000L, Stage.WON);

        // A status label of the user's own beside a status type: won or lost decide; an active one is asked about, in its own column.
        ImportResult custom = run("opportunities-2.csv", """
                id,lead_name,status_type,status_label,value_formatted
                oppo_3,Acme Corp,won,Signed – paid up front,$900
                oppo_4,Acme Corp,active,Pilot running,$800
                """);
        assertThat(custom.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("status_label");
            assertThat(p.reason()).startsWith("unknown stage \"Pilot running\"");
        });
    }

    @Test
    void capsulesMilestoneAndPartyAndInsightlysStateStageAndBidAreRead() throws Exception {
        ImportResult capsule = run("capsule.csv", """
                Name,Description,Party,Milestone,Value,Currency,Expected Close Date,Probability,Owner,Closed Date,Lost Reason,Tags
                Acme subscription,,John Smith,Proposal,1200,GBP,2026-12-01,50,Kim Rep,,,
                Beta one-off,,Jane Roe,Won,300,GBP,2026-10-01,100,Kim Rep,2026-02-02,,vip
                Gamma,,Gary Gee,Lost,900,GBP,2026-10-01,0,Kim Rep,2026-02-03,Price,
                """);
        assertThat(capsule.problems()).isEmpty();
        assertThat(deals()).containsEntry("Acme subscription", Stage.OPPORTUNITY).containsEntry("Beta one-off", Stage.WON)
                .containsEntry("Gamma", Stage.LOST);
        assertThat(contacts()).as("the party is the person; the deal's name is no one's").containsOnlyKeys("John Smith", "Jane Roe", "Gary Gee");

        ImportResult insightly = run("insightly.csv", """
                Record ID,Opportunity Name,Forecast Close Date,Actual Close Date,Bid Currency,Bid Amount,Opportunity State,Current Stage
                7001,Delta rollout,2026-12-15,,USD,5000,OPEN,Negotiation
                7002,Epsilon pilot,2026-11-01,2026-02-20,USD,800,WON,
                7003,Zeta renewal,2026-11-01,2026-02-21,USD,700,ABANDONED,
                7004,Eta upsell,2027-01-10,,USD,1500,SUSPENDED,Proposal
                """);
        assertThat(insightly.problems()).isEmpty();
        assertThat(deals()).containsEntry("Delta rollout", Stage.OPPORTUNITY).containsEntry("Epsilon pilot", Stage.WON)
                .containsEntry("Zeta renewal", Stage.LOST).containsEntry("Eta upsell", Stage.OPPORTUNITY);
        DealCard delta = store.read(x -> x.board().page(Stage.OPPORTUNITY, 0, 100)).stream().filter(d -> d.title().equals("Delta rollout"))
                .findFirst().orElseThrow();
        assertThat(delta.value().minor()).isEqualTo(500_000L);
        assertThat(delta.value().currency()).isEqualTo("USD");
    }

    @Test
    void aNotionRelationIsTheNameWithoutItsLink() throws Exception {
        ImportResult r = run("notion.csv", """
                \uFEFFDeal,Company,Contact,Contact email,Deal value,Stage
                Globex renewal,Globex (https://www.notion.so/Globex-3f9a0c1d2e3f4a5b6c7d8e9f0a1b2c3d?pvs=21),Homer Simpson (https://www.notion.so/Homer-Simpson-0a1b2c3d4e5f60718293a4b5c6d7e8f9?pvs=21),homer@globex.example,"$12,500.00",Negotiation
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(contacts()).containsOnlyKeys("Homer Simpson");
        List<com.funnelboard.domain.OrganizationSummary> orgs = store.read(x -> x.organizations().list(null, 10));
        assertThat(orgs).extracting(com.funnelboard.domain.OrganizationSummary::name).containsExactly("Globex");
    }

    @Test
    void aNotionRelationToSeveralPagesIsTheFirstWithTheOtherPeopleContactsOfItsOrganization() throws Exception {
        ImportResult r = run("notion-several.csv", """
                Deal,Company,Contact,Contact email,Deal value,Stage
                Stark add-on,"Stark Industries (https://www.notion.so/Stark-Industries-11223344556677889900aabbccddeeff), Stark Europe (https://www.notion.so/Stark-Europe-ffeeddccbbaa00998877665544332211)","Pepper (https://www.notion.so/Pepper-0a1b2c3d4e5f60718293a4b5c6d7e8f9), Happy Hogan (https://www.notion.so/Happy-Hogan-9f8e7d6c5b4a39281706f5e4d3c2b1a0)",pepper@stark.example,"$5,000.00",Lead
                """);
        assertThat(r.problems()).isEmpty();
        // One deal has one organization and one contact: the first of each relation, the others named in the contact's notes;
        // the other people are contacts of the deal's organization too (they were only words in the notes).
        List<com.funnelboard.domain.OrganizationSummary> orgs = store.read(x -> x.organizations().list(null, 10));
        assertThat(orgs).extracting(com.funnelboard.domain.OrganizationSummary::name).containsExactly("Stark Industries");
        assertThat(contacts()).containsOnlyKeys("Pepper", "Happy Hogan");
        assertThat(deals().keySet()).containsExactly("Stark add-on");
        assertThat(contacts().get("Happy Hogan").organizationId()).isEqualTo(orgs.getFirst().id());
        assertThat(contacts().get("Pepper").notes()).contains("Also named on this row: Happy Hogan").contains("Also with: Stark Europe");
        assertThat(deals()).containsEntry("Stark add-on", Stage.LEAD);
    }

    @Test
    void aNotionDealsDatabasesNameIsTheDealsTitleBesideItsContactsEmail() throws Exception {
        ImportResult r = run("notion-deals.csv", """
                Name,Company,Contact email,Created,Deal value,Stage,Tags,Close date,Notes
                Globex renewal,Globex (https://www.notion.so/Globex-3f9a0c1d2e3f4a5b6c7d8e9f0a1b2c3d?pvs=21),homer@globex.example,"March 15, 2024 10:23 AM","$12,500.00",Negotiation,,"April 30, 2024",
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(deals()).containsOnlyKeys("Globex renewal");
        assertThat(contacts()).doesNotContainKey("Globex renewal");
        // A people file whose e-mail column is plain stays a people file.
        assertThat(com.funnelboard.domain.importing.HeaderMatcher.match(List.of("Name", "Email", "Company", "Amount", "Stage")).getFirst())
                .isEqualTo(com.funnelboard.domain.importing.ImportField.CONTACT_NAME);
    }

    /** The tags of a row that names no person (Capsule's and Insightly's opportunities) are said not kept, as its notes are (they went without a word). */
    @Test
    void theTagsOfARowWithoutAPersonAreSaidNotKept() throws Exception {
        ImportResult r = run("opps.csv", """
                Opportunity Name,Organisation,Value,Milestone,Tags
                Roof survey,Acme Roofing,4000,Lead,"Property, Priority"
                """);
        assertThat(contacts()).isEmpty();
        assertThat(r.notesLeftOut()).isEqualTo(1);
    }

    @Test
    void salesforceDataLoaderOpportunitiesAreDealsAndTheirDescriptionsTheirNotes() throws Exception {
        ImportResult r = run("opps.csv", """
                "ID","ACCOUNTID","NAME","AMOUNT","CLOSEDATE","STAGENAME","CURRENCYISOCODE","DESCRIPTION"
                "0065g00000A1b2cAAB","0015g00000XyZ1AAAB","Acme - 200 Widgets","12500.0","2026-03-04","Closed Won","USD","Signed at the fair"
                "0065g00000A1b2dAAB","0015g00000XyZ1AAAB","Acme - Support","3000.0","2026-09-30","Negotiation/Review","USD",""
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(deals()).containsEntry("Acme - 200 Widgets", Stage.WON).containsEntry("Acme - Support", Stage.OPPORTUNITY);
        assertThat(contacts()).as("an opportunity is nobody").isEmpty();
        // The description is the deal's notes: said as left out (no contact to keep it) before deals had notes.
        assertThat(r.notesLeftOut()).isZero();
        assertThat(store.read(r2 -> r2.board().page(Stage.WON, 0, 10)).stream().map(d -> new com.funnelboard.service.DealEditing(store, Locale.US).notes(d.id())))
                .containsExactly("Signed at the fair");
    }

    @Test
    void zohosDealsThenItsContactsMakeOnePersonEach() throws Exception {
        run("Deals.csv", """
                Record Id,Deal Name,Account Name,Contact Name,Amount,Stage,Closing Date
                zcrm_1,Website refresh,Benton Inc,Carla Benson,12000,Qualification,2026-05-30
                """);
        ImportResult people = run("Contacts.csv", """
                Record Id,First Name,Last Name,Account Name,Email,Phone
                zcrm_7,Carla,Benson,Benton Inc,carla@benton.example,+1 555 0100
                zcrm_8,Carla,Benson,Benton Inc,other.carla@benton.example,
                """);
        // The person the deals file named only by name is the one the contacts file gives an address; a second
        // Carla Benson with another address is someone else.
        assertThat(people.contacts().created()).isEqualTo(1);
        assertThat(people.contacts().updated()).isEqualTo(1);
        java.util.List<ContactSummary> all = store.read(r -> r.contactProfiles().list(null, 10));
        assertThat(all).hasSize(2);
        ContactProfile carla = store.read(r -> r.contactProfiles().find(store.read(x -> x.board().page(Stage.PROSPECT, 0, 10)).getFirst()
                .contactId())).orElseThrow();
        assertThat(carla.emails()).containsExactly("carla@benton.example");
        assertThat(carla.phones()).containsExactly("+1 555 0100");
    }

    @Test
    void sugarsOpportunitiesKeepTheirStageOwnerAndExpectedClose() throws Exception {
        ImportResult r = run("sugar.csv", """
                "id","name","account_name","amount","currency_id","date_closed","sales_stage","assigned_user_name"
                "a1","Globex - 200 seats","Globex Corporation","25000.000000","USD","2026-12-31","Proposal/Price Quote","sally"
                "a2","Initech renewal","Initech","9000.000000","USD","2026-01-31","Closed Lost","sally"
                """);
        assertThat(r.problems()).isEmpty();
        // Its "name" is the opportunity's: nothing else in the file is a person's, and its company is an account.
        assertThat(deals()).containsEntry("Globex - 200 seats", Stage.OPPORTUNITY).containsEntry("Initech renewal", Stage.LOST);
        assertThat(contacts()).isEmpty();
        com.funnelboard.domain.Deal globex = store.read(x -> x.deals().find(store.read(y -> y.board().page(Stage.OPPORTUNITY, 0, 10))
                .getFirst().id())).orElseThrow();
        // (currency_id is left out: SugarCRM writes an id there, "-99" for its default currency.)
        assertThat(globex.value().minor()).isEqualTo(2_500_000);
        assertThat(globex.expectedClose()).as("an open deal's close date is when it should close").contains(java.time.LocalDate.of(2026, 12, 31));
        assertThat(globex.closedOn()).isNull();
        assertThat(r.mapping()).contains(com.funnelboard.domain.importing.ImportField.DEAL_OWNER);
    }

    @Test
    void aProspectingListsStageIsThePeoplesNotADealEach() throws Exception {
        ImportResult r = run("apollo.csv", """
                First Name,Last Name,Title,Company,Email,Stage,# Employees,Industry
                Ada,Lovelace,CTO,FBI Labs,ada@fbilabs.example,Cold,50,Software
                """);
        assertThat(r.deals().created()).isZero();
        assertThat(contacts()).containsOnlyKeys("Ada Lovelace");
    }

    @Test
    void aDealTheOtherProgramDeletedIsNotBroughtBackButItsPersonIs() throws Exception {
        ImportResult r = run("pipedrive.csv", """
                Deal - Title,Deal - Value,Deal - Stage,Deal - Status,Deal - Contact person,Person - Email
                Kept,100,Contact Made,open,Ida Berg,ida@x.example
                Thrown away,200,Contact Made,deleted,Bo Chen,bo@x.example
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(deals()).containsOnlyKeys("Kept").containsEntry("Kept", Stage.PROSPECT);
        run("pipedrive-2.csv", """
                Deal - Title,Deal - Stage,Deal - Status,Deal - Contact person
                Starting,Qualified,open,Ida Berg
                Demo,Demo Scheduled,open,Ida Berg
                Offer,Proposal Made,open,Ida Berg
                """);
        assertThat(deals()).as("Pipedrive's pipeline starts at Qualified").containsEntry("Starting", Stage.LEAD)
                .containsEntry("Demo", Stage.PROSPECT).containsEntry("Offer", Stage.OPPORTUNITY);
        assertThat(contacts()).containsOnlyKeys("Ida Berg", "Bo Chen");
    }

    @Test
    void closesLeadsExportIsCompaniesWithTheirPrimaryContacts() throws Exception {
        ImportResult r = run("leads.csv", """
                id,display_name,url,description,status_label,primary_contact_name,primary_contact_title,primary_contact_primary_email,primary_contact_primary_phone,primary_contact_first_name
                lead_1,Acme Corp,https://acme.example,Anvils and rockets,Potential,Wile Coyote,Buyer,wile@acme.example,+1 415 555 0100,Wile
                lead_2,Roadrunner Inc,,,Qualified,Road Runner,,beep@roadrunner.example,,Road
                """);
        assertThat(r.layout()).isEqualTo(com.funnelboard.domain.importing.HeaderMatcher.Layout.CLOSE);
        assertThat(r.problems()).isEmpty();
        assertThat(r.deals().created()).as("a lead's status makes no deal").isZero();
        assertThat(contacts()).containsOnlyKeys("Wile Coyote", "Road Runner");
        ContactProfile wile = contacts().get("Wile Coyote");
        assertThat(wile.title()).isEqualTo("Buyer");
        assertThat(wile.emails()).containsExactly("wile@acme.example");
        assertThat(wile.phones()).hasSize(1);
        assertThat(wile.notes()).isEqualTo("Anvils and rockets");
        com.funnelboard.domain.OrganizationProfile acme = store.read(x -> x.organizations().find(wile.organizationId())).orElseThrow();
        assertThat(acme.name()).isEqualTo("Acme Corp");
        assertThat(acme.website()).isEqualTo("https://acme.example");
        assertThat(r.organizations().created()).isEqualTo(2);
    }

    @Test
    void aPlainTitleIsTheJobTitleOfPeopleAndTheDealsTitleInADealsExport() throws Exception {
        ImportResult leads = run("leads.csv", """
                First Name,Last Name,Title,Company,Email,Lead Status,Annual Revenue
                Bertha,Boxer,Director of Vendor Relations,Farmers Coop. of Florida,bertha@fcof.example,Working - Contacted,
                Phyllis,Cotton,CFO,Abbott Insurance,pcotton@abbottins.example,Open - Not Contacted,
                """);
        assertThat(leads.problemCount()).isZero();
        assertThat(contacts().get("Bertha Boxer").title()).isEqualTo("Director of Vendor Relations");
        assertThat(contacts().get("Phyllis Cotton").title()).isEqualTo("CFO");
        assertThat(deals()).as("a job title is no deal's title").doesNotContainKeys("CFO", "Director of Vendor Relations");

        run("deals.csv", """
                Title,Value,Currency,Organization,Contact person,Stage,Expected close date
                Umbrella renewal,4000,EUR,Umbrella Corp,Albert Wesker,Proposal Made,2026-12-20
                """);
        assertThat(deals()).containsEntry("Umbrella renewal", Stage.OPPORTUNITY);
        assertThat(contacts().get("Albert Wesker").title()).isNull();
    }

    @Test
    void anExchangeServersInternalAddressIsLeftOutAndTheRealOneKept() throws Exception {
        ImportResult r = run("outlook.csv", """
                "First Name","Last Name","Company","Job Title","Business Phone","E-mail Address","E-mail Type","E-mail 2 Address"
                "Linus","Torvalds","Kernel Inc","Maintainer","+358 9 000 0002","/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=linus","EX","linus@kernel.example"
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(contacts().get("Linus Torvalds").emails()).containsExactly("linus@kernel.example");
        assertThat(List.copyOf(contacts().keySet())).containsExactly("Linus Torvalds");
        // With no second address, the real one is the display name's ("John Smith (jsmith@contoso.com)"): John had none.
        ImportResult display = run("outlook-display.csv", """
                "First Name","Last Name","Company","E-mail Address","E-mail Type","E-mail Display Name","Business Phone"
                "John","Smith","Contoso","/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=5f3c-jsmith","EX","John Smith (jsmith@contoso.com)","+1 425 555 0100"
                "Kate","Jones","Contoso","kate@contoso.com","SMTP","Kate Jones (kate@contoso.com)",""
                """);
        assertThat(display.problemCount()).isZero();
        assertThat(contacts().get("John Smith").emails()).containsExactly("jsmith@contoso.com");
        assertThat(contacts().get("Kate Jones").emails()).containsExactly("kate@contoso.com");
    }

    @Test
    void aMiddleNameIsPartOfTheNameInGoogleAndOutlookExports() throws Exception {
        ImportResult google = run("google.csv", """
                First Name,Middle Name,Last Name,Phonetic First Name,Name Prefix,Name Suffix,E-mail 1 - Label,E-mail 1 - Value
                Adrian,von,Gunten,,,,* Work,adrian.von.gunten@zurich.example
                Ida,,Berg,,,,* Home,ida@berg.example
                """);
        assertThat(google.problemCount()).isZero();
        ImportResult oldGoogle = run("google-old.csv", """
                Name,Given Name,Additional Name,Family Name,E-mail 1 - Type,E-mail 1 - Value
                ,Mary,Ann,Evans,* Home,mary@evans.example
                """);
        assertThat(oldGoogle.problemCount()).isZero();
        ImportResult outlook = run("outlook-middle.csv", """
                "Title","First Name","Middle Name","Last Name","Suffix","Company","E-mail Address"
                "Dr.","John","Q.","Public","Jr.","Acme","john@public.example"
                """);
        assertThat(outlook.problemCount()).isZero();
        assertThat(contacts().keySet()).containsExactlyInAnyOrder("Adrian von Gunten", "Ida Berg", "Mary Ann Evans", "John Q. Public");
    }
}
