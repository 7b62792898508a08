package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.HeaderMatcher.normalise;
import static com.funnelboard.domain.importing.ImportField.DEAL_VALUE;
import static com.funnelboard.domain.importing.ImportField.IGNORE;

import java.util.List;

/**
 * A value forecast as a range (Keap's "Projected Revenue (Low)" and "(High)"): the high end is the
 * deal's value, as the program's own pipeline reports sum it, and the low end is left out, whatever
 * the order of the columns.
 */
final class ValueRanges {

    private ValueRanges() {}

    static void highEnd(List<String> headers, List<ImportField> raw) {
        int low = -1;
        int high = -1;
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) != DEAL_VALUE) {
                continue;
            }
            String h = normalise(headers.get(i) == null ? "" : headers.get(i));
            if (h.matches(".*\\b(low|min|minimum)$")) {
                low = i;
            } else if (h.matches(".*\\b(high|max|maximum)$")) {
                high = i;
            }
        }
        if (low >= 0 && high >= 0) {
            raw.set(low, IGNORE);
        }
    }
}
