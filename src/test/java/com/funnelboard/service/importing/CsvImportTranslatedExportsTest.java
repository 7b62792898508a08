package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * CRM exports written in the user's language: Pipedrive's deals in German and Spanish (its entity
 * prefixes, its default pipeline's stages, its won and lost dates, a deleted deal), Zoho's
 * opportunities in French.
 */
class CsvImportTranslatedExportsTest extends ImportCase {

    private Deal deal(String title) {
        return store.read(r -> r.deals().find(deals().get(title).id()).orElseThrow());
    }

    @Test
    void aGermanPipedriveExportKeepsItsPipelinesOrderDatesAndCurrencyAndLeavesADeletedDealOut() throws Exception {
        ImportResult r = run("deals-de.csv", """
                Deal - ID,Deal - Titel,Deal - Wert,Deal - Währung des Wertes,Deal - Organisation,Deal - Kontaktperson,Deal - Phase,Deal - Status,Deal - Erwartetes Abschlussdatum,Deal - Besitzer,Deal - Deal erstellt,Deal - Gewonnen am,Deal - Verloren am,Deal - Verlustgrund,Deal - Pipeline
                101,Bäckerei Schulz Kassensystem,4800,EUR,Bäckerei Schulz,Karin Schulz,Qualifiziert,Offen,2024-04-30,Max Mustermann,2024-02-01 09:12:00,,,,Vertrieb
                102,Autohaus Krämer Werkstatt-Software,18500,EUR,Autohaus Krämer GmbH,Peter Krämer,Kontakt hergestellt,Offen,2024-05-31,Max Mustermann,2024-02-10 14:30:00,,,,Vertrieb
                103,Müller Logistik Flottenmanagement,36000,EUR,Müller Logistik AG,Sabine Müller,Demo geplant,Offen,,Erika Musterfrau,2024-01-15 10:00:00,,,,Vertrieb
                104,Praxis Dr. Yıldız Terminbuchung,2400,EUR,Praxis Dr. Yıldız,Dr. Emre Yıldız,Angebot erstellt,Gewonnen,2024-03-01,Erika Musterfrau,2023-12-11 08:00:00,2024-03-04 11:20:00,,,Vertrieb
                105,Stadtwerke Nord Portal,95000,EUR,Stadtwerke Nord,Jens Hansen,Verhandlungen begonnen,Verloren,2024-02-28,Max Mustermann,2023-11-02 08:00:00,,2024-02-20 16:00:00,Zu teuer,Vertrieb
                106,Schulz Filiale 2,3200,CHF,Bäckerei Schulz,Karin Schulz,Qualifiziert,Gelöscht,,Max Mustermann,2024-02-12 09:00:00,,,,Vertrieb
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(deals()).as("the deleted deal is not brought back").containsOnlyKeys("Bäckerei Schulz Kassensystem",
                "Autohaus Krämer Werkstatt-Software", "Müller Logistik Flottenmanagement", "Praxis Dr. Yıldız Terminbuchung",
                "Stadtwerke Nord Portal");
        assertThat(deals().get("Bäckerei Schulz Kassensystem").stage()).as("Qualifiziert: where Pipedrive's deals start").isEqualTo(Stage.LEAD);
        assertThat(deals().get("Autohaus Krämer Werkstatt-Software").stage()).isEqualTo(Stage.PROSPECT);
        assertThat(deals().get("Müller Logistik Flottenmanagement").stage()).isEqualTo(Stage.PROSPECT);
        assertThat(deal("Bäckerei Schulz Kassensystem").createdAt()).isEqualTo(Instant.parse("2024-02-01T09:12:00Z"));
        Deal won = deal("Praxis Dr. Yıldız Terminbuchung");
        assertThat(won.stage()).isEqualTo(Stage.WON);
        assertThat(won.closedOn()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(deals().get("Stadtwerke Nord Portal").stageEnteredAt()).as("the day it was lost")
                .isEqualTo(Instant.parse("2024-02-20T12:00:00Z"));
        assertThat(deal("Stadtwerke Nord Portal").lostReason()).isEqualTo(LostReason.NO_BUDGET);
        assertThat(contact("Karin Schulz").organizationId()).isNotNull();
    }

    @Test
    void aSpanishPipedriveExportNamedByNegocioOrTratoReadsItsPipelineAndDates() throws Exception {
        ImportResult r = run("negocios.csv", """
                Negocio - ID,Negocio - Título,Negocio - Valor,Negocio - Moneda del valor,Negocio - Organización,Negocio - Persona de contacto,Negocio - Etapa,Negocio - Estado,Negocio - Fecha prevista de cierre,Negocio - Propietario,Negocio - Negocio creado,Negocio - Fecha de ganado,Negocio - Fecha de pérdida,Negocio - Motivo de la pérdida
                201,Clínica Sonrisa - software,6500,EUR,Clínica Sonrisa SL,Lucía Fernández,Calificado,Abierto,2024-04-15,Carlos Ruiz,2024-02-05 10:00:00,,,
                202,Hotel Mirador - reservas,22000,EUR,Hotel Mirador,Javier Ortega,Contacto establecido,Abierto,2024-05-20,Carlos Ruiz,2024-02-14 11:30:00,,,
                203,Ferretería López - TPV,3200,MXN,Ferretería López,Ana López,Propuesta realizada,Ganado,2024-03-01,Marta Gil,2024-01-10 09:00:00,2024-03-02 13:00:00,,
                204,Bodegas Rioja - ERP,48000,EUR,Bodegas Rioja SA,Íñigo Etxeberria,Negociaciones iniciadas,Perdido,2024-02-28,Marta Gil,2023-12-01 09:00:00,,2024-02-25 17:00:00,Eligió a la competencia
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(r.layout()).isEqualTo(com.funnelboard.domain.importing.HeaderMatcher.Layout.PIPEDRIVE);
        assertThat(deals().get("Clínica Sonrisa - software").stage()).isEqualTo(Stage.LEAD);
        assertThat(deals().get("Clínica Sonrisa - software").organizationName()).isEqualTo("Clínica Sonrisa SL");
        assertThat(deals().get("Clínica Sonrisa - software").contactName()).isEqualTo("Lucía Fernández");
        assertThat(deals().get("Clínica Sonrisa - software").owner()).isEqualTo("Carlos Ruiz");
        assertThat(deals().get("Hotel Mirador - reservas").stage()).isEqualTo(Stage.PROSPECT);
        Deal won = deal("Ferretería López - TPV");
        assertThat(won.value()).isEqualTo(new Money(320_000, "MXN"));
        assertThat(won.closedOn()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(won.createdAt()).isEqualTo(Instant.parse("2024-01-10T09:00:00Z"));
        assertThat(deal("Bodegas Rioja - ERP").lostReason()).isEqualTo(LostReason.COMPETITOR);
        assertThat(deals().get("Bodegas Rioja - ERP").stageEnteredAt()).isEqualTo(Instant.parse("2024-02-25T12:00:00Z"));

        assertThat(run("tratos.csv", """
                Trato - ID,Trato - Título,Trato - Valor,Trato - Moneda del valor,Trato - Organización,Trato - Persona de contacto,Trato - Etapa,Trato - Estado,Trato - Fecha de cierre prevista,Trato - Propietario
                301,Clínica Sonrisa - soporte,6500,EUR,Clínica Sonrisa SL,Lucía Fernández,Calificado,Abierto,2024-04-15,Carlos Ruiz
                302,Hotel Mirador - web,22000,EUR,Hotel Mirador,Javier Ortega,Demostración programada,Abierto,2024-03-01,Marta Gil
                """).problemCount()).isZero();
        assertThat(deals().get("Clínica Sonrisa - soporte").stage()).isEqualTo(Stage.LEAD);
        assertThat(deals().get("Hotel Mirador - web").stage()).isEqualTo(Stage.PROSPECT);
        assertThat(deal("Hotel Mirador - web").expectedClose()).contains(LocalDate.of(2024, 3, 1));
    }

    @Test
    void aFrenchZohoOpportunitiesExportNamesItsAccountContactOwnerSourceAndStages() throws Exception {
        ImportResult r = run("potentials.csv", """
                "Nom de l'opportunité","Nom du compte","Nom du contact","Montant","Étape","Date de clôture","Propriétaire de l'opportunité","Probabilité (%)","Source de l'opportunité","Type","Description"
                "Refonte site e-commerce","Maison Dubois SARL","Claire Dubois","12 500,00","Qualification","30/04/2024","Julien Moreau","10","Salon professionnel","Nouvelle affaire",""
                "Maintenance annuelle","Garage Bernard & Fils","Luc Bernard","3 600,00","Analyse des besoins","15/05/2024","Julien Moreau","20","Site web","Affaire existante",""
                "Migration cloud","Cabinet Lefort Avocats","Maître Anne Lefort","48 000,00","Proposition/Devis","07/06/2024","Sophie Girard","75","Recommandation employé","Nouvelle affaire","Besoin d'un hébergement en France"
                "Application mobile","Boulangerie Petit","Marc Petit","25 000,00","Fermé gagné","01/03/2024","Sophie Girard","100","Publicité","Nouvelle affaire",""
                "Audit sécurité","Mutuelle Atlantique","Hélène Roux","9 900,00","Fermé perdu face à la concurrence","12/02/2024","Julien Moreau","0","Appel à froid","Nouvelle affaire",""
                """.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(r.problemCount()).isZero();
        assertThat(deals().get("Maintenance annuelle").stage()).as("as Zoho's Needs Analysis").isEqualTo(Stage.PROSPECT);
        assertThat(deals().get("Maintenance annuelle").organizationName()).isEqualTo("Garage Bernard & Fils");
        assertThat(deals().get("Maintenance annuelle").contactName()).isEqualTo("Luc Bernard");
        assertThat(deals().get("Maintenance annuelle").owner()).isEqualTo("Julien Moreau");
        assertThat(deal("Maintenance annuelle").source()).isEqualTo("website");
        assertThat(deals().get("Migration cloud").stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(deals().get("Application mobile").stage()).isEqualTo(Stage.WON);
        assertThat(deals().get("Audit sécurité").stage()).isEqualTo(Stage.LOST);
        assertThat(deal("Audit sécurité").lostReason()).isEqualTo(LostReason.COMPETITOR);
        assertThat(new com.funnelboard.domain.importing.StageNames(java.util.Map.of()).stage("Fermé perdu")).contains(Stage.LOST);
    }
}
