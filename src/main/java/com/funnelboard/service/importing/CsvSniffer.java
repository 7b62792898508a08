package com.funnelboard.service.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link CsvInput} learns from the first 64 KB of a file before reading it: the encoding when
 * there is no byte-order mark, whether the text is text at all, the delimiter, and whether the first
 * row is a header.
 */
final class CsvSniffer {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    private CsvSniffer() {
    }

    /**
     * UTF-16 without a BOM (every other byte zero), UTF-8 when the sample decodes as such or is mostly
     * UTF-8 ({@link MixedUtf8Reader#mostlyUtf8}), Mac OS Roman when its lines end with CR alone (as
     * Excel for Mac's "CSV (Macintosh)" writes), another code page when it reads clearly better so
     * ({@link LegacyEncodings}), else Windows-1252.
     */
    static Charset guess(byte[] head, String name) {
        Charset utf16 = utf16WithoutMark(head);
        if (utf16 != null) {
            return utf16;
        }
        String known = knownBinary(head, name);
        if (known != null) {
            throw new ImportRefusedException(known);
        }
        if (hasNul(head)) {
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
            if (MixedUtf8Reader.mostlyUtf8(head)) {
                return StandardCharsets.UTF_8; // with some lines in Windows-1252, read so by MixedUtf8Reader
            }
            if (crOnly(head)) {
                return MAC_ROMAN; // Excel for Mac's "CSV (Macintosh)": lines ended by CR alone, in Mac OS Roman
            }
            Charset other = LegacyEncodings.other(head, legacyCut(head));
            if (other != null) {
                return other; // Windows-1250 from Poland, Windows-1251 from Russia, Shift_JIS from Japan, …
            }
            for (byte b : head) {
                int u = b & 0xFF;
                if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
                    throw new ImportRefusedException("The file " + name + " is in an encoding that could not be told (neither UTF-8, UTF-16, "
                            + "Windows-1252 nor another code page it reads as); save it as UTF-8 CSV.");
                }
            }
            return WINDOWS_1252;
        }
    }

    /** UTF-16 written without a byte-order mark: most odd (little-endian) or even (big-endian) bytes zero, almost none of the others; else null. */
    static Charset utf16WithoutMark(byte[] head) {
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
        return null;
    }

    static boolean hasNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence for a file of a kind people try to import instead of CSV, told by its first bytes:
     * a spreadsheet workbook (Excel's .xlsx and .xls, LibreOffice's .ods, Numbers), a ZIP or gzip
     * archive, a PDF, an SQLite database; null for anything else.
     */
    static String knownBinary(byte[] head, String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String saveAs = "save it as CSV (in Excel: File → Save As → CSV UTF-8; in LibreOffice: File → Save As → Text CSV) and import that file";
        if (starts(head, 0x50, 0x4B, 0x03, 0x04)) {
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".ods") || lower.endsWith(".numbers")) {
                return "The file " + name + " is a spreadsheet workbook, not CSV text: " + saveAs + ".";
            }
            return "The file " + name + " is a ZIP archive (or a workbook saved as one), not CSV text: unpack it and import the CSV file inside, "
                    + "or, for a workbook, " + saveAs + ".";
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "The file " + name + " is an Excel 97–2003 workbook (.xls), not CSV text: " + saveAs + ".";
        }
        String markup = markup(head);
        if (markup != null) {
            return "The file " + name + " is " + markup + ", not CSV text, as some programs save a report \"for Excel\": open it in Excel "
                    + "or LibreOffice, save it as CSV, and import that file.";
        }
        if (starts(head, 0x1F, 0x8B)) {
            return "The file " + name + " is compressed (gzip), not CSV text: unpack it and import the CSV file inside.";
        }
        if (starts(head, '%', 'P', 'D', 'F', '-')) {
            return "The file " + name + " is a PDF document, not CSV text: export the data from the program that made it as CSV.";
        }
        if (starts(head, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0)) {
            return lower.endsWith(".funnel")
                    ? "The file " + name + " is a share file, not CSV text: merge it with File → Merge share file… (or `funnelboard share merge FILE`)."
                    : "The file " + name + " is a database file, not CSV text: to work in a Funnelboard database, start Funnelboard on it "
                            + "(`funnelboard --db FILE`).";
        }
        return null;
    }

    /**
     * The length of the sample without its last line when the sample is not the whole file, so that a
     * character of two bytes cut at the sample's end does not count against an encoding.
     */
    private static int legacyCut(byte[] head) {
        if (head.length < CsvInput.SAMPLE) {
            return head.length;
        }
        for (int i = head.length - 1; i > 0; i--) {
            if (head[i] == '\n') {
                return i + 1;
            }
        }
        return head.length;
    }

    /** "a web page (HTML)" or "an Excel XML spreadsheet" for a file that starts as one, else null. */
    private static String markup(byte[] head) {
        int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        String start = new String(head, from, Math.min(head.length - from, 400), java.nio.charset.StandardCharsets.ISO_8859_1).strip()
                .toLowerCase(java.util.Locale.ROOT);
        if (start.startsWith("<?xml") && (start.contains("excel.sheet") || start.contains("<workbook"))) {
            return "an Excel XML spreadsheet";
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<meta") || start.startsWith("<table")
                || start.startsWith("<head") || start.startsWith("<?xml") && start.contains("<html")) {
            return "a web page (HTML)";
        }
        return null;
    }

    /** Whether the lines end with CR alone (no LF anywhere, at least one CR). */
    static boolean crOnly(byte[] head) {
        boolean cr = false;
        for (byte b : head) {
            if (b == '\n') {
                return false;
            }
            cr |= b == '\r';
        }
        return cr;
    }

    private static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    static String decodeSample(byte[] head, int bom, Charset charset, boolean whole) {
        int len = head.length - bom;
        if (!whole && (charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE)) {
            len -= len % 2;
        }
        if (charset == StandardCharsets.UTF_8) {
            try (MixedUtf8Reader r = new MixedUtf8Reader(new java.io.ByteArrayInputStream(head, bom, len))) {
                return r.readAllAsString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e); // a byte array cannot fail to read
            }
        }
        return new String(head, bom, len, charset);
    }

    /** Refuses binary content: NUL characters or many control characters in the first 64 KB. */
    static void checkText(String sample, String name) {
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
        return delimiter(sample, '"');
    }

    /**
     * The character that quotes values: the double quote, or the apostrophe where the header's every
     * name is wrapped in one and no double quote appears ('Name';'Company', as LibreOffice can be set
     * to write).
     */
    static char quote(String sample) {
        String first = sample.split("\r?\n", 2)[0].strip();
        if (first.length() < 5 || first.indexOf('"') >= 0 || first.charAt(0) != '\'' || first.charAt(first.length() - 1) != '\'') {
            return '"';
        }
        for (char d : new char[] {',', ';', '\t'}) {
            String[] names = first.split(java.util.regex.Pattern.quote(String.valueOf(d)), -1);
            if (names.length > 1 && java.util.Arrays.stream(names).allMatch(n -> n.length() >= 2 && n.startsWith("'") && n.endsWith("'"))) {
                return '\'';
            }
        }
        return '"';
    }

    /** The delimiter of a sample whose values are quoted by {@code quote}. */
    static char delimiter(String sample, char quote) {
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
            int first = count(lines.isEmpty() ? "" : lines.getFirst(), d, quote);
            int same = 0;
            for (String l : lines) {
                if (count(l, d, quote) == first) {
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

    private static int count(String line, char d, char quote) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == quote) {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }

    /**
     * A first row is data, not a header, when a cell is a number, a date or an e-mail address, or when
     * two cells are equal — unless most of its cells are known column names ("Email", "Phone",
     * "Phone" in a Google Sheets export that repeats a header).
     */
    static boolean looksLikeHeader(String[] first) {
        Set<String> seen = new HashSet<>();
        boolean repeated = false;
        int known = 0;
        int named = 0;
        for (String c : first) {
            String v = c.strip();
            if (v.matches("[-+]?[0-9][0-9.,\\s]*") || v.contains("@") || v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return false;
            }
            repeated |= !v.isEmpty() && !seen.add(v.toLowerCase(java.util.Locale.ROOT));
            if (!v.isEmpty()) {
                named++;
                known += com.funnelboard.domain.importing.HeaderMatcher.field(v) != com.funnelboard.domain.importing.ImportField.IGNORE ? 1 : 0;
            }
        }
        return !repeated || known * 2 > named;
    }

    /**
     * The header of a file whose header takes two rows, or null when {@code second} is a row of data:
     * a first row of group names over some of the columns only ("Contact", "", "", "Deal", "", ""),
     * as a sheet writes a merged cell across the columns it spans, and a second row naming every
     * column with words a header uses. A group reaches the columns after it up to the next; each
     * column is named "group column" when that is a header of its own ("Deal Value"), else by its own
     * name ("Email" under "Contact").
     */
    static List<String> twoRowHeader(String[] first, String[] second) {
        if (first.length != second.length || CsvInput.filled(first) == 0 || CsvInput.filled(first) == first.length
                || CsvInput.filled(second) != second.length || !looksLikeHeader(second)) {
            return null;
        }
        int known = 0;
        for (String c : second) {
            known += com.funnelboard.domain.importing.HeaderMatcher.field(c.strip()) != com.funnelboard.domain.importing.ImportField.IGNORE ? 1 : 0;
        }
        if (known < 2 || known * 2 <= second.length) {
            return null;
        }
        List<String> headers = new java.util.ArrayList<>();
        String group = "";
        for (int i = 0; i < second.length; i++) {
            group = first[i].isBlank() ? group : first[i].strip();
            String own = second[i].strip();
            String both = group.isEmpty() ? own : group + " " + own;
            headers.add(com.funnelboard.domain.importing.HeaderMatcher.field(both) != com.funnelboard.domain.importing.ImportField.IGNORE
                    ? both : own);
        }
        return headers;
    }

    /** Words a report's total row starts with. */
    private static final Set<String> TOTALS = Set.of("total", "totals", "grand total", "grand totals", "subtotal", "subtotals", "sub-total", "sum", "summe", "gesamt",
            "gesamtsumme", "zwischensumme", "total général", "sous-total", "totaal", "subtotaal", "totale", "subtotale");

    /** A report's total: its first value is "Total" (or such), and the others are numbers or amounts. */
    static boolean isTotal(String[] r) {
        boolean first = true;
        for (String c : r) {
            String v = c.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (first) {
                // "Total:", and "Grand Totals (3 records)" as Salesforce's reports end: the count of what it sums is no record either.
                String label = v.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s*\\(\\s*[0-9][0-9.,'\\s]*\\p{L}*\\s*\\)$", "")
                        .replaceAll("[:.]$", "");
                if (!TOTALS.contains(label)) {
                    return false;
                }
                first = false;
            } else if (!v.matches("[-+(]?\\p{Sc}?\\s?[0-9][0-9.,'\\s]*\\)?\\s?\\p{Sc}?%?|[A-Z]{3}\\s?[0-9][0-9.,'\\s]*")) {
                return false;
            }
        }
        return !first;
    }
}
