package com.funnelboard.service.importing;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    public static final int MAX_CELL = 100_000;
    private static final int SAMPLE = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
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
    private String[] pending;
    private long row;

    private CsvInput(Path file, long size, Format format, CountingStream counted, GuardedReader reader, MappingIterator<String[]> rows,
            List<String> headers, String[] pending) {
        this.file = file;
        this.size = size;
        this.format = format;
        this.counted = counted;
        this.reader = reader;
        this.rows = rows;
        this.headers = headers;
        this.pending = pending;
        this.row = format.header() ? 1 : 0;
    }

    /**
     * Opens a file and reads its header (or first row).
     *
     * @param header true or false to say whether the first row is a header, null to detect it
     * @throws ImportRefusedException with one sentence when the file cannot be imported
     */
    public static CsvInput open(Path file, Boolean header) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        byte[] head;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportRefusedException("The file " + name + " is not a file.");
            }
            size = Files.size(file);
            if (size == 0) {
                throw new ImportRefusedException("The file " + name + " is empty.");
            }
            if (size > MAX_BYTES) {
                throw new ImportRefusedException("The file " + name + " is larger than 1 GB (" + (size >> 20) + " MB); split it into smaller files.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SAMPLE);
            }
        } catch (IOException e) {
            throw new ImportRefusedException("Cannot read " + name + ": " + e.getMessage());
        }
        Charset charset;
        int bom = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = guess(head, name);
        }
        String sample = decodeSample(head, bom, charset, head.length == size);
        checkText(sample, name);
        char delimiter = delimiter(sample);
        try {
            CountingStream counted = new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            counted.skipNBytes(bom);
            // Bytes the encoding cannot read become U+FFFD, which the reader refuses where it stands (its line).
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            GuardedReader reader = new GuardedReader(new InputStreamReader(counted, decoder), name, charset);
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withoutEscapeChar();
            MappingIterator<String[]> rows = CSV.readerFor(String[].class).with(schema).with(CsvReadFeature.WRAP_AS_ARRAY)
                    .readValues(reader);
            CsvInput in = new CsvInput(file, size, new Format(charset, bom > 0, delimiter, true), counted, reader, rows, List.of(), null);
            String[] first = in.read(name);
            if (first == null) {
                in.close();
                throw new ImportRefusedException("The file " + name + " holds no rows.");
            }
            boolean isHeader = header != null ? header : looksLikeHeader(first);
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < first.length; i++) {
                headers.add(isHeader ? first[i].strip() : "Column " + (i + 1));
            }
            CsvInput opened = new CsvInput(file, size, new Format(charset, bom > 0, delimiter, isHeader), counted, reader, rows,
                    List.copyOf(headers), isHeader ? null : first);
            opened.row = isHeader ? 1 : 0;
            return opened;
        } catch (IOException e) {
            throw new ImportRefusedException("Cannot read " + name + ": " + e.getMessage());
        }
    }

    public Format format() {
        return format;
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
        String[] r;
        if (pending != null) {
            r = pending;
            pending = null;
            row++;
        } else {
            r = read(name);
        }
        if (r != null && r.length != headers.size()) {
            throw new ImportRefusedException(row, null, "In " + name + ", row " + row + ": " + r.length + " values where the header has "
                    + headers.size() + " (a missing or extra delimiter, or an unclosed quote above it).");
        }
        return r;
    }

    private String[] read(String name) {
        while (true) {
            try {
                if (!rows.hasNextValue()) {
                    return null;
                }
                String[] r = rows.nextValue();
                row++;
                if (r.length == 0 || r.length == 1 && r[0].isEmpty()) {
                    continue;
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
                throw new ImportRefusedException(row + 1, null, "In " + name + ", row " + (row + 1) + ": " + why + "; nothing was imported.");
            }
        }
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

    /** UTF-16 without a BOM (every other byte zero), UTF-8 when the sample decodes as such, else Windows-1252. */
    private static Charset guess(byte[] head, String name) {
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int half = head.length / 2;
        if (half > 0 && oddZeros > half * 0.6 && evenZeros < half * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (half > 0 && evenZeros > half * 0.6 && oddZeros < half * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        if (evenZeros + oddZeros > 0) {
            int at = 0;
            while (head[at] != 0) {
                at++;
            }
            throw new ImportRefusedException("The file " + name + " holds NUL bytes (the first at byte " + (at + 1)
                    + "): it is a binary file, not CSV text.");
        }
        int cut = head.length;
        // A multi-byte character may be cut at the end of the sample.
        while (cut > 0 && cut > head.length - 4 && (head[cut - 1] & 0xC0) == 0x80) {
            cut--;
        }
        if (cut > 0 && (head[cut - 1] & 0xC0) == 0xC0) {
            cut--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, cut));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            for (byte b : head) {
                int u = b & 0xFF;
                if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
                    throw new ImportRefusedException("The file " + name + " is neither UTF-8, UTF-16 nor Windows-1252 text; save it as UTF-8 CSV.");
                }
            }
            return WINDOWS_1252;
        }
    }

    private static String decodeSample(byte[] head, int bom, Charset charset, boolean whole) {
        int len = head.length - bom;
        if (!whole && (charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE)) {
            len -= len % 2;
        }
        String s = new String(head, bom, len, charset);
        return s;
    }

    /** Refuses binary content: NUL characters or many control characters in the first 64 KB. */
    private static void checkText(String sample, String name) {
        int control = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c == 0) {
                throw new ImportRefusedException("The file " + name + " holds NUL characters: it is a binary file, not CSV text.");
            }
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0xFFFD) {
                control++;
            }
        }
        if (control > Math.max(8, sample.length() / 100)) {
            throw new ImportRefusedException("The file " + name + " is a binary file, not CSV text.");
        }
    }

    /** The delimiter that splits the first lines into the same number (above one) of fields. */
    static char delimiter(String sample) {
        List<String> lines = new ArrayList<>();
        for (String l : sample.split("\r?\n", 12)) {
            if (!l.isBlank() && lines.size() < 10) {
                lines.add(l);
            }
        }
        if (lines.size() > 1 && !sample.endsWith("\n")) {
            lines.removeLast(); // may be cut
        }
        char best = ',';
        int bestScore = -1;
        for (char d : new char[] {',', ';', '\t'}) {
            int first = count(lines.isEmpty() ? "" : lines.getFirst(), d);
            int same = 0;
            for (String l : lines) {
                if (count(l, d) == first) {
                    same++;
                }
            }
            int score = first == 0 ? 0 : same * 1000 + first;
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    private static int count(String line, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }

    /** A first row is data, not a header, when a cell is a number, a date, an e-mail address, or two cells are equal. */
    static boolean looksLikeHeader(String[] first) {
        Set<String> seen = new HashSet<>();
        for (String c : first) {
            String v = c.strip();
            if (v.matches("[-+]?[0-9][0-9.,\\s]*") || v.contains("@") || v.matches("\\d{4}-\\d{2}-\\d{2}.*")
                    || !v.isEmpty() && !seen.add(v.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** Refuses NUL characters and bytes the encoding cannot read, where they occur. */
    private static final class GuardedReader extends FilterReader {
        private final String name;
        private final Charset charset;

        GuardedReader(Reader in, String name, Charset charset) {
            super(in);
            this.name = name;
            this.charset = charset;
        }

        private long lines;

        static final class Refused extends IOException {
            final long line;

            Refused(long line, String message) {
                super(message);
                this.line = line;
            }
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(cbuf, off, len);
            } catch (CharacterCodingException e) {
                throw new Refused(lines + 1, "bytes that are not " + charset.displayName()
                        + " text (a wrong encoding); save the file as UTF-8");
            }
            for (int i = off; i < off + n; i++) {
                char c = cbuf[i];
                if (c == 0) {
                    throw new Refused(lines + 1, "a NUL character: " + name + " is not a text file");
                }
                if (c == '\uFFFD') {
                    throw new Refused(lines + 1, "bytes that are not " + charset.displayName()
                            + " text (a wrong encoding); save the file as UTF-8");
                }
                if (c == '\n') {
                    lines++;
                }
            }
            return n;
        }
    }
}
