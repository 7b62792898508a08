package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.FOLLOW_UP_NOTICE;
import static com.funnelboard.store.jooq.Tables.LOCAL_SETTING;

import com.funnelboard.domain.Hlc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * What belongs to this installation only and never travels to teammates nor enters the change log:
 * the replica id, the clock's last stamp, drafts of invalid input, window layout, whether the sample
 * was offered, which reminders were shown.
 */
public final class LocalState {

    static final String REPLICA_ID = "replica.id";
    static final String REPLICA_FILE = "replica.file";
    static final String HLC_LAST = "hlc.last";
    /**
     * What belongs to this installation rather than to the data, by key prefix, kept when a backup is
     * restored: the team folder and the window's own settings (theme, layout, views). A backup taken
     * before the folder was set turned the team folder off without a word.
     */
    static final java.util.List<String> KEPT_BY_RESTORE = java.util.List.of("team.folder", "ui.");
    /**
     * The first eight characters of each replica id this installation had before a restore gave it a new one, set apart by
     * commas (kept by a restore, as it starts with "team.folder"): its share files of then, in a team folder, are its own.
     */
    public static final String FORMER_REPLICAS = "team.folder.former";
    /** What this installation has received from others: a JSON object {replica id: newest stamp}. */
    static final String SEEN = "share.seen";
    static final String IDENTITY_NAME = "identity.name";
    static final String IDENTITY_EMAIL = "identity.email";
    /** The replica id the identity was confirmed on: a copied file asks again who is using it. */
    static final String IDENTITY_REPLICA = "identity.replica";

    private final DSLContext ctx;
    private final Clock clock;

    /**
     * What the local settings under {@code prefix} are now, in a few characters: how many, when
     * one was last written and how long they are together, so that a setting saved, replaced or
     * deleted by another program changes it.
     */
    static String fingerprint(java.sql.Connection c, String prefix) throws java.sql.SQLException {
        try (java.sql.PreparedStatement s = c.prepareStatement("SELECT count(*), coalesce(max(updated_at), 0), "
                + "coalesce(sum(length(key) + length(value)), 0) FROM local_setting WHERE substr(key, 1, ?) = ?")) {
            s.setInt(1, prefix.length());
            s.setString(2, prefix);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3);
            }
        }
    }

    LocalState(DSLContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    public Optional<String> get(String key) {
        return ctx.select(LOCAL_SETTING.VALUE).from(LOCAL_SETTING).where(LOCAL_SETTING.KEY.eq(key)).fetchOptional(LOCAL_SETTING.VALUE);
    }

    public void put(String key, String value) {
        Instant now = clock.instant();
        ctx.insertInto(LOCAL_SETTING, LOCAL_SETTING.KEY, LOCAL_SETTING.VALUE, LOCAL_SETTING.UPDATED_AT)
                .values(key, value, now)
                .onConflict(LOCAL_SETTING.KEY)
                .doUpdate()
                .set(LOCAL_SETTING.VALUE, value)
                .set(LOCAL_SETTING.UPDATED_AT, now)
                .execute();
    }

    /** The settings whose keys start with {@code prefix}, by key. */
    public java.util.SortedMap<String, String> startingWith(String prefix) {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        ctx.select(LOCAL_SETTING.KEY, LOCAL_SETTING.VALUE).from(LOCAL_SETTING)
                .where(LOCAL_SETTING.KEY.startsWith(prefix))
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    public void delete(String key) {
        ctx.deleteFrom(LOCAL_SETTING).where(LOCAL_SETTING.KEY.eq(key)).execute();
    }

    /**
     * A form's draft kept under {@code key}: its texts by field (empty when there is none, or when
     * what is kept cannot be read back: a draft is no reason to refuse the form).
     */
    public java.util.Map<String, String> texts(String key) {
        return get(key).map(json -> {
            try {
                return Json.mapper().readValue(json, new tools.jackson.core.type.TypeReference<java.util.Map<String, String>>() {});
            } catch (tools.jackson.core.JacksonException unreadable) {
                return java.util.Map.<String, String>of();
            }
        }).orElse(java.util.Map.of());
    }

    /** Keeps a form's draft under {@code key}; empty texts forget it. */
    public void putTexts(String key, java.util.Map<String, String> texts) {
        if (texts.isEmpty()) {
            delete(key);
        } else {
            put(key, Json.mapper().writeValueAsString(texts));
        }
    }

    /** Records that the command {@code command} made the change set {@code set} (this installation's own; see V23). */
    void madeByCommand(UUID set, String command) {
        ctx.execute("INSERT INTO change_set_program (change_set_id, command) VALUES (?, ?)", set.toString(), command);
    }

    /** Remembers that the reminders of these follow-ups were shown at {@code at}. */
    void markNotified(Collection<UUID> followUps, Instant at) {
        for (UUID id : followUps) {
            ctx.insertInto(FOLLOW_UP_NOTICE, FOLLOW_UP_NOTICE.FOLLOW_UP_ID, FOLLOW_UP_NOTICE.NOTIFIED_AT).values(id, at)
                    .onConflict(FOLLOW_UP_NOTICE.FOLLOW_UP_ID).doUpdate().set(FOLLOW_UP_NOTICE.NOTIFIED_AT, at).execute();
        }
    }

    /** Who uses this installation, once they have said so. */
    public Optional<com.funnelboard.domain.Person> identity() {
        Optional<String> name = get(IDENTITY_NAME);
        Optional<String> email = get(IDENTITY_EMAIL);
        return name.isPresent() && email.isPresent() ? Optional.of(new com.funnelboard.domain.Person(name.get(), email.get())) : Optional.empty();
    }

    /** Keeps who uses this installation, confirmed for its current replica. */
    public void setIdentity(com.funnelboard.domain.Person person) {
        put(IDENTITY_NAME, person.name());
        put(IDENTITY_EMAIL, person.email());
        put(IDENTITY_REPLICA, replicaId().toString());
    }

    /**
     * True when nobody has said who uses this database yet, or they said so on another file (this
     * one is a copy someone passed on): the window asks again, with the name it knows filled in.
     */
    public boolean identityNeedsConfirming() {
        return identity().isEmpty() || !get(IDENTITY_REPLICA).equals(get(REPLICA_ID));
    }

    /** This installation's replica id. */
    public UUID replicaId() {
        return get(REPLICA_ID).map(UUID::fromString).orElseThrow(() -> new IllegalStateException("no replica id"));
    }

    /**
     * Makes sure the database has a replica id of its own: minted on first use, and anew when the
     * file is not the one it was minted for (a copy, a restored backup), so two copies of one file
     * never write changes under the same replica.
     */
    void ensureReplica(Path file) {
        if (needsReplica(file)) {
            mintReplica(file);
        }
    }

    /** Where the command line keeps what `undo` and `redo` act on (this installation's; see the service's journal). */
    public static final String COMMAND_UNDO = "cli.undo.";

    /** Where the window keeps what Undo and Redo act on, across restarts (this installation's, apart from the command line's). */
    public static final String WINDOW_UNDO = "window.undo.";

    /** Gives the database a new replica id for {@code file} (a restored backup must never write under the old one). */
    void mintReplica(Path file) {
        String replica = UUID.randomUUID().toString();
        // A copy's or a restored file's command journal names what another installation did: `undo` must not reach it.
        startingWith(COMMAND_UNDO).keySet().forEach(this::delete);
        startingWith(WINDOW_UNDO).keySet().forEach(this::delete);
        put(REPLICA_ID, replica);
        put(REPLICA_FILE, fileIdentity(file));
        // A copy knows everything its original wrote: its change sets are now another installation's.
        seeEverythingBut(replica);
    }

    /**
     * Starts this installation again under a new replica id with its clock at zero, having seen
     * everything the old id wrote (see {@link ClockCorrection}); who uses it and its command
     * journal stay. Returns the new id.
     */
    UUID startAgain() {
        String old = replicaId().toString();
        String replica = UUID.randomUUID().toString();
        boolean confirmed = get(IDENTITY_REPLICA).map(old::equals).orElse(false);
        put(REPLICA_ID, replica);
        if (confirmed) {
            put(IDENTITY_REPLICA, replica);
        }
        seeEverythingBut(replica);
        put(HLC_LAST, "0");
        return UUID.fromString(replica);
    }

    /** The newest stamp this installation gave. */
    long lastHlc() {
        return get(HLC_LAST).map(Long::parseLong).orElse(0L);
    }

    private void seeEverythingBut(String replica) {
        String seen = ctx.fetchOne("SELECT json_group_object(replica_id, newest) FROM (SELECT replica_id, max(hlc) AS newest "
                + "FROM (SELECT replica_id, hlc FROM change_set WHERE origin <> 'merge' UNION ALL "
                + "SELECT replica_id, hlc FROM received_change_set WHERE state = 'applied') WHERE replica_id <> ? GROUP BY replica_id) "
                + "HAVING count(*) > 0", replica) instanceof org.jooq.Record r ? r.get(0, String.class) : null;
        if (seen != null) {
            put(SEEN, seen);
        }
    }

    /** True when the database has no replica id yet, or one minted for another file. */
    boolean needsReplica(Path file) {
        return get(REPLICA_ID).isEmpty() || !get(REPLICA_FILE).orElse("").equals(fileIdentity(file));
    }

    private static String fileIdentity(Path file) {
        try {
            return String.valueOf(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        } catch (java.io.IOException e) {
            return file.toString();
        }
    }

    /** What this installation has received from others (JSON {replica: newest stamp}), or null. */
    String seen() {
        return get(SEEN).orElse(null);
    }

    /** Moves the clock past {@code stamp} (a merge: every later local change is newer than all it received). */
    void advanceHlc(long stamp) {
        long last = get(HLC_LAST).map(Long::parseLong).orElse(0L);
        if (stamp > last) {
            put(HLC_LAST, Long.toString(stamp));
        }
    }

    /**
     * The next clock stamp, read and written inside the write transaction, so that every program
     * writing to this database (the window, the command line) continues one strictly increasing
     * sequence.
     */
    long nextHlc(long nowMillis) {
        long last = get(HLC_LAST).map(Long::parseLong).orElse(0L);
        long next = Hlc.next(last, nowMillis);
        put(HLC_LAST, Long.toString(next));
        return next;
    }

    /** Scores computed for deals (points before decay, when decay starts), as {deal id, points, active_at millis} rows. */
    void putScores(java.util.List<Object[]> rows) {
        ctx.connection(c -> {
            try (java.sql.PreparedStatement p = c.prepareStatement(
                    "INSERT INTO deal_score (deal_id, points, active_at) VALUES (?, ?, ?) "
                            + "ON CONFLICT (deal_id) DO UPDATE SET points = excluded.points, active_at = excluded.active_at")) {
                int n = 0;
                for (Object[] r : rows) {
                    p.setString(1, r[0].toString());
                    p.setLong(2, ((Number) r[1]).longValue());
                    p.setLong(3, ((Number) r[2]).longValue());
                    p.addBatch();
                    if (++n % 5_000 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
        });
    }

    /** Forgets the scores of these deals (deleted ones); all of them when {@code dealIds} is null. */
    void deleteScores(java.util.Collection<UUID> dealIds) {
        if (dealIds == null) {
            ctx.execute("DELETE FROM deal_score");
            return;
        }
        if (!dealIds.isEmpty()) {
            ctx.execute("DELETE FROM deal_score WHERE deal_id IN (SELECT value FROM json_each(?))",
                    "[" + String.join(",", dealIds.stream().map(id -> "\"" + id + "\"").toList()) + "]");
        }
    }
}
