package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whether a record is deleted, and when a delete and an edit of it are a conflict. */
class FieldVersionsDeletionTest {

    private static final UUID IDA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BO = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private static FieldVersion v(UUID replica, long hlc, Map<UUID, Long> seen, String value) {
        return new FieldVersion(UUID.randomUUID(), replica, hlc, seen, value, replica.equals(IDA) ? "Ida" : "Bo");
    }

    private final FieldVersion created = v(IDA, 1, Map.of(), "null");

    @Test
    void aDeleteAndAnEditThatDidNotSeeEachOtherConflict() {
        FieldVersion delete = v(IDA, 10, Map.of(), "1000");
        FieldVersion edit = v(BO, 11, Map.of(IDA, 1L), "\"Pilot, 40 seats\"");

        FieldVersions.Decision d = FieldVersions.decideDeletion(List.of(created, delete), List.of(edit));

        assertThat(d.winner()).isEqualTo(delete);
        assertThat(d.conflicting()).singleElement().satisfies(c -> {
            assertThat(c.changeSet()).isEqualTo(edit.changeSet());
            assertThat(c.value()).isEqualTo("null");
        });
    }

    @Test
    void aDeleteMadeKnowingTheEditOrAnEditMadeKnowingTheDeleteIsNoConflict() {
        FieldVersion edit = v(BO, 5, Map.of(IDA, 1L), "\"x\"");
        FieldVersion deleteAfter = v(IDA, 10, Map.of(BO, 5L), "1000");
        assertThat(FieldVersions.decideDeletion(List.of(created, deleteAfter), List.of(edit)).inConflict()).isFalse();

        FieldVersion delete = v(IDA, 10, Map.of(), "1000");
        FieldVersion editAfter = v(BO, 12, Map.of(IDA, 10L), "\"y\"");
        assertThat(FieldVersions.decideDeletion(List.of(created, delete), List.of(editAfter)).inConflict()).isFalse();
    }

    @Test
    void keepingItDeletedKnowingTheEditEndsTheConflict() {
        FieldVersion delete = v(IDA, 10, Map.of(), "1000");
        FieldVersion edit = v(BO, 11, Map.of(IDA, 1L), "\"x\"");
        FieldVersion keptDeleted = v(IDA, 20, Map.of(BO, 11L), "1000");

        assertThat(FieldVersions.decideDeletion(List.of(created, delete, keptDeleted), List.of(edit)).inConflict()).isFalse();
    }

    @Test
    void twoDeletesAgreeAndADeleteAgainstARestoreConflicts() {
        FieldVersion ida = v(IDA, 10, Map.of(), "1000");
        FieldVersion bo = v(BO, 11, Map.of(IDA, 1L), "2000");
        assertThat(FieldVersions.decideDeletion(List.of(created, ida, bo), List.of()).inConflict()).isFalse();

        FieldVersion restore = v(BO, 30, Map.of(IDA, 10L), "null"); // Bo restored Ida's delete ...
        FieldVersion again = v(IDA, 31, Map.of(), "3000"); // ... while Ida, unaware, deleted it again
        FieldVersions.Decision d = FieldVersions.decideDeletion(List.of(created, ida, restore, again), List.of());
        assertThat(d.winner()).isEqualTo(again);
        assertThat(d.conflicting()).extracting(FieldVersion::changeSet).containsExactly(restore.changeSet());
    }
}
