package com.funnelboard.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock beside the database ("pipeline.db.lock", 0600) held while the database is open, so a
 * second running copy of the app — or a command-line write during a GUI session — is refused
 * instead of becoming a second writer. The OS releases it if the process dies.
 */
final class DatabaseLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @param database the database's real path (links resolved), so every name of it shares one lock */
    static DatabaseLock acquire(Path database) {
        Path lockFile = database.resolveSibling(database.getFileName() + ".lock");
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
            throw new StoreException(StoreException.Kind.IN_USE,
                    "Funnelboard is already running on " + database + "; close the other copy first.");
        }
        return new DatabaseLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
