package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MixedUtf8ReaderTest {

    /** A stream that hands out one byte per read, so every character is cut across reads. */
    private static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    private static String read(MixedUtf8Reader r, int chunk) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] buf = new char[chunk];
        for (int n = r.read(buf, 0, chunk); n > 0; n = r.read(buf, 0, chunk)) {
            b.append(buf, 0, n);
        }
        return b.toString();
    }

    @Test
    void utf8OfEveryLengthCutAnywhereReadsAsTheJdkReadsIt() throws IOException {
        String text = "a\u00e9\u20ac\uD83D\uDE00\u00fc\n\u0416\u4e2d\uD800\uDC00z\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int chunk : List.of(1, 2, 3, 7, 64)) {
            MixedUtf8Reader r = new MixedUtf8Reader(trickle(bytes));
            assertThat(read(r, chunk)).isEqualTo(text);
            assertThat(r.fallbackLines()).isZero();
        }
    }

    @Test
    void bytesThatAreNoUtf8AreWindows1252AndTheirLinesCounted() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] a = "ok \u00e9\n".getBytes(StandardCharsets.UTF_8);
        byte[] b = "Ren\u00e9e \u20ac \u201Equoted\u201C \u00ff\n".getBytes(cp1252);
        byte[] c = "fine\n\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + b.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        MixedUtf8Reader r = new MixedUtf8Reader(trickle(all));
        assertThat(read(r, 5)).isEqualTo("ok \u00e9\nRen\u00e9e \u20ac \u201Equoted\u201C \u00ff\nfine\n\u00e9");
        assertThat(r.fallbackLines()).isEqualTo(1);
        assertThat(r.firstFallbackLines()).containsExactly(2L);
    }

    @Test
    void invalidSequencesAreNotReadAsCharacters() throws IOException {
        // An overlong "/", a surrogate written in UTF-8, a lead byte with no continuation, a lone continuation byte.
        byte[] bytes = {(byte) 0xC0, (byte) 0xAF, '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n', (byte) 0xE2, 'x', '\n', (byte) 0x81};
        MixedUtf8Reader r = new MixedUtf8Reader(new ByteArrayInputStream(bytes));
        assertThat(read(r, 16)).isEqualTo("\u00c0\u00af\n\u00ed\u00a0\u20ac\n\u00e2x\n\uFFFD");
        assertThat(r.fallbackLines()).isEqualTo(4);
        assertThat(r.firstFallbackLines()).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aSampleIsMostlyUtf8OnlyWithItsCharactersOfSeveralBytes() {
        Charset cp1252 = Charset.forName("windows-1252");
        assertThat(MixedUtf8Reader.mostlyUtf8("M\u00fcller\nJos\u00e9\n".getBytes(cp1252))).as("Windows-1252 alone").isFalse();
        assertThat(MixedUtf8Reader.mostlyUtf8("plain ascii\n".getBytes(cp1252))).isFalse();
        byte[] u = "M\u00fcller M\u00fcller \u00c5se\n".getBytes(StandardCharsets.UTF_8);
        byte[] w = "Jos\u00e9\n".getBytes(cp1252);
        byte[] both = new byte[u.length + w.length];
        System.arraycopy(u, 0, both, 0, u.length);
        System.arraycopy(w, 0, both, u.length, w.length);
        assertThat(MixedUtf8Reader.mostlyUtf8(both)).isTrue();
    }
}
