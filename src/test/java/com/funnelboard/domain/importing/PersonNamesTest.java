package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void familyNameFirstIsTurnedAround() {
        assertThat(PersonNames.givenFirst("Maier, Thomas")).isEqualTo("Thomas Maier");
        assertThat(PersonNames.givenFirst("Lee, Robert")).isEqualTo("Robert Lee");
        assertThat(PersonNames.givenFirst("van der Berg, Anna")).isEqualTo("Anna van der Berg");
        assertThat(PersonNames.givenFirst("O'Brien, Mary Ann")).isEqualTo("Mary Ann O'Brien");
        assertThat(PersonNames.givenFirst("Müller-Lüdenscheidt, Jürgen")).isEqualTo("Jürgen Müller-Lüdenscheidt");
    }

    @Test
    void companiesSuffixesAndTwoPeopleAreLeftAsWritten() {
        assertThat(PersonNames.givenFirst("Acme, Inc.")).isEqualTo("Acme, Inc.");
        assertThat(PersonNames.givenFirst("Smith, Jr.")).isEqualTo("Smith, Jr.");
        assertThat(PersonNames.givenFirst("Emma Watts, Liam Hart")).isEqualTo("Emma Watts, Liam Hart");
        assertThat(PersonNames.givenFirst("Thomas Maier")).isEqualTo("Thomas Maier");
        assertThat(PersonNames.givenFirst("Room 4, Block B")).isEqualTo("Room 4, Block B");
    }

    @Test
    void severalWholeNamesInOneCellArePeople() {
        assertThat(PersonNames.people("Emma Watts, Liam Hart")).containsExactly("Emma Watts", "Liam Hart");
        assertThat(PersonNames.people("Emma Watts; Liam Hart; Ida Berg")).containsExactly("Emma Watts", "Liam Hart", "Ida Berg");
        assertThat(PersonNames.people("Watts, Emma")).containsExactly("Watts, Emma");
        assertThat(PersonNames.people("Emma Watts")).containsExactly("Emma Watts");
    }

    @Test
    void aRowsFirstPersonIsItsContactAndTheOthersAreInItsNotes() {
        List<String> headers = List.of("Name", "Contacts", "Amount");
        RowParser parser = new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "EUR", Locale.UK);
        ImportRow row = parser.parse(2, new String[] {"Rollout", "Emma Watts, Liam Hart", "500"});
        assertThat(row.contact().name()).isEqualTo("Emma Watts");
        assertThat(row.contact().notes()).isEqualTo("Also named on this row: Liam Hart");
        ImportRow turned = parser.parse(3, new String[] {"Pilot", "Watts, Emma", "500"});
        assertThat(turned.contact().name()).isEqualTo("Emma Watts");
    }

    /**
     * A contacts file's row names one person: "Pérez García, María José" is a family name first, not two people (it made
     * two contacts, the second empty and the first named "Pérez García"). Where a deal lists its contacts, the same cell
     * is still two.
     */
    @Test
    void aContactsFilesNameWithOneCommaIsOnePersonFamilyNameFirst() {
        List<String> headers = List.of("Name", "Email", "Company");
        RowParser parser = new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "EUR", Locale.UK);
        ImportRow row = parser.parse(2, new String[] {"P\u00e9rez Garc\u00eda, Mar\u00eda Jos\u00e9", "mj@example.es", "Acme Iberia"});
        assertThat(row.contact().name()).isEqualTo("Mar\u00eda Jos\u00e9 P\u00e9rez Garc\u00eda");
        assertThat(row.contact().notes()).isNull();
        assertThat(parser.parse(3, new String[] {"Van der Berg, Anna Sophie", "a@example.nl", ""}).contact().name())
                .isEqualTo("Anna Sophie Van der Berg");
        assertThat(parser.parse(4, new String[] {"Emma Watts; Liam Hart", "e@example.com", ""}).contact().notes())
                .as("other separators still list people").isEqualTo("Also named on this row: Liam Hart");
        assertThat(PersonNames.givenFirst("P\u00e9rez Garc\u00eda, Mar\u00eda Jos\u00e9")).as("on a deal's row, as written")
                .isEqualTo("P\u00e9rez Garc\u00eda, Mar\u00eda Jos\u00e9");
        assertThat(PersonNames.oneComma("Emma Watts, Liam Hart")).isTrue();
        assertThat(PersonNames.oneComma("Jo Fir (jo@fir.example), Al Fir (al@fir.example)")).isFalse();
        assertThat(PersonNames.oneComma("Ann Oak, Bob Oak and Cy Oak")).isFalse();
    }

    /** A phone's Korean contact with a remark after the given name: family name first still, no space. */
    @Test
    void anEastAsianNameWithARemarkAfterItStaysFamilyNameFirst() {
        assertThat(PersonNames.joined("\uB3D9\uD658\uC8FC\uC784(\uD55C\uD654)", "\uAE40")).isEqualTo("\uAE40\uB3D9\uD658\uC8FC\uC784(\uD55C\uD654)");
        assertThat(PersonNames.joined("\uC194\uC774_\uB9CC\uB098", "\uAE40")).isEqualTo("\uAE40\uC194\uC774_\uB9CC\uB098");
        assertThat(PersonNames.joined("\uBC30\uADFC\uACC4\uC7A5\uB2D8(LSS)", "\uAC15")).isEqualTo("\uAC15\uBC30\uADFC\uACC4\uC7A5\uB2D8(LSS)");
        assertThat(PersonNames.joined("Anna", "\u5C71\u7530")).as("a given name in another script").isEqualTo("Anna \u5C71\u7530");
        assertThat(PersonNames.joined("Anna", "Berg")).isEqualTo("Anna Berg");
    }

    /** A row whose only values are in columns not imported (an accounts file's phone alone) is said, not gone without a word. */
    @Test
    void aRowThatNamesNobodyIsSaid() {
        List<String> headers = List.of("Name", "Email", "Shoe size");
        RowParser parser = new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "EUR", Locale.UK);
        ImportRow row = parser.parse(5, new String[] {"", "", "44"});
        assertThat(row.contact()).isNull();
        assertThat(row.organization()).isNull();
        assertThat(row.notices()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("the row names no contact, organization or deal, so nothing was made of it (Shoe size \"44\")"));
        assertThat(parser.parse(6, new String[] {"", "", ""}).notices()).as("an empty row is no row").isEmpty();
    }

    /** LinkedIn writes its member URN where a connection shares no address: no address, not a wrong one (it refused the file). */
    @Test
    void linkedInsPlaceholderForAHiddenAddressIsNoAddress() {
        List<String> headers = List.of("First Name", "Last Name", "Email Address", "Company", "Position", "Connected On");
        RowParser parser = new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "EUR", Locale.UK);
        ImportRow row = parser.parse(41, new String[] {"Yugam", "Parashar", "urn:li:member:664293716", "", "", "8/18/18, 12:37 AM"});
        assertThat(row.valid()).isTrue();
        assertThat(row.contact().name()).isEqualTo("Yugam Parashar");
        assertThat(row.contact().emails()).isEmpty();
    }

    @Test
    void aMailboxGivesItsNameWhereNoColumnDoes() {
        assertThat(PersonNames.mailboxName("\"Cy Chen\" <cy@x.example>")).isEqualTo("Cy Chen");
        assertThat(PersonNames.mailboxName("Klaus Weber <klaus@example.de>")).isEqualTo("Klaus Weber");
        assertThat(PersonNames.mailboxName("<cy@x.example>")).isNull();
        assertThat(PersonNames.mailboxName("cy@x.example")).isNull();
        List<String> headers = List.of("Name", "Email");
        RowParser parser = new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "EUR", Locale.UK);
        ImportRow row = parser.parse(2, new String[] {"", "\"Cy Chen\" <cy@x.example>"});
        assertThat(row.contact().name()).isEqualTo("Cy Chen");
        assertThat(row.contact().emails()).containsExactly("cy@x.example");
    }

    @Test
    void peopleWithTheirAddressesOrJoinedByAndAreSeveralToo() {
        assertThat(PersonNames.people("Jo Fir (jo@fir.example), Al Fir (al@fir.example)")).containsExactly("Jo Fir (jo@fir.example)",
                "Al Fir (al@fir.example)");
        assertThat(PersonNames.people("Ann Oak and Bob Oak")).containsExactly("Ann Oak", "Bob Oak");
        assertThat(PersonNames.people("Cy Elm / Di Elm")).containsExactly("Cy Elm", "Di Elm");
        assertThat(PersonNames.people("Tom & Jane Smith")).containsExactly("Tom & Jane Smith");
        List<String> headers = List.of("Deal", "Company", "Contact");
        RowParser parser = new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "EUR", Locale.UK);
        ImportRow row = parser.parse(2, new String[] {"D5", "Fir SA", "Jo Fir (jo@fir.example), Al Fir (al@fir.example)"});
        assertThat(row.contact().name()).isEqualTo("Jo Fir");
        assertThat(row.contact().emails()).containsExactly("jo@fir.example");
        assertThat(row.contact().notes()).isEqualTo("Also named on this row: Al Fir (al@fir.example)");
        ImportRow hubspot = parser.parse(3, new String[] {"D6", "Pine AG", "Hans Weber (hans@pine.example);Eva Roth (eva@pine.example)"});
        assertThat(hubspot.contact().name()).isEqualTo("Hans Weber");
        assertThat(hubspot.contact().notes()).isEqualTo("Also named on this row: Eva Roth (eva@pine.example)");
    }

    @Test
    void outlooksDisplayNameNamesAContactWithNoFirstOrLastName() {
        List<String> headers = List.of("First Name", "Last Name", "E-mail Address", "E-mail Display Name", "Business Phone", "Company");
        RowParser parser = new RowParser(headers, HeaderMatcher.match(headers), new StageNames(Map.of()), "EUR", Locale.UK);
        ImportRow row = parser.parse(2, new String[] {"", "", "/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=john", "John Smith (john@x.example)",
            "555-0100", "Contoso"});
        assertThat(row.contact().name()).isEqualTo("John Smith");
        ImportRow named = parser.parse(3, new String[] {"Ida", "Berg", "ida@x.example", "Ida Berg (ida@x.example)", "", "Contoso"});
        assertThat(named.contact().name()).as("a name column's name comes first").isEqualTo("Ida Berg");
    }
}
