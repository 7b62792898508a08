package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A file that could not be written is said as itself, the disk named as full, and what stays as it was. */
class FileFailureWordsTest {

    @Test
    void aFullDiskIsNamedAndTheDatabaseSaidToBeUnchanged() {
        assertThat(FileFailure.words("Cannot write /media/usb/deals.csv: No space left on device"))
                .isEqualTo("Cannot write /media/usb/deals.csv: No space left on device (the disk is full). A file it would have replaced "
                        + "is as it was, and the database is unchanged.");
        assertThat(FileFailure.words("The backup could not be written to /home/ida/backups: the disk is full."))
                .startsWith("The backup could not be written to /home/ida/backups: the disk is full. ").doesNotContain("database could not");
    }
}
