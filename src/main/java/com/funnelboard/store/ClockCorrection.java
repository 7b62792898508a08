package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.CHANGE_SET;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.Hlc;
import com.funnelboard.store.jooq.tables.records.ChangeSetRecord;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * A computer whose clock ran ahead, set right again. Its hybrid clock never goes back, so its
 * changes went on being stamped in the future, and teammates keep aside every change set stamped
 * more than a day ahead of their own clocks (see the merge), with all later ones of the same
 * installation: one wrong year typed into the clock held back everything its user did for a year.
 *
 * <p>Before the first change after such a correction — its last stamp more than a day ahead of its
 * clock, while no teammate's stamp is (otherwise its clock is the one behind now, and stamps go on
 * from the last) — the installation starts again under a new replica id with its clock at now,
 * having seen everything the old id wrote, so its later values win over its earlier ones (the newest
 * value no other one saw wins). The change sets it stamped ahead are then written again, all their
 * changes in their order, as one change set of the new id stamped now (origin migration, not
 * undoable), which teammates apply at once. The old sets are applied when their time comes and
 * change nothing then: the new id saw them. Part of the change recorder: it runs as a write
 * transaction begins, before anything reads the installation's id.
 */
final class ClockCorrection {

    /** How far ahead a stamp may be before teammates keep it aside (the merge's limit). */
    static final long AHEAD_MILLIS = ShareMerge.FUTURE_LIMIT.toMillis();

    private final DSLContext ctx;
    private final LocalState local;

    ClockCorrection(DSLContext ctx, LocalState local) {
        this.ctx = ctx;
        this.local = local;
    }

    /** Whether this installation's last stamp is over a day ahead of {@code nowMillis} while no teammate's is. */
    boolean needed(long nowMillis) {
        long limit = (nowMillis + AHEAD_MILLIS) << 16;
        if (local.lastHlc() <= limit) {
            return false;
        }
        // As text: the driver reads an expression's 64-bit value as an int.
        String others = ctx.fetchOne("SELECT CAST(max(hlc) AS TEXT) FROM received_change_set").get(0, String.class);
        return others == null || Long.parseLong(others) <= limit;
    }

    /**
     * Starts again under a new id and writes the sets stamped ahead again (see the class); returns
     * how many sets were written again.
     */
    int correct(Instant now, String author) {
        long limit = (now.toEpochMilli() + AHEAD_MILLIS) << 16;
        UUID old = local.replicaId();
        var sets = ctx.fetchOne("SELECT count(*), CAST(max(hlc) AS TEXT) FROM change_set WHERE replica_id = ? AND origin <> 'merge' AND hlc > ?",
                old.toString(), limit);
        int ahead = sets.get(0, Integer.class);
        Long newest = sets.get(1, String.class) == null ? null : Long.parseLong(sets.get(1, String.class));
        UUID replica = local.startAgain();
        if (ahead == 0) {
            return 0;
        }
        UUID id = UUID.randomUUID();
        ChangeSetRecord set = ctx.newRecord(CHANGE_SET);
        set.setId(id);
        set.setOrigin(ChangeOrigin.MIGRATION.key());
        set.setAuthor(author);
        set.setReplicaId(replica);
        set.setHlc(local.nextHlc(now.toEpochMilli()));
        set.setMadeAt(now);
        set.setSummary(summary(ahead, newest));
        set.setSeen(local.seen());
        set.insert();
        ctx.execute("INSERT INTO change (change_set_id, seq, table_name, row_key, field, old_value, new_value) "
                + "SELECT ?, row_number() OVER (ORDER BY s.hlc, s.id, c.seq) - 1, c.table_name, c.row_key, c.field, c.old_value, c.new_value "
                + "FROM change c JOIN change_set s ON s.id = c.change_set_id "
                + "WHERE s.replica_id = ? AND s.origin <> 'merge' AND s.hlc > ? ORDER BY s.hlc, s.id, c.seq",
                id.toString(), old.toString(), limit);
        return ahead;
    }

    static String summary(int sets, Long newest) {
        String until = newest == null ? "" : " (stamped up to " + Hlc.time(newest).toString().substring(0, 10) + ")";
        return "Stamped again: " + sets + (sets == 1 ? " change set" : " change sets") + " made while this computer's clock was ahead"
                + until + ", so that teammates take them now";
    }
}
