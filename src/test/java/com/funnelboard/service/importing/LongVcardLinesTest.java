package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The vCard reader holds a property, and a card, whole: reading stops at one longer than the limits (8,000,000 and
 * 16,000,000 characters; small ones here), folded lines and quoted-printable soft breaks counted as the line they make.
 */
class LongVcardLinesTest {

    private static String read(String text, int max, long maxCard) throws java.io.IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        try (LongVcardLines in = new LongVcardLines(new StringReader(text), max, maxCard)) {
            in.transferTo(out);
        }
        return out.toString();
    }

    @Test
    void aFoldedPropertyLongerThanTheLimitIsNamedWithItsLine() {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big\r\nPHOTO;ENCODING=b:" + "A".repeat(40) + "\r\n " + "A".repeat(40) + "\r\nEND:VCARD\r\n";
        assertThatThrownBy(() -> read(card, 80, 10_000)).isInstanceOf(LongVcardLines.TooLong.class)
                .hasMessage("the property on line 4 (PHOTO) is longer than the 80 characters Funnelboard reads of one; nothing was imported");
    }

    @Test
    void aCardOfManyPropertiesUnderTheLimitIsHeldToItsOwn() throws Exception {
        String small = "BEGIN:VCARD\r\nFN:Small\r\nEND:VCARD\r\n";
        String wide = "BEGIN:VCARD\r\nFN:Wide\r\n" + ("X-FOO:" + "A".repeat(30) + "\r\n").repeat(5) + "END:VCARD\r\n";
        assertThatThrownBy(() -> read(small + wide, 80, 150)).isInstanceOf(LongVcardLines.TooLong.class)
                .hasMessage("the card from line 4 is longer than the 150 characters Funnelboard reads of one card; nothing was imported");
        // Each card is counted on its own, and what fits is read as it is.
        String fits = small + small + small;
        assertThat(read(fits, 80, 40)).isEqualTo(fits);
    }

    @Test
    void aQuotedPrintableSoftBreakContinuesItsLine() {
        String card = "BEGIN:VCARD\r\nNOTE;ENCODING=QUOTED-PRINTABLE:" + "a".repeat(30) + "=\r\n" + "b".repeat(30) + "\r\nEND:VCARD\r\n";
        assertThatThrownBy(() -> read(card, 60, 10_000)).hasMessageContaining("the property on line 2 (NOTE)");
    }
}
