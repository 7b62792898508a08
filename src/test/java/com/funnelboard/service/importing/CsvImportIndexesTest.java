package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.importing.ImportField;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvImportIndexesTest {

    private static final List<ImportField> CONTACTS = List.of(ImportField.CONTACT_FIRST_NAME, ImportField.CONTACT_LAST_NAME,
            ImportField.CONTACT_EMAIL, ImportField.ORGANIZATION_NAME);

    @Test
    void theContactIndexesAreBuiltAtTheEndForAFileOfMoreContactsThanAreStoredAndAtLeastFiveChunks() {
        long hundredThousandRows = 8_300_000; // the benchmark's 100,000 rows
        assertThat(CsvImport.manyContacts(hundredThousandRows, CONTACTS, CsvImport.CHUNK, 0)).isTrue();
        assertThat(CsvImport.manyContacts(hundredThousandRows, CONTACTS, CsvImport.CHUNK, 90_000)).isTrue();
        assertThat(CsvImport.manyContacts(hundredThousandRows, CONTACTS, CsvImport.CHUNK, 200_000)).as("more contacts stored").isFalse();
        assertThat(CsvImport.manyContacts(1_000_000, CONTACTS, CsvImport.CHUNK, 0)).as("12,500 rows: two chunks").isFalse();
        assertThat(CsvImport.manyContacts(hundredThousandRows, List.of(ImportField.ORGANIZATION_NAME, ImportField.DEAL_VALUE), CsvImport.CHUNK, 0))
                .as("no contact in the file").isFalse();
    }
}
