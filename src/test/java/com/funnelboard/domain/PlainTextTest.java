package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.funnelboard.testing.Properties;
import org.junit.jupiter.api.Test;

/** Text from a file as Funnelboard keeps it: names on one line, notes as lines, no control characters. */
class PlainTextTest {

    @Test
    void aTextThatReordersTheWordsAfterItIsKeptToItselfAndAnyOtherLeftAsItIs() {
        assertThat(PlainText.isolated("Carol\u202E")).isEqualTo("\u2068Carol\u202E\u2069");
        assertThat(PlainText.isolated("\u2067\u05D3\u05E0\u05D4")).isEqualTo("\u2068\u2067\u05D3\u05E0\u05D4\u2069");
        assertThat(PlainText.isolated("\u05D3\u05E0\u05D4 Cohen")).as("right-to-left letters alone reorder nothing after them")
                .isEqualTo("\u05D3\u05E0\u05D4 Cohen");
        assertThat(PlainText.isolated(null)).isNull();
    }

    @Test
    void aNameFromAFileIsOneLineWithoutControlCharacters() {
        assertThat(PlainText.oneLine("Anna\nBerg")).isEqualTo("Anna Berg");
        assertThat(PlainText.oneLine("Anna \r\n  Berg")).isEqualTo("Anna Berg");
        assertThat(PlainText.oneLine("Acme\tInc")).isEqualTo("Acme Inc");
        assertThat(PlainText.oneLine("Line\u2028separated\u000Bname\u0085x")).isEqualTo("Line separated name x");
        assertThat(PlainText.oneLine("Buyer\u0007")).isEqualTo("Buyer");
        assertThat(PlainText.oneLine("Ben\u001B[31mRed")).isEqualTo("Ben[31mRed");
        assertThat(PlainText.oneLine("\nAnna\n")).isEqualTo("Anna");
        assertThat(PlainText.oneLine("C\u0080\u009Fé")).isEqualTo("Cé");
        String clean = "Zoë  Åberg 😀";
        assertThat(PlainText.oneLine(clean)).isSameAs(clean);
        assertThat(PlainText.oneLine(null)).isNull();
    }

    @Test
    void notesKeepTheirLinesInOneConventionAndTheirTabs() {
        assertThat(PlainText.lines("one\r\ntwo\rthree\u2029four\u000Bfive")).isEqualTo("one\ntwo\nthree\nfour\nfive");
        assertThat(PlainText.lines("a\tb\u0007c")).isEqualTo("a\tbc");
        String clean = "first\n\tsecond";
        assertThat(PlainText.lines(clean)).isSameAs(clean);
    }

    @Test
    void anEmojiIsOneCharacter() {
        assertThat(PlainText.length("😀".repeat(151))).isEqualTo(151);
        assertThat(Validation.requiredText("😀".repeat(300), "Name", 300)).isEmpty();
        assertThat(Validation.requiredText("😀".repeat(301), "Name", 300)).contains("Name is longer than 300 characters");
    }

    @Test
    void validationNamesTheControlCharacterAFieldHolds() {
        assertThat(Validation.requiredText("Anna\nBerg", "Name", 300)).contains("Name holds a line break; it is one line");
        assertThat(Validation.optionalText("Buyer\u0007", "Title", 300)).contains("Title holds a control character (U+0007)");
        assertThat(Validation.optionalText("a\tb", "Title", 300)).contains("Title holds a tab; it is one line");
        assertThat(Validation.optionalLines("first\r\nsecond\tthird", "Notes", 300)).isEmpty();
        assertThat(Validation.optionalLines("first\u001Bsecond", "Notes", 300)).contains("Notes holds a control character (U+001B)");
    }

    /**
     * A line holds nothing that reorders or hides its text: a deal titled "Invoice ", U+202E, "fdp.exe Renewal"
     * read "Invoice laweneR exe.pdf" on the board, and a byte-order mark kept from a file's cell made "Mid Bom" another name.
     */
    @Test
    void aLineHoldsNothingThatReordersOrHidesItsText() {
        assertThat(PlainText.oneLine("Invoice \u202Efdp.exe Renewal")).isEqualTo("Invoice fdp.exe Renewal");
        assertThat(PlainText.oneLine("\uFEFFMid Bom")).isEqualTo("Mid Bom");
        assertThat(PlainText.oneLine("Ann\u200Bika \u2066Lind\u2069")).isEqualTo("Annika Lind");
        assertThat(PlainText.oneLine("Mid\u2060 Bom\u180E")).as("a word joiner, a Mongolian vowel separator").isEqualTo("Mid Bom");
        // A flag's tag characters stay (England's flag is a black flag and tags), as the soft hyphen does.
        assertThat(PlainText.oneLine("\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F Team")).startsWith("\uD83C\uDFF4\uDB40\uDC67");
        assertThat(Validation.requiredText("Invoice \u202Efdp.exe", "Title", 300))
                .contains("Title holds an invisible character that reorders or hides text (U+202E)");
        // Right-to-left names keep their direction marks, emoji their joiners; notes of several lines are left as written.
        assertThat(PlainText.oneLine("\u05D3\u05E0\u05D4\u200F (Dana)")).isEqualTo("\u05D3\u05E0\u05D4\u200F (Dana)");
        assertThat(PlainText.oneLine("\uD83D\uDC69\u200D\uD83D\uDCBB")).isEqualTo("\uD83D\uDC69\u200D\uD83D\uDCBB");
        assertThat(PlainText.firstControl("quote \u202Eetouq", true)).isEqualTo(-1);
    }

    @Test
    void whatTheCleaningLeavesPassesTheChecksAndCleaningAgainChangesNothing() {
        String[] pieces = {"a", "Z", " ", "é", "😀", "\t", "\n", "\r", "\u000B", "\u000C", "\u0000", "\u0007", "\u001B", "\u007F",
            "\u0085", "\u009F", "\u2028", "\u2029", "\u00A0", "\u202E", "\u2066", "\uFEFF", "\u200B", "\u200F"};
        Properties.qt(500).forAll(lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 30)).checkAssert(picks -> {
            StringBuilder b = new StringBuilder();
            picks.forEach(i -> b.append(pieces[i]));
            String text = b.toString();
            String line = PlainText.oneLine(text);
            assertThat(PlainText.firstControl(line, false)).as(line).isEqualTo(-1);
            assertThat(PlainText.oneLine(line)).isEqualTo(line);
            String lines = PlainText.lines(text);
            assertThat(PlainText.firstControl(lines, true)).as(lines).isEqualTo(-1);
            assertThat(lines).doesNotContain("\r");
            assertThat(PlainText.lines(lines)).isEqualTo(lines);
        });
    }

    /** A text is seen when it has a letter, digit, mark of punctuation or symbol; spaces and invisible characters alone are none. */
    @Test
    void onlyWhatCanBeSeenCountsAsText() {
        String[] unseen = {" ", "\t", "\n", "\u00A0", "\u2007", "\u202F", "\u3000", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF",
            "\u200E", "\u200F", "\u202E", "\u2066", "\u3164", "\u2800", "\u180E", "\u00AD"};
        String[] seen = {"a", "Ж", "名", "٣", "-", ".", "€", "😀", "\u0627"};
        Properties.qt(500).forAll(lists().of(integers().between(0, unseen.length - 1)).ofSizeBetween(0, 12),
                integers().between(0, seen.length - 1), integers().between(0, 12)).checkAssert((picks, one, at) -> {
            StringBuilder b = new StringBuilder();
            picks.forEach(i -> b.append(unseen[i]));
            assertThat(PlainText.hasVisible(b.toString())).as("%s", picks).isFalse();
            b.insert(Math.min(at, b.length()), seen[one]);
            assertThat(PlainText.hasVisible(b.toString())).as("%s with %s", picks, seen[one]).isTrue();
        });
        assertThat(PlainText.hasVisible(null)).isFalse();
    }
}
