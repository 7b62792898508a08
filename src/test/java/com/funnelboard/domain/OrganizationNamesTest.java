package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationNamesTest {

    static String key(String s) {
        return OrganizationNames.key(s).full();
    }

    @Test
    void spellingsOfOneOrganizationWithOneLegalFormShareAKey() {
        assertThat(key("Acme, Inc.")).isEqualTo(key("ACME Inc")).isEqualTo(key("  acme  incorporated "));
        assertThat(OrganizationNames.key("Acme, Inc.")).isEqualTo(new OrganizationNames.Key("acme", "inc"));
        assertThat(OrganizationNames.key("Müller GmbH & Co. KG")).isEqualTo(new OrganizationNames.Key("muller", "gmbh co kg"));
        assertThat(key("Société Générale S.A.")).isEqualTo(key("Societe Generale SA"));
        assertThat(key("I.B.M. Corp.")).isEqualTo(key("IBM Corporation"));
        assertThat(key("The Coca-Cola Company")).isEqualTo(key("Coca Cola Co"));
        assertThat(key("Johnson & Johnson")).isEqualTo(key("Johnson and Johnson"));
        assertThat(key("Müller und Söhne GmbH")).as("German's and").isEqualTo(key("Müller & Söhne GmbH"));
        assertThat(key("Müller GmbH und Co. KG")).isEqualTo(key("Müller GmbH & Co. KG"));
        assertThat(key("Dupont et Fils")).isEqualTo(key("Dupont & Fils"));
        assertThat(key("García y Hijos S.L.")).isEqualTo(key("Garcia & Hijos SL"));
        assertThat(key("Hansen og Sønn AS")).isEqualTo(key("Hansen & Sønn AS"));
        assertThat(key("Initech, L.L.C.")).isEqualTo(key("Initech LLC"));
        assertThat(key("Straße Bau AG")).isEqualTo(key("Strasse Bau A.G."));
        assertThat(key("Globex Pty. Ltd.")).isEqualTo(key("Globex Pty Limited"));
        // Written out.
        assertThat(key("Acme Aktiengesellschaft")).isEqualTo(key("Acme AG"));
        assertThat(key("Acme Gesellschaft mit beschränkter Haftung")).isEqualTo(key("ACME GmbH"));
        assertThat(key("Initech Limited Liability Company")).isEqualTo(key("Initech, LLC"));
        assertThat(key("Globex Société Anonyme")).isEqualTo(key("Globex S.A."));
    }

    @Test
    void differentOrganizationsKeepDifferentKeys() {
        assertThat(key("Acme GmbH")).isNotEqualTo(key("Acme AG"));
        assertThat(key("Acme Group")).isNotEqualTo(key("Acme"));
        assertThat(key("Acme Labs")).isNotEqualTo(key("Acme"));
        assertThat(key("Smith and Sons")).isNotEqualTo(key("Smith"));
        assertThat(key("Und Partner")).as("a first word is a word").isNotEqualTo(key("And Partner"));
    }

    @Test
    void aNameThatIsOnlyALegalFormOrOneWordStaysWhole() {
        assertThat(OrganizationNames.key("Company")).isEqualTo(new OrganizationNames.Key("company", ""));
        assertThat(key("The")).isEqualTo("the");
        assertThat(key("AG")).isEqualTo("ag");
        assertThat(key("   ")).isEmpty();
        assertThat(key(null)).isEmpty();
        assertThat(key("東京電力")).isEqualTo("東京電力");
    }

    @Test
    void theIndexFindsANameWithoutItsFormAndAFormOfANameStoredWithout() {
        OrganizationNames.Index<String> index = new OrganizationNames.Index<>();
        index.put("Acme, Inc.", "acme");
        index.put("Globex", "globex");
        assertThat(index.find("ACME Incorporated")).isEqualTo("acme");
        assertThat(index.find("acme")).as("no form given: the one Acme").isEqualTo("acme");
        assertThat(index.find("Acme Corp")).as("another form").isNull();
        assertThat(index.find("Globex Corporation")).as("stored without a form").isEqualTo("globex");

        index.put("Initech GmbH", "initech-de");
        index.put("Initech AG", "initech-ch");
        assertThat(index.find("Initech")).as("two of those words: which one is not known").isNull();
        assertThat(index.find("Initech A.G.")).isEqualTo("initech-ch");
        index.put("ACME INC", "second");
        assertThat(index.find("Acme Inc.")).as("the first keeps its spelling").isEqualTo("acme");
    }

    @Test
    void aNameWithUmlautsIsFoundWrittenWithoutThemEitherWayRound() {
        OrganizationNames.Index<String> index = new OrganizationNames.Index<>();
        index.put("Müller GmbH", "mueller");
        assertThat(index.find("Mueller GmbH")).isEqualTo("mueller");
        assertThat(index.find("MULLER GMBH")).isEqualTo("mueller");
        assertThat(index.find("Müller")).isEqualTo("mueller");

        OrganizationNames.Index<String> written = new OrganizationNames.Index<>();
        written.put("Koelner Bank AG", "koeln");
        assertThat(written.find("Kölner Bank AG")).as("stored without umlauts, asked with them").isEqualTo("koeln");
        assertThat(written.find("Kolner Bank AG")).as("no reading makes an o of an oe").isNull();
        assertThat(OrganizationNames.key("Müller GmbH")).as("equal keys do not depend on the spelling kept beside them")
                .isEqualTo(new OrganizationNames.Key("muller", "gmbh"));
        assertThat(OrganizationNames.firstWords("Mueller GmbH")).contains("mueller", "müller");
        assertThat(OrganizationNames.firstWords("Müller GmbH")).contains("muller", "mueller", "müller");
    }
}
