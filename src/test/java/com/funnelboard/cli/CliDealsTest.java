package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** deals list/show/add and move: the JSON contract and exactly the gate the dialog applies. */
class CliDealsTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static Set<String> codes(JsonNode items) {
        return list(items).stream().map(i -> i.get("code").asString()).collect(Collectors.toSet());
    }

    /** A web form's lead posted twice under its submission id makes one lead; the second answer is the first lead. */
    @Test
    void aLeadWithAnExternalIdIsAddedOnce() {
        tools.jackson.databind.JsonNode first = cli.json("deals", "add", "--title", "Demo request", "--contact", "\u0141ucja Nowak",
                "--email", "lucja@x.example", "--external-id", "W-1001");
        assertThat(first.has("existed")).isFalse();
        tools.jackson.databind.JsonNode again = cli.json("deals", "add", "--title", "Demo request", "--contact", "\u0141ucja Nowak",
                "--email", "lucja@x.example", "--external-id", " W-1001 ");
        assertThat(again.get("existed").asBoolean()).isTrue();
        assertThat(again.get("id").asString()).isEqualTo(first.get("id").asString());
        assertThat(cli.json("deals", "list").get("deals")).hasSize(1);
        assertThat(cli.json("contacts", "list").get("contacts")).as("no second contact").hasSize(1);
        assertThat(cli.run("deals", "add", "--title", "Demo request", "--contact", "Ann", "--external-id", "W-1001").out())
                .contains("is there already", "nothing was added");
        assertThat(cli.run("deals", "add", "--title", "X", "--contact", "Ann", "--external-id", " ").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.json("deals", "add", "--title", "Other form", "--contact", "Bo", "--external-id", "W-1002").has("existed")).isFalse();
        assertThat(cli.json("deals", "list").get("deals")).hasSize(2);
        // The id is shown with the deal, in the list and alone: a script checks a lead it made by it.
        assertThat(first.get("externalId").asString()).isEqualTo("W-1001");
        assertThat(cli.json("deals", "show", first.get("id").asString()).get("externalId").asString()).isEqualTo("W-1001");
        assertThat(list(cli.json("deals", "list").get("deals")).stream().map(d -> d.get("externalId").asString()).toList())
                .containsExactlyInAnyOrder("W-1001", "W-1002");
        assertThat(cli.json("deals", "add", "--title", "Walk-in", "--contact", "Cy").get("externalId").isNull()).isTrue();

        // Deleted, its id is not taken by a new lead (restored, it made two of one id); restored while another holds it, refused.
        String w2 = cli.json("deals", "list").get("deals").valueStream().filter(d -> "W-1002".equals(d.get("externalId").asString()))
                .findFirst().orElseThrow().get("id").asString();
        assertThat(cli.run("deals", "delete", w2).exit()).isZero();
        CliRunner.Result again2 = cli.run("deals", "add", "--title", "Other form", "--contact", "Bo", "--external-id", "W-1002");
        assertThat(again2.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again2.err()).contains("with the external id W-1002 is in the trash: restore it (funnelboard trash restore " + w2.substring(0, 8));
        // An undone add is added again, as an undone import is imported again.
        String w3 = cli.json("deals", "add", "--title", "Third form", "--contact", "Di", "--external-id", "W-1003").get("id").asString();
        assertThat(cli.run("undo").exit()).isZero();
        assertThat(cli.json("deals", "add", "--title", "Third form", "--contact", "Di", "--external-id", "W-1003").get("id").asString())
                .isNotEqualTo(w3);
        assertThat(cli.run("trash", "restore", w3).exit()).as("the add undone, and another holds its id now").isEqualTo(ExitCodes.REFUSED);
        assertThat(cli.run("trash", "restore", w3).err()).contains("was not restored: the deal \u201CThird form\u201D", "has its external id W-1003 now");
        assertThat(list(cli.json("deals", "list").get("deals")).stream().filter(d -> "W-1003".equals(d.get("externalId").asString()))).hasSize(1);
    }

    /** A second deal for a stored contact: --for takes their id (--contact made a second record of the same person). */
    @Test
    void aDealIsAddedForAStoredContact() {
        tools.jackson.databind.JsonNode first = cli.json("deals", "add", "--title", "Pilot", "--contact", "Jane Whitfield", "--org", "Northwind");
        String jane = first.get("contact").get("id").asString();
        CliRunner.Result twin = cli.run("deals", "add", "--title", "Renewal", "--contact", "Jane Whitfield", "--org", "Northwind");
        assertThat(twin.err()).contains("The new contact looks like Jane Whitfield (" + jane.substring(0, 8))
                .contains("deals add --for " + jane.substring(0, 8) + " --title TITLE");
        assertThat(cli.run("undo").exit()).isZero();

        CliRunner.Result added = cli.run("deals", "add", "--for", jane.substring(0, 8), "--title", "Renewal", "--value", "4,500");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("Added \"Renewal\"").contains("in Lead for Jane Whitfield at £4,500.00");
        assertThat(cli.json("contacts", "list").get("contacts")).as("no second Jane").hasSize(1);
        assertThat(list(cli.json("deals", "list").get("deals")).stream().map(d -> d.get("contact").get("id").asString()))
                .containsOnly(jane).hasSize(2);
        // The new contact's details with --for are said to be for a new one; neither option is a usage error, exit 1.
        CliRunner.Result both = cli.run("deals", "add", "--for", jane, "--title", "X", "--email", "x@y.example");
        assertThat(both.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("--email is for a new one");
        assertThat(cli.run("deals", "add", "--title", "X").err()).contains("--contact NAME (a new contact) or --for CONTACT_ID");
        CliRunner.Result unknown = cli.run("deals", "add", "--for", "ffffffff", "--title", "X");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).startsWith("--for: ").doesNotContain("--contact");
    }

    /** The list's JSON holds what the CSV export has of a deal: its source, why it was lost, when it was created. */
    @Test
    void theListsJsonHoldsTheSourceTheLostReasonAndTheCreationTime() {
        String won = cli.addDeal("Pilot", "--source", "referral");
        String lost = cli.addDeal("Gone");
        cli.json("move", lost, "--to", "lost", "--lost-reason", "no-budget");
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        list(cli.json("deals", "list").get("deals")).forEach(d -> byId.put(d.get("id").asString(), d));
        assertThat(byId.get(won).get("source").asString()).isEqualTo("referral");
        assertThat(byId.get(won).get("lostReason").isNull()).isTrue();
        assertThat(byId.get(lost).get("lostReason").asString()).isEqualTo("no-budget");
        // A lost deal's day, as deals show and the CSV give it: the losses of a quarter can be counted from the list (it was null).
        String late = cli.addDeal("Lost last month");
        cli.json("move", late, "--to", "lost", "--lost-reason", "competitor", "--close-date", "2026-02-10");
        list(cli.json("deals", "list").get("deals")).forEach(d -> byId.put(d.get("id").asString(), d));
        assertThat(byId.get(late).get("closedOn").asString()).isEqualTo("2026-02-10")
                .isEqualTo(cli.json("deals", "show", late).get("closedOn").asString());
        assertThat(byId.get(lost).get("closedOn").isNull()).isFalse();
        assertThat(byId.get(won).get("closedOn").isNull()).as("open").isTrue();
        assertThat(byId.get(won).get("createdAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{2}:\\d{2}");
    }

    /** A deal an import kept without a contact has none in the list's JSON (it was a person named "No contact"). */
    @Test
    void aDealWithoutAContactHasNoneInTheList() throws Exception {
        java.nio.file.Path csv = dir.resolve("orphans.csv");
        java.nio.file.Files.writeString(csv, "Deal,Amount\nOrphan,100\n");
        assertThat(cli.run("import", "csv", csv.toString()).exit()).isZero();
        tools.jackson.databind.JsonNode deal = cli.json("deals", "list", "--no-contact").get("deals").get(0);
        assertThat(deal.get("title").asString()).isEqualTo("Orphan");
        assertThat(deal.get("contact").isNull()).as(deal.toString()).isTrue();
        // Its follow-ups too: no contact is null in JSON, "No contact" in words.
        assertThat(cli.run("followups", "add", deal.get("id").asString(), "--due", "tomorrow 9:00").exit()).isZero();
        tools.jackson.databind.JsonNode followUp = cli.json("followups", "list").get("followUps").get(0);
        assertThat(followUp.get("contact").isNull()).as(followUp.toString()).isTrue();
        assertThat(cli.run("followups", "list").out()).contains("No contact");
    }

    @Test
    void addedDealsAreListedWithTheJsonContract() {
        String id = cli.addDeal("Pilot – Nordwind", "--org", "Nordwind AB", "--email", "ida@nordwind.se", "--value", "1,250",
                "--currency", "eur", "--source", "Referral");
        cli.addDeal("Support plan");

        JsonNode deals = cli.json("deals", "list").get("deals");
        assertThat(deals.size()).isEqualTo(2);
        JsonNode pilot = list(deals).stream().filter(d -> d.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(UUID.fromString(pilot.get("id").asString())).isNotNull();
        assertThat(pilot.get("title").asString()).isEqualTo("Pilot – Nordwind");
        assertThat(pilot.get("stage").asString()).isEqualTo("lead");
        assertThat(pilot.get("value").get("amount").isString()).isTrue();
        assertThat(pilot.get("value").get("amount").asString()).isEqualTo("1250.00");
        assertThat(pilot.get("value").get("currency").asString()).isEqualTo("EUR");
        assertThat(pilot.get("contact").get("name").asString()).isEqualTo("Contact of Pilot – Nordwind");
        assertThat(UUID.fromString(pilot.get("contact").get("id").asString())).isNotNull();
        assertThat(pilot.get("organization").get("name").asString()).isEqualTo("Nordwind AB");
        OffsetDateTime entered = OffsetDateTime.parse(pilot.get("stageEnteredAt").asString());
        assertThat(entered.toInstant()).isEqualTo(Fixtures.NOW);
        assertThat(entered.getOffset().getTotalSeconds()).as("Berlin in March is UTC+1").isEqualTo(3600);
        assertThat(pilot.get("nextFollowUpAt").isNull()).isTrue();

        JsonNode plan = list(deals).stream().filter(d -> !d.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(plan.get("value").isNull()).as("no value estimated").isTrue();
        assertThat(plan.get("organization").isNull()).isTrue();
    }

    @Test
    void aValueIsReadWithTheDecimalSeparatorOfTheUsersLocale() {
        CliRunner.Result english = cli.run("deals", "add", "--title", "Pilot", "--contact", "Ida", "--value", "12,5");
        assertThat(english.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(english.err().strip()).isEqualTo("--value: Not an amount: \"12,5\". Write it like 12,500.50 (or 12500.50).");
        CliRunner.Result json = cli.run("deals", "add", "--title", "Pilot", "--contact", "Ida", "--value", "1e3", "--json");
        assertThat(json.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(json.json().get("error").get("message").asString())
                .isEqualTo("--value: Not an amount: \"1e3\". Write it like 12,500.50 (or 12500.50).");
        assertThat(cli.db()).as("nothing added: the refused first command leaves no database").doesNotExist();

        CliRunner german = new CliRunner(cli.db(), Fixtures.NOW, Locale.GERMANY);
        JsonNode deal = german.json("deals", "add", "--title", "Pilot", "--contact", "Ida", "--value", "12,5", "--currency", "EUR");
        assertThat(deal.get("value").get("amount").asString()).isEqualTo("12.50");
        assertThat(german.run("deals", "add", "--title", "Pilot", "--contact", "Ida", "--value", "12.5").err().strip())
                .isEqualTo("--value: Not an amount: \"12.5\". Write it like 12.500,50 (or 12500,50).");
    }

    @Test
    void listFiltersByStageAndSearchText() {
        cli.addDeal("Alpha rollout", "--org", "Acme");
        String beta = cli.addDeal("Beta licence", "--email", "buyer@globex.example");
        cli.json("move", beta, "--to", "prospect", "--override", "Met at the trade fair");

        assertThat(titles(cli.json("deals", "list", "--stage", "Prospect"))).containsExactly("Beta licence");
        assertThat(titles(cli.json("deals", "list", "--stage", "LEAD"))).containsExactly("Alpha rollout");
        assertThat(titles(cli.json("deals", "list", "--search", "ACME"))).as("organization, any case").containsExactly("Alpha rollout");
        assertThat(titles(cli.json("deals", "list", "--search", "globex"))).as("email").containsExactly("Beta licence");
        assertThat(titles(cli.json("deals", "list", "--search", "100%"))).as("wildcards are literal").isEmpty();
        assertThat(titles(cli.json("deals", "list"))).as("board order: by stage").containsExactly("Alpha rollout", "Beta licence");
        cli.setNow(Fixtures.NOW.plusSeconds(60));
        cli.addDeal("Gamma pilot");
        assertThat(titles(cli.json("deals", "list"))).as("by stage, the newest first in each").containsExactly("Gamma pilot", "Alpha rollout",
                "Beta licence");
        assertThat(titles(cli.json("deals", "list", "--limit", "1"))).containsExactly("Gamma pilot");
        assertThat(titles(cli.json("deals", "list", "--limit", "3", "--sort", "value"))).as("a limit across stages, each in the order asked")
                .hasSize(3).endsWith("Beta licence");

        CliRunner.Result text = cli.run("deals", "list", "--stage", "prospect");
        assertThat(text.out().lines().toList()).hasSize(2);
        assertThat(text.out()).contains(beta.substring(0, 8), "Beta licence");
    }

    /** Pages of a list, read with --limit and --offset, put together are the whole list, across the stages' ends. */
    @Test
    void pagesOfTheListMakeTheWholeList() {
        for (int i = 0; i < 5; i++) {
            cli.setNow(Fixtures.NOW.plusSeconds(60L * i));
            cli.addDeal("Lead " + i);
        }
        for (int i = 0; i < 3; i++) {
            cli.setNow(Fixtures.NOW.plusSeconds(600L + 60L * i));
            cli.json("move", cli.addDeal("Prospect " + i), "--to", "prospect", "--override", "Met at the fair");
        }
        List<String> whole = titles(cli.json("deals", "list"));
        assertThat(whole).hasSize(8);
        for (int size : new int[] {1, 2, 3, 5}) {
            List<String> paged = new java.util.ArrayList<>();
            for (int offset = 0; offset < 10; offset += size) {
                paged.addAll(titles(cli.json("deals", "list", "--limit", "" + size, "--offset", "" + offset)));
            }
            assertThat(paged).as("pages of %d", size).isEqualTo(whole);
        }
        assertThat(titles(cli.json("deals", "list", "--offset", "4", "--limit", "2"))).containsExactly(whole.get(4), whole.get(5));
        assertThat(titles(cli.json("deals", "list", "--offset", "8"))).isEmpty();
        assertThat(titles(cli.json("deals", "list", "--stage", "prospect", "--offset", "1"))).containsExactlyElementsOf(whole.subList(6, 8));
        List<String> byScore = titles(cli.json("deals", "list", "--sort", "score"));
        assertThat(titles(cli.json("deals", "list", "--sort", "score", "--offset", "3", "--limit", "2"))).isEqualTo(byScore.subList(3, 5));
        assertThat(cli.run("deals", "list", "--offset", "-1").err()).contains("--offset cannot be negative");
    }

    static List<String> titles(JsonNode doc) {
        return list(doc.get("deals")).stream().map(d -> d.get("title").asString()).toList();
    }

    @Test
    void showListsTheNextStagesChecklistWithEvidence() {
        String id = cli.addDeal("Pilot");
        JsonNode before = cli.json("deals", "show", id.substring(0, 8));
        assertThat(before.get("id").asString()).isEqualTo(id);
        assertThat(before.get("nextStage").asString()).isEqualTo("prospect");
        List<JsonNode> items = list(before.get("checklist"));
        assertThat(codes(before.get("checklist"))).containsExactlyInAnyOrder("two-way", "fits-icp", "has-need", "budget", "authority",
                "timeline");
        JsonNode twoWay = items.stream().filter(i -> i.get("code").asString().equals("two-way")).findFirst().orElseThrow();
        assertThat(UUID.fromString(twoWay.get("id").asString())).isNotNull();
        assertThat(twoWay.get("text").asString()).isNotBlank();
        assertThat(twoWay.get("required").asBoolean()).isTrue();
        assertThat(twoWay.get("kind").asString()).isEqualTo("derived");
        assertThat(twoWay.get("holds").asBoolean()).isFalse();
        assertThat(twoWay.get("evidence").isNull()).isTrue();
        JsonNode budget = items.stream().filter(i -> i.get("code").asString().equals("budget")).findFirst().orElseThrow();
        assertThat(budget.get("kind").asString()).isEqualTo("checked");
        assertThat(budget.get("required").asBoolean()).isFalse();

        cli.json("interactions", "add", id, "--kind", "call", "--direction", "in", "--at", "2026-03-11T15:00+01:00");
        JsonNode after = list(cli.json("deals", "show", id).get("checklist")).stream()
                .filter(i -> i.get("code").asString().equals("two-way")).findFirst().orElseThrow();
        assertThat(after.get("holds").asBoolean()).isTrue();
        assertThat(after.get("evidence").asString()).contains("call");

        CliRunner.Result text = cli.run("deals", "show", id);
        assertThat(text.out()).contains("Checklist for Prospect ([x] holds; derived: answered by the data, checked: ticked by hand):", "[x]  two-way",
                "[ ]  fits-icp");
    }

    @Test
    void aRefusedMoveExitsTwoListingTheUnmetItemsAndChangesNothing() {
        String id = cli.addDeal("Pilot");
        CliRunner.Result r = cli.run("move", id, "--to", "prospect", "--check", "fits-icp");
        assertThat(r.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(r.errLines().getFirst()).startsWith("The Prospect checklist is not satisfied: 2 required items unmet.");
        assertThat(r.err()).contains("two-way", "has-need").doesNotContain("fits-icp ");
        assertThat(r.out()).isEmpty();

        CliRunner.Result json = cli.run("move", id, "--to", "prospect", "--json");
        assertThat(json.exit()).isEqualTo(ExitCodes.REFUSED);
        JsonNode error = json.json().get("error");
        assertThat(error.get("kind").asString()).isEqualTo("refused");
        assertThat(codes(error.get("unmet"))).containsExactlyInAnyOrder("two-way", "fits-icp", "has-need");
        list(error.get("unmet")).forEach(i -> {
            assertThat(UUID.fromString(i.get("id").asString())).isNotNull();
            assertThat(i.get("text").asString()).isNotBlank();
        });

        assertThat(cli.json("deals", "show", id).get("stage").asString()).isEqualTo("lead");
    }

    @Test
    void aSatisfiedChecklistMovesTheDealAndRecordsTheAnswers() {
        String id = cli.addDeal("Pilot");
        cli.json("interactions", "add", id, "--kind", "email", "--direction", "in");
        JsonNode change = cli.json("move", id.substring(0, 6), "--to", "Prospect", "--check", "FITS-ICP", "--check", "has-need");
        assertThat(change.get("from").asString()).isEqualTo("lead");
        assertThat(change.get("to").asString()).isEqualTo("prospect");
        assertThat(change.get("dealId").asString()).isEqualTo(id);
        assertThat(change.get("overrideReason").isNull()).isTrue();
        JsonNode fits = list(change.get("checklist")).stream().filter(i -> i.get("code").asString().equals("fits-icp")).findFirst()
                .orElseThrow();
        assertThat(fits.get("holds").asBoolean()).isTrue();
        assertThat(cli.json("deals", "show", id).get("stage").asString()).isEqualTo("prospect");

        CliRunner.Result text = cli.run("move", id, "--to", "lead");
        assertThat(text.exit()).as("backward moves are free").isZero();
        assertThat(text.out().strip()).isEqualTo("Moved \"Pilot\" from Prospect to Lead.");
    }

    @Test
    void anOverrideNeedsAReasonAndIsRecorded() {
        String id = cli.addDeal("Pilot");
        assertThat(cli.run("move", id, "--to", "prospect", "--override", "  ").exit()).as("a blank reason is no override")
                .isEqualTo(ExitCodes.REFUSED);
        JsonNode change = cli.json("move", id, "--to", "opportunity", "--override", "Existing customer, known need");
        assertThat(change.get("to").asString()).isEqualTo("opportunity");
        assertThat(change.get("overrideReason").asString()).isEqualTo("Existing customer, known need");
        assertThat(codes(change.get("checklist"))).as("both gates on the way were answered").contains("two-way", "buying-signal");
    }

    @Test
    void lostNeedsAReasonAndOtherNeedsANote() {
        String id = cli.addDeal("Pilot");
        CliRunner.Result noReason = cli.run("move", id, "--to", "lost");
        assertThat(noReason.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(noReason.errLines().getFirst()).isEqualTo("Moving a deal to Lost needs a lost reason.");
        assertThat(noReason.err()).as("says how to give one").contains("--lost-reason", "no-budget", "competitor", "other");
        assertThat(cli.run("move", id, "--to", "lost", "--lost-reason", "other").exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(cli.run("move", id, "--to", "lost", "--lost-reason", "cheaper").exit()).isEqualTo(ExitCodes.BAD_INPUT);

        JsonNode change = cli.json("move", id, "--to", "lost", "--lost-reason", "Other", "--lost-note", "Project cancelled");
        assertThat(change.get("lostReason").asString()).isEqualTo("other");
        JsonNode deal = cli.json("deals", "show", id);
        assertThat(deal.get("stage").asString()).isEqualTo("lost");
        assertThat(deal.get("lostNote").asString()).isEqualTo("Project cancelled");
        assertThat(deal.get("nextStage").isNull()).isTrue();
        assertThat(deal.get("checklist").size()).isZero();
    }

    @Test
    void checkingAnItemThatIsNotOnTheChecklistIsBadInput() {
        String id = cli.addDeal("Pilot");
        CliRunner.Result r = cli.run("move", id, "--to", "prospect", "--check", "signed-or-paid");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("--check: \"signed-or-paid\" is not an item of the checklist for this move");
    }

    @Test
    void anIdPrefixMustNameExactlyOneDeal() {
        try (Store store = Store.open(cli.db(), Fixtures.CLOCK)) {
            Fixtures.deal(store, UUID.fromString("abcd1111-0000-4000-8000-000000000001"), "First", Stage.LEAD, null);
            Fixtures.deal(store, UUID.fromString("abcd2222-0000-4000-8000-000000000002"), "Second", Stage.LEAD, null);
        }
        CliRunner.Result ambiguous = cli.run("deals", "show", "ABCD");
        assertThat(ambiguous.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(ambiguous.err().strip()).isEqualTo("More than one deal has an id starting with ABCD; give more characters.");
        assertThat(cli.json("deals", "show", "abcd2").get("title").asString()).isEqualTo("Second");
        assertThat(cli.json("deals", "show", "abcd1111-0000-4000-8000-000000000001").get("title").asString()).isEqualTo("First");
        assertThat(cli.run("deals", "show", "abc").err()).contains("at least its first 4 characters");
        assertThat(cli.run("deals", "show", "abcd'; drop table deal;--").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.json("deals", "list").get("deals").size()).isEqualTo(2);
    }
}
