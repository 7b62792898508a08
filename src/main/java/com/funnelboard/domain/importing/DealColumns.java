package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.HeaderMatcher.normalise;
import static com.funnelboard.domain.importing.ImportField.*;

import java.util.List;

/**
 * Which of a file's columns are a deal's, where the headers alone would read them otherwise: a deals
 * export's "Name" is the deal's title, a contacts export's "Status" is no deal stage, a value given
 * both as stored and as shown is read as shown, and of two close dates the plain one is the day the
 * deal closed.
 */
final class DealColumns {

    private DealColumns() {}

    /**
     * A deals export whose "Name" is the deal's (Freshsales, Copper, Airtable, Monday.com, Salesforce,
     * SugarCRM): when the file has a deal's value, stage or close date but no deal title column, and
     * another column names the person ("Contact", "Primary Person") or gives the contact's address or
     * number ("Contact email", as a Notion deals database writes it), or nothing but the "Name" is a
     * person's (no e-mail, phone, first or last name, job title), its "Name" column is the deal's title.
     */
    static void dealNamedName(List<String> headers, List<ImportField> raw) {
        int name = -1;
        int people = 0;
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) == CONTACT_NAME) {
                people++;
                if (name < 0 && normalise(headers.get(i) == null ? "" : headers.get(i)).equals("name")) {
                    name = i;
                }
            }
        }
        boolean deal = raw.contains(DEAL_VALUE) || raw.contains(DEAL_STAGE) || raw.contains(DEAL_EXPECTED_CLOSE);
        // "Contact email" beside "Name" (a Notion deals database): the row's e-mail is its contact's, so the row is not the person.
        boolean someoneElses = false;
        for (int i = 0; i < raw.size(); i++) {
            String h = normalise(headers.get(i) == null ? "" : headers.get(i));
            someoneElses |= (raw.get(i) == CONTACT_EMAIL || raw.get(i) == CONTACT_PHONE) && (h.startsWith("contact ") || h.startsWith("customer "));
        }
        // An opportunities export with nothing of a person but its "Name" (Salesforce's, SugarCRM's, a sheet of
        // "Name, Account, Amount, Stage"): no e-mail, phone, first or last name or job title to reach anyone by, and
        // the company named as CRMs name an opportunity's ("Account", "AccountId") or a close date. A sheet of
        // "Name, Company, Value" is a list of people with what each may buy, and keeps its names as people's.
        boolean opportunities = raw.contains(DEAL_EXPECTED_CLOSE) || raw.contains(DEAL_CLOSED_ON)
                || headers.stream().anyMatch(h -> h != null && normalise(h).replace(" ", "").startsWith("account"));
        boolean nobody = people == 1 && opportunities && !raw.contains(CONTACT_EMAIL) && !raw.contains(CONTACT_PHONE)
                && !raw.contains(CONTACT_FIRST_NAME) && !raw.contains(CONTACT_LAST_NAME) && !raw.contains(CONTACT_TITLE);
        if (name >= 0 && (people > 1 || someoneElses || nobody) && deal && !raw.contains(DEAL_TITLE)) {
            raw.set(name, DEAL_TITLE);
        }
        // A French deals export's "Nom" beside its "Contact" and no first name (Sellsy): the deal's name, not a family name.
        int nom = -1;
        for (int i = 0; i < raw.size() && nom < 0; i++) {
            nom = raw.get(i) == CONTACT_LAST_NAME && normalise(headers.get(i) == null ? "" : headers.get(i)).equals("nom") ? i : -1;
        }
        if (nom >= 0 && people > 0 && deal && !raw.contains(CONTACT_FIRST_NAME) && !raw.contains(DEAL_TITLE)) {
            raw.set(nom, DEAL_TITLE);
        }
    }

    /**
     * A contacts export's "Status", "Lead Status" or "Lifecycle Stage" (a person's state in HubSpot,
     * Freshsales and others) is no deal stage when nothing else in the file is a deal's: else each
     * contact would get a deal.
     */
    static void statusOfContacts(List<String> headers, List<ImportField> raw) {
        boolean otherDeal = false;
        // A list of people (first and last names, job titles: Apollo, Sales Navigator) with a plain "Stage" is their prospecting stage.
        boolean people = raw.contains(CONTACT_FIRST_NAME) || raw.contains(CONTACT_LAST_NAME) || raw.contains(CONTACT_TITLE);
        for (int i = 0; i < raw.size(); i++) {
            String h = normalise(headers.get(i) == null ? "" : headers.get(i));
            boolean status = raw.get(i) == DEAL_STAGE && (personsState(h) || people && h.equals("stage"));
            otherDeal |= raw.get(i).makesADeal() && !status;
        }
        if (!otherDeal) {
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i) == DEAL_STAGE) {
                    raw.set(i, IGNORE);
                }
            }
        }
    }

    /** Whether a stage or status header names a person's state rather than a deal's ("Lead Status", "Lifecycle Stage"). */
    private static boolean personsState(String header) {
        return header.equals("status") || header.startsWith("lead ") || header.startsWith("lifecycle") || header.startsWith("contact ")
                || header.startsWith("person ");
    }

    /**
     * A value exported twice, as stored and as shown ("value" in cents beside "value_formatted" as
     * "$1,250.00" in Close's export): the one as shown is read, the other left out.
     */
    static void formattedValues(List<String> headers, List<ImportField> raw) {
        for (int i = 0; i < raw.size(); i++) {
            String n = normalise(headers.get(i) == null ? "" : headers.get(i));
            if (raw.get(i) != IGNORE || !n.endsWith(" formatted")) {
                continue;
            }
            String stem = n.substring(0, n.length() - " formatted".length());
            ImportField f = HeaderMatcher.field(stem);
            if (f != DEAL_VALUE) {
                continue;
            }
            for (int j = 0; j < raw.size(); j++) {
                if (raw.get(j) == DEAL_VALUE && normalise(headers.get(j) == null ? "" : headers.get(j)).equals(stem)) {
                    raw.set(j, IGNORE);
                }
            }
            raw.set(i, DEAL_VALUE);
        }
    }

    /**
     * Two close dates ("Expected Close" and "Close Date", as exports of won and lost deals give both):
     * the one that says it is expected, forecast or estimated is the expected close, a plain one the
     * day the deal closed, rather than the second being left out as a repeat.
     */
    static void closeDates(List<String> headers, List<ImportField> raw) {
        if (raw.contains(DEAL_CLOSED_ON) || raw.stream().filter(f -> f == DEAL_EXPECTED_CLOSE).count() < 2) {
            return;
        }
        for (int i = 0; i < raw.size(); i++) {
            String h = normalise(headers.get(i) == null ? "" : headers.get(i));
            if (raw.get(i) == DEAL_EXPECTED_CLOSE && !h.matches(".*(expect|forecast|estimat|project|plan|target|erwart|prevu|prevista).*")) {
                raw.set(i, DEAL_CLOSED_ON);
                return;
            }
        }
    }
}
