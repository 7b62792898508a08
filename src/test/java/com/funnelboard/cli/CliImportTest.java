package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** import csv: mapping, stages, duplicates, external ids, dry run, one undoable change set, exports. */
class CliImportTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /**
     * Companies the file spells otherwise than the organization they go to are said, with the name kept ("ACME" went to the
     * stored "Acme Inc." without a word); one written as stored, or only in another case, is not.
     */
    @Test
    void companiesSpelledOtherwiseThanTheirOrganizationAreSaid() throws Exception {
        cli.json("contacts", "add", "--name", "Ida Berg", "--org", "Acme Inc.");
        Path csv = file("people.csv", """
                Name,Email,Company
                Bo Lind,bo@acme.example,ACME
                Cy Berg,cy@acme.example,Acme Incorporated
                Di Lo,di@acme.example,ACME INC.
                Ed Ma,ed@nordwind.example,Nordwind AB
                Flo Ri,flo@nordwind.example,Nordwind
                """);
        CliRunner.Result run = cli.run("import", "csv", csv.toString());
        assertThat(run.out()).contains("Companies spelled otherwise went to the organization of that name: ACME \u2192 Acme Inc., "
                + "Acme Incorporated \u2192 Acme Inc., Nordwind \u2192 Nordwind AB.").doesNotContain("ACME INC. \u2192");
        cli.run("undo");
        JsonNode r = cli.json("import", "csv", csv.toString());
        assertThat(r.get("respelledCount").asLong()).isEqualTo(3);
        assertThat(r.get("respelledCompanies").get(0).asString()).isEqualTo("ACME \u2192 Acme Inc.");
    }

    /** "-" reads standard input (a download piped in), named "standard input" where the file is named, its copy deleted after. */
    @Test
    void standardInputIsImportedAsAFileNamedSo() throws Exception {
        byte[] csv = """
                Name,Email,Company
                Bo Lind,bo@acme.example,Acme
                Cy Berg,cy@nordwind.example,Nordwind
                """.getBytes(StandardCharsets.UTF_8);
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        CliRunner.Result run = cli.runWithInput(csv, "import", "csv", "-");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Imported standard input (UTF-8");
        assertThat(cli.run("contacts", "list").out()).contains("Bo Lind", "Cy Berg");
        assertThat(cli.run("history", "--limit", "1").out()).contains("Imported standard input");
        try (var left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("funnelboard-input-"));
        }

        byte[] card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Di Lo\r\nEMAIL:di@lo.example\r\nEND:VCARD\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(cli.runWithInput(card, "import", "vcard", "-").exit()).isZero();
        assertThat(cli.run("contacts", "list").out()).contains("Di Lo");

        CliRunner.Result empty = cli.runWithInput(new byte[0], "import", "csv", "-");
        assertThat(empty.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.err()).contains("Nothing came on standard input");
        CliRunner.Result orgs = cli.runWithInput(csv, "import", "csv", "x.csv", "--organizations-file", "-");
        assertThat(orgs.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(orgs.err()).contains("standard input (\"-\") can be the file imported only");
    }

    @Test
    void aSalesExportIsMappedByItsHeadersWithItsStagesAndUndoneWhole() throws Exception {
        Path csv = file("pipeline.csv", """
                opportunity_id,sales_agent,account,deal_stage,engage_date,close_date,close_value,Contact Name,Email
                1C1I7A6R,Moses Frase,Cancity,Won,2016-10-20,2016-03-01,1054,Ana Lima,ana@cancity.example
                Z063OYW0,Darcel Schlecht,Isdom,Engaging,2016-10-25,,,Bo Chen,bo@isdom.example
                EC4QE1BX,Darcel Schlecht,Cancity,Closed Lost,2016-10-25,2017-01-02,0,Ana Lima,ANA@cancity.example
                MV1LWRNH,Moses Frase,,Prospecting,2016-10-25,,,,
                """);
        JsonNode r = cli.json("import", "csv", csv.toString());
        assertThat(r.get("mapping").get("close_value").asString()).isEqualTo("deal.value");
        assertThat(r.get("mapping").get("account").asString()).isEqualTo("organization.name");
        assertThat(r.get("mapping").get("opportunity_id").asString()).isEqualTo("deal.external_id");
        assertThat(r.get("mapping").get("sales_agent").asString()).isEqualTo("deal.owner");
        assertThat(r.get("rows").asLong()).isEqualTo(4);
        assertThat(r.get("contacts").get("created").asLong()).isEqualTo(2);
        // Ana Lima's second deal names her again: she is one contact created, not one more updated (nothing of hers changed).
        assertThat(r.get("contacts").get("skipped").asLong() + r.get("contacts").get("updated").asLong()).isZero();
        assertThat(r.get("organizations").get("created").asLong()).isEqualTo(2);
        assertThat(r.get("deals").get("created").asLong()).isEqualTo(4);
        assertThat(r.get("dealsWithoutContact").asLong()).isEqualTo(1);
        assertThat(r.get("stages").get("Closed Lost").get("stage").asString()).isEqualTo("lost");
        assertThat(r.get("stages").get("Engaging").get("count").asLong()).isEqualTo(1);

        JsonNode won = cli.json("deals", "list", "--stage", "won").get("deals");
        assertThat(won).hasSize(1);
        JsonNode deal = cli.json("deals", "show", won.get(0).get("id").asString());
        assertThat(deal.get("finalValue").get("amount").asString()).isEqualTo("1054.00");
        assertThat(deal.get("closedOn").asString()).isEqualTo("2016-03-01");

        // Importing it again matches by external id instead of adding, and changes nothing.
        JsonNode again = cli.json("import", "csv", csv.toString());
        assertThat(again.get("deals").get("created").asLong()).isZero();
        assertThat(again.get("deals").get("skipped").asLong()).isEqualTo(4);
        assertThat(again.get("changeSet").isNull()).isTrue();
        assertThat(cli.json("contacts", "list").get("contacts")).hasSize(2);
        // A changed value updates the deal; a stage further on than the deal's is not taken (the checklist stands between).
        Files.writeString(csv, Files.readString(csv).replace(",Engaging,2016-10-25,,,Bo Chen", ",Won,2016-10-25,,500,Bo Chen"));
        JsonNode changed = cli.json("import", "csv", csv.toString());
        assertThat(changed.get("deals").get("updated").asLong()).isEqualTo(1);
        assertThat(cli.json("deals", "list", "--stage", "won").get("deals")).hasSize(1);
        assertThat(changed.get("problems").toString()).contains("stays in Prospect: an import moves no deal stored here to Won past its checklist");

        CliRunner.Result undoSecond = cli.run("undo");
        assertThat(undoSecond.exit()).as(undoSecond.err()).isZero(); // the update
        assertThat(cli.json("deals", "list", "--stage", "won").get("deals")).hasSize(1);
        CliRunner.Result undoFirst = cli.run("undo");
        assertThat(undoFirst.exit()).as(undoFirst.err()).isZero(); // the first, whole
        assertThat(cli.json("contacts", "list").get("contacts")).isEmpty();
        assertThat(cli.json("deals", "list").get("deals")).isEmpty();
    }

    /** A file with no header row: its columns of e-mails, numbers and names are matched by their values, and said. */
    @Test
    void aFileWithoutAHeaderRowIsMatchedByItsValues() throws Exception {
        Path csv = file("contacts.csv", """
                Ana Lima,ana@cancity.example,Cancity,+49 30 1234567
                Bo Chen,bo@isdom.example,Isdom,+49 30 7654321
                """);
        CliRunner.Result r = cli.run("import", "csv", csv.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("no header row", "Columns (no header row: matched by their values): Column 1 \u2192 contact.name, "
                + "Column 2 \u2192 contact.email, Column 4 \u2192 contact.phone.", "Not imported (no field matched; --map \"HEADER=FIELD\" "
                + "imports one): Column 3.");
        JsonNode contacts = cli.json("contacts", "list").get("contacts");
        assertThat(contacts).hasSize(2);
        assertThat(contacts.toString()).contains("Ana Lima", "ana@cancity.example", "Bo Chen");

        // Values that tell nothing (codes and counts) are still refused, with the file left as it was and nothing written.
        Path codes = file("codes.csv", "A-17,3,north\nB-22,5,south\n");
        byte[] before = Files.readAllBytes(codes);
        CliRunner.Result refused = cli.run("import", "csv", codes.toString());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("No column of the file could be matched to a field", "Column 1, Column 2, Column 3");
        assertThat(Files.readAllBytes(codes)).isEqualTo(before);
        assertThat(cli.json("contacts", "list").get("contacts")).hasSize(2);
    }

    /**
     * A CRM's deals dumped from MySQL without column names, "\\N" where a value is missing: deals with their titles, amounts,
     * stages and ids (it made a contact of each row, its amount as the phone number), and a second import changes nothing.
     */
    @Test
    void aDatabaseDumpOfDealsBecomesDealsAndItsNoValueMarksAreEmpty() throws Exception {
        Path csv = file("potentials.csv", """
                "100","Windrose | Sistemas Especiales","179500.00000000",\\N,"Closed Lost","Ex empleado","2015-08-14 16:08:10"
                "104","Megamall Sistema de Incendio","420.00000000","2015-10-08","Closed Won",\\N,"2015-08-14 16:22:19"
                "108","Mobil Tech (Megamall)","800.50000000",\\N,"Closed Won","Cliente","2015-08-14 16:43:48"
                """);
        JsonNode first = cli.json("import", "csv", csv.toString(), "--map", "Column 4=deal.closed_on");
        assertThat(first.get("failed").asLong()).as("\\N is no day that does not parse, but none").isZero();
        assertThat(first.get("contacts").get("created").asLong()).isZero();
        assertThat(first.get("deals").get("created").asLong()).isEqualTo(3);
        JsonNode deals = cli.json("deals", "list").get("deals");
        assertThat(deals.toString()).contains("Windrose | Sistemas Especiales", "179500.00", "800.50", "\"closedOn\":\"2015-10-08\"");
        assertThat(cli.json("deals", "list", "--stage", "won").get("deals")).hasSize(2);

        JsonNode again = cli.json("import", "csv", csv.toString(), "--map", "Column 4=deal.closed_on");
        assertThat(again.get("deals").get("skipped").asLong()).isEqualTo(3);
        assertThat(again.get("deals").get("created").asLong()).isZero();
    }

    /**
     * Won and lost deals that give no close date are imported (other programs' exports often leave
     * it out), and the result says they count as closed on the day the file gives them as created,
     * or today.
     */
    @Test
    void wonAndLostDealsWithoutACloseDateAreImportedAndSaidToCountWhenCreated() throws Exception {
        Path csv = file("closed.csv", """
                Deal,Stage,Created,Close date,Amount,Organization
                Rollout,Won,2026-01-05,2026-02-10,1200,Nordwind
                Renewal,Won,2026-01-20,,900,Nordwind
                Pilot,Lost,,,0,Cancity
                Audit,Prospect,2026-02-01,,300,Cancity
                """);
        CliRunner.Result text = cli.run("import", "csv", csv.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("2 won or lost deals give no close date: they count as closed on the day the file says they were "
                + "created, or today where it says neither, and the reports count them there.");

        JsonNode again = cli.json("import", "csv", csv.toString(), "--dry-run");
        assertThat(again.get("closedWithoutDate").asLong()).as("nothing changes the second time").isZero();
        JsonNode renewal = cli.json("deals", "list", "--search", "Renewal").get("deals").get(0);
        assertThat(renewal.get("stage").asString()).isEqualTo("won");
        assertThat(cli.json("deals", "show", renewal.get("id").asString()).get("stageEnteredAt").asString()).startsWith("2026-01-20");

        Path dated = file("dated.csv", """
                Deal,Stage,Close date,Organization
                Expansion,Won,2026-02-11,Nordwind
                """);
        assertThat(cli.json("import", "csv", dated.toString()).get("closedWithoutDate").asLong()).isZero();
    }

    /** An accounts export's phone number and a job title on a row that names no person: the organization is imported, and what it cannot keep is said. */
    @Test
    void aDryRunSkippingInvalidRowsCountsTheStagesOfTheRowsItWouldImport() throws Exception {
        Path csv = file("mixed.csv", """
                Name,Deal,Value,Stage
                Ana Lima,Site license,1200,Won
                Ben Ode,Support,abc,Lost
                Cy Chen,Expansion,,Trial
                """);
        JsonNode dry = cli.json("import", "csv", csv.toString(), "--dry-run", "--skip-invalid");
        JsonNode real = cli.json("import", "csv", csv.toString(), "--skip-invalid");
        assertThat(dry.get("stages")).as("the same stages as the import it tries out").isEqualTo(real.get("stages"));
        assertThat(real.get("stages").size()).isEqualTo(1);
    }

    @Test
    void aCompanyRowsPhoneNumberIsSaidToBeLeftOut() throws Exception {
        Path csv = file("accounts.csv", """
                Account Name,Phone,Industry,Title
                Acme,+1 555 0100,Retail,
                Globex,,Energy,CEO
                """);
        CliRunner.Result text = cli.run("import", "csv", csv.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("row 2, Phone: \"+1 555 0100\": the row names no contact to keep it on (an organization keeps no phone number)")
                .contains("row 3, Title: \"CEO\": the row names no contact to keep it on (an organization keeps no job title)");
        assertThat(cli.json("orgs", "list").get("organizations")).hasSize(2);
        JsonNode again = cli.json("import", "csv", csv.toString(), "--dry-run");
        assertThat(again.get("failed").asLong()).as("the rows are imported, only the values are left out").isZero();
        assertThat(again.get("problems").get(0).get("leftOut").asBoolean()).isTrue();
    }

    /** A won deal dated after today (an expected close never updated) closed today, as the reports count it, and says so. */
    @Test
    void aWonDealClosingAfterTodayClosedToday() throws Exception {
        Path csv = file("ahead.csv", """
                Deal Name,Deal Stage,Amount,Close Date,Create Date,Associated Company
                Future win,Closed won,5000,2099-03-15,2026-01-05,FutureCo
                """);
        CliRunner.Result text = cli.run("import", "csv", csv.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("row 2: a won deal closing on 2099-03-15, after today: it counts as closed today");
        JsonNode won = cli.json("deals", "show", cli.json("deals", "list").get("deals").get(0).get("id").asString());
        // It kept 2099-03-15 as its close date while the reports counted it as won today.
        String today = won.get("stageEnteredAt").asString().substring(0, 10);
        assertThat(won.get("closedOn").asString()).isEqualTo(today);
    }

    @Test
    void theColumnsNothingWasMatchedToAreNamedInTheSummary() throws Exception {
        Path csv = file("odd.csv", """
                Name,Email,Frobnication Level,Wibble
                Ida Berg,ida@x.example,3,yes
                """);
        String out = cli.run("import", "csv", csv.toString(), "--dry-run").out();
        assertThat(out).contains("Not imported (no field matched; --map \"HEADER=FIELD\" imports one): Frobnication Level, Wibble.");
        assertThat(out).as("a dry run says where each column goes").contains("Columns: Name → contact.name, Email → contact.email.");
        String imported = cli.run("import", "csv", file("plain.csv", "Name,Email\nBo Chen,bo@x.example\n").toString()).out();
        assertThat(imported).doesNotContain("Not imported").doesNotContain("Columns:");
        // A second column of a field that takes one value is said as such, not as matching nothing.
        String twice = cli.run("import", "csv", file("twice.csv", "Deal Name,Amount,Amount,Wibble\nPilot,100,200,x\n").toString(), "--dry-run").out();
        assertThat(twice).contains("Not imported (an earlier column gives the same field, which takes one value): Amount.")
                .contains("Not imported (no field matched; --map \"HEADER=FIELD\" imports one): Wibble.");
        // The label of a group read (Google's "Address 1 - Label" beside its address) is read with it: it was said to be left out.
        String google = cli.run("import", "csv", file("google.csv", "First Name,Organization Name,Address 1 - Label,Address 1 - Formatted,"
                + "Relation 1 - Label,Relation 1 - Value\nBo,Acme,Home,1 Elm Road,Spouse,Li\n").toString(), "--dry-run").out();
        assertThat(google).contains("Not imported (no field matched; --map \"HEADER=FIELD\" imports one): Relation 1 - Label, Relation 1 - Value.")
                .contains("Address 1 - Formatted → organization.address");
    }

    /** A dry run lists every problem of the file, past a row of too many values (it stopped there, and showed the others later). */
    @Test
    void aDryRunListsEveryProblemPastARowOfTooManyValues() throws Exception {
        Path csv = file("bad.csv", """
                Name,Email,Deal,Amount,Stage
                Lena Park,lena@park.example,Park renewal,four thousand,Proposal
                Yuki Tanaka,yuki@tanaka.example,Tanaka deal,1000,Proposal,EXTRA
                Bo Svensson,bo@svensson.example,Svensson deal,1500,Verbal OK
                """);
        CliRunner.Result dry = cli.run("import", "csv", csv.toString(), "--dry-run");
        assertThat(dry.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(dry.out() + dry.err()).contains("row 2, Amount: not an amount", "row 3: 6 values where the header has 5",
                "row 4, Stage: unknown stage \"Verbal OK\"");
        CliRunner.Result real = cli.run("import", "csv", csv.toString());
        assertThat(real.exit()).as("the import itself still refuses the file at that row").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(real.err()).contains("row 3: 6 values where the header has 5");
    }

    @Test
    void aFileWithoutIdsImportedAgainDoublesNoDeal() throws Exception {
        Path csv = file("excel.csv", """
                Name;E-Mail;Firma;Deal;Betrag
                Anna Schmidt;anna@beispiel.de;Nordwind GmbH;Rollout;12.500,50
                Bernd Müller;bernd@beispiel.de;Südwind AG;Pilot;1.200
                ;;Ostwind KG;Wartung;900
                """);
        assertThat(cli.json("import", "csv", csv.toString()).get("deals").get("created").asLong()).isEqualTo(3);
        JsonNode again = cli.json("import", "csv", csv.toString(), "--on-duplicate", "skip");
        assertThat(again.get("deals").get("created").asLong()).isZero();
        assertThat(again.get("deals").get("skipped").asLong()).isEqualTo(3);
        Files.writeString(csv, Files.readString(csv).replace("12.500,50", "14.000"));
        JsonNode changed = cli.json("import", "csv", csv.toString());
        assertThat(changed.get("deals").get("created").asLong()).isZero();
        assertThat(changed.get("deals").get("updated").asLong()).isEqualTo(1);
        assertThat(cli.json("deals", "list").get("deals")).hasSize(3);
        JsonNode anyway = cli.json("import", "csv", csv.toString(), "--on-duplicate", "create");
        assertThat(anyway.get("deals").get("created").asLong()).as("create anyway does").isEqualTo(3);
    }

    @Test
    void anUnknownStageRefusesTheFileUnlessMappedAndDryRunWritesNothing() throws Exception {
        Path csv = file("deals.csv", "Deal Name;Amount;Stage;E-mail\nPilot;12500.50;Verbal yes;ida@nordwind.example\n");
        CliRunner.Result refused = cli.run("import", "csv", csv.toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("Row 2, column \"Stage\"").contains("unknown stage \"Verbal yes\"").contains("nothing was imported");

        JsonNode dry = cli.json("import", "csv", csv.toString(), "--stage-map", "Verbal yes=opportunity", "--dry-run");
        assertThat(dry.get("deals").get("created").asLong()).isEqualTo(1);
        assertThat(dry.get("imported").asBoolean()).isFalse();
        assertThat(cli.db()).as("the refused import and the dry run leave no database behind").doesNotExist();

        cli.json("whoami", "--name", "Ida Berg", "--email", "ida@seller.example");
        cli.json("import", "csv", csv.toString(), "--stage-map", "Verbal yes=opportunity");
        JsonNode deals = cli.json("deals", "list", "--stage", "opportunity").get("deals");
        assertThat(deals).hasSize(1);
        assertThat(deals.get(0).get("value").get("amount").asString()).isEqualTo("12500.50");
        // Whoever imports the deals owns them, so "My deals" shows them.
        assertThat(cli.json("deals", "list", "--owner", "me").get("deals")).hasSize(1);
    }

    @Test
    void duplicatePolicySkipsUpdatesOrCreates() throws Exception {
        Path first = file("a.csv", "Name,Email,Phone\nIda Berg,ida@nordwind.example,\n");
        cli.json("import", "csv", first.toString());
        Path second = file("b.csv", "Full name,E-mail Address,Mobile\nIda B.,IDA@nordwind.example,+49 30 1234567\n");
        assertThat(cli.json("import", "csv", second.toString(), "--on-duplicate", "skip").get("contacts").get("skipped").asLong()).isEqualTo(1);
        assertThat(cli.json("import", "csv", second.toString(), "--on-duplicate", "update").get("contacts").get("updated").asLong())
                .isEqualTo(1);
        JsonNode list = cli.json("contacts", "list").get("contacts");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("phone").asString()).isEqualTo("+49 30 1234567");
        assertThat(cli.json("import", "csv", second.toString(), "--on-duplicate", "create").get("contacts").get("created").asLong())
                .isEqualTo(1);
        assertThat(cli.json("contacts", "list").get("contacts")).hasSize(2);
    }

    @Test
    void aRefusalNamesTwentyColumnsNotTwoThousand() throws Exception {
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            header.append(i == 0 ? "" : ",").append("Wibble ").append(i).append(i == 3 ? "x".repeat(500) : "");
        }
        Path csv = file("wide.csv", header + "\n" + "1,".repeat(1_999) + "1\n");
        CliRunner.Result r = cli.run("import", "csv", csv.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("its columns are Wibble 0, Wibble 1, Wibble 2, Wibble 3xxx", "Wibble 19 and 1,980 more)")
                .doesNotContain("Wibble 20,").doesNotContain("x".repeat(100));
        assertThat(r.err().length()).as("a sentence, not a megabyte").isLessThan(1_000);
    }

    @Test
    void explicitMappingsAreSavedByName() throws Exception {
        Path csv = file("odd.csv", "Who,Reach\nIda Berg,ida@nordwind.example\n");
        CliRunner.Result none = cli.run("import", "csv", csv.toString());
        assertThat(none.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err()).contains("No column of the file could be matched");
        cli.json("import", "csv", csv.toString(), "--map", "Who=contact.name", "--map", "Reach=contact.email", "--save-mapping", "odd",
                "--dry-run");
        JsonNode r = cli.json("import", "csv", csv.toString(), "--mapping", "odd");
        assertThat(r.get("contacts").get("created").asLong()).isEqualTo(1);
        // The installation's, not the database's: another database opened here has it (a new client's, a fresh one).
        CliRunner other = new CliRunner(dir.resolve("other-client.db"), Fixtures.NOW);
        assertThat(other.json("import", "csv", csv.toString(), "--mapping", "odd").get("contacts").get("created").asLong()).isEqualTo(1);

        // A mappings file that does not read (damaged, or written by someone else) is not written over, and is left as it was.
        Path kept = dir.resolve("import-mappings.json");
        byte[] damaged = "{\"odd\": {\"Who\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(kept, damaged);
        CliRunner.Result refused = other.run("import", "csv", csv.toString(), "--map", "Who=contact.name", "--save-mapping", "another", "--dry-run");
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("cannot be read", "the file is as it was");
        assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
    }

    /** The text lists the first 20 problems and says how many more there are (it stopped at 20 of 79 without a word). */
    @Test
    void problemsBeyondTheListedOnesAreCounted() throws Exception {
        StringBuilder rows = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 25; i++) {
            rows.append("P").append(i).append(",not-an-address-").append(i).append('\n');
        }
        CliRunner.Result r = cli.run("import", "csv", file("bad.csv", rows.toString()).toString(), "--dry-run");
        assertThat(r.out()).contains("25 rows failed:", "  … and 5 more (--errors FILE writes every one, with its row and column).");
        assertThat(r.out().lines().filter(l -> l.contains("not-an-address-"))).hasSize(20);
        // Also under the refusal of the import itself (it listed 20 and stopped).
        CliRunner.Result refused = cli.run("import", "csv", dir.resolve("bad.csv").toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("  … and 5 more (--errors FILE writes every one, with its row and column).");
    }

    @Test
    void invalidRowsCanBeSkippedAndReportedAsCsv() throws Exception {
        Path csv = file("mixed.csv", "Name,Email,Amount\nIda,ida@x.example,10\nBo,not-an-address,12\nCy,cy@x.example,=1+2\n");
        // A dry run shows what the rows that parse would do, and says (and exits as) the real import would be refused.
        CliRunner.Result dry = cli.run("import", "csv", csv.toString(), "--dry-run");
        assertThat(dry.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(dry.out()).contains("Dry run of").contains("2 rows failed:").contains("would be refused");
        CliRunner.Result dryJson = cli.run("import", "csv", csv.toString(), "--dry-run", "--json");
        assertThat(dryJson.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(dryJson.json().get("contacts").get("created").asLong()).as("what the row that parses would do").isEqualTo(1);
        assertThat(cli.db()).as("a dry run writes nothing, and leaves no new database behind").doesNotExist();
        // The problem report never replaces the file being imported, however it is named.
        byte[] sheet = Files.readAllBytes(csv);
        CliRunner.Result self = cli.run("import", "csv", csv.toString(), "--skip-invalid", "--errors",
                csv.getParent().resolve(".").resolve(csv.getFileName()).toString());
        assertThat(self.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(self.err()).contains("is the file being imported; choose another file name for the problem report");
        assertThat(csv).as("the sheet as it was").hasBinaryContent(sheet);
        assertThat(cli.db()).as("nothing imported").doesNotExist();
        // Nor is a report that could not be written found so only after the import was saved (the command then said it failed,
        // and the user ran it again): a folder, a folder that is a file, a place that takes no file are refused first.
        Path notAFolder = file("notes.txt", "x");
        for (String where : java.util.stream.Stream.of(dir.toString(), notAFolder.resolve("errors.csv").toString(),
                java.nio.file.Files.isDirectory(Path.of("/proc/self")) ? "/proc/funnelboard-errors.csv" : dir.toString()).toList()) {
            CliRunner.Result refused = cli.run("import", "csv", csv.toString(), "--skip-invalid", "--errors", where);
            assertThat(refused.exit()).as(where).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(refused.err()).as(where).startsWith("--errors: ").contains("Nothing was imported");
            assertThat(cli.db()).as("nothing imported: " + where).doesNotExist();
        }
        Path errors = dir.resolve("errors.csv");
        JsonNode r = cli.json("import", "csv", csv.toString(), "--skip-invalid", "--errors", errors.toString());
        // Bo's address is a detail: Bo is imported without it. Cy's amount is not: Cy's row fails.
        assertThat(r.get("failed").asLong()).isEqualTo(1);
        assertThat(r.get("contacts").get("created").asLong()).isEqualTo(2);
        assertThat(r.get("problems").get(0).get("leftOut").asBoolean()).isTrue();
        assertThat(r.get("problems").get(1).get("leftOut").asBoolean()).isFalse();
        List<String> lines = Files.readAllLines(errors);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFrow,column,reason");
        assertThat(lines).anyMatch(l -> l.startsWith("3,Email,") && l.contains("left out: the rest of the row was imported"))
                .anyMatch(l -> l.startsWith("4,Amount,") && !l.contains("left out"));
        assertThat(cli.json("contacts", "list").get("contacts")).extracting(c -> c.get("name").asString()).containsExactlyInAnyOrder("Ida", "Bo");
        cli.run("undo");
        assertThat(cli.run("import", "csv", csv.toString(), "--skip-invalid").out()).as("the rows that failed are not counted as imported")
                .contains("): 2 of 3 rows in ");
    }

    @Test
    void aRowOfTooManyOrTooFewValuesIsAFailedRowOfItsOwn() throws Exception {
        Path csv = file("ragged.csv", "Name,Email,Company\nAnn Lee,ann@x.example,Acme\nBob Ray\n"
                + "Cid Roe,cid@x.example,Zeta,extra\nDan Poe,dan@x.example,Wolf\n");
        CliRunner.Result refused = cli.run("import", "csv", csv.toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("row 3: 1 values where the header has 3").doesNotContain("null");
        Path errors = dir.resolve("ragged-errors.csv");
        JsonNode r = cli.json("import", "csv", csv.toString(), "--skip-invalid", "--errors", errors.toString());
        assertThat(r.get("failed").asLong()).isEqualTo(2);
        assertThat(r.get("contacts").get("created").asLong()).isEqualTo(2);
        assertThat(r.get("problems").get(0).get("row").asLong()).isEqualTo(3);
        assertThat(r.get("problems").get(0).get("column").isNull()).as("the whole row's problem").isTrue();
        List<String> lines = Files.readAllLines(errors);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("3,,");
        assertThat(lines.get(2)).startsWith("4,,");

        // The same file again (a weekly export): the rows read are already stored, the others fail as before. The dry run and
        // the import agree; the import said "no row could be read" and exited 3, while the dry run said 2 were skipped.
        CliRunner.Result dry = cli.run("import", "csv", csv.toString(), "--skip-invalid", "--dry-run");
        CliRunner.Result again = cli.run("import", "csv", csv.toString(), "--skip-invalid");
        assertThat(dry.exit()).isZero();
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("Nothing new imported from ").contains("2 of 4 rows").contains("2 rows failed");
        assertThat(cli.json("contacts", "list").get("contacts")).hasSize(2);

        // When no row at all can be read, the advice is not to add the option already given.
        Path bad = file("bad.csv", "Name,Email,Amount\nAnn Lee,ann@x.example,abc\n");
        CliRunner.Result none = cli.run("import", "csv", bad.toString(), "--skip-invalid");
        assertThat(none.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err()).contains("no row could be read").doesNotContain("add --skip-invalid");
    }

    @Test
    void theFilesCurrencyIsGivenForAmountsThatNameNone() throws Exception {
        Path csv = file("sek.csv", "Deal,Amount\nBare,12500\nSigned,4 500 kr\nCoded,100 EUR\n");
        CliRunner.Result refused = cli.run("import", "csv", csv.toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).as("the advice names the choice that helps").contains("choose the file's currency (SEK, NOK, DKK, ISK: the import's \u201CAmounts with no currency in\u201D, or --currency)");
        assertThat(cli.run("import", "csv", csv.toString(), "--currency", "kronor").err()).contains("--currency is a currency's three-letter code");
        assertThat(cli.json("import", "csv", csv.toString(), "--currency", "sek").get("deals").get("created").asLong()).isEqualTo(3);
        Map<String, String> values = new java.util.HashMap<>();
        cli.json("deals", "list").get("deals").forEach(d -> values.put(d.get("title").asString(),
                d.get("value").get("amount").asString() + " " + d.get("value").get("currency").asString()));
        assertThat(values).containsEntry("Bare", "12500.00 SEK").containsEntry("Signed", "4500.00 SEK").containsEntry("Coded", "100.00 EUR");

        // A file of bare amounts says which currency they were read in (the summary named the dates' format only).
        Path bare = file("us.csv", "Deal,Amount,Close Date\nDevcast,153024,1/28/2026\n");
        // (In the database's currency: the one most of its deals are in, kronor by now, not the locale's pounds.)
        assertThat(cli.json("import", "csv", bare.toString(), "--dry-run").get("bareAmountsIn").asString()).isEqualTo("SEK");
        assertThat(cli.run("import", "csv", bare.toString()).out()).contains("Amounts that name no currency were read as SEK (--currency CODE");
        Path dollars = file("usd.csv", "Deal,Amount\nRollout,$1200\n");
        assertThat(cli.json("import", "csv", dollars.toString()).get("bareAmountsIn").isNull()).as("every amount names its currency").isTrue();
    }

    @Test
    void exportsAreCsvWithBomAndNeutralisedFormulas() throws Exception {
        Path csv = file("c.csv", "Name,Email,Company,Deal Name,Amount\n=HYPERLINK(\"x\"),ida@x.example,Nordwind,Pilot,1250.5\n");
        cli.json("import", "csv", csv.toString());
        Path out = dir.resolve("contacts.csv");
        assertThat(cli.json("export", "csv", "contacts", out.toString()).get("rows").asLong()).isEqualTo(1);
        String text = Files.readString(out);
        assertThat(text).startsWith("\uFEFFid,name,").contains("\"'=HYPERLINK(\"\"x\"\")\"").contains("\r\n");
        Path deals = dir.resolve("deals.csv");
        cli.json("export", "csv", "deals", deals.toString());
        assertThat(Files.readString(deals)).contains(",Pilot,lead,1250.50,");

        // An exported deal keeps its owner, and a re-import reads it back.
        cli.run("deals", "edit", cli.json("deals", "list").get("deals").get(0).get("id").asString(), "--owner", "bo@x.example");
        cli.json("export", "csv", "deals", deals.toString());
        List<String> rows = Files.readAllLines(deals);
        assertThat(rows.getFirst()).endsWith(",created_at,owner,notes");
        assertThat(rows.get(1)).endsWith(",bo@x.example,");
    }

    @Test
    void theDealsOfOneImportHaveShortIdsThatTellThemApart() throws Exception {
        Path csv = file("deals.csv", "Deal Name,Amount,Company\nCranes,48000,Portside\nForklifts,12000,Portside\nConveyors,9000,Portside\n");
        cli.json("import", "csv", csv.toString());
        List<String> shown = cli.run("deals", "list").out().lines().skip(1).map(l -> l.split(" +")[0]).toList();
        assertThat(shown).hasSize(3).doesNotHaveDuplicates();
        for (String shortId : shown) {
            CliRunner.Result r = cli.run("deals", "show", shortId);
            assertThat(r.exit()).as(r.err()).isZero();
        }
        assertThat(cli.run("deals", "show", shown.getFirst()).out()).containsAnyOf("Cranes", "Forklifts", "Conveyors");
    }

    /** A duplicate keeps its organization: the row's other one is made only when something else on the file needs it. */
    @Test
    void aDuplicateAtAnotherOrganizationLeavesNoOrganizationThatNothingRefersTo() throws Exception {
        cli.json("import", "csv", file("first.csv", "Name,Email,Company\nAnna Schmidt,anna@acme.example,Acme GmbH\n").toString());
        JsonNode again = cli.json("import", "csv", file("second.csv", """
                Name,Email,Company
                Anna Schmidt,ANNA@acme.example,Acme AG
                Carl Weber,carl@acme.example,Acme AG
                """).toString());
        assertThat(again.get("contacts").get("created").asLong()).isEqualTo(1);
        assertThat(again.get("organizations").get("created").asLong()).as("Acme AG, for Carl").isEqualTo(1);
        String orgs = cli.run("orgs", "list").out();
        assertThat(orgs).contains("Acme GmbH", "Acme AG");

        cli.json("import", "csv", file("third.csv", "Name,Email,Company\nAnna Schmidt,anna@acme.example,Acme Holding\n").toString());
        assertThat(cli.run("orgs", "list").out()).as("nobody at Acme Holding").doesNotContain("Acme Holding");
    }

    /** An organization's open deals include those an import kept without a contact (their organization is their own). */
    @Test
    void anOrganizationsOpenDealsIncludeThoseWithoutAContact() throws Exception {
        cli.json("import", "csv", file("opps.csv", "Name,Account Name,Amount,Stage,Close Date\nPilot,Apple Inc,100,Prospecting,2026-06-30\n"
                + "Rollout,Apple Inc,200,Closed Won,2026-03-01\n").toString());
        JsonNode org = cli.json("orgs", "list").get("organizations").get(0);
        assertThat(org.get("name").asString()).isEqualTo("Apple Inc");
        assertThat(org.get("contacts").asInt()).isZero();
        assertThat(org.get("openDeals").asInt()).as("the open one, not the won one").isEqualTo(1);
    }
}
