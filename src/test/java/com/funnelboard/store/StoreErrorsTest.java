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
}
