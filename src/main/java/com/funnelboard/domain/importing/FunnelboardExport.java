package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.*;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of Funnelboard's own CSV exports, and what each means when such a file is imported
 * again (into this database or another): an export reads back as the records it was written from.
 * A contacts export gives contacts, never deals (its ids are contacts', not another program's deal
 * ids), each the contact of its id (see {@link ImportField#CONTACT_ID}); a deals export names its contact by id too; a deals export's external id (the other program's, which the deal came with) or else its id
 * becomes the deals' external id, so a second import updates them, and so does the other program's file. A won
 * deal keeps its final value, a lost one its reason and note, a contact its lead source.
 */
public enum FunnelboardExport {
    CONTACTS(List.of("id", "name", "title", "email", "phone", "other_emails", "other_phones", "organization", "industry", "company_size",
            "persona", "pain_points", "preferred_channel", "source", "tags", "notes", "created_at"),
            Map.ofEntries(Map.entry("id", CONTACT_ID), Map.entry("name", CONTACT_NAME), Map.entry("title", CONTACT_TITLE), Map.entry("email", CONTACT_EMAIL),
                    Map.entry("phone", CONTACT_PHONE), Map.entry("other_emails", CONTACT_EMAIL), Map.entry("other_phones", CONTACT_PHONE),
                    Map.entry("organization", ORGANIZATION_NAME), Map.entry("industry", CONTACT_INDUSTRY),
                    Map.entry("company_size", CONTACT_COMPANY_SIZE), Map.entry("persona", CONTACT_PERSONA),
                    Map.entry("pain_points", CONTACT_PAIN_POINTS), Map.entry("preferred_channel", CONTACT_CHANNEL),
                    Map.entry("source", DEAL_SOURCE), Map.entry("tags", TAGS), Map.entry("notes", NOTES))),
    ORGS(List.of("id", "name", "industry", "company_size", "website", "address", "created_at"),
            Map.of("name", ORGANIZATION_NAME, "industry", ORGANIZATION_INDUSTRY, "company_size", ORGANIZATION_SIZE, "website",
                    ORGANIZATION_WEBSITE, "address", ORGANIZATION_ADDRESS)),
    DEALS(List.of("id", "external_id", "title", "stage", "value", "currency", "final_value", "closed_on", "expected_close_on", "contact",
            "contact_id", "organization", "source", "lost_reason", "lost_note", "stage_entered_at", "created_at", "owner", "notes"),
            Map.ofEntries(Map.entry("notes", DEAL_NOTES), Map.entry("id", DEAL_EXTERNAL_ID), Map.entry("external_id", DEAL_EXTERNAL_ID), Map.entry("title", DEAL_TITLE), Map.entry("stage", DEAL_STAGE),
                    Map.entry("value", DEAL_VALUE), Map.entry("currency", DEAL_CURRENCY), Map.entry("closed_on", DEAL_CLOSED_ON),
                    Map.entry("expected_close_on", DEAL_EXPECTED_CLOSE), Map.entry("contact", CONTACT_NAME), Map.entry("contact_id", CONTACT_ID),
                    Map.entry("organization", ORGANIZATION_NAME), Map.entry("source", DEAL_SOURCE), Map.entry("owner", DEAL_OWNER),
                    Map.entry("created_at", DEAL_CREATED_ON), Map.entry("final_value", DEAL_FINAL_VALUE),
                    Map.entry("lost_reason", DEAL_LOST_REASON), Map.entry("lost_note", DEAL_LOST_NOTE),
                    // Since when an open deal is in its stage; a lost deal has no close date of its own: the day it entered Lost
                    // is when it was lost.
                    Map.entry("stage_entered_at", DEAL_IN_STAGE_SINCE))),
    /** Interactions are not imported: every column is ignored (see {@link #readsBack}). */
    INTERACTIONS(List.of("id", "occurred_at", "kind", "direction", "contact", "contact_id", "deal", "deal_id", "note"), Map.of()),
    /** The follow-ups of the live deals, open and done; not imported either. */
    FOLLOWUPS(List.of("id", "due_at", "kind", "status", "done_at", "snoozed_until", "deal", "deal_id", "contact", "contact_id", "note",
            "created_at"), Map.of());

    private final List<String> header;
    private final Map<String, ImportField> imported;

    FunnelboardExport(List<String> header, Map<String, ImportField> imported) {
        this.header = header;
        this.imported = imported;
    }

    /** The header row the export writes. */
    public List<String> header() {
        return header;
    }

    /**
     * The contacts export's header before it had the pain points and the preferred channel: such a
     * file, written by an earlier Funnelboard, reads back as well.
     */
    private static final List<String> EARLIER_CONTACTS = List.of("id", "name", "title", "email", "phone", "other_emails", "other_phones",
            "organization", "industry", "company_size", "persona", "source", "tags", "notes", "created_at");

    /**
     * The deals export's headers before it named the contact by its id too (such a file reads back by the contact's name), and
     * before deals had notes: such files read back as well.
     */
    private static final List<List<String>> EARLIER_DEALS = List.of(List.of("id", "external_id", "title", "stage", "value", "currency",
            "final_value", "closed_on", "expected_close_on", "contact", "organization", "source", "lost_reason", "lost_note", "stage_entered_at",
            "created_at", "owner"), List.of("id", "external_id", "title", "stage", "value", "currency", "final_value", "closed_on",
            "expected_close_on", "contact", "contact_id", "organization", "source", "lost_reason", "lost_note", "stage_entered_at", "created_at",
            "owner"));

    /** The export whose header these are (in any case, spaces around them ignored), or some of its columns (see {@link #edited}), if any. */
    public static Optional<FunnelboardExport> of(List<String> headers) {
        List<String> h = headers.stream().map(x -> x == null ? "" : x.strip().toLowerCase(Locale.ROOT)).toList();
        for (FunnelboardExport e : values()) {
            if (e.header.equals(h)) {
                return Optional.of(e);
            }
        }
        if (h.equals(EARLIER_CONTACTS)) {
            return Optional.of(CONTACTS);
        }
        if (EARLIER_DEALS.contains(h)) {
            return Optional.of(DEALS);
        }
        if (h.equals(EARLIER_INTERACTIONS)) {
            return Optional.of(INTERACTIONS);
        }
        return edited(h);
    }

    /**
     * A contacts, deals or organizations export edited in a spreadsheet: some of its columns, each once, in any order, its id
     * among them, and the columns that tell it from the others (an address or a number; a title and a stage; a website or an
     * address). With a column deleted (created_at) the file was read as another program's: its ids as external ids, its
     * other_emails and other_phones left out, a contact's industry made the organization's.
     */
    private static Optional<FunnelboardExport> edited(List<String> h) {
        java.util.Set<String> cols = new java.util.HashSet<>(h);
        if (cols.size() != h.size() || !cols.contains("id")) {
            return Optional.empty();
        }
        for (FunnelboardExport e : List.of(CONTACTS, DEALS, ORGS)) {
            boolean told = switch (e) {
                case CONTACTS -> cols.contains("email") || cols.contains("other_emails") || cols.contains("phone") || cols.contains("other_phones");
                case DEALS -> cols.contains("title") && cols.contains("stage");
                default -> cols.contains("website") || cols.contains("address");
            };
            if (told && e.header.containsAll(cols) && cols.size() * 2 > e.header.size()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The interactions export's header before it named the contact and the deal by their ids too. */
    private static final List<String> EARLIER_INTERACTIONS = List.of("id", "occurred_at", "kind", "direction", "contact", "deal", "note");

    /**
     * Whether an import reads this export back: interactions and follow-ups are a timeline, which a
     * share file or a backup carries whole between databases; as CSV they are for other programs.
     */
    public boolean readsBack() {
        return this != INTERACTIONS && this != FOLLOWUPS;
    }

    /** What each of {@code headers} (this export's, as {@link #of} found them) is when the export is imported again, in column order. */
    public List<ImportField> fields(List<String> headers) {
        return headers.stream().map(c -> imported.getOrDefault(c == null ? "" : c.strip().toLowerCase(Locale.ROOT), IGNORE)).toList();
    }
}
