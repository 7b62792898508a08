package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** move --to won with --final-value and --close-date, and deals show of a won deal, in text and JSON. */
class CliMoveTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    /** The close date of a win told after the fact takes a day word, as every day option does (it said "'yesterday' is not a date"). */
    @Test
    void aWinsCloseDateMayBeADayWord() {
        String id = cli.addDeal("Pilot", "--value", "12,500", "--currency", "EUR");
        JsonNode change = cli.json("move", id, "--to", "won", "--override", "Signed yesterday", "--close-date", "yesterday");
        assertThat(change.get("closedOn").asString()).isEqualTo(java.time.LocalDate.ofInstant(Fixtures.NOW, CliRunner.BERLIN).minusDays(1).toString());
    }

    /**
     * A loss entered late takes its day as a win does, and the reports count it then: a rep catching up put the wins in their
     * months and every loss on the day it was entered (it was refused, "Only a move to Won takes … a close date").
     */
    @Test
    void aLossEnteredLateTakesItsDay() {
        String late = cli.addDeal("Late loss", "--value", "4,000");
        CliRunner.Result moved = cli.run("move", late, "--to", "lost", "--lost-reason", "competitor", "--close-date", "2026-02-20");
        assertThat(moved.exit()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("Chose a competitor, lost on 2026-02-20.");
        // Taken, and said: a day before the deal was added here may be a typo (2026-01-15 for 2026-11-15 went by without a word).
        assertThat(moved.err()).contains("\"Late loss\" was lost on 2026-02-20, before it was added here (2026-03-12); the reports count it on "
                + "2026-02-20.");
        JsonNode february = cli.json("report", "velocity", "--from", "2026-02-01", "--to", "2026-02-28");
        assertThat(february.get("lost").asInt()).isEqualTo(1);
        assertThat(cli.json("report", "velocity", "--period", "month").get("lost").asInt()).as("not counted in March").isZero();
        assertThat(cli.json("report", "lost", "--from", "2026-02-01", "--to", "2026-02-28").get("reasons").get(0).get("deals").asInt()).isEqualTo(1);
        assertThat(cli.json("deals", "show", late).get("closedOn").asString()).as("its close day, as the CSV export writes it").isEqualTo("2026-02-20");
        // Its history says the day it was lost, and keeps when the move was made.
        assertThat(cli.run("history", "--deal", late, "--limit", "1").out()).contains("Lost: Chose a competitor, lost on ");
        assertThat(cli.json("history", "--deal", late, "--limit", "1").get("changeSets").get(0).get("details").toString()).contains("2026");
        assertThat(cli.json("history", "--deal", late, "--limit", "1").get("changeSets").get(0).get("at").asString()).startsWith("2026-03-12");

        String today = cli.addDeal("Lost today", "--value", "1,000");
        expectBadInput(cli.run("move", today, "--to", "lost", "--lost-reason", "competitor", "--close-date", "tomorrow"),
                "--close-date: The day it was lost (2026-03-13) is after today.");
        assertThat(cli.json("deals", "show", today).get("stage").asString()).isEqualTo("lead");
        CliRunner.Result onTheDay = cli.run("move", today, "--to", "lost", "--lost-reason", "competitor", "--close-date", "today");
        assertThat(onTheDay.exit()).isZero();
        assertThat(onTheDay.err()).doesNotContain("before it was added here");
        assertThat(cli.json("report", "velocity", "--period", "month").get("lost").asInt()).isEqualTo(1);
    }

    @Test
    void aMoveToWonRecordsTheGivenFinalValueAndCloseDate() {
        String id = cli.addDeal("Pilot", "--value", "12,500", "--currency", "EUR");
        JsonNode change = cli.json("move", id, "--to", "won", "--override", "Signed at the fair", "--final-value", "11,800.50",
                "--close-date", "2026-03-10");
        assertThat(change.get("to").asString()).isEqualTo("won");
        assertThat(change.get("finalValue").get("amount").asString()).isEqualTo("11800.50");
        assertThat(change.get("finalValue").get("currency").asString()).isEqualTo("EUR");
        assertThat(change.get("closedOn").asString()).isEqualTo("2026-03-10");
        assertThat(change.get("overrideReason").asString()).isEqualTo("Signed at the fair");

        JsonNode deal = cli.json("deals", "show", id);
        assertThat(deal.get("stage").asString()).isEqualTo("won");
        assertThat(deal.get("value").get("amount").asString()).as("the estimate stays").isEqualTo("12500.00");
        assertThat(deal.get("finalValue").get("amount").asString()).isEqualTo("11800.50");
        assertThat(deal.get("closedOn").asString()).isEqualTo("2026-03-10");

        CliRunner.Result text = cli.run("deals", "show", id);
        assertThat(text.out().lines().toList()).contains("  value     €12,500.00", "  final     €11,800.50", "  closed    2026-03-10");
        // The list shows a won deal at what it was won for, as its card does (it showed the estimate).
        assertThat(cli.run("deals", "list").out()).contains("€11,800.50").doesNotContain("€12,500.00");
        // So does the contact's list of deals (it showed the estimate).
        assertThat(cli.run("contacts", "show", deal.get("contact").get("id").asString()).out()).contains("€11,800.50").doesNotContain("€12,500.00");
        // Won again with other details: said of the deal (it said "Only a move to Won takes a final value").
        CliRunner.Result again = cli.run("move", id, "--to", "won", "--final-value", "10");
        assertThat(again.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).contains("\u201CPilot\u201D is in Won already, with the final value and close date recorded when it was won");
        assertThat(cli.json("deals", "show", id).get("finalValue").get("amount").asString()).isEqualTo("11800.50");
        // ... and told how to correct them, which took moving the deal back and winning it again.
        assertThat(again.err()).contains("to correct them: funnelboard deals edit " + id.substring(0, 8) + " --final-value AMOUNT --closed-on DATE");
        CliRunner.Result corrected = cli.run("deals", "edit", id, "--final-value", "11,080.50", "--closed-on", "2026-03-09");
        assertThat(corrected.exit()).as(corrected.err()).isZero();
        JsonNode now = cli.json("deals", "show", id);
        assertThat(now.get("finalValue").get("amount").asString()).isEqualTo("11080.50");
        assertThat(now.get("closedOn").asString()).isEqualTo("2026-03-09");
        assertThat(now.get("value").get("amount").asString()).as("the estimate stays").isEqualTo("12500.00");
        assertThat(cli.run("history", "--deal", id, "--limit", "1").out()).contains("Corrected the win of \u201CPilot\u201D")
                .contains("€11,800.50 → €11,080.50");
        // A day after tomorrow names the option it came from (--close-date is the expected close here).
        CliRunner.Result future = cli.run("deals", "edit", id, "--closed-on", "2026-03-20");
        assertThat(future.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(future.err()).contains("--closed-on: The close date 2026-03-20 is in the future");
        assertThat(cli.run("undo").exit()).isZero();
        assertThat(cli.json("deals", "show", id).get("finalValue").get("amount").asString()).isEqualTo("11800.50");
        CliRunner.Result many = cli.run("deals", "edit", id, cli.addDeal("Other"), "--final-value", "5");
        assertThat(many.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void withoutOptionsTheDealsValueAndTodayAreTaken() {
        String id = cli.addDeal("Pilot", "--value", "1,250", "--currency", "EUR");
        CliRunner.Result r = cli.run("move", id, "--to", "won", "--override", "Paid up front");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("Moved \"Pilot\" from Lead to Won, overriding the checklist: Paid up front, "
                + "final value €1,250.00, closed on 2026-03-12.");
        JsonNode deal = cli.json("deals", "show", id);
        assertThat(deal.get("finalValue").get("amount").asString()).isEqualTo("1250.00");
        assertThat(deal.get("closedOn").asString()).as("today in the user's zone").isEqualTo("2026-03-12");
    }

    @Test
    void aMoveToWonSaysTheFollowUpsStillOpenAndOneCommandClosesThem() {
        String id = cli.addDeal("Pilot", "--value", "1,250", "--currency", "EUR");
        cli.json("followups", "add", id, "--due", "2026-03-13T09:00");
        assertThat(cli.run("followups", "add", id, "--due", "2026-03-14T09:00", "--kind", "email").out()).as("not \"a email\"")
                .startsWith("Scheduled an email for ");
        CliRunner.Result r = cli.run("move", id, "--to", "won", "--override", "Paid up front");
        assertThat(r.out().lines().toList()).last().isEqualTo("2 follow-ups are still open on it; `funnelboard followups done --deal " + id
                + "` marks them done.");

        CliRunner.Result done = cli.run("followups", "done", "--deal", id.substring(0, 8));
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.out().strip()).isEqualTo("Done: 2 follow-ups of that deal. `funnelboard undo` opens them again.");
        assertThat(cli.json("followups", "list").get("followUps").size()).isZero();
        assertThat(cli.json("followups", "done", "--deal", id).get("closed").asInt()).as("nothing left").isZero();
        CliRunner.Result neither = cli.run("followups", "done");
        assertThat(neither.exit()).as("called without what to mark: a usage error, as a missing argument is").isEqualTo(ExitCodes.USAGE);
        assertThat(neither.err()).contains("Give either a follow-up's ID or --deal DEAL");
        assertThat(cli.run("followups", "done").exit()).as("neither an id nor a deal").isEqualTo(ExitCodes.USAGE);

        assertThat(cli.run("undo").exit()).isZero();
        assertThat(cli.json("followups", "list").get("followUps").size()).as("the closing undone in one").isEqualTo(2);
        assertThat(cli.json("deals", "show", id).get("stage").asString()).as("the move stays").isEqualTo("won");
    }

    @Test
    void theFinalValueIsWrittenAsInTheUsersLocale() {
        CliRunner german = new CliRunner(cli.db(), Fixtures.NOW, Locale.GERMANY);
        String id = german.addDeal("Pilot", "--value", "12.500", "--currency", "EUR");
        JsonNode change = german.json("move", id, "--to", "won", "--override", "Signed", "--final-value", "11.800,5");
        assertThat(change.get("finalValue").get("amount").asString()).isEqualTo("11800.50");
    }

    @Test
    void badDetailsAreRefusedInOneSentenceAndChangeNothing() {
        String id = cli.addDeal("Pilot", "--value", "1,250");
        String unvalued = cli.addDeal("Support plan");

        CliRunner.Result blank = cli.run("move", id, "--to", "prospect", "--override", "   ");
        assertThat(blank.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(blank.err()).contains("The --override reason was blank").doesNotContain("move anyway with --override REASON");
        // Nor is a reason nobody can see: zero-width, no-break and narrow spaces, a word joiner, a direction mark, a blank letter.
        for (String unseen : java.util.List.of("\u200B", "\u00A0", "\u2060", "\u202F\u2007", "\u202E", "\u3164", " \u200B\n")) {
            CliRunner.Result invisible = cli.run("move", id, "--to", "prospect", "--override", unseen);
            assertThat(invisible.exit()).as("reason %s", unseen.codePoints().mapToObj(Integer::toHexString).toList()).isEqualTo(ExitCodes.REFUSED);
            assertThat(invisible.err()).contains("The --override reason was blank");
        }
        assertThat(cli.json("deals", "show", id).get("stage").asString()).isEqualTo("lead");
        // An item the data answers cannot be ticked: it is said how to answer it (it was let through and left unmet).
        assertThat(cli.run("move", id, "--to", "prospect", "--check", "two-way").err())
                .contains("--check: \"two-way\" is answered by the data, not ticked: log an inbound reply or call, or a meeting first");
        // A move refused as such says why, not that its items are unknown.
        String lost = cli.addDeal("Gone");
        cli.json("move", lost, "--to", "lost", "--lost-reason", "no-budget");
        assertThat(cli.run("move", lost, "--to", "won", "--check", "signed-or-paid").err()).contains("A lost deal can only be reopened as a Lead")
                .doesNotContain("is not an item");
        // A reason where none is needed is said to be not kept, where it went without a word.
        assertThat(cli.run("move", cli.addDeal("Dead end"), "--to", "lost", "--lost-reason", "no-budget", "--override", "Boss approved").out())
                .contains("has no checklist, so the --override reason is not kept.");
        // The reason it was lost is said, as a Won move's override is.
        assertThat(cli.run("move", cli.addDeal("Gone too"), "--to", "lost", "--lost-reason", "competitor", "--lost-note", "Went with Acme").out())
                .contains("from Lead to Lost: Chose a competitor (Went with Acme).");
        expectBadInput(cli.run("move", id, "--to", "won", "--override", "why: test", "--final-value", "12,5"),
                "--final-value: Not an amount: \"12,5\". Write it like 12,500.50 (or 12500.50).");
        expectBadInput(cli.run("move", id, "--to", "won", "--override", "why: test", "--final-value", "-100"),
                "--final-value: The final value cannot be negative.");
        expectBadInput(cli.run("move", id, "--to", "won", "--override", "why: test", "--close-date", "2026-03-20"),
                "--close-date: The close date 2026-03-20 is in the future; it can be tomorrow (2026-03-13) at the latest.");
        expectBadInput(cli.run("move", id, "--to", "won", "--override", "why: test", "--close-date", "12/03/2026"),
                "--close-date: '12/03/2026' is not a date; write it as 2026-03-12.");
        expectBadInput(cli.run("move", unvalued, "--to", "won", "--override", "why: test"),
                "--final-value: Enter the final value: this deal has no estimated value to take instead.");
        expectBadInput(cli.run("move", id, "--to", "prospect", "--override", "why: test", "--final-value", "100"),
                "--final-value: Only a move to Won takes a final value and a close date.");

        CliRunner.Result json = cli.run("move", id, "--to", "won", "--override", "why: test", "--final-value", "1e3", "--json");
        assertThat(json.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(json.json().get("error").get("kind").asString()).isEqualTo("bad-input");
        assertThat(json.json().get("error").get("message").asString())
                .isEqualTo("--final-value: Not an amount: \"1e3\". Write it like 12,500.50 (or 12500.50).");

        for (String deal : new String[] {id, unvalued}) {
            JsonNode shown = cli.json("deals", "show", deal);
            assertThat(shown.get("stage").asString()).isEqualTo("lead");
            assertThat(shown.get("finalValue").isNull()).isTrue();
            assertThat(shown.get("closedOn").isNull()).isTrue();
        }
        assertThat(cli.json("history", "--deal", id).get("changeSets").size()).as("only the deal's creation").isEqualTo(1);
    }

    private static void expectBadInput(CliRunner.Result r, String sentence) {
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo(sentence);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void otherMovesAndOpenDealsShowNoWonDetails() {
        String id = cli.addDeal("Pilot", "--value", "1,250");
        JsonNode change = cli.json("move", id, "--to", "prospect", "--override", "Met");
        assertThat(change.has("finalValue")).isTrue();
        assertThat(change.get("finalValue").isNull()).isTrue();
        assertThat(change.get("closedOn").isNull()).isTrue();
        JsonNode deal = cli.json("deals", "show", id);
        assertThat(deal.get("finalValue").isNull()).isTrue();
        assertThat(deal.get("closedOn").isNull()).isTrue();
        assertThat(cli.run("deals", "show", id).out()).doesNotContain("final ", "closed ");
    }

    @Test
    void undoingTheMoveToWonTakesTheDetailsBackAndLeavingWonClearsThem() {
        String id = cli.addDeal("Pilot", "--value", "1,250");
        cli.json("move", id, "--to", "won", "--override", "Signed", "--final-value", "1,100");
        assertThat(cli.run("undo").exit()).isZero();
        JsonNode undone = cli.json("deals", "show", id);
        assertThat(undone.get("stage").asString()).isEqualTo("lead");
        assertThat(undone.get("finalValue").isNull()).isTrue();
        assertThat(undone.get("closedOn").isNull()).isTrue();

        assertThat(cli.run("redo").exit()).isZero();
        assertThat(cli.json("deals", "show", id).get("finalValue").get("amount").asString()).isEqualTo("1100.00");

        cli.json("move", id, "--to", "opportunity");
        assertThat(cli.json("deals", "show", id).get("finalValue").isNull()).as("no longer won").isTrue();
        assertThat(cli.run("undo").exit()).isZero();
        JsonNode back = cli.json("deals", "show", id);
        assertThat(back.get("stage").asString()).isEqualTo("won");
        assertThat(back.get("finalValue").get("amount").asString()).isEqualTo("1100.00");
        assertThat(back.get("closedOn").asString()).isEqualTo("2026-03-12");
    }
}
