package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The headers and stage names of exports in seven languages are recognised whatever the machine's locale. */
@Isolated
class HeaderMatcherLanguagesTest {

    private Locale before;

    @BeforeEach
    void englishMachine() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static final List<ImportField> FIELDS = List.of(CONTACT_FIRST_NAME, CONTACT_LAST_NAME, CONTACT_EMAIL, CONTACT_PHONE,
            CONTACT_TITLE, ORGANIZATION_NAME, DEAL_TITLE, DEAL_VALUE, DEAL_STAGE, DEAL_OWNER, DEAL_EXPECTED_CLOSE, DEAL_CREATED_ON,
            DEAL_EXTERNAL_ID, TAGS);

    private static final Map<String, List<String>> EXPORTS = Map.of(
            "German", List.of("Vorname", "Nachname", "E-Mail-Adresse", "Mobiltelefon", "Position", "Firma", "Verkaufschance", "Betrag",
                    "Phase", "Zuständig", "Abschlussdatum", "Erstellt am", "Kennung", "Schlagwörter"),
            "French", List.of("Prénom", "Nom", "Adresse e-mail", "Téléphone portable", "Fonction", "Société", "Nom de l'affaire",
                    "Montant", "Étape", "Propriétaire", "Date de clôture", "Date de création", "Identifiant", "Étiquettes"),
            "Spanish", List.of("Nombre", "Apellidos", "Correo electrónico", "Teléfono móvil", "Cargo", "Empresa", "Nombre del negocio",
                    "Importe", "Etapa", "Propietario", "Fecha de cierre", "Fecha de creación", "Identificador", "Etiquetas"),
            "Dutch", List.of("Voornaam", "Achternaam", "E-mailadres", "Mobiel", "Functie", "Bedrijf", "Verkoopkans", "Bedrag", "Fase",
                    "Eigenaar", "Sluitingsdatum", "Aangemaakt op", "Externe ID", "Labels"),
            "Portuguese", List.of("Primeiro nome", "Sobrenome", "Endereço de e-mail", "Celular", "Função", "Organização",
                    "Nome do negócio", "Valor", "Estágio", "Responsável", "Data de fechamento", "Criado em", "ID", "Marcadores"),
            "Italian", List.of("Nome", "Cognome", "Indirizzo email", "Cellulare", "Ruolo", "Azienda", "Trattativa", "Importo", "Fase",
                    "Proprietario", "Data di chiusura", "Data di creazione", "ID esterno", "Etichette"));

    @Test
    void contactAndDealHeadersInSevenLanguagesAreMatched() {
        EXPORTS.forEach((language, headers) -> assertThat(HeaderMatcher.match(headers)).as(language).containsExactlyElementsOf(FIELDS));
        assertThat(HeaderMatcher.match(List.of("Vorname", "Nachname", "E-Mail", "Firma", "Betrag", "Phase"))).containsExactly(
                CONTACT_FIRST_NAME, CONTACT_LAST_NAME, CONTACT_EMAIL, ORGANIZATION_NAME, DEAL_VALUE, DEAL_STAGE);
        assertThat(HeaderMatcher.match(List.of("Naam", "Branche", "Medewerkers", "Website"))).containsExactly(ORGANIZATION_NAME,
                ORGANIZATION_INDUSTRY, ORGANIZATION_SIZE, ORGANIZATION_WEBSITE);
        assertThat(HeaderMatcher.match(List.of("Ragione sociale", "Settore", "Dipendenti", "Sito web"))).containsExactly(ORGANIZATION_NAME,
                ORGANIZATION_INDUSTRY, ORGANIZATION_SIZE, ORGANIZATION_WEBSITE);
    }

    @Test
    void twoNamesOfOneFieldJoinedAreThatFieldAndTwoFieldsJoinedAreNone() {
        assertThat(HeaderMatcher.match(List.of("Notes & Kommentare", "Telefon oder Handy", "E-mail + Mail", "Firma und Unternehmen",
                "Telefon & E-Mail", "Terms and conditions"))).containsExactly(NOTES, CONTACT_PHONE, CONTACT_EMAIL, ORGANIZATION_NAME, IGNORE, IGNORE);
    }

    @Test
    void englishHeadersAreMatchedAsBefore() {
        assertThat(HeaderMatcher.match(List.of("First Name", "Last Name", "Email", "Phone", "Job Title", "Company", "Deal", "Amount",
                "Stage", "Owner", "Close Date", "Created", "ID", "Tags"))).containsExactlyElementsOf(FIELDS);
        assertThat(HeaderMatcher.match(List.of("Name", "Deal Name", "Status", "Value"))).containsExactly(CONTACT_NAME, DEAL_TITLE, DEAL_STAGE,
                DEAL_VALUE);
    }

    @Test
    void stageNamesInSevenLanguagesAreOurs() {
        StageNames names = new StageNames(Map.of());
        Map<Stage, List<String>> known = Map.of(
                Stage.LEAD, List.of("Neu", "Nouveau", "Nuevo", "Nieuw", "Novo", "Nuovo", "New"),
                Stage.PROSPECT, List.of("Kontaktiert", "Contacté", "Contactado", "Gecontacteerd", "Contattato", "Contacted"),
                Stage.OPPORTUNITY, List.of("Qualifiziert", "Qualifié", "Cualificado", "Gekwalificeerd", "Qualificado", "Qualificato",
                        "Angebot", "Proposition", "Propuesta", "Offerte", "Proposta", "Qualified"),
                Stage.WON, List.of("Gewonnen", "Gagné", "Ganado", "Ganho", "Vinto", "Closed Won"),
                Stage.LOST, List.of("Verloren", "Perdu", "Perdido", "Perso", "Closed Lost"));
        known.forEach((stage, list) -> list.forEach(n -> assertThat(names.stage(n)).as(n).contains(stage)));
        assertThat(names.stage("Vielleicht")).isEmpty();
    }
}
