package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** import vcard: an organization's departments, companies' cards, and which address and number come first. */
class CliVcardCardsTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    @Test
    void theDepartmentsOfAnOrganizationAreKeptInTheNotes() throws Exception {
        Path cards = dir.resolve("outlook.vcf");
        Files.writeString(cards, String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "FN:Ida Berg", "TITLE:Head of Sales",
                "ORG:Acme Corp;Sales;EMEA", "NOTE:Met at the fair", "EMAIL:ida@acme.example", "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "FN:Bo Chen", "ORG:Acme Corp;Purchasing", "EMAIL:bo@acme.example", "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "FN:Tim Cook", "ORG:Orchard Ltd;", "EMAIL:tim@orchard.example", "END:VCARD", ""),
                StandardCharsets.UTF_8);
        JsonNode r = cli.json("import", "vcard", cards.toString());
        assertThat(r.get("organizations").get("created").asLong()).isEqualTo(2);
        Map<String, JsonNode> people = profiles();
        JsonNode ida = people.get("Ida Berg");
        assertThat(ida.get("organization").get("name").asString()).isEqualTo("Acme Corp");
        assertThat(ida.get("title").asString()).isEqualTo("Head of Sales");
        assertThat(ida.get("notes").asString()).isEqualTo("Met at the fair\nDepartment: Sales, EMEA");
        assertThat(people.get("Bo Chen").get("notes").asString()).isEqualTo("Department: Purchasing");
        assertThat(people.get("Tim Cook").get("notes").isNull()).as("an empty department is none").isTrue();

        JsonNode again = cli.json("import", "vcard", cards.toString());
        assertThat(again.get("contacts").get("updated").asLong()).as("the same cards again change nothing").isZero();
        assertThat(profiles().get("Ida Berg").get("notes").asString()).isEqualTo("Met at the fair\nDepartment: Sales, EMEA");
    }

    /** A card shown by its nickname (Outlook's address book) is named by its structured name; a ROLE is the job where no TITLE is. */
    @Test
    void aNicknameShownIsNotTheNameAndARoleIsTheJobWhenThereIsNoTitle() throws Exception {
        Path cards = dir.resolve("wab.vcf");
        Files.writeString(cards, String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1", "N:Mustermann;Max;;Dr.;", "FN:Maxl", "NICKNAME:Maxl",
                "ROLE:Generalsekret\u00E4r", "EMAIL;INTERNET:max@verein.example", "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "N:Lind;Bo;;;", "FN:Bo Lind", "TITLE:CFO", "ROLE:Budget owner", "EMAIL:bo@lind.example", "BDAY:19800401", "END:VCARD",
                "BEGIN:VCARD", "VERSION:4.0", "FN:Ann Ek", "NICKNAME:Annie,Ann Ek", "ANNIVERSARY:--0612", "END:VCARD",
                ""), StandardCharsets.UTF_8);
        JsonNode r = cli.json("import", "vcard", cards.toString());
        assertThat(r.get("contacts").get("created").asLong()).isEqualTo(3);
        Map<String, JsonNode> people = profiles();
        assertThat(people).containsKeys("Dr. Max Mustermann", "Bo Lind").doesNotContainKey("Maxl");
        assertThat(people.get("Dr. Max Mustermann").get("title").asString()).isEqualTo("Generalsekret\u00E4r");
        assertThat(people.get("Bo Lind").get("title").asString()).isEqualTo("CFO");
        assertThat(r.toString()).as("a role beside a job title is said, not dropped").contains("left out, a role beside the job title: \\\"Budget owner\\\"");
        // A birthday, an anniversary and a nickname a contact does not keep are said too (they went without a word); a nickname
        // that is the name is not.
        assertThat(r.toString()).contains("left out, a birthday: \\\"1980-04-01\\\"", "left out, an anniversary: \\\"--06-12\\\"",
                "left out, a nickname: \\\"Maxl\\\"", "left out, a nickname: \\\"Annie\\\"").doesNotContain("nickname: \\\"Ann Ek");
    }

    @Test
    void aCompanysCardKeepsItsAddressAndNumberOnAContactOfTheCompany() throws Exception {
        Path cards = dir.resolve("companies.vcf");
        Files.writeString(cards, String.join("\r\n", "BEGIN:VCARD", "VERSION:4.0", "KIND:org", "FN:Globex Corporation",
                "ORG:Globex Corporation", "EMAIL:info@globex.example", "TEL;VALUE=uri:tel:+1-555-0100", "END:VCARD",
                "BEGIN:VCARD", "VERSION:4.0", "KIND:organization", "FN:Initech", "EMAIL:sales@initech.example", "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "N:;;;;", "FN:", "ORG:Hooli Inc;Sales", "X-ABShowAs:COMPANY",
                "TEL;TYPE=WORK:+1 650 555 0199", "NOTE:Switchboard", "END:VCARD", ""), StandardCharsets.UTF_8);
        JsonNode r = cli.json("import", "vcard", cards.toString());
        assertThat(r.get("organizations").get("created").asLong()).isEqualTo(3);
        assertThat(r.get("contacts").get("created").asLong()).isEqualTo(3);
        assertThat(cli.run("orgs", "list").out()).contains("Globex Corporation", "Initech", "Hooli Inc");
        Map<String, JsonNode> people = profiles();
        assertThat(people).containsOnlyKeys("Globex Corporation", "Initech", "Hooli Inc");
        JsonNode globex = people.get("Globex Corporation");
        assertThat(globex.get("organization").get("name").asString()).isEqualTo("Globex Corporation");
        assertThat(globex.get("emails")).extracting(JsonNode::asString).containsExactly("info@globex.example");
        assertThat(globex.get("phones")).extracting(JsonNode::asString).containsExactly("+1 555 0100");
        assertThat(people.get("Initech").get("organization").get("name").asString()).isEqualTo("Initech");
        assertThat(people.get("Initech").get("emails")).extracting(JsonNode::asString).containsExactly("sales@initech.example");
        JsonNode hooli = people.get("Hooli Inc");
        assertThat(hooli.get("organization").get("name").asString()).isEqualTo("Hooli Inc");
        assertThat(hooli.get("phones")).extracting(JsonNode::asString).containsExactly("+1 650 555 0199");
        assertThat(hooli.get("notes").asString()).isEqualTo("Switchboard\nDepartment: Sales");
    }

    @Test
    void aCompanysCardNamedOtherwiseThanItsOrganizationKeepsThatName() throws Exception {
        Path cards = dir.resolve("rfc6350.vcf");
        // RFC 6350's own example of an organization's card, once with a number and once without.
        Files.writeString(cards, String.join("\r\n", "BEGIN:VCARD", "VERSION:4.0", "KIND:org", "FN:ABC Marketing",
                "ORG:ABC\\, Inc.;North American Division;Marketing", "TEL;VALUE=uri:tel:+1-555-555-5555", "END:VCARD",
                "BEGIN:VCARD", "VERSION:4.0", "KIND:org", "FN:XYZ Sales", "ORG:XYZ Ltd", "END:VCARD", ""), StandardCharsets.UTF_8);
        CliRunner.Result run = cli.run("import", "vcard", cards.toString());
        assertThat(cli.run("orgs", "list").out()).contains("ABC, Inc.", "XYZ Ltd");
        Map<String, JsonNode> people = profiles();
        assertThat(people).containsOnlyKeys("ABC Marketing");
        assertThat(people.get("ABC Marketing").get("organization").get("name").asString()).isEqualTo("ABC, Inc.");
        assertThat(people.get("ABC Marketing").get("phones")).extracting(JsonNode::asString).containsExactly("+1 555 555 5555");
        assertThat(run.out() + run.err()).as("the other card's own name is said, not dropped").contains("XYZ Sales");
    }

    @Test
    void theWorkAddressAndNumberComeFirstAfterThePreferredOnes() throws Exception {
        Path cards = dir.resolve("thunderbird.vcf");
        Files.writeString(cards, String.join("\r\n", "BEGIN:VCARD", "VERSION:4.0", "FN:Eva Lind",
                "EMAIL;TYPE=home:eva@home.example", "EMAIL:eva@mail.example", "EMAIL;TYPE=work:eva@acme.example",
                "TEL;TYPE=fax,voice:+46 8 555 0100", "TEL;TYPE=home:+46 8 555 0101", "TEL:+46 8 555 0102",
                "TEL;TYPE=cell:+46 70 555 0103", "TEL;TYPE=work:+46 8 555 0104", "END:VCARD",
                "BEGIN:VCARD", "VERSION:4.0", "FN:Ola Nord", "EMAIL;TYPE=work:ola@acme.example", "EMAIL;TYPE=home;PREF=2:ola@home.example",
                "EMAIL;PREF=1:ola@mail.example", "END:VCARD",
                "BEGIN:VCARD", "VERSION:2.1", "FN:Per Holm", "TEL;HOME:+46 8 555 0201", "TEL;CELL:+46 70 555 0202",
                "EMAIL;INTERNET;HOME:per@home.example", "EMAIL;INTERNET;WORK:per@acme.example", "END:VCARD",
                "BEGIN:VCARD", "VERSION:4.0", "FN:Uma Roy", "EMAIL;TYPE=home:uma@home.example", "EMAIL;PREF=high;TYPE=work:uma@acme.example",
                "END:VCARD", ""), StandardCharsets.UTF_8);
        cli.json("import", "vcard", cards.toString());
        Map<String, JsonNode> people = profiles();
        assertThat(people.get("Eva Lind").get("emails")).extracting(JsonNode::asString)
                .containsExactly("eva@acme.example", "eva@mail.example", "eva@home.example");
        assertThat(people.get("Eva Lind").get("phones")).extracting(JsonNode::asString)
                .containsExactly("+46 8 555 0104", "+46 70 555 0103", "+46 8 555 0102", "+46 8 555 0101", "+46 8 555 0100");
        assertThat(people.get("Ola Nord").get("emails")).extracting(JsonNode::asString)
                .containsExactly("ola@mail.example", "ola@home.example", "ola@acme.example");
        assertThat(people.get("Per Holm").get("emails")).extracting(JsonNode::asString).containsExactly("per@acme.example", "per@home.example");
        assertThat(people.get("Per Holm").get("phones")).extracting(JsonNode::asString).containsExactly("+46 70 555 0202", "+46 8 555 0201");
        assertThat(people.get("Uma Roy").get("emails")).as("a PREF that is no number is none").extracting(JsonNode::asString)
                .containsExactly("uma@acme.example", "uma@home.example");
        assertThat(cli.json("contacts", "list").get("contacts").valueStream().filter(c -> c.get("name").asString().equals("Eva Lind"))
                .findFirst().orElseThrow().get("email").asString()).as("the first is the contact's own").isEqualTo("eva@acme.example");
    }

    /** Every contact's full record, by name. */
    private Map<String, JsonNode> profiles() {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode c : cli.json("contacts", "list").get("contacts")) {
            byName.put(c.get("name").asString(), cli.json("contacts", "show", c.get("id").asString()).get("contact"));
        }
        return byName;
    }
}
