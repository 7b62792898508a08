package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.funnelboard.testing.Properties;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.Lists;

/** Content lines folded at 75 octets of UTF-8, never inside a character, and unfolded back to what went in. */
class IcsFoldingTest {

    static final String CRLF = "\r\n";

    /** RFC 5545 unfolding: every CRLF followed by one space (or tab) is removed. */
    static String unfold(String folded) {
        return folded.replace("\r\n ", "").replace("\r\n\t", "");
    }

    /**
     * Checks the physical lines of iCalendar bytes: each at most 75 octets without its CRLF, each decodable on its own as
     * strict UTF-8 (so no fold splits a UTF-8 sequence), no CR or LF outside a CRLF; returns the lines as text.
     */
    static List<String> physicalLines(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(i).as("LF at %d without CR", i).isGreaterThan(start);
                assertThat(bytes[i - 1]).as("LF at %d without CR", i).isEqualTo((byte) '\r');
                lines.add(strictUtf8(bytes, start, i - 1 - start));
                start = i + 1;
            } else if (bytes[i] == '\r') {
                assertThat(i + 1 < bytes.length && bytes[i + 1] == '\n').as("CR at %d without LF", i).isTrue();
            }
        }
        if (start < bytes.length) {
            lines.add(strictUtf8(bytes, start, bytes.length - start));
        }
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of the line \"%s\"", line).isLessThanOrEqualTo(75);
        }
        return lines;
    }

    static String strictUtf8(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("Not valid UTF-8 in bytes " + offset + ".." + (offset + length) + ": " + e, e);
        }
    }

    static List<String> foldAndCheck(String unfolded) {
        String folded = IcsFolding.fold(unfolded);
        assertThat(unfold(folded)).isEqualTo(unfolded);
        return physicalLines(folded.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLineOf75OctetsStaysWholeAndOneOf76IsContinuedAfterASpace() {
        String exact = "X".repeat(75);
        assertThat(IcsFolding.fold(exact + CRLF)).isEqualTo(exact + CRLF);
        String over = "X".repeat(76);
        assertThat(IcsFolding.fold(over + CRLF)).isEqualTo("X".repeat(75) + "\r\n X" + CRLF);
        assertThat(IcsFolding.fold("X".repeat(75 + 74 + 3))).isEqualTo("X".repeat(75) + "\r\n " + "X".repeat(74) + "\r\n XXX");
        assertThat(IcsFolding.fold("")).isEmpty();
        assertThat(IcsFolding.fold("A:b" + CRLF + CRLF)).as("empty lines pass").isEqualTo("A:b" + CRLF + CRLF);
    }

    @Test
    void octetsNotCharsAreCounted() {
        // 37 × 'é' is 74 octets; the 38th would make 76.
        assertThat(IcsFolding.fold("é".repeat(38))).isEqualTo("é".repeat(37) + "\r\n é");
        // 18 rockets are 72 octets, a 19th would make 76; on the continuation 18 fit after the space (73 octets).
        assertThat(IcsFolding.fold("🚀".repeat(40))).isEqualTo("🚀".repeat(18) + "\r\n " + "🚀".repeat(18) + "\r\n " + "🚀".repeat(4));
        assertThat(IcsFolding.fold("€".repeat(26))).isEqualTo("€".repeat(25) + "\r\n €");
    }

    @Test
    void runsOfEmojiAccentsAndCjkCrossTheLimitAtEveryOffsetWithoutBeingSplit() {
        for (String ch : List.of("é", "€", "漢", "🚀", "👍🏽", "e\u0301", "👨\u200D👩\u200D👧")) {
            for (int offset = 0; offset <= 80; offset++) {
                String line = "DESCRIPTION:" + "x".repeat(offset) + ch.repeat(120 / ch.length()) + "!";
                List<String> physical = foldAndCheck(line + CRLF);
                assertThat(physical.size()).as("%s at offset %d is folded", ch, offset).isGreaterThan(1);
                for (int i = 1; i < physical.size(); i++) {
                    assertThat(physical.get(i)).startsWith(" ");
                }
            }
        }
    }

    @Test
    void aLineIsFoldedOnlyWhenTheNextCharacterDoesNotFit() {
        String line = "SUMMARY:" + "ab🚀é€".repeat(40);
        List<String> physical = foldAndCheck(line);
        for (int i = 0; i + 1 < physical.size(); i++) {
            int octets = physical.get(i).getBytes(StandardCharsets.UTF_8).length;
            int next = physical.get(i + 1).codePointAt(1);
            assertThat(octets + IcsFolding.utf8Length(next)).as("line %d could not take the next character", i).isGreaterThan(75);
        }
    }

    @Test
    void aBareLineBreakOrAnUnpairedSurrogateIsRefused() {
        assertThatThrownBy(() -> IcsFolding.fold("SUMMARY:a\nb\r\n")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LF");
        assertThatThrownBy(() -> IcsFolding.fold("SUMMARY:a\rb\r\n")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CR");
        assertThatThrownBy(() -> IcsFolding.fold("SUMMARY:a\r")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IcsFolding.fold("SUMMARY:\uD83D")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("surrogate");
        assertThatThrownBy(() -> IcsFolding.fold("SUMMARY:\uDE80x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IcsFolding.fold("SUMMARY:a\r\n b\r\n")).as("would read as a continuation")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whitespace");
        assertThatThrownBy(() -> IcsFolding.fold("\tSUMMARY:a\r\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void utf8LengthsFollowTheEncoder() {
        for (int cp : new int[] {0, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x1F680, 0x10FFFF}) {
            assertThat(IcsFolding.utf8Length(cp)).as("U+%04X", cp).isEqualTo(Character.toString(cp).getBytes(StandardCharsets.UTF_8).length);
        }
    }

    /** Code points of every UTF-8 length, supplementary ones as often as the others; no surrogates, no CR or LF. */
    static Gen<Integer> codePoints() {
        Gen<Integer> threeOctets = integers().between(0x800, 0xFFFF - 0x800).map(cp -> cp >= 0xD800 ? cp + 0x800 : cp);
        return Generate.oneOf(integers().between(0x20, 0x7E), integers().between(0x80, 0x7FF), threeOctets,
                integers().between(0x10000, 0x10FFFF));
    }

    /** A content line: a name, then any text (a line cannot start with a space, which would make it a continuation). */
    static Gen<String> lines() {
        return lists().of(codePoints()).ofType(Lists.arrayList()).ofSizeBetween(0, 260)
                .map(cps -> cps.stream().map(Character::toString).collect(Collectors.joining("", "X-TEXT:", "")));
    }

    @Test
    void foldingThenUnfoldingGivesBackAnyTextAndNoLineIsLongerThan75Octets() {
        Properties.qt(500)
                .forAll(lists().of(lines()).ofType(Lists.arrayList()).ofSizeBetween(1, 4))
                .checkAssert(lines -> {
                    String unfolded = String.join(CRLF, lines) + CRLF;
                    String folded = IcsFolding.fold(unfolded);
                    assertThat(unfold(folded)).isEqualTo(unfolded);
                    physicalLines(folded.getBytes(StandardCharsets.UTF_8));
                });
    }
}
