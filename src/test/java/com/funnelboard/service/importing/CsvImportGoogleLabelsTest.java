package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Google Contacts labels what each address and web page is: a home address is not the employer's,
 * a profile page is not the company's website, the labels themselves are no tags, and Google's own
 * groups ("myContacts", "starred") are not the user's labels.
 */
class CsvImportGoogleLabelsTest extends ImportCase {

    private static final String HEADER = "First Name,Last Name,Organization Name,Organization Title,Labels,E-mail 1 - Label,E-mail 1 - Value,"
            + "Address 1 - Label,Address 1 - Street,Address 1 - City,Address 1 - Country,Website 1 - Label,Website 1 - Value\n";

    @Test
    void aHomeAddressAndAProfilePageStayOffTheOrganization() throws Exception {
        run(HEADER
                + "Tom,Baker,Big Bank plc,Analyst,* starred ::: * myContacts,* Work,tom@bigbank.example,Home,12 Acacia Avenue,London,UK,"
                + "Profile,https://www.linkedin.com/in/tombaker\n"
                + "Ann,Reed,Big Bank plc,Manager,* myContacts ::: Clients,* Work,ann@bigbank.example,Work,1 Bank Street,London,UK,"
                + "Work,https://bigbank.example\n");

        var org = store.read(r -> r.organizations().list(null, 10)).getFirst();
        var profile = store.read(r -> r.organizations().find(org.id())).orElseThrow();
        assertThat(profile.address()).as("Ann's work address, not Tom's home").isEqualTo("1 Bank Street, London, UK");
        assertThat(profile.website()).isEqualTo("https://bigbank.example");
        assertThat(contact("Tom Baker").tags()).as("no system groups, no address labels").isEmpty();
        assertThat(contact("Ann Reed").tags()).containsExactly("Clients");
        // Kept as the person's own, in their notes, with Google's labels (they were dropped without a word).
        assertThat(contact("Tom Baker").notes()).isEqualTo("Home address: 12 Acacia Avenue, London, UK\nProfile: https://www.linkedin.com/in/tombaker");
        assertThat(contact("Ann Reed").notes()).isNull();
    }

    /** Also where the row names no organization, or the file has no organization column (they were dropped there). */
    @Test
    void aPersonsOwnAddressAndPageAreKeptWithoutAnOrganizationToo() throws Exception {
        run(HEADER + "Mo,Lind,,,,,mo@lind.example,Home,1 Elm Road,Leeds,UK,Blog,https://mo.blog\n");
        assertThat(contact("Mo Lind").notes()).isEqualTo("Home address: 1 Elm Road, Leeds, UK\nBlog: https://mo.blog");
        run("no-org.csv", "First Name,Last Name,Website 1 - Label,Website 1 - Value\nNy,Berg,Profile,https://ny.example\n",
                ImportOptions.defaults());
        assertThat(contact("Ny Berg").notes()).isEqualTo("Profile: https://ny.example");
        // Unlabelled, on a row that names no organization: the contact's too (dropped without a word).
        run("unlabelled.csv", "First Name,Last Name,Organization Name,Website 1 - Value,Address 1 - Street,Address 1 - City\n"
                + "Kim,Ode,,https://kim.example,7 Way,Leeds\n", ImportOptions.defaults());
        assertThat(contact("Kim Ode").notes()).isEqualTo("Website: https://kim.example\nAddress: 7 Way, Leeds");
    }

    /** Google's "Website 1" a profile page and "Website 2" the work site: the work site is the organization's (it was not read). */
    @Test
    void theWorkSiteIsReadFromAnyOfTheWebsiteColumns() throws Exception {
        run("sites.csv", "First Name,Last Name,Organization Name,Website 1 - Label,Website 1 - Value,Website 2 - Label,Website 2 - Value\n"
                + "Ida,Berg,Nordwind AS,Profile,https://linkedin.example/ida,Work,https://nordwind.example\n", ImportOptions.defaults());
        var org = store.read(r -> r.organizations().list(null, 10)).getFirst();
        assertThat(store.read(r -> r.organizations().find(org.id())).orElseThrow().website()).isEqualTo("https://nordwind.example");
        assertThat(contact("Ida Berg").notes()).isEqualTo("Profile: https://linkedin.example/ida");
    }

    /** A note corrected in the sheet and the file imported again: the correction comes after, the address line is not repeated. */
    @Test
    void aCorrectedRowImportedAgainAddsItsHomeAddressOnce() throws Exception {
        String header = "First Name,Last Name,Organization Name,Notes,E-mail 1 - Value,Address 1 - Label,Address 1 - Street,Address 1 - City\n";
        run("first.csv", header + "Tom,Baker,,Met at the fair,tom@bank.example,Home,12 Acacia Avenue,London\n", ImportOptions.defaults());
        String first = contact("Tom Baker").notes();
        assertThat(first).contains("Home address: 12 Acacia Avenue, London").contains("Met at the fair");
        run("corrected.csv", header + "Tom,Baker,,Met at the fair in Leeds,tom@bank.example,Home,12 Acacia Avenue,London\n", ImportOptions.defaults());
        run("corrected.csv", header + "Tom,Baker,,Met at the fair in Leeds,tom@bank.example,Home,12 Acacia Avenue,London\n", ImportOptions.defaults());
        assertThat(contact("Tom Baker").notes()).isEqualTo(first + "\nMet at the fair in Leeds");
    }

    /** Google writes each address whole ("Address 1 - Formatted") beside its parts; a sheet kept with the whole alone was not read. */
    @Test
    void theWholeFormattedAddressIsReadAndItsPartsWhereItIsEmpty() throws Exception {
        run("formatted.csv", "First Name,Last Name,Organization Name,Address 1 - Label,Address 1 - Formatted\n"
                + "Tom,Baker,Big Bank plc,Work,\"1 Bank Street\nLondon EC2 8AA\nUK\"\n"
                + "Ann,Reed,,Home,\"5 Elm Road\nLeeds\"\n", ImportOptions.defaults());
        assertThat(organizationAddress("Big Bank plc")).isEqualTo("1 Bank Street, London EC2 8AA, UK");
        assertThat(contact("Ann Reed").notes()).isEqualTo("Home address: 5 Elm Road, Leeds");

        run("both.csv", "First Name,Last Name,Organization Name,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
                + "Address 1 - Country\n"
                + "Ida,Berg,Nordwind AS,Work,\"Kai 1\n0150 Oslo\nNorway\",Kai 1,Oslo,Norway\n"
                + "Ola,Dahl,Fjord AS,Home,,Elm vei 5,Bergen,Norway\n"
                + "Eva,Lund,Vik AS,Work,,Vikveien 2,Vik,Norway\n", ImportOptions.defaults());
        assertThat(organizationAddress("Nordwind AS")).as("the whole, not the whole and its parts").isEqualTo("Kai 1, 0150 Oslo, Norway");
        assertThat(organizationAddress("Vik AS")).as("the parts where the whole is empty").isEqualTo("Vikveien 2, Vik, Norway");
        assertThat(organizationAddress("Fjord AS")).as("a home address in parts is not the employer's").isNull();
        assertThat(contact("Ola Dahl").notes()).isEqualTo("Home address: Elm vei 5, Bergen, Norway");
    }

    private String organizationAddress(String name) {
        var org = store.read(r -> r.organizations().list(null, 100)).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
        return store.read(r -> r.organizations().find(org.id())).orElseThrow().address();
    }

    @Test
    void theAddressAndNumberGoogleStarsArePrimary() throws Exception {
        run("""
                First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value
                Roy,Trenneman,Work,roy@reynholm.example,* Home,roy@home.example,Work,+44 20 7946 0001,* Mobile,+44 7700 900001
                """);
        assertThat(contact("Roy Trenneman").emails()).containsExactly("roy@home.example", "roy@reynholm.example");
        assertThat(contact("Roy Trenneman").phones().getFirst()).contains("7700");
    }
}
