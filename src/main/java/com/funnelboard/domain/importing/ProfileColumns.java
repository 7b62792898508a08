package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.CONTACT_CHANNEL;
import static com.funnelboard.domain.importing.ImportField.CONTACT_COMPANY_SIZE;
import static com.funnelboard.domain.importing.ImportField.CONTACT_INDUSTRY;
import static com.funnelboard.domain.importing.ImportField.CONTACT_PAIN_POINTS;
import static com.funnelboard.domain.importing.ImportField.CONTACT_PERSONA;
import static com.funnelboard.domain.importing.RowCells.first;

import com.funnelboard.domain.PlainText;
import com.funnelboard.domain.PreferredChannel;
import java.util.List;
import java.util.Map;

/**
 * A contact's own profile on a row (industry, company size, persona, pain points, preferred
 * channel), as a contacts export writes it. A value too long for its field, or a channel that is
 * none of ours, is left out of the row, which is imported without it.
 */
final class ProfileColumns {

    private ProfileColumns() {}

    static ImportRow.Profile read(long row, String[] values, Map<ImportField, List<Integer>> cols, RowCells cells,
            List<ImportRow.Problem> problems) {
        String industry = fits(row, values, cols, cells, CONTACT_INDUSTRY, "An industry", 200, problems);
        String size = fits(row, values, cols, cells, CONTACT_COMPANY_SIZE, "A company size", 100, problems);
        String persona = fits(row, values, cols, cells, CONTACT_PERSONA, "A persona", 200, problems);
        String pains = fits(row, values, cols, cells, CONTACT_PAIN_POINTS, "Pain points", 5_000, problems);
        String channelText = first(values, cols, CONTACT_CHANNEL);
        PreferredChannel channel = channelText == null ? null : PreferredChannel.parse(channelText).orElse(null);
        if (channelText != null && channel == null) {
            problems.add(cells.detail(row, cols, CONTACT_CHANNEL, "not a preferred channel: \"" + channelText
                    + "\" (email, phone, in person or chat)"));
        }
        if (industry == null && size == null && persona == null && pains == null && channel == null) {
            return ImportRow.Profile.NONE;
        }
        return new ImportRow.Profile(industry, size, persona, pains, channel);
    }

    private static String fits(long row, String[] values, Map<ImportField, List<Integer>> cols, RowCells cells, ImportField f, String what,
            int max, List<ImportRow.Problem> problems) {
        String v = first(values, cols, f);
        if (v != null && PlainText.length(v) > max) {
            problems.add(cells.detail(row, cols, f, what + " longer than " + max + " characters"));
            return null;
        }
        return v;
    }
}
