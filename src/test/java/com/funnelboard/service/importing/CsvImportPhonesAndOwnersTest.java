package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Numbers, owners and contacts as prospecting tools, address books and CRMs name their columns:
 * Apollo's and ZoomInfo's direct numbers (their company's switchboard left out), Yahoo's bare
 * "Home" and "Work", ACT!'s extension in a column of its own, Insightly's and Close's owner,
 * Airtable's point of contact.
 */
class CsvImportPhonesAndOwnersTest extends ImportCase {

    private String addressOf(String contact) {
        return store.read(x -> x.organizations().find(contact(contact).organizationId()).orElseThrow()).address();
    }

    @Test
    void apollosAndZoomInfosDirectNumbersAreThePersonsAndTheCompanysSwitchboardIsLeftOut() throws Exception {
        ImportResult r = run("apollo-contacts.csv", """
                First Name,Last Name,Title,Company,Email,Contact Owner,First Phone,Work Direct Phone,Home Phone,Mobile Phone,Corporate Phone,Other Phone,Stage,Company Phone
                Megan,Holt,Director of Operations,Brightline Logistics,megan.holt@brightline.example,sam@ourco.example,'+1 312-555-0148,'+1 312-555-0148,,'+1 773-555-0190,'+1 312-555-0100,,Cold,'+1 312-555-0100
                Tomás,García,Chief Technology Officer,Brightline Logistics,tomas@brightline.example,sam@ourco.example,,,,,'+1 312-555-0100,,Interested,'+1 312-555-0100
                Ines,Köhler,Head of Finance,Nordwind Energie GmbH,,sam@ourco.example,'+49 40 5555 0123,,,,'+49 40 5555 0100,,Cold,'+49 40 5555 0100
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(contact("Megan Holt").phones()).containsExactly("+1 312-555-0148", "+1 773-555-0190");
        assertThat(contact("Ines Köhler").phones()).containsExactly("+49 40 5555 0123");
        assertThat(contact("Tomás García").phones()).as("the switchboard is the company's, shared by all its people").isEmpty();

        assertThat(run("zoominfo.csv", """
                ZoomInfo Contact ID,Last Name,First Name,Job Title,Direct Phone Number,Email Address,Mobile phone,Company Name,Company HQ Phone,Company Street Address,Company City,Company State,Company Zip Code,Company Country
                1765432109,Whitaker,Rebecca,VP of Supply Chain,(614) 555-0171,rwhitaker@midwestfoods.example,(614) 555-0188,Midwest Foods Inc,(614) 555-0100,1 Nationwide Blvd,Columbus,Ohio,43215,United States
                1765432110,Okafor,Chinedu,Director of IT,,cokafor@midwestfoods.example,,Midwest Foods Inc,(614) 555-0100,1 Nationwide Blvd,Columbus,Ohio,43215,United States
                """).problemCount()).isZero();
        assertThat(contact("Rebecca Whitaker").phones()).containsExactly("(614) 555-0171", "(614) 555-0188");
        assertThat(contact("Chinedu Okafor").phones()).isEmpty();
    }

    @Test
    void oneNumberWrittenTwoWaysIsStoredOnceAndAReimportWritingItAnotherWayAddsNothing() throws Exception {
        assertThat(run("""
                Name,Email,Phone,Mobile Phone
                Dana Reyes,dana@harbor.example,(415) 555-0101,+1 415-555-0101
                Eli Park,eli@harbor.example,+1 (415) 555-0177,415 555 0199
                """).problemCount()).isZero();
        assertThat(contact("Dana Reyes").phones()).containsExactly("(415) 555-0101");
        assertThat(contact("Eli Park").phones()).containsExactly("+1 (415) 555-0177", "415 555 0199");
        assertThat(run("""
                Name,Email,Phone
                Dana Reyes,dana@harbor.example,415.555.0101
                Eli Park,eli@harbor.example,+14155550188
                """).problemCount()).isZero();
        assertThat(contact("Dana Reyes").phones()).as("updated: the number it has, written another way").containsExactly("(415) 555-0101");
        assertThat(contact("Eli Park").phones()).containsExactly("+1 (415) 555-0177", "415 555 0199", "+14155550188");
    }

    /** Outlook can write Home Phone before Business Phone: the number to call at work comes first, the home number last. */
    @Test
    void aHomeNumberComesAfterTheWorkAndMobileNumbers() throws Exception {
        assertThat(run("""
                First Name,Last Name,E-mail Address,Home Phone,Business Phone,Mobile Phone,Company
                Linus,Torvalds,linus@example.com,+358 9 000 0001,+358 9 000 0002,+358 40 000 0003,Kernel Inc
                """).problemCount()).isZero();
        assertThat(contact("Linus Torvalds").phones()).containsExactly("+358 9 000 0002", "+358 40 000 0003", "+358 9 000 0001");
    }

    @Test
    void yahoosHomeAndWorkAreNumbersAndItsWorkAddressPartsAreTheOrganizations() throws Exception {
        ImportResult r = run("yahoo.csv", """
                "First","Middle","Last","Nickname","Email","Category","Distribution Lists","Messenger ID","Home","Work","Pager","Fax","Mobile","Other","Yahoo Phone","Primary","Alternate Email 1","Alternate Email 2","Personal Website","Business Website","Title","Company","Work Address","Work City","Work State","Work ZIP","Work Country","Home Address","Home City","Home State","Home ZIP","Home Country","Birthday","Anniversary","Custom 1","Custom 2","Custom 3","Custom 4","Comments"
                "Brenda","","Castillo","","brenda.castillo@yahoo.com","","","","(305) 555-0110","(305) 555-0177","","","(786) 555-0123","","","","bcastillo@sunrisetravel.example","","","http://sunrisetravel.example","Owner","Sunrise Travel","800 Brickell Ave","Miami","FL","33131","USA","12 Palm Ct","Miami","FL","33130","USA","","","","","","","Met at travel expo"
                "Kenji","","Watanabe","Ken","kenji.w@yahoo.co.jp","","","","","","","","090-5555-1234","","","","","","","","","","","","","","","","","","","","","","","","","",""
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(contact("Brenda Castillo").phones()).as("work, mobile, then home").containsExactly("(305) 555-0177", "(786) 555-0123", "(305) 555-0110");
        assertThat(addressOf("Brenda Castillo")).isEqualTo("800 Brickell Ave, Miami, FL, 33131, USA");
        assertThat(contact("Kenji Watanabe").phones()).containsExactly("090-5555-1234");

        assertThat(run("shifts.csv", """
                Name,Email,Home,Work
                Ada Ng,ada@x.example,Lisbon,Acme Corp
                """).problemCount()).as("a bare Home or Work without numbers by kind beside them is no phone").isZero();
        assertThat(contact("Ada Ng").phones()).isEmpty();
    }

    @Test
    void actsPhoneExtensionIsKeptWithTheNumber() throws Exception {
        ImportResult r = run("act.csv", """
                Contact,Company,First Name,Last Name,Title,Phone,Phone Extension,Mobile Phone,E-mail,Address 1,City,State,ZIP Code,Country,ID/Status,Referred By,Salutation,Last Results,Create Date,Edit Date,Record Manager
                Dr. Susan Blake,Blake Veterinary Clinic,Susan,Blake,Owner,(303) 555-0144,214,(720) 555-0190,susan@blakevet.example,44 Pearl St,Boulder,CO,80302,United States,Customer,Trade show,Dr. Blake,Sent quote,3/5/2024 10:22:14 AM,3/5/2024 11:00:00 AM,Chris Dale
                Tom Reyes,Reyes Landscaping,Tom,Reyes,,(303) 555-0166,,,,,Denver,CO,,United States,Prospect,,Tom,,1/12/2024 9:00:00 AM,1/12/2024 9:00:00 AM,Chris Dale
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(contact("Dr. Susan Blake").phones()).containsExactly("(303) 555-0144 x214", "(720) 555-0190");
        assertThat(contact("Tom Reyes").phones()).containsExactly("(303) 555-0166");
    }

    @Test
    void insightlysUserResponsibleAndClosesUserNameOwnTheDeal() throws Exception {
        assertThat(run("insightly.csv", """
                Opportunity ID,Opportunity Name,Opportunity Details,Opportunity State,Probability,Bid Currency,Bid Amount,Bid Type,Bid Duration,Actual Close Date,Forecast Close Date,Category,Pipeline,Current Stage,User Responsible,Organization,Tags,Date Created,Date Updated
                4510231,Fleet telematics rollout,250 vehicles,OPEN,60,AUD,"85,000.00",Fixed Bid,,,2024-06-30,Hardware,Enterprise,Proposal,Chloe Martin,Outback Freight Pty Ltd,enterprise,2024-01-08 03:15:22,2024-03-01 22:10:00
                4510233,Depot CCTV,,LOST,0,NZD,"14,500.00",Fixed Bid,,2024-02-10,2024-02-28,Hardware,Enterprise,Discovery,Liam Walker,Kiwi Cold Storage Ltd,,2023-12-01 00:00:00,2024-02-10 01:00:00
                """).problemCount()).isZero();
        assertThat(deals().get("Fleet telematics rollout").owner()).isEqualTo("Chloe Martin");
        assertThat(deals().get("Depot CCTV").owner()).isEqualTo("Liam Walker");

        assertThat(run("close-opportunities.csv", """
                id,lead_id,lead_name,status_id,status_type,status_label,pipeline_name,confidence,value,value_period,value_formatted,value_currency,expected_value,annualized_value,date_won,date_created,date_updated,note,contact_id,contact_name,user_id,user_name
                oppo_8sP2,lead_Aa2,Contoso Ltd,stat_2,won,Won,Sales,100,50000,monthly,$500 monthly,USD,50000,600000,2024-03-04,2024-01-15T08:00:00.000000+00:00,2024-03-04T16:30:00.000000+00:00,,cont_2,Oliver Grant,user_2,Priya Shah
                """).problemCount()).isZero();
        assertThat(deals().get("Contoso Ltd").owner()).isEqualTo("Priya Shah");
    }

    @Test
    void airtablesPointOfContactIsTheDealsContact() throws Exception {
        ImportResult r = run("Deals-Grid view.csv", """
                \uFEFFName,Stage,Amount,Point of contact,Company,Close date,Owner,Priority,Attachments,Notes
                Acme renewal,Contract sent,"$48,000.00","Jane Doe,John Roe",Acme Inc.,3/28/2024,Alex Kim,High,"Quote_v2.pdf (https://dl.airtable.com/.attachments/abc/Quote_v2.pdf)","Jane is the signer.
                John handles procurement."
                Globex expansion,Qualified,"$120,000.00",Hank Scorpio,Globex,4/15/2024,Alex Kim,High,,
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(deals().get("Acme renewal").contactName()).isEqualTo("Jane Doe");
        assertThat(deals().get("Globex expansion").contactName()).isEqualTo("Hank Scorpio");
        assertThat(contact("Jane Doe").notes()).contains("Also named on this row: John Roe");
        assertThat(contact("John Roe").organizationId()).as("the deal's other person, a contact of its company").isNotNull()
                .isEqualTo(contact("Jane Doe").organizationId());
        assertThat(r.notesLeftOut()).isZero();
    }

    @Test
    void aPlainCountryBesideTheCompanysCountryIsThePersonsAndLeftOut() throws Exception {
        run("zoominfo.csv", """
                Last Name,First Name,Email Address,Person City,Person State,Country,Company Name,Company Street Address,Company City,Company State,Company Zip Code,Company Country
                Whitaker,Rebecca,rwhitaker@midwestfoods.example,Columbus,Ohio,United States,Midwest Foods Inc,1 Nationwide Blvd,Columbus,Ohio,43215,United States
                """);
        assertThat(store.read(x -> x.organizations().find(contact("Rebecca Whitaker").organizationId()).orElseThrow()).address())
                .isEqualTo("1 Nationwide Blvd, Columbus, Ohio, 43215, United States");
    }

    /**
     * Several people in one cell with as many addresses and numbers in theirs: each person their own,
     * in order (the first got them all, and a later file naming the second by her address updated the first).
     */
    @Test
    void severalPeopleInACellWithAsManyAddressesEachGetTheirOwn() throws Exception {
        run("""
                Company,Contact,Email,Phone,Deal,Amount,Stage
                Umbrella,"Alice Wong; Carlos Diaz","alice@umbrella.example; carlos@umbrella.example","+1 312 555 0101; +1 312 555 0102",Lab kit,1000,Lead
                """);
        assertThat(contact("Alice Wong").emails()).containsExactly("alice@umbrella.example");
        assertThat(contact("Alice Wong").phones()).containsExactly("+1 312 555 0101");
        assertThat(contact("Carlos Diaz").emails()).containsExactly("carlos@umbrella.example");
        assertThat(contact("Carlos Diaz").phones()).containsExactly("+1 312 555 0102");
        ImportResult later = run("""
                First Name,Last Name,Email,Title
                Carlos,Diaz,carlos@umbrella.example,Head of Procurement
                """);
        assertThat(later.contacts().created()).isZero();
        assertThat(contact("Carlos Diaz").title()).isEqualTo("Head of Procurement");
        assertThat(contact("Alice Wong").title()).isNull();
    }
}
