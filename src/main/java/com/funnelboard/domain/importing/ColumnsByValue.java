package com.funnelboard.domain.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fields of a file with no header row, told from its first rows' values where they leave no
 * doubt: a column of e-mail addresses is the contact's e-mail, one of phone numbers the contact's
 * phone, and the first column of person-like names ("Ana Lima", "José de la Cruz") the contact's
 * name (not one of a company's: "Nordwind AB", "Acme Corp."). Every other column is left for the user to choose; each field goes to one column at most.
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
        for (ImportField field : List.of(ImportField.CONTACT_EMAIL, ImportField.CONTACT_PHONE, ImportField.CONTACT_NAME)) {
            for (int c = 0; c < columns; c++) {
                if (fields.get(c) == ImportField.IGNORE && every(rows, c, field)) {
                    fields.set(c, field);
                    break;
                }
            }
        }
        return fields;
    }

    /** Whether column {@code c} has a value in some row, and every value it has is one of {@code field}. */
    private static boolean every(List<String[]> rows, int c, ImportField field) {
        boolean any = false;
        for (String[] row : rows) {
            String v = c < row.length ? row[c].strip() : "";
            if (v.isEmpty()) {
                continue;
            }
            if (!is(field, v)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean is(ImportField field, String v) {
        return switch (field) {
            case CONTACT_EMAIL -> OwnerMatcher.isEmail(v);
            case CONTACT_PHONE -> PHONE.matcher(v).matches() && digits(v) >= 7 && digits(v) <= 15;
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
