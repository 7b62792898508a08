package com.funnelboard.service.importing;

import java.io.IOException;
import java.util.ArrayDeque;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The lines of a CSV file as values, each with its file row: read one at a time, and ahead when a
 * line is told by the lines after it (a group's title above the header again, a report's footer).
 * A line read ahead is never dropped unread. Blank lines, and lines of empty values only, are
 * skipped. What cannot be read as CSV (an unbalanced quote, a value too long, bytes that are not
 * text in the file's encoding) is refused with one sentence naming its row or line.
 */
final class CsvLines implements AutoCloseable {

    private static final CsvMapper CSV = new CsvMapper(CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(CsvInput.MAX_CELL).build()).build());

    /** A line of the file: its row and values. */
    record Line(long row, String[] values) {}

    /** The file's name, as the refusals say it. */
    private final String name;
    private final GuardedReader reader;
    private final MappingIterator<String[]> rows;
    /** Lines read ahead of the last one taken, with their file rows. */
    private final ArrayDeque<Line> ahead = new ArrayDeque<>();
    /** The file row of the last line read from the file. */
    private long readRow;

    /** @param readRow the row the count of lines read starts from */
    CsvLines(GuardedReader reader, String name, char delimiter, char quote, long readRow) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar(quote).withoutEscapeChar();
        this.rows = CSV.readerFor(String[].class).with(schema).with(CsvReadFeature.WRAP_AS_ARRAY).readValues(reader);
        this.reader = reader;
        this.name = name;
        this.readRow = readRow;
    }

    /** The file row of the last line read from the file. */
    long readRow() {
        return readRow;
    }

    /** Counts the lines read from here on as the rows after {@code row}. */
    void countFrom(long row) {
        readRow = row;
    }

    /** Gives back a line read before, to be taken after the lines already read ahead. */
    void giveBack(Line line) {
        ahead.add(line);
    }

    /** The next line, read ahead before or from the file; null at its end. */
    Line take() {
        if (!ahead.isEmpty()) {
            return ahead.poll();
        }
        String[] r = read();
        return r == null ? null : new Line(readRow, r);
    }

    /** The line {@code i} lines after the last one taken, reading ahead as far as needed (kept for later); null past the end. */
    Line peek(int i) {
        while (ahead.size() <= i) {
            String[] r = read();
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
     * The next line's values from the file, passing over the lines read ahead; null at its end.
     *
     * @throws ImportRefusedException when the rest of the file cannot be read as CSV
     */
    String[] read() {
        while (true) {
            try {
                if (!rows.hasNextValue()) {
                    return null;
                }
                String[] r = rows.nextValue();
                readRow++;
                if (CsvInput.filled(r) == 0) {
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
                        : m.contains("length") && m.contains("exceeds") ? "a value longer than " + CsvInput.MAX_CELL
                                + " characters, most likely an unclosed quote"
                        : m.contains("separator") || m.contains("quote") ? "a quote inside a value that is not doubled (unbalanced quotes)"
                        : "it cannot be read as CSV (" + m + ")";
                throw new ImportRefusedException(readRow + 1, null, "In " + name + ", row " + (readRow + 1) + ": " + why + "; nothing was imported.");
            }
        }
    }

    private static ImportRefusedException refused(String name, GuardedReader.Refused e) {
        return new ImportRefusedException(e.line, null, "In " + name + ", line " + e.line + ": " + e.getMessage() + "; nothing was imported.");
    }

    @Override
    public void close() throws IOException {
        rows.close();
        reader.close();
    }
}
