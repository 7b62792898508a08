package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** interactions add/list and followups add/list/done. The clock is 2026-03-12 11:00 in Berlin. */
class CliTimelineTest {

    @TempDir
    Path dir;

    CliRunner cli;
    String deal;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
        deal = cli.addDeal("Pilot", "--org", "Nordwind AB");
    }

    static List<JsonNode> list(JsonNode array) {
        return CliDealsTest.list(array);
    }

    @Test
    void interactionsAreLoggedAndListedNewestFirst() {
        JsonNode first = cli.json("interactions", "add", deal, "--kind", "Demo-Request", "--direction", "IN", "--at",
                "2026-03-10T09:15:00+01:00", "--note", "Wants a demo for the board");
        assertThat(first.get("kind").asString()).isEqualTo("demo-request");
        assertThat(first.get("direction").asString()).isEqualTo("in");
        assertThat(OffsetDateTime.parse(first.get("at").asString()).toInstant()).isEqualTo(Instant.parse("2026-03-10T08:15:00Z"));
        assertThat(first.get("dealId").asString()).isEqualTo(deal);

        JsonNode local = cli.json("interactions", "add", deal, "--kind", "email", "--direction", "out", "--at", "2026-03-11 16:00");
        assertThat(local.get("at").asString()).as("a local time is read in the local zone").isEqualTo("2026-03-11T16:00:00.000+01:00");
        JsonNode now = cli.json("interactions", "add", deal, "--kind", "call", "--direction", "outbound");
        assertThat(OffsetDateTime.parse(now.get("at").asString()).toInstant()).isEqualTo(Fixtures.NOW);

        List<JsonNode> timeline = list(cli.json("interactions", "list", deal).get("interactions"));
        assertThat(timeline).extracting(i -> i.get("kind").asString()).containsExactly("call", "email", "demo-request");
        assertThat(timeline.get(2).get("note").asString()).isEqualTo("Wants a demo for the board");

        CliRunner.Result text = cli.run("interactions", "list", deal.substring(0, 8));
        assertThat(text.out()).contains("2026-03-10 09:15", "in", "demo-request", "Wants a demo for the board");
    }

    @Test
    void interactionsRejectBadKindsAndFutureTimes() {
        assertThat(cli.run("interactions", "add", deal, "--kind", "telegram", "--direction", "in").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.run("interactions", "add", deal, "--kind", "call", "--direction", "sideways").exit())
                .isEqualTo(ExitCodes.BAD_INPUT);
        CliRunner.Result future = cli.run("interactions", "add", deal, "--kind", "call", "--direction", "in", "--at", "2026-03-20T10:00");
        assertThat(future.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(future.err()).startsWith("--at: An interaction cannot be dated in the future");
        assertThat(cli.json("interactions", "list", deal).get("interactions").size()).isZero();
        assertThat(cli.run("interactions", "list", deal).out().strip()).isEqualTo("Nothing logged for this deal yet.");
        // A bell or an escape sequence in a note is refused as in every other note (it went raw into the calendar and the CSV).
        CliRunner.Result bell = cli.run("interactions", "add", deal, "--kind", "call", "--direction", "in", "--note", "bell\u0007 here");
        assertThat(bell.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bell.err()).contains("The note holds a control character (U+0007)");
        CliRunner.Result escape = cli.run("followups", "add", deal, "--due", "+2 9:00", "--note", "esc\u001b[31mred");
        assertThat(escape.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(escape.err()).contains("The note holds a control character (U+001B)");
        assertThat(cli.json("followups", "add", deal, "--due", "+2 9:00", "--note", "two\nlines").get("note").asString())
                .isEqualTo("two\nlines");
    }

    /** The day-and-time forms the window reads, and a time that has passed said as the window says it (it was taken silently). */
    @Test
    void followUpTimesAreReadAsTheWindowReadsThem() {
        assertThat(cli.json("followups", "add", deal, "--due", "2026-03-13 9:00").get("dueAt").asString())
                .isEqualTo("2026-03-13T09:00:00.000+01:00");
        assertThat(cli.json("followups", "add", deal, "--due", "tomorrow 2pm").get("dueAt").asString())
                .isEqualTo("2026-03-13T14:00:00.000+01:00");
        assertThat(cli.json("followups", "add", deal, "--due", "2026-03-16").get("dueAt").asString())
                .isEqualTo("2026-03-16T09:00:00.000+01:00");
        assertThat(cli.json("followups", "add", deal, "--due", "2026-03-13T09:00+0200").get("dueAt").asString())
                .isEqualTo("2026-03-13T08:00:00.000+01:00");
        CliRunner.Result past = cli.run("followups", "add", deal, "--due", "yesterday 9:00");
        assertThat(past.exit()).isZero();
        assertThat(past.err()).contains("That time has passed: the follow-up is overdue at once.");
        assertThat(cli.run("followups", "add", deal, "--due", "tomorrow 15:00").err()).isEmpty();
    }

    @Test
    void followUpsAreBucketedByTheLocalDay() throws Exception {
        // 11:00 in Berlin. Local midnight is 23:00 UTC.
        String overdue = id(cli.json("followups", "add", deal, "--due", "2026-03-12T09:30+01:00", "--kind", "email"));
        String today = id(cli.json("followups", "add", deal, "--due", "2026-03-12T23:59", "--note", "Last call of the day"));
        String tomorrow = id(cli.json("followups", "add", deal, "--due", "2026-03-12T23:00:00Z", "--kind", "Meeting"));

        assertThat(ids(cli.json("followups", "list", "--due", "overdue"))).containsExactly(overdue);
        assertThat(ids(cli.json("followups", "list", "--due", "Today"))).containsExactly(today);
        assertThat(ids(cli.json("followups", "list", "--due", "upcoming"))).containsExactly(tomorrow);
        List<JsonNode> all = list(cli.json("followups", "list").get("followUps"));
        assertThat(all).extracting(f -> f.get("status").asString()).containsExactly("overdue", "today", "upcoming");
        JsonNode t = all.get(1);
        assertThat(t.get("dealId").asString()).isEqualTo(deal);
        assertThat(t.get("dealTitle").asString()).isEqualTo("Pilot");
        assertThat(t.get("organization").asString()).isEqualTo("Nordwind AB");
        assertThat(t.get("kind").asString()).isEqualTo("call");
        assertThat(t.get("note").asString()).isEqualTo("Last call of the day");
        assertThat(t.get("dueAt").asString()).isEqualTo("2026-03-12T23:59:00.000+01:00");
        assertThat(t.get("owner").isNull()).as("nobody owns the deal yet").isTrue();
        // Whose they are: a manager asks for one rep's overdue calls (the list had no owner, nor a way to ask for one).
        assertThat(cli.run("deals", "edit", deal, "--owner", "ola@nordwind.example").exit()).isZero();
        assertThat(list(cli.json("followups", "list").get("followUps"))).allMatch(f -> f.get("owner").asString().equals("ola@nordwind.example"));
        assertThat(ids(cli.json("followups", "list", "--owner", "ola@nordwind.example", "--due", "overdue"))).containsExactly(overdue);
        assertThat(cli.json("followups", "list", "--owner", "bo@nordwind.example").get("followUps")).isEmpty();
        // A misspelt address is said, not answered with an empty list alone.
        assertThat(cli.run("followups", "list", "--owner", "bo@nordwind.example").err())
                .contains("Nobody with the address bo@nordwind.example owns a deal or is in the team's directory");
        assertThat(cli.run("followups", "list", "--owner", "ola@nordwind.example").err()).isEmpty();
        assertThat(cli.json("followups", "list", "--owner", "nobody").get("followUps")).isEmpty();
        // So does the calendar export: a rep's own calls in their calendar, not the team's.
        java.nio.file.Path mine = dir.resolve("ola.ics");
        assertThat(cli.json("followups", "export", "--ics", mine.toString(), "--owner", "ola@nordwind.example").get("followUps").asInt())
                .isEqualTo(3);
        assertThat(cli.json("followups", "export", "--ics", mine.toString(), "--owner", "nobody").get("followUps").asInt()).isZero();
        assertThat(java.nio.file.Files.readString(mine)).doesNotContain("BEGIN:VEVENT");
        assertThat(cli.run("followups", "list").out()).contains("OWNER").contains("ola@nordwind.example");

        cli.setNow(Fixtures.NOW.plus(Duration.ofHours(13)));
        assertThat(ids(cli.json("followups", "list", "--due", "overdue"))).as("a day later").containsExactly(overdue, today);
        assertThat(ids(cli.json("followups", "list", "--due", "today"))).containsExactly(tomorrow);
        // deals show: a snoozed one at the time it is due now, in that order (it showed its first time, "upcoming" in the past).
        assertThat(cli.run("followups", "snooze", overdue, "--until", "2026-03-14T10:00").exit()).isZero();
        List<String> shown = cli.run("deals", "show", deal).out().lines().filter(l -> l.contains("(snoozed)") || l.contains("2026-03-12 23:59")
                || l.contains(tomorrow.substring(0, 8))).toList();
        assertThat(shown).hasSize(3);
        assertThat(shown.get(0)).contains("2026-03-12 23:59", "overdue");
        assertThat(shown.get(1)).contains(tomorrow.substring(0, 8), "2026-03-13 00:00", "today");
        assertThat(shown.get(2)).contains(overdue.substring(0, 8), "2026-03-14 10:00", "upcoming (snoozed)");
    }

    @Test
    void doneRemovesAFollowUpFromTheOpenListAndIsIdempotent() {
        String f = id(cli.json("followups", "add", deal, "--due", "2026-03-12T15:00"));
        assertThat(cli.json("deals", "list").get("deals").get(0).get("nextFollowUpAt").asString()).isEqualTo("2026-03-12T15:00:00.000+01:00");

        CliRunner.Result done = cli.run("followups", "done", f.substring(0, 8));
        assertThat(done.exit()).isZero();
        assertThat(done.out()).startsWith("Done: the call due 2026-03-12 15:00.");
        assertThat(cli.json("followups", "list").get("followUps").size()).isZero();
        assertThat(cli.json("deals", "list").get("deals").get(0).get("nextFollowUpAt").isNull()).isTrue();
        JsonNode shown = cli.json("deals", "show", deal).get("followUps").get(0);
        assertThat(shown.get("status").asString()).isEqualTo("done");
        assertThat(OffsetDateTime.parse(shown.get("doneAt").asString()).toInstant()).isEqualTo(Fixtures.NOW);

        CliRunner.Result again = cli.run("followups", "done", f);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("Already done on 2026-03-12 11:00");
        assertThat(cli.run("followups", "done", "ffffffff").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.run("followups", "add", "ffffffff", "--due", "2026-03-12T15:00").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.run("followups", "list", "--due", "someday").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.run("followups", "list", "--due", "today").out().strip()).isEqualTo("No follow-ups today.");
    }

    /** A follow-up of a deal in the trash is not marked done or snoozed there: the command said "Done" of one no list shows. */
    @Test
    void aFollowUpOfATrashedDealIsRefusedWithTheWayBack() {
        String f = id(cli.json("followups", "add", deal, "--due", "2026-03-12T15:00"));
        assertThat(cli.run("deals", "delete", deal).exit()).isZero();

        CliRunner.Result done = cli.run("followups", "done", f.substring(0, 8));
        assertThat(done.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(done.err()).contains("That follow-up's deal is in the trash: restore the deal first");
        assertThat(cli.run("followups", "snooze", f, "--until", "2026-03-13T09:00").err()).contains("deal is in the trash");

        assertThat(cli.run("trash", "restore", deal).exit()).isZero();
        assertThat(cli.run("followups", "done", f).out()).startsWith("Done: the call due 2026-03-12 15:00.");
    }

    /** A time as the window's fields take it: "tomorrow 9:00", "friday 14:30", "+3", "morgen 14 " in German (it was refused). */
    @Test
    void aDayAsPeopleSayItWithATimeOfDayIsATime() {
        java.util.function.Function<String, String> due = text -> id(cli.json("followups", "add", deal, "--due", text));
        java.util.Map<String, String> expected = java.util.Map.of(
                "tomorrow 9:00", "2026-03-13 09:00",
                "friday 14:30", "2026-03-13 14:30",
                "next monday", "2026-03-16 09:00",
                "+3 8", "2026-03-15 08:00",
                "today 17.45", "2026-03-12 17:45");
        for (var e : expected.entrySet()) {
            String f = due.apply(e.getKey());
            assertThat(cli.run("followups", "list").out()).as(e.getKey()).contains(f.substring(0, 8) + "  " + e.getValue());
        }
        CliRunner german = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW, java.util.Locale.GERMANY);
        String morgen = id(german.json("followups", "add", deal, "--due", "morgen 14:00"));
        assertThat(cli.run("followups", "list").out()).contains(morgen.substring(0, 8) + "  2026-03-13 14:00");
        assertThat(cli.run("followups", "add", deal, "--due", "tomorrow 25:00").err()).contains("is not a time");
        assertThat(cli.json("followups", "list").get("followUps").size()).isEqualTo(expected.size() + 1);
    }

    @Test
    void aLocalTimeTheClocksSkipIsRefusedAndOneTheyShowTwiceIsTheFirst() {
        // Berlin's clocks go forward from 02:00 to 03:00 on 2026-03-29 and back from 03:00 to 02:00 on 2026-10-25.
        CliRunner.Result skipped = cli.run("followups", "add", deal, "--due", "2026-03-29T02:30");
        assertThat(skipped.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(skipped.errLines().getFirst()).isEqualTo("Invalid value for option '--due': 2026-03-29 02:30 does not exist in "
                + "Europe/Berlin: the clocks go forward that night; write 03:30 or give an offset such as 2026-03-29T02:30+01:00.");
        CliRunner.Result snooze = cli.run("followups", "snooze", "abcd1234", "--until", "2026-03-29 02:05", "--json");
        assertThat(snooze.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(snooze.json().get("error").get("message").asString()).contains("2026-03-29 02:05 does not exist", "write 03:05");
        assertThat(cli.json("followups", "list").get("followUps").size()).as("nothing scheduled").isZero();

        JsonNode withOffset = cli.json("followups", "add", deal, "--due", "2026-03-29T02:30+01:00");
        assertThat(withOffset.get("dueAt").asString()).as("the offset says which instant").isEqualTo("2026-03-29T03:30:00.000+02:00");
        CliRunner.Result first = cli.run("followups", "add", deal, "--due", "2026-10-25 02:30", "--json");
        JsonNode twice = first.json();
        assertThat(OffsetDateTime.parse(twice.get("dueAt").asString()).toInstant()).as("the first 02:30, in summer time")
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        // Said, with how to write the second (it was taken without a word).
        assertThat(first.err()).contains("2026-10-25 02:30 happens twice in Europe/Berlin, as the clocks go back that night: taken as the "
                + "first, 2026-10-25T02:30+02:00; for the second write 2026-10-25T02:30+01:00");
        assertThat(cli.run("followups", "add", deal, "--due", "2026-10-25 04:30").err()).as("a time shown once").doesNotContain("twice");
        // Listed, the two 02:30s say which is which (they read 02:30, 02:30, as if one were listed twice).
        cli.json("followups", "add", deal, "--due", "2026-10-25T02:30+01:00");
        assertThat(cli.run("followups", "list").out()).contains("2026-10-25 02:30 +02:00", "2026-10-25 02:30 +01:00")
                .contains("2026-10-25 04:30  ").doesNotContain("04:30 +");
        JsonNode second = cli.json("followups", "add", deal, "--due", "2026-10-25T02:30+01:00");
        assertThat(OffsetDateTime.parse(second.get("dueAt").asString()).toInstant()).as("the second, with its offset")
                .isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    }

    static String id(JsonNode n) {
        return n.get("id").asString();
    }

    static List<String> ids(JsonNode doc) {
        return list(doc.get("followUps")).stream().map(CliTimelineTest::id).toList();
    }

    @Test
    void snoozeMovesAFollowUpAndExportWritesAnIcsFile() throws Exception {
        String f = id(cli.json("followups", "add", deal, "--due", "2026-03-12T09:30+01:00"));
        assertThat(ids(cli.json("followups", "list", "--due", "overdue"))).containsExactly(f);
        JsonNode snoozed = cli.json("followups", "snooze", f.substring(0, 8), "--until", "2026-03-13T09:00");
        assertThat(snoozed.get("snoozedUntil").asString()).isEqualTo("2026-03-13T09:00:00.000+01:00");
        assertThat(snoozed.get("status").asString()).isEqualTo("upcoming");
        assertThat(ids(cli.json("followups", "list", "--due", "overdue"))).isEmpty();
        assertThat(ids(cli.json("followups", "list", "--due", "upcoming"))).containsExactly(f);
        CliRunner.Result past = cli.run("followups", "snooze", f, "--until", "2026-03-01T09:00");
        assertThat(past.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(past.err().strip()).isEqualTo("--until: Snooze until a time in the future.");
        // A snooze puts it off: one to before the time it is snoozed to now is refused (it brought the call forward, to the later
        // of its due time and that snooze, and the window said a time it did not take).
        CliRunner.Result earlier = cli.run("followups", "snooze", f, "--until", "2026-03-12T15:00");
        assertThat(earlier.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(earlier.err().strip()).isEqualTo("--until: It is due later already (2026-03-13 09:00): a snooze puts it off, so snooze "
                + "until after that.");
        assertThat(cli.json("followups", "snooze", f, "--until", "2026-03-13T11:00").get("snoozedUntil").asString())
                .isEqualTo("2026-03-13T11:00:00.000+01:00");

        java.nio.file.Path ics = dir.resolve("out/followups.ics");
        assertThat(cli.run("followups", "export", "--ics", ics.toString()).exit()).as("a folder that does not exist is not made")
                .isEqualTo(ExitCodes.BAD_INPUT);
        java.nio.file.Files.createDirectories(ics.getParent());
        JsonNode written = cli.json("followups", "export", "--ics", ics.toString(), "--from", "2026-03-13", "--to", "2026-03-13");
        assertThat(written.get("followUps").asInt()).isEqualTo(1);
        assertThat(java.nio.file.Files.readString(ics)).contains("UID:" + f + "@funnelboard", "BEGIN:VALARM");
        assertThat(cli.run("followups", "export", "--ics", ics.toString(), "--from", "13/03/2026").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        java.nio.file.Path blocked = dir.resolve("blocked");
        java.nio.file.Files.writeString(blocked, "x");
        CliRunner.Result io = cli.run("followups", "export", "--ics", blocked.resolve("f.ics").toString());
        assertThat(io.exit()).as("a file where a folder belongs is the input's mistake").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(io.errLines()).hasSize(1);
        assertThat(io.err()).contains("is a file, not a folder");
    }
}
