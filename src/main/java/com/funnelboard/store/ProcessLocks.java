package com.funnelboard.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether this process still holds a POSIX lock on a file, where the system says so (Linux's
 * /proc/locks). A process loses its locks on a file whenever it closes any descriptor of it, and
 * SQLite does not notice: see {@link Store#renewLocks}. Used by the store alone.
 */
final class ProcessLocks {

    private static final Path LOCKS = Path.of("/proc/locks");
    private static final Pattern INODE = Pattern.compile("ino=(\\d+)");

    private ProcessLocks() {}

    /** Whether this process holds a POSIX lock on {@code file}; empty where that cannot be told (not Linux). */
    static Optional<Boolean> held(Path file) {
        if (!Files.isReadable(LOCKS)) {
            return Optional.empty();
        }
        try {
            Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            Matcher m = INODE.matcher(String.valueOf(key));
            if (!m.find()) {
                return Optional.empty();
            }
            String inode = ":" + m.group(1) + " ";
            String pid = " " + ProcessHandle.current().pid() + " ";
            try (var lines = Files.lines(LOCKS)) {
                return Optional.of(lines.anyMatch(l -> l.contains(" POSIX ") && l.contains(pid) && l.contains(inode)));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
