package com.funnelboard.service.importing;

import com.funnelboard.domain.importing.HeaderMatcher;
import com.funnelboard.domain.importing.ImportField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which field each column of a CSV file goes to: the program it comes from, the automatic match and the user's choices. */
public final class ColumnMapping {

    private ColumnMapping() {}

    /** The program the file comes from, or an organizations file (as the options say, else as its headers say). */
    public static HeaderMatcher.Layout layout(List<String> headers, ImportOptions options) {
        if (options.organizations() != null) {
            HeaderMatcher.Layout detected = HeaderMatcher.layout(headers);
            return options.organizations() ? HeaderMatcher.Layout.ORGANIZATIONS
                    : detected == HeaderMatcher.Layout.ORGANIZATIONS ? HeaderMatcher.Layout.GENERIC : detected;
        }
        return HeaderMatcher.layout(headers);
    }

    /** The most columns a refusal names, and the most characters of each: a file of 200,000 columns gets a sentence, not a megabyte. */
    static final int LISTED = 20;
    static final int LISTED_CHARS = 60;

    /** {@code names} joined for a sentence: the first {@value #LISTED}, each cut at {@value #LISTED_CHARS} characters, then how many more. */
    static String listed(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(names.size(), LISTED); i++) {
            String n = names.get(i);
            out.append(i == 0 ? "" : ", ").append(n.length() > LISTED_CHARS ? n.substring(0, LISTED_CHARS - 1) + "\u2026" : n);
        }
        if (names.size() > LISTED) {
            out.append(String.format(java.util.Locale.ROOT, " and %,d more", names.size() - LISTED));
        }
        return out.toString();
    }

    /**
     * The field of each column: the automatic match (by the header, or by the values where the file
     * has no header row), then the user's choice per header.
     *
     * @throws ImportRefusedException when a chosen header is not in the file or no column holds anything to import
     */
    public static List<ImportField> mapping(CsvInput in, ImportOptions options) {
        return mapping(in.headers(), in.fieldsByValue(), options);
    }

    /**
     * As {@link #mapping(CsvInput, ImportOptions)}, for these headers and the fields their columns'
     * values tell (for a file without a header row; else empty).
     */
    static List<ImportField> mapping(List<String> headers, List<ImportField> byValue, ImportOptions options) {
        List<ImportField> mapping = new ArrayList<>(HeaderMatcher.match(headers, layout(headers, options)));
        for (int i = 0; i < byValue.size() && i < mapping.size(); i++) {
            if (mapping.get(i) == ImportField.IGNORE && byValue.get(i) != ImportField.IGNORE && !mapping.contains(byValue.get(i))) {
                mapping.set(i, byValue.get(i));
            }
        }
        for (Map.Entry<String, ImportField> e : options.columns().entrySet()) {
            int at = -1;
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).equalsIgnoreCase(e.getKey().strip())) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new ImportRefusedException(0, e.getKey(), "The file has no column \"" + e.getKey() + "\"; its columns are "
                        + listed(headers) + ".");
            }
            mapping.set(at, e.getValue());
        }
        var own = com.funnelboard.domain.importing.FunnelboardExport.of(headers).filter(e -> !e.readsBack());
        if (own.isPresent() && options.columns().isEmpty()) {
            String what = own.get() == com.funnelboard.domain.importing.FunnelboardExport.INTERACTIONS ? "interactions" : "follow-ups";
            throw new ImportRefusedException("This is Funnelboard's export of " + what + ", which an import does not read back: a timeline "
                    + "travels between Funnelboard databases whole in a share file (File → Export share file…, 'share export') or a backup; "
                    + "import the contacts, organizations and deals exports here.");
        }
        if (mapping.stream().allMatch(f -> f == ImportField.IGNORE)) {
            throw new ImportRefusedException("No column of the file could be matched to a field (its columns are " + listed(headers)
                    + "); choose a field for each column (in the import window, or --map \"HEADER=FIELD\" on the command line).");
        }
        if (mapping.stream().noneMatch(ImportField::makesARecord)) {
            List<String> matched = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                if (mapping.get(i) != ImportField.IGNORE) {
                    matched.add(headers.get(i) + " (" + mapping.get(i).key() + ")");
                }
            }
            throw new ImportRefusedException("No column of the file names a contact, an organization or a deal (matched only "
                    + listed(matched) + "; its columns are " + listed(headers)
                    + "); map a name, an e-mail, a company or a deal's title (in the import window, or --map \"HEADER=FIELD\" on the "
                    + "command line). Nothing was imported.");
        }
        return mapping;
    }
}
