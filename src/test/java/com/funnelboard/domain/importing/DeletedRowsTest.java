package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A row the program that wrote the file marks deleted (Salesforce's "Export All" carries its recycle bin) is left out and said. */
class DeletedRowsTest {

    @Test
    void aRowMarkedDeletedIsLeftOutAndTheOthersRead() {
        List<String> headers = List.of("Id", "IsDeleted", "LastName", "FirstName", "Email");
        RowParser parser = new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "EUR", Locale.UK);

        ImportRow gone = parser.parse(3, new String[] {"003bm1", "TRUE", "Forbes", "Sean", "sean@edge.example"});
        assertThat(gone.contact()).isNull();
        assertThat(gone.problems()).isEmpty();
        assertThat(gone.notices()).singleElement().satisfies(n -> {
            assertThat(n.column()).isEqualTo("IsDeleted");
            assertThat(n.reason()).isEqualTo("deleted in the program the file came from (IsDeleted TRUE), so not brought back");
        });

        ImportRow kept = parser.parse(2, new String[] {"003bm0", "FALSE", "Gonzalez", "Rose", "rose@edge.example"});
        assertThat(kept.contact().name()).isEqualTo("Rose Gonzalez");
        assertThat(kept.notices()).isEmpty();
    }

    @Test
    void aDeletedColumnMappedToAFieldIsThatField() {
        List<String> headers = List.of("Name", "deleted");
        List<ImportField> mapping = List.of(ImportField.CONTACT_NAME, ImportField.NOTES);
        RowParser parser = new RowParser(headers, mapping, new StageNames(Map.of()), "EUR", Locale.UK);
        assertThat(parser.parse(2, new String[] {"Rose Gonzalez", "yes"}).contact()).isNotNull();
    }
}
