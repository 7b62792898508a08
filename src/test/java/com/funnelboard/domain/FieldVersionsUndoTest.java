package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An undo and the redo right after it cancel out: Ida merges Bo's title, undoes the merge and redoes
 * it; Bo, not having received either, edits the title again. That is Bo changing his own value, not
 * a conflict; an undo left alone (or undone again) still is a deliberate edit.
 */
class FieldVersionsUndoTest {

    private static final UUID IDA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BO = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private static FieldVersion v(UUID replica, long hlc, Map<UUID, Long> seen, String value, boolean undo) {
        return new FieldVersion(UUID.randomUUID(), replica, hlc, seen, value, replica.equals(IDA) ? "Ida" : "Bo", undo);
    }

    private final FieldVersion idasOwn = v(IDA, 1, Map.of(), "\"Pilot\"", false);
    private final FieldVersion bosEdit = v(BO, 5, Map.of(IDA, 1L), "\"Pilot, 40 seats\"", false);
    /** Ida's undo of the merge that brought Bo's edit: her value back. */
    private final FieldVersion undo = v(IDA, 10, Map.of(BO, 5L), "\"Pilot\"", true);
    /** Ida's redo: Bo's value again. */
    private final FieldVersion redo = v(IDA, 12, Map.of(BO, 5L), "\"Pilot, 40 seats\"", true);
    /** Bo edits again, having received neither. */
    private final FieldVersion bosNext = v(BO, 20, Map.of(IDA, 1L), "\"Pilot, 45 seats\"", false);

    @Test
    void anUndoAndItsRedoCancelOutSoATeammatesLaterEditIsNoConflict() {
        FieldVersions.Decision d = FieldVersions.decide(List.of(idasOwn, bosEdit, undo, redo, bosNext));
        assertThat(d.winner()).isEqualTo(bosNext);
        assertThat(d.inConflict()).isFalse();
        // Without Bo's next edit, the field holds what the redo put back (Bo's first edit).
        assertThat(FieldVersions.decide(List.of(idasOwn, bosEdit, undo, redo)).winner().value()).isEqualTo("\"Pilot, 40 seats\"");
        // The same when the redo is stamped after Bo's next edit.
        FieldVersion lateRedo = v(IDA, 30, Map.of(BO, 5L), "\"Pilot, 40 seats\"", true);
        FieldVersions.Decision late = FieldVersions.decide(List.of(idasOwn, bosEdit, undo, lateRedo, bosNext));
        assertThat(late.winner()).isEqualTo(bosNext);
        assertThat(late.inConflict()).isFalse();
    }

    @Test
    void anUndoLeftAloneOrUndoneAgainIsADeliberateEdit() {
        assertThat(FieldVersions.decide(List.of(idasOwn, bosEdit, undo, bosNext)).inConflict()).as("Ida took Bo's value back; Bo changed it again").isTrue();
        FieldVersion undoAgain = v(IDA, 14, Map.of(BO, 5L), "\"Pilot\"", true);
        FieldVersions.Decision d = FieldVersions.decide(List.of(idasOwn, bosEdit, undo, redo, undoAgain, bosNext));
        assertThat(d.inConflict()).isTrue();
        assertThat(FieldVersions.decide(List.of(idasOwn, bosEdit, undo, redo, undoAgain)).winner().value()).isEqualTo("\"Pilot\"");
    }

    @Test
    void aUserEditThatHappensToPutBackAValueIsNoUndo() {
        FieldVersion retyped = v(IDA, 12, Map.of(BO, 5L), "\"Pilot, 40 seats\"", false);
        assertThat(FieldVersions.decide(List.of(idasOwn, bosEdit, undo, retyped, bosNext)).inConflict()).isTrue();
    }
}
