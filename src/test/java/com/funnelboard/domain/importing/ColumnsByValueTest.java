package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsByValueTest {

    @Test
    void eMailsNumbersAndPeoplesNamesAreToldAndTheRestLeftToTheUser() {
        List<String[]> rows = List.of(
                new String[] {"Nordwind AB", "Ana Lima", "ana@nordwind.example", "+46 8 123 45 67", "Berlin", "12500"},
                new String[] {"Acme Corp.", "José de la Cruz", "", "(030) 765-4321", "Kiel", "900"},
                new String[] {"Cancity", "Bo Chen", "bo@cancity.example", "", "Oslo", ""});
        assertThat(ColumnsByValue.guess(rows, 6)).containsExactly(ImportField.IGNORE, ImportField.CONTACT_NAME, ImportField.CONTACT_EMAIL,
                ImportField.CONTACT_PHONE, ImportField.IGNORE, ImportField.IGNORE);
    }

    @Test
    void aColumnIsMatchedOnlyWhenEveryValueFitsAndEachFieldGoesToOneColumn() {
        List<String[]> rows = List.of(
                new String[] {"ana@x.example", "Ana Lima", "not an address", "Per Olsen"},
                new String[] {"bo@x.example", "Bo Chen", "ida@x.example", "Eva Berg"});
        assertThat(ColumnsByValue.guess(rows, 4)).containsExactly(ImportField.CONTACT_EMAIL, ImportField.CONTACT_NAME, ImportField.IGNORE,
                ImportField.IGNORE);
        assertThat(ColumnsByValue.guess(List.<String[]>of(new String[] {"", ""}), 2)).containsOnly(ImportField.IGNORE);
    }
}
