package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A file written from inside a read (an export streaming its rows) that fails is said as that file's failure: "The database
 * could not be used: … No space left on device at [No location information]" was said of a full disk elsewhere.
 */
class StoreErrorsTest {

    @Test
    void aWriteElsewhereIsItsOwnFailureAndTheDriversStaysTheDatabases() {
        DataAccessException export = new DataAccessException("java.io.IOException: Cannot write deals.csv at [No location information]",
                new java.io.UncheckedIOException(new IOException("Cannot write deals.csv: No space left on device")));
        assertThat(StoreErrors.writingElsewhere(export)).get().extracting(Throwable::getMessage)
                .isEqualTo("Cannot write deals.csv: No space left on device");

        DataAccessException full = new DataAccessException("full", new SQLiteException("database or disk is full", SQLiteErrorCode.SQLITE_FULL));
        assertThat(StoreErrors.writingElsewhere(full)).as("the database's own disk").isEmpty();
        assertThat(StoreErrors.translate(full, Path.of("p.db")).getMessage()).startsWith("The disk is full; the last change was not saved");
    }

    /**
     * An I/O error on a disk with no room left is said as a full disk: a database opened on a full
     * disk (its journal cannot grow) was "The disk reported an error … Check the disk", even for
     * `check`, which changes nothing. (/proc is a file system with no free space at all.)
     */
    @Test
    void anIoErrorOnADiskWithNoRoomIsSaidAsAFullDisk() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        SQLiteException ioerr = new SQLiteException("disk I/O error", SQLiteErrorCode.SQLITE_IOERR_WRITE);
        assertThat(StoreErrors.translate(ioerr, Path.of("/proc/self/pipeline.db")).getMessage())
                .isEqualTo("The disk holding /proc/self/pipeline.db is full; nothing more was saved (everything saved before is intact). "
                        + "Free some space and try again.");
        assertThat(StoreErrors.translate(ioerr, Path.of(System.getProperty("java.io.tmpdir"), "p.db")).getMessage())
                .as("a disk with room").startsWith("The disk reported an error while using");
    }

    /** Why a file was not written, in a few words, before any path: the status bar cut "No space left on device" off. */
    @Test
    void whyAFileWasNotWrittenIsSaidInAFewWords(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThat(StoreErrors.whyNotWritten(new java.nio.file.FileSystemException(dir.resolve("a.tmp").toString(), null,
                "No space left on device"), dir)).isEqualTo("the disk is full");
        assertThat(StoreErrors.whyNotWritten(new java.nio.file.FileSystemException(dir.resolve("a.tmp").toString(), null,
                "Read-only file system"), dir)).isEqualTo("the folder is read-only");
        assertThat(StoreErrors.whyNotWritten(new java.nio.file.NoSuchFileException(dir.resolve("gone/a.tmp").toString()), dir.resolve("gone")))
                .startsWith("the folder is not there");
        assertThat(StoreErrors.whyNotWritten(new java.nio.file.AccessDeniedException(dir.resolve("a.tmp").toString()), dir))
                .isEqualTo("permission denied");
        assertThat(StoreErrors.whyNotWritten(new IOException("Input/output error"), dir)).isEqualTo("Input/output error");
    }

    /** A share file that could not be written says why first, then where (a full USB stick's reason was cut off). */
    @Test
    void aShareFileNotWrittenSaysWhyBeforeWhere(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path file = dir.resolve("team/maria-lopez-685654d1.funnel");
        assertThat(ShareFile.notWritten(file, new java.nio.file.FileSystemException(file + ".tmp", null, "No space left on device"))
                .getMessage()).isEqualTo("The disk is full, so the share file maria-lopez-685654d1.funnel was not written (in "
                        + file.getParent().toAbsolutePath() + ").");
    }
}
