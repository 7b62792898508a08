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
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV file read as a stream of rows, after looking at its first 64 KB: the encoding (UTF-8 with
 * or without its byte-order mark, UTF-16 either way round, else Windows-1252), the delimiter
 * (comma, semicolon or tab) and whether the first row is a header. Everything that makes a file
 * unreadable is refused with one sentence naming the row: an empty or header-only file, a binary
 * file, NUL bytes, bytes that are not text in the detected encoding, an unclosed quote, a row with
 * more or fewer values than the header, a file over {@link #MAX_BYTES}. Only one row is held at a
 * time, so memory stays flat however long the file is.
 */
public final class CsvInput implements AutoCloseable {

    /** The largest file an import reads: 1 GiB (a million contacts take about 100 MB). */
    public static final long MAX_BYTES = 1L << 30;
    /** The longest value of one cell; longer ones are almost always an unclosed quote. */
    public static final int MAX_CELL = 1_000_000;
    static final int SAMPLE = 64 * 1024;
    private static final CsvMapper CSV = new CsvMapper(CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL).build()).build());

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
    private final MappingIterator<String[]> rows;
    private final List<String> headers;
    /** The most columns a file may have: matching a header to a field takes about 0.1 ms, so 100,000 columns took 10 s to refuse. */
    static final int MAX_COLUMNS = 10_000;
    /** Lines read ahead of the last one returned, with their file rows: none is ever dropped unread. */
    private final java.util.ArrayDeque<Line> ahead = new java.util.ArrayDeque<>();
    /** The file row of the last line read from the file. */
    private long readRow;
    /** The file row of the last row {@link #next} returned. */
    private long row;
    /** Whether only a report's footer is left. */
    private boolean ended;
    /** Whether a row of too few or too many values is returned (for its row's problem) rather than refusing the file. */
    private boolean raggedRowsReturned;

    private CsvInput(Path file, long size, Format format, CountingStream counted, GuardedReader reader, MappingIterator<String[]> rows,
            List<String> headers) {
        this.file = file;
        this.size = size;
        this.format = format;
        this.counted = counted;
        this.reader = reader;
        this.rows = rows;
        this.headers = headers;
        this.row = format.header() ? 1 : 0;
        this.readRow = row;
    }

    /** A line of the file: its row and values. */
    private record Line(long row, String[] values) {}

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
        return open(file, header, true);
    }

    /** Lines of one value each that may stand above a header (a title, notes), at most. */
    static final int PREAMBLE_LINES = 10;

    /**
     * @param preamble whether lines of one value above a header of several columns are skipped
     *     (LinkedIn's Connections.csv starts with notes, a Monday.com board with its title)
     */
    private static CsvInput open(Path file, Boolean header, boolean preamble) {
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
                    : new InputStreamReader(counted, decoder), name, charset);
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar(quote).withoutEscapeChar();
            MappingIterator<String[]> rows = CSV.readerFor(String[].class).with(schema).with(CsvReadFeature.WRAP_AS_ARRAY)
                    .readValues(reader);
            CsvInput in = new CsvInput(file, size, new Format(charset, bom > 0, delimiter, true), counted, reader, rows, List.of());
            String[] first = in.read(name);
            if (first == null) {
                in.close();
                throw new ImportRefusedException("The file " + name + " holds no rows.");
            }
            if (first[0].strip().equalsIgnoreCase("BEGIN:VCARD")) {
                in.close(); // (before the lines above a header are looked for: a card's first lines would pass for them)
                throw new ImportRefusedException("This is a vCard file, not a CSV file: import it as vCards (File → Import…, or `funnelboard "
                        + "import vcard FILE`); nothing was imported.");
            }
            if (preamble && header == null && filled(first) <= 1) {
                for (int i = 0; i < PREAMBLE_LINES && first != null && filled(first) <= 1; i++) {
                    first = in.read(name);
                }
                if (first == null || filled(first) <= 1) {
                    in.close(); // one column all the way: read it again from its first line
                    return open(file, header, false);
                }
            }
            if (first.length > MAX_COLUMNS) {
                in.close();
                throw new ImportRefusedException(String.format(java.util.Locale.ROOT,
                        "The file %s has %,d columns in its first row; an import reads at most %,d (the widest exports of other programs have a few thousand); nothing was imported.",
                        name, first.length, MAX_COLUMNS));
            }
            boolean isHeader = header != null ? header : CsvSniffer.looksLikeHeader(first);
            long firstRow = in.readRow - 1; // the file row of the first row read (in counted from the 1 it was made with)
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < first.length; i++) {
                headers.add(isHeader ? first[i].strip() : "Column " + (i + 1));
            }
            // A header of two rows (groups over some columns, then every column's name): the second row is no data.
            String[] second = isHeader && header == null && filled(first) < first.length ? in.read(name) : null;
            long secondRow = in.readRow - 1;
            List<String> twoRows = second == null ? null : CsvSniffer.twoRowHeader(first, second);
            CsvInput opened = new CsvInput(file, size, new Format(charset, bom > 0, delimiter, isHeader), counted, reader, rows,
                    List.copyOf(twoRows != null ? twoRows : headers));
            opened.row = isHeader ? firstRow : firstRow - 1;
            opened.readRow = firstRow;
            if (!isHeader) {
                opened.ahead.add(new Line(firstRow, first)); // the first line is the first row
            }
            if (!isHeader) {
                // No header row: the columns whose first rows' values leave no doubt (e-mails, numbers, names) are matched by them.
                List<String[]> firstRows = new ArrayList<>();
                for (int i = 0; i < BY_VALUE_ROWS; i++) {
                    Line l = opened.peek(i, name);
                    if (l == null) {
                        break;
                    }
                    firstRows.add(l.values());
                }
                opened.byValue = com.funnelboard.domain.importing.ColumnsByValue.guess(firstRows, headers.size());
            }
            if (second != null) {
                opened.readRow = secondRow;
                if (twoRows != null) {
                    opened.row = secondRow;
                } else {
                    opened.ahead.add(new Line(secondRow, second)); // the first row of data
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
        String name = file.getFileName().toString();
        Line line = ended ? null : take(name);
        if (line == null) {
            return null;
        }
        String[] r = line.values();
        boolean afterBlank = line.row() > row + 1; // blank lines are skipped: a gap in the rows
        row = line.row();
        if (format.header() && isHeaderAgain(r)) {
            return next(); // the header again, as a board export writes it under each group's title
        }
        if (headers.size() > 2 && CsvSniffer.isTotal(r)) {
            return next(); // a report's total or subtotal ("Total", "", "25,750.00"): no record of its own
        }
        if (r.length != headers.size() || filled(r) <= 1 && headers.size() > 2 && format.header()) {
            if (filled(r) <= 1 && headers.size() > 1) {
                Line after = peek(0, name);
                if (after != null && isHeaderAgain(after.values())) {
                    ahead.poll();
                    return next(); // a group's title and the header again (a Monday.com board's groups)
                }
                if (footerLike(r) && (afterBlank || r.length != headers.size()) && onlyFooterFollows(name)) {
                    ended = true;
                    return null;
                }
                if (r.length == headers.size()) {
                    return r; // a row with one value (a name alone, an address alone) is a row
                }
            }
            if (raggedRowsReturned) {
                return r;
            }
            throw new ImportRefusedException(row, null, "In " + name + ", row " + row + ": " + com.funnelboard.domain.importing.RowParser.raggedRow(r.length, headers.size()) + ".");
        }
        return r;
    }

    /** The next line, read ahead before or from the file; null at its end. */
    private Line take(String name) {
        if (!ahead.isEmpty()) {
            return ahead.poll();
        }
        String[] r = read(name);
        return r == null ? null : new Line(readRow, r);
    }

    /** The line {@code i} lines after the last one taken, reading ahead as far as needed (kept for later); null past the end. */
    private Line peek(int i, String name) {
        while (ahead.size() <= i) {
            String[] r = read(name);
            if (r == null) {
                return null;
            }
            ahead.add(new Line(readRow, r));
        }
        int n = 0;
        for (Line l : ahead) {
            if (n++ == i) {
                return l;
            }
        }
        throw new IllegalStateException();
    }

    /**
     * Whether a line may be a report's footer ("Confidential Information – Do Not Distribute"): at
     * most one value, on a line of its own or in the first column. A lone value further right (an
     * e-mail address with no name) is a row.
     */
    private boolean footerLike(String[] r) {
        if (filled(r) > 1) {
            return false;
        }
        if (r.length != headers.size()) {
            return true;
        }
        for (int i = 1; i < r.length; i++) {
            if (!r[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns a row of too few or too many values as it is, for the import to skip as a row that does
     * not parse (when invalid rows are to be skipped), instead of refusing the whole file at it.
     */
    public CsvInput returningRaggedRows() {
        raggedRowsReturned = true;
        return this;
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

    /** Lines of one value each that a report may end with, at most. */
    static final int FOOTER_LINES = 10;

    /**
     * Whether the rest of the file is a report's footer: a few lines of one value each ("Confidential
     * Information – Do Not Distribute", "Copyright …", "Generated By …", as Salesforce's report
     * exports end) and nothing after them. Its first line is set apart from the table (see
     * {@link #next}): after a blank line, or not in the table's shape (another number of values than
     * the header). Rows of one value at the end of a table, in its shape, are rows: an accounts
     * file's last companies with no phone or website were dropped as a footer without a word. A row
     * of data after such a line makes it a broken row.
     */
    private boolean onlyFooterFollows(String name) {
        for (int i = 0; i < FOOTER_LINES; i++) {
            Line next = peek(i, name);
            if (next == null) {
                return true;
            }
            if (!footerLike(next.values())) {
                return false;
            }
        }
        return false;
    }

    private String[] read(String name) {
        while (true) {
            try {
                if (!rows.hasNextValue()) {
                    return null;
                }
                String[] r = rows.nextValue();
                readRow++;
                if (filled(r) == 0) {
                    continue; // a blank line, or one of empty values only (",,,," as spreadsheets write below their rows)
                }
                return r;
            } catch (JacksonException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof GuardedReader.Refused r) {
                        throw refused(name, r);
                    }
                }
                if (e instanceof tools.jackson.core.exc.JacksonIOException) {
                    throw new ImportRefusedException("Cannot read " + name + ": " + e.getOriginalMessage());
                }
                String m = String.valueOf(e.getOriginalMessage());
                String why = m.contains("closing quote") || m.contains("EOF") ? "a quoted value is never closed (unbalanced quotes)"
                        : m.contains("length") && m.contains("exceeds") ? "a value longer than " + MAX_CELL
                                + " characters, most likely an unclosed quote"
                        : m.contains("separator") || m.contains("quote") ? "a quote inside a value that is not doubled (unbalanced quotes)"
                        : "it cannot be read as CSV (" + m + ")";
                throw new ImportRefusedException(readRow + 1, null, "In " + name + ", row " + (readRow + 1) + ": " + why + "; nothing was imported.");
            }
        }
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

    private static ImportRefusedException refused(String name, GuardedReader.Refused e) {
        return new ImportRefusedException(e.line, null, "In " + name + ", line " + e.line + ": " + e.getMessage() + "; nothing was imported.");
    }

    @Override
    public void close() {
        try {
            rows.close();
            reader.close();
        } catch (IOException e) {
            // reading is over either way
            org.slf4j.LoggerFactory.getLogger(CsvInput.class).debug("Closing {}", file, e);
        }
    }
}
