package com.funnelboard.store;

import com.funnelboard.domain.BoardLens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The open deals a cleanup looks for (see {@link BoardLens#closePassed()} and {@link BoardLens#idleDays()}): past their
 * expected close date (before today, in the user's time zone), and with no activity for some days — neither added, moved,
 * nor a call, email, meeting or note logged on them since. Won and lost deals have closed and are neither.
 */
final class AttentionConditions {

    private static final long DAY = 86_400_000L;
    private static final Condition OPEN = DSL.condition("deal.stage IN ('lead', 'prospect', 'opportunity')");

    private AttentionConditions() {}

    /** Whether the lens asks either. */
    static boolean asks(BoardLens lens) {
        return lens.closePassed() || lens.idleDays() != null;
    }

    /** The deals the lens's cleanup filters let through at {@code now} in {@code zone} (every deal when it asks neither). */
    static Condition of(BoardLens lens, Instant now, ZoneId zone) {
        List<Condition> all = new ArrayList<>();
        if (lens.closePassed()) {
            String today = LocalDate.ofInstant(now, zone).toString();
            all.add(OPEN.and(DSL.condition("deal.expected_close_on IS NOT NULL AND deal.expected_close_on < {0}", DSL.val(today))));
        }
        if (lens.idleDays() != null) {
            long since = now.toEpochMilli() - lens.idleDays() * DAY;
            all.add(OPEN.and(DSL.condition("deal.created_at <= {0} AND deal.stage_entered_at <= {0} AND NOT EXISTS (SELECT 1 FROM interaction i "
                    + "WHERE i.deal_id = deal.id AND i.deleted_at IS NULL AND i.occurred_at > {0})", DSL.val(since))));
        }
        return DSL.and(all);
    }
}
