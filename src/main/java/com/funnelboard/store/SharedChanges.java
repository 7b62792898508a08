package com.funnelboard.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The change sets of a share file, read and checked: what a teammate's installation recorded (its
 * own and what it received from others), as they travel between installations.
 *
 * @param source the file they were read from
 * @param exporter the installation that wrote the file
 * @param schema the database schema version the values are for
 * @param digests each set's check value as the file gives it, by set id (see {@link ShareSetDigests}); empty where none was
 *     read (a file of an earlier version, or the headers alone)
 * @param unread the sets whose entries were not read (known here when the file was read: their entries are left empty)
 */
public record SharedChanges(Path source, UUID exporter, int schema, List<Set> sets, Map<String, String> digests, java.util.Set<UUID> unread) {

    public SharedChanges {
        digests = Map.copyOf(digests);
        unread = java.util.Set.copyOf(unread);
    }

    /** One change set as it travels: who, where, when, what its author had received, and its entries. */
    public record Set(UUID id, String origin, String author, UUID replica, long hlc, long madeAt, String summary, String seenJson,
            Map<UUID, Long> seen, List<Entry> entries) {}

    /** One entry: a field's new value (a JSON literal), or a new row whole (field "*", a JSON object). */
    public record Entry(long seq, String table, String row, String field, String value) {}

    public long entryCount() {
        return sets.stream().mapToLong(s -> s.entries().size()).sum();
    }
}
