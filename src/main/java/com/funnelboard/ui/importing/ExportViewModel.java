package com.funnelboard.ui.importing;

import com.funnelboard.service.CsvExport;
import com.funnelboard.service.VcardExport;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * File → Export in the window: contacts, organizations, deals, interactions or follow-ups as CSV, contacts as
 * vCards (all, or those chosen on the Contacts page), written in the background. Each completes
 * with the sentence the status bar shows.
 */
public final class ExportViewModel {

    /** What can be exported, with its menu text and the file name offered. */
    public enum What {
        CONTACTS_CSV("Contacts as CSV\u2026", "contacts.csv", "contacts", CsvExport.Kind.CONTACTS),
        ORGANIZATIONS_CSV("Organizations as CSV\u2026", "organizations.csv", "organizations", CsvExport.Kind.ORGS),
        DEALS_CSV("Deals as CSV\u2026", "deals.csv", "deals", CsvExport.Kind.DEALS),
        INTERACTIONS_CSV("Interactions as CSV\u2026", "interactions.csv", "interactions", CsvExport.Kind.INTERACTIONS),
        FOLLOWUPS_CSV("Follow-ups as CSV\u2026", "follow-ups.csv", "follow-ups", CsvExport.Kind.FOLLOWUPS),
        CONTACTS_VCARD("Contacts as vCards\u2026", "contacts.vcf", "contacts", null);

        private final String label;
        private final String fileName;
        private final String noun;
        private final CsvExport.Kind csv;

        What(String label, String fileName, String noun, CsvExport.Kind csv) {
            this.label = label;
            this.fileName = fileName;
            this.noun = noun;
            this.csv = csv;
        }

        public String label() {
            return label;
        }

        public String fileName() {
            return fileName;
        }

        public boolean vcard() {
            return csv == null;
        }
    }

    private final CsvExport csv;
    private final VcardExport vcards;
    private final UiExecutors executors;

    public ExportViewModel(CsvExport csv, VcardExport vcards, UiExecutors executors) {
        this(csv, vcards, executors, Locale.ROOT);
    }

    /** @param locale where the user's spreadsheet reads numbers (see {@link #spreadsheetForm()}) */
    public ExportViewModel(CsvExport csv, VcardExport vcards, UiExecutors executors, Locale locale) {
        this.csv = csv;
        this.vcards = vcards;
        this.executors = executors;
        this.locale = locale;
    }

    private final Locale locale;

    /**
     * Whether the user's spreadsheet wants a form of CSV of its own: semicolons between columns and
     * decimal commas, where the locale writes numbers with a comma (Excel in Germany put every row of
     * a standard CSV in one column).
     */
    public boolean spreadsheetForm() {
        return CsvExport.commaDecimals(locale);
    }

    /** As {@link #export(What, Path, Collection)}; a CSV in the spreadsheet's form when {@code forSpreadsheet} (and it has one). */
    public CompletableFuture<String> export(What what, Path file, Collection<UUID> contacts, boolean forSpreadsheet) {
        List<UUID> only = contacts == null ? null : List.copyOf(contacts);
        return executors.supply(() -> {
            long n = what.vcard() ? vcards.write(file, VcardExport.version("3.0"), only)
                    : csv.write(what.csv, file, forSpreadsheet && spreadsheetForm() ? locale : null);
            return String.format(Locale.ROOT, "Exported %,d %s to %s.", n, n == 1 ? singular(what.noun) : what.noun, file);
        });
    }

    /** Writes every live row of {@code what} to {@code file} (replaced whole or not at all). */
    public CompletableFuture<String> export(What what, Path file) {
        return export(what, file, null);
    }

    /** As {@link #export(What, Path)}; vCards of only {@code contacts} when given (null: all). */
    public CompletableFuture<String> export(What what, Path file, Collection<UUID> contacts) {
        return export(what, file, contacts, false);
    }

    private static String singular(String noun) {
        return noun.substring(0, noun.length() - 1);
    }
}
