package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Funnelboard's own CSV exports import back as the records they were written from, here or in another database. */
class CliExportRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void contactsOrganizationsAndDealsComeBackWholeAndAreNotDuplicated() throws Exception {
        CliRunner here = new CliRunner(dir.resolve("here.db"), Fixtures.NOW);
        Path in = dir.resolve("in.csv");
        Files.writeString(in, """
                Name,Email,Phone,Company,Job Title,Deal Name,Amount,Stage,Expected Close
                Ida Berg,ida@nordwind.example ::: ida.berg@home.example,+46 8 123 456 ::: 070-123 45 67,Nordwind AB,Buyer,Pilot,12500,Opportunity,2026-12-20
                Bo Chen,,,Nordwind AB,,Rollout,5000,Lead,
                Bo Chen,,,Nordwind AB,,Support,800,Prospect,
                """, StandardCharsets.UTF_8);
        JsonNode first = here.json("import", "csv", in.toString());
        assertThat(first.get("contacts").get("created").asLong()).as("Bo Chen at Nordwind AB, named on two rows, is one contact").isEqualTo(2);
        assertThat(first.get("deals").get("created").asLong()).isEqualTo(3);

        String nordwind = here.json("orgs", "list").get("organizations").get(0).get("id").asString();
        here.json("orgs", "edit", nordwind, "--address", "Am Hafen 2, 24103 Kiel");
        Path contacts = dir.resolve("contacts.csv");
        Path orgs = dir.resolve("orgs.csv");
        Path deals = dir.resolve("deals.csv");
        here.json("export", "csv", "contacts", contacts.toString());
        assertThat(here.run("export", "csv", "orgs", orgs.toString()).out().strip()).as("one organization, said as one")
                .isEqualTo("Wrote 1 organization to " + orgs.toAbsolutePath() + ".");
        here.json("export", "csv", "deals", deals.toString());
        assertThat(Files.readString(contacts)).as("every address and number, the ones after the first in a column of their own")
                .contains("ida.berg@home.example", "070-123 45 67", "'+46 8 123 456");

        // Into the same database: everything is found again.
        for (Path export : java.util.List.of(orgs, contacts, deals)) {
            JsonNode again = here.json("import", "csv", export.toString());
            assertThat(again.get("layout").asString()).as(export.getFileName().toString()).isIn("funnelboard", "organizations");
            for (String kind : java.util.List.of("contacts", "organizations", "deals")) {
                assertThat(again.get(kind).get("created").asLong()).as(export.getFileName() + ": new " + kind).isZero();
                assertThat(again.get(kind).get("updated").asLong()).as(export.getFileName() + ": changed " + kind).isZero();
            }
        }
        assertThat(here.json("deals", "list").get("deals")).hasSize(3);
        // Edited in a spreadsheet: a column deleted (created_at) and two swapped, it is still read as Funnelboard's own export,
        // by its ids and with its other addresses (it was read as another program's file).
        java.util.List<String> rows = Files.readAllLines(contacts, StandardCharsets.UTF_8);
        Path edited = dir.resolve("contacts-edited.csv");
        StringBuilder sheet = new StringBuilder();
        for (String row : rows) {
            java.util.List<String> cells = new java.util.ArrayList<>(java.util.List.of(row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)));
            cells.removeLast(); // created_at
            java.util.Collections.swap(cells, 1, 2); // name and title
            sheet.append(String.join(",", cells)).append("\r\n");
        }
        Files.writeString(edited, sheet.toString(), StandardCharsets.UTF_8);
        JsonNode editedBack = here.json("import", "csv", edited.toString());
        assertThat(editedBack.get("layout").asString()).isEqualTo("funnelboard");
        assertThat(editedBack.get("contacts").get("created").asLong()).isZero();

        // Into another database: the same records.
        // (A month later: the deals keep the day they were created.)
        CliRunner there = new CliRunner(dir.resolve("there.db"), Fixtures.NOW.plus(java.time.Duration.ofDays(30)));
        assertThat(there.json("import", "csv", orgs.toString()).get("organizations").get("created").asLong()).isEqualTo(1);
        String theirs = there.json("orgs", "list").get("organizations").get(0).get("id").asString();
        assertThat(there.json("orgs", "show", theirs).toString()).as("its address too").contains("Am Hafen 2, 24103 Kiel");
        JsonNode people = there.json("import", "csv", contacts.toString());
        assertThat(people.get("contacts").get("created").asLong()).isEqualTo(2);
        assertThat(people.get("deals").get("created").asLong()).as("a contacts export makes no deals").isZero();
        JsonNode moved = there.json("import", "csv", deals.toString());
        assertThat(moved.get("contacts").get("created").asLong()).as("the deals' people are the contacts imported before").isZero();
        assertThat(moved.get("deals").get("created").asLong()).isEqualTo(3);
        JsonNode list = there.json("deals", "list").get("deals");
        assertThat(list).extracting(d -> d.get("title").asString()).containsExactlyInAnyOrder("Pilot", "Rollout", "Support");
        assertThat(list).extracting(d -> d.get("stage").asString()).containsExactlyInAnyOrder("opportunity", "lead", "prospect");
        String created = java.time.LocalDate.ofInstant(Fixtures.NOW, CliRunner.BERLIN).toString();
        for (JsonNode d : list) {
            assertThat(there.json("deals", "show", d.get("id").asString()).get("createdAt").asString()).as("created on the day it was")
                    .startsWith(created);
        }
        JsonNode ida = null;
        for (JsonNode c : there.json("contacts", "list").get("contacts")) {
            if (c.get("name").asString().equals("Ida Berg")) {
                ida = there.json("contacts", "show", c.get("id").asString());
            }
        }
        assertThat(ida).isNotNull();
        assertThat(ida.toString()).contains("ida@nordwind.example", "ida.berg@home.example", "\"+46 8 123 456\"", "070-123 45 67", "Buyer",
                "Nordwind AB").doesNotContain("'+46");
        assertThat(there.json("import", "csv", deals.toString()).get("deals").get("created").asLong()).as("the deals export again")
                .isZero();
    }

    /** Text that starts as a formula does, or as a neutralized one does ("'=…"), comes back as it was through the deals export. */
    /**
     * An export named through a link writes what the link points to and keeps the link; one into a
     * pipe writes into the pipe (both were replaced by a regular file, a pipe's reader waiting for ever).
     */
    @Test
    void anExportThroughALinkOrIntoAPipeWritesWhereItPoints() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
        cli.addDeal("Pilot");
        Path target = dir.resolve("target.csv");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target.getFileName());
        assertThat(cli.run("export", "csv", "deals", link.toString()).exit()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link is kept").isTrue();
        assertThat(Files.readString(target)).contains("Pilot");
        assertThat(cli.run("report", "funnel", "--csv", link.toString()).exit()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("a report's CSV too").isTrue();
        // ... but only into a file of its kind: a link to another file (the system's list of users) is refused, the file untouched.
        Path victim = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Path trap = Files.createSymbolicLink(dir.resolve("trap.csv"), victim.getFileName());
        Path cards = Files.createSymbolicLink(dir.resolve("trap.vcf"), victim.getFileName());
        for (String[] export : java.util.List.of(new String[] {"export", "csv", "deals", trap.toString()},
                new String[] {"export", "vcard", cards.toString()}, new String[] {"report", "funnel", "--csv", trap.toString()})) {
            CliRunner.Result refused = cli.run(export);
            assertThat(refused.exit()).as(String.join(" ", export)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(refused.err()).contains("is a link to " + victim.toAbsolutePath().normalize() + ", which is not a ")
                    .contains("Nothing was written.");
        }
        assertThat(Files.readString(victim)).isEqualTo("root:x:0:0:root:/root:/bin/bash\n");

        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", dir.resolve("pipe.csv").toString()).start().waitFor() == 0, "mkfifo");
        Path pipe = dir.resolve("pipe.csv");
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(pipe);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(cli.run("export", "csv", "deals", pipe.toString()).exit()).isZero();
        assertThat(read.get(20, java.util.concurrent.TimeUnit.SECONDS)).contains("Pilot");
        assertThat(Files.isRegularFile(pipe)).as("the pipe is still a pipe").isFalse();
    }

    @Test
    void titlesThatLookLikeFormulasComeBackAsTheyWere() throws Exception {
        CliRunner here = new CliRunner(dir.resolve("here.db"), Fixtures.NOW);
        for (String title : java.util.List.of("=SUM(A1)", "'=SUM(A1)", "-10% for the renewal", "@home", "'plain quoted'")) {
            assertThat(here.run("deals", "add", "--title=" + title, "--contact", "Ida Berg").exit()).as(title).isZero();
        }
        Path deals = dir.resolve("deals.csv");
        here.json("export", "csv", "deals", deals.toString());
        CliRunner there = new CliRunner(dir.resolve("there.db"), Fixtures.NOW);
        there.json("import", "csv", deals.toString());
        java.util.List<String> titles = new java.util.ArrayList<>();
        there.json("deals", "list").get("deals").forEach(d -> titles.add(d.get("title").asString()));
        assertThat(titles).containsExactlyInAnyOrder("=SUM(A1)", "'=SUM(A1)", "-10% for the renewal", "@home", "'plain quoted'");
    }

    /**
     * An open deal keeps the day it entered its stage through the deals export: read back, its days in stage went back to
     * the day it was created. A lost deal's close date still comes from the same column.
     */
    @Test
    void anOpenDealKeepsSinceWhenItIsInItsStageThroughTheExport() throws Exception {
        CliRunner monday = new CliRunner(dir.resolve("here.db"), Fixtures.NOW);
        String pilot = monday.addDeal("Pilot", "--org", "Nordwind AB");
        String lost = monday.addDeal("Lost one", "--org", "Nordwind AB");
        CliRunner later = new CliRunner(dir.resolve("here.db"), Fixtures.NOW.plus(java.time.Duration.ofDays(10)));
        assertThat(later.run("move", pilot, "--to", "prospect", "--override", "Asked for a quote").exit()).isZero();
        assertThat(later.run("move", lost, "--to", "lost", "--lost-reason", "no-budget").exit()).isZero();
        String entered = later.json("deals", "show", pilot).get("stageEnteredAt").asString();
        Path deals = dir.resolve("deals.csv");
        later.json("export", "csv", "deals", deals.toString());

        CliRunner there = new CliRunner(dir.resolve("there.db"), Fixtures.NOW.plus(java.time.Duration.ofDays(30)));
        assertThat(there.json("import", "csv", deals.toString()).get("deals").get("created").asLong()).isEqualTo(2);
        String tenDaysIn = java.time.LocalDate.ofInstant(Fixtures.NOW.plus(java.time.Duration.ofDays(10)), CliRunner.BERLIN).toString();
        for (JsonNode d : there.json("deals", "list").get("deals")) {
            JsonNode shown = there.json("deals", "show", d.get("id").asString());
            if (shown.get("title").asString().equals("Pilot")) {
                assertThat(shown.get("stage").asString()).isEqualTo("prospect");
                assertThat(java.time.OffsetDateTime.parse(shown.get("stageEnteredAt").asString()).toInstant())
                        .as("in Prospect since the move ten days after it was made, not since the import nor its creation")
                        .isEqualTo(java.time.OffsetDateTime.parse(entered).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
            } else {
                assertThat(shown.get("stage").asString()).isEqualTo("lost");
                assertThat(shown.get("stageEnteredAt").asString()).as("lost on the day it was").startsWith(tenDaysIn);
            }
        }
    }

    /**
     * --spreadsheet where numbers take a decimal comma: semicolons and "12500,5", as German Excel
     * opens a CSV by a double click (the standard form put every row in one column there); and the
     * file still reads back.
     */
    @Test
    void aSpreadsheetsFormForAGermanExcelReadsBackToo() throws Exception {
        CliRunner here = new CliRunner(dir.resolve("de.db"), Fixtures.NOW, java.util.Locale.GERMANY);
        here.json("deals", "add", "--title", "Wartungsvertrag Straße", "--contact", "Jürgen Weiß", "--value", "12.500,50");
        java.nio.file.Path file = dir.resolve("deals-de.csv");
        assertThat(here.run("export", "csv", "deals", file.toString(), "--spreadsheet").exit()).isZero();
        String text = java.nio.file.Files.readString(file);
        assertThat(text).startsWith("\uFEFF").contains(";12500,50;").doesNotContain(",12500.50,");
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).contains("Wartungsvertrag Straße;");
        // In an English locale the option changes nothing: its spreadsheets read the standard form.
        CliRunner english = new CliRunner(dir.resolve("de.db"), Fixtures.NOW);
        java.nio.file.Path standard = dir.resolve("deals-en.csv");
        assertThat(english.run("export", "csv", "deals", standard.toString(), "--spreadsheet").exit()).isZero();
        assertThat(java.nio.file.Files.readString(standard)).contains(",12500.50,");

        CliRunner there = new CliRunner(dir.resolve("there.db"), Fixtures.NOW, java.util.Locale.GERMANY);
        assertThat(there.run("import", "csv", file.toString()).exit()).isZero();
        assertThat(there.json("deals", "list").get("deals").get(0).get("value").get("amount").asString()).isEqualTo("12500.50");
    }

    @Test
    void theSamplePipelinesDealsExportReadBackChangesNothing() throws Exception {
        CliRunner here = new CliRunner(dir.resolve("sample.db"), Fixtures.NOW);
        assertThat(here.run("demo").exit()).isZero();
        Path deals = dir.resolve("sample-deals.csv");
        here.json("export", "csv", "deals", deals.toString());

        JsonNode again = here.json("import", "csv", deals.toString());

        assertThat(again.get("deals").get("updated").asLong()).as("a deal at its contact's organization is not given it again").isZero();
    }

    @Test
    void aContactsProfileTravelsThroughTheExportAndAnEarlierExportStillReadsBack() throws Exception {
        CliRunner here = new CliRunner(dir.resolve("here.db"), Fixtures.NOW);
        String id = here.json("contacts", "add", "--name", "Arnold Smith", "--email", "arnold@acme.example", "--email", "a.smith@gmail.example",
                "--email", "arnold@home.example").get("contact").get("id").asString();
        here.json("contacts", "edit", id, "--industry", "Retail", "--company-size", "51-200", "--persona", "Economic buyer",
                "--pain-points", "Slow onboarding", "--channel", "in-person");
        Path contacts = dir.resolve("contacts.csv");
        here.json("export", "csv", "contacts", contacts.toString());
        assertThat(Files.readAllLines(contacts, StandardCharsets.UTF_8).getFirst()).contains("persona,pain_points,preferred_channel,source");
        assertThat(Files.readAllLines(contacts, StandardCharsets.UTF_8).get(1)).as("the other addresses as Google writes several")
                .contains("\"a.smith@gmail.example ::: arnold@home.example\"");

        CliRunner there = new CliRunner(dir.resolve("there.db"), Fixtures.NOW);
        JsonNode imported = there.json("import", "csv", contacts.toString());
        assertThat(imported.get("contacts").get("created").asLong()).isEqualTo(1);
        assertThat(imported.get("mapping").get("persona").asString()).isEqualTo("contact.persona");
        assertThat(imported.get("mapping").get("preferred_channel").asString()).isEqualTo("contact.channel");
        String theirs = there.json("contacts", "list").get("contacts").get(0).get("id").asString();
        JsonNode arnold = there.json("contacts", "show", theirs);
        assertThat(arnold.toString()).contains("Retail", "51-200", "Economic buyer", "Slow onboarding", "in-person");
        assertThat(arnold.get("contact").get("emails")).extracting(JsonNode::asString)
                .containsExactly("arnold@acme.example", "a.smith@gmail.example", "arnold@home.example");

        // A contacts export of an earlier Funnelboard, without the last two columns, is still its own kind of file.
        Path earlier = Files.writeString(dir.resolve("earlier.csv"), "id,name,title,email,phone,other_emails,other_phones,organization,"
                + "industry,company_size,persona,source,tags,notes,created_at\n"
                + "1,Bea Lund,,bea@lund.example,,,,Lund AB,Forestry,11-50,Champion,,,,2026-03-01T10:00:00Z\n", StandardCharsets.UTF_8);
        JsonNode again = there.json("import", "csv", earlier.toString());
        assertThat(again.get("layout").asString()).isEqualTo("funnelboard");
        String bea = there.json("contacts", "list", "--search", "bea").get("contacts").get(0).get("id").asString();
        assertThat(there.json("contacts", "show", bea).toString()).contains("Forestry", "11-50", "Champion");
    }

    @Test
    void aWonDealsFinalValueALostDealsReasonAndAContactsSourceTravelFromAnotherProgramThroughTheExport() throws Exception {
        CliRunner here = new CliRunner(dir.resolve("here.db"), Fixtures.NOW);
        Path in = dir.resolve("pipedrive.csv");
        Files.writeString(in, """
                Name,Email,Lead Source,Deal Title,Deal Value,Won Value,Stage,Closed On,Lost Reason
                Ida Berg,ida@nordwind.example,Trade Show,Pilot,12500,11000,Won,2026-02-01,
                Bo Chen,bo@nordwind.example,Partner Referral,Rollout,5000,,Lost,2026-02-10,Went with a cheaper competitor
                Cy Dahl,cy@nordwind.example,,Support,800,,Lost,2026-02-11,Price
                Di Eng,di@nordwind.example,,Renewal,900,,Lost,2026-02-12,no-decision
                Ed Falk,ed@nordwind.example,,Upsell,700,,Lost,2026-02-12,The champion left
                """, StandardCharsets.UTF_8);
        JsonNode first = here.json("import", "csv", in.toString());
        assertThat(first.get("deals").get("created").asLong()).isEqualTo(5);
        assertWritten(here);
        JsonNode lost = here.json("report", "lost", "--from", "2026-02-01", "--to", "2026-02-28").get("reasons");
        assertThat(lost).as("the loss report counts the imported reasons").extracting(r -> r.get("reason").asString())
                .containsExactlyInAnyOrder("competitor", "no-budget", "no-decision", "other");
        assertThat(lost.toString()).contains("The champion left");

        Path deals = exportWithContactsInto(here, "there.db");
        CliRunner there = new CliRunner(dir.resolve("there.db"), Fixtures.NOW);
        JsonNode moved = there.json("import", "csv", deals.toString());
        assertThat(moved.get("deals").get("created").asLong()).isEqualTo(5);
        assertThat(moved.get("contacts").get("created").asLong()).as("a person named only by name is the one contact of that name")
                .isZero();
        JsonNode lostThere = there.json("report", "lost", "--from", "2026-02-01", "--to", "2026-02-28").get("reasons");
        assertThat(lostThere).as("lost in February there too, not on the day the deals were created").hasSize(4);
        assertThat(lostDays(there)).as("each lost on its day, not the day before (the export writes Berlin's midnight as Berlin's)")
                .isEqualTo(lostDays(here)).containsEntry("Rollout", java.time.LocalDate.parse("2026-02-10"));
        assertThat(Files.readString(deals)).contains("2026-02-10T13:00:00.000+01:00");
        // A lost deal's closed_on is the day it was lost (it was empty: a sheet of the losses by month could not be made).
        assertThat(Files.readAllLines(deals).stream().filter(l -> l.contains(",Rollout,lost,")).findFirst().orElseThrow())
                .contains(",2026-02-10,");
        assertWritten(there);
        JsonNode again = here.json("import", "csv", deals.toString());
        assertThat(again.get("deals").get("updated").asLong()).as("read back into the same database, nothing changes").isZero();
        assertThat(again.get("contacts").get("created").asLong()).as("each deal's person is its contact").isZero();
    }

    @Test
    void aDatabaseRestoredFromItsExportKeepsTheOtherProgramsIdsSoItsFileUpdatesInsteadOfDuplicating() throws Exception {
        CliRunner here = new CliRunner(dir.resolve("here.db"), Fixtures.NOW);
        Path hubspot = dir.resolve("hubspot.csv");
        Files.writeString(hubspot, """
                Deal ID,Deal Name,Amount,Deal Stage,Associated Contact
                9001,Pilot,1200,appointmentscheduled,Ida Berg (ida@nordwind.example)
                9002,Rollout,5000,contractsent,Bo Chen (bo@nordwind.example)
                """, StandardCharsets.UTF_8);
        here.json("import", "csv", hubspot.toString());
        here.json("deals", "add", "--title", "Made here", "--contact", "Ida Berg");
        Path deals = exportWithContactsInto(here, "there.db");
        CliRunner there = new CliRunner(dir.resolve("there.db"), Fixtures.NOW);
        assertThat(there.json("import", "csv", deals.toString()).get("deals").get("created").asLong()).isEqualTo(3);
        JsonNode again = there.json("import", "csv", hubspot.toString(), "--dry-run");
        assertThat(again.get("deals").get("created").asLong()).as("HubSpot's deals are the restored ones").isZero();
        JsonNode back = here.json("import", "csv", deals.toString());
        assertThat(back.get("deals").get("created").asLong()).as("read back where it was written").isZero();
        assertThat(back.get("deals").get("updated").asLong()).isZero();
    }

    /**
     * Exports {@code here}'s contacts and deals, and imports the contacts into the database {@code there}
     * (in this test's folder); returns the deals export, for the test to read back.
     */
    private Path exportWithContactsInto(CliRunner here, String there) throws Exception {
        Path contacts = dir.resolve("contacts.csv");
        Path deals = dir.resolve("deals.csv");
        here.json("export", "csv", "contacts", contacts.toString());
        here.json("export", "csv", "deals", deals.toString());
        new CliRunner(dir.resolve(there), Fixtures.NOW).json("import", "csv", contacts.toString());
        return deals;
    }

    /** The day each lost deal was lost, in the runner's time zone (Berlin), by title. */
    private static java.util.Map<String, java.time.LocalDate> lostDays(CliRunner db) throws Exception {
        java.util.Map<String, java.time.LocalDate> days = new java.util.TreeMap<>();
        for (JsonNode d : db.json("deals", "list").get("deals")) {
            if (d.get("stage").asString().equalsIgnoreCase("lost")) {
                days.put(d.get("title").asString(), java.time.Instant.parse(d.get("stageEnteredAt").asString()).atZone(CliRunner.BERLIN).toLocalDate());
            }
        }
        return days;
    }

    /** The deals and contacts of the file above, as stored. */
    private static void assertWritten(CliRunner db) throws Exception {
        java.util.Map<String, JsonNode> byTitle = new java.util.HashMap<>();
        for (JsonNode d : db.json("deals", "list").get("deals")) {
            byTitle.put(d.get("title").asString(), db.json("deals", "show", d.get("id").asString()));
        }
        assertThat(byTitle.get("Pilot").get("finalValue").get("amount").asString()).as("won for less than its value").startsWith("11000");
        assertThat(byTitle.get("Pilot").get("value").get("amount").asString()).startsWith("12500");
        assertThat(byTitle.get("Rollout").get("lostReason").asString()).isEqualTo("competitor");
        assertThat(byTitle.get("Rollout").get("lostNote").asString()).isEqualTo("Went with a cheaper competitor");
        assertThat(byTitle.get("Support").get("lostReason").asString()).isEqualTo("no-budget");
        assertThat(byTitle.get("Support").get("lostNote").asString()).isEqualTo("Price");
        assertThat(byTitle.get("Renewal").get("lostReason").asString()).as("one of ours by its key").isEqualTo("no-decision");
        assertThat(byTitle.get("Renewal").get("lostNote").isNull()).as("nothing said beyond the reason's name").isTrue();
        assertThat(byTitle.get("Upsell").get("lostReason").asString()).isEqualTo("other");
        assertThat(byTitle.get("Upsell").get("lostNote").asString()).isEqualTo("The champion left");
        java.util.Map<String, String> sources = new java.util.HashMap<>();
        for (JsonNode c : db.json("contacts", "list").get("contacts")) {
            JsonNode shown = db.json("contacts", "show", c.get("id").asString()).get("contact");
            sources.put(c.get("name").asString(), shown.path("source").isNull() || shown.path("source").isMissingNode() ? null
                    : shown.get("source").asString());
        }
        assertThat(sources).containsEntry("Ida Berg", "event").containsEntry("Bo Chen", "referral").containsEntry("Cy Dahl", null);
    }

    /**
     * Two people of one name at one organization, with no address to tell them apart, stay two
     * through an export into a fresh database (CSV and vCard), each deal with its own person, and
     * importing the files again there doubles nothing.
     */
    @Test
    void peopleOfOneNameStayApartThroughTheExportAndItsReimport() throws Exception {
        CliRunner here = new CliRunner(dir.resolve("here.db"), Fixtures.NOW);
        String first = here.json("contacts", "add", "--name", "Jean Dupont", "--org", "Acme").get("contact").get("id").asString();
        String second = here.json("contacts", "add", "--name", "Jean Dupont", "--org", "Acme", "--title", "CFO").get("contact").get("id").asString();
        String deal = here.addDeal("Pilot");
        here.json("deals", "edit", deal, "--contact", second);
        Path contacts = dir.resolve("contacts.csv");
        Path deals = dir.resolve("deals.csv");
        Path cards = dir.resolve("contacts.vcf");
        here.json("export", "csv", "contacts", contacts.toString());
        here.json("export", "csv", "deals", deals.toString());
        here.json("export", "vcard", cards.toString());

        CliRunner there = new CliRunner(dir.resolve("there.db"), Fixtures.NOW);
        assertThat(there.json("import", "csv", contacts.toString()).get("contacts").get("created").asLong()).isEqualTo(3);
        assertThat(there.json("import", "csv", deals.toString()).get("contacts").get("created").asLong())
                .as("the deal's person is the one the contacts file made").isZero();
        JsonNode pilot = there.json("deals", "list").get("deals").get(0);
        assertThat(there.json("deals", "show", pilot.get("id").asString()).get("contact").get("id").asString())
                .as("the deal's own Jean Dupont, the CFO").isEqualTo(second);
        for (Path again : java.util.List.of(contacts, deals)) {
            JsonNode twice = there.json("import", "csv", again.toString());
            assertThat(twice.get("contacts").get("created").asLong()).as(again.getFileName().toString()).isZero();
            assertThat(twice.get("deals").get("created").asLong()).as(again.getFileName().toString()).isZero();
        }
        assertThat(there.json("contacts", "list").get("contacts")).extracting(c -> c.get("id").asString())
                .as("each person is the record of the same id").contains(first, second).hasSize(3);

        CliRunner cardsThere = new CliRunner(dir.resolve("cards.db"), Fixtures.NOW);
        assertThat(cardsThere.json("import", "vcard", cards.toString()).get("contacts").get("created").asLong()).isEqualTo(3);
        assertThat(cardsThere.json("import", "vcard", cards.toString()).get("contacts").get("created").asLong()).as("again: found by UID").isZero();
        assertThat(cardsThere.json("import", "csv", contacts.toString()).get("contacts").get("created").asLong()).as("and the CSV's ids").isZero();
        assertThat(cardsThere.json("contacts", "list").get("contacts")).hasSize(3);
    }

    /**
     * Names another program's file would be read differently are read back as stored from Funnelboard's own export: "Pérez
     * García, María José" came back from the contacts CSV as two people (the second taking a number), "Maier, Thomas" as
     * "Thomas Maier", and a contact named like a company at no organization ("1&1 Internet Inc") came back, from the CSV and
     * from the vCards, as a new organization the contact was moved into.
     */
    @Test
    void namesWithCommasAndNamesLikeCompaniesComeBackAsTheyWere() throws Exception {
        CliRunner here = new CliRunner(dir.resolve("names.db"), Fixtures.NOW);
        here.json("contacts", "add", "--name", "P\u00e9rez Garc\u00eda, Mar\u00eda Jos\u00e9", "--email", "mj@example.es", "--phone", "+34 600 000 000");
        here.json("contacts", "add", "--name", "Maier, Thomas", "--email", "tm@example.de");
        here.json("contacts", "add", "--name", "1&1 Internet Inc", "--email", "support@1and1.example");
        java.util.function.Function<CliRunner, java.util.List<String>> names = db -> java.util.stream.StreamSupport.stream(
                db.json("contacts", "list").get("contacts").spliterator(), false).map(c -> c.get("name").asString() + " @ "
                        + (c.path("organization").isObject() ? c.get("organization").path("name").asString() : "-")).sorted().toList();
        java.util.List<String> before = names.apply(here);
        assertThat(before).hasSize(3);
        Path csv = dir.resolve("names.csv");
        Path cards = dir.resolve("names.vcf");
        here.json("export", "csv", "contacts", csv.toString());
        here.json("export", "vcard", cards.toString());
        for (Path file : java.util.List.of(csv, cards)) {
            String kind = file.toString().endsWith(".csv") ? "csv" : "vcard";
            assertThat(here.json("import", kind, file.toString()).get("organizations").get("created").asLong()).as(kind).isZero();
            assertThat(names.apply(here)).as("into the same database, " + kind).isEqualTo(before);
            CliRunner fresh = new CliRunner(dir.resolve("fresh-" + kind + ".db"), Fixtures.NOW);
            fresh.json("import", kind, file.toString());
            assertThat(names.apply(fresh)).as("into a new one, " + kind).isEqualTo(before);
        }
    }

    /**
     * The timeline as CSV for other programs: interactions name their contact and deal by id too, and
     * follow-ups (which had no export) come with their status; importing either back says what
     * carries a timeline between Funnelboard databases instead of "no column could be matched".
     */
    @Test
    void theTimelineIsExportedWithItsIdsAndItsImportSaysWhatCarriesIt() throws Exception {
        CliRunner here = new CliRunner(dir.resolve("here.db"), Fixtures.NOW);
        String deal = here.addDeal("Pilot");
        String contact = here.json("deals", "show", deal).get("contact").get("id").asString();
        here.json("interactions", "add", deal, "--kind", "call", "--direction", "in", "--note", "Asked for the price list");
        String open = here.json("followups", "add", deal, "--due", "2026-03-20T10:00", "--note", "Send the deck").get("id").asString();
        String done = here.json("followups", "add", deal, "--due", "2026-03-13T10:00", "--kind", "email").get("id").asString();
        here.run("followups", "done", done);
        here.json("followups", "add", here.addDeal("Gone"), "--due", "2026-03-21T10:00");
        here.run("deals", "delete", here.json("deals", "list", "--search", "Gone").get("deals").get(0).get("id").asString());

        Path interactions = dir.resolve("interactions.csv");
        Path followUps = dir.resolve("follow-ups.csv");
        assertThat(here.json("export", "csv", "interactions", interactions.toString()).get("rows").asLong()).isEqualTo(1);
        assertThat(here.run("export", "csv", "followups", followUps.toString()).out().strip())
                .as("a trashed deal's follow-up is not among them").isEqualTo("Wrote 2 follow-ups to " + followUps.toAbsolutePath() + ".");
        java.util.List<String> lines = Files.readAllLines(interactions, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).endsWith("id,occurred_at,kind,direction,contact,contact_id,deal,deal_id,note");
        assertThat(lines.get(1)).contains(contact, deal, "Asked for the price list");
        lines = Files.readAllLines(followUps, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).endsWith("id,due_at,kind,status,done_at,snoozed_until,deal,deal_id,contact,contact_id,note,created_at");
        assertThat(lines.get(1)).as("by due time: the done one first").startsWith("\"" + done).contains(",email,done,", deal, contact);
        // Every moment to the millisecond: a due time (whole seconds) had none where a done time had three ("…:48Z", "…:01.19Z").
        assertThat(lines.get(2)).startsWith("\"" + open).contains(",call,open,", "2026-03-20T10:00:00.000+01:00", "Send the deck");
        assertThat(lines.get(1)).containsPattern(",email,done,\"?\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+01:00\"?,");

        for (Path timeline : java.util.List.of(interactions, followUps)) {
            CliRunner.Result back = here.run("import", "csv", timeline.toString());
            assertThat(back.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(back.err()).contains("which an import does not read back", "share file");
        }
    }

    /** A deal nobody owned comes back owned by nobody (all 300 sample deals came back the importer's). */
    @Test
    void aDealNobodyOwnedStaysSoThroughTheExport() throws Exception {
        CliRunner here = new CliRunner(dir.resolve("here.db"), Fixtures.NOW);
        String unowned = here.addDeal("Pilot");
        here.json("deals", "edit", unowned, "--owner", "nobody");
        String owned = here.addDeal("Rollout");
        here.json("deals", "edit", owned, "--owner", "ida@nordwind.example");
        Path deals = dir.resolve("deals.csv");
        here.json("export", "csv", "deals", deals.toString());

        CliRunner there = new CliRunner(dir.resolve("there.db"), Fixtures.NOW);
        there.json("whoami", "--name", "Bo Lind", "--email", "bo@nordwind.example");
        there.json("import", "csv", deals.toString());
        JsonNode nobody = there.json("deals", "list", "--owner", "nobody").get("deals");
        assertThat(nobody).extracting(d -> d.get("title").asString()).containsExactly("Pilot");
        assertThat(there.json("deals", "list", "--owner", "ida@nordwind.example").get("deals")).extracting(d -> d.get("title").asString())
                .containsExactly("Rollout");
        assertThat(there.json("deals", "list", "--owner", "me").get("deals")).as("none is the importer's").isEmpty();
    }

    /**
     * A deal's notes (its description): written by {@code deals edit --notes}, shown by {@code deals show}, exported in the
     * deals file and read back by it, into another database too; the deals export of before notes still reads back.
     */
    @Test
    void aDealsNotesAreEditedShownAndTravelThroughTheExport() throws Exception {
        CliRunner here = new CliRunner(dir.resolve("here.db"), Fixtures.NOW);
        String id = here.json("deals", "add", "--title", "Pilot", "--contact", "Ida Berg", "--value", "1000").get("id").asString();
        CliRunner.Result edited = here.run("deals", "edit", id, "--notes", "Budget approved.\nDecision in Q3.");
        assertThat(edited.exit()).as(edited.err()).isZero();
        assertThat(here.json("deals", "show", id).get("notes").asString()).isEqualTo("Budget approved.\nDecision in Q3.");
        assertThat(here.run("deals", "show", id).out()).contains("  notes     Budget approved.\n            Decision in Q3.");
        CliRunner.Result bad = here.run("deals", "edit", id, "--notes", "bell\u0007");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).startsWith("--notes: ");

        Path deals = dir.resolve("deals.csv");
        here.json("export", "csv", "deals", deals.toString());
        java.util.List<String> rows = Files.readAllLines(deals, StandardCharsets.UTF_8);
        assertThat(rows.getFirst()).endsWith(",owner,notes");
        assertThat(here.json("import", "csv", deals.toString()).get("deals").get("updated").asLong()).as("read back: nothing new").isZero();
        CliRunner there = new CliRunner(dir.resolve("there.db"), Fixtures.NOW);
        assertThat(there.json("import", "csv", deals.toString()).get("deals").get("created").asLong()).isEqualTo(1);
        String theirs = there.json("deals", "list").get("deals").get(0).get("id").asString();
        assertThat(there.json("deals", "show", theirs).get("notes").asString()).isEqualTo("Budget approved.\nDecision in Q3.");
        // Corrected in a spreadsheet and imported again: the corrected line added to the notes by default (nothing written here
        // is lost; the line both hold is not written twice), in their place with --on-duplicate replace (it added them then too).
        Path corrected = dir.resolve("corrected.csv");
        Files.writeString(corrected, Files.readString(deals, StandardCharsets.UTF_8).replace("Decision in Q3.", "Decision in Q4."),
                StandardCharsets.UTF_8);
        there.json("import", "csv", corrected.toString());
        assertThat(there.json("deals", "show", theirs).get("notes").asString()).isEqualTo("Budget approved.\nDecision in Q3.\n"
                + "Decision in Q4.");
        there.json("import", "csv", corrected.toString(), "--on-duplicate", "replace");
        assertThat(there.json("deals", "show", theirs).get("notes").asString()).isEqualTo("Budget approved.\nDecision in Q4.");

        // The deals export of before deals had notes: its header without the column reads back as the app's own.
        assertThat(here.run("deals", "edit", id, "--notes", "").exit()).isZero();
        assertThat(here.json("deals", "show", id).get("notes").isNull()).as("cleared").isTrue();
        Path plain = dir.resolve("plain.csv");
        here.json("export", "csv", "deals", plain.toString());
        Path earlier = dir.resolve("earlier.csv");
        StringBuilder older = new StringBuilder();
        for (String row : Files.readAllLines(plain, StandardCharsets.UTF_8)) {
            older.append(row, 0, row.lastIndexOf(',')).append("\r\n");
        }
        Files.writeString(earlier, older.toString(), StandardCharsets.UTF_8);
        assertThat(here.json("import", "csv", earlier.toString()).get("layout").asString()).isEqualTo("funnelboard");
    }
}
