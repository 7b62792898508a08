package com.funnelboard.service.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        ImportRefusedException notAFile = ImportRefusedException.notAFile(file);
        if (notAFile != null) {
            throw notAFile;
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportRefusedException("The file " + name + " is empty.");
            }
            if (size > CsvInput.MAX_BYTES) {
                throw new ImportRefusedException("The file " + name + " is larger than 1 GB (" + (size >> 20) + " MB); split it into smaller files.");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SAMPLE);
            }
            Charset charset = bomCharset(head);
            if (charset == null) {
                charset = utf16(head);
            }
            if (charset == null) {
                for (byte b : head) {
                    if (b == 0) {
                        throw new ImportRefusedException("The file " + name + " holds NUL bytes: it is a binary file, not a vCard file.");
                    }
                }
                charset = CsvSniffer.guess(head, name);
            }
            String text = new String(head, 0, Math.min(head.length, 256), charset).replace("\uFEFF", "").stripLeading();
            if (!text.regionMatches(true, 0, "BEGIN:VCARD", 0, 11)) {
                throw new ImportRefusedException("The file " + name + " is not a vCard file: it does not start with BEGIN:VCARD.");
            }
            return charset;
        } catch (IOException e) {
            throw new ImportRefusedException("Cannot read " + name + ": " + e.getMessage());
        }
    }

    /** UTF-16 written without a byte-order mark: most odd (little-endian) or even (big-endian) bytes zero, almost none of the others. */
    private static Charset utf16(byte[] head) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int half = head.length / 2;
        if (half >= 11 && odd > half * 0.6 && even < half * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (half >= 11 && even > half * 0.6 && odd < half * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The encoding a byte-order mark at the start of {@code head} names, or null. */
    private static Charset bomCharset(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * The file as text in {@code charset}, its byte-order mark skipped; a byte the encoding cannot
     * read becomes U+FFFD rather than refusing the file.
     */
    static java.io.Reader text(Path file, Charset charset) throws IOException {
        InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file));
        in.mark(3);
        byte[] head = in.readNBytes(3);
        Charset marked = bomCharset(head);
        in.reset();
        if (marked != null) {
            in.skipNBytes(marked == StandardCharsets.UTF_8 ? 3 : 2);
        }
        return new java.io.InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** A reader that keeps the last characters read but spaces and line ends, to tell whether the file ends where a card does. */
    static final class Tail extends java.io.FilterReader {
        private final StringBuilder last = new StringBuilder();

        Tail(java.io.Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                keep((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                keep(buffer[offset + i]);
            }
            return n;
        }

        private void keep(char c) {
            if (!Character.isWhitespace(c)) {
                last.append(c);
                if (last.length() > 64) {
                    last.delete(0, last.length() - 32);
                }
            }
        }

        boolean endsWith(String text) {
            return last.toString().toUpperCase(java.util.Locale.ROOT).endsWith(text);
        }
    }
}
