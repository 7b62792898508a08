package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A search result's passage: the text around the first match, as people read it, with the matches marked. */
class SearchTextPassageTest {

    private static String marked(SearchHit.Marked m) {
        StringBuilder b = new StringBuilder(m.text());
        for (SearchHit.Highlight h : m.ranges().reversed()) {
            b.insert(h.end(), ']').insert(h.start(), '[');
        }
        return b.toString();
    }

    @Test
    void aPhonesDigitCopyIsLeftOutAndAMatchInItMarksTheNumberAsWritten() {
        String body = "Buyer ida@example.com +49 30 1033165 49301033165";
        assertThat(marked(SearchMarks.passage(body, SearchText.prefixes("4930"), 90))).isEqualTo("Buyer ida@example.com [+49 30 1033165]");
        assertThat(marked(SearchMarks.passage(body, SearchText.prefixes("1033"), 90))).isEqualTo("Buyer ida@example.com +49 30 [1033165]");
        assertThat(marked(SearchMarks.passage(body, SearchText.prefixes("buyer"), 90))).isEqualTo("[Buyer] ida@example.com +49 30 1033165");
    }

    /** A contact's title, addresses and numbers are told apart by a dot: "+49 170 333 4444 +49 30 2222 100" read as one number. */
    @Test
    void aContactsItemsAreShownApart() {
        String body = "Buyer ida@example.com +49 170 333 4444 491703334444 +49 30 2222 100 49302222100 vip";
        List<String> items = List.of("Buyer", "ida@example.com", "+49 170 333 4444", "+49 30 2222 100");
        assertThat(marked(SearchMarks.apart(SearchMarks.passage(body, SearchText.prefixes("ida"), 90), items)))
                .isEqualTo("Buyer \u00b7 [ida]@example.com \u00b7 +49 170 333 4444 \u00b7 +49 30 2222 100 \u00b7 vip");
        assertThat(marked(SearchMarks.apart(SearchMarks.passage(body, SearchText.prefixes("4930"), 90), items)))
                .isEqualTo("\u2026ida@example.com \u00b7 +49 170 333 4444 \u00b7 [+49 30 2222 100] \u00b7 vip");
        // Only whole items, and nothing after the last one or before a cut: a note's words stay as written.
        assertThat(SearchMarks.apart(new SearchHit.Marked("Buyers talk to Buyer", List.of()), List.of("Buyer")).text())
                .isEqualTo("Buyers talk to Buyer");
        assertThat(SearchMarks.apart(new SearchHit.Marked("\u2026ida@example.com \u2026", List.of()), List.of("ida@example.com")).text())
                .isEqualTo("\u2026ida@example.com \u2026");
        // A passage that begins inside an item: its end is told apart too ("…Sales vip,q1" ran on).
        assertThat(SearchMarks.apart(new SearchHit.Marked("\u2026Sales vip,q1 renewal", List.of()), List.of("VP Sales", "vip,q1", "renewal"))
                .text()).isEqualTo("\u2026Sales \u00b7 vip,q1 \u00b7 renewal");
        assertThat(SearchMarks.apart(new SearchHit.Marked("\u2026second line of the note zoe@dot.example", List.of()),
                List.of("First line\nsecond line of the note", "zoe@dot.example")).text())
                .as("a note's last line").isEqualTo("\u2026second line of the note \u00b7 zoe@dot.example");
    }

    @Test
    void twoNumbersEachLoseTheirCopyAndOtherNumbersStay() {
        String body = "Order 12345 12345 (555) 010-2030 5550102030 +1 555 0100 15550100 notes 2026";
        SearchHit.Marked m = SearchMarks.passage(body, SearchText.prefixes("555"), 200);
        assertThat(m.text()).isEqualTo("Order 12345 (555) 010-2030 +1 555 0100 notes 2026");
        assertThat(marked(m)).isEqualTo("Order 12345 [(555) 010-2030] +1 [555] 0100 notes 2026");
        assertThat(SearchMarks.withoutDigitCopies("no numbers here", List.of()).text()).isEqualTo("no numbers here");
        // An extension's letters stay in the copy: it is left out all the same ("5551234567ext12" showed); words are never copies.
        assertThat(SearchMarks.passage("555.123.4567 ext 12 5551234567ext12", SearchText.prefixes("555"), 200).text()).isEqualTo("555.123.4567 ext 12");
        assertThat(SearchMarks.withoutDigitCopies("room 12 room12", List.of()).text()).isEqualTo("room 12 room12");
    }

    /** "Gross" finds Groß, "Strasse" Straße, "Mueller" Müller: each typed word is asked for in its German spellings too. */
    @org.junit.jupiter.api.Test
    void germanSpellingsOfAWordAreAskedForToo() {
        assertThat(SearchText.spellings("Strasse")).containsExactly("Strasse", "stra\u00DFe");
        assertThat(SearchText.spellings("Weiß")).containsExactly("Weiß", "weiss");
        assertThat(SearchText.spellings("Mueller")).startsWith("Mueller", "muller");
        // The dots spelled out too: "jürgen" finds "Juergen".
        assertThat(SearchText.spellings("Jürgen")).contains("juergen");
        assertThat(SearchText.spellings("Ida")).startsWith("Ida");
        assertThat(SearchText.toMatch("gross ida").orElseThrow()).startsWith("(\"gross\"* OR \"gro\u00DF\"*").contains(" AND (\"Ida\"* OR ".replace("Ida", "ida"));
    }

    /** Ø, Ł and Đ are letters of their own to the index: asked for with and without them; O'Brien as "o brien" too. */
    @Test
    void lettersOfTheirOwnAreAskedForBothWays() {
        assertThat(SearchText.ownLetters("orsted")).contains("\u00F8rsted");
        assertThat(SearchText.ownLetters("\u00F8rsted")).startsWith("orsted");
        assertThat(SearchText.ownLetters("malgorzata")).contains("ma\u0142gorzata");
        assertThat(SearchText.ownLetters("obrien")).contains("o brien");
        assertThat(SearchText.ownLetters("ab")).isEmpty();
        assertThat(SearchText.ownLetters("lollipop")).as("a few spellings, not every combination").hasSizeLessThanOrEqualTo(7);
        assertThat(SearchText.spellings("Strasse")).as("a word with none of those letters is asked for as before").containsExactly("Strasse", "stra\u00DFe");
    }

    /** A Turkish word is asked for with its i's dotted and dotless; a Greek one without accents and with one on each vowel. */
    @Test
    void turkishAndGreekWordsAreAskedForInTheirSpellings() {
        assertThat(SearchText.spellings("ışık")).contains("işik", "ışık", "işık", "ışik");
        assertThat(SearchText.spellings("isik")).as("no Turkish letter: as typed").containsExactly("isik");
        assertThat(SearchText.spellings("γιωργος")).contains("γιώργοσ", "γιωργοσ");
        assertThat(SearchText.spellings("Γιώργος")).contains("γιωργοσ").doesNotContain("γίωργοσ");
        assertThat(SearchText.fold("Işık")).isEqualTo(SearchText.fold("ışık"));
    }
}
