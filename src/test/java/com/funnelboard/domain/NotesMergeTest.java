package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.funnelboard.testing.Properties;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes typed from one version while another program changed them: nothing either side wrote is lost, nothing either removed comes back. */
class NotesMergeTest {

    @Test
    void theTypingIsSavedWithTheLinesAddedElsewhereAfterIt() {
        assertThat(NotesMerge.of("Budget approved.", "Budget approved.\nDemo in May.", "Budget approved.")).as("nobody else")
                .isEqualTo("Budget approved.\nDemo in May.");
        assertThat(NotesMerge.of("Budget approved.", "Budget approved.", "BEN: wants SSO")).as("nothing typed").isEqualTo("BEN: wants SSO");
        assertThat(NotesMerge.of("Budget approved.", "Budget approved. AVA typing", "Budget approved.\nBEN: wants SSO"))
                .isEqualTo("Budget approved. AVA typing\nBEN: wants SSO");
        assertThat(NotesMerge.of("", "", "")).isEmpty();
        assertThat(NotesMerge.of(null, "mine", null)).isEqualTo("mine");
        // A teammate's rewrite, and a line added here: the lines the rewrite replaced do not come back.
        assertThat(NotesMerge.of("Base line 1\nBase line 2", "Base line 1\nBase line 2\nRita: demo booked", "Rewritten by Ben: base info obsolete"))
                .isEqualTo("Rita: demo booked\nRewritten by Ben: base info obsolete");
    }

    @Test
    void everyLineTypedOrAddedElsewhereIsKeptAndNoLineTakenOutElsewhereComesBack() {
        var lines = lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 6)).ofSizeBetween(0, 6);
        Properties.qt(500).forAll(lines, lines, lines).checkAssert((base, mine, theirs) -> {
            String merged = NotesMerge.of(String.join("\n", base), String.join("\n", mine), String.join("\n", theirs));
            // (The notes' ends are stripped as they are saved: a line's trailing blanks at the very end go.)
            List<String> kept = merged.lines().map(String::stripTrailing).toList();
            assertThat(kept).as("what was typed").containsAll(mine.stream().filter(l -> !l.isBlank() && !(base.contains(l) && !theirs.contains(l)))
                    .map(String::stripTrailing).toList());
            if (!theirs.equals(base)) {
                assertThat(kept).as("what was added elsewhere").containsAll(theirs.stream()
                        .filter(l -> !l.isBlank() && !base.contains(l)).map(String::stripTrailing).toList());
            }
            if (!theirs.equals(base) && !mine.equals(base) && !theirs.equals(mine)) {
                // A line of the base both sides had, which the other change took out, is gone.
                for (String line : base) {
                    boolean addedAgainAlike = theirs.stream().anyMatch(l -> l.stripTrailing().equals(line.stripTrailing()));
                    if (!line.isBlank() && mine.contains(line) && !addedAgainAlike) {
                        assertThat(kept).as("taken out elsewhere: " + line).doesNotContain(line.stripTrailing());
                    }
                }
            }
        });
    }
}
