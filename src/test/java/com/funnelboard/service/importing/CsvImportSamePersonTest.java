package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Within one file, a person named with an e-mail address on one row and by name alone on another,
 * at the same organization, is one contact, whichever row comes first: as when the rows come in two
 * files.
 */
class CsvImportSamePersonTest extends ImportCase {

    @Test
    void theRowWithTheAddressFirst() throws Exception {
        ImportResult r = run("""
                Contact Name,Email,Company,Deal Name,Deal Value
                Raj Patel,raj@globex.example,Globex Corporation,Globex pilot,5000
                Raj Patel,,Globex Corporation,Globex phase 2,15000
                """);
        assertThat(r.contacts().created()).isEqualTo(1);
        assertThat(contacts()).containsOnlyKeys("Raj Patel");
        assertThat(deals().get("Globex phase 2").contactId()).isEqualTo(deals().get("Globex pilot").contactId());
    }

    @Test
    void theRowWithTheNameAloneFirst() throws Exception {
        run("""
                Contact Name,Email,Company,Deal Name,Deal Value
                Raj Patel,,Globex Corporation,Globex phase 2,15000
                Raj Patel,raj@globex.example,Globex Corporation,Globex pilot,5000
                """);
        assertThat(contacts()).containsOnlyKeys("Raj Patel");
        assertThat(contact("Raj Patel").emails()).containsExactly("raj@globex.example");
        assertThat(deals().get("Globex phase 2").contactId()).isEqualTo(deals().get("Globex pilot").contactId());
    }

    /**
     * One name however its accents are encoded: a contact stored decomposed (as a Mac writes it) is the person a later file
     * names composed, at its organization or alone (the deals file's name made a second contact without the phone).
     */
    @Test
    void aNameComposedOrDecomposedIsOnePerson() throws Exception {
        String composed = "Nguyễn Thị Hường";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        run("Contact Name,Phone,Company\n" + decomposed + ",+84 24 3825 1234,Hanoi Trading\n"
                + "Trần Văn An" + ",+84 24 3825 9999,\n");
        run("Contact Name,Company,Deal Name,Deal Value\n" + composed + ",Hanoi Trading,Phân phối,5000\n"
                + java.text.Normalizer.normalize("Trần Văn An", java.text.Normalizer.Form.NFD) + ",,Kho hàng,7000\n");
        assertThat(contacts()).hasSize(2);
        assertThat(deals().get("Phân phối").contactId()).isEqualTo(contact(decomposed).id());
        assertThat(deals().get("Kho hàng").contactId()).as("named alone, without an organization").isEqualTo(contact("Trần Văn An").id());
    }

    @Test
    void theSameNameElsewhereOrWithAnotherAddressIsSomeoneElse() throws Exception {
        ImportResult r = run("""
                Contact Name,Email,Company
                Raj Patel,raj@globex.example,Globex Corporation
                Raj Patel,,Initech
                Raj Patel,raj.patel@globex.example,Globex Corporation
                """);
        assertThat(r.contacts().created()).isEqualTo(3);
    }

    @Test
    void colleaguesWithTheOfficesNumberAndNoAddressAreTwoPeople() throws Exception {
        ImportResult r = run("""
                First Name,Last Name,Company,Business Phone
                Hans,Schulz,Rheinmetall Büro,+49 221 178-0
                Karin,Becker,Rheinmetall Büro,+49 221 178-0
                """);
        assertThat(r.contacts().created()).as("one number, two names: two people").isEqualTo(2);
        assertThat(contacts()).containsOnlyKeys("Hans Schulz", "Karin Becker");

        ImportResult again = run("""
                First Name,Last Name,Company,Business Phone
                Karin,Becker,Rheinmetall Büro,+49 (221) 1780
                Jens,Vogel,Rheinmetall Büro,+49 221 178-0
                """);
        assertThat(again.contacts().created()).as("Karin is found by her number and name; Jens is new").isEqualTo(1);
        assertThat(contacts()).containsOnlyKeys("Hans Schulz", "Karin Becker", "Jens Vogel");
    }

    /** Every contact (the first 100), same-named ones apart. */
    private java.util.List<com.funnelboard.domain.ContactProfile> everyone() {
        return store.read(r -> r.contactProfiles().list(null, 100)).stream()
                .map(c -> store.read(r -> r.contactProfiles().find(c.id()).orElseThrow())).toList();
    }

    /**
     * Two people of one name at one organization: a row naming that name alone there is neither of
     * them (it went to one of them, the oldest, whichever the deal was: a won deal written onto the
     * receptionist), and a deal found by its id keeps its own of the two.
     */
    @Test
    void aNameTwoPeopleShareThereIsNeitherOfThem() throws Exception {
        run("""
                First Name,Last Name,Email,Phone,Company,Title
                Maria,Garcia,maria.garcia@acme.example,,Acme Corp,Buyer
                Maria,Garcia,,+1 312 555 0100,Acme Corp,Receptionist
                """);
        assertThat(everyone()).hasSize(2);
        ImportResult deals = run("""
                Deal Name,Contact Name,Company,Amount,Stage
                Warehouse scanners,Maria Garcia,Acme Corp,12500,Qualified
                """);
        assertThat(deals.contacts().created()).as("neither Maria Garcia: a third, for the duplicates list").isEqualTo(1);
        UUID owner = deals().get("Warehouse scanners").contactId();
        assertThat(everyone()).filteredOn(c -> c.id().equals(owner)).singleElement()
                .satisfies(c -> assertThat(c.title()).as("not the receptionist, nor the buyer").isNull());

        String id = deals().get("Warehouse scanners").id().toString();
        ImportResult again = run("id,title,contact,organization,stage\n" + id + ",Warehouse scanners,Maria Garcia,Acme Corp,prospect\n");
        assertThat(again.contacts().created()).isZero();
        assertThat(deals().get("Warehouse scanners").contactId()).as("the deal found by its id keeps its own Maria Garcia").isEqualTo(owner);
    }

    /**
     * A person a file names with a number and no address, named by the next export with an address
     * too, is still them (HubSpot's contact gained an e-mail: the re-import made a second Ana Lima);
     * a stored person of that name and number with another address is someone else.
     */
    @Test
    void aPersonWhoseNextFileGivesAnAddressIsStillThem() throws Exception {
        run("""
                Name,Email,Phone,Company
                Ana Lima,,+55 11 91234-5678,Pied Piper
                Chris Johnson,chris.johnson@vandelay.example,+1 212 555 0100,Vandelay
                """);
        ImportResult next = run("""
                Name,Email,Phone,Company
                Ana Lima,ana@piedpiper.example,+55 11 91234-5678,Pied Piper
                Chris Johnson,cjohnson@vandelay.example,+1 212 555 0100,Vandelay
                """);
        assertThat(next.contacts().created()).as("only the second Chris Johnson, who shares the switchboard").isEqualTo(1);
        assertThat(everyone()).filteredOn(c -> c.name().equals("Ana Lima")).singleElement()
                .satisfies(c -> assertThat(c.emails()).containsExactly("ana@piedpiper.example"));
    }

    /**
     * An office's address (info@) several people write from is a person's only with their name: three
     * people stay three, each with their deal, and the file imported again doubles nobody (by the
     * address alone they became one contact with the three deals, the other names lost).
     */
    @Test
    void peopleWritingFromOneOfficeAddressStayApart() throws Exception {
        String file = """
                Name,Email,Company,Title,Deal,Value,Stage
                John Smith,info@smallshop.example,Small Shop,Owner,Shop POS,1200,Lead
                Jane Smith,info@smallshop.example,Small Shop,Bookkeeper,Accounting add-on,300,Lead
                Tom Other,info@smallshop.example,Other Shop,Manager,Other deal,500,Lead
                """;
        assertThat(run(file).contacts().created()).isEqualTo(3);
        assertThat(deals().get("Accounting add-on").contactName()).isEqualTo("Jane Smith");
        assertThat(run(file).contacts().created()).as("again").isZero();
        assertThat(everyone()).hasSize(3);
        // A person's own address is still theirs alone: the same address under another spelling of the name is the same person.
        run("Name,Email\nAnn Lee,ann@smallshop.example\n");
        assertThat(run("Name,Email,Title\nAnn Lee-Park,ann@smallshop.example,Owner\n").contacts().created()).isZero();
    }

    /**
     * An office's address that is all an accounts file gives for the group's companies (info@ of both) makes one contact at
     * each: the second company's number went onto the first one's contact, and importing the file again added it there.
     */
    @Test
    void aSharedOfficeAddressWithNoNameIsOneContactPerOrganization() throws Exception {
        String file = """
                Account Name,Email,Phone,Website
                Acme North GmbH,info@acme-group.example,+49 30 111,acme-north.example
                Acme South GmbH,info@acme-group.example,+49 89 222,acme-south.example
                """;
        ImportResult first = run(file);
        assertThat(first.contacts().created()).isEqualTo(2);
        ImportResult again = run(file);
        assertThat(again.contacts().created() + again.contacts().updated()).as("nothing new").isZero();
        java.util.List<com.funnelboard.domain.ContactProfile> both = store.read(r -> r.contactProfiles().list(null, 100).stream()
                .map(c -> r.contactProfiles().find(c.id()).orElseThrow()).toList());
        assertThat(both).extracting(com.funnelboard.domain.ContactProfile::phones)
                .containsExactlyInAnyOrder(java.util.List.of("+49 30 111"), java.util.List.of("+49 89 222"));
        assertThat(both).extracting(com.funnelboard.domain.ContactProfile::organizationId).doesNotHaveDuplicates();
    }
}
