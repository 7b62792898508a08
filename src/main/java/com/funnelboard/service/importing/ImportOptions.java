package com.funnelboard.service.importing;

import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.ImportField;
import java.util.Map;

/**
 * How to import a file.
 *
 * @param columns fields chosen for columns by their header, over the automatic mapping (header, case ignored)
 * @param stages foreign stage names mapped to ours, over the common names
 * @param onDuplicate what to do with a contact (same e-mail, or same phone when it has no e-mail), an
 *     organization (same name) or a deal (same external id) that is already stored
 * @param dryRun read and match everything, report what would happen, write nothing
 * @param skipInvalid import the rows that parse and report the others as failed, rather than refuse the file
 * @param header whether the first row is a header; null to detect it
 * @param organizations whether the file is an organizations file (name, industry, size, website: its
 *     "Name" column is the organization's); null to tell by its headers
 * @param dayFirst whether dates not written year first have the day before the month (03/04/2026 is
 *     3 April); null to tell from the values, and from the locale when they do not say
 * @param currency the currency code of the file's amounts that name none ("12500" with no sign, column
 *     or header saying otherwise); null for the currency set for this database
 */
public record ImportOptions(Map<String, ImportField> columns, Map<String, Stage> stages, OnDuplicate onDuplicate, boolean dryRun,
        boolean skipInvalid, Boolean header, Boolean organizations, Boolean dayFirst, String currency) {

    /** Options whose bare amounts are in the database's currency. */
    public ImportOptions(Map<String, ImportField> columns, Map<String, Stage> stages, OnDuplicate onDuplicate, boolean dryRun,
            boolean skipInvalid, Boolean header, Boolean organizations, Boolean dayFirst) {
        this(columns, stages, onDuplicate, dryRun, skipInvalid, header, organizations, dayFirst, null);
    }

    /** These options with the currency of amounts that name none given (null: the database's). */
    public ImportOptions withCurrency(String code) {
        return new ImportOptions(columns, stages, onDuplicate, dryRun, skipInvalid, header, organizations, dayFirst, code);
    }

    /** Options whose dates' order is told from their values. */
    public ImportOptions(Map<String, ImportField> columns, Map<String, Stage> stages, OnDuplicate onDuplicate, boolean dryRun,
            boolean skipInvalid, Boolean header, Boolean organizations) {
        this(columns, stages, onDuplicate, dryRun, skipInvalid, header, organizations, null);
    }

    /** These options with the dates' order given (null: told from the values). */
    public ImportOptions withDayFirst(Boolean order) {
        return new ImportOptions(columns, stages, onDuplicate, dryRun, skipInvalid, header, organizations, order, currency);
    }

    /** Options whose file is an organizations file only when its headers say so. */
    public ImportOptions(Map<String, ImportField> columns, Map<String, Stage> stages, OnDuplicate onDuplicate, boolean dryRun,
            boolean skipInvalid, Boolean header) {
        this(columns, stages, onDuplicate, dryRun, skipInvalid, header, null);
    }

    /** These options with the file taken as an organizations file. */
    public ImportOptions asOrganizations() {
        return new ImportOptions(columns, stages, onDuplicate, dryRun, skipInvalid, header, Boolean.TRUE, dayFirst, currency);
    }

    /** What happens to a row whose contact, organization or deal is already stored. */
    public enum OnDuplicate {
        /** Keep what is stored as it is (a deal on the row still joins the stored contact). */
        SKIP,
        /** Add what the row knows to what is stored (e-mails, phones, tags, empty fields; a deal's fields). */
        UPDATE,
        /**
         * As {@link #UPDATE}, and the row's own values replace the stored ones: a contact's name, title,
         * profile and first address, an organization's details (a file corrected in a spreadsheet and
         * imported back). Nothing the row leaves empty is erased; a contact's one number (or address) is replaced by the row's one
         * (a number corrected in the sheet); with more on either side none is taken away.
         */
        REPLACE,
        /** Add the row's contact or deal anyway (an organization of the same name is still one). */
        CREATE
    }

    public ImportOptions {
        columns = Map.copyOf(columns);
        stages = Map.copyOf(stages);
        onDuplicate = onDuplicate == null ? OnDuplicate.UPDATE : onDuplicate;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Map.of(), Map.of(), OnDuplicate.UPDATE, false, false, null);
    }
}
