package com.funnelboard.domain;

import java.util.List;

/**
 * The verdict on a database file: whether it is a Funnelboard database, its schema version,
 * whether SQLite finds it intact, whether its references hold, and whether it holds exactly the
 * objects the migrations create. Every problem is one sentence.
 *
 * @param file the file as the user named it
 * @param funnelboard false when the file is not a Funnelboard database at all
 * @param version the schema version it records (0 for an empty file, -1 when unreadable)
 * @param integrity what SQLite's integrity check reported (empty when intact)
 * @param foreignKeys references that point nowhere, and values the program could not read back (a
 *     currency that is no ISO 4217 code, a day that is none…), one line each (empty when all hold)
 * @param schema objects that differ from the ones the migrations create, and migration-history
 *     rows that are not ours (empty when it matches)
 * @param full true when the full integrity check ran, false for the quick one
 */
public record DatabaseCheck(String file, boolean funnelboard, int version, List<String> integrity, List<String> foreignKeys,
        List<String> schema, boolean full) {

    public DatabaseCheck {
        integrity = List.copyOf(integrity);
        foreignKeys = List.copyOf(foreignKeys);
        schema = List.copyOf(schema);
    }

    public boolean healthy() {
        return funnelboard && integrity.isEmpty() && foreignKeys.isEmpty() && schema.isEmpty();
    }

    /** One sentence for the user: the verdict and what to do. */
    public String verdict() {
        if (!funnelboard) {
            return file + " is not a Funnelboard database.";
        }
        if (healthy()) {
            return file + " is intact: " + (full ? "full" : "quick") + " integrity check passed, every reference and value holds, and its schema (version "
                    + version + ") is exactly the one Funnelboard creates.";
        }
        if (integrity.isEmpty() && foreignKeys.isEmpty() && schema.size() == 1 && schema.getFirst().startsWith(file + " ")) {
            // A finding that is a whole sentence about the file ("… was written by a newer Funnelboard (schema 20); update the
            // app to open it"): said as it is, not inside "it holds …" with a backup to restore.
            return schema.getFirst().endsWith(".") ? schema.getFirst() : schema.getFirst() + ".";
        }
        StringBuilder b = new StringBuilder(file + " has problems:");
        if (!integrity.isEmpty()) {
            b.append(" SQLite's integrity check failed (").append(integrity.size()).append(integrity.size() == 1 ? " error)" : " errors)");
            b.append(foreignKeys.isEmpty() && schema.isEmpty() ? "." : ";");
        }
        if (!foreignKeys.isEmpty()) {
            b.append(" ").append(foreignKeys.size()).append(foreignKeys.size() == 1 ? " inconsistency" : " inconsistencies").append(" (")
                    .append(foreignKeys.getFirst()).append(")").append(schema.isEmpty() ? "." : ";");
        }
        if (!schema.isEmpty()) {
            b.append(" it holds ").append(schema.getFirst()).append(schema.size() > 1 ? " (and " + (schema.size() - 1) + " more)." : ".");
        }
        b.append(" Restore a backup, or ask whoever sent it for a fresh copy.");
        return b.toString();
    }
}
