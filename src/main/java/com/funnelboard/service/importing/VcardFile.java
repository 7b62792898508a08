package com.funnelboard.service.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A vCard file before its cards are read, as untrusted input: a regular file, not empty, under
 * 1 GB, text rather than binary, starting with BEGIN:VCARD; and its encoding. UTF-8 or UTF-16 after
 * a byte-order mark; UTF-16 without one when every other byte is zero (as a CSV file is told);
 * else UTF-8 when it reads as such, or the code page a CSV file would be read in (Outlook writes its
 * cards in Windows-1252, saying CHARSET=Windows-1252).
 */
final class VcardFile {

    private VcardFile() {}

    /** How much of the file's start tells its encoding and kind. */
    private static final int SAMPLE = 1 << 16;

    /**
     * Checks {@code file} and returns the encoding its text is read in.
     *
     * @throws ImportRefusedException with the sentence saying why it is not read
     */
    static Charset check(Path file, String name) {
        byte[] head = ImportFile.head(file, name, SAMPLE).bytes();
        Charset charset = ImportFile.marked(head);
        if (charset == null) {
            charset = CsvSniffer.utf16WithoutMark(head);
        }
        if (charset == null) {
            if (CsvSniffer.hasNul(head)) {
                throw new ImportRefusedException("The file " + name + " holds NUL bytes: it is a binary file, not a vCard file.");
            }
            charset = CsvSniffer.guess(head, name);
        }
        String text = new String(head, 0, Math.min(head.length, 256), charset).replace("\uFEFF", "").stripLeading();
        if (!text.regionMatches(true, 0, "BEGIN:VCARD", 0, 11)) {
            throw new ImportRefusedException("The file " + name + " is not a vCard file: it does not start with BEGIN:VCARD.");
        }
        return charset;
    }

    private static final java.util.regex.Pattern ENCODED_RUN = java.util.regex.Pattern.compile("(?:=[0-9A-Fa-f]{2})+");

    /**
     * The code page of quoted-printable values that name no CHARSET. Outlook's 2.1 cards write them
     * in Windows' code page ("Fran=E7ois"), in a file that is otherwise plain ASCII, so the file's own
     * encoding reads as UTF-8 and every accented value was refused as damaged. Where the encoded
     * bytes of a value are no UTF-8, they are read as Windows-1252; a file of another code page keeps
     * its own. (Reads the first 4 MB.)
     */
    static Charset quotedPrintableCharset(Path file, Charset fileCharset) throws IOException {
        if (!fileCharset.equals(java.nio.charset.StandardCharsets.UTF_8)) {
            return fileCharset;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(4 << 20);
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher run = ENCODED_RUN.matcher(text);
        while (run.find()) {
            String hex = run.group().replace("=", "");
            byte[] encoded = java.util.HexFormat.of().parseHex(hex);
            if (encoded.length > 0 && !utf8(encoded)) {
                return java.nio.charset.Charset.forName("windows-1252");
            }
        }
        return fileCharset;
    }

    private static boolean utf8(byte[] b) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(b));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The file as text in {@code charset}, its byte-order mark skipped; a byte the encoding cannot
     * read becomes U+FFFD rather than refusing the file.
     */
    static java.io.Reader text(Path file, Charset charset) throws IOException {
        InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file));
        in.mark(3);
        byte[] head = in.readNBytes(3);
        Charset marked = ImportFile.marked(head);
        in.reset();
        if (marked != null) {
            in.skipNBytes(ImportFile.markLength(marked));
        }
        return new java.io.InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /**
     * A reader that keeps the last characters read but spaces and line ends, to tell whether the file
     * ends where a card does, and counts the lines that begin a card: a card begun inside another
     * (whose END:VCARD is missing) is read as part of it and would be lost without a word.
     */
    static final class Tail extends WatchingReader {
        private static final String BEGIN = "BEGIN:VCARD";
        private final StringBuilder last = new StringBuilder();
        /** How far the current line has matched BEGIN:VCARD from its start; -1 once it cannot. */
        private int matched = 0;
        private long begins;

        Tail(java.io.Reader in) {
            super(in);
        }

        @Override
        void see(char c) {
            keep(c);
        }

        /** The start of the current line (enough to tell BEGIN:VCARD and END:VCARD), its number, and how deep in cards it is. */
        private final StringBuilder line = new StringBuilder();
        private long lineNumber = 1;
        private boolean afterCr;
        private int depth;
        private long topLevel;
        private final List<Nested> nested = new ArrayList<>();

        /** A card that begins on {@code line} inside top-level card number {@code card} (an END:VCARD missing before it). */
        record Nested(long card, long line) {}

        private void keepLine(char c) {
            if (c == '\n' && afterCr) {
                afterCr = false;
                return;
            }
            afterCr = c == '\r';
            if (c == '\n' || c == '\r') {
                endLine();
                lineNumber++;
            } else if (line.length() < 16) {
                line.append(Character.toUpperCase(c));
            }
        }

        private void endLine() {
            String l = line.toString().strip();
            line.setLength(0);
            if (l.equals(BEGIN)) {
                if (depth == 0) {
                    topLevel++;
                } else {
                    nested.add(new Nested(topLevel, lineNumber));
                }
                depth++;
            } else if (l.equals("END:VCARD") && depth > 0) {
                depth--;
            }
        }

        /**
         * The cards that began inside another, where an END:VCARD was missing: the reader takes such a
         * card as part of the one around it, and it is lost. (A card whose END:VCARD was joined to its
         * last line by a soft line break is not among them: every line here is a line of the file.)
         */
        List<Nested> nested() {
            if (!line.isEmpty()) {
                endLine(); // the last line, with no line break after it
            }
            return List.copyOf(nested);
        }

        private void keep(char c) {
            keepLine(c);
            if (c == '\n' || c == '\r') {
                matched = 0;
            } else if (matched >= 0 && matched < BEGIN.length()) {
                matched = Character.toUpperCase(c) == BEGIN.charAt(matched) ? matched + 1 : -1;
                if (matched == BEGIN.length()) {
                    begins++;
                }
            }
            if (!Character.isWhitespace(c)) {
                last.append(c);
                if (last.length() > 64) {
                    last.delete(0, last.length() - 32);
                }
            }
        }

        /** How many lines began with BEGIN:VCARD (in any case). */
        long begins() {
            return begins;
        }

        boolean endsWith(String text) {
            return last.toString().toUpperCase(java.util.Locale.ROOT).endsWith(text);
        }
    }
}
