package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.*;
import static com.funnelboard.domain.importing.RowCells.all;
import static com.funnelboard.domain.importing.RowCells.first;

import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the values of one row by the column mapping: its contact's names (a full name, or first and
 * last), e-mail addresses and phone numbers (several columns, and Google's " ::: " lists; see
 * {@link ContactColumns}), amounts and dates as their column writes them ({@link ColumnFormats}:
 * "12.500,50" or "12,500.50", 12.03.2026 or 2026-03-12, whatever the machine's locale), stages
 * through the stage names. A value that does not parse is a problem of the row naming its column,
 * never guessed or dropped silently.
 */
public final class RowParser {

    private final List<String> headers;
    /** The columns of the address's parts set aside beside a whole address column: used on a row whose whole address is empty. */
    private final List<Integer> addressParts;
    private final GroupLabels groupLabels;
    /** The problems of values, named by their columns. */
    private final RowCells rowCells;
    private final List<ImportField> mapping;
    /** Whether the file is Funnelboard's own deals export, whose empty owner cell is a deal nobody owns. */
    private final boolean ownDealsExport;
    /** Funnelboard's own export of contacts or deals. */
    private final boolean ownExport;
    private final StageNames stages;
    private final String currency;
    private final Locale locale;
    private final ColumnFormats formats;
    /** How the value column's amounts and the currency column are read. */
    private final DealValues dealValues;
    /** The column marking companies' rows in a list of people and companies, if any. */
    private final CompanyRows companies;
    /** The customer column of an accounting program's list, made the organization's (see {@link PartyColumns}); -1 when none. */
    private final int party;
    /** Extension columns and the phone columns they belong to ({@link PhoneColumns#extensions}). */
    private final List<int[]> extensions;
    /** How the row's contact, and the other people its name cell lists, are read. */
    private final ContactColumns contacts;
    /** Yes/no columns saying a deal was closed and won ({@link ClosedWonFlags}). */
    private final ClosedWonFlags closedWon;
    /** The column marking records deleted in the program the file came from. */
    private final DeletedRows deletedThere;

    public RowParser(List<String> headers, List<ImportField> mapping, StageNames stages, String currency, Locale locale) {
        this(headers, mapping, stages, currency, locale, ColumnFormats.NONE);
    }

    /** @param formats how the file's amount and date columns write their values (told from its first rows) */
    public RowParser(List<String> headers, List<ImportField> mapping, StageNames stages, String currency, Locale locale,
            ColumnFormats formats) {
        if (headers.size() != mapping.size()) {
            throw new IllegalArgumentException("one field per column");
        }
        this.headers = List.copyOf(headers);
        this.rowCells = new RowCells(this.headers);
        this.groupLabels = new GroupLabels(this.headers);
        this.mapping = List.copyOf(mapping);
        this.ownDealsExport = FunnelboardExport.of(headers).filter(e -> e == FunnelboardExport.DEALS).isPresent();
        this.ownExport = FunnelboardExport.of(headers).filter(e -> e != FunnelboardExport.ORGS).isPresent();
        this.stages = stages;
        this.currency = currency;
        this.locale = locale;
        this.formats = formats;
        this.dealValues = new DealValues(headers, mapping, currency, formats);
        this.companies = CompanyRows.of(headers, mapping);
        this.party = PartyColumns.column(headers, mapping);
        this.extensions = PhoneColumns.extensions(this.headers, this.mapping);
        this.contacts = new ContactColumns(this.headers, this.mapping, groupLabels, rowCells);
        this.addressParts = AddressColumns.partsBesideWhole(this.headers, this.mapping);
        this.closedWon = ClosedWonFlags.of(this.headers, this.mapping);
        this.deletedThere = DeletedRows.of(this.headers, this.mapping);
    }

    /** How the file's amount and date columns write their values. */
    public ColumnFormats formats() {
        return formats;
    }

    /** What a row of {@code values} values under a header of {@code columns} columns is told. */
    public static String raggedRow(int values, int columns) {
        return values + " values where the header has " + columns + " (a missing or extra delimiter, or an unclosed quote above it)";
    }

    /**
     * The row as it will be imported, with its problems. A row of more or fewer values than the header
     * (returned only when invalid rows are skipped) is one problem and nothing else: which value
     * belongs to which column cannot be told.
     */
    public ImportRow parse(long row, String[] cells) {
        if (cells.length != headers.size()) {
            return new ImportRow(row, null, null, null, List.of(new ImportRow.Problem(row, null, raggedRow(cells.length, headers.size()))));
        }
        String[] values = PhoneColumns.joined(Cells.unprotected(cells), extensions);
        ImportRow.Problem thrownAway = deletedThere.leftOut(row, values);
        if (thrownAway != null) {
            return new ImportRow(row, null, null, null, List.of(), false, false, List.of(), List.of(thrownAway));
        }
        Map<ImportField, List<Integer>> cols = new EnumMap<>(ImportField.class);
        for (int i = 0; i < mapping.size() && i < values.length; i++) {
            // "-", "n/a", "unknown": what a sheet writes for no organization is a blank cell.
            if (mapping.get(i) != IGNORE && !values[i].isBlank() && (mapping.get(i) != ORGANIZATION_NAME || Cells.named(values[i]) != null)) {
                cols.computeIfAbsent(mapping.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        if (onlyAmounts(cols)) {
            return ImportRow.subtotal(row); // "Jane Smith", "", …, "310000.00": the sum of her deals above, no deal of its own
        }
        // Not in Funnelboard's own export of contacts or deals, whose names are contacts' as stored ("1&1 Internet Inc" came back
        // as an organization the contact was moved into).
        if (companies.isCompany(values) || !ownExport && CompanyRows.namesACompany(values, cols)) {
            CompanyRows.asOrganization(cols);
        }
        PartyColumns.read(party, values, cols);
        List<ImportRow.Problem> problems = new ArrayList<>();
        List<ImportRow.Person> companions = new ArrayList<>();
        ImportRow.Person person = contacts.person(row, values, cols, problems, companions);
        // The set-aside parts of an address labelled as the person's own are theirs, not the organization's.
        List<Integer> companyParts = addressParts.stream().filter(i -> !groupLabels.personal(values, i)).toList();
        person = ContactsOwnPlaces.noted(person, groupLabels.personalLines(values, cols, addressParts,
                parts -> AddressColumns.line(headers, parts, values)));
        ImportRow.Company company = null;
        if (cols.containsKey(ORGANIZATION_NAME)) {
            String listed = PartyColumns.withoutPerson(first(values, cols, ORGANIZATION_NAME), person);
            String name = Cells.firstListed(listed);
            person = Cells.keepOthers(person, listed, "Also with: ");
            rowCells.text(row, ORGANIZATION_NAME, cols, name, "An organization name", 300, problems);
            Map<ImportField, List<Integer>> companys = groupLabels.companyColumns(values, cols);
            String website = first(values, companys, ORGANIZATION_WEBSITE);
            if (website != null && Validation.url(website).isPresent()) {
                problems.add(rowCells.detail(row, cols, ORGANIZATION_WEBSITE, "not a web address: \"" + website + "\""));
                website = null;
            }
            List<String> address = all(values, companys, ORGANIZATION_ADDRESS);
            List<Integer> inParts = companys.getOrDefault(ORGANIZATION_ADDRESS, List.of());
            String where;
            if (address.isEmpty()) {
                // The whole address column empty on this row: its parts, set aside beside it, give the address.
                where = AddressColumns.line(headers, companyParts, values);
            } else if (inParts.size() > 1 && inParts.stream().noneMatch(i -> values[i].contains(" ::: "))) {
                // An address in parts (street, postal code, place): on one line as its country writes it.
                where = AddressColumns.line(headers, inParts, values);
            } else {
                where = String.join(", ", address.stream().map(a -> a.replaceAll("\\s*\\R\\s*", ", ")).toList());
            }
            rowCells.text(row, ORGANIZATION_ADDRESS, cols, where, "An address", 500, problems);
            company = new ImportRow.Company(name, first(values, cols, ORGANIZATION_INDUSTRY), first(values, cols, ORGANIZATION_SIZE),
                    website, where);
        }
        if (person != null && (company == null || company.name() == null || company.name().isBlank())) {
            Map<ImportField, List<Integer>> companys = groupLabels.companyColumns(values, cols);
            List<String> address = all(values, companys, ORGANIZATION_ADDRESS);
            person = ContactsOwnPlaces.noted(person, ContactsOwnPlaces.withoutOrganization(first(values, companys, ORGANIZATION_WEBSITE), address,
                    () -> AddressColumns.line(headers, companyParts, values)));
        }
        ImportRow.DealPart deal = null;
        List<ImportRow.Problem> notices = new ArrayList<>();
        // A deal the other program lists as deleted (Pipedrive's status "deleted", "Gelöscht", "Eliminado") is not brought back; its people are.
        boolean deleted = cols.getOrDefault(DEAL_STAGE, List.of()).stream().anyMatch(i -> DELETED.contains(StageNames.key(values[i])));
        if (!deleted && cols.keySet().stream().anyMatch(ImportField::makesADeal)) {
            deal = deal(row, values, cols, problems, notices, person, company);
        }
        for (ImportField f : person == null && company != null ? List.of(CONTACT_PHONE, CONTACT_TITLE) : List.<ImportField>of()) {
            // An accounts export's phone (a company row's, no person named): kept by no one, so said rather than lost unseen.
            List<String> dropped = all(values, cols, f);
            if (!dropped.isEmpty()) {
                notices.add(rowCells.detail(row, cols, f, "\"" + String.join(", ", dropped) + "\": the row names no contact to keep it on ("
                        + "an organization keeps no " + (f == CONTACT_PHONE ? "phone number" : "job title") + ")"));
            }
        }
        if (person == null && company == null && deal == null && problems.isEmpty()) {
            // A row that names nobody (a phone alone in an accounts file, a profile link alone): nothing is made of it, said rather
            // than the row gone without a word ("4 rows", 3 created, none skipped).
            List<String> held = new ArrayList<>();
            for (int i = 0; i < values.length && i < headers.size() && held.size() < 3; i++) {
                if (!values[i].isBlank()) {
                    String v = values[i].strip().replaceAll("\\s+", " ");
                    held.add(headers.get(i).strip() + " \"" + (v.length() > 40 ? v.substring(0, 39) + "\u2026" : v) + "\"");
                }
            }
            if (!held.isEmpty()) {
                notices.add(new ImportRow.Problem(row, null, ImportRow.Problem.NOTHING_MADE + " (" + String.join(", ", held) + ")", true));
            }
        }
        // Notes no contact keeps go to the row's deal; tags only a contact keeps.
        return new ImportRow(row, person, company, deal, List.copyOf(problems), person == null && (cols.containsKey(NOTES) && deal == null
                || cols.containsKey(TAGS)), false, companions,
                notices);
    }

    /** Whether a row holds an amount and, besides it, at most an owner and a currency (see {@link ImportRow#subtotal}). */
    private static boolean onlyAmounts(Map<ImportField, List<Integer>> cols) {
        return (cols.containsKey(DEAL_VALUE) || cols.containsKey(DEAL_FINAL_VALUE)) && cols.keySet().stream()
                .allMatch(f -> f == DEAL_VALUE || f == DEAL_FINAL_VALUE || f == DEAL_OWNER || f == DEAL_CURRENCY);
    }

    /** Whether {@code f} comes from a column of Funnelboard's own deals export ({@code closed_on}, {@code stage_entered_at}). */
    private boolean ownExport(Map<ImportField, List<Integer>> cols, ImportField f) {
        return cols.getOrDefault(f, List.of()).stream().map(i -> headers.get(i).strip().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(h -> h.equals("closed_on") || h.equals("stage_entered_at"));
    }

    /** A deal's status that says it was deleted, in English, German, Spanish and French, as {@link StageNames#key} writes it. */
    private static final java.util.Set<String> DELETED = java.util.Set.of("deleted", "geloscht", "eliminado", "borrado", "supprime");

    /** A status beside a stage that says only that the deal goes on (Close's "active", Insightly's "suspended"): the stage decides. */
    private static final java.util.Set<String> STILL_GOING = java.util.Set.of("open", "active", "suspended", "on hold", "in progress");

    /** @param notices where what the row was read with and should know is said (a created day after the close, taken as the close) */
    private ImportRow.DealPart deal(long row, String[] values, Map<ImportField, List<Integer>> cols, List<ImportRow.Problem> problems,
            List<ImportRow.Problem> notices, ImportRow.Person person, ImportRow.Company company) {
        String cur = first(values, cols, DEAL_CURRENCY);
        String v = first(values, cols, DEAL_VALUE);
        DealValues.Read valueRead = dealValues.read(cur, v, v == null ? -1 : cols.get(DEAL_VALUE).getFirst());
        if (valueRead.problem() != null) {
            problems.add(rowCells.problem(row, cols, valueRead.problemField(), valueRead.problem()));
        }
        String code = valueRead.code();
        Money value = valueRead.value();
        Stage stage = Stage.LEAD;
        String stageText = null;
        int stageColumn = -1;
        List<Integer> stageCols = cols.getOrDefault(DEAL_STAGE, List.of());
        // Pipedrive, Close and others give a stage and a status: a status of won or lost decides, and a
        // status that only says the deal is still going ("open", "active") leaves it to the stage.
        for (int i : stageCols) {
            String s = values[i].strip();
            if (stageCols.size() > 1 && STILL_GOING.contains(s.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Stage mapped = stages.stage(s).orElse(null);
            if (stageText == null || mapped == Stage.WON || mapped == Stage.LOST) {
                stageText = s;
                stageColumn = i;
                if (mapped == null) {
                    stage = null;
                } else {
                    stage = mapped;
                }
            }
        }
        // HubSpot's is_closed / is_closed_won, Salesforce's Closed / Won: a deal they say was won or lost is, whatever stage it names.
        Stage flagged = closedWon.stage(values);
        if (flagged != null && stage != Stage.WON && stage != Stage.LOST) {
            stage = flagged;
            stageText = flagged == Stage.WON ? "closed won" : "closed lost";
        }
        if (stage == null) {
            // Named by the column the unknown name is in (a status label beside a status type, say).
            problems.add(new ImportRow.Problem(row, headers.get(stageColumn), "unknown stage \"" + stageText
                    + "\": map it to lead, prospect, opportunity, won or lost (in the import's stage list, or --stage-map \"" + stageText + "=STAGE\")"));
            stage = Stage.LEAD;
        }
        // A won or lost deal's close date decides its place in the reports; when it expects to close and when it was made are details.
        // A won or lost deal's "close date" with no column of its own (Salesforce's CloseDate, Zoho's Closing Date) is when it closed.
        boolean expectedCloses = (stage == Stage.WON || stage == Stage.LOST) && !cols.containsKey(DEAL_CLOSED_ON);
        LocalDate expected = date(row, values, cols, DEAL_EXPECTED_CLOSE, problems, !expectedCloses);
        LocalDate closed = date(row, values, cols, DEAL_CLOSED_ON, problems, false);
        LocalDate created = date(row, values, cols, DEAL_CREATED_ON, problems, true);
        LocalDate inStageSince = date(row, values, cols, DEAL_IN_STAGE_SINCE, problems, true);
        if (closed == null && (stage == Stage.WON || stage == Stage.LOST)) {
            // The day a won or lost deal reached its stage is when it closed (Funnelboard's own export gives a lost deal no other).
            closed = inStageSince != null ? inStageSince : expected;
        }
        if (closed != null && expected == null && stage != Stage.WON && stage != Stage.LOST && !ownExport(cols, DEAL_CLOSED_ON)) {
            // An open deal's "close date" (SugarCRM's date_closed) is when it is expected to close.
            expected = closed;
            closed = null;
        }
        boolean createdAsClosed = closed != null && created != null && created.isAfter(closed);
        if (createdAsClosed) {
            // A deal made in the other program after it closed (won deals of earlier years entered later): counted as made the day
            // it closed, said, rather than a deal that took a negative number of days to close in the reports.
            notices.add(rowCells.detail(row, cols, DEAL_CREATED_ON, "\"" + first(values, cols, DEAL_CREATED_ON) + "\" is after the deal closed ("
                    + closed + "), so it counts as made the day it closed"));
            created = closed;
        }
        String title = first(values, cols, DEAL_TITLE);
        boolean titleGiven = title != null;
        String external = first(values, cols, DEAL_EXTERNAL_ID);
        for (int i : cols.getOrDefault(DEAL_EXTERNAL_ID, List.of())) {
            // Funnelboard's own deals export: the other program's id a deal came with, when it has one, before the deal's own id.
            if (headers.get(i).strip().equalsIgnoreCase("external_id") && !values[i].isBlank()) {
                external = values[i].strip();
            }
        }
        if (title == null) {
            title = company != null && company.name() != null ? company.name() : person != null ? person.name()
                    : external != null ? "Deal " + external : "Imported deal";
        }
        rowCells.text(row, DEAL_TITLE, cols, title, "A deal title", 300, problems);
        if (external != null && com.funnelboard.domain.PlainText.length(external.strip()) > 200) {
            problems.add(rowCells.problem(row, cols, DEAL_EXTERNAL_ID, "an id longer than 200 characters"));
        }
        String owner = first(values, cols, DEAL_OWNER);
        if (owner == null && ownDealsExport && mapping.contains(DEAL_OWNER) && values[mapping.indexOf(DEAL_OWNER)].isBlank()) {
            owner = OwnerMatcher.NOBODY; // Funnelboard's own export of a deal nobody owned: it stays so, not the importer's
        }
        java.util.Optional<String> badOwner = OwnerMatcher.problem(owner);
        if (badOwner.isPresent()) {
            problems.add(rowCells.detail(row, cols, DEAL_OWNER, badOwner.get())); // the deal is then the importer's, as a deal with no owner
            owner = null;
        }
        Money finalValue = null;
        String fv = first(values, cols, DEAL_FINAL_VALUE);
        if (fv != null && stage == Stage.WON) {
            try {
                finalValue = amountIn(fv, cols.get(DEAL_FINAL_VALUE).getFirst(), code);
            } catch (IllegalArgumentException e) {
                problems.add(rowCells.problem(row, cols, DEAL_FINAL_VALUE, e.getMessage()));
            }
        }
        LostReason lostReason = null;
        String lostNote = null;
        if (stage == Stage.LOST) {
            String given = first(values, cols, DEAL_LOST_REASON);
            LostReasons.Read why = LostReasons.of(given != null ? given : StageNames.whyLost(stageText)); // "Lost - price"
            String note = first(values, cols, DEAL_LOST_NOTE);
            lostReason = why == null ? null : why.reason();
            List<String> notes = java.util.stream.Stream.of(why == null ? null : why.note(), note)
                    .filter(x -> x != null && !x.isBlank()).distinct().toList();
            lostNote = notes.isEmpty() ? null : String.join("\n", notes);
            rowCells.text(row, cols.containsKey(DEAL_LOST_NOTE) ? DEAL_LOST_NOTE : DEAL_LOST_REASON, cols, lostNote, "A lost note", 2_000, problems);
        }
        // The deal's own notes, and the row's notes when it names no contact to keep them (an opportunities export's Description
        // and Next Step were left out: deals had no notes).
        List<String> noted = new java.util.ArrayList<>(all(values, cols, DEAL_NOTES));
        if (person == null) {
            noted.addAll(all(values, cols, NOTES));
        }
        noted.addAll(KeptWords.of(first(values, cols, DEAL_SOURCE), stage == Stage.LOST ? null : first(values, cols, DEAL_LOST_REASON),
                stage == Stage.LOST ? null : first(values, cols, DEAL_LOST_NOTE)));
        String notes = noted.isEmpty() ? null : String.join("\n", noted);
        if (notes != null && com.funnelboard.domain.PlainText.length(notes) > com.funnelboard.domain.TextLimits.DEAL_NOTES) {
            problems.add(rowCells.detail(row, cols, cols.containsKey(DEAL_NOTES) ? DEAL_NOTES : NOTES, String.format(java.util.Locale.ROOT,
                    "Notes longer than %,d characters", com.funnelboard.domain.TextLimits.DEAL_NOTES)));
            notes = null;
        }
        return new ImportRow.DealPart(title.strip(), value, code, stage, stageText, owner == null || owner.isBlank() ? null : owner, expected, closed,
                created, sourceKey(first(values, cols, DEAL_SOURCE)), external == null ? null : external.strip(), finalValue, lostReason,
                lostNote, created == null || createdAsClosed ? null : Dates.timeOf(first(values, cols, DEAL_CREATED_ON)), titleGiven, inStageSince,
                inStageSince == null ? null : Dates.timeOf(first(values, cols, DEAL_IN_STAGE_SINCE)), notes);
    }

    /** The key of the lead source a row's source cell names; null for none. */
    static String sourceKey(String source) {
        return source == null || source.isBlank() ? null : LeadSources.of(source).key();
    }

    /** An amount of a column beside the value (a won deal's final value), in the deal's currency {@code code}. */
    private Money amountIn(String v, int column, String code) {
        Amounts.Read read = Amounts.read(v, formats.amounts().get(column));
        if (read.currency() != null && !read.currency().equals(code) || read.sign() != null && !Amounts.signOf(read.sign(), code)) {
            throw new IllegalArgumentException("the amount \"" + v + "\" is not in " + code + ", the deal's currency");
        }
        return DealValues.money(read.amount(), code);
    }

    /** The amount in the currency's minor units: at most its decimals, not negative, not absurdly large. */

    private LocalDate date(long row, String[] values, Map<ImportField, List<Integer>> cols, ImportField f, List<ImportRow.Problem> problems,
            boolean detail) {
        String s = first(values, cols, f);
        if (s == null) {
            return null;
        }
        try {
            LocalDate day = Dates.read(s, formats.dates().get(cols.get(f).getFirst()), locale);
            if (!com.funnelboard.domain.CalendarYears.holds(day)) {
                throw new IllegalArgumentException("\"" + s + "\" is not a date " + com.funnelboard.domain.CalendarYears.BETWEEN);
            }
            return day;
        } catch (IllegalArgumentException e) {
            problems.add(detail ? rowCells.detail(row, cols, f, e.getMessage()) : rowCells.problem(row, cols, f, e.getMessage()));
            return null;
        }
    }
}
