package com.funnelboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A file opened with Funnelboard or dropped on it goes where it belongs: a CSV to the import, a share file to the merge. */
class OpenedFileTest {

    @Test
    void aSpreadsheetOrAddressBookIsImportedAndAShareFileMerged() {
        // Opened from the file manager: a CSV was offered as a share file and refused ("not an SQLite file").
        assertThat(OpenedFile.of(Path.of("/home/ida/Leads.CSV"), false)).isEqualTo(OpenedFile.IMPORT);
        assertThat(OpenedFile.of(Path.of("contacts.vcf"), false)).isEqualTo(OpenedFile.IMPORT);
        assertThat(OpenedFile.of(Path.of("ann.funnel"), false)).isEqualTo(OpenedFile.MERGE);
        assertThat(OpenedFile.of(Path.of("ann-copy"), false)).as("anything else opened: the merge says what it is").isEqualTo(OpenedFile.MERGE);
        // Dropped on the window: a share file went to the CSV import.
        assertThat(OpenedFile.of(Path.of("ann.funnel"), true)).isEqualTo(OpenedFile.MERGE);
        assertThat(OpenedFile.of(Path.of("export"), true)).as("anything else dropped: the import says what it makes of it")
                .isEqualTo(OpenedFile.IMPORT);
    }
}
