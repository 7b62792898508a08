package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * Photos, logos, sounds and keys are left out as a vCard file is read, however they are written, and every other
 * line passes as it was; each line left out becomes an empty one, so the lines after it keep their numbers.
 */
class UnkeptVcardPropertiesTest {

    private static String read(String text, int bufferSize) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Reader in = new UnkeptVcardProperties(new StringReader(text))) {
            char[] buffer = new char[bufferSize];
            int n;
            while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }

    private static String read(String text) throws IOException {
        String whole = read(text, 8192);
        assertThat(read(text, 1)).as("read a character at a time").isEqualTo(whole);
        return whole;
    }

    @Test
    void aFoldedPhotoIsLeftOutLineForLine() throws IOException {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\r\n SkZJRgABAQ\r\n\tAAAB==\r\n"
                + "EMAIL:ida@x.example\r\nEND:VCARD\r\n";
        assertThat(read(card)).isEqualTo("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida\r\n\r\n\r\n\r\nEMAIL:ida@x.example\r\nEND:VCARD\r\n");
    }

    @Test
    void aGroupedPhotoALogoASoundAndAKeyInAnyCaseAreLeftOut() throws IOException {
        String card = "BEGIN:VCARD\nVERSION:4.0\nFN:Ida\nitem1.photo:data:image/png;base64,iVBORw0KGgo=\n LOGO;VALUE=uri:https://x.example/l.png\n"
                + "Sound:data:audio/basic;base64,AAAA\nKEY;TYPE=PGP:data:application/pgp-keys;base64,mQIN\nNOTE:keys: none\nPHOTOGRAPHER:Ansel\nEND:VCARD";
        assertThat(read(card)).isEqualTo("BEGIN:VCARD\nVERSION:4.0\nFN:Ida\n\n\n\n\nNOTE:keys: none\nPHOTOGRAPHER:Ansel\nEND:VCARD");
    }

    @Test
    void vCard21Base64LinesUpToTheEmptyLineBelongToThePhoto() throws IOException {
        String card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Berg;Ida\r\nPHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n/9j/4AAQSkZJRgABAQEAYABgAAD\r\n"
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==\r\n\r\nTEL;CELL:+49 30 1234\r\nEND:VCARD\r\n";
        assertThat(read(card)).isEqualTo("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Berg;Ida\r\n\r\n\r\n\r\n\r\nTEL;CELL:+49 30 1234\r\nEND:VCARD\r\n");
    }

    @Test
    void aQuotedPrintableSoftBreakKeepsItsNextLineWhateverItSays() throws IOException {
        String card = "BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:first=\r\nPHOTO: is a word here\r\nURL:https://x.example/?a=\r\n"
                + "PHOTO:AAAA\r\nEND:VCARD\r\n";
        assertThat(read(card)).as("a URL ending in = is no soft break").isEqualTo(
                "BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:first=\r\nPHOTO: is a word here\r\nURL:https://x.example/?a=\r\n"
                        + "\r\nEND:VCARD\r\n");
    }

    @Test
    void aPhotoOfTwentyMegabytesPassesAsEmptyLinesAndTheCardAfterItWhole() throws IOException {
        StringBuilder card = new StringBuilder("BEGIN:VCARD\r\nFN:Big\r\nPHOTO;ENCODING=b:");
        String line = "A".repeat(74) + "\r\n ";
        int lines = 20_000_000 / 74;
        card.append(line.repeat(lines)).append("AA\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Next\r\nEND:VCARD\r\n");
        String read = read(card.toString(), 8192);
        assertThat(read).isEqualTo("BEGIN:VCARD\r\nFN:Big\r\n" + "\r\n".repeat(lines + 1) + "END:VCARD\r\nBEGIN:VCARD\r\nFN:Next\r\nEND:VCARD\r\n");
    }

    @Test
    void aLastLineWithoutLineEndIsPassedOn() throws IOException {
        assertThat(read("BEGIN:VCARD\nFN:Ida\nEND:VCARD")).isEqualTo("BEGIN:VCARD\nFN:Ida\nEND:VCARD");
        assertThat(read("BEGIN:VCARD\nPHOTO:AAAA")).isEqualTo("BEGIN:VCARD\n");
        assertThat(read("")).isEmpty();
    }
}
