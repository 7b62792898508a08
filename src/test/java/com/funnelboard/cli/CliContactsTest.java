package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** contacts and orgs commands: fields, duplicates and merging, with --json. */
class CliContactsTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    static List<String> texts(JsonNode array) {
        return CliDealsTest.list(array).stream().map(JsonNode::asString).toList();
    }

    String addContact(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("contacts", "add"));
        all.addAll(List.of(args));
        return cli.json(all.toArray(String[]::new)).get("contact").get("id").asString();
    }

    @Test
    void addShowAndEditEveryField() {
        String id = addContact("--name", "Ida Berg", "--title", "Head of Operations", "--org", "Nordwind AB", "--email", "ida@nordwind.se",
                "--email", "ida.berg@gmail.com", "--phone", "+46 8 123 456 78", "--channel", "In person", "--industry", "Logistics",
                "--company-size", "51-200", "--persona", "Economic buyer", "--pain-points", "Manual routing", "--source", "referral",
                "--tag", "vip", "--tag", "nordics", "--notes", "Met at the fair");
        JsonNode shown = cli.json("contacts", "show", id.substring(0, 8));
        JsonNode c = shown.get("contact");
        assertThat(c.get("name").asString()).isEqualTo("Ida Berg");
        assertThat(c.get("organization").get("name").asString()).isEqualTo("Nordwind AB");
        assertThat(texts(c.get("emails"))).containsExactly("ida@nordwind.se", "ida.berg@gmail.com");
        assertThat(texts(c.get("phones"))).containsExactly("+46 8 123 456 78");
        assertThat(c.get("channel").asString()).isEqualTo("in-person");
        assertThat(c.get("companySize").asString()).isEqualTo("51-200");
        assertThat(c.get("painPoints").asString()).isEqualTo("Manual routing");
        assertThat(texts(c.get("tags"))).containsExactly("vip", "nordics");
        assertThat(shown.get("deals").size()).isZero();

        JsonNode edited = cli.json("contacts", "edit", id, "--title", "COO", "--email", "ida@nordwind.se", "--tag", "renewal");
        assertThat(edited.get("title").asString()).isEqualTo("COO");
        assertThat(texts(edited.get("emails"))).containsExactly("ida@nordwind.se");
        assertThat(texts(edited.get("tags"))).containsExactly("renewal");
        assertThat(edited.get("industry").asString()).as("untouched fields stay").isEqualTo("Logistics");

        CliRunner.Result bad = cli.run("contacts", "edit", id, "--email", "ida@", "--website", "x");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        CliRunner.Result badEmail = cli.run("contacts", "edit", id, "--email", "ida@");
        assertThat(badEmail.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badEmail.err().strip()).isEqualTo("--email: Not an email address: ida@.");
        assertThat(cli.run("contacts", "add", "--email", "x@y.se").exit()).as("a name is required").isEqualTo(ExitCodes.BAD_INPUT);

        List<JsonNode> list = CliDealsTest.list(cli.json("contacts", "list", "--search", "NORDWIND").get("contacts"));
        assertThat(list).singleElement().satisfies(row -> {
            assertThat(row.get("openDeals").asInt()).isZero();
            assertThat(row.get("email").asString()).isEqualTo("ida@nordwind.se");
        });
        String text = cli.run("contacts", "show", id).out();
        assertThat(text).contains("Ida Berg, COO · Nordwind AB", "channel   In person", "Deals: none");
    }

    @Test
    void anUnknownIdIsNamedByTheOptionOnlyWhereAnOptionGaveIt() {
        addContact("--name", "Ida Berg");
        CliRunner.Result shown = cli.run("contacts", "show", "nosuch");
        assertThat(shown.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(shown.err().strip()).as("the id is the command's argument")
                .isEqualTo("\"nosuch\" is not a contact id (give the id or at least its first 4 characters).");
        CliRunner.Result tab = cli.run("contacts", "add", "--name", "Ada Lind", "--org", "\tNordwind");
        assertThat(tab.err().strip()).as("the organization's problem, named by its option").isEqualTo("--org: Organization holds a tab; it is one line.");
        CliRunner.Result history = cli.run("history", "--contact", "nosuch");
        assertThat(history.err().strip()).startsWith("--contact: \"nosuch\" is not a contact id");
    }

    @Test
    void organizationsAreListedShownAndEdited() {
        addContact("--name", "Ida Berg", "--org", "Nordwind AB");
        addContact("--name", "Olle Lind", "--org", "nordwind ab");
        List<JsonNode> orgs = CliDealsTest.list(cli.json("orgs", "list").get("organizations"));
        assertThat(orgs).singleElement().satisfies(o -> assertThat(o.get("contacts").asInt()).isEqualTo(2));
        String org = orgs.getFirst().get("id").asString();
        JsonNode edited = cli.json("orgs", "edit", org.substring(0, 6), "--website", "nordwind.se", "--address", "Stockholm");
        assertThat(edited.get("website").asString()).isEqualTo("nordwind.se");
        assertThat(cli.run("orgs", "edit", org, "--website", "not a site").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode shown = cli.json("orgs", "show", org);
        assertThat(shown.get("organization").get("address").asString()).isEqualTo("Stockholm");
        assertThat(CliDealsTest.list(shown.get("contacts"))).extracting(c -> c.get("name").asString()).containsExactly("Ida Berg",
                "Olle Lind");
    }

    @Test
    void duplicatesAreFlaggedOnAddListedAndMerged() {
        String ida = addContact("--name", "Ida Berg", "--org", "Nordwind AB", "--email", "ida@nordwind.se", "--title", "COO");
        String deal = cli.json("contacts", "add-deal", ida, "--title", "Upsell", "--value", "500").get("id").asString();
        cli.json("interactions", "add", deal, "--kind", "call", "--direction", "in");

        CliRunner.Result second = cli.run("contacts", "add", "--name", "Ida Berg", "--org", "nordwind ab", "--email", "IDA@nordwind.se",
                "--phone", "+46 70 111 22 33");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("Looks like contact " + ida.substring(0, 8), "same email", "similar name");
        String twin = second.out().replaceAll("(?s).*id ([0-9a-f-]{36})\\..*", "$1");

        List<JsonNode> pairs = CliDealsTest.list(cli.json("contacts", "duplicates").get("duplicates"));
        assertThat(pairs).singleElement().satisfies(p -> assertThat(texts(p.get("reasons"))).contains("same-email", "similar-name"));

        JsonNode merged = cli.json("contacts", "merge", ida, twin, "--take", "phones");
        assertThat(merged.get("moved").asInt()).isZero();
        assertThat(texts(merged.get("survivor").get("phones"))).containsExactly("+46 70 111 22 33");
        assertThat(merged.get("survivor").get("title").asString()).isEqualTo("COO");
        assertThat(cli.json("contacts", "duplicates").get("duplicates").size()).isZero();
        assertThat(cli.run("contacts", "merge", ida, twin).exit()).as("already merged").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.run("contacts", "merge", ida, ida).exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(cli.run("contacts", "merge", ida, addContact("--name", "Other"), "--take", "shoe-size").exit())
                .isEqualTo(ExitCodes.BAD_INPUT);

        JsonNode shown = cli.json("contacts", "show", ida);
        assertThat(shown.get("deals").size()).isEqualTo(1);
        List<String> types = CliDealsTest.list(shown.get("timeline")).stream().map(e -> e.get("type").asString()).toList();
        assertThat(types).containsExactlyInAnyOrder("interaction", "stage-change");
    }

    /** An organization on its own, before anyone there is known (`orgs add` was in the guide and did not exist). */
    @Test
    void anOrganizationIsAddedOnItsOwnOnceByName() {
        CliRunner.Result added = cli.run("orgs", "add", "--name", "Umbrella Ltd", "--industry", "Pharma", "--website", "umbrella.example");
        assertThat(added.exit()).isZero();
        assertThat(added.out()).startsWith("Added organization Umbrella Ltd (");
        assertThat(cli.json("orgs", "list").get("organizations")).singleElement()
                .satisfies(o -> assertThat(o.get("name").asString()).isEqualTo("Umbrella Ltd"));
        CliRunner.Result again = cli.run("orgs", "add", "--name", "umbrella ltd");
        assertThat(again.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).contains("There is an organization Umbrella Ltd already (").contains("nothing was added");
        assertThat(cli.run("orgs", "add", "--name", " ").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        // A contact named with it goes to it.
        cli.json("contacts", "add", "--name", "Ken Adams", "--org", "Umbrella Ltd");
        assertThat(cli.json("orgs", "list").get("organizations")).singleElement()
                .satisfies(o -> assertThat(o.get("contacts").asInt()).isEqualTo(1));
        assertThat(cli.run("undo").exit()).isZero();
        assertThat(cli.run("undo").exit()).isZero();
        assertThat(cli.json("orgs", "list").get("organizations")).isEmpty();
    }
}
