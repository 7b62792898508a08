package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** report funnel|velocity|forecast|lost: the same numbers as the window, as tables or JSON. */
class CliReportTest {

    @TempDir
    Path dir;

    CliRunner cli;
    String won;
    String lost;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
        won = cli.json("deals", "add", "--title", "Pilot", "--contact", "Ida Berg", "--value", "12500").get("id").asString();
        cli.run("move", won, "--to", "won", "--override", "Signed at the fair", "--final-value", "15000");
        lost = cli.json("deals", "add", "--title", "Rollout", "--contact", "Bo Lund", "--value", "4000").get("id").asString();
        cli.run("move", lost, "--to", "lost", "--lost-reason", "other", "--lost-note", "Went with a bundle");
        cli.json("deals", "add", "--title", "Renewal", "--contact", "Ann Kim", "--value", "8000");
    }

    @Test
    void theFunnelCountsWhatEnteredEachStage() {
        JsonNode stages = cli.json("report", "funnel", "--period", "month").get("stages");
        assertThat(stages.get(0).get("stage").asString()).isEqualTo("lead");
        assertThat(stages.get(0).get("entered").asInt()).isEqualTo(3);
        assertThat(stages.get(3).get("entered").asInt()).as("won").isEqualTo(1);
        assertThat(stages.get(3).get("direct").asInt()).as("straight from Lead").isEqualTo(1);
        assertThat(cli.run("report", "funnel").out()).contains("STAGE", "Lead", "Won");
    }

    @Test
    void velocityForecastAndLostReasons() {
        JsonNode v = cli.json("report", "velocity");
        assertThat(v.get("winRate").asDouble()).isEqualTo(0.5);
        assertThat(v.get("averageDealSize").get("amount").asString()).isEqualTo("15000.00");
        assertThat(v.get("openDeals").asInt()).isEqualTo(1);
        assertThat(cli.run("report", "velocity").out()).as("one deal, not \"1 open deals\"").contains("(1 open deal in GBP)")
                .contains("win rate 50 %");
        assertThat(cli.run("report", "forecast").out()).contains("1 open deal has no expected close date");
        assertThat(cli.run("report", "forecast").err()).as("nothing to say without a period").isEmpty();
        CliRunner.Result quarter = cli.run("report", "forecast", "--period", "quarter");
        assertThat(quarter.exit()).isZero();
        assertThat(quarter.err()).as("a period given is said not to apply (it was ignored without a word)")
                .contains("--period, --from and --to do not apply");

        // The list gives each deal's close dates and final value, to check the forecast against.
        JsonNode listed = cli.json("deals", "list");
        JsonNode pilot = listed.get("deals").valueStream().filter(d -> d.get("id").asString().equals(won)).findFirst().orElseThrow();
        assertThat(pilot.get("closedOn").asString()).as("the won deal's close date").isNotBlank();
        assertThat(pilot.get("finalValue").get("amount").asString()).isEqualTo("15000.00");
        assertThat(listed.get("deals").valueStream().allMatch(d -> d.has("expectedCloseOn"))).isTrue();

        JsonNode f = cli.json("report", "forecast");
        assertThat(f.get("undatedDeals").asInt()).isEqualTo(1);
        assertThat(f.get("undatedWeighted").get("amount").asString()).as("8000 × 10 %").isEqualTo("800.00");
        assertThat(f.get("months").get(0).get("won").get("amount").asString()).isEqualTo("15000.00");

        assertThat(cli.run("report", "lost").out()).contains("Other", "Went with a bundle").doesNotContain("other currencies");
        assertThat(cli.run("report", "lost", "--from", "2026-01-01", "--to", "2026-01-31").out()).as("which period: it said \"the period\"")
                .contains("No deal was lost from 2026-01-01 to 2026-01-31.");
    }

    /** Days with a fraction are written as the user's locale writes numbers ("0,0 days" in German; "23.5 days" stood beside "42.660,87 €"). */
    @Test
    void daysAreWrittenInTheUsersNumbers() {
        CliRunner german = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW, java.util.Locale.GERMANY);
        assertThat(german.run("report", "velocity").out()).contains("Sales cycle 0,0 days");
        assertThat(cli.run("report", "velocity").out()).contains("Sales cycle 0.0 days");
    }

    /**
     * A velocity whose cycle rests on fewer than half the wins is said to be rough (a cycle of two same-day wins of eight made
     * "€682,133 a day", quoted as it stood); and a period with nothing closed prints no empty tables (six blank lines).
     */
    @Test
    void aVelocityFromFewTimedWinsIsSaidToBeRough() {
        CliRunner few = new CliRunner(dir.resolve("few.db"), Fixtures.NOW);
        few.addDeal("Open one", "--value", "1000");
        for (String title : List.of("Backdated A", "Backdated B", "Today")) {
            String id = few.addDeal(title, "--value", "5000");
            List<String> move = new java.util.ArrayList<>(List.of("move", id, "--to", "won", "--override", "Signed"));
            if (title.startsWith("Backdated")) {
                move.addAll(List.of("--close-date", "2026-03-01")); // before it was added: left out of the cycle
            }
            assertThat(few.run(move.toArray(String[]::new)).exit()).isZero();
        }
        assertThat(few.run("report", "velocity").out()).contains("The sales cycle rests on 1 of 3 won deals, so the velocity is a rough figure.");
        assertThat(few.json("report", "velocity").get("velocityRough").asBoolean()).isTrue();
        assertThat(cli.json("report", "velocity").get("velocityRough").asBoolean()).isFalse();
        String empty = few.run("report", "velocity", "--from", "2025-01-01", "--to", "2025-01-20").out();
        assertThat(empty).doesNotContain("\n\n").contains("Won 0, lost 0");
    }

    /** Open deals without an expected close date: the forecast said "No open or won deals." and then that there were two. */
    @Test
    void aForecastOfOpenDealsWithoutCloseDatesSaysWhyItHasNoMonth() throws Exception {
        CliRunner empty = new CliRunner(dir.resolve("undated.db"), Fixtures.NOW);
        empty.json("deals", "add", "--title", "Pilot", "--contact", "Ida Berg", "--value", "12500");
        empty.json("deals", "add", "--title", "Rollout", "--contact", "Bo Lund", "--value", "4000");
        String forecast = empty.run("report", "forecast").out();
        assertThat(forecast).contains("No month to show: no open deal has an expected close date, and none was won.",
                "2 open deals have no expected close date").doesNotContain("No open or won deals");
        // Its CSV row is named and written as a month's (",2,4125.00,,0,0,EUR": no month, no unweighted value, "0" for 0.00).
        java.nio.file.Path csv = dir.resolve("forecast.csv");
        assertThat(empty.run("report", "forecast", "--csv", csv.toString()).exit()).isZero();
        assertThat(java.nio.file.Files.readAllLines(csv)).last().isEqualTo("\"no close date\",2,1650.00,16500.00,0,0.00,GBP");
    }

    /** An open deal without a value: the forecast said it was "weighted €0.00", as if its stage weighed it at nothing. */
    @Test
    void anUndatedDealWithoutAValueIsSaidToHaveNone() throws Exception {
        CliRunner some = new CliRunner(dir.resolve("novalue.db"), Fixtures.NOW);
        some.json("deals", "add", "--title", "Pilot", "--contact", "Ida Berg");
        assertThat(some.run("report", "forecast").out()).contains("1 open deal has no expected close date (no value either).");
        some.json("deals", "add", "--title", "Rollout", "--contact", "Bo Lund", "--value", "4000");
        some.json("deals", "add", "--title", "Pilot 2", "--contact", "Cy Dahl");
        assertThat(some.run("report", "forecast").out())
                .contains("3 open deals have no expected close date (weighted \u00A3400.00; 2 have no value).");
        assertThat(some.json("report", "forecast").get("undatedWithoutValue").asInt()).isEqualTo(2);
    }

    @Test
    void aLostDealInAnotherCurrencyIsCountedAndItsValueSaidToBeLeftOut() {
        String dollars = cli.json("deals", "add", "--title", "US rollout", "--contact", "Bo Lund", "--value", "9000", "--currency", "USD")
                .get("id").asString();
        assertThat(cli.run("move", dollars, "--to", "lost", "--lost-reason", "other", "--lost-note", "Went with a bundle").exit()).isZero();
        String forecast = cli.run("report", "forecast", "--currency", "SEK").out();
        assertThat(forecast).contains("No open or won deals in SEK.", " in other currencies than SEK left out; --currency CODE shows them.");
        JsonNode l = cli.json("report", "lost");
        assertThat(l.get("reasons").get(0).get("deals").asInt()).isEqualTo(2);
        assertThat(l.get("reasons").get(0).get("value").get("amount").asString()).as("the first deal's value alone").isEqualTo("4000.00");
        assertThat(l.get("otherCurrencies").asInt()).isEqualTo(1);
        assertThat(cli.run("report", "lost").out())
                .contains("1 lost deal in other currencies than " + l.get("currency").asString() + " counted, their value left out.");
        // A reason whose every deal is in another currency says so (it read "—" where the same deal read "+ 1 in other currencies").
        String usdOnly = cli.json("deals", "add", "--title", "US pilot", "--contact", "Cy Dahl", "--value", "500", "--currency", "USD")
                .get("id").asString();
        assertThat(cli.run("move", usdOnly, "--to", "lost", "--lost-reason", "no-budget").exit()).isZero();
        assertThat(cli.run("report", "lost").out().lines().filter(line -> line.startsWith("No budget")))
                .singleElement().satisfies(line -> assertThat(line).endsWith("1 in other currencies"));
    }

    @Test
    void ownerAndSourceFiltersCountOnlyTheDealsTheyLetThrough() {
        cli.run("deals", "edit", won, "--owner", "Ola Nordmann <ola@nordwind.example>");
        // The table names each owner as the team named them, as the Reports page does (it showed the address).
        assertThat(cli.run("report", "velocity").out()).contains("Ola Nordmann").doesNotContain("ola@nordwind.example");
        assertThat(cli.run("deals", "edit", lost, "--source", "cold-email").exit()).isZero();
        // Ola owns the won deal only: 1 won, nothing lost, no open deal.
        JsonNode v = cli.json("report", "velocity", "--owner", "OLA@nordwind.example");
        assertThat(v.get("won").asInt()).isEqualTo(1);
        assertThat(v.get("lost").asInt()).isZero();
        assertThat(v.get("openDeals").asInt()).isZero();
        // Source "Cold email" (as the label reads): the lost deal alone entered Lead and was lost.
        JsonNode stages = cli.json("report", "funnel", "--period", "month", "--source", "Cold email").get("stages");
        assertThat(stages.get(0).get("entered").asInt()).isEqualTo(1);
        assertThat(stages.get(3).get("entered").asInt()).isZero();
        // Nobody owns the lost deal and the open one; the two filters combine.
        assertThat(cli.json("report", "lost", "--owner", "nobody", "--source", "cold-email").get("reasons").get(0).get("deals").asInt()).isEqualTo(1);
        assertThat(cli.json("report", "lost", "--owner", "ola@nordwind.example").get("reasons")).isEmpty();
        assertThat(cli.json("report", "forecast", "--owner", "nobody").get("undatedDeals").asInt()).isEqualTo(1);
        CliRunner.Result bad = cli.run("report", "funnel", "--owner", "not an email");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        // A misspelt source or industry gave a report of zeros and exit 0.
        CliRunner.Result misspelt = cli.run("report", "velocity", "--source", "referal");
        assertThat(misspelt.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(misspelt.err()).contains("--source: 'referal' is not a lead source; the sources are website, ");
        String org = cli.json("contacts", "add", "--name", "Kim", "--org", "Nordwind").get("contact").get("organization").get("id").asString();
        assertThat(cli.run("orgs", "edit", org, "--industry", "Retail").exit()).isZero();
        CliRunner.Result industry = cli.run("report", "velocity", "--industry", "Retial", "--csv", dir.resolve("v.csv").toString(),
                "--png", dir.resolve("v.png").toString());
        assertThat(industry.err().lines().filter(l -> l.startsWith("No organization has the industry \"Retial\": is it written right? "
                + "(the industries are Retail)")).count()).as("said once").isEqualTo(1);
        assertThat(cli.run("report", "velocity", "--industry", "RETAIL").err()).doesNotContain("No organization has the industry");
    }

    @Test
    void pngDrawsTheChartOfTheReportAsked() throws Exception {
        java.util.List<Object[]> asked = new java.util.ArrayList<>();
        WindowLauncher drawing = new WindowLauncher() {
            @Override
            public int open(Path database, java.util.function.Consumer<String> tell) {
                throw new AssertionError("the window must not open");
            }

            @Override
            public com.funnelboard.service.ReportPng.Picture drawChart(com.funnelboard.service.ReportChart chart,
                    com.funnelboard.service.ReportService reports, com.funnelboard.service.ReportService.Period period, String currency,
                    com.funnelboard.domain.ReportFilter filter) {
                asked.add(new Object[] {chart, period, currency, filter, reports.velocity(period, currency, filter).overall().won()});
                return new com.funnelboard.service.ReportPng.Picture(3, 2, new int[] {0xffff0000, 0xff00ff00, 0xff0000ff, -1, -1, 0xff000000});
            }
        };
        picocli.CommandLine cmd = RootCommand.commandLine(cli.db(), drawing, java.time.Clock.fixed(Fixtures.NOW, CliRunner.BERLIN), java.util.Locale.UK);
        java.io.StringWriter out = new java.io.StringWriter();
        cmd.setOut(new java.io.PrintWriter(out, true));
        cmd.setErr(new java.io.PrintWriter(new java.io.StringWriter(), true));
        Path png = dir.resolve("win rates.png");
        Path csv = dir.resolve("win rates.csv");
        int exit = cmd.execute("--db", cli.db().toString(), "--json", "report", "winrate", "--period", "year", "--owner", "nobody", "--png", png.toString(),
                "--csv", csv.toString());
        assertThat(exit).as(out.toString()).isZero();
        // The chart of the report asked for, with its period, currency and filter; the reports read through the database.
        assertThat(asked).hasSize(1);
        assertThat(asked.getFirst()[0]).isEqualTo(com.funnelboard.service.ReportChart.WIN_RATE);
        assertThat(((com.funnelboard.service.ReportService.Period) asked.getFirst()[1]).first().getDayOfYear()).isEqualTo(1);
        assertThat(asked.getFirst()[2]).as("the database's currency (UK locale)").isEqualTo("GBP");
        assertThat(((com.funnelboard.domain.ReportFilter) asked.getFirst()[3]).owner()).isEqualTo(com.funnelboard.domain.OwnerFilter.NOBODY);
        assertThat(asked.getFirst()[4]).as("nobody owns the deals the commands added: one of them won").isEqualTo(1);
        java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(3);
        assertThat(read.getHeight()).isEqualTo(2);
        assertThat(read.getRGB(1, 0)).isEqualTo(0xff00ff00);
        JsonNode doc = CliRunner.JSON.readTree(out.toString());
        assertThat(doc.get("png").asString()).isEqualTo(png.toAbsolutePath().toString());
        assertThat(doc.get("width").asInt()).isEqualTo(3);
        assertThat(doc.get("rows").asInt()).as("the table too").isPositive();
        assertThat(java.nio.file.Files.readString(csv)).contains("owner");
        // Never onto the open database.
        long size = java.nio.file.Files.size(cli.db());
        assertThat(cmd.execute("--db", cli.db().toString(), "report", "funnel", "--png", cli.db().toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(java.nio.file.Files.size(cli.db())).isEqualTo(size);
        // A folder is not a file to write: a sentence, nothing written.
        CliRunner.Result folder = cli.run("report", "funnel", "--csv", dir.toString());
        assertThat(folder.exit()).as(folder.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(folder.err()).contains("is a folder, not a file").contains("export.csv").doesNotContain("database");
        // Where nothing can draw (no desktop toolkit), a sentence and no file.
        CliRunner.Result none = cli.run("report", "funnel", "--png", dir.resolve("none.png").toString());
        assertThat(none.exit()).isEqualTo(ExitCodes.IO);
        assertThat(none.err()).contains("desktop toolkit");
        assertThat(dir.resolve("none.png")).doesNotExist();
    }

    @Test
    void aBadPeriodIsRefusedInASentence() {
        CliRunner.Result r = cli.run("report", "funnel", "--from", "2026-03-10", "--to", "2026-03-01");
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("ends", "before it starts");
        assertThat(cli.run("report", "funnel", "--period", "decade").err()).contains("not month, quarter, year, last-month, last-quarter or last-year");
        // The last whole quarter before today (2026-03-12).
        JsonNode last = cli.json("report", "funnel", "--period", "last-quarter");
        assertThat(last.get("from").asString()).isEqualTo("2025-10-01");
        assertThat(last.get("to").asString()).isEqualTo("2025-12-31");
    }

    @Test
    void thePipelineHoldsTheOpenDealsAtTheEndOfEachWeek() {
        JsonNode p = cli.json("report", "pipeline", "--period", "month");
        JsonNode last = p.get("points").get(p.get("points").size() - 1);
        assertThat(last.get("lead").get("deals").asInt()).as("Renewal").isEqualTo(1);
        assertThat(last.get("total").get("amount").asString()).isEqualTo("8000.00");
        assertThat(cli.run("report", "pipeline").out()).contains("WEEK ENDING", "LEAD", "OPPORTUNITY");
        // A deal in dollars added today is left out of this month's weeks, and was in none of last quarter's: said of this month
        // only (it was said of every period, as open deals today).
        cli.json("deals", "add", "--title", "US pilot", "--contact", "Cy Dahl", "--value", "500", "--currency", "USD");
        assertThat(cli.json("report", "pipeline", "--period", "month").get("otherCurrencies").asInt()).isEqualTo(1);
        assertThat(cli.run("report", "pipeline", "--period", "month").out()).contains("An open deal in another currency is left out of a week's figures.");
        assertThat(cli.json("report", "pipeline", "--period", "last-quarter").get("otherCurrencies").asInt()).isZero();
        assertThat(cli.run("report", "pipeline", "--period", "last-quarter").out()).doesNotContain("another currency");
    }

    @Test
    void csvFilesHoldTheTablesWithCellsThatLookLikeFormulasQuoted() throws Exception {
        String formula = cli.json("deals", "add", "--title", "Sheet", "--contact", "Eve Ng", "--value", "100", "--source", "event")
                .get("id").asString();
        cli.run("move", formula, "--to", "lost", "--lost-reason", "other", "--lost-note", "=HYPERLINK(\"http://x.example\",\"a, b\")");
        Path lost = dir.resolve("lost.csv");
        CliRunner.Result r = cli.run("report", "lost", "--csv", lost.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Wrote the lost reasons", "lost.csv");
        List<List<String>> rows = read(lost);
        assertThat(rows.getFirst()).containsExactly("reason", "deals", "value", "currency", "note", "deals_in_other_currencies");
        assertThat(rows).contains(List.of("other", "2", "4100.00", "GBP", "", "0"), List.of("other", "", "", "", "Went with a bundle", ""),
                List.of("other", "", "", "", "'=HYPERLINK(\"http://x.example\",\"a, b\")", ""));

        Path velocity = dir.resolve("velocity.csv");
        assertThat(cli.run("report", "velocity", "--csv", velocity.toString()).exit()).isEqualTo(ExitCodes.OK);
        List<List<String>> rates = read(velocity);
        assertThat(rates.getFirst()).containsExactly("by", "group", "won", "lost", "win_rate", "average_deal_size", "cycle_days", "open_deals",
                "velocity_per_day", "currency");
        // The first row holds the page's figures too, as --json says them.
        JsonNode figures = cli.json("report", "velocity");
        java.util.function.Function<JsonNode, String> amount = m -> m == null || m.isNull() ? "" : m.get("amount").asString();
        assertThat(rates.get(1)).containsExactly("all", "all", "1", "2", "0.3333", amount.apply(figures.get("averageDealSize")),
                figures.get("cycleDays").isNull() ? "" : String.format(java.util.Locale.ROOT, "%.1f", figures.get("cycleDays").asDouble()),
                figures.get("openDeals").asString(), amount.apply(figures.get("velocityPerDay")), "GBP");
        assertThat(rates.get(1).get(5)).as("an average deal size").isNotEmpty();
        assertThat(rates).contains(List.of("source", "event", "0", "1", "0.0000", "", "", "", "", ""));

        Path funnel = dir.resolve("funnel.csv");
        cli.run("report", "funnel", "--period", "month", "--csv", funnel.toString());
        assertThat(read(funnel).get(1)).startsWith("lead", "4");
        for (String report : new String[] {"forecast", "pipeline"}) {
            Path f = dir.resolve(report + ".csv");
            assertThat(cli.run("report", report, "--csv", f.toString()).exit()).as(report).isEqualTo(ExitCodes.OK);
            assertThat(read(f).size()).as(report).isGreaterThan(1);
        }
        // A reason whose only loss is in another currency has no value in this one: not "0.00" beside the deal counted.
        String dollars = cli.json("deals", "add", "--title", "Dollars", "--contact", "Sam Ng", "--value", "15000", "--currency", "USD")
                .get("id").asString();
        cli.run("move", dollars, "--to", "lost", "--lost-reason", "bad-timing");
        assertThat(cli.run("report", "lost", "--csv", lost.toString()).exit()).isEqualTo(ExitCodes.OK);
        assertThat(read(lost)).contains(List.of("bad-timing", "1", "", "GBP", "", "1"));
        JsonNode timing = java.util.stream.StreamSupport.stream(cli.json("report", "lost").get("reasons").spliterator(), false)
                .filter(j -> j.get("reason").asString().equals("bad-timing")).findFirst().orElseThrow();
        assertThat(timing.get("value").isNull()).isTrue();
        assertThat(timing.get("dealsInOtherCurrencies").asInt()).isEqualTo(1);
        assertThat(cli.run("report", "lost").out()).containsPattern("Bad timing\\s+1\\s+1 in other currencies\n");
    }

    @Test
    void aCsvIsNeverWrittenOntoTheOpenDatabase() throws Exception {
        Path db = dir.resolve("pipeline.db");
        byte[] before = java.nio.file.Files.readAllBytes(db);
        CliRunner.Result r = cli.run("report", "funnel", "--csv", dir.resolve("./pipeline.db").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("is the open database");
        assertThat(java.nio.file.Files.readAllBytes(db)).isEqualTo(before);
        assertThat(cli.run("report", "funnel", "--csv", dir.resolve("pipeline.db-wal").toString()).exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    private static List<List<String>> read(Path csv) throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        tools.jackson.dataformat.csv.CsvMapper mapper = new tools.jackson.dataformat.csv.CsvMapper();
        try (tools.jackson.databind.MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(tools.jackson.dataformat.csv.CsvReadFeature.WRAP_AS_ARRAY).readValues(csv.toFile())) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
