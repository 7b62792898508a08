package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Within one file, a person named with an e-mail address on one row and by name alone on another,
 * at the same organization, is one contact, whichever row comes first: as when the rows come in two
 * files.
 */
class CsvImportSamePersonTest extends ImportCase {

    @Test
    void theRowWithTheAddressFirst() throws Exception {
        ImportResult r = run("""
                Contact Name,Email,Company,Deal Name,Deal Value
                Raj Patel,raj@globex.example,Globex Corporation,Globex pilot,5000
                Raj Patel,,Globex Corporation,Globex phase 2,15000
                """);
        assertThat(r.contacts().created()).isEqualTo(1);
        assertThat(contacts()).containsOnlyKeys("Raj Patel");
        assertThat(deals().get("Globex phase 2").contactId()).isEqualTo(deals().get("Globex pilot").contactId());
    }

    @Test
    void theRowWithTheNameAloneFirst() throws Exception {
        run("""
                Contact Name,Email,Company,Deal Name,Deal Value
                Raj Patel,,Globex Corporation,Globex phase 2,15000
                Raj Patel,raj@globex.example,Globex Corporation,Globex pilot,5000
                """);
        assertThat(contacts()).containsOnlyKeys("Raj Patel");
        assertThat(contact("Raj Patel").emails()).containsExactly("raj@globex.example");
        assertThat(deals().get("Globex phase 2").contactId()).isEqualTo(deals().get("Globex pilot").contactId());
    }

    /**
     * One name however its accents are encoded: a contact stored decomposed (as a Mac writes it) is the person a later file
     * names composed, at its organization or alone (the deals file's name made a second contact without the phone).
     */
    @Test
    void aNameComposedOrDecomposedIsOnePerson() throws Exception {
        String composed = "Nguyễn Thị Hường";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        run("Contact Name,Phone,Company\n" + decomposed + ",+84 24 3825 1234,Hanoi Trading\n"
                + "Trần Văn An" + ",+84 24 3825 9999,\n");
        run("Contact Name,Company,Deal Name,Deal Value\n" + composed + ",Hanoi Trading,Phân phối,5000\n"
                + java.text.Normalizer.normalize("Trần Văn An", java.text.Normalizer.Form.NFD) + ",,Kho hàng,7000\n");
        assertThat(contacts()).hasSize(2);
        assertThat(deals().get("Phân phối").contactId()).isEqualTo(contact(decomposed).id());
        assertThat(deals().get("Kho hàng").contactId()).as("named alone, without an organization").isEqualTo(contact("Trần Văn An").id());
    }

    @Test
    void theSameNameElsewhereOrWithAnotherAddressIsSomeoneElse() throws Exception {
        ImportResult r = run("""
                Contact Name,Email,Company
                Raj Patel,raj@globex.example,Globex Corporation
                Raj Patel,,Initech
                Raj Patel,raj.patel@globex.example,Globex Corporation
                """);
        assertThat(r.contacts().created()).isEqualTo(3);
    }

    @Test
    void colleaguesWithTheOfficesNumberAndNoAddressAreTwoPeople() throws Exception {
        ImportResult r = run("""
                First Name,Last Name,Company,Business Phone
                Hans,Schulz,Rheinmetall Büro,+49 221 178-0
                Karin,Becker,Rheinmetall Büro,+49 221 178-0
                """);
        assertThat(r.contacts().created()).as("one number, two names: two people").isEqualTo(2);
        assertThat(contacts()).containsOnlyKeys("Hans Schulz", "Karin Becker");

        ImportResult again = run("""
                First Name,Last Name,Company,Business Phone
                Karin,Becker,Rheinmetall Büro,+49 (221) 1780
                Jens,Vogel,Rheinmetall Büro,+49 221 178-0
                """);
        assertThat(again.contacts().created()).as("Karin is found by her number and name; Jens is new").isEqualTo(1);
        assertThat(contacts()).containsOnlyKeys("Hans Schulz", "Karin Becker", "Jens Vogel");
    }
}
