package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** share export/merge and conflicts list/resolve between two installations, each a database of its own. */
class CliShareTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhoseChangesDoNotFitInMemoryIsRefusedInOneSentenceAndNothingChanges() throws Exception {
        CliRunner ann = new CliRunner(dir.resolve("ann.db"), Fixtures.NOW);
        ann.addDeal("Pilot");
        Path share = dir.resolve("ann.funnel");
        ann.json("share", "export", share.toString());
        // A crafted set of 40,000 edits of one title: more than a 16 MB heap holds once read and checked.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + share); var s = c.createStatement()) {
            String set = java.util.UUID.randomUUID().toString();
            s.execute("INSERT INTO change_set SELECT '" + set + "', origin, author, replica_id, hlc + 1000, made_at + 1, 'Many', seen "
                    + "FROM change_set ORDER BY hlc DESC LIMIT 1");
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) INSERT INTO change SELECT '" + set
                    + "', i, 'deal', (SELECT row_key FROM change WHERE table_name = 'deal' LIMIT 1), 'title', json_quote('Title ' || i || ' ' "
                    + "|| hex(randomblob(16))) FROM n");
        }
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW);
        bob.addDeal("Mine");
        ProcessBuilder pb = new ProcessBuilder(com.funnelboard.testing.ChildJvm.command(List.of("-Xmx16m", "-Djava.awt.headless=true",
                "-Dorg.sqlite.tmpdir=" + dir, "-Duser.home=" + dir), com.funnelboard.app.Main.class, "--db", bob.db().toString(), "share",
                "merge", share.toString()));
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(ExitCodes.BAD_INPUT);
        // (A line before it may say that the opening is checking the file: this installation, under another home, does not know it.)
        String last = err.strip().lines().reduce((a, b) -> b).orElse("");
        assertThat(err).doesNotContain("Unexpected", "OutOfMemoryError", "\tat ");
        assertThat(last).as("one sentence, not an \"Unexpected error\"").startsWith("The share file ann.funnel cannot be merged: it holds more "
                + "changes than fit in the memory Funnelboard has here (").contains("JAVA_TOOL_OPTIONS=-Xmx2g").endsWith("nothing was changed.");
        assertThat(bob.json("deals", "list").get("deals")).extracting(d -> d.get("title").asString()).containsExactly("Mine");
    }

    @Test
    void twoInstallationsExchangeChangesAndResolveAConflict() throws Exception {
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW.plusSeconds(5));
        String id = alice.addDeal("Pilot");
        Path fromAlice = dir.resolve("alice.funnel");
        JsonNode exported = alice.json("share", "export", fromAlice.toString());
        assertThat(exported.get("changeSets").asLong()).isPositive();

        JsonNode preview = bob.json("share", "merge", fromAlice.toString(), "--dry-run");
        assertThat(preview.get("new").asInt()).as("the deal, its contact and organization").isGreaterThanOrEqualTo(3);
        assertThat(bob.run("deals", "show", id).exit()).as("a dry run changes nothing").isEqualTo(ExitCodes.BAD_INPUT);
        CliRunner.Result merged = bob.run("share", "merge", fromAlice.toString());
        assertThat(merged.exit()).isZero();
        assertThat(merged.out()).startsWith("Merged: ");
        assertThat(bob.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot");
        assertThat(bob.run("share", "merge", fromAlice.toString()).out()).as("merging twice").startsWith("Nothing new");
        assertThat(bob.json("history", "--limit", "1").get("changeSets").get(0).get("origin").asString()).isEqualTo("merge");

        // Both rename the deal before hearing of the other's rename.
        editApart(alice, bob, id, 1, "--title", "Pilot (Alice)", "Pilot (Bob)");
        Path fromBob = dir.resolve("bob.funnel");
        bob.json("share", "export", fromBob.toString());
        alice.json("share", "export", fromAlice.toString());
        assertThat(alice.json("share", "merge", fromBob.toString()).get("conflicts").asInt()).isEqualTo(1);
        assertThat(bob.json("share", "merge", fromAlice.toString()).get("conflicts").asInt()).isEqualTo(1);
        assertThat(alice.json("deals", "show", id).get("title").asString()).as("the newer edit wins").isEqualTo("Pilot (Bob)");
        assertThat(bob.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot (Bob)");

        JsonNode conflicts = alice.json("conflicts", "list");
        assertThat(conflicts.get("conflicts")).hasSize(1);
        JsonNode c = conflicts.get("conflicts").get(0);
        assertThat(c.get("field").asString()).isEqualTo("title");
        assertThat(c.get("current").get("value").asString()).isEqualTo("Pilot (Bob)");
        assertThat(c.get("others").get(0).get("value").asString()).isEqualTo("Pilot (Alice)");
        assertThat(c.get("others").get(0).get("mine").asBoolean()).isTrue();
        assertThat(alice.run("conflicts", "list").out()).contains("Pilot (Alice)").contains("Pilot (Bob)");

        alice.setNow(Fixtures.NOW.plus(Duration.ofMinutes(3)));
        // An id too short to name one conflict is refused, as every command's id is ("" and "2" resolved whichever came first).
        for (String tooShort : java.util.List.of("", c.get("id").asString().substring(0, 1))) {
            CliRunner.Result refused = alice.run("conflicts", "resolve", tooShort, "--keep", "mine");
            assertThat(refused.exit()).as("'" + tooShort + "'").isNotZero();
            assertThat(refused.err()).contains("is too short for a conflict's id");
        }
        assertThat(alice.json("conflicts", "list").get("conflicts")).as("nothing resolved").hasSize(1);
        assertThat(alice.run("conflicts", "resolve", c.get("id").asString().substring(0, 8), "--keep", "mine").exit()).isZero();
        assertThat(alice.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot (Alice)");
        assertThat(alice.json("conflicts", "list").get("conflicts")).isEmpty();
        // Undone, the resolution puts the conflict back with both values; redone, it ends it again.
        assertThat(alice.run("undo").exit()).isZero();
        assertThat(alice.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot (Bob)");
        JsonNode back = alice.json("conflicts", "list").get("conflicts");
        assertThat(back).hasSize(1);
        assertThat(back.get(0).get("id").asString()).isEqualTo(c.get("id").asString());
        assertThat(back.get(0).get("current").get("value").asString()).isEqualTo("Pilot (Bob)");
        assertThat(back.get(0).get("others").get(0).get("value").asString()).isEqualTo("Pilot (Alice)");
        assertThat(alice.run("redo").exit()).isZero();
        assertThat(alice.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot (Alice)");
        assertThat(alice.json("conflicts", "list").get("conflicts")).isEmpty();
        assertThat(alice.run("undo").exit()).isZero();
        assertThat(alice.json("conflicts", "list").get("conflicts")).as("and again").hasSize(1);
        assertThat(alice.run("redo").exit()).isZero();
        assertThat(alice.json("conflicts", "list").get("conflicts")).isEmpty();
        // The resolution travels: Bob's conflict ends too, with Alice's choice.
        alice.json("share", "export", fromAlice.toString());
        bob.setNow(Fixtures.NOW.plus(Duration.ofMinutes(4)));
        CliRunner.Result ends = bob.run("share", "merge", fromAlice.toString());
        assertThat(ends.out()).as("said, where it said only \"no new conflicts\"")
                .contains("1 conflict that waited here is ended: a teammate's change decided it.");
        assertThat(bob.json("conflicts", "list").get("conflicts")).isEmpty();
        assertThat(bob.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot (Alice)");
    }

    /** The sets waiting for a record nobody sent are listed, and one is dropped by its id (see ShareFileRefusalTest for a waiting one). */
    @Test
    void waitingSetsAreListedAndAnUnknownIdIsRefused() throws Exception {
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        alice.addDeal("Pilot");
        assertThat(alice.run("share", "waiting").out()).contains("No change set waits here.");
        assertThat(alice.json("share", "waiting").get("waiting")).isEmpty();
        CliRunner.Result refused = alice.run("share", "drop", "0badc0de");
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("No change set waits here with an id starting 0badc0de (see 'share waiting')");
    }

    /** A merge counts the conflicts it found, and says when more wait from earlier ones (it said "1 conflict to review" while two did). */
    @Test
    void aMergeSaysHowManyConflictsWaitInAll() throws Exception {
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW.plusSeconds(5));
        String id = sharedDeal(alice, bob);
        Path fromBob = dir.resolve("bob.funnel");
        String[][] edits = {{"--title", "Pilot (Alice)", "Pilot (Bob)"}, {"--value", "100", "200"}};
        for (int i = 0; i < edits.length; i++) {
            editApart(alice, bob, id, 2 * i + 1, edits[i][0], edits[i][1], edits[i][2]);
            bob.json("share", "export", fromBob.toString());
            CliRunner.Result merged = alice.run("share", "merge", fromBob.toString());
            assertThat(merged.out()).contains("1 conflict to review");
            if (i == 0) {
                assertThat(merged.out()).contains("See 'conflicts list' to review them.");
            } else {
                assertThat(merged.out()).contains("2 conflicts wait in all, this merge's and earlier ones: see 'conflicts list' to review them.");
            }
        }
        assertThat(alice.json("share", "merge", fromBob.toString()).get("openConflicts").asInt()).isEqualTo(2);
        assertThat(alice.run("share", "merge", fromBob.toString()).out()).as("a merge that brought none: they are earlier ones")
                .contains("2 conflicts wait from earlier merges: see 'conflicts list' to review them.").doesNotContain("this merge's");
        alice.json("conflicts", "resolve", alice.json("conflicts", "list").get("conflicts").get(0).get("id").asString(), "--keep", "mine");
        assertThat(alice.run("share", "merge", fromBob.toString()).out()).as("one, said as one (it said \"1 conflicts wait in all\")")
                .contains("1 conflict waits from earlier merges: see 'conflicts list' to review it.");
    }

    /**
     * Two people merge the same two contacts, each into the other: one stays (a rule of the merge),
     * and the merge counts no conflict the list does not show (it said "1 conflict to review" above
     * "No conflicts").
     */
    @Test
    void contactsMergedIntoEachOtherCountOnlyTheConflictsListed() {
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW.plusSeconds(5));
        String p = alice.json("contacts", "add", "--name", "Ida Berg", "--email", "ida@nordwind.example").get("contact").get("id").asString();
        String q = alice.json("contacts", "add", "--name", "Ida Berg", "--email", "ida.berg@home.example").get("contact").get("id").asString();
        Path fromAlice = dir.resolve("alice.funnel");
        Path fromBob = dir.resolve("bob.funnel");
        alice.json("share", "export", fromAlice.toString());
        bob.json("share", "merge", fromAlice.toString());
        alice.json("contacts", "merge", p, q);
        bob.json("contacts", "merge", q, p);
        alice.json("share", "export", fromAlice.toString());
        bob.json("share", "export", fromBob.toString());
        for (CliRunner[] pair : new CliRunner[][] {{alice, bob}, {bob, alice}}) {
            JsonNode merged = pair[0].json("share", "merge", (pair[0] == alice ? fromBob : fromAlice).toString());
            assertThat(merged.get("conflicts").asInt()).as("as many as the list shows").isEqualTo(pair[0].json("conflicts", "list").get("conflicts").size());
        }
        assertThat(alice.json("contacts", "list").get("contacts")).as("one of them stays").hasSize(1);
    }

    /** The id of a deal Alice made and shared with the others, who merged her file. */
    private String sharedDeal(CliRunner alice, CliRunner... others) {
        String id = alice.addDeal("Pilot");
        Path fromAlice = dir.resolve("alice.funnel");
        alice.json("share", "export", fromAlice.toString());
        for (CliRunner other : others) {
            other.json("share", "merge", fromAlice.toString());
        }
        return id;
    }

    /**
     * A value typed to resolve a conflict is checked as an edit's would be: an owner is an address, a
     * day a calendar day, and a stage is kept as one side's and moved through its checklist. They
     * were written as typed ("not an email" became the owner), or failed as the database's
     * ("SQLITE_CONSTRAINT_CHECK", exit 4).
     */
    @Test
    void aValueTypedToResolveAConflictIsCheckedAsAnEditsWouldBe() {
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW.plusSeconds(5));
        String id = sharedDeal(alice, bob);
        alice.setNow(Fixtures.NOW.plus(Duration.ofMinutes(1)));
        bob.setNow(Fixtures.NOW.plus(Duration.ofMinutes(2)));
        assertThat(alice.run("deals", "edit", id, "--owner", "Ann Lind <ann@nordwind.example>", "--close-date", "2026-04-01").exit()).isZero();
        assertThat(bob.run("deals", "edit", id, "--owner", "Bo Berg <bo@nordwind.example>", "--close-date", "2026-05-01").exit()).isZero();
        assertThat(alice.run("move", id, "--to", "prospect", "--override", "met them").exit()).isZero();
        assertThat(bob.run("move", id, "--to", "lost", "--lost-reason", "no-budget").exit()).isZero();
        assertThat(pass(bob, alice).get("conflicts").asInt()).isGreaterThanOrEqualTo(3);
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        alice.json("conflicts", "list").get("conflicts").forEach(c -> ids.put(c.get("field").asString(), c.get("id").asString()));
        // An owner is said by the name the team gave the address, as History says it (the conflict showed the addresses).
        assertThat(alice.run("conflicts", "list").out()).contains("Ann Lind", "Bo Berg").doesNotContain("ann@nordwind.example (");
        // A stage's values say why each was set, after who set it and when (by name: the whole address is in --json).
        assertThat(alice.run("conflicts", "list").out()).contains("checklist overridden: \u201Cmet them\u201D", "No budget")
                .doesNotContain("root <");

        CliRunner.Result owner = alice.run("conflicts", "resolve", ids.get("owner"), "--keep", "value=not an email");
        assertThat(owner.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(owner.err()).contains("write an email, 'Name <email>', 'me' or 'nobody'");
        CliRunner.Result day = alice.run("conflicts", "resolve", ids.get("expected_close_on"), "--keep", "value=2027-13-45");
        assertThat(day.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(day.err()).contains("\u201C2027-13-45\u201D is a day that is not a calendar day");
        CliRunner.Result far = alice.run("conflicts", "resolve", ids.get("expected_close_on"), "--keep", "value=+10000-01-01");
        assertThat(far.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(far.err()).contains("is a day outside the years 1900 to 9999");
        CliRunner.Result stage = alice.run("conflicts", "resolve", ids.get("stage"), "--keep", "value=Won");
        assertThat(stage.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stage.err()).contains("keep mine or theirs (theirs=WHO where teammates wrote several), then move the deal where it belongs");
        assertThat(alice.json("conflicts", "list").get("conflicts")).as("nothing was resolved").hasSize(ids.size());

        assertThat(alice.run("conflicts", "resolve", ids.get("owner"), "--keep", "value=Cy Berg <cy@nordwind.example>").exit()).isZero();
        assertThat(alice.json("deals", "show", id).get("owner").asString()).contains("cy@nordwind.example");
        // A day typed as the conflicts view and History write days (it was refused: "is a day that is not a calendar day").
        CliRunner.Result words = alice.run("conflicts", "resolve", ids.get("expected_close_on"), "--keep", "value=Jun 30, 2026");
        assertThat(words.exit()).as(words.err()).isZero();
        assertThat(alice.json("deals", "show", id).get("expectedCloseOn").asString()).isEqualTo("2026-06-30");

        // Keeping Alice's Prospect takes Bob's move to Lost out of the stage history: History names the move it took back.
        assertThat(alice.run("conflicts", "resolve", ids.get("stage"), "--keep", "mine").exit()).isZero();
        assertThat(alice.run("history", "--deal", id).out()).contains("Stage move Lead \u2192 Lost, by root taken back");
    }

    /**
     * Another team's file (or a first exchange) is said to share nothing with this pipeline, before and
     * after merging: it merged as any other, and an undo only moves its records to the trash.
     */
    @Test
    void aFileThatSharesNothingWithThisPipelineIsSaidToBeSo() {
        CliRunner ann = new CliRunner(dir.resolve("ann.db"), Fixtures.NOW);
        CliRunner other = new CliRunner(dir.resolve("other.db"), Fixtures.NOW);
        CliRunner fresh = new CliRunner(dir.resolve("fresh.db"), Fixtures.NOW);
        ann.addDeal("Pilot");
        other.addDeal("Someone else's");
        Path theirs = dir.resolve("other.funnel");
        other.json("share", "export", theirs.toString());
        JsonNode preview = ann.json("share", "merge", theirs.toString(), "--dry-run");
        assertThat(preview.get("sharesNothing").asBoolean()).isTrue();
        assertThat(ann.run("share", "merge", theirs.toString(), "--dry-run").out()).contains("Nothing in it was known here")
                .contains("Merge only your own team's files.");
        assertThat(ann.run("share", "merge", theirs.toString()).out()).contains("'funnelboard undo' takes this merge back.");
        // An empty database joining the team (its new user has said who they are, which is a shared
        // setting), and a file with what was merged before, are no strangers.
        assertThat(fresh.run("whoami", "--name", "Fay New", "--email", "fay@x.example").exit()).isZero();
        assertThat(fresh.json("share", "merge", theirs.toString(), "--dry-run").get("sharesNothing").asBoolean()).isFalse();
        Path annFile = dir.resolve("ann.funnel");
        ann.json("share", "export", annFile.toString());
        assertThat(other.json("share", "merge", annFile.toString(), "--dry-run").get("sharesNothing").asBoolean()).isFalse();
    }

    /** An export never replaces a database: `share export bo.db` made Bo's database a share file without a word. */
    @Test
    void anExportRefusesToWriteOverADatabaseAndWritesItsOwnShareFileAgain() throws Exception {
        CliRunner ann = new CliRunner(dir.resolve("ann.db"), Fixtures.NOW);
        CliRunner bo = new CliRunner(dir.resolve("bo.db"), Fixtures.NOW);
        ann.addDeal("Pilot");
        bo.addDeal("Rollout");
        java.nio.file.Path boDb = dir.resolve("bo.db");
        byte[] before = java.nio.file.Files.readAllBytes(boDb);
        CliRunner.Result over = ann.run("share", "export", boDb.toString());
        assertThat(over.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(over.err()).contains("bo.db is a Funnelboard database, which the export would replace; choose another file name");
        assertThat(ann.run("export", "csv", "deals", boDb.toString()).err()).contains("is a Funnelboard database");
        assertThat(java.nio.file.Files.readAllBytes(boDb)).isEqualTo(before);
        assertThat(bo.json("deals", "list").get("deals")).hasSize(1);
        // Its own share file is written again, and a CSV export does not replace a share file either.
        java.nio.file.Path share = dir.resolve("ann.funnel");
        assertThat(ann.run("share", "export", share.toString()).exit()).isZero();
        assertThat(ann.run("share", "export", share.toString()).exit()).isZero();
        assertThat(ann.run("export", "csv", "deals", share.toString()).err()).contains("ann.funnel is a share file, which the export would replace");
        assertThat(bo.json("share", "merge", share.toString()).get("received").asLong()).isPositive();
        // Nor does a share export replace a teammate's share file, or a file that is no share file at all.
        java.nio.file.Path boShare = dir.resolve("bo.funnel");
        assertThat(bo.run("share", "export", boShare.toString()).exit()).isZero();
        byte[] bos = java.nio.file.Files.readAllBytes(boShare);
        CliRunner.Result onBos = ann.run("share", "export", boShare.toString());
        assertThat(onBos.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(onBos.err()).contains("bo.funnel is another installation's share file (a teammate's), which the export would replace");
        assertThat(java.nio.file.Files.readAllBytes(boShare)).isEqualTo(bos);
        java.nio.file.Path csv = java.nio.file.Files.writeString(dir.resolve("deals.csv"), "Title\nPilot\n");
        CliRunner.Result onCsv = ann.run("share", "export", csv.toString());
        assertThat(onCsv.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(onCsv.err()).contains("deals.csv is not a share file, and the export would replace it");
        assertThat(java.nio.file.Files.readString(csv)).isEqualTo("Title\nPilot\n");
        // Nor a device, a pipe or a socket: run as root, `share export /dev/full` replaced the device with a file.
        java.nio.file.Path pipe = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        CliRunner.Result onPipe = ann.run("share", "export", pipe.toString());
        assertThat(onPipe.exit()).isNotZero();
        assertThat(onPipe.err()).contains("pipe is not a file but a device, a pipe or a socket, which the export would replace");
        assertThat(java.nio.file.Files.isRegularFile(pipe)).as("still the pipe").isFalse();
        assertThat(java.nio.file.Files.exists(pipe)).isTrue();
    }

    @Test
    void aResolutionThatKeptTheValueHeldIsUndoneAndRedone() {
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW.plusSeconds(5));
        String id = sharedDeal(alice, bob);
        Path fromBob = dir.resolve("bob.funnel");
        editApart(alice, bob, id, 1, "--title", "Pilot (Alice)", "Pilot (Bob)");
        bob.json("share", "export", fromBob.toString());
        alice.json("share", "merge", fromBob.toString());
        String conflict = alice.json("conflicts", "list").get("conflicts").get(0).get("id").asString();

        // Bob's title is the one held: keeping theirs changes no value, only ends the conflict.
        alice.setNow(Fixtures.NOW.plus(Duration.ofMinutes(3)));
        assertThat(alice.run("conflicts", "resolve", conflict.substring(0, 8), "--keep", "theirs").exit()).isZero();
        assertThat(alice.json("conflicts", "list").get("conflicts")).isEmpty();
        assertThat(alice.run("undo").exit()).isZero();
        assertThat(alice.json("conflicts", "list").get("conflicts")).as("undone: open again").hasSize(1);
        CliRunner.Result redo = alice.run("redo");
        assertThat(redo.exit()).as(redo.err()).isZero();
        assertThat(alice.json("conflicts", "list").get("conflicts")).as("redone: ended again").isEmpty();
        assertThat(alice.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot (Bob)");
    }

    @Test
    void aConflictOfThreeTeammatesListsEveryValue() {
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW.plusSeconds(5));
        CliRunner carol = new CliRunner(dir.resolve("carol.db"), Fixtures.NOW.plusSeconds(9));
        String id = sharedDeal(alice, bob, carol);
        alice.setNow(Fixtures.NOW.plus(Duration.ofMinutes(1)));
        bob.setNow(Fixtures.NOW.plus(Duration.ofMinutes(2)));
        carol.setNow(Fixtures.NOW.plus(Duration.ofMinutes(3)));
        assertThat(alice.run("deals", "edit", id, "--title", "Title by Alice").exit()).isZero();
        assertThat(bob.run("deals", "edit", id, "--title", "Title by Bob").exit()).isZero();
        assertThat(carol.run("deals", "edit", id, "--title", "Title by Carol").exit()).isZero();
        Path fromBob = dir.resolve("bob.funnel");
        Path fromCarol = dir.resolve("carol.funnel");
        bob.json("share", "export", fromBob.toString());
        carol.json("share", "export", fromCarol.toString());
        alice.json("share", "merge", fromBob.toString());
        alice.json("share", "merge", fromCarol.toString());

        assertThat(alice.json("conflicts", "list").get("conflicts").get(0).get("others")).hasSize(2);
        // The table shows the value kept now and both others, Alice's own among them, not the first other alone.
        assertThat(alice.run("conflicts", "list").out()).contains("Title by Carol").contains("Title by Bob").contains("Title by Alice")
                .as("to the second: values are often written within a minute of each other").containsPattern(" \\d{2}:\\d{2}:\\d{2}\\)");

        // "theirs" names no one value here: the refusal says the values as History does, not as they are stored.
        editApart(bob, carol, id, 4, "--close-date", "2027-02-15", "2027-03-01");
        bob.json("share", "export", fromBob.toString());
        carol.json("share", "export", fromCarol.toString());
        CliRunner dan = copyOf(alice, "dan.db", Fixtures.NOW.plus(Duration.ofMinutes(6)));
        dan.json("share", "merge", fromBob.toString());
        dan.json("share", "merge", fromCarol.toString());
        String conflict = dan.json("conflicts", "list").get("conflicts").valueStream()
                .filter(c -> c.get("field").asString().equals("expected_close_on")).findFirst().orElseThrow().get("id").asString();
        CliRunner.Result refused = dan.run("conflicts", "resolve", conflict.substring(0, 8), "--keep", "theirs");
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("Teammates wrote different values (").doesNotContain("2027-02-15", "\"2027");
    }

    /** Another installation on a copy of {@code from}'s file (a replica of its own): none of the values it meets is its own. */
    private CliRunner copyOf(CliRunner from, String name, java.time.Instant now) {
        Path copy = dir.resolve(name);
        try {
            java.nio.file.Files.copy(from.db(), copy);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new CliRunner(copy, now);
    }

    @Test
    void aConflictOnAnAmountReadsAsMoneyAndIsResolvedWithATypedAmount() {
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW.plusSeconds(5));
        String id = alice.addDeal("Pilot", "--value", "1000");
        Path fromAlice = dir.resolve("alice.funnel");
        Path fromBob = dir.resolve("bob.funnel");
        alice.json("share", "export", fromAlice.toString());
        bob.json("share", "merge", fromAlice.toString());
        editApart(alice, bob, id, 1, "--value", "12500", "15000");
        bob.json("share", "export", fromBob.toString());
        assertThat(alice.json("share", "merge", fromBob.toString()).get("conflicts").asInt()).isEqualTo(1);

        JsonNode c = alice.json("conflicts", "list").get("conflicts").get(0);
        assertThat(c.get("field").asString()).isEqualTo("value_minor");
        assertThat(c.get("fieldLabel").asString()).isEqualTo("Value");
        assertThat(c.get("currentText").asString()).isEqualTo("\u00a315,000");
        assertThat(c.get("otherTexts").get(0).asString()).isEqualTo("\u00a312,500");
        String listed = alice.run("conflicts", "list").out();
        assertThat(listed).contains("Value", "\u00a315,000 (", "\u00a312,500 (").doesNotContain("value_minor", "1500000");

        // On a copy of the file (a new replica, as after a restore) neither value is "mine": mine and theirs are refused.
        CliRunner carol = copyOf(alice, "copy.db", Fixtures.NOW.plus(Duration.ofMinutes(3)));
        CliRunner.Result neither = carol.run("conflicts", "resolve", c.get("id").asString().substring(0, 8), "--keep", "mine");
        assertThat(neither.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(neither.err()).contains("Neither value was written here");
        assertThat(carol.json("conflicts", "list").get("conflicts")).as("nothing resolved").hasSize(1);

        // A typed amount is money as the user writes it, not cents; a refused one names the option it came with.
        CliRunner.Result bad = alice.run("conflicts", "resolve", c.get("id").asString().substring(0, 8), "--keep", "value=12,5");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("--keep: ").doesNotContain("--value");
        alice.setNow(Fixtures.NOW.plus(Duration.ofMinutes(3)));
        CliRunner.Result kept = alice.run("conflicts", "resolve", c.get("id").asString().substring(0, 8), "--keep", "value=13,750.50");
        assertThat(kept.exit()).isZero();
        assertThat(kept.out()).contains("Kept \u00a313,750.50 as the value of deal").doesNotContain("1375050", "value_minor");
        assertThat(alice.json("deals", "show", id).get("value").get("amount").asString()).isEqualTo("13750.50");
        // Its line in History keeps every value the field was given, and by whom (the values set aside were nowhere to be read).
        assertThat(alice.run("history").out()).contains("Resolved a conflict: deal").contains(", value; its values were ")
                .contains("\u00a315,000 by ", "\u00a312,500 by ").doesNotContain("value_minor");
    }

    @Test
    void aRecordsHistoryNamesTheTeammateWhoWroteWhatAMergeBrought() {
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW.plusSeconds(5));
        alice.json("whoami", "--name", "Alice Ek", "--email", "alice@nordwind.example");
        String one = alice.addDeal("One");
        pass(alice, bob);

        JsonNode merge = bob.json("history", "--deal", one).get("changeSets").get(0);
        assertThat(merge.get("origin").asString()).isEqualTo("merge");
        assertThat(merge.get("mergedFrom").get(0).get("author").asString()).isEqualTo("Alice Ek <alice@nordwind.example>");
        // When Alice made it (it read as a day of January 1970: the time was read as an int).
        assertThat(java.time.Instant.parse(merge.get("mergedFrom").get(0).get("at").asString())).isAfter(Fixtures.NOW.minus(java.time.Duration.ofDays(1)));
        assertThat(bob.run("history", "--deal", one).out()).contains("  from ").contains("Alice Ek <alice@nordwind.example>");
    }

    /** Bob's undo of the merge that brought Alice's {@code change} of her deal “One” (its id where "ID" stands), and the deal's id. */
    private record UndoneMerge(CliRunner bob, String deal, CliRunner.Result undo) {}

    private UndoneMerge undoneMergeOf(String... change) {
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW.plusSeconds(5));
        alice.json("whoami", "--name", "Alice Ek", "--email", "alice@nordwind.example");
        String one = alice.addDeal("One");
        pass(alice, bob);
        alice.setNow(Fixtures.NOW.plus(Duration.ofMinutes(1)));
        assertThat(alice.run(java.util.Arrays.stream(change).map(w -> w.equals("ID") ? one : w).toArray(String[]::new)).exit()).isZero();
        pass(alice, bob);
        CliRunner.Result undo = bob.run("undo");
        assertThat(undo.exit()).isZero();
        return new UndoneMerge(bob, one, undo);
    }

    /** A merge that brought a teammate's trashing: its undo says what comes back on their copy too (it said nothing of it). */
    @Test
    void theUndoOfAMergeSaysWhatTheMergePutInTheTrashComesBack() {
        UndoneMerge undone = undoneMergeOf("deals", "delete", "ID");
        assertThat(undone.undo().out()).contains("on Alice Ek's copy too, 1 deal").contains(" the merge put in the trash comes back (")
                .doesNotContain("no edit");
        assertThat(undone.bob().json("deals", "show", undone.deal()).get("title").asString()).isEqualTo("One");
    }

    /** An undone merge of edits only names no records going or coming back (it said "their merge names them" of none). */
    @Test
    void theUndoOfAMergeOfEditsOnlyNamesNoRecords() {
        UndoneMerge undone = undoneMergeOf("deals", "edit", "ID", "--title", "One, 20 seats");
        assertThat(undone.undo().out()).contains("on Alice Ek's copy too, it takes back 1 edit on 1 record; the calls")
                .doesNotContain("their merge names them");
    }

    @Test
    void aMergeIsUndoneAsOneAction() {
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW.plusSeconds(5));
        String one = alice.addDeal("One");
        String two = alice.addDeal("Two");
        pass(alice, bob);
        assertThat(bob.json("deals", "show", two).get("title").asString()).isEqualTo("Two");
        CliRunner.Result undo = bob.run("undo");
        assertThat(undo.exit()).isZero();
        assertThat(undo.out()).contains("Undid: Merged").contains("This undo travels like any change: on ")
                .contains("the deal \u201COne\u201D and 3 more records")
                .contains("the merge brought go to the trash (their merge names them");
        assertThat(bob.run("deals", "show", one).exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bob.run("deals", "show", two).exit()).isEqualTo(ExitCodes.BAD_INPUT);

        // Alice's edit of One, made before Bob undid the merge that brought it to him, goes back with his undo: her merge says so.
        pass(bob, alice);
        String alsoEdited = alice.addDeal("Three");
        pass(alice, bob);
        alice.setNow(Fixtures.NOW.plus(Duration.ofMinutes(1)));
        assertThat(alice.run("deals", "edit", alsoEdited, "--title", "Three, 20 seats").exit()).isZero();
        pass(alice, bob);
        bob.setNow(Fixtures.NOW.plus(Duration.ofMinutes(2)));
        assertThat(bob.run("undo").exit()).isZero();
        JsonNode back = pass(bob, alice);
        assertThat(back.get("editsTakenBack")).extracting(JsonNode::asString).containsExactly("deal “Three”: title");
        assertThat(alice.json("deals", "show", alsoEdited).get("title").asString()).isEqualTo("Three");
    }

    @Test
    void aMergeUndoneAndRedoneLeavesATeammatesNextEditOfTheSameFieldNoConflict() {
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW.plusSeconds(5));
        String id = alice.addDeal("Pilot");
        pass(alice, bob);
        bob.setNow(Fixtures.NOW.plus(Duration.ofMinutes(1)));
        assertThat(bob.run("deals", "edit", id, "--title", "Pilot, 40 seats").exit()).isZero();
        alice.setNow(Fixtures.NOW.plus(Duration.ofMinutes(2)));
        pass(bob, alice);
        assertThat(alice.run("undo").exit()).isZero();
        assertThat(alice.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot");
        assertThat(alice.run("redo").exit()).isZero();
        assertThat(alice.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot, 40 seats");

        // Bob, who has received neither, changes his own title again.
        bob.setNow(Fixtures.NOW.plus(Duration.ofMinutes(3)));
        assertThat(bob.run("deals", "edit", id, "--title", "Pilot, 45 seats").exit()).isZero();
        alice.setNow(Fixtures.NOW.plus(Duration.ofMinutes(4)));
        assertThat(pass(bob, alice).get("conflicts").asInt()).as("the undo and redo cancel out").isZero();
        assertThat(alice.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot, 45 seats");
        assertThat(pass(alice, bob).get("conflicts").asInt()).isZero();
        assertThat(bob.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot, 45 seats");
    }

    /** Exports {@code from}'s share file and merges it into {@code to}; what the merge said, as JSON. */
    private JsonNode pass(CliRunner from, CliRunner to) {
        Path file = dir.resolve(from.db().getFileName() + ".funnel");
        from.json("share", "export", file.toString());
        return to.json("share", "merge", file.toString());
    }

    @Test
    void aFileThatIsNotAShareFileIsRefusedInOneSentence() throws Exception {
        CliRunner bob = new CliRunner(dir.resolve("bob.db"), Fixtures.NOW);
        bob.addDeal("Mine");
        Path bogus = dir.resolve("notes.funnel");
        Files.writeString(bogus, "hello");
        CliRunner.Result r = bob.run("share", "merge", bogus.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).containsIgnoringCase("notes.funnel cannot be merged").contains("nothing was changed");
        CliRunner.Result missing = bob.runRaw("--db", bob.db().toString(), dir.resolve("gone.funnel").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("There is no share file").doesNotContain("Did you mean");
        CliRunner.Result self = bob.run("share", "merge", bob.db().toString());
        assertThat(self.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(self.err()).contains("it is the database open here, not a share file");
        assertThat(bob.run("share", "export", bob.db().toString()).exit()).as("never over the database").isEqualTo(ExitCodes.BAD_INPUT);
        CliRunner.Result folder = bob.run("share", "export", dir.toString());
        assertThat(folder.exit()).isNotZero();
        assertThat(folder.err()).contains("is a folder: give the share file's own name in it").doesNotContain(".tmp");
        // The other way round: a share file given as the database says what it is and what to do with it.
        Path share = dir.resolve("bob.funnel");
        bob.json("share", "export", share.toString());
        byte[] before = Files.readAllBytes(share);
        CliRunner.Result asDb = bob.runRaw("--db", share.toString(), "deals", "list");
        assertThat(asDb.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(asDb.err()).contains("is a Funnelboard share file, not a database").contains("share merge");
        CliRunner.Result checked = bob.run("check", share.toString());
        assertThat(checked.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(checked.errLines()).as("one sentence").hasSize(1);
        assertThat(checked.err()).contains("is a Funnelboard share file, not a database").doesNotContain("..");
        assertThat(Files.readAllBytes(share)).as("left as it was").isEqualTo(before);
        // Cut short on its way, it is a damaged share file to ask for again, not a database to restore from a backup.
        Path cut = dir.resolve("cut.funnel");
        Files.write(cut, java.util.Arrays.copyOf(before, before.length / 2));
        CliRunner.Result damaged = bob.run("check", cut.toString());
        assertThat(damaged.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(damaged.err()).contains("is a Funnelboard share file, and a damaged one").contains("ask whoever sent it for a fresh copy")
                .doesNotContain("Restore a backup");
    }

    /** A mistyped folder is said, not made (as --db in a folder that does not exist is), for a share file and an export alike. */
    @Test
    void aFileInAFolderThatDoesNotExistIsNotWritten() {
        CliRunner alice = new CliRunner(dir.resolve("alice.db"), Fixtures.NOW);
        alice.addDeal("Pilot");
        Path missing = dir.resolve("no-such-folder").resolve("deeper");
        CliRunner.Result share = alice.run("share", "export", missing.resolve("alice.funnel").toString());
        assertThat(share.exit()).as("as every export").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(share.err()).contains("does not exist").contains("Nothing was written");
        CliRunner.Result csv = alice.run("export", "csv", "deals", missing.resolve("deals.csv").toString());
        assertThat(csv.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(csv.err()).contains("does not exist");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }

    /** Two teammates edit one field of the deal without seeing each other's edit: the first at {@code minute}, the second a minute later. */
    static void editApart(CliRunner first, CliRunner second, String id, int minute, String option, String firstValue, String secondValue) {
        first.setNow(Fixtures.NOW.plus(Duration.ofMinutes(minute)));
        second.setNow(Fixtures.NOW.plus(Duration.ofMinutes(minute + 1)));
        assertThat(first.run("deals", "edit", id, option, firstValue).exit()).isZero();
        assertThat(second.run("deals", "edit", id, option, secondValue).exit()).isZero();
    }
}
