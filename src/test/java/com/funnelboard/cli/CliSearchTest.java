package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** search, deals list --search/--filter/--sort/--view, views list|save|delete. */
class CliSearchTest {

    @TempDir
    Path dir;

    CliRunner cli;
    String alpha;
    String beta;
    String gamma;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
        alpha = cli.addDeal("Alpha rollout", "--org", "Äcme Brauerei", "--value", "9000", "--source", "referral");
        beta = cli.addDeal("Beta licence", "--email", "buyer@globex.example", "--phone", "+49 (30) 555-0102", "--value", "1200");
        gamma = cli.addDeal("Gamma pilot", "--value", "40000", "--source", "referral");
    }

    private static List<String> titles(JsonNode list, String group) {
        List<String> out = new ArrayList<>();
        list.get(group).forEach(d -> out.add(d.get("title").asString()));
        return out;
    }

    /** "jürgen" typed finds "Juergen" written without the dots, as "mueller" finds Müller (it found only Jürgen). */
    @Test
    void anUmlautTypedFindsItSpelledOut() {
        cli.json("contacts", "add", "--name", "Juergen Mueller");
        cli.json("contacts", "add", "--name", "Jürgen Müller");
        assertThat(cli.run("search", "jürgen").out()).contains("Juergen Mueller", "Jürgen Müller");
        assertThat(cli.run("search", "mueller").out()).contains("Juergen Mueller", "Jürgen Müller");
        // Their deals too, and those of an organization so written ("weiss" found Jürgen Weiß but not his deal).
        cli.json("deals", "add", "--title", "Berlin rollout", "--contact", "Jürgen Weiß", "--org", "Müller & Söhne");
        assertThat(cli.run("search", "weiss").out()).contains("Berlin rollout");
        assertThat(cli.run("search", "soehne").out()).contains("Berlin rollout");
        cli.json("contacts", "add", "--name", "Ida Berg", "--org", "Größe GmbH");
        assertThat(cli.run("search", "groesse").out()).contains("Größe GmbH");
    }

    @Test
    void searchPrintsGroupedHits() {
        JsonNode found = cli.json("search", "acme");
        assertThat(titles(found, "organizations")).containsExactly("Äcme Brauerei");
        assertThat(titles(found, "deals")).as("the organization's deal, found by its name").containsExactly("Alpha rollout");
        assertThat(titles(cli.json("search", "glob"), "contacts")).containsExactly("Contact of Beta licence");
        assertThat(titles(cli.json("search", "4930555"), "contacts")).as("digits only").containsExactly("Contact of Beta licence");
        assertThat(titles(cli.json("search", "ROLL"), "deals")).containsExactly("Alpha rollout");

        CliRunner.Result text = cli.run("search", "contact", "of");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("Contacts (3)").contains("Contact of Gamma pilot");
        // Fewer listed than matched: both said ("Contacts (20)" was said of 73).
        CliRunner.Result cut = cli.run("search", "contact", "of", "--limit", "2");
        assertThat(cut.out()).contains("Contacts (2 of 3)");
        assertThat(cli.json("search", "contact", "of", "--limit", "2").get("found").get("contacts").asInt()).isEqualTo(3);
        for (String typed : new String[] {"\"", "*", "-", "a:b", "NEAR(", "(", "AND"}) {
            assertThat(cli.run("search", typed).exit()).as(typed).isZero();
        }
        assertThat(cli.run("search", "nothing-like-it").out()).contains("Nothing found.");
    }

    @Test
    void dealsListSearchesFiltersAndSorts() {
        assertThat(ids(cli.json("deals", "list", "--search", "brauerei"))).as("by its organization").containsExactly(alpha);
        assertThat(ids(cli.json("deals", "list", "--search", "globex"))).as("by its contact's email").containsExactly(beta);
        assertThat(ids(cli.json("deals", "list", "--filter", "source=Referral", "--sort", "value"))).containsExactly(gamma, alpha);
        assertThat(ids(cli.json("deals", "list", "--sort", "value"))).containsExactly(gamma, alpha, beta);
        assertThat(ids(cli.json("deals", "list", "--filter", "min-value=1000", "--filter", "max-value=10000", "--sort", "value")))
                .containsExactly(alpha, beta);
        assertThat(ids(cli.json("deals", "list", "--filter", "followup=none", "--filter", "source=referral", "--sort", "value")))
                .containsExactly(gamma, alpha);
        assertThat(ids(cli.json("deals", "list", "--filter", "rotting=yes"))).isEmpty();
        // A phone number written with spaces, as people say it, finds the deal of the contact who has it (it found nothing).
        assertThat(ids(cli.json("deals", "list", "--search", "030 555 0102"))).containsExactly(beta);
        assertThat(ids(cli.json("deals", "list", "--search", "0305550102"))).containsExactly(beta);
        // --search adds its words to a text filter (it took its place), and a field given twice is refused (the last one won).
        assertThat(ids(cli.json("deals", "list", "--search", "alpha", "--filter", "text=brauerei"))).containsExactly(alpha);
        assertThat(ids(cli.json("deals", "list", "--search", "beta", "--filter", "text=brauerei"))).isEmpty();
        CliRunner.Result twice = cli.run("deals", "list", "--filter", "source=referral", "--filter", "source=website");
        assertThat(twice.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(twice.err()).contains("The filter source is given twice (\"referral\" and \"website\")");

        CliRunner.Result reversed = cli.run("deals", "list", "--filter", "min-value=10000", "--filter", "max-value=1000");
        assertThat(reversed.exit()).as("a range no deal can match is said, not an empty board").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(reversed.err()).contains("Value from is above value to");
        assertThat(cli.run("views", "save", "Nothing", "min-value=100", "max-value=10").exit()).isEqualTo(ExitCodes.BAD_INPUT);

        CliRunner.Result bad = cli.run("deals", "list", "--filter", "colour=red");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("Unknown filter");
        assertThat(cli.run("deals", "list", "--sort", "sideways").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.run("deals", "list", "--filter", "nonsense").exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void viewsAreSavedListedUsedAndDeleted() {
        assertThat(cli.run("views", "list").out()).contains("No saved views");
        JsonNode saved = cli.json("views", "save", "Big referrals", "source=referral", "min-value=5000", "--sort", "value");
        assertThat(saved.get("filters").toString()).contains("source=referral", "min-value=5000");

        JsonNode views = cli.json("views", "list").get("views");
        assertThat(views.size()).isEqualTo(1);
        assertThat(views.get(0).get("name").asString()).isEqualTo("Big referrals");
        assertThat(views.get(0).get("deals").asLong()).isEqualTo(2);
        assertThat(views.get(0).get("sort").asString()).isEqualTo("value");

        assertThat(ids(cli.json("deals", "list", "--view", "big referrals"))).containsExactly(gamma, alpha);
        assertThat(ids(cli.json("deals", "list", "--view", "Big referrals", "--filter", "max-value=10000"))).containsExactly(alpha);
        assertThat(cli.run("deals", "list", "--view", "Nope").exit()).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(cli.json("history", "--limit", "5").toString()).as("views are local, not in the change log").doesNotContain("Big referrals");
        assertThat(cli.run("views", "delete", "Big referrals").exit()).isZero();
        assertThat(cli.run("views", "delete", "Big referrals").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.json("views", "list").get("views").size()).isZero();
    }

    private static List<String> ids(JsonNode list) {
        return CliOwnersTest.ids(list).stream().map(id -> id).toList();
    }

    /**
     * A value range is in whole units of each deal's own currency: ¥333,333 is above 10,000 (yen were compared as if they had
     * cents, and it fell below); and amounts are read the user's way: "10.000" in German is ten thousand (it was read as 10).
     */
    @Test
    void aValueRangeIsInWholeUnitsOfEachDealsCurrencyReadTheUsersWay() {
        CliRunner de = new CliRunner(dir.resolve("yen.db"), Fixtures.NOW, java.util.Locale.GERMANY);
        String yen = de.json("deals", "add", "--title", "Tokio", "--contact", "Taro Yamada", "--value", "333.333", "--currency", "JPY")
                .get("id").asString();
        String euro = de.json("deals", "add", "--title", "Berlin", "--contact", "Jürgen Weiß", "--value", "12.345,67", "--currency", "EUR")
                .get("id").asString();
        de.json("deals", "add", "--title", "Klein", "--contact", "Bo Lund", "--value", "5.000", "--currency", "EUR");
        assertThat(ids(de.json("deals", "list", "--filter", "min-value=10.000", "--sort", "value"))).containsExactlyInAnyOrder(yen, euro);
        assertThat(ids(de.json("deals", "list", "--filter", "max-value=5000"))).doesNotContain(yen).hasSize(1);
        assertThat(ids(de.json("deals", "list", "--filter", "min-value=300000"))).containsExactly(yen);
    }
}
