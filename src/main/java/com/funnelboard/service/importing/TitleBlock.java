package com.funnelboard.service.importing;

/**
 * A sheet's title block above its table — a title, instructions beside it, blank lines — whose values name no field: the
 * header is the first line below it whose values name two fields or more (the title line was taken as the header, and
 * nothing could be imported).
 */
final class TitleBlock {

    private TitleBlock() {}

    /** The first of the next {@code most} lines of {@code in} that reads as a header, or null (the lines read are used up). */
    static String[] headerBelow(CsvLines in, int most) {
        for (int i = 0; i < most; i++) {
            String[] line = in.read();
            if (line == null) {
                return null;
            }
            if (namedFields(line) >= 2 && namedFields(line) * 4 >= CsvInput.filled(line)) {
                return line;
            }
        }
        return null;
    }

    /** How many of a line's values name a field of ours ("Email", "Deal Name"). */
    static int namedFields(String[] line) {
        int known = 0;
        for (String v : line) {
            if (!v.isBlank() && v.length() <= 100
                    && com.funnelboard.domain.importing.HeaderMatcher.field(v.strip()) != com.funnelboard.domain.importing.ImportField.IGNORE) {
                known++;
            }
        }
        return known;
    }
}
