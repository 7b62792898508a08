package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A full name taken apart as address books keep it: honorific, given, family with its particles, suffixes. */
class NamePartsTest {

    @Test
    void honorificsAndSuffixesAreNotGivenOrFamilyNames() {
        assertThat(NameParts.of("Mr. John Richter, James Doe Sr.")).isEqualTo(new NameParts("Mr.", "John Richter James", "Doe", "Sr."));
        assertThat(NameParts.of("Dr. John Q. Public, Jr.")).isEqualTo(new NameParts("Dr.", "John Q.", "Public", "Jr."));
        assertThat(NameParts.of("Ida Berg PhD")).isEqualTo(new NameParts("", "Ida", "Berg", "PhD"));
        // HubSpot's sample contacts: the family name was "Contact)".
        assertThat(NameParts.of("Maria Johnson (Sample Contact)")).isEqualTo(new NameParts("", "Maria", "Johnson", "(Sample Contact)"));
        assertThat(NameParts.of("Ida Berg PhD (Nordwind)")).isEqualTo(new NameParts("", "Ida", "Berg", "PhD (Nordwind)"));
        assertThat(NameParts.of("Henry Ford III, MBA")).isEqualTo(new NameParts("", "Henry", "Ford", "III, MBA"));
    }

    @Test
    void familyNamesKeepTheirParticlesAndOneWordIsAGivenName() {
        assertThat(NameParts.of("Anna van der Berg")).isEqualTo(new NameParts("", "Anna", "van der Berg", ""));
        assertThat(NameParts.of("José de la Cruz")).isEqualTo(new NameParts("", "José", "de la Cruz", ""));
        assertThat(NameParts.of("Pieter Op de Be\u00E9ck")).isEqualTo(new NameParts("", "Pieter", "Op de Be\u00E9ck", ""));
        assertThat(NameParts.of("Joris in 't Veld")).isEqualTo(new NameParts("", "Joris", "in 't Veld", ""));
        assertThat(NameParts.of("Carla degli Esposti")).isEqualTo(new NameParts("", "Carla", "degli Esposti", ""));
        assertThat(NameParts.of("Cher")).isEqualTo(new NameParts("", "Cher", "", ""));
        // Two words are a given and a family name, even when the first could be an honorific or the last a suffix.
        assertThat(NameParts.of("Sir Ray")).isEqualTo(new NameParts("", "Sir", "Ray", ""));
        assertThat(NameParts.of("Ben V")).isEqualTo(new NameParts("", "Ben", "V", ""));
    }

    /** Chinese, Japanese, Korean and Vietnamese names are written family name first (an address book sorted them by the given name). */
    @Test
    void namesWrittenFamilyNameFirstKeepItFirst() {
        assertThat(NameParts.of("佐藤 花子")).isEqualTo(new NameParts("", "花子", "佐藤", ""));
        assertThat(NameParts.of("王 小明")).isEqualTo(new NameParts("", "小明", "王", ""));
        assertThat(NameParts.of("김 민준")).isEqualTo(new NameParts("", "민준", "김", ""));
        assertThat(NameParts.of("Nguyễn Thị Hường")).isEqualTo(new NameParts("", "Thị Hường", "Nguyễn", ""));
        assertThat(NameParts.of(java.text.Normalizer.normalize("Trần Văn An", java.text.Normalizer.Form.NFD)).family()).isEqualTo(
                java.text.Normalizer.normalize("Trần", java.text.Normalizer.Form.NFD));
        assertThat(NameParts.of("Nguyen Minh")).as("without its marks, no Vietnamese name for sure").isEqualTo(new NameParts("", "Nguyen", "Minh", ""));
        assertThat(NameParts.of("Anna Hoang")).isEqualTo(new NameParts("", "Anna", "Hoang", ""));
    }
}
