package com.funnelboard.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a file opened with Funnelboard (from the file manager, a second launch) or dropped on the window is taken for: a share
 * file to merge, or a spreadsheet or address book to import. A CSV opened with Funnelboard was offered as a share file and
 * refused ("not an SQLite file"), and a share file dropped on the window went to the CSV import.
 */
public enum OpenedFile {
    MERGE, IMPORT;

    /** The names of files an import reads (as File → Import… offers them). */
    private static final List<String> IMPORTED = List.of(".csv", ".txt", ".tsv", ".vcf", ".vcard");

    /**
     * By its name: a share file ({@code .funnel}) is merged, a CSV or vCard file imported; any other is merged when opened (its
     * refusal says what it is) and imported when dropped (the import says what it makes of it), as before.
     */
    public static OpenedFile of(Path file, boolean dropped) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".funnel")) {
            return MERGE;
        }
        return IMPORTED.stream().anyMatch(name::endsWith) || dropped ? IMPORT : MERGE;
    }
}
