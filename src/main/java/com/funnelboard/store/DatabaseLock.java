package com.funnelboard.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock beside the database ("pipeline.db.lock", 0600). The window holds it while it is
 * open, so a second window on the same database is refused; commands do not take it (they write
 * beside the window under SQLite's own locking), except for the moment they upgrade the file's
 * schema. The OS releases it if the process dies.
 */
final class DatabaseLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    /** The lock file, when taking the lock made it (none was there). */
    private final Path made;

    private DatabaseLock(FileChannel channel, FileLock lock, Path made) {
        this.channel = channel;
        this.lock = lock;
        this.made = made;
    }

    /**
     * The lock of the one window on a database.
     *
     * @param database the database's real path (links resolved), so every name of it shares one lock
     * @throws StoreException (in use) when another window holds it
     */
    static DatabaseLock window(Path database) {
        DatabaseLock lock = tryAcquire(database);
        if (lock == null) {
            throw new StoreException(StoreException.Kind.IN_USE, "Funnelboard already has a window open on " + database
                    + "; switch to that window (commands still work beside it).");
        }
        return lock;
    }

    /**
     * The lock for upgrading the schema from a command: waits a few seconds for another command
     * upgrading the same file, and refuses when a window holds it (a window of an older version,
     * since a window upgrades the file when it opens it).
     */
    static DatabaseLock forUpgrade(Path database) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(ConnectionPool.BUSY_TIMEOUT_MS);
        while (true) {
            DatabaseLock lock = tryAcquire(database);
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > until) {
                throw new StoreException(StoreException.Kind.IN_USE, database + " needs an upgrade, but a Funnelboard window of an "
                        + "older version has it open; close that window and try again.");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException(StoreException.Kind.IO, "Interrupted while waiting to upgrade " + database + ".", e);
            }
        }
    }

    /** Whether a window (of this process or another) has {@code database} open now: its lock is held. */
    static boolean heldByAWindow(Path database) {
        if (!java.nio.file.Files.exists(database.resolveSibling(database.getFileName() + ".lock"))) {
            return false;
        }
        DatabaseLock probe = tryAcquire(database);
        if (probe == null) {
            return true;
        }
        probe.close();
        return false;
    }

    /** The lock, or null when another holder has it. */
    private static DatabaseLock tryAcquire(Path database) {
        Path lockFile = database.resolveSibling(database.getFileName() + ".lock");
        boolean existed = java.nio.file.Files.exists(lockFile);
        FileChannel channel;
        try {
            channel = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? FileChannel.open(lockFile, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")))
                    : FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "Cannot create the lock file " + lockFile + ": " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Kind.IO, "Cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            return null;
        }
        return new DatabaseLock(channel, lock, existed ? null : lockFile);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel close below releases it as well
            org.slf4j.LoggerFactory.getLogger(DatabaseLock.class).debug("Releasing the lock; closing its file releases it", e);
        }
        closeQuietly(channel);
    }

    /**
     * Releases the lock and, when taking it made the lock file, removes that file too: a database the
     * window refused keeps nothing new beside it.
     */
    void closeLeavingNothing() {
        if (made != null) {
            try {
                java.nio.file.Files.deleteIfExists(made); // while still held: nobody else took it meanwhile
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(DatabaseLock.class).warn("Could not remove the lock file {}", made, e);
            }
        }
        close();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(DatabaseLock.class).warn("Closing the lock file", e);
        }
    }
}
