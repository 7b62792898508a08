package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates and times outside the years 1900 to 9999 are refused where they are typed or read: written,
 * a follow-up due in the year 1 made every copy of the database, and every share file of its
 * author, refused as inconsistent for good.
 */
class CliDateRangeTest {

    @TempDir
    Path dir;

    @Test
    void typedDatesAndTimesOutsideTheYearsAreRefusedInOneSentenceAndNothingIsWritten() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
        String deal = cli.addDeal("Pilot");
        byte[] before = Files.readAllBytes(cli.db());
        for (String[] args : new String[][] {
            {"followups", "add", deal, "--due=0001-01-01T00:00"},
            {"followups", "add", deal, "--due=-2026-01-01T00:00"},
            {"interactions", "add", deal, "--kind", "call", "--direction", "out", "--at=+999999999-12-31T23:59"},
            {"deals", "edit", deal, "--close-date=+10000-01-01"},
            {"move", deal, "--to", "won", "--close-date=0001-01-01", "--override", "Signed"},
            {"report", "velocity", "--from=-5000-01-01"},
        }) {
            CliRunner.Result r = cli.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).as(String.join(" ", args)).contains("between the years 1900 and 9999").doesNotContain("Exception", "overflow");
        }
        CliRunner.Result feb30 = cli.run("report", "funnel", "--from=2026-02-30");
        assertThat(feb30.err()).contains("'2026-02-30' is not a date; write it as 2026-03-12").doesNotContain("Exception");
        // A day with dots, as Europe writes one, reads too ("--from 01.10.2026" was refused); the 30th of February still does not.
        assertThat(cli.run("report", "funnel", "--from", "01.03.2026").exit()).isZero();
        assertThat(cli.json("report", "funnel", "--from", "01.03.2026").get("from").asString()).isEqualTo("2026-03-01");
        assertThat(cli.run("report", "funnel", "--from", "30.02.2026").err()).contains("'30.02.2026' is not a date");
        // A time with the day in dots too ("--due '24.12.2026 14:30'" was refused).
        CliRunner apart = new CliRunner(dir.resolve("dotted.db"), com.funnelboard.testing.Fixtures.NOW);
        String id = apart.addDeal("Pilot", "--value", "1000");
        String dotted = apart.json("followups", "add", id, "--due", "15.03.2026 9:30").get("dueAt").asString();
        assertThat(java.time.format.DateTimeFormatter.ISO_DATE_TIME.parse(dotted, java.time.Instant::from))
                .isEqualTo(java.time.LocalDateTime.of(2026, 3, 15, 9, 30).atZone(CliRunner.BERLIN).toInstant());
        assertThat(cli.run("check").exit()).isZero();
        assertThat(cli.json("followups", "list").get("followUps")).isEmpty();
    }

    @Test
    void anImportedDateOutsideTheYearsIsARowProblem() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
        Path csv = Files.writeString(dir.resolve("won.csv"), "Deal,Stage,Close date,Contact\nOld one,Closed Won,1850-01-01,Ann Lee\n");
        CliRunner.Result r = cli.run("import", "csv", csv.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err() + r.out()).contains("\"1850-01-01\" is not a date between the years 1900 and 9999");
        assertThat(cli.db()).as("the refused first import leaves no database behind").doesNotExist();
    }
}
