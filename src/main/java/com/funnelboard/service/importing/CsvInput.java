package com.funnelboard.service.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read as a stream of rows, after looking at its first 64 KB: the encoding (UTF-8 with
 * or without its byte-order mark, UTF-16 either way round, else Windows-1252), the delimiter
 * (comma, semicolon or tab) and whether the first row is a header. Everything that makes a file
 * unreadable is refused with one sentence naming the row: an empty or header-only file, a binary
 * file, NUL bytes, bytes that are not text in the detected encoding, an unclosed quote, a row with
 * more or fewer values than the header, a file over {@link #MAX_BYTES}. Only one row is held at a
 * time (and the few read ahead, see {@link CsvLines}), so memory stays flat however long the file is.
 */
public final class CsvInput implements AutoCloseable {

    /** The largest file an import reads: 1 GiB (a million contacts take about 100 MB). */
    public static final long MAX_BYTES = 1L << 30;
    /** The longest value of one cell; longer ones are almost always an unclosed quote. */
    public static final int MAX_CELL = 1_000_000;
    static final int SAMPLE = 64 * 1024;

    /** How the file is written. */
    public record Format(Charset charset, boolean bom, char delimiter, boolean header) {
        public String describe() {
            return charset.displayName() + (bom ? " with BOM" : "") + ", " + switch (delimiter) {
                case ';' -> "semicolons";
                case '\t' -> "tabs";
                default -> "commas";
            } + (header ? ", header row" : ", no header row");
        }
    }

    private final Path file;
    private final long size;
    private final Format format;
    private final CountingStream counted;
    private final GuardedReader reader;
    /** The file's lines, with those read ahead of the last one returned. */
    private final CsvLines lines;
    private final List<String> headers;
    /** The most columns a file may have: matching a header to a field takes about 0.1 ms, so 100,000 columns took 10 s to refuse. */
    static final int MAX_COLUMNS = 10_000;
    /** The file row of the last row {@link #next} returned. */
    private long row;
    /** Whether only a report's footer is left. */
    private boolean ended;
    /** The lines read as a report's footer at the file's end, and not imported (said, as a row wrapped in quotes went unsaid). */
    private List<String> footer = List.of();
    /** Whether a row of too few or too many values is returned (for its row's problem) rather than refusing the file. */
    private boolean raggedRowsReturned;

    private CsvInput(Path file, long size, Format format, CountingStream counted, GuardedReader reader, CsvLines lines,
            List<String> headers) {
        this.file = file;
        this.size = size;
        this.format = format;
        this.counted = counted;
        this.reader = reader;
        this.lines = lines;
        this.headers = headers;
        this.row = format.header() ? 1 : 0;
    }

    /**
     * The format as {@link Format#describe()} says it, and the lines read so far whose bytes were
     * not UTF-8 and were read as Windows-1252: "UTF-8, commas, header row; line 3002 read as
     * Windows-1252".
     */
    public String describe() {
        String d = format.describe();
        if (!(reader.source() instanceof MixedUtf8Reader mixed) || mixed.fallbackLines() == 0) {
            return d;
        }
        long n = mixed.fallbackLines();
        List<String> lines = mixed.firstFallbackLines().stream().map(l -> String.format(java.util.Locale.ROOT, "%,d", l)).toList();
        return d + "; " + (n == 1 ? "line " + lines.getFirst() : String.format(java.util.Locale.ROOT, "%,d lines (", n)
                + String.join(", ", lines) + (n > lines.size() ? ", …)" : ")")) + " read as Windows-1252";
    }

    /**
     * Opens a file and reads its header (or first row).
     *
     * @param header true or false to say whether the first row is a header, null to detect it
     * @throws ImportRefusedException with one sentence when the file cannot be imported
     */
    public static CsvInput open(Path file, Boolean header) {
        return open(file, header, true, true);
    }

    /** Lines of one value each that may stand above a header (a title, notes), at most. */
    static final int PREAMBLE_LINES = 10;

    /**
     * @param preamble whether lines of one value above a header of several columns are skipped
     *     (LinkedIn's Connections.csv starts with notes, a Monday.com board with its title)
     */
    private static CsvInput open(Path file, Boolean header, boolean preamble) {
        return open(file, header, preamble, preamble);
    }

    /**
     * @param titleBlock whether a sheet's title block above its table is looked past: lines of several values none of which
     *     name fields ("Opportunities", "Instructions:" and a paragraph beside it), the header the first line below them whose
     *     values name at least two fields (the title line was taken as the header, and nothing could be imported)
     */
    private static CsvInput open(Path file, Boolean header, boolean preamble, boolean titleBlock) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ImportFile.Head read = ImportFile.head(file, name, SAMPLE);
        long size = read.size();
        byte[] head = read.bytes();
        Charset charset = ImportFile.marked(head);
        int bom = charset == null ? 0 : ImportFile.markLength(charset);
        if (charset == null) {
            charset = CsvSniffer.guess(head, name);
        }
        String sample = CsvSniffer.decodeSample(head, bom, charset, head.length == size);
        CsvSniffer.checkText(sample, name);
        // Excel writes "sep=;" as a first line to say the delimiter; the line itself is no row.
        java.util.regex.Matcher sep = java.util.regex.Pattern.compile("(?i)^sep=(.)\\s*(\\r?\\n|$)").matcher(sample);
        char quote = CsvSniffer.quote(sample);
        char delimiter = sep.find() ? sep.group(1).charAt(0) : CsvSniffer.delimiter(sample, quote);
        try {
            CountingStream counted = new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            counted.skipNBytes(bom);
            // Bytes the encoding cannot read become U+FFFD, which the reader refuses where it stands (its line).
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            // UTF-8 with a stray line of Windows-1252 is read, and that line named (see describe()).
            GuardedReader reader = new GuardedReader(charset == StandardCharsets.UTF_8 ? new MixedUtf8Reader(counted)
                    : new InputStreamReader(counted, decoder), name, charset).separatedBy(delimiter);
            CsvLines in = new CsvLines(reader, name, delimiter, quote, 1);
            String[] first = in.read();
            if (first == null) {
                close(in, file);
                throw new ImportRefusedException("The file " + name + " holds no rows.");
            }
            if (first[0].strip().equalsIgnoreCase("BEGIN:VCARD")) {
                close(in, file); // (before the lines above a header are looked for: a card's first lines would pass for them)
                throw new ImportRefusedException("This is a vCard file, not a CSV file: import it as vCards (File → Import…, or `funnelboard "
                        + "import vcard FILE`); nothing was imported.");
            }
            if (preamble && header == null && filled(first) <= 1) {
                for (int i = 0; i < PREAMBLE_LINES && first != null && filled(first) <= 1; i++) {
                    first = in.read();
                }
                if (first == null || filled(first) <= 1) {
                    close(in, file); // one column all the way: read it again from its first line
                    return open(file, header, false);
                }
            }
            if (titleBlock && header == null && TitleBlock.namedFields(first) < 2) {
                String[] below = TitleBlock.headerBelow(in, PREAMBLE_LINES);
                if (below == null) {
                    close(in, file); // no table under it: read again from its first line, as before
                    return open(file, header, preamble, false);
                }
                first = below;
            }
            if (first.length > MAX_COLUMNS) {
                close(in, file);
                throw new ImportRefusedException(String.format(java.util.Locale.ROOT,
                        "The file %s has %,d columns in its first row; an import reads at most %,d (the widest exports of other programs have a few thousand); nothing was imported.",
                        name, first.length, MAX_COLUMNS));
            }
            boolean isHeader = header != null ? header : CsvSniffer.looksLikeHeader(first);
            long firstRow = in.readRow() - 1; // the file row of the first row read (in counted from the 1 it was made with)
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < first.length; i++) {
                headers.add(isHeader ? first[i].strip() : "Column " + (i + 1));
            }
            // A header of two rows (groups over some columns, then every column's name): the second row is no data.
            String[] second = isHeader && header == null && filled(first) < first.length ? in.read() : null;
            long secondRow = in.readRow() - 1;
            List<String> twoRows = second == null ? null : CsvSniffer.twoRowHeader(first, second);
            CsvInput opened = new CsvInput(file, size, new Format(charset, bom > 0, delimiter, isHeader), counted, reader, in,
                    List.copyOf(twoRows != null ? twoRows : headers));
            opened.row = isHeader ? firstRow : firstRow - 1;
            in.countFrom(firstRow);
            if (!isHeader) {
                in.giveBack(new CsvLines.Line(firstRow, first)); // the first line is the first row
            }
            if (!isHeader) {
                // No header row: the columns whose first rows' values leave no doubt (e-mails, numbers, names) are matched by them.
                List<String[]> firstRows = new ArrayList<>();
                for (int i = 0; i < BY_VALUE_ROWS; i++) {
                    CsvLines.Line l = in.peek(i);
                    if (l == null) {
                        break;
                    }
                    firstRows.add(l.values());
                }
                opened.byValue = com.funnelboard.domain.importing.ColumnsByValue.guess(firstRows, headers.size());
            }
            if (second != null) {
                in.countFrom(secondRow);
                if (twoRows != null) {
                    opened.row = secondRow;
                } else {
                    in.giveBack(new CsvLines.Line(secondRow, second)); // the first row of data
                }
            }
            return opened;
        } catch (IOException e) {
            throw new ImportRefusedException("Cannot read " + name + ": " + e.getMessage());
        }
    }

    public Format format() {
        return format;
    }

    /** How many rows of a file without a header row its columns are matched by. */
    private static final int BY_VALUE_ROWS = 20;
    private List<com.funnelboard.domain.importing.ImportField> byValue = List.of();

    /**
     * The field of each column told from its first rows' values, for a file with no header row
     * ({@link com.funnelboard.domain.importing.ImportField#IGNORE} where they do not tell); empty
     * when the file has a header row.
     */
    public List<com.funnelboard.domain.importing.ImportField> fieldsByValue() {
        return byValue;
    }

    public List<String> headers() {
        return headers;
    }

    public long size() {
        return size;
    }

    /** Bytes read so far, for progress. */
    public long position() {
        return counted.count;
    }

    /** The file row of the last row {@link #next} returned (the header is row 1). */
    public long row() {
        return row;
    }

    /**
     * The next data row, as many values as the header has; null at the end. Blank lines are skipped.
     *
     * @throws ImportRefusedException when the rest of the file cannot be read as rows
     */
    public String[] next() {
        String[] r = read();
        return r == null || cellsRead == null ? r : cellsRead.apply(r);
    }

    /** What {@link #next} does to each row before it gives it (see {@link #readingCells}); null for nothing. */
    private java.util.function.UnaryOperator<String[]> cellsRead;

    /** Gives every row through {@code cells} first (the organizations file's names for its ids: see {@link OrganizationIds}). */
    public CsvInput readingCells(java.util.function.UnaryOperator<String[]> cells) {
        cellsRead = cells;
        return this;
    }

    private String[] read() {
        String name = file.getFileName().toString();
        CsvLines.Line line = ended ? null : lines.take();
        if (line == null) {
            return null;
        }
        String[] r = line.values();
        boolean afterBlank = line.row() > row + 1; // blank lines are skipped: a gap in the rows
        row = line.row();
        if (format.header() && isHeaderAgain(r)) {
            return read(); // the header again, as a board export writes it under each group's title
        }
        if (headers.size() > 2 && CsvSniffer.isTotal(r)) {
            return read(); // a report's total or subtotal ("Total", "", "25,750.00"): no record of its own
        }
        if (r.length != headers.size() || filled(r) <= 1 && headers.size() > 2 && format.header()) {
            if (filled(r) <= 1 && headers.size() > 1) {
                CsvLines.Line after = lines.peek(0);
                if (after != null && isHeaderAgain(after.values())) {
                    lines.take();
                    return read(); // a group's title and the header again (a Monday.com board's groups)
                }
                if (ReportFooter.footerLike(r, headers.size(), format.delimiter()) && (afterBlank || r.length != headers.size())
                        && ReportFooter.onlyFooterFollows(lines, headers.size(), format.delimiter())) {
                    footer = ReportFooter.lines(r, lines);
                    ended = true;
                    return null;
                }
                if (r.length == headers.size()) {
                    return r; // a row with one value (a name alone, an address alone) is a row
                }
            }
            String[] fitted = fitted(r);
            if (fitted != null) {
                return fitted;
            }
            if (raggedRowsReturned) {
                return r;
            }
            throw new ImportRefusedException(row, null, "In " + name + ", row " + row + ": " + com.funnelboard.domain.importing.RowParser.raggedRow(r.length, headers.size()) + ".");
        }
        shortRows.full();
        return r;
    }

    /**
     * Returns a row of too few or too many values as it is, for the import to skip as a row that does
     * not parse (when invalid rows are to be skipped), instead of refusing the whole file at it.
     */
    public CsvInput returningRaggedRows() {
        raggedRowsReturned = true;
        return this;
    }

    /**
     * A row that ends early, its last values left out (Outlook and other programs do not write a
     * row's empty trailing fields), with those values empty — as spreadsheets and CSV libraries read
     * it; a row with empty values past the header's last column, without them. Null for a row whose
     * values cannot be placed: one of more values than the header has, or a single value (a broken
     * line, or a report's footer, told apart above).
     */
    /** The rows read so far of the header's length, and those filled out for having fewer values. */
    private final ShortRows shortRows = new ShortRows();

    /**
     * Sentences on how the file was read that its rows' problems do not say: the lines at its end left out as a report's
     * footer, and a few rows of fewer values than the header among rows of its length (see {@link ShortRows}).
     */
    public List<String> readingNotes() {
        List<String> out = new java.util.ArrayList<>();
        if (!footer.isEmpty()) {
            out.add(ReportFooter.sentence(footer));
        }
        shortRows.sentence().ifPresent(out::add);
        return List.copyOf(out);
    }

    private String[] fitted(String[] r) {
        if (r.length < headers.size() && filled(r) >= 2) {
            shortRows.filledOut(row);
            String[] padded = java.util.Arrays.copyOf(r, headers.size());
            java.util.Arrays.fill(padded, r.length, padded.length, "");
            return padded;
        }
        if (r.length > headers.size() && filled(java.util.Arrays.copyOfRange(r, headers.size(), r.length)) == 0) {
            return java.util.Arrays.copyOf(r, headers.size());
        }
        return null;
    }

    private boolean isHeaderAgain(String[] r) {
        if (r.length != headers.size()) {
            return false;
        }
        for (int i = 0; i < r.length; i++) {
            if (!r[i].strip().equalsIgnoreCase(headers.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many values of a row are not blank. */
    static int filled(String[] r) {
        int n = 0;
        for (String v : r) {
            if (!v.isBlank()) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        close(lines, file);
    }

    private static void close(CsvLines lines, Path file) {
        try {
            lines.close();
        } catch (IOException e) {
            // reading is over either way
            org.slf4j.LoggerFactory.getLogger(CsvInput.class).debug("Closing {}", file, e);
        }
    }
}
