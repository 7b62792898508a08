package com.funnelboard.cli;

import com.funnelboard.domain.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a command's results go: lines of text, or with {@code --json} exactly one JSON document on
 * stdout. Failures are one sentence on stderr (and, with {@code --json}, an "error" document).
 *
 * <p>All text passes through {@link Printable#escape} here, so that stored text (a deal title from a
 * shared file) can neither send terminal escapes (ESC, OSC 52, BEL, CR) nor break a line into a fake
 * table row: control characters are shown escaped ("\n", "\e"). Output meant to span several
 * lines is printed as several {@link #line} calls. JSON is written as it is (JSON escapes them itself).
 */
final class Console {

    /** Built on first use: text output never pays for loading the JSON library. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .addModule(new tools.jackson.databind.module.SimpleModule().addSerializer(Map.class, new JsonMapsInOrder())).build();
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    Console(PrintWriter out, PrintWriter err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    /** The terminal's standard output and error, in their own encodings, as picocli writes to them (no JSON). */
    static Console terminal() {
        return new Console(new PrintWriter(new java.io.OutputStreamWriter(System.out, System.out.charset()), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, System.err.charset()), true), false);
    }

    boolean json() {
        return json;
    }

    /** Prints the JSON document with {@code --json}, else runs the text renderer. */
    void result(Object document, Runnable text) {
        if (json) {
            // Written as it is made (a long list's text was first made whole, in memory), into a writer the mapper cannot close.
            Json.MAPPER.writeValue(new java.io.FilterWriter(out) {
                @Override
                public void close() throws java.io.IOException {
                    flush();
                }
            }, document);
            out.println();
        } else {
            text.run();
        }
        out.flush();
    }

    /**
     * {@code items} as a list whose rows are made as they are read ({@code --json} writes a long list a row at a time),
     * not held all at once.
     */
    static <T> List<Object> lazily(List<T> items, java.util.function.Function<T, Object> row) {
        return new java.util.AbstractList<>() {
            @Override
            public Object get(int index) {
                return row.apply(items.get(index));
            }

            @Override
            public int size() {
                return items.size();
            }
        };
    }

    /**
     * What was written to {@code file} (JSON with {@code --json}, else the sentence): on stderr when
     * the file is a stream ({@code /dev/stdout}, a pipe), so that what a script reads holds the file alone.
     */
    void wrote(java.nio.file.Path file, Object document, String sentence) {
        if (!com.funnelboard.service.OutputFiles.stream(file)) {
            result(document, () -> line(sentence));
        } else if (json) {
            err.println(Json.MAPPER.writeValueAsString(document));
            err.flush();
        } else {
            note(sentence);
        }
    }

    /** How a file written is named to the user: its absolute path, "standard output" for "-" (it said "/home/ann/-"). */
    static String named(java.nio.file.Path file) {
        return file.toString().equals("-") ? "standard output" : file.toAbsolutePath().toString();
    }

    /** A remark beside the result, on stderr so that stdout stays one document. */
    void note(String text) {
        err.println(Printable.escape(text));
        err.flush();
    }

    /** One line of text on stdout; line breaks in it are shown escaped, not printed. */
    void line(String text) {
        out.println(Printable.escape(text));
    }

    /**
     * Reports a failure and returns its exit code.
     *
     * @param details extra lines for stderr (such as unmet checklist items)
     * @param extra extra members of the JSON error object
     */
    int fail(int exitCode, String sentence, List<String> details, Map<String, Object> extra) {
        String s = sentence(sentence);
        err.println(Printable.escape(s));
        details.forEach(d -> err.println("  " + Printable.escape(d)));
        err.flush();
        if (json) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("exit", exitCode);
            error.put("kind", ExitCodes.kind(exitCode));
            error.put("message", s);
            error.putAll(extra);
            out.println(Json.MAPPER.writeValueAsString(Map.of("error", error)));
            out.flush();
        }
        return exitCode;
    }

    int fail(int exitCode, String sentence) {
        return fail(exitCode, sentence, List.of(), Map.of());
    }

    /** One line, starting upper-case and ending with a full stop. */
    static String sentence(String text) {
        String s = text == null || text.isBlank() ? "Something went wrong" : text.strip().replaceAll("\\s*\\R\\s*", " ");
        // A sentence that starts with a file's name ("newer.funnel was written by…") keeps it as written:
        // only a plain word is capitalised.
        if (s.split("\\s", 2)[0].matches("\\p{L}+[,:;]?")) {
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }

    /** Left-aligned columns, two spaces apart (measured on the cells as printed, escaped); the last column is not padded. */
    void table(List<String[]> given) {
        if (given.isEmpty()) {
            return;
        }
        List<String[]> rows = given.stream().map(Console::printable).toList();
        int columns = rows.getFirst().length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns - 1; c++) {
                width[c] = Math.max(width[c], row[c] == null ? 0 : columns(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row[c] == null ? "" : row[c];
                b.append(c < columns - 1 ? pad(cell, width[c]) + "  " : cell);
            }
            out.println(b.toString().stripTrailing());
        }
    }

    /** The most terminal columns a table cell takes (the last one of a row {@link #LAST_CELL}); --json gives the whole value. */
    static final int CELL = 60;
    static final int LAST_CELL = 400;

    private static String[] printable(String[] row) {
        String[] cells = new String[row.length];
        for (int c = 0; c < row.length; c++) {
            // A value of 200,000 characters padded every row of `orgs list` to as many columns (3.8 MB for a few rows).
            cells[c] = clip(Printable.escape(row[c]), c == row.length - 1 ? LAST_CELL : CELL);
        }
        return cells;
    }

    /** {@code s} cut to {@code max} terminal columns, the cut said by "…"; null stays null. */
    static String clip(String s, int max) {
        if (s == null || s.length() <= max / 2 || columns(s) <= max) {
            return s;
        }
        int end = 0;
        int used = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            int w = columns(new String(Character.toChars(cp)));
            if (used + w > max - 1) {
                break;
            }
            used += w;
            end += Character.charCount(cp);
        }
        return s.substring(0, end) + "\u2026";
    }

    /** {@code s} padded with spaces to {@code width} terminal columns. */
    static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - columns(s)));
    }

    /**
     * The columns a terminal gives {@code s}: two for a Chinese, Japanese or Korean character or a
     * full-width form ("张敏" takes four) or an emoji, none for a combining accent, one for any other.
     */
    static int columns(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL && c >= 0xAC00
                    || c >= 0x3000 && c <= 0x303F || c >= 0xFF01 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6
                    // An emoji drawn as one (😀, 🚀): two columns, as terminals draw it (the rows after "Zoë 😀 Smith" were one off).
                    // A flag's two letters take one each.
                    || Character.isEmojiPresentation(c) && !(c >= 0x1F1E6 && c <= 0x1F1FF);
            n += wide ? 2 : 1;
        }
        return n;
    }

    /** A table under a header row, or the sentence for an empty list when there are no rows. */
    void table(String[] header, List<String[]> rows, String whenEmpty) {
        if (rows.isEmpty()) {
            line(whenEmpty);
            return;
        }
        List<String[]> all = new ArrayList<>(rows.size() + 1);
        all.add(header);
        all.addAll(rows);
        table(all);
    }
}
