package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report tables as CSV: quoting by the CSV module, formula-looking cells of typed text neutralized, never onto the database. */
class ReportCsvTest {

    @TempDir
    Path dir;

    @Test
    void typedCellsThatASpreadsheetWouldRunGetAQuoteAndOnlyThose() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            Path file = dir.resolve("out.csv");
            List<List<String>> rows = List.of(List.of("-5", "=1+2"), List.of("+7", "+31 20 555"), List.of("x", "@SUM(A1)"),
                    List.of("y", "-2"), List.of("z", "\ttab"), List.of("w", "a \"quoted\", comma\nand a line"), List.of("v", "plain"));
            int n = new ReportService(store, java.time.ZoneOffset.UTC).writeCsv(file, new ReportTable(List.of("number", "note"), rows, Set.of(1)));
            assertThat(n).isEqualTo(7);
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFnumber,note\r\n"
                    + "-5,\"'=1+2\"\r\n"
                    + "\"+7\",\"'+31 20 555\"\r\n"
                    + "x,\"'@SUM(A1)\"\r\n"
                    + "y,\"'-2\"\r\n"
                    + "z,\"'\ttab\"\r\n"
                    + "w,\"a \"\"quoted\"\", comma\nand a line\"\r\n"
                    + "v,plain\r\n");
        }
    }

    /** For a spreadsheet where numbers take a decimal comma: semicolons between columns, its comma in the app's numbers only. */
    @Test
    void theSpreadsheetFormHasSemicolonsAndDecimalCommasInNumbersOnly() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            Path file = dir.resolve("de.csv");
            List<List<String>> rows = List.of(List.of("Lead", "0.25", "12500.50", "3", "Met 1.5 hours; agreed"));
            new ReportService(store, java.time.ZoneOffset.UTC).writeCsv(file, new ReportTable(List.of("stage", "rate", "value", "deals", "note"),
                    rows, Set.of(4)), java.util.Locale.GERMANY);
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFstage;rate;value;deals;note\r\n"
                    + "Lead;0,25;12500,50;3;\"Met 1.5 hours; agreed\"\r\n");
            Path en = dir.resolve("en.csv");
            new ReportService(store, java.time.ZoneOffset.UTC).writeCsv(en, new ReportTable(List.of("rate"), List.of(List.of("0.25")), Set.of()),
                    java.util.Locale.US);
            assertThat(Files.readString(en, StandardCharsets.UTF_8)).as("where numbers take a point, the standard form").isEqualTo("\uFEFFrate\r\n0.25\r\n");
        }
    }

    @Test
    void theOpenDatabaseIsNeverOverwritten() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            byte[] before = Files.readAllBytes(store.file());
            ReportService reports = new ReportService(store, java.time.ZoneOffset.UTC);
            ReportTable t = new ReportTable(List.of("a"), List.of(List.of("1")), Set.of());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.writeCsv(store.file(), t))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("is the open database");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.writeCsv(dir.resolve("x/../" + store.file().getFileName()), t))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(Files.readAllBytes(store.file())).isEqualTo(before);
        }
    }
}
