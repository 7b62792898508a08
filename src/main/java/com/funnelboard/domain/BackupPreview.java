package com.funnelboard.domain;

import java.time.Instant;
import java.util.List;

/**
 * What a backup file holds, read without changing it: whether SQLite finds it intact, its schema
 * version, how many live deals and contacts it has, and its newest recorded change.
 *
 * @param problems what SQLite's integrity check or the identification found; empty when sound
 * @param newestChangeAt null when it records no change
 */
public record BackupPreview(String file, int version, long deals, long contacts, Instant newestChangeAt, String newestChange,
        String newestAuthor, List<String> problems) {

    public BackupPreview {
        problems = List.copyOf(problems);
    }

    public boolean healthy() {
        return problems.isEmpty();
    }

    /** A backup that could not be read at all. */
    public static BackupPreview unreadable(String file, String problem) {
        // A refusal to open says "…; nothing was changed.": of a backup only looked at, the problem alone is told.
        return new BackupPreview(file, -1, 0, 0, null, null, null, List.of(problem.replaceFirst("(; nothing was changed)?\\.?$", "")));
    }
}
