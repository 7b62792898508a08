package com.funnelboard.cli;

import com.funnelboard.domain.WonDetails;
import com.funnelboard.service.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code deals edit ID --final-value AMOUNT --closed-on DATE}: a won deal's record corrected. Its
 * close date is {@code --closed-on} here, as {@code --close-date} is the expected close date of
 * {@code deals edit}, so a problem of the day names that option.
 */
final class WonCorrection {

    /** The field name a problem of the corrected close date is said under. */
    static final String CLOSED_ON = "closed-on";

    private WonCorrection() {}

    static void correct(Session s, UUID deal, String finalValue, LocalDate closedOn) {
        try {
            s.workspace().dealEditing().correctWon(deal, new WonDetails.Entry(finalValue, closedOn, s.locale()));
        } catch (InvalidInputException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            e.problems().forEach((field, problem) -> problems.put(field.equals(WonDetails.CLOSE_DATE) ? CLOSED_ON : field, problem));
            throw new InvalidInputException(problems);
        }
    }
}
