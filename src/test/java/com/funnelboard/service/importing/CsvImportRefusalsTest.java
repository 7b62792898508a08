package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file is refused with its row, and nothing of it is written. */
class CsvImportRefusalsTest {

    /** Small chunks, so a small file crosses chunk boundaries. */
    static final int CHUNK = 300;

    @TempDir
    Path dir;

    Store store;
    CsvImport csv;

    @BeforeEach
    void setUp() {
        store = Fixtures.store(dir);
        csv = new CsvImport(store, Locale.UK, () -> "EUR", new DuplicateFinder("DE"), CHUNK);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path file(String name, String text) throws Exception {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportResult run(Path p) {
        return csv.run(p, ImportOptions.defaults(), (b, s, n) -> {}, () -> false);
    }

    private String refusal(Path p) {
        long before = changeSets();
        try {
            run(p);
        } catch (ImportRefusedException e) {
            assertThat(changeSets()).as("nothing written").isEqualTo(before);
            assertThat(contacts()).isZero();
            return e.getMessage();
        }
        throw new AssertionError("not refused: " + p);
    }

    private long contacts() {
        return store.read(r -> r.contactProfiles().list(null, Integer.MAX_VALUE).size());
    }

    private List<String> names() {
        return store.read(r -> r.contactProfiles().list(null, Integer.MAX_VALUE).stream().map(c -> c.name()).toList());
    }

    private long changeSets() {
        return store.read(r -> r.changeLog().latest(100).size());
    }

    @Test
    void anEmptyFile() throws Exception {
        assertThat(refusal(file("empty.csv", ""))).isEqualTo("The file empty.csv is empty.");
    }

    @Test
    void aWorkbookAnArchiveAPdfOrADatabaseIsNamedWithWhatToDo() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        Path xlsx = file("Leads.XLSX", zip.toByteArray());
        assertThat(refusal(xlsx)).startsWith("The file Leads.XLSX is a spreadsheet workbook, not CSV text: save it as CSV")
                .contains("CSV UTF-8");
        assertThat(Files.readAllBytes(xlsx)).as("the file is left as it was").isEqualTo(zip.toByteArray());
        assertThat(refusal(file("leads.zip", zip.toByteArray()))).startsWith("The file leads.zip is a ZIP archive");
        byte[] xls = new byte[600];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, xls, 0, 8);
        assertThat(refusal(file("leads.xls", xls))).startsWith("The file leads.xls is an Excel 97–2003 workbook (.xls)");
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(gz)) {
            g.write("Name,Email\nIda,ida@x.example\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusal(file("leads.csv.gz", gz.toByteArray()))).contains("is compressed (gzip)");
        assertThat(refusal(file("leads.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)))).contains("is a PDF document");
        Path db = dir.resolve("other.db");
        Store.open(db, Fixtures.CLOCK).close();
        assertThat(refusal(db)).contains("is a database file, not CSV text").contains("--db");
        Path share = Files.copy(db, dir.resolve("ida.funnel"));
        assertThat(refusal(share)).contains("is a share file").contains("Merge share file");
    }

    @Test
    void aFileWhoseMatchedColumnsNameNobodyIsRefusedNotReportedAsImported() throws Exception {
        // Greek headers: only the tags and the owner are recognised, nothing that names a record.
        String message = refusal(file("kommo.csv", "ID,Όνομα συμφωνίας,Ποσό,Tags,Responsible user\n1,Προμήθεια,15000,vip,anna@x.example\n"));
        assertThat(message).startsWith("No column of the file names a contact, an organization or a deal")
                .contains("ID (deal.external_id), Tags (tags)").contains("Nothing was imported");
        ImportOptions mapped = new ImportOptions(java.util.Map.of("Όνομα συμφωνίας", com.funnelboard.domain.importing.ImportField.DEAL_TITLE),
                java.util.Map.of(), ImportOptions.OnDuplicate.UPDATE, false, false, null);
        assertThat(csv.run(dir.resolve("kommo.csv"), mapped, (b, s, n) -> {}, () -> false).deals().created()).isEqualTo(1);
    }

    @Test
    void aFileOfMoreColumnsThanAnyExportHasIsRefusedBeforeItsHeadersAreMatched() throws Exception {
        StringBuilder wide = new StringBuilder("Name,Email");
        for (int i = 2; i <= CsvInput.MAX_COLUMNS; i++) {
            wide.append(",c").append(i);
        }
        wide.append("\nIda,ida@x.example").append(",".repeat(CsvInput.MAX_COLUMNS - 1)).append('\n');
        assertThat(refusal(file("wide.csv", wide.toString())))
                .isEqualTo("The file wide.csv has 10,001 columns in its first row; an import reads at most 10,000 (the widest exports of other "
                        + "programs have a few thousand); nothing was imported.");
        String atMost = wide.toString().replace(",c" + CsvInput.MAX_COLUMNS + "\n", "\n").replaceFirst(",\n$", "\n");
        assertThat(run(file("widest.csv", atMost)).contacts().created()).as("10,000 columns are read").isEqualTo(1);
    }

    @Test
    void aLineOfMillionsOfSeparatorsIsRefusedAsItIsRead() throws Exception {
        // A line of millions of separators is refused as it is read, not once its millions of values are made (1.5 GB of memory
        // for 25 million commas); a note of many commas in quotes, under the count, is read.
        String endless = "Name,Email\nIda,ida@x.example," + ",".repeat(GuardedReader.MAX_SEPARATORS) + "\n";
        assertThat(refusal(file("endless.csv", endless))).isEqualTo("In endless.csv, line 2: more than 100,000 separators on one line (an "
                + "import reads at most 10,000 columns); nothing was imported.");
        String commas = "Name,Email,Notes\nIda,ida@x.example,\"" + ",".repeat(50_000) + "\"\n";
        assertThat(run(file("commas.csv", commas)).contacts().created()).isEqualTo(1);
    }

    @Test
    void aBinaryFile() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThat(refusal(file("photo.csv", png))).contains("photo.csv").contains("binary file");
    }

    @Test
    void nulBytesInTheMiddleOfTheFile() throws Exception {
        StringBuilder b = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 5_000; i++) {
            b.append("P").append(i).append(",p").append(i).append("@x.example\n");
        }
        b.append("Bad\0Row,x@x.example\n");
        assertThat(refusal(file("nul.csv", b.toString()))).contains("line 5002").contains("NUL");
    }

    @Test
    void raggedRows() throws Exception {
        assertThat(refusal(file("ragged.csv", "Name,Email\nIda,ida@x.example\nBo,bo@x.example,extra\n")))
                .isEqualTo("In ragged.csv, row 3: 3 values where the header has 2 (a missing or extra delimiter, or an unclosed quote above it).");
    }

    /**
     * Told to skip the rows that do not parse, the import skips a ragged row as one of them and imports the rest. A row
     * that ends early (its empty last fields left out, as Outlook writes them) is a row, its missing values empty; so is one
     * with empty values past the last column. A row of more values than the header, or a lone value, is ragged.
     */
    @Test
    void raggedRowsAreSkippedWithTheRowsThatDoNotParseWhenAsked() throws Exception {
        Path p = file("ragged.csv", "Name,Email,Company,Notes\nAda,ada@x.example,ACo,note\nBo,bo@x.example,BCo\nCy,cy@x.example,CCo,n,extra\n"
                + "Di,di@x.example,DCo,,,\nEd\nFay,fay@x.example\n");
        byte[] before = Files.readAllBytes(p);
        ImportResult r = csv.run(p, new ImportOptions(java.util.Map.of(), java.util.Map.of(), null, false, true, null), (b, s, n) -> {}, () -> false);
        assertThat(p).as("the file is only read").hasBinaryContent(before);
        assertThat(r.failedRows()).isEqualTo(2);
        assertThat(r.problems()).extracting(com.funnelboard.domain.importing.ImportRow.Problem::row,
                com.funnelboard.domain.importing.ImportRow.Problem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, "5 values where the header has 4 (a missing or extra delimiter, or an unclosed quote above it)"),
                org.assertj.core.groups.Tuple.tuple(6L, "1 values where the header has 4 (a missing or extra delimiter, or an unclosed quote above it)"));
        assertThat(contacts()).isEqualTo(4);
        List<com.funnelboard.domain.ContactSummary> all = store.read(x -> x.contactProfiles().list(null, 10));
        assertThat(all).extracting(c -> c.name(), c -> c.email(), c -> c.organizationName()).contains(
                org.assertj.core.groups.Tuple.tuple("Bo", "bo@x.example", "BCo"), org.assertj.core.groups.Tuple.tuple("Fay", "fay@x.example", null));
    }

    @Test
    void unbalancedQuotes() throws Exception {
        assertThat(refusal(file("quotes.csv", "Name,Email\nIda,ida@x.example\n\"Bo,bo@x.example\nCy,cy@x.example\n")))
                .contains("row 3").contains("unbalanced quotes");
    }

    @Test
    void aLineOfWindows1252InAUtf8FileIsReadAsWindows1252AndNamed() throws Exception {
        StringBuilder b = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 3_000; i++) {
            b.append("Person ").append(i).append(",p").append(i).append("@x.example\n");
        }
        b.append("J\u00fcrgen M\u00fcller,juergen@x.example\n");
        byte[] head = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] latin = "Jos\u00e9 \u201EPepe\u201C,jose@x.example\n".getBytes(Charset.forName("windows-1252")); // é as one byte: not UTF-8
        byte[] all = new byte[head.length + latin.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(latin, 0, all, head.length, latin.length);
        ImportResult r = run(file("mixed.csv", all));
        assertThat(r.imported()).isTrue();
        assertThat(r.format()).isEqualTo("UTF-8, commas, header row; line 3,003 read as Windows-1252");
        assertThat(names()).contains("Jos\u00e9 \u201EPepe\u201C", "J\u00fcrgen M\u00fcller");
    }

    @Test
    void excelForMacsCsvWithLinesEndedByCrIsReadAsMacRoman() throws Exception {
        byte[] mac = "Name,Company,Email\rHans M\u00fcller,M\u00fcller K\u00e4se,hans@kaese.example\rJos\u00e9 Pe\u00f1a,Caf\u00e9 \u00c8re,jose@x.example\r"
                .getBytes(Charset.forName("x-MacRoman"));
        CsvImport.Preview p = csv.preview(file("mac.csv", mac), ImportOptions.defaults(), 5);
        assertThat(p.format()).startsWith("x-MacRoman, commas");
        assertThat(p.rows()).extracting(row -> row.contact().name()).containsExactly("Hans M\u00fcller", "Jos\u00e9 Pe\u00f1a");
        assertThat(p.rows().get(1).organization().name()).isEqualTo("Caf\u00e9 \u00c8re");
    }

    @Test
    void aMostlyUtf8SampleWithWindows1252LinesIsNotReadWhollyAsWindows1252() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("Name;E-mail\nJ\u00fcrgen M\u00fcller;j@x.example\nZo\u00eb \u00c5se;z@x.example\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 7; i++) {
            out.writeBytes(("Ren\u00e9e " + i + ";r" + i + "@x.example\n").getBytes(cp1252));
        }
        out.writeBytes("\u00d8ystein \uD83D\uDE00;o@x.example\n".getBytes(StandardCharsets.UTF_8));
        CsvImport.Preview p = csv.preview(file("pasted.csv", out.toByteArray()), ImportOptions.defaults(), 20);
        assertThat(p.format()).isEqualTo("UTF-8, semicolons, header row; 7 lines (4, 5, 6, 7, 8, …) read as Windows-1252");
        assertThat(p.rows()).extracting(row -> row.contact().name()).containsExactly("J\u00fcrgen M\u00fcller", "Zo\u00eb \u00c5se",
                "Ren\u00e9e 0", "Ren\u00e9e 1", "Ren\u00e9e 2", "Ren\u00e9e 3", "Ren\u00e9e 4", "Ren\u00e9e 5", "Ren\u00e9e 6",
                "\u00d8ystein \uD83D\uDE00");
    }

    @Test
    void aByteNeitherUtf8NorWindows1252LaterInTheFile() throws Exception {
        StringBuilder b = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 3_000; i++) {
            b.append("Person ").append(i).append(",p").append(i).append("@x.example\n");
        }
        byte[] head = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] latin = "Jos?,jose@x.example\n".getBytes(StandardCharsets.ISO_8859_1);
        latin[3] = (byte) 0x81; // neither a UTF-8 character nor one of Windows-1252
        byte[] all = new byte[head.length + latin.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(latin, 0, all, head.length, latin.length);
        Path f = file("mixed.csv", all);
        assertThat(refusal(f)).contains("line 3002").contains("not UTF-8 text");
        assertThat(Files.readAllBytes(f)).as("the file is left as it was").isEqualTo(all);
    }

    @Test
    void aFileOverOneGigabyte() throws Exception {
        Path big = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(CsvInput.MAX_BYTES + 1); // sparse: takes no space
        }
        assertThat(refusal(big)).startsWith("The file huge.csv is larger than 1 GB");
    }

    @Test
    void aHeaderOnlyFile() throws Exception {
        assertThat(refusal(file("header.csv", "Name,Email,Phone\n"))).isEqualTo("The file header.csv has a header row but no data rows; nothing was imported.");
    }

    @Test
    void aValueThatDoesNotParseNamesItsRowAndColumnAndWritesNothing() throws Exception {
        StringBuilder b = new StringBuilder("Name,Email,Amount,Deal Name\n");
        for (int i = 0; i < 4_500; i++) { // more than two chunks are written before the bad row is read
            b.append("P").append(i).append(",p").append(i).append("@x.example,10,D").append(i).append('\n');
        }
        b.append("Bad,bad@x.example,twelve,D\n");
        ImportResult r = run(file("values.csv", b.toString()));
        assertThat(r.imported()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4_502);
            assertThat(p.column()).isEqualTo("Amount");
            assertThat(p.reason()).contains("not an amount: \"twelve\"");
        });
        assertThat(contacts()).isZero();
        assertThat(changeSets()).isZero();
    }

    @Test
    void aCancelledImportLeavesTheDatabaseAsItWas() throws Exception {
        StringBuilder b = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 2 * CHUNK + 500; i++) { // cancelled after the first chunk is written
            b.append("P").append(i).append(",p").append(i).append("@x.example\n");
        }
        Path p = file("long.csv", b.toString());
        long[] seen = {0};
        assertThatThrownBy(() -> csv.run(p, ImportOptions.defaults(), (bytes, size, rows) -> seen[0] = rows, () -> seen[0] >= CHUNK))
                .isInstanceOf(CancellationException.class);
        assertThat(contacts()).isZero();
        assertThat(changeSets()).isZero();
    }

    /** A file within one chunk is asked too, before the commit: Cancel did nothing on it (nor on the last chunk of any file). */
    @Test
    void aCancelAskedDuringTheLastChunkStopsTheImport() throws Exception {
        Path p = file("short.csv", "Name,E-mail\nAda,ada@x.example\nBo,bo@x.example\n");
        assertThatThrownBy(() -> csv.run(p, ImportOptions.defaults(), (bytes, size, rows) -> {}, () -> true))
                .isInstanceOf(CancellationException.class).hasMessage("The import of short.csv was cancelled; nothing was imported.");
        assertThat(contacts()).isZero();
        assertThat(changeSets()).isZero();
    }

    @Test
    void encodingsAndDelimitersAreDetected() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] utf16 = "\uFEFFName\tE-mail\nJos\u00e9 M\u00fcller\tjose@x.example\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(csv.preview(file("u16.csv", utf16), ImportOptions.defaults(), 5).rows().getFirst().contact().name())
                .isEqualTo("Jos\u00e9 M\u00fcller");
        byte[] win = "Name;E-mail\nJos\u00e9 M\u00fcller;jose@x.example\n".getBytes(cp1252);
        CsvImport.Preview preview = csv.preview(file("win.csv", win), ImportOptions.defaults(), 5);
        assertThat(preview.format()).startsWith("windows-1252").contains("semicolons");
        assertThat(preview.rows().getFirst().contact().name()).isEqualTo("Jos\u00e9 M\u00fcller");
        assertThat(preview.rows().getFirst().contact().emails()).isEqualTo(List.of("jose@x.example"));
    }
}
