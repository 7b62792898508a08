package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.HeaderMatcher.normalise;
import static com.funnelboard.domain.importing.ImportField.CONTACT_EMAIL;
import static com.funnelboard.domain.importing.ImportField.CONTACT_FIRST_NAME;
import static com.funnelboard.domain.importing.ImportField.CONTACT_LAST_NAME;
import static com.funnelboard.domain.importing.ImportField.CONTACT_NAME;
import static com.funnelboard.domain.importing.ImportField.CONTACT_PHONE;
import static com.funnelboard.domain.importing.ImportField.CONTACT_TITLE;
import static com.funnelboard.domain.importing.ImportField.DEAL_CLOSED_ON;
import static com.funnelboard.domain.importing.ImportField.DEAL_EXPECTED_CLOSE;
import static com.funnelboard.domain.importing.ImportField.DEAL_TITLE;
import static com.funnelboard.domain.importing.ImportField.DEAL_VALUE;
import static com.funnelboard.domain.importing.ImportField.IGNORE;

import java.util.List;

/** What a file's "Title" column is: a person's job title, a deal's title, or an honorific beside a salutation. */
final class TitleColumns {

    private TitleColumns() {}

    /** A salutation column's words: beside one, a "Titel" or "Title" is the person's honorific ("Dr.", "Prof."), not a deal or a job. */
    private static final java.util.Set<String> SALUTATIONS = java.util.Set.of("salutation", "anrede", "civilite", "aanhef", "saludo",
            "tratamiento", "titolo di cortesia", "prefix");

    static void honorifics(List<String> headers, List<ImportField> raw) {
        if (headers.stream().noneMatch(h -> h != null && SALUTATIONS.contains(normalise(h)))) {
            return;
        }
        for (int i = 0; i < raw.size(); i++) {
            String h = normalise(headers.get(i) == null ? "" : headers.get(i));
            if ((h.equals("titel") || h.equals("title") || h.equals("akademischer titel")) && raw.get(i) == DEAL_TITLE) {
                raw.set(i, IGNORE);
            }
        }
    }


    /**
     * A plain "Title" column: a person's job title in a file of people with first and last names
     * (Salesforce leads and contacts, Zoho, Apollo, Sales Navigator) or in one with no deal's value
     * or close date; the deal's title in a deals export with a value or close date and no other deal
     * title (Pipedrive's deals). Otherwise it is left out rather than guessed.
     */
    static void plainTitle(List<String> headers, List<ImportField> raw) {
        boolean splitNames = raw.contains(CONTACT_FIRST_NAME) || raw.contains(CONTACT_LAST_NAME);
        boolean dealFigures = raw.contains(DEAL_VALUE) || raw.contains(DEAL_EXPECTED_CLOSE) || raw.contains(DEAL_CLOSED_ON);
        boolean person = splitNames || raw.contains(CONTACT_NAME) || raw.contains(CONTACT_EMAIL) || raw.contains(CONTACT_PHONE);
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) != IGNORE || !normalise(headers.get(i) == null ? "" : headers.get(i)).equals("title")) {
                continue;
            }
            boolean jobTitle = !raw.contains(CONTACT_TITLE) && (splitNames || person && !dealFigures);
            boolean dealTitle = !raw.contains(DEAL_TITLE) && dealFigures && !jobTitle;
            raw.set(i, jobTitle ? CONTACT_TITLE : dealTitle ? DEAL_TITLE : IGNORE);
        }
    }
}
