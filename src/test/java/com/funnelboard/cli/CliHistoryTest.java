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

/** history: every recorded change set of a deal or contact, newest first, with old → new. */
class CliHistoryTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    /** A contact moved to another organization is said by the organizations' names (it was "Edited Goran Kowalski" alone). */
    @Test
    void aContactMovedToAnotherOrganizationIsSaidByName() {
        String contact = cli.json("contacts", "add", "--name", "Goran Kowalski", "--org", "Nova Media").get("contact").get("id").asString();
        cli.json("contacts", "edit", contact, "--org", "Blue Motors GmbH");
        assertThat(cli.run("history", "--contact", contact, "--limit", "1").out()).contains("Organization Nova Media \u2192 Blue Motors GmbH");
    }

    /**
     * A change a command made says which one, in History as on the command line (a cron job's lead and the rep's own looked
     * the same); one made in the window, or by a teammate, says none.
     */
    @Test
    void aChangeSaysTheCommandThatMadeIt() throws Exception {
        String deal = cli.json("deals", "add", "--title", "Pilot", "--contact", "Ida Berg").get("id").asString();
        try (com.funnelboard.store.Store store = com.funnelboard.store.Store.open(cli.db(), Fixtures.CLOCK)) {
            new com.funnelboard.service.DealEditing(store, java.util.Locale.ENGLISH).edit(java.util.UUID.fromString(deal),
                    new com.funnelboard.service.DealEditing.Edit("Pilot project", null, null, null, false, null)); // as the window does
        }
        cli.run("move", deal, "--to", "prospect", "--override", "Met at the fair");
        JsonNode sets = cli.json("history", "--deal", deal).get("changeSets");
        assertThat(sets.get(0).get("command").asString()).isEqualTo("move");
        assertThat(sets.get(1).get("command").isNull()).as("the window's rename").isTrue();
        assertThat(sets.get(2).get("command").asString()).isEqualTo("deals add");
        assertThat(cli.run("history", "--deal", deal).out()).contains("user (command deals add)").contains("user (command move)");
        try (com.funnelboard.store.Store store = com.funnelboard.store.Store.open(cli.db(), Fixtures.CLOCK)) {
            var history = new com.funnelboard.service.HistoryService(store).ofDeal(java.util.UUID.fromString(deal), 10);
            var words = new com.funnelboard.service.HistorySentences(java.util.Locale.ENGLISH, Fixtures.CLOCK);
            assertThat(words.describe(history.get(0), row -> "EUR").byline()).endsWith(" \u00B7 from the command line (move)");
            assertThat(words.describe(history.get(1), row -> "EUR").byline()).doesNotContain("command");
        }
    }

    @Test
    void aDealsHistoryListsItsChangeSetsNewestFirstWithOldAndNewValues() {
        JsonNode added = cli.json("deals", "add", "--title", "Pilot", "--contact", "Ida Berg", "--email", "ida@nordwind.example");
        String deal = added.get("id").asString();
        String contact = added.get("contact").get("id").asString();
        assertThat(cli.run("move", deal, "--to", "prospect", "--override", "Met at the fair").exit()).isZero();
        cli.json("contacts", "edit", contact, "--title", "COO");

        JsonNode sets = cli.json("history", "--deal", deal.substring(0, 8)).get("changeSets");
        assertThat(sets.size()).as("the contact's edit shows in its deal's history").isEqualTo(3);
        assertThat(sets.get(0).get("summary").asString()).isEqualTo("Edited Ida Berg");
        JsonNode move = sets.get(1);
        assertThat(move.get("origin").asString()).isEqualTo("user");
        assertThat(move.get("summary").asString()).isEqualTo("Moved \u201CPilot\u201D from Lead to Prospect");
        List<String> fields = new ArrayList<>();
        for (JsonNode c : move.get("changes")) {
            fields.add(c.get("table").asString() + "." + c.get("field").asString());
            if (c.get("field").asString().equals("stage")) {
                assertThat(c.get("old").asString()).isEqualTo("lead");
                assertThat(c.get("new").asString()).isEqualTo("prospect");
            }
        }
        assertThat(fields).contains("deal.stage", "stage_change.*").doesNotContain("deal.title");
        JsonNode creation = sets.get(2);
        assertThat(creation.get("summary").asString()).isEqualTo("New lead \u201CPilot\u201D");
        List<String> created = new ArrayList<>();
        creation.get("changes").forEach(c -> created.add(c.get("table").asString() + "." + c.get("field").asString()));
        assertThat(created).contains("contact.*", "email_address.*", "deal.*", "stage_change.*");

        JsonNode ofContact = cli.json("history", "--contact", contact).get("changeSets");
        assertThat(ofContact.get(0).get("summary").asString()).isEqualTo("Edited Ida Berg");
        JsonNode title = ofContact.get(0).get("changes").get(0);
        assertThat(title.get("field").asString()).isEqualTo("title");
        assertThat(title.get("old").isNull()).isTrue();
        assertThat(title.get("new").asString()).isEqualTo("COO");
        // Beside the stored values, what they say as the History tab says it (a value in minor units, a time in milliseconds were all a script had).
        cli.json("deals", "edit", deal, "--value", "12,500.50");
        JsonNode valued = cli.json("history", "--deal", deal, "--limit", "1").get("changeSets").get(0);
        assertThat(valued.get("changes").get(0).get("field").asString()).isEqualTo("value_minor");
        assertThat(valued.get("details").toString()).contains("12,500.50");

        CliRunner.Result text = cli.run("history", "--contact", contact, "--limit", "1");
        assertThat(text.out()).contains("Edited Ida Berg", "Title \u2014 \u2192 COO").doesNotContain("New lead");
    }

    /** A change set that made many records (an import, a merge, the sample) shows, in one deal's history, only what it did to that deal. */
    @Test
    void aDealsHistoryShowsOnlyWhatABigChangeSetDidToIt() throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.writeString(dir.resolve("deals.csv"),
                "Deal Name,Name,Email,Company\nPilot,Ida Berg,ida@nordwind.example,Nordwind\nRollout,Ola Roe,ola@sudwind.example,Sudwind\n");
        assertThat(cli.run("import", "csv", csv.toString()).exit()).isZero();
        String pilot = null;
        for (JsonNode d : cli.json("deals", "list").get("deals")) {
            if (d.get("title").asString().equals("Pilot")) {
                pilot = d.get("id").asString();
            }
        }
        JsonNode sets = cli.json("history", "--deal", pilot).get("changeSets");
        assertThat(sets).hasSize(1);
        List<String> rows = new ArrayList<>();
        sets.get(0).get("changes").forEach(c -> rows.add(c.get("table").asString() + ":" + c.get("new").toString()));
        assertThat(rows).anyMatch(r -> r.startsWith("deal:") && r.contains("Pilot")).noneMatch(r -> r.contains("Rollout") || r.contains("Ola Roe"));
        assertThat(cli.run("history", "--deal", pilot).out()).doesNotContain("Rollout").doesNotContain("Ola Roe").doesNotContain("more changes");
    }

    @Test
    void withoutASubjectTheWholeDatabaseAndBadInputIsRefused() {
        cli.addDeal("One");
        cli.addDeal("Two");
        JsonNode sets = cli.json("history").get("changeSets");
        assertThat(sets.get(0).get("summary").asString()).isEqualTo("New lead \u201CTwo\u201D");
        assertThat(cli.run("history", "--limit", "0").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        // Every list's --limit alike (deals list and contacts list said "No deals match." for 0, on a file with deals).
        for (String[] list : new String[][] {{"deals", "list"}, {"contacts", "list"}, {"search", "a"}}) {
            for (String n : new String[] {"0", "-3"}) {
                CliRunner.Result r = cli.run(list[0], list[1], "--limit", n);
                assertThat(r.exit()).as("%s %s --limit %s", list[0], list[1], n).isEqualTo(ExitCodes.BAD_INPUT);
                assertThat(r.err()).contains("--limit must be at least 1");
            }
        }
        assertThat(cli.run("history", "--deal", "zzzzzzzz").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.run("history", "--deal", "a", "--contact", "b").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aMoveToLostPrintsItsReasonOnALineOfItsOwn() {
        String deal = cli.json("deals", "add", "--title", "Pilot", "--contact", "Ida Berg").get("id").asString();
        assertThat(cli.run("move", deal, "--to", "lost", "--lost-reason", "no-budget", "--lost-note", "Budget cut").exit()).isZero();
        String out = cli.run("history", "--deal", deal).out();
        assertThat(out).doesNotContain("\\n").contains("\n      Lost: No budget");
    }

    /**
     * A large change set is listed with its first changes and a count of the rest: after an import of many rows, `history`
     * read and described every one of them (300,000 after 150,000 rows: it ran for minutes without a line).
     */
    @Test
    void aLargeChangeSetIsListedWithItsFirstChangesAndACountOfTheRest() throws Exception {
        StringBuilder csv = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 150; i++) {
            csv.append("Person ").append(i).append(",p").append(i).append("@example.com\n");
        }
        java.nio.file.Path file = dir.resolve("people.csv");
        java.nio.file.Files.writeString(file, csv);
        assertThat(cli.run("import", "csv", file.toString()).exit()).isZero();

        tools.jackson.databind.JsonNode set = cli.json("history", "--limit", "1").get("changeSets").get(0);
        assertThat(set.get("origin").asString()).isEqualTo("import");
        assertThat(set.get("changes").size()).as("the first ones").isEqualTo(com.funnelboard.service.HistoryService.SHOWN_CHANGES);
        int all = set.get("changeCount").asInt();
        assertThat(all).as("a contact and an address each").isEqualTo(300);
        // One count of what is not shown, then the whole (it said "… and at least 188 more changes", then "… and 100 more changes").
        String said = cli.run("history", "--limit", "1").out();
        assertThat(said).contains("300 changes in all (history --deal ID or --contact ID");
        assertThat(said.split("more change").length - 1).as("one count of the rest").isLessThanOrEqualTo(1);
    }

    /**
     * A merge of two people of one name and its undo, as History tells them: both by their ids, what
     * moved, which address (it said "Merged Bianca Albers into Bianca Albers", "Contact deleted",
     * "Email deleted", and nothing of the deal that moved).
     */
    @Test
    void aContactMergeAndItsUndoSayWhatTheyDid() {
        String kept = cli.json("contacts", "add", "--name", "Bianca Albers", "--email", "b1@x.example").get("contact").get("id").asString();
        String other = cli.json("contacts", "add", "--name", "Bianca Albers", "--email", "b2@x.example").get("contact").get("id").asString();
        cli.json("contacts", "add-deal", other, "--title", "Pilot");
        assertThat(cli.run("contacts", "merge", kept, other).exit()).isZero();
        String merged = cli.run("history", "--limit", "1").out();
        assertThat(merged).contains("Merged Bianca Albers (" + other.substring(0, 8) + ") into Bianca Albers (" + kept.substring(0, 8) + ")",
                "Email b2@x.example added", "Deal moved to the contact kept", "Contact merged into the one kept").doesNotContain("Contact deleted");
        CliRunner.Result gone = cli.run("contacts", "show", other);
        assertThat(gone.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(gone.err()).as("it said \"No contact has an id starting with …\"")
                .contains("Bianca Albers (" + other.substring(0, 8) + ") was merged into Bianca Albers (" + kept.substring(0, 8) + ")");
        cli.run("undo");
        assertThat(cli.run("history", "--limit", "1").out()).contains("Contact apart again (out of the merge)",
                "Deal back with the contact it was merged from", "Email b2@x.example deleted");
    }

    /** Two new contacts of one name in one change set are two lines' worth: "(2)" (History said "New contact Maria Garcia" once). */
    @Test
    void twoNewRecordsOfOneNameAreCounted() throws Exception {
        java.nio.file.Path csv = dir.resolve("two.csv");
        java.nio.file.Files.writeString(csv, "Name,Email,Phone,Company\nMaria Garcia,maria@acme.example,,Acme\nMaria Garcia,,+1 312 555 0100,Acme\n");
        cli.json("import", "csv", csv.toString());
        assertThat(cli.run("history", "--limit", "1").out()).contains("New contact Maria Garcia (2)");
    }

    /**
     * A deal's amounts are said in the currency it had then: a change of currency said "Value €3,333.33 → €333,333" of ¥333,333
     * (a value the deal never had), and the edits before it in euros too.
     */
    @Test
    void amountsAreSaidInTheCurrencyTheDealHadThen() {
        String deal = cli.json("deals", "add", "--title", "Tokio", "--contact", "Taro Yamada", "--value", "333333", "--currency", "JPY")
                .get("id").asString();
        cli.json("deals", "edit", deal, "--value", "400000");
        cli.json("deals", "edit", deal, "--currency", "EUR");
        String said = cli.run("history", "--deal", deal).out();
        assertThat(said).contains("Value JP\u00A5400,000 \u2192 \u20AC400,000", "Value JP\u00A5333,333 \u2192 JP\u00A5400,000")
                .doesNotContain("\u20AC3,333.33", "\u20AC4,000");
    }

    /** The scoring rules and the profile changed are said value by value (both documents were given whole, forty lines). */
    @Test
    void aSettingsChangeIsSaidValueByValue() throws Exception {
        cli.addDeal("Pilot");
        String rules = cli.run("settings", "get", "scoring").out().replace("\"form-filled\" : 10", "\"form-filled\" : 12");
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("rules.json"), rules);
        assertThat(cli.run("settings", "set", "scoring", file.toString()).exit()).isZero();
        String said = cli.run("history", "--limit", "1").out();
        assertThat(said).contains("Scoring rules: points.form-filled 10 \u2192 12").doesNotContain("\"points\"");
        java.nio.file.Files.writeString(file, rules.replace("\"form-filled\" : 12", "\"form-filled\" : 15").replace("\"decayEveryDays\" : 30",
                "\"decayEveryDays\" : 45"));
        assertThat(cli.run("settings", "set", "scoring", file.toString()).exit()).isZero();
        assertThat(cli.run("history", "--limit", "1").out()).contains("Scoring rules: points.form-filled 12 \u2192 15; decayEveryDays 30 \u2192 45");
    }
}
