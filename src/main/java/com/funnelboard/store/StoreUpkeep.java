package com.funnelboard.store;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.DatabaseCheck;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/**
 * What keeps an open {@link Store}'s file and derived data sound: the integrity checks run off the
 * path to the first screen, the deal scores brought up to date, and what views hear after a
 * restore. Used by the store alone.
 */
final class StoreUpkeep {

    private StoreUpkeep() {}

    /**
     * SQLite's quick integrity check and the reference check of {@code file}, on a read-only
     * connection (see {@link Store#checkNow}).
     */
    static DatabaseCheck check(Path file) {
        try (Connection c = ConnectionPool.readOnly("jdbc:sqlite:" + file)) {
            return DatabaseInspection.inspect(c, file.toString(), Migrations.identify(c, file.toString()), false);
        } catch (SQLException e) {
            StoreException translated = StoreErrors.translate(e, file);
            if (translated.kind() != StoreException.Kind.DAMAGED) {
                throw translated;
            }
            return new DatabaseCheck(file.toString(), true, Migrations.LATEST_VERSION, List.of(translated.getMessage()), List.of(), List.of(), false);
        }
    }

    /** See {@link Store#ensureScores}; {@code steps} hears when every deal is to be scored. */
    static void ensureScores(Store store, java.util.function.Consumer<String> steps) {
        // Looked at outside a transaction first: a database that needs nothing is not written to at all.
        boolean current = store.jdbc(c -> {
            DSLContext dsl = store.dsl(c);
            return new ScoreCache(dsl, new Repositories(dsl, store.clock(), null)).isCurrent();
        });
        if (current) {
            return;
        }
        steps.accept("Working out the score of every deal in " + store.file().getFileName() + "\u2026");
        store.jdbc(c -> {
            c.setAutoCommit(false);
            try {
                DSLContext dsl = store.dsl(c);
                if (new ScoreCache(dsl, new Repositories(dsl, store.clock(), null)).ensureCurrent()) {
                    org.slf4j.LoggerFactory.getLogger(Store.class).info("Scored every deal of {} again", store.file());
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                WriteTransaction.rollbackQuietly(c, e);
                throw e;
            } finally {
                WriteTransaction.restoreAutoCommit(c);
            }
            return null;
        });
    }

    /** What views hear after a restore: everything changed. */
    static ChangeNotice restoredNotice(String author, Instant at) {
        return new ChangeNotice(java.util.UUID.randomUUID(), ChangeOrigin.MIGRATION, author, at,
                java.util.Set.of(ChangeNotice.DEAL, ChangeNotice.CONTACT, ChangeNotice.ORGANIZATION, ChangeNotice.EMAIL_ADDRESS,
                        ChangeNotice.PHONE_NUMBER, ChangeNotice.INTERACTION, ChangeNotice.FOLLOW_UP, ChangeNotice.STAGE_CHANGE,
                        ChangeNotice.CHECKLIST_ITEM, ChangeNotice.SETTINGS),
                java.util.Set.of(), false, ChangeNotice.RESTORED);
    }
}
