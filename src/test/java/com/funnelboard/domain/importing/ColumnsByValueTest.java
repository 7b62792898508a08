package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsByValueTest {

    @Test
    void eMailsNumbersPeoplesAndCompaniesNamesAreToldAndTheRestLeftToTheUser() {
        List<String[]> rows = List.of(
                new String[] {"Nordwind AB", "Ana Lima", "ana@nordwind.example", "+46 8 123 45 67", "Berlin", "12500"},
                new String[] {"Acme Corp.", "José de la Cruz", "", "(030) 765-4321", "Kiel", "900"},
                new String[] {"Cancity", "Bo Chen", "bo@cancity.example", "", "Oslo", ""});
        // Most of the first column's names have a legal form: companies (the third has none, and is no person's name either).
        assertThat(ColumnsByValue.guess(rows, 6)).containsExactly(ImportField.ORGANIZATION_NAME, ImportField.CONTACT_NAME,
                ImportField.CONTACT_EMAIL, ImportField.CONTACT_PHONE, ImportField.IGNORE, ImportField.IGNORE);
    }

    /**
     * A CRM's table of deals dumped without its column names (vtiger's, from MySQL): its amounts were read as phone numbers and
     * every row made a contact of one; its stages and titles were left out, and its dates were numbers to call too.
     */
    @Test
    void aDumpOfDealsIsToldByItsAmountsAndStagesItsTitleAndIdFollow() {
        List<String[]> rows = List.of(
                new String[] {"100", "Windrose | Sistemas Especiales", "179500.00000000", "\\N", "Closed Lost", "Ex empleado", "2015-08-14 16:08:10"},
                new String[] {"104", "Megamall Sistema de Incendio", "420.00000000", "\\N", "Closed Won", "Relaciones públicas", "2015-08-14 16:22:19"},
                new String[] {"108", "Mobil Tech (Megamall)", "800.00000000", "2015-10-08", "Closed Won", "Cliente", "2015-08-14 16:43:48"},
                new String[] {"124", "Barrio Alto", "0.00000000", "2015-11-30", "Descartada", "Autogenerada", "2015-08-14 20:30:12"});
        assertThat(ColumnsByValue.guess(rows, 7)).containsExactly(ImportField.DEAL_EXTERNAL_ID, ImportField.DEAL_TITLE, ImportField.DEAL_VALUE,
                ImportField.IGNORE, ImportField.DEAL_STAGE, ImportField.IGNORE, ImportField.IGNORE);
    }

    @Test
    void numbersWithADotAreAmountsOnlyWhenWrittenAsAmountsAndIdsOnlyWhenDistinct() {
        // "555.1234" is a local number, "12.5" and "3.10" amounts; ids that repeat are no ids (a deal's stage made it a dump of deals).
        List<String[]> phones = List.of(new String[] {"555.1234", "7"}, new String[] {"555.9876", "7"});
        assertThat(ColumnsByValue.guess(phones, 2)).containsExactly(ImportField.CONTACT_PHONE, ImportField.IGNORE);
        List<String[]> deals = List.of(new String[] {"7", "Renewal", "12.5", "Closed Won"}, new String[] {"7", "Pilot", "3.10", "Closed Lost"});
        assertThat(ColumnsByValue.guess(deals, 4)).containsExactly(ImportField.IGNORE, ImportField.DEAL_TITLE, ImportField.DEAL_VALUE,
                ImportField.DEAL_STAGE);
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
