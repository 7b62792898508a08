package com.funnelboard.domain.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fields of a file with no header row, told from its first rows' values where they leave no
 * doubt: a column of e-mail addresses is the contact's e-mail, one of phone numbers the contact's
 * phone, and the first column of person-like names ("Ana Lima", "José de la Cruz") the contact's
 * name (not one of a company's: "Nordwind AB", "Acme Corp."); a column of company names, most of
 * them with a legal form ("Nordwind AB", "Lind GmbH"), the organization's. A database dump of deals
 * (a CRM's table written without its column names) is told by a column of amounts with decimals
 * ("179500.00000000": read as phone numbers before) or of stage names ("Closed Won"); its first
 * column of text is then the deal's title, and a first column of distinct whole numbers the deal's
 * id in that program, so a second import of the dump updates its deals. Every other column is left
 * for the user to choose; each field goes to one column at most.
 */
public final class ColumnsByValue {

    private ColumnsByValue() {}

    /** A number as people write one: an optional +, then digits with spaces, dots, dashes, slashes or brackets; 7 to 15 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,24}");
    /** Two to four words of letters, each beginning with a capital or a particle ("de", "van", "von"). */
    private static final Pattern NAME = Pattern.compile("(\\p{Lu}[\\p{L}'’-]*|de|da|di|del|der|den|van|von|la|le|du|dos|das)"
            + "(\\s+(\\p{Lu}[\\p{L}'’.-]*|de|da|di|del|der|den|van|von|la|le|du|dos|das)){1,3}");

    /** A word in capitals ("AB", "GmbH" is caught by its legal form): a company's name, not a person's. */
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}\\b");

    /** The field of each of {@code columns} columns, given some rows of values ({@link ImportField#IGNORE} where unsure). */
    public static List<ImportField> guess(List<String[]> rows, int columns) {
        List<ImportField> fields = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            fields.add(ImportField.IGNORE);
        }
        for (ImportField field : List.of(ImportField.CONTACT_EMAIL, ImportField.DEAL_VALUE, ImportField.CONTACT_PHONE)) {
            first(fields, c -> every(rows, c, field)).ifPresent(c -> fields.set(c, field));
        }
        // Before people's names: "Closed Won" is written as one.
        first(fields, c -> most(rows, c, v -> STAGES.stage(v).isPresent(), 2)).ifPresent(c -> fields.set(c, ImportField.DEAL_STAGE));
        first(fields, c -> every(rows, c, ImportField.CONTACT_NAME)).ifPresent(c -> fields.set(c, ImportField.CONTACT_NAME));
        first(fields, c -> every(rows, c, v -> !is(ImportField.CONTACT_NAME, v) && !v.matches(".*\\d.*\\d.*\\d.*"))
                && most(rows, c, v -> !com.funnelboard.domain.OrganizationNames.key(v).form().isEmpty(), 2))
                .ifPresent(c -> fields.set(c, ImportField.ORGANIZATION_NAME));
        if (fields.contains(ImportField.DEAL_VALUE) || fields.contains(ImportField.DEAL_STAGE)) {
            first(fields, c -> distinct(rows, c) > 1 && most(rows, c, v -> TEXT.matcher(v).find() && !is(ImportField.CONTACT_EMAIL, v), 1))
                    .ifPresent(c -> fields.set(c, ImportField.DEAL_TITLE));
            if (fields.getFirst() == ImportField.IGNORE && every(rows, 0, v -> WHOLE.matcher(v).matches()) && distinct(rows, 0) == filled(rows, 0)) {
                fields.set(0, ImportField.DEAL_EXTERNAL_ID);
            }
        }
        return fields;
    }

    /** The stage names any program's export is known to use ("Closed Won", "Qualification", "Verloren"). */
    private static final StageNames STAGES = StageNames.of(HeaderMatcher.Layout.GENERIC, java.util.Map.of());
    /**
     * An amount as a database writes one: digits, a decimal point and one or two decimals, or more of which all past the
     * second are zeros ("12.5", "420.00000000"; "555.1234" may be a phone number).
     */
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]{1,15}\\.[0-9]{1,2}0{0,6}");
    /** A day as files write one ("2015-10-08", "08/10/2015", "8.10.15"): never a phone number. */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,18}");
    /** Two letters running: a title ("Windrose | Sistemas"), not a number, date or code. */
    private static final Pattern TEXT = Pattern.compile("\\p{L}{2}");

    /** The first column still unmatched for which {@code test} holds. */
    private static java.util.Optional<Integer> first(List<ImportField> fields, java.util.function.IntPredicate test) {
        for (int c = 0; c < fields.size(); c++) {
            if (fields.get(c) == ImportField.IGNORE && test.test(c)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether at least half of column {@code c}'s values, and {@code atLeast} of them, pass {@code test}. */
    private static boolean most(List<String[]> rows, int c, java.util.function.Predicate<String> test, int atLeast) {
        int filled = 0;
        int passed = 0;
        for (String[] row : rows) {
            String v = value(row, c);
            if (!v.isEmpty()) {
                filled++;
                passed += test.test(v) ? 1 : 0;
            }
        }
        return passed >= atLeast && passed * 2 >= filled;
    }

    private static long distinct(List<String[]> rows, int c) {
        return rows.stream().map(r -> value(r, c)).filter(v -> !v.isEmpty()).distinct().count();
    }

    private static long filled(List<String[]> rows, int c) {
        return rows.stream().map(r -> value(r, c)).filter(v -> !v.isEmpty()).count();
    }

    /** A cell's value, stripped; empty for a missing cell and for a database's mark of no value ({@code \N}). */
    private static String value(String[] row, int c) {
        String v = c < row.length ? row[c].strip() : "";
        return v.equals("\\N") ? "" : v;
    }

    private static boolean every(List<String[]> rows, int c, ImportField field) {
        return every(rows, c, v -> is(field, v));
    }

    /** Whether column {@code c} has a value in some row, and every value it has passes {@code test}. */
    private static boolean every(List<String[]> rows, int c, java.util.function.Predicate<String> test) {
        boolean any = false;
        for (String[] row : rows) {
            String v = value(row, c);
            if (v.isEmpty()) {
                continue;
            }
            if (!test.test(v)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean is(ImportField field, String v) {
        return switch (field) {
            case CONTACT_EMAIL -> OwnerMatcher.isEmail(v);
            case CONTACT_PHONE -> PHONE.matcher(v).matches() && digits(v) >= 7 && digits(v) <= 15 && !DATE.matcher(v).matches();
            case DEAL_VALUE -> AMOUNT.matcher(v).matches();
            case CONTACT_NAME -> v.length() <= 80 && NAME.matcher(v).matches() && !ACRONYM.matcher(v).find()
                    && com.funnelboard.domain.OrganizationNames.key(v).form().isEmpty();
            default -> false;
        };
    }

    private static int digits(String v) {
        int n = 0;
        for (int i = 0; i < v.length(); i++) {
            n += Character.isDigit(v.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
