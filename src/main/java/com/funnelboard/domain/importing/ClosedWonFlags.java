package com.funnelboard.domain.importing;

import com.funnelboard.domain.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two yes/no columns that say how a deal ended, which CRMs write instead of a stage or beside it:
 * HubSpot's {@code is_closed} and {@code is_closed_won}, Salesforce's "Closed" and "Won" (or
 * {@code IsClosed}, {@code IsWon}). Won says Won; closed and not won says Lost; anything else says
 * nothing, and the stage column (or Lead) decides. A column whose value is not a yes or a no (a
 * "Closed" column of dates) says nothing either.
 */
public final class ClosedWonFlags {

    /** No such columns. */
    static final ClosedWonFlags NONE = new ClosedWonFlags(-1, -1);

    private static final Set<String> CLOSED = Set.of("is closed", "isclosed", "closed", "is deal closed", "deal closed", "hs is closed",
            "deal is closed", "is closed flag");
    private static final Set<String> WON = Set.of("is closed won", "isclosedwon", "is won", "iswon", "won", "hs is closed won", "closed won",
            "is deal won", "deal won", "deal is won");
    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "x", "ja", "oui", "si", "sí", "wahr", "won", "closed");
    private static final Set<String> NO = Set.of("false", "no", "n", "0", "nein", "non", "falsch", "open", "lost");

    private final int closed;
    private final int won;

    private ClosedWonFlags(int closed, int won) {
        this.closed = closed;
        this.won = won;
    }

    /** Whether the header names such a column (the import's summary does not list it as left out). */
    public static boolean isFlag(String header) {
        String h = HeaderMatcher.normalise(header == null ? "" : header);
        return CLOSED.contains(h) || WON.contains(h);
    }

    /** The flag columns among those no field was matched to; {@link #NONE} without a won column. */
    static ClosedWonFlags of(List<String> headers, List<ImportField> mapping) {
        int closed = -1;
        int won = -1;
        for (int i = 0; i < headers.size(); i++) {
            if (mapping.get(i) != ImportField.IGNORE) {
                continue;
            }
            String h = HeaderMatcher.normalise(headers.get(i));
            if (won < 0 && WON.contains(h)) {
                won = i;
            } else if (closed < 0 && CLOSED.contains(h)) {
                closed = i;
            }
        }
        return won < 0 ? NONE : new ClosedWonFlags(closed, won);
    }

    /** Won, Lost, or null when the row's flags say neither. */
    Stage stage(String[] values) {
        if (won < 0 || won >= values.length) {
            return null;
        }
        Boolean isWon = truth(values[won]);
        if (Boolean.TRUE.equals(isWon)) {
            return Stage.WON;
        }
        Boolean isClosed = closed < 0 || closed >= values.length ? null : truth(values[closed]);
        return Boolean.FALSE.equals(isWon) && Boolean.TRUE.equals(isClosed) ? Stage.LOST : null;
    }

    private static Boolean truth(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return YES.contains(v) ? Boolean.TRUE : NO.contains(v) ? Boolean.FALSE : null;
    }
}
