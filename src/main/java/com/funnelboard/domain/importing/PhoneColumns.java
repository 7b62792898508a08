package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.HeaderMatcher.normalise;
import static com.funnelboard.domain.importing.ImportField.CONTACT_PHONE;
import static com.funnelboard.domain.importing.ImportField.IGNORE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Phone columns named by their kind alone (Yahoo's "Home", "Work" beside "Mobile" and "Pager"), and
 * an extension given in a column of its own beside the number (ACT!'s "Phone Extension").
 */
final class PhoneColumns {

    private PhoneColumns() {}

    /** Kinds of numbers that, as a bare header, name a phone column in an address book that names its numbers so. */
    private static final Set<String> BARE_KINDS = Set.of("home", "work");

    /** Bare headers that only an address book listing numbers by kind writes ("Mobile", "Pager", "Fax"). */
    private static final Set<String> NUMBER_KINDS = Set.of("mobile", "pager", "fax");

    /** Headers of a column holding the extension of the phone column before it. */
    private static final Set<String> EXTENSIONS = Set.of("phone extension", "phone ext", "extension", "ext", "business phone extension",
            "work phone extension", "durchwahl", "nebenstelle", "poste telephonique", "toestelnummer", "interno telefonico",
            "extension telefonica");

    /**
     * A bare "Home" or "Work" is a phone column when the file lists numbers by kind alone ("Mobile",
     * "Pager" or "Fax" as a header of its own, as Yahoo's contacts export does); elsewhere such a word
     * says nothing of what its column holds, and the column is left out. "Work Address", "Work City"
     * and the like are never read so.
     */
    static void bareKinds(List<String> headers, List<ImportField> raw) {
        boolean byKind = headers.stream().anyMatch(h -> h != null && NUMBER_KINDS.contains(normalise(h)));
        for (int i = 0; byKind && i < raw.size(); i++) {
            if (raw.get(i) == IGNORE && headers.get(i) != null && BARE_KINDS.contains(normalise(headers.get(i)))) {
                raw.set(i, CONTACT_PHONE);
            }
        }
    }

    /** Whether a header names an extension column ("Phone Extension", "Ext"). */
    static boolean extension(String header) {
        return header != null && EXTENSIONS.contains(normalise(header));
    }

    /**
     * The extension columns of a mapping, each with the phone column it belongs to (the nearest phone
     * column before it, -1 when none), as pairs {extension, phone}; empty when none.
     */
    static List<int[]> extensions(List<String> headers, List<ImportField> mapping) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (mapping.get(i) != CONTACT_PHONE || !extension(headers.get(i))) {
                continue;
            }
            int phone = -1;
            for (int j = i - 1; j >= 0 && phone < 0; j--) {
                phone = mapping.get(j) == CONTACT_PHONE && !extension(headers.get(j)) ? j : -1;
            }
            out.add(new int[] {i, phone});
        }
        return out;
    }

    /**
     * The row's values with each extension written after its number ("(303) 555-0144" and "214" make
     * "(303) 555-0144 x214") and its own cell emptied: an extension alone is no number to call.
     */
    static String[] joined(String[] values, List<int[]> extensions) {
        if (extensions.isEmpty()) {
            return values;
        }
        String[] out = values.clone();
        for (int[] e : extensions) {
            String cell = out[e[0]].strip();
            if (cell.matches("-\\s*\\d{1,8}") && e[1] >= 0 && !out[e[1]].isBlank() && out[e[1]].strip().matches(".*\\d")) {
                // A German direct dial written as the number's end ("-12" beside "02241 556677"): "02241 556677-12", as it is dialled.
                out[e[1]] = out[e[1]].strip() + "-" + cell.substring(1).strip();
                out[e[0]] = "";
                continue;
            }
            String ext = cell.replaceFirst("(?i)^(?:x|ext\\.?|extension)\\s*", "");
            if (ext.matches("\\d{1,8}") && e[1] >= 0 && !out[e[1]].isBlank() && !out[e[1]].matches("(?i).*\\d\\s*(?:x|ext\\.?|extension)\\s*\\d+\\s*")) {
                out[e[1]] = out[e[1]].strip() + " x" + ext;
                out[e[0]] = "";
            } else if (ext.matches("\\d{1,8}")) {
                out[e[0]] = "";
            }
        }
        return out;
    }
}
