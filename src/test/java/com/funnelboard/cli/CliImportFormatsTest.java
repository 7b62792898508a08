package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** import csv tells how it read a file's amounts and dates, in its summary and its JSON. */
class CliImportFormatsTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW, Locale.US);
    }

    @Test
    void aDryRunOfAGermanFileReportsItsAmountsAndDates() throws Exception {
        Path csv = dir.resolve("kontakte.csv");
        Files.writeString(csv, """
                Vorname;Nachname;E-Mail;Firma;Betrag;Phase;Erstellt am
                Anna;Schmidt;anna@beispiel.de;Nordwind GmbH;12.500,50;Neu;12.03.2026
                Bernd;Müller;bernd@beispiel.de;Südwind AG;1.200;Gewonnen;01.04.2026
                """, StandardCharsets.UTF_8);

        JsonNode r = cli.json("import", "csv", csv.toString(), "--dry-run");

        assertThat(r.get("failed").asLong()).isZero();
        assertThat(r.get("mapping").get("Betrag").asString()).isEqualTo("deal.value");
        assertThat(r.get("formats").get("Betrag").get("amounts").asString()).isEqualTo("1.234,56");
        assertThat(r.get("formats").get("Betrag").get("decimal").asString()).isEqualTo(",");
        assertThat(r.get("formats").get("Erstellt am").get("dates").asString()).isEqualTo("dd.MM.yyyy");
        assertThat(r.get("stages").get("Gewonnen").get("stage").asString()).isEqualTo("won");
        assertThat(cli.run("import", "csv", csv.toString(), "--dry-run").out())
                .contains("Read as: Betrag: amounts 1.234,56; Erstellt am: dates dd.MM.yyyy.");
    }

    @Test
    void aDateOrderTheValuesCannotTellIsTheLocalesUnlessTheUserSaysOtherwise() throws Exception {
        Path csv = dir.resolve("deals.csv");
        Files.writeString(csv, """
                Deal Name,Amount,Stage,Close Date
                Pilot,1200,Won,02/01/2026
                Rollout,800,Won,03/02/2026
                """, StandardCharsets.UTF_8);
        JsonNode told = cli.json("import", "csv", csv.toString(), "--dry-run");
        assertThat(told.get("formats").get("Close Date").get("dates").asString()).as("en-US writes the month first").isEqualTo("MM/dd/yyyy");
        assertThat(cli.run("import", "csv", csv.toString(), "--dry-run").out()).contains("Close Date: dates MM/dd/yyyy (your locale's order)");
        assertThat(cli.run("import", "csv", csv.toString(), "--dry-run", "--date-order", "dmy").out()).contains("Close Date: dates dd/MM/yyyy.");
        JsonNode given = cli.json("import", "csv", csv.toString(), "--dry-run", "--date-order", "dmy");
        assertThat(given.get("formats").get("Close Date").get("dates").asString()).isEqualTo("dd/MM/yyyy");

        cli.json("import", "csv", csv.toString(), "--date-order", "dmy");
        java.util.Map<String, String> closed = new java.util.HashMap<>();
        for (JsonNode d : cli.json("deals", "list").get("deals")) {
            closed.put(d.get("title").asString(), cli.json("deals", "show", d.get("id").asString()).get("closedOn").asString());
        }
        assertThat(closed).containsEntry("Pilot", "2026-01-02").containsEntry("Rollout", "2026-02-03");

        CliRunner.Result wrong = cli.run("import", "csv", csv.toString(), "--date-order", "ymd");
        assertThat(wrong.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(wrong.err()).contains("--date-order is dmy (day first) or mdy (month first)");
    }

    @Test
    void aDateThatContradictsTheGivenOrderIsAProblemOfItsRow() throws Exception {
        Path csv = dir.resolve("us.csv");
        Files.writeString(csv, """
                Deal Name,Amount,Stage,Close Date
                Pilot,1200,Won,03/24/2026
                """, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(csv);
        CliRunner.Result r = cli.run("import", "csv", csv.toString(), "--date-order", "dmy");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(csv).as("the file is only read").hasBinaryContent(before);
        assertThat(r.err()).contains("03/24/2026").contains("dd/MM/yyyy");
        assertThat(cli.db()).as("nothing imported: the refused first import leaves no database").doesNotExist();
    }
}
