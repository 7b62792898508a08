package com.funnelboard.domain.importing;


import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.PlainText;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.domain.Stage;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of an imported file read into what it carries: a contact, an organization and a deal,
 * each null when the row has none of its fields, and the problems of the values that did not parse.
 * {@code notesLeftOut}: the row has notes or tags but no contact to keep them on (deals and organizations
 * have no notes), so they are not imported, and the summary says how many rows that was.
 */
public record ImportRow(long row, Person contact, Company organization, DealPart deal, List<Problem> problems, boolean notesLeftOut,
        boolean subtotal, List<Person> companions, List<Problem> notices) {

    /**
     * @param companions the other people the row names beside its contact (HubSpot's "Associated Contact" lists a
     *        deal's people, "Peter Gibbons (peter@initech.com);Michael Bolton (mbolton@initech.com)"): contacts of the
     *        row's organization too, without its deal (a deal has one contact)
     * @param notices values the row is imported without, though they are valid (an organization's phone number, which
     *        no contact of the row keeps): told in the import's result as left out, never failing the row
     */
    public ImportRow {
        companions = List.copyOf(companions);
        notices = List.copyOf(notices);
    }

    /** A row that is imported with every valid value it holds. */
    public ImportRow(long row, Person contact, Company organization, DealPart deal, List<Problem> problems, boolean notesLeftOut,
            boolean subtotal, List<Person> companions) {
        this(row, contact, organization, deal, problems, notesLeftOut, subtotal, companions, List.of());
    }

    /** A row that names no one beside its contact. */
    public ImportRow(long row, Person contact, Company organization, DealPart deal, List<Problem> problems, boolean notesLeftOut,
            boolean subtotal) {
        this(row, contact, organization, deal, problems, notesLeftOut, subtotal, List.of());
    }

    /** A row whose notes, if any, are its contact's. */
    public ImportRow(long row, Person contact, Company organization, DealPart deal, List<Problem> problems) {
        this(row, contact, organization, deal, problems, false);
    }

    /** A row of a record (not a subtotal). */
    public ImportRow(long row, Person contact, Company organization, DealPart deal, List<Problem> problems, boolean notesLeftOut) {
        this(row, contact, organization, deal, problems, notesLeftOut, false);
    }

    /**
     * A report's subtotal: an amount with, at most, the owner or currency of the group it sums, and
     * nothing that names a deal, a person or an organization. It is no record and is not imported.
     */
    public static ImportRow subtotal(long row) {
        return new ImportRow(row, null, null, null, List.of(), false, true);
    }

    /**
     * A value that could not be read: where (file row, column header) and why.
     *
     * @param column the column's header; null when the problem is the whole row's (more or fewer values than the header)
     * @param leftOut the value is a detail the row can be imported without (a created date, a website, a phone
     *        number): when invalid rows are skipped, the row is imported without it rather than not at all. In an
     *        import's result, true only for a value that was left out of a row that was imported.
     */
    public record Problem(long row, String column, String reason, boolean leftOut) {

        /** The most of a reason kept: one quoting a value of 200,000 characters printed all of it, on one line. */
        public static final int MAX_REASON = 400;

        public Problem {
            if (reason != null && reason.length() > MAX_REASON) {
                int keep = Character.isHighSurrogate(reason.charAt(MAX_REASON - 1)) ? MAX_REASON - 1 : MAX_REASON;
                reason = reason.substring(0, keep) + "\u2026 (" + String.format(java.util.Locale.ROOT, "%,d", reason.length() - keep)
                        + " more characters)";
            }
        }

        /** A problem that fails its row. */
        public Problem(long row, String column, String reason) {
            this(row, column, reason, false);
        }

        /** How a row that names no contact, organization or deal is said (nothing was made of it). */
        public static final String NOTHING_MADE = "the row names no contact, organization or deal, so nothing was made of it";
        /** How a row the program that wrote the file marks deleted is said (see DeletedRows). */
        public static final String DELETED_THERE = "deleted in the program the file came from";

        /** Whether this says why a whole row was left out (it names nobody, or was deleted where it came from), not a value of it. */
        public boolean wholeRow() {
            return leftOut && reason != null && (reason.startsWith(NOTHING_MADE) || reason.startsWith(DELETED_THERE));
        }

        /** The same problem, saying that the rest of its row was imported. */
        public Problem importedWithout() {
            return new Problem(row, column, reason + " (left out: the rest of the row was imported)", true);
        }

        /** "row 3, Email", or "row 3" for a problem of the whole row; {@code rowWord} is "row", "Row" or "Card". */
        public String where(String rowWord) {
            return rowWord + " " + row + (column == null || column.isBlank() ? "" : ", " + column);
        }
    }

    /** @param source where the person came from: a lead source's key (the row's lead source), null when the row names none */
    /**
     * @param id the person's id in a Funnelboard database, when the file gives one (its own export's):
     *           the contact of that id, or the id a new contact takes; null for none
     */
    public record Person(String name, String title, List<String> emails, List<String> phones, List<String> tags, String notes, String source,
            Profile profile, java.util.UUID id) {
        /** A file's line breaks and tabs in a name become spaces, and its other control characters are dropped (see {@link PlainText}). */
        public Person {
            name = PlainText.oneLine(name);
            title = PlainText.oneLine(title);
            emails = oneLine(emails);
            phones = oneLine(phones);
            tags = oneLine(tags);
            notes = PlainText.lines(notes);
            profile = profile == null ? Profile.NONE : profile;
        }

        /** A person the file gives no Funnelboard id. */
        public Person(String name, String title, List<String> emails, List<String> phones, List<String> tags, String notes, String source,
                Profile profile) {
            this(name, title, emails, phones, tags, notes, source, profile, null);
        }

        /** A person whose file says nothing of their profile. */
        public Person(String name, String title, List<String> emails, List<String> phones, List<String> tags, String notes, String source) {
            this(name, title, emails, phones, tags, notes, source, Profile.NONE);
        }
    }

    /**
     * What a contact's own profile holds beside the name (the answers the scoring reads), as
     * Funnelboard's contacts export writes them; each null when the file does not say.
     */
    public record Profile(String industry, String companySize, String persona, String painPoints, PreferredChannel channel) {
        public static final Profile NONE = new Profile(null, null, null, null, null);

        public Profile {
            industry = PlainText.oneLine(industry);
            companySize = PlainText.oneLine(companySize);
            persona = PlainText.oneLine(persona);
            painPoints = PlainText.lines(painPoints);
        }
    }

    /** @param address its postal address on one line (a file's street, city and country columns joined), null when none */
    public record Company(String name, String industry, String size, String website, String address) {
        public Company {
            name = PlainText.oneLine(name);
            industry = PlainText.oneLine(industry);
            size = PlainText.oneLine(size);
            website = PlainText.oneLine(website);
            address = PlainText.lines(address);
        }
    }

    /**
     * @param stageText the stage as the file names it, for the mapping's counts (null when absent)
     * @param owner who owns it in the other program, as the file writes it (a name or an e-mail; null when blank)
     * @param finalValue what a won deal was won for, when the file gives it apart from the value (null otherwise)
     * @param lostReason why a lost deal was lost (null for any other stage, or when the file does not say)
     * @param lostNote the words of a lost deal's reason, as the file gives them (null when none)
     * @param createdTime the time of day the created date is written with (null when none: the day's start)
     * @param inStageSince since when the deal is in its stage, as the file says (null when it does not)
     * @param inStageSinceTime the time of day written with it (null when none: the day's start)
     */
    public record DealPart(String title, Money value, String currency, Stage stage, String stageText, String owner,
            LocalDate expectedClose, LocalDate closedOn, LocalDate createdOn, String source, String externalKey, Money finalValue,
            LostReason lostReason, String lostNote, Dates.TimeOfDay createdTime, boolean titleGiven, LocalDate inStageSince,
            Dates.TimeOfDay inStageSinceTime, String notes) {
        public DealPart {
            title = PlainText.oneLine(title);
            notes = PlainText.lines(notes);
            owner = OwnerMatcher.NOBODY.equals(owner) ? owner : PlainText.oneLine(owner);
            source = PlainText.oneLine(source);
            externalKey = PlainText.oneLine(externalKey);
            lostNote = PlainText.lines(lostNote);
        }
    }

    /** The values, each on one line; the list itself when none needed it. */
    private static List<String> oneLine(List<String> values) {
        if (values == null || values.stream().allMatch(v -> v == null || v.equals(PlainText.oneLine(v)))) {
            return values;
        }
        return values.stream().map(PlainText::oneLine).toList();
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Whether every problem of the row is a detail it can be imported without (see {@link Problem#leftOut()}). */
    public boolean importableWithout() {
        return !problems.isEmpty() && problems.stream().allMatch(Problem::leftOut);
    }
}
