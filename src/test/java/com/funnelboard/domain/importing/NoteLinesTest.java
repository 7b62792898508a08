package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A file's notes imported again without replacing: nothing stored is taken away, nothing is written twice. */
class NoteLinesTest {

    @Test
    void aCorrectedNoteBesideTheLinesTheImportWritesAddsOnlyTheCorrection() {
        String stored = "Home address: 12 Acacia Avenue, London\nMet at the fair";
        String corrected = "Home address: 12 Acacia Avenue, London\nMet at the fair in Leeds";
        // The address line was written a second time at each correction.
        assertThat(NoteLines.added(stored, corrected)).isEqualTo(stored + "\nMet at the fair in Leeds");
        assertThat(NoteLines.added(NoteLines.added(stored, corrected), corrected)).isEqualTo(stored + "\nMet at the fair in Leeds");
    }

    @Test
    void theSameNotesOrNotesHoldingTheStoredOnesAddNothingTwice() {
        assertThat(NoteLines.added("Needs by Q1\nCalled on Dec 3", "Needs by Q1")).isEqualTo("Needs by Q1\nCalled on Dec 3");
        assertThat(NoteLines.added("Needs by Q1", "Needs by Q1\nPrefers mornings")).isEqualTo("Needs by Q1\nPrefers mornings");
        assertThat(NoteLines.added(null, "New")).isEqualTo("New");
        assertThat(NoteLines.added("Kept", null)).isEqualTo("Kept");
        assertThat(NoteLines.added("Kept", "  ")).isEqualTo("Kept");
    }

    @Test
    void everyLineOfBothIsKeptAndNoNewLineTwice() {
        var line = integers().between(0, 6).map(i -> i == 0 ? "" : "line " + i);
        com.funnelboard.testing.Properties.qt(2000).forAll(lists().of(line).ofSizeBetween(1, 6), lists().of(line).ofSizeBetween(1, 6))
                .checkAssert((a, b) -> {
                    String stored = String.join("\n", a);
                    String imported = String.join("\n", b);
                    String out = NoteLines.added(stored, imported);
                    List<String> lines = out == null ? List.of() : List.of(out.split("\n", -1));
                    for (String l : a) {
                        if (!l.isBlank() && !stored.isBlank()) {
                            assertThat(lines).as(stored + " + " + imported).contains(l);
                        }
                    }
                    for (String l : b) {
                        if (!l.isBlank()) {
                            assertThat(lines).as(stored + " + " + imported).contains(l);
                        }
                    }
                    if (!stored.isBlank() && !NoteLines.holds(imported, stored)) {
                        assertThat(out).as("the stored notes first, whole").startsWith(stored);
                        String added = out.substring(stored.length());
                        var addedLines = List.of(added.split("\n")).stream().filter(s -> !s.isBlank()).collect(Collectors.toList());
                        assertThat(addedLines).as("each added line once, none stored before: " + stored + " + " + imported)
                                .doesNotHaveDuplicates().noneMatch(a::contains);
                    }
                });
    }
}
