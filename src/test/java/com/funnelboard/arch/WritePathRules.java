package com.funnelboard.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * Nothing outside the write path modifies data: jOOQ's writing API and raw JDBC statements are
 * called only by the change recorder (shared tables, every change logged), the local state
 * (this installation's own tables) and the store's infrastructure (opening, migrating, checking,
 * backing up and restoring the whole file). Checked by {@link LayeringTest} over its import of the
 * production classes (one import per test run, not one per class).
 */
final class WritePathRules {

    private static final Set<String> WRITE_PATH = Set.of(
            "com.funnelboard.store.ChangeRecorder",
            // The change recorder's own pieces, which nothing but the recorder uses (see below).
            "com.funnelboard.store.ChangeSetLog",
            "com.funnelboard.store.BulkInserts",
            "com.funnelboard.store.ClockCorrection",
            "com.funnelboard.store.LocalState",
            "com.funnelboard.store.Store",
            "com.funnelboard.store.Migrations",
            "com.funnelboard.store.ConnectionPool",
            "com.funnelboard.store.SchemaModel",
            // What sharing keeps of its own (received change sets, conflicts to review) and the share file it writes;
            // the shared tables a merge changes go through the change recorder.
            "com.funnelboard.store.ShareHistory",
            "com.funnelboard.store.ReceivedCopies", // which copy of a received set is kept (split from ShareHistory)
            "com.funnelboard.store.ShareFile",
            "com.funnelboard.store.Backups",
            // Rebuilds a damaged file's indexes from its rows (REINDEX): no row is written.
            "com.funnelboard.store.IndexRepair");

    private static final Set<String> JOOQ_WRITES = Set.of("insertInto", "update", "delete", "deleteFrom", "mergeInto", "batchInsert",
            "batchUpdate", "batchStore", "batchDelete", "batchMerge", "executeInsert", "executeUpdate", "executeDelete", "execute", "query",
            "truncate", "store", "insert", "merge", "refresh");

    private static final Set<String> JDBC_WRITES = Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch", "addBatch");

    static final DescribedPredicate<JavaMethodCall> WRITES = new DescribedPredicate<>("write data through jOOQ or JDBC") {
        @Override
        public boolean test(JavaMethodCall call) {
            JavaClass owner = call.getTargetOwner();
            String name = call.getName();
            boolean jooq = (owner.isAssignableTo(org.jooq.DSLContext.class) || owner.isAssignableTo(org.jooq.TableRecord.class))
                    && JOOQ_WRITES.contains(name);
            boolean jdbc = owner.isAssignableTo(java.sql.Statement.class) && JDBC_WRITES.contains(name);
            return jooq || jdbc;
        }
    };

    /** The classes the change recorder is made of: only they use one another. */
    private static final Set<String> CHANGE_RECORDER = Set.of(
            "com.funnelboard.store.ChangeRecorder",
            "com.funnelboard.store.ChangeSetLog",
            "com.funnelboard.store.BulkInserts",
            "com.funnelboard.store.ClockCorrection");

    private static String topLevel(JavaClass c) {
        return c.getName().contains("$") ? c.getName().substring(0, c.getName().indexOf('$')) : c.getName();
    }

    static final ArchRule theRecordersPiecesAreItsAlone = classes()
            .that(new DescribedPredicate<JavaClass>("are pieces of the change recorder") {
                @Override
                public boolean test(JavaClass c) {
                    return CHANGE_RECORDER.contains(topLevel(c)) && !topLevel(c).equals("com.funnelboard.store.ChangeRecorder");
                }
            })
            .should().onlyBeAccessed().byClassesThat(new DescribedPredicate<JavaClass>("are the change recorder") {
                @Override
                public boolean test(JavaClass c) {
                    return CHANGE_RECORDER.contains(topLevel(c));
                }
            })
            .because("the change recorder stays the one entry point of writes to shared tables");

    static final ArchRule onlyTheWritePathWrites = noClasses()
            .that(new DescribedPredicate<JavaClass>("are outside the write path") {
                @Override
                public boolean test(JavaClass c) {
                    String top = c.getName().contains("$") ? c.getName().substring(0, c.getName().indexOf('$')) : c.getName();
                    return !WRITE_PATH.contains(top);
                }
            })
            .should().callMethodWhere(WRITES)
            .because("every change to shared data goes through the change recorder, which logs it");
}
