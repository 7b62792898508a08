package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.*;

import java.util.HashMap;
import java.util.Map;

/**
 * The common names and synonyms of each field's column, in English, German, French, Spanish, Dutch,
 * Portuguese, Italian, Swedish, Norwegian, Danish, Finnish, Polish and Czech, as {@link HeaderMatcher} normalises them (lower case, no accents or
 * punctuation). A name is a synonym of one field only.
 */
final class HeaderSynonyms {

    private static final Map<String, ImportField> SYNONYMS = new HashMap<>();

    private HeaderSynonyms() {}

    /** The field a normalised header names, null when none. */
    static ImportField get(String normalised) {
        return SYNONYMS.get(normalised);
    }

    /** A synonym's words run together ("stagename"), and the field it names; null where two fields' synonyms would run together alike. */
    private static final Map<String, ImportField> SQUASHED = new HashMap<>();

    /**
     * The field a header written without spaces names ("STAGENAME", "closedate", as Salesforce's
     * Data Loader writes its API names), null when none or when it could be two fields'.
     */
    static ImportField squashed(String normalised) {
        return SQUASHED.get(normalised.replace(" ", ""));
    }

    private static void add(ImportField f, String... names) {
        for (String n : names) {
            ImportField before = SYNONYMS.put(HeaderMatcher.normalise(n), f);
            if (before != null && before != f) {
                throw new IllegalStateException("\"" + n + "\" is a synonym of both " + before.key() + " and " + f.key());
            }
        }
    }

    static {
        add(CONTACT_NAME, "name", "full name", "contact", "contact name", "contact person", "person", "person name", "display name", "customer",
                "primary person", "primary contact", "contacts",
                "nom complet", "vollständiger name", "kontakt", "nombre completo", "ansprechpartner");
        add(CONTACT_FIRST_NAME, "first name", "firstname", "first", "given name", "forename", "vorname", "prénom", "nombre");
        add(CONTACT_LAST_NAME, "last name", "lastname", "last", "family name", "surname", "nachname", "nom", "nom de famille", "apellido",
                "apellidos");
        add(CONTACT_PERSONA, "buyer persona"); // a plain "Persona" is Spanish and Italian for the contact
        add(CONTACT_PAIN_POINTS, "pain points", "pain point", "painpoints", "pains", "challenges");
        add(CONTACT_CHANNEL, "preferred channel", "preferred contact method", "contact preference", "preferred contact channel");
        add(CONTACT_MIDDLE_NAME, "middle name", "middlename", "middle", "middle names", "middle initial", "additional name",
                "additional names", "zweiter vorname", "deuxième prénom", "segundo nombre", "tussenvoegsel");
        add(CONTACT_EMAIL, "email", "e-mail", "email address", "e-mail address", "mail", "person email", "work email", "courriel",
                "emails", "primary email", "secondary email", "other email", "alternate email", "home email", "personal email",
                "business email", "email work", "email personal", "email home", "email other",
                "adresse e-mail", "correo", "correo electrónico", "e-mail-adresse");
        add(CONTACT_PHONE, "phone", "mobile", "mobile phone", "telephone", "phone number", "business phone", "home phone", "cell",
                "mobile number", "primary phone", "phone numbers", "phone work", "phone mobile", "phone home", "phone other",
                "cell phone", "work phone", "person phone", "telefon", "telefonnummer", "handy", "mobil", "téléphone", "portable",
                "teléfono", "móvil");
        add(CONTACT_TITLE, "job title", "position", "role", "organization title", "person job title", "jobtitel", "funktion",
                "titre", "poste", "fonction", "cargo", "puesto");
        add(ORGANIZATION_NAME, "company", "account", "organization", "organisation", "org", "company name", "account name", "associated company", "lead name",
                "organization name", "organisation name", "firma", "unternehmen", "firmenname", "société", "entreprise",
                "empresa", "compañía", "organización");
        add(ORGANIZATION_INDUSTRY, "industry", "sector", "organization industry", "branche", "secteur", "industria");
        add(ORGANIZATION_SIZE, "employees", "company size", "size", "number of employees", "organization size", "mitarbeiter",
                "mitarbeiterzahl", "effectif", "empleados");
        add(ORGANIZATION_WEBSITE, "website", "web site", "web page", "homepage", "url", "organization website", "webseite",
                "site web", "sitio web");
        // An organization's address, whole or in parts (joined in column order). The plain names are a
        // person's address in a file of people, so HeaderMatcher keeps them for files of organizations.
        add(ORGANIZATION_ADDRESS, "address", "full address", "formatted address", "address formatted", "postal address", "mailing address", "adresse", "anschrift", "postanschrift",
                "adresse postale", "dirección", "direccion postal", "endereço", "indirizzo", "adres");
        add(ORGANIZATION_ADDRESS, AddressColumns.ADDRESS_PARTS.toArray(String[]::new));
        add(ORGANIZATION_ADDRESS, AddressColumns.QUALIFIED_CODES.toArray(String[]::new));
        for (String qualifier : AddressColumns.ADDRESS_QUALIFIERS) {
            add(ORGANIZATION_ADDRESS, qualifier + " address");
            for (String part : AddressColumns.ADDRESS_PARTS) {
                add(ORGANIZATION_ADDRESS, qualifier + " " + part);
            }
        }
        add(DEAL_TITLE, "deal", "deal name", "deal title", "opportunity", "opportunity name", "potential name", "titel", "affaire", "oportunidad");
        add(DEAL_VALUE, "amount", "value", "deal value", "close value", "deal size", "opportunity amount", "deal amount", "betrag", "wert",
                "montant", "valeur", "valor", "importe");
        add(DEAL_CURRENCY, "currency", "deal currency", "amount currency", "value currency", "opportunity currency", "währung", "devise", "monnaie", "moneda");
        add(DEAL_STAGE, "stage", "deal stage", "status", "deal status", "lead status", "status type", "status label", "pipeline stage", "phase", "étape", "etapa", "estado");
        add(DEAL_OWNER, "owner", "sales agent", "rep", "sales rep", "deal owner", "assigned to", "account owner", "opportunity owner", "potential owner", "sales owner", "owned by", "verantwortlich",
                "propriétaire", "responsable", "vendedor");
        add(DEAL_EXPECTED_CLOSE, "close date", "expected close", "expected close date", "closing date", "expected closing date",
                "abschlussdatum", "date de clôture", "fecha de cierre");
        add(DEAL_CLOSED_ON, "closed on", "closed date", "won time", "lost time", "close time", "won date", "date won");
        add(DEAL_CREATED_ON, "created", "created on", "created date", "created at", "engage date", "deal created", "add time",
                "date created", "erstellt", "créé le", "creado");
        add(DEAL_IN_STAGE_SINCE, "in stage since", "stage entered", "stage entered at", "stage entered on", "date entered stage",
                "stage since", "last stage change", "last stage change date", "stage changed", "stage change date", "stage changed at",
                "in phase seit", "phase seit", "letzter phasenwechsel", "dans l'étape depuis", "en la etapa desde");
        add(DEAL_SOURCE, "source", "lead source", "deal source", "quelle", "origine", "origen");
        add(DEAL_FINAL_VALUE, "final value", "won value", "final amount", "won amount", "closed value", "deal won value", "actual revenue",
                "montant gagné", "valeur gagnée", "gewonnener betrag", "auftragswert gewonnen", "valor ganado", "importe ganado",
                "valor ganho", "importo vinto");
        // Other CRMs' names: HubSpot, Zoho, Dynamics 365, Close, Pipedrive.
        add(DEAL_CURRENCY, "currency of value", "currency code", "currency iso code", "währungscode", "code devise");
        add(CONTACT_PHONE, "mobile phone number", "work phone number", "home phone number", "primary contact primary phone",
                "primary contact phone");
        add(CONTACT_EMAIL, "primary contact primary email", "primary contact email");
        add(CONTACT_NAME, "primary contact name", "associated contact", "associated contacts");
        add(CONTACT_TITLE, "primary contact title");
        add(ORGANIZATION_WEBSITE, "website url", "company website", "company domain name", "domain");
        add(ORGANIZATION_SIZE, "no of employees", "employee count", "employees count", "headcount");
        add(ORGANIZATION_NAME, "potential customer", "customer name", "associated company name");
        add(DEAL_CREATED_ON, "create date", "created time", "creation date", "date added", "added on", "created date time");
        add(DEAL_TITLE, "auftrag", "topic", "opportunity title", "deal title name");
        add(DEAL_VALUE, "est revenue", "estimated revenue", "est value");
        add(DEAL_EXPECTED_CLOSE, "est close date", "estimated close date", "est closing date");
        add(DEAL_CLOSED_ON, "actual close date", "date closed", "closing date actual");
        add(DEAL_SOURCE, "original source", "source type", "lead source type");
        // Capsule's opportunities (its "Milestone", the "Party" it is with) and Insightly's (a state beside a stage, a bid).
        add(DEAL_STAGE, "milestone", "opportunity state", "current stage", "deal state");
        add(CONTACT_NAME, "party", "party name");
        add(DEAL_VALUE, "bid amount", "opportunity value");
        add(DEAL_CURRENCY, "bid currency");
        add(DEAL_EXPECTED_CLOSE, "forecast close date", "projected close date", "target close date");
        // SugarCRM, Bitrix24, Nutshell, Odoo, ActiveCampaign, Agile CRM, Attio: their own words for the same fields.
        add(DEAL_STAGE, "sales stage", "opportunity stage");
        add(DEAL_OWNER, "assigned user name", "assigned user", "responsible person", "responsible", "assignee", "salesperson",
                "sales person", "deal owner name");
        add(DEAL_VALUE, "expected revenue", "income", "revenu espéré", "revenu attendu", "erwarteter umsatz", "geschätzter umsatz");
        add(DEAL_EXPECTED_CLOSE, "estimated close", "forecasted close date", "forecast close", "expected closing", "clôture prévue",
                "date de clôture prévue");
        add(ORGANIZATION_NAME, "primary company", "organizations");
        add(CONTACT_EMAIL, "email1", "email2", "email addresses", "email default", "e mail default");
        add(CONTACT_PHONE, "phone default", "phone office", "phone mobile default");
        add(DEAL_LOST_REASON, "lost reason", "loss reason", "reason lost", "closed lost reason", "reason for loss", "lost reason label",
                "deal lost reason", "verlustgrund", "grund für verlust", "motif de perte", "raison de la perte", "motivo de pérdida",
                "razón de pérdida", "motivo da perda", "motivo perdita", "motivo della perdita", "reden van verlies", "verliesreden");
        add(DEAL_LOST_NOTE, "lost note", "lost comment", "lost reason note", "lost reason details", "loss note", "closed lost notes");
        add(DEAL_EXTERNAL_ID, "id", "external id", "deal id", "opportunity id", "record id", "opportunity_id");
        add(TAGS, "tags", "tag", "labels", "label", "categories", "category", "group membership", "deal label", "schlagwörter",
                "étiquettes", "etiquetas");
        add(NOTES, "notes", "note", "description", "comments", "comment", "notizen", "notiz", "details", "bemerkungen", "remarques", "notas");
        // German, French, Spanish, Dutch, Portuguese and Italian headers of contact and CRM exports.
        add(CONTACT_NAME, "voller name", "kontaktperson", "naam", "volledige naam", "contactpersoon", "persoon", "nome completo",
                "contato", "contacto", "contatto", "nominativo", "persona", "interlocuteur");
        add(CONTACT_FIRST_NAME, "rufname", "voornaam", "primeiro nome", "nome próprio", "nome");
        add(CONTACT_LAST_NAME, "familienname", "achternaam", "familienaam", "sobrenome", "apelido", "último nome", "cognome");
        add(CONTACT_EMAIL, "emailadresse", "mailadresse", "e-mailadres", "emailadres", "adresse email", "adresse mail",
                "adresse électronique", "courrier électronique", "dirección de correo", "dirección de correo electrónico",
                "endereço de e-mail", "endereço de email", "correio eletrónico", "correio eletrônico", "indirizzo email",
                "indirizzo e-mail", "posta elettronica");
        add(CONTACT_PHONE, "mobiltelefon", "mobilnummer", "festnetz", "telefoon", "telefoonnummer", "mobiel", "mobiele telefoon",
                "mobiel nummer", "téléphone portable", "téléphone mobile", "numéro de téléphone", "celular", "teléfono móvil",
                "número de teléfono", "telefone", "telemóvel", "número de telefone", "cellulare", "numero di telefono",
                "telefono cellulare");
        add(CONTACT_TITLE, "berufsbezeichnung", "stellenbezeichnung", "intitulé du poste", "titre du poste", "título del puesto",
                "functie", "functietitel", "função", "título do cargo", "qualifica", "ruolo", "mansione", "posizione");
        add(ORGANIZATION_NAME, "arbeitgeber", "bedrijf", "bedrijfsnaam", "organisatie", "raison sociale", "nom de l'entreprise",
                "nom de la société", "nombre de la empresa", "companhia", "organização", "nome da empresa", "azienda", "società",
                "ditta", "organizzazione", "ragione sociale", "nome azienda");
        add(ORGANIZATION_INDUSTRY, "industrie", "secteur d'activité", "settore", "setor", "ramo");
        add(ORGANIZATION_SIZE, "anzahl mitarbeiter", "mitarbeiteranzahl", "beschäftigte", "unternehmensgröße", "medewerkers",
                "aantal medewerkers", "werknemers", "employés", "nombre d'employés", "salariés", "taille de l'entreprise",
                "número de empleados", "tamaño de la empresa", "funcionários", "número de funcionários", "colaboradores",
                "dipendenti", "numero di dipendenti", "numero dipendenti");
        add(ORGANIZATION_WEBSITE, "internetseite", "webpagina", "site internet", "site", "página web", "sítio web", "sito web", "sito");
        add(DEAL_TITLE, "dealname", "deal naam", "geschäft", "verkaufschance", "verkoopkans", "nom de l'affaire", "opportunité",
                "negocio", "nombre del negocio", "trato", "nome do negócio", "oportunidade", "trattativa", "nome trattativa",
                "opportunità");
        add(DEAL_VALUE, "summe", "volumen", "auftragswert", "bedrag", "waarde", "dealwaarde", "valeur de l'affaire", "monto",
                "valor del negocio", "montante", "quantia", "valor do negócio", "importo", "valore", "ammontare", "valore trattativa");
        add(DEAL_CURRENCY, "valuta", "moeda");
        add(DEAL_STAGE, "verkaufsphase", "dealphase", "stufe", "fase", "statut", "estágio", "stato", "fase trattativa");
        add(DEAL_OWNER, "besitzer", "inhaber", "zuständig", "verantwortlicher", "zugewiesen an", "vertriebsmitarbeiter", "eigenaar",
                "toegewezen aan", "verkoper", "commercial", "attribué à", "propietario", "asignado a", "proprietário", "responsável",
                "atribuído a", "responsabile", "assegnato a", "venditore");
        add(DEAL_EXPECTED_CLOSE, "erwartetes abschlussdatum", "voraussichtlicher abschluss", "sluitingsdatum",
                "verwachte sluitingsdatum", "date de clôture prévue", "date de fermeture", "fecha de cierre prevista",
                "data de fechamento", "data de fecho", "data de encerramento", "data di chiusura", "data chiusura prevista");
        add(DEAL_CREATED_ON, "erstellt am", "erstellungsdatum", "angelegt am", "aangemaakt", "aangemaakt op", "aanmaakdatum",
                "date de création", "créé", "creado el", "fecha de creación", "criado", "criado em", "data de criação", "creato",
                "creato il", "data di creazione");
        add(DEAL_EXTERNAL_ID, "kennung", "externe id", "identifiant", "id externe", "identificador", "id externo", "identificativo",
                "id esterno");
        add(TAGS, "schlagworte", "stichwörter", "etiketten", "mots clés", "marcadores", "etichette");
        // API-style names (Zendesk Sell, Salesforce's Data Loader once split: "StageName", "stage_name").
        add(DEAL_STAGE, "stage name", "pipeline phase", "sales phase", "deal stage name");
        add(DEAL_OWNER, "owner name", "opportunity owner name", "user name owner");
        add(DEAL_SOURCE, "source name", "lead source name");
        add(DEAL_LOST_REASON, "loss reason name", "lost reason name", "status reason", "reason for loss name");
        add(DEAL_EXPECTED_CLOSE, "expected close on", "abschluss bis", "erwarteter abschluss", "geplanter abschluss", "date de clôture estimée");
        // Keap's forecast range: its high end, as its pipeline reports sum.
        add(DEAL_VALUE, "projected revenue", "projected revenue high", "umsatz", "auftragsvolumen", "chiffre d'affaires", "valeur estimée");
        add(DEAL_TITLE, "project", "project name", "projekt", "projektname", "projet", "proyecto", "progetto");
        // In a business sheet a customer column names the company ("Customer" alone stays a person's, as CRMs write it).
        add(ORGANIZATION_NAME, "kunde", "kundenname", "client", "nom du client", "cliente", "accounts", "account names");
        add(NOTES, "background info", "background", "kommentar", "kommentare", "bemerkung", "commentaire", "commentaires", "comentario",
                "comentarios", "next step", "next steps", "nächster schritt", "nächste schritte", "prochaine étape", "próximo paso",
                "opportunity notes", "next action notes", "deal notes");
        add(CONTACT_PHONE, "work number", "home number", "other number", "phone work number", "direct line", "direct phone");
        add(ORGANIZATION_WEBSITE, "business website", "business web page", "company url");
        // Italian, Spanish, Dutch and Portuguese sheets' words for who, whose, where from and what else.
        add(CONTACT_NAME, "referente", "persona de contacto", "persona di contatto", "pessoa de contato");
        add(DEAL_OWNER, "commerciale", "comercial", "accountmanager", "account manager");
        add(DEAL_SOURCE, "fonte", "bron", "origem", "provenienza");
        add(NOTES, "opmerkingen", "opmerking", "notities", "observaciones", "observación", "observações", "observação", "annotazioni");
        add(DEAL_LOST_REASON, "reden verlies", "motivo perdida");
        add(DEAL_EXPECTED_CLOSE, "fecha prevista de cierre", "fecha estimada de cierre", "data prevista di chiusura", "verwachte afsluitdatum");
        // SuiteCRM, Vtiger, EspoCRM, folk, Salesflare, CentralStationCRM, Axonaut, Sellsy, weclapp, Teamleader.
        add(CONTACT_PHONE, "office phone", "phone office number", "phone number mobile", "phone number office", "phone number home",
                "phones", "other phone", "telefon büro", "telefon privat", "telefon mobil", "téléphone fixe");
        add(CONTACT_EMAIL, "e mail büro", "e mail privat", "email büro", "email privat", "main contact email");
        add(CONTACT_NAME, "main contact", "main contact name");
        add(ORGANIZATION_NAME, "companies", "tiers", "klant", "klantnaam", "relatie");
        add(NOTES, "hintergrundinfo", "hintergrundinformationen");
        add(DEAL_TITLE, "nom de l'opportunité", "nom de l'affaire", "titre de l'opportunité", "titre de l'affaire", "naam deal");
        add(DEAL_VALUE, "montant ht", "montant hors taxes", "montant total ht", "betrag netto", "nettobetrag", "waarde excl btw");
        add(DEAL_EXPECTED_CLOSE, "date de fin prévue", "date d'échéance", "date de signature prévue", "geplantes abschlussdatum",
                "verwachte beslissingsdatum", "beslissingsdatum", "abschluss");
        add(DEAL_STAGE, "vertriebsphase", "verkaufsstufe", "opportunity phase");
        add(DEAL_OWNER, "verantwoordelijke", "opportunity owner user", "assigned user name owner");
        add(DEAL_CURRENCY, "opportunity amount currency", "amount currency code", "currency name", "currency iso");
        add(DEAL_CREATED_ON, "date entered", "entered on", "created time stamp");
        // Swedish, Norwegian, Danish, Finnish, Polish and Czech exports and sheets.
        add(CONTACT_NAME, "namn", "fullständigt namn", "kontaktperson namn", "navn", "fulde navn", "fullt navn", "kontaktperson navn",
                "nimi", "koko nimi", "yhteyshenkilö", "imię i nazwisko", "osoba kontaktowa", "celé jméno", "kontaktní osoba");
        add(CONTACT_FIRST_NAME, "förnamn", "fornavn", "etunimi", "imię", "jméno", "křestní jméno");
        add(CONTACT_LAST_NAME, "efternamn", "efternavn", "etternavn", "sukunimi", "nazwisko", "příjmení");
        add(CONTACT_EMAIL, "e-post", "e-postadress", "epost", "e-postadresse", "e-mailadresse", "sähköposti", "sähköpostiosoite",
                "adres e-mail", "adres email", "e-mailová adresa");
        add(CONTACT_PHONE, "telefonnummer mobil", "mobilnummer", "mobiltelefonnummer", "puhelin", "puhelinnumero", "matkapuhelin",
                "telefon komórkowy", "komórka", "numer telefonu", "telefonní číslo");
        add(CONTACT_TITLE, "befattning", "yrkestitel", "roll", "stilling", "stillingsbetegnelse", "tittel", "titteli",
                "tehtävänimike", "asema", "stanowisko", "pozice", "funkce");
        add(ORGANIZATION_NAME, "företag", "företagsnamn", "organisation namn", "selskap", "bedrift", "virksomhed", "virksomhet",
                "firmanavn", "yritys", "yrityksen nimi", "organisaatio", "nazwa firmy", "organizacja", "klient", "společnost",
                "název firmy", "organizace");
        add(ORGANIZATION_INDUSTRY, "bransch", "bransje", "toimiala", "branża", "odvětví", "obor");
        add(ORGANIZATION_SIZE, "antal anställda", "antall ansatte", "antal ansatte", "henkilöstömäärä", "työntekijät",
                "liczba pracowników", "počet zaměstnanců");
        add(ORGANIZATION_WEBSITE, "webbplats", "hemsida", "nettside", "hjemmeside", "websted", "verkkosivusto", "kotisivu",
                "strona www", "strona internetowa", "webová stránka", "web");
        add(DEAL_TITLE, "affär", "affärsnamn", "affärsmöjlighet", "avtale", "salgsmulighet", "aftale", "salgsmulighed", "handel",
                "kauppa", "myyntimahdollisuus", "transakcja", "nazwa transakcji", "szansa sprzedaży", "obchod", "obchodní případ",
                "název obchodu");
        add(DEAL_VALUE, "värde", "belopp", "summa", "affärsvärde", "verdi", "beløp", "værdi", "beløb", "arvo", "kauppasumma",
                "wartość", "kwota", "wartość transakcji", "hodnota", "částka", "hodnota obchodu");
        add(DEAL_CURRENCY, "valuutta", "waluta", "měna");
        add(DEAL_STAGE, "steg", "affärsstatus", "stadium", "vaihe", "myyntivaihe", "etap", "etap sprzedaży", "fáze", "stav");
        add(DEAL_OWNER, "ansvarig", "säljare", "ägare", "ansvarlig", "selger", "eier", "sælger", "ejer", "vastuuhenkilö", "myyjä",
                "omistaja", "opiekun", "właściciel", "handlowiec", "vlastník", "obchodník", "odpovědná osoba");
        add(DEAL_EXPECTED_CLOSE, "stängningsdatum", "förväntat avslut", "beräknat avslut", "förväntat avslutsdatum", "avslutsdatum",
                "forventet lukking", "lukkedato", "forventet lukkedato", "forventet lukning", "forventet lukkedag",
                "sulkemispäivä", "arvioitu sulkemispäivä", "data zamknięcia", "przewidywana data zamknięcia",
                "planowana data zamknięcia", "datum uzavření", "očekávané uzavření", "předpokládané datum uzavření",
                "close", "target close", "previsão de fechamento", "data prevista de fechamento", "fechamento previsto",
                "data de fechamento prevista");
        add(DEAL_CREATED_ON, "skapad", "skapad datum", "skapat", "opprettet", "oprettet", "luotu", "luontipäivä", "data utworzenia",
                "utworzono", "vytvořeno", "datum vytvoření");
        add(DEAL_SOURCE, "källa", "kilde", "lähde", "źródło", "zdroj");
        add(NOTES, "anteckningar", "anteckning", "notater", "noter", "bemærkninger", "merknader", "muistiinpanot", "lisätiedot",
                "notatki", "uwagi", "poznámky", "poznámka");
        add(TAGS, "etiketter", "taggar", "tagger", "tunnisteet", "tagi", "štítky");
        // Turkish sheets and exports (Excel in Turkey saves Windows-1254).
        add(CONTACT_NAME, "ad soyad", "adı soyadı", "isim soyisim", "yetkili kişi", "ilgili kişi", "kişi");
        add(CONTACT_FIRST_NAME, "ad", "adı", "isim");
        add(CONTACT_LAST_NAME, "soyad", "soyadı", "soyisim");
        add(CONTACT_EMAIL, "e-posta", "e-posta adresi", "eposta");
        add(CONTACT_PHONE, "telefon numarası", "cep telefonu", "gsm");
        add(CONTACT_TITLE, "ünvan", "unvan", "görev", "pozisyon");
        add(ORGANIZATION_NAME, "şirket", "şirket adı", "firma adı", "kurum");
        add(ORGANIZATION_INDUSTRY, "sektör");
        add(ORGANIZATION_WEBSITE, "web sitesi", "internet sitesi");
        add(DEAL_TITLE, "fırsat", "fırsat adı", "satış fırsatı", "anlaşma");
        add(DEAL_VALUE, "tutar", "değer", "fırsat tutarı");
        add(DEAL_CURRENCY, "para birimi", "döviz");
        add(DEAL_STAGE, "aşama", "satış aşaması", "durum");
        add(DEAL_OWNER, "sorumlu", "satış temsilcisi", "temsilci");
        add(DEAL_EXPECTED_CLOSE, "kapanış tarihi", "tahmini kapanış tarihi", "beklenen kapanış tarihi");
        add(DEAL_CREATED_ON, "oluşturulma tarihi", "oluşturma tarihi", "kayıt tarihi");
        add(DEAL_SOURCE, "kaynak");
        add(NOTES, "açıklama", "notlar");
        add(TAGS, "etiketler");
        // Shops' and newsletter tools' customer lists: Shopify's "Default Address Company", WooCommerce's "billing_company", Brevo's "SMS".
        add(ORGANIZATION_NAME, "default address company", "billing company", "shipping company");
        add(CONTACT_PHONE, "sms", "default address phone", "billing phone", "shipping phone", "whatsapp");
        add(CONTACT_EMAIL, "billing email");
        add(CONTACT_FIRST_NAME, "billing first name", "default address first name");
        add(CONTACT_LAST_NAME, "billing last name", "default address last name");
        // SAP Business One, NetSuite, Kommo (amoCRM), Nimble, Salesmate, German and French Outlook.
        add(ORGANIZATION_NAME, "bp name", "business partner", "business partner name", "parent company");
        add(DEAL_VALUE, "potential amount", "projected total", "sale", "sale amount");
        add(DEAL_OWNER, "sales employee", "responsible user", "sales rep name");
        add(DEAL_EXPECTED_CLOSE, "predicted closing date", "expected close");
        add(DEAL_TITLE, "lead title", "deal title text");
        add(CONTACT_NAME, "contact full name");
        add(DEAL_CLOSED_ON, "lost date", "date lost", "lost on", "won on");
        add(CONTACT_PHONE, "telefon geschäftlich", "telefon geschäftlich 2", "telefon privat 2", "autotelefon", "telefon firma",
                "téléphone bureau", "téléphone bureau 2", "téléphone domicile", "tél mobile", "tél bureau");
        add(TAGS, "kategorien", "catégories", "categorías", "categorie", "categorieën");
        // Russian exports (Bitrix24, amoCRM), Chinese and Japanese sheets and business-card apps.
        add(CONTACT_NAME, "контакт", "контактное лицо", "фио", "полное имя", "姓名", "联系人", "联系人姓名", "氏名", "名前", "担当者名");
        add(CONTACT_FIRST_NAME, "имя", "名");
        add(CONTACT_LAST_NAME, "фамилия", "姓");
        add(CONTACT_EMAIL, "эл почта", "электронная почта", "рабочий e mail", "邮箱", "电子邮件", "电子邮箱", "メールアドレス", "メール",
                "eメール", "e mail アドレス");
        add(CONTACT_PHONE, "рабочий телефон", "мобильный телефон", "мобильный", "电话", "手机", "手机号", "电话号码", "联系电话", "電話番号",
                "携帯電話", "携帯電話番号", "tel直通", "tel会社", "tel", "電話", "携帯");
        add(CONTACT_TITLE, "должность", "职位", "职务", "役職", "肩書");
        add(ORGANIZATION_NAME, "компания", "название компании", "организация", "公司", "公司名称", "客户名称", "客户", "企业名称", "会社名",
                "企業名", "会社", "所属");
        add(ORGANIZATION_WEBSITE, "сайт", "网站", "公司网站", "ウェブサイト", "ホームページ");
        add(ORGANIZATION_INDUSTRY, "сфера деятельности", "行业", "業種");
        add(DEAL_TITLE, "название сделки", "сделка", "название", "商机名称", "商机", "机会名称", "案件名", "商談名", "案件");
        add(DEAL_VALUE, "сумма", "бюджет", "сумма сделки", "金额", "商机金额", "预计金额", "金額", "受注金額", "見込金額");
        add(DEAL_CURRENCY, "валюта", "币种", "货币", "通貨");
        add(DEAL_STAGE, "стадия", "стадия сделки", "этап", "этап сделки", "статус сделки", "阶段", "销售阶段", "商机阶段", "フェーズ", "ステージ",
                "進捗", "商談ステージ");
        add(DEAL_OWNER, "ответственный", "менеджер", "负责人", "销售负责人", "销售", "担当者", "営業担当", "担当営業");
        add(DEAL_EXPECTED_CLOSE, "предполагаемая дата закрытия", "дата закрытия", "预计成交日期", "预计结单日期", "完了予定日", "受注予定日",
                "クローズ予定日");
        add(DEAL_CREATED_ON, "дата создания", "создано", "创建时间", "创建日期", "作成日", "登録日");
        add(DEAL_SOURCE, "источник", "来源", "线索来源", "流入元");
        add(NOTES, "комментарий", "примечание", "备注", "说明", "メモ", "備考");
        // Korean sheets and CRMs.
        add(CONTACT_NAME, "이름", "성명", "담당자", "담당자명", "고객명");
        add(CONTACT_EMAIL, "이메일", "이메일 주소", "전자우편");
        add(CONTACT_PHONE, "휴대폰", "휴대전화", "전화번호", "연락처", "핸드폰");
        add(CONTACT_TITLE, "직책", "직급", "직위");
        add(ORGANIZATION_NAME, "회사", "회사명", "업체명", "기업명", "거래처");
        add(ORGANIZATION_WEBSITE, "웹사이트", "홈페이지");
        add(ORGANIZATION_INDUSTRY, "업종", "산업");
        add(DEAL_TITLE, "영업기회", "영업 기회", "거래명", "딜명", "건명");
        add(DEAL_VALUE, "금액", "예상 금액", "거래 금액", "계약 금액");
        add(DEAL_CURRENCY, "통화");
        add(DEAL_STAGE, "단계", "영업 단계", "진행 단계");
        add(DEAL_OWNER, "영업 담당자", "영업담당");
        add(DEAL_EXPECTED_CLOSE, "예상 마감일", "마감 예정일", "종료 예정일");
        add(DEAL_CREATED_ON, "생성일", "등록일", "작성일");
        add(DEAL_SOURCE, "유입 경로", "출처");
        add(NOTES, "메모", "비고");
        // Moments as API exports name them ("expected_close_ts", "created_timestamp").
        add(DEAL_EXPECTED_CLOSE, "expected close ts", "expected close timestamp", "close date ts", "close date timestamp");
        add(DEAL_CREATED_ON, "created ts", "created timestamp", "created at ts", "create time", "creation timestamp");
        add(DEAL_CLOSED_ON, "closed ts", "closed at", "closed timestamp", "won at", "lost at");
        // Pipedrive in German and Spanish ("Deal - Währung des Wertes", "Negocio - Fecha de ganado", "Trato - Negocio creado").
        add(DEAL_CURRENCY, "währung des wertes", "moneda del valor");
        add(DEAL_CREATED_ON, "deal erstellt", "negocio creado", "trato creado");
        add(DEAL_CLOSED_ON, "gewonnen am", "verloren am", "fecha de ganado", "fecha de pérdida");
        add(DEAL_EXPECTED_CLOSE, "fecha de cierre prevista");
        add(DEAL_LOST_REASON, "motivo de la pérdida");
        // Apollo's and ZoomInfo's people's numbers (their "Corporate Phone" and "Company HQ Phone" are the company's switchboard,
        // left out as "Company Phone" is), an extension in a column of its own (ACT!), Insightly's and Close's owner, Airtable's contact.
        add(CONTACT_PHONE, "first phone", "work direct phone", "direct phone number", "phone extension", "phone ext", "extension");
        // An extension in German, French, Dutch, Italian and Spanish address books (written after the number before it).
        add(CONTACT_PHONE, "durchwahl", "nebenstelle", "poste telephonique", "toestelnummer", "interno telefonico", "extension telefonica");
        add(DEAL_OWNER, "user responsible", "user name");
        add(CONTACT_NAME, "point of contact");
        // Zoho CRM in French.
        add(ORGANIZATION_NAME, "nom du compte");
        add(CONTACT_NAME, "nom du contact");
        add(DEAL_OWNER, "propriétaire de l'opportunité");
        add(DEAL_SOURCE, "source de l'opportunité");
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        SYNONYMS.forEach((name, field) -> {
            String key = name.replace(" ", "");
            ImportField before = SQUASHED.putIfAbsent(key, field);
            if (before != null && before != field) {
                ambiguous.add(key);
            }
        });
        ambiguous.forEach(SQUASHED::remove);
    }
}
