package com.funnelboard.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What SQLite leaves beside a file in WAL mode that was only read (its -shm index, an empty -wal), taken away again. */
final class ReadingSidecars {

    private ReadingSidecars() {}

    /**
     * What to do after only reading a file that may be refused: SQLite, reading a file in WAL mode,
     * makes its -shm index (and an empty -wal) beside it. The returned action deletes those that were
     * not there before and hold nothing (a -wal of no bytes), so a refused or checked file is left
     * exactly as it came, with nothing new beside it. Run it once the reading connection is closed.
     */
    static Runnable removeSidecarsMadeByReading(Path database) {
        String name = database.getFileName().toString();
        Path wal = database.resolveSibling(name + "-wal");
        Path shm = database.resolveSibling(name + "-shm");
        boolean walBefore = Files.exists(wal, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        boolean shmBefore = Files.exists(shm, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return () -> {
            try {
                if (!walBefore && Files.isRegularFile(wal, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(wal) == 0) {
                    Files.delete(wal);
                }
                // The index reading made goes when no log is left beside the file, or an empty one it came with (a damaged
                // file's copy kept aside with its log; the index stayed beside it) — and nobody opened the file meanwhile.
                if (!shmBefore && (!Files.exists(wal, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        || Files.isRegularFile(wal, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(wal) == 0)) {
                    deleteIndexNobodyUses(shm);
                }
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(ReadingSidecars.class).debug("Could not remove what reading {} left beside it", database, e);
            }
        };
    }

    /** Where SQLite's connections hold a shared lock on a WAL index for as long as they use it (its "dead man's switch"). */
    private static final long INDEX_IN_USE_BYTE = 120 + 8;

    /**
     * Deletes a WAL index that no connection uses: one made while this program read the file, that another program may have
     * opened the file through since. Deleting it under that program would leave two indexes of one log (the next opener makes
     * a new one), so it goes only while its in-use lock can be taken whole, held until it is gone.
     */
    private static void deleteIndexNobodyUses(Path shm) throws IOException {
        if (!Files.isRegularFile(shm, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (java.nio.channels.FileChannel index = java.nio.channels.FileChannel.open(shm, java.nio.file.StandardOpenOption.READ,
                java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock alone = index.tryLock(INDEX_IN_USE_BYTE, 1, false)) {
            if (alone != null) {
                Files.delete(shm);
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            // held within this program: in use
        }
    }

}
