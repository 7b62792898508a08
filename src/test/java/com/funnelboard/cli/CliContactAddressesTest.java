package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A contact created with a deal keeps its email and phone in its lists: shown, searched, kept by a
 * later edit, and seen by duplicate detection — for every path that creates contacts.
 */
class CliContactAddressesTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    @Test
    void dealsAddKeepsTheEmailAndPhoneThroughShowSearchAndEdit() {
        JsonNode deal = cli.json("deals", "add", "--title", "Pilot", "--contact", "Ida Berg", "--org", "Nordwind AB",
                "--email", "ida@nordwind.example", "--phone", "+46 8 123 456 78");
        String contact = deal.get("contact").get("id").asString();

        JsonNode shown = cli.json("contacts", "show", contact).get("contact");
        assertThat(CliContactsTest.texts(shown.get("emails"))).containsExactly("ida@nordwind.example");
        assertThat(CliContactsTest.texts(shown.get("phones"))).containsExactly("+46 8 123 456 78");

        assertThat(cli.run("contacts", "list", "--search", "nordwind.example").out()).contains("Ida Berg");

        JsonNode edited = cli.json("contacts", "edit", contact, "--title", "COO");
        assertThat(CliContactsTest.texts(edited.get("emails"))).containsExactly("ida@nordwind.example");
        assertThat(CliContactsTest.texts(edited.get("phones"))).containsExactly("+46 8 123 456 78");
        JsonNode again = cli.json("contacts", "show", contact).get("contact");
        assertThat(CliContactsTest.texts(again.get("emails"))).containsExactly("ida@nordwind.example");
    }

    /** A pain point pasted with a tab and a line break shows both as spaces on its line (the tab was "\t"). */
    @Test
    void showWritesATabAsALineBreakIsWrittenOnItsLine() {
        String contact = cli.json("contacts", "add", "--name", "Ida Berg", "--pain-points", "Slow invoices\tmanual\nNo CRM").get("contact").get("id").asString();
        assertThat(cli.run("contacts", "show", contact).out()).contains("Slow invoices manual No CRM").doesNotContain("\\t");
    }

    @Test
    void duplicateDetectionSeesTheEmailOfAContactMadeWithADeal() {
        cli.json("deals", "add", "--title", "Pilot", "--contact", "Ida Berg", "--email", "ida@nordwind.example");
        CliRunner.Result r = cli.run("contacts", "add", "--name", "I. Berg", "--email", "IDA@Nordwind.example");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Looks like contact");
        assertThat(cli.run("contacts", "duplicates").out()).contains("Ida Berg", "I. Berg");
    }

    @Test
    void theSampleDataKeepsEveryContactsEmailInItsList() {
        cli.json("demo", "--deals", "20");
        JsonNode deals = cli.json("deals", "list", "--limit", "20").get("deals");
        assertThat(deals.size()).isEqualTo(20);
        for (JsonNode d : deals) {
            JsonNode c = cli.json("contacts", "show", d.get("contact").get("id").asString()).get("contact");
            assertThat(c.get("emails").size()).as(c.get("name").asString()).isEqualTo(1);
            assertThat(c.get("phones").size()).isEqualTo(1);
        }
    }
}
