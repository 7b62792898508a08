package com.funnelboard.store;

import static com.funnelboard.store.ShareFileChecks.checkEntry;
import static com.funnelboard.store.ShareFileChecks.failure;
import static com.funnelboard.store.ShareFileChecks.nullableText;
import static com.funnelboard.store.ShareFileChecks.number;
import static com.funnelboard.store.ShareFileChecks.seen;
import static com.funnelboard.store.ShareFileChecks.text;
import static com.funnelboard.store.ShareFileChecks.uuid;

import com.funnelboard.domain.Printable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reading a share file, which is untrusted input: it is copied into a private temporary folder and
 * the copy opened read-only on a connection of its own (never attached to the database), with the
 * store's hardening and value-size cap. SQLite's integrity check, the application id, the format
 * version, the exact schema (no trigger, view or extra table), every value's type and size, and
 * every table, field, key and value against this version's schema are checked before anything is
 * used. A file that fails any check is refused with one sentence; it is never changed. The checks
 * of single values, entries and the sentences refusing a file are {@link ShareFileChecks}.
 */
final class ShareFileReader implements AutoCloseable {

    /** The largest value one entry may carry: far above any note a user types. */
    static final int MAX_VALUE_CHARS = 1_000_000;
    /** The tables whose changes travel. */
    static final Set<String> SHARED = Set.of("organization", "contact", "deal", "interaction", "follow_up", "stage_change",
            "checklist_item", "settings", "email_address", "phone_number");

    private final Path dir;
    private final Connection c;
    private final String name;
    private final SharedChanges headers;
    private final String digest;
    /** Each change set's check value, by set id (see {@link ShareSetDigests}); empty in a file an earlier version wrote. */
    private final Map<String, String> setDigests;
    /** True once the checks that read the whole file passed (see {@link #checkWhole}). */
    private boolean checkedWhole;

    private ShareFileReader(Path dir, Connection c, String name, SharedChanges headers, String digest, Map<String, String> setDigests) {
        this.dir = dir;
        this.c = c;
        this.name = name;
        // With the file's check values, so that a set kept here in another copy is told from the start (see ReceivedCopies#known).
        this.headers = new SharedChanges(headers.source(), headers.exporter(), headers.schema(), headers.sets(), setDigests, headers.unread());
        this.digest = digest;
        this.setDigests = setDigests;
    }

    /** The SHA-256 of the bytes read (those of the copy), in hex. */
    String digest() {
        return digest;
    }

    /**
     * The checks that read the whole file — SQLite's integrity check, no value over the size
     * limit, no change outside a change set — run before any entry is read. A file whose change
     * sets are all known already (a file merged before) needs none of its entries, and is done
     * without them.
     */
    private void checkWhole() throws SQLException {
        if (checkedWhole) {
            return;
        }
        List<String> damage = Migrations.integrityProblems(c, true);
        if (!damage.isEmpty()) {
            throw refuse(name, "it is damaged (SQLite's integrity check: " + Printable.escape(damage.getFirst()) + ")");
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1 FROM change WHERE length(new_value) > " + MAX_VALUE_CHARS + " LIMIT 1")) {
            if (rs.next()) {
                throw refuse(name, "it holds a value larger than Funnelboard accepts");
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT 1 FROM change WHERE change_set_id NOT IN (SELECT id FROM change_set) LIMIT 1")) {
            if (rs.next()) {
                throw refuse(name, "it holds a change outside any change set");
            }
        }
        checkedWhole = true;
    }

    /** The file's change sets without their entries (see {@link #withEntries}). */
    SharedChanges headers() {
        return headers;
    }

    /**
     * The change sets with the entries of those {@code wanted} read and checked (the others left
     * empty: already received, their entries are not read at all).
     */
    SharedChanges withEntries(java.util.function.Predicate<UUID> wanted) {
        try {
            Map<String, List<SharedChanges.Entry>> entries = new HashMap<>();
            ShareSetDigests sums = new ShareSetDigests();
            List<SharedChanges.Set> want = headers.sets().stream().filter(x -> wanted.test(x.id())).toList();
            if (!want.isEmpty()) {
                checkWhole();
            }
            if (want.size() * 4L < headers.sets().size()) {
                try (var p = c.prepareStatement("SELECT change_set_id, seq, table_name, row_key, field, new_value FROM change WHERE change_set_id = ?")) {
                    for (SharedChanges.Set x : want) {
                        p.setString(1, x.id().toString());
                        try (ResultSet rs = p.executeQuery()) {
                            readEntries(rs, entries, null, sums);
                        }
                    }
                }
            } else {
                java.util.Set<String> ids = new java.util.HashSet<>();
                want.forEach(x -> ids.add(x.id().toString()));
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT change_set_id, seq, table_name, row_key, field, new_value FROM change")) {
                    readEntries(rs, entries, ids, sums);
                }
            }
            sums.verify(name, want, setDigests);
            entries.values().forEach(es -> ShareFileChecks.refuseRowsCreatedTwice(name, es));
            List<SharedChanges.Set> out = new ArrayList<>();
            for (SharedChanges.Set x : headers.sets()) {
                List<SharedChanges.Entry> es = entries.getOrDefault(x.id().toString(), new ArrayList<>());
                es.sort(Comparator.comparingLong(SharedChanges.Entry::seq));
                out.add(new SharedChanges.Set(x.id(), x.origin(), x.author(), x.replica(), x.hlc(), x.madeAt(), x.summary(), x.seenJson(),
                        x.seen(), List.copyOf(es)));
            }
            java.util.Set<UUID> unread = new java.util.HashSet<>();
            headers.sets().stream().map(SharedChanges.Set::id).filter(id -> !wanted.test(id)).forEach(unread::add);
            return new SharedChanges(headers.source(), headers.exporter(), headers.schema(), out, setDigests, unread);
        } catch (SQLException e) {
            throw failure(name, e);
        }
    }

    /** How many entries are read before they are checked, the checks running on every core. */
    private static final int CHECKED_TOGETHER = 4_096;

    private record Unchecked(String set, long seq, String table, String row, String field, String value) {}

    private void readEntries(ResultSet rs, Map<String, List<SharedChanges.Entry>> into, java.util.Set<String> only, ShareSetDigests sums)
            throws SQLException {
        List<Unchecked> batch = new ArrayList<>(CHECKED_TOGETHER);
        while (rs.next()) {
            String set = text(rs, 1, name, "change.change_set_id", 36);
            if (only != null && !only.contains(set)) {
                continue;
            }
            long seq = number(rs, 2, name, "change.seq");
            String table = text(rs, 3, name, "change.table_name", 64);
            String row = text(rs, 4, name, "change.row_key", 200);
            String field = text(rs, 5, name, "change.field", 64);
            String value = nullableText(rs, 6, name, "change.new_value", MAX_VALUE_CHARS);
            batch.add(new Unchecked(set, seq, table, row, field, value));
            if (batch.size() == CHECKED_TOGETHER) {
                check(batch, into, sums);
            }
        }
        check(batch, into, sums);
    }

    /** Checks the entries of {@code batch} (each on its own: on all cores), adds them to {@code into} in order, and empties the batch. */
    private void check(List<Unchecked> batch, Map<String, List<SharedChanges.Entry>> into, ShareSetDigests sums) {
        String[] values = new String[batch.size()];
        byte[][] hashes = new byte[batch.size()][];
        boolean hashed = !setDigests.isEmpty();
        java.util.stream.IntStream.range(0, values.length).parallel().forEach(i -> {
            Unchecked u = batch.get(i);
            if (hashed) {
                hashes[i] = ShareSetDigests.entry(u.set(), u.seq(), u.table(), u.row(), u.field(), u.value());
            }
            values[i] = checkEntry(name, u.table(), u.row(), u.field(), u.value());
        });
        for (int i = 0; i < values.length; i++) {
            Unchecked u = batch.get(i);
            if (hashed) {
                sums.add(u.set(), hashes[i]);
            }
            into.computeIfAbsent(u.set(), k -> new ArrayList<>()).add(new SharedChanges.Entry(u.seq(), u.table(), u.row(), u.field(), values[i]));
        }
        batch.clear();
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(ShareFileReader.class).warn("Closing the copy of {} failed", name, e);
        }
        deleteQuietly(dir);
    }

    /**
     * Copies {@code file} into a private temporary folder and checks the copy; the file itself is
     * only read, once, to copy it. Close the reader to remove the copy.
     */
    static ShareFileReader open(Path file) {
        Path source = file.toAbsolutePath().normalize();
        String name = source.getFileName().toString();
        if (!Files.isRegularFile(source)) {
            throw new StoreException(StoreException.Kind.IO, "There is no share file at " + source + ".");
        }
        ShareFileDigest.refuseOpenDatabase(source);
        Path dir = null;
        try {
            // The copies of merges killed before they finished (a whole share file each, in the temporary folder).
            FilesBeside.removeStale(Path.of(System.getProperty("java.io.tmpdir")), "funnelboard-merge-*");
            dir = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempDirectory("funnelboard-merge-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory("funnelboard-merge-");
            Path copy = dir.resolve("incoming.funnel");
            java.security.MessageDigest md = ShareFileDigest.sha256();
            try (var in = new java.security.DigestInputStream(Files.newInputStream(source), md)) {
                Files.copy(in, copy);
            }
            String digest = java.util.HexFormat.of().formatHex(md.digest());
            try {
                DatabaseFile.checkHeader(copy);
            } catch (StoreException e) {
                throw refuse(name, "it is not a share file (not an SQLite file)");
            }
            if (Files.size(copy) == 0) {
                throw refuse(name, "it is empty");
            }
            if (writeAheadLog(copy)) {
                // Its latest pages may sit in a -wal file beside it, which was not copied: what SQLite would read is not what was sent.
                throw refuse(name, "it is in SQLite's write-ahead-log mode, which share files never are (its latest changes may sit in a "
                        + "separate -wal file); export it again with Funnelboard");
            }
            Connection c = null;
            try {
                c = ConnectionPool.readOnly("jdbc:sqlite:" + copy);
                ShareFileReader reader = new ShareFileReader(dir, c, name, read(c, source, name), digest, ShareSetDigests.inFile(c, name));
                dir = null;
                return reader;
            } catch (SQLException e) {
                throw failure(name, e);
            } finally {
                if (dir != null && c != null) {
                    try {
                        c.close();
                    } catch (SQLException ignored) {
                        // refused anyway
                    }
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new StoreException(StoreException.Kind.NOT_A_DATABASE, "There is no share file " + source + "; nothing was changed.", e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "Cannot read the share file " + source + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * Whether the SQLite header of {@code file} says write-ahead-log mode (bytes 18 and 19, the write
     * and read versions, 2), unless it is a Funnelboard database (application id at byte 68), which
     * always is and is refused as what it is.
     */
    private static boolean writeAheadLog(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(72);
            return head.length == 72 && (head[18] == 2 || head[19] == 2)
                    && java.nio.ByteBuffer.wrap(head, 68, 4).getInt() != Migrations.APPLICATION_ID;
        }
    }

    private static SharedChanges read(Connection c, Path source, String name) throws SQLException {
        int application = Migrations.intPragma(c, "application_id");
        if (application == Migrations.APPLICATION_ID) {
            throw refuse(name, "it is a Funnelboard database, not a share file (ask its owner for the .funnel file that "
                    + "File \u2192 Export share file\u2026 or 'funnelboard share export' writes)");
        }
        if (application != ShareFile.APPLICATION_ID) {
            throw refuse(name, "it is not a Funnelboard share file");
        }
        int format = Migrations.intPragma(c, "user_version");
        if (format < 1) {
            throw refuse(name, "it does not say which share file format it is written in");
        }
        if (format > ShareFile.FORMAT) {
            throw new StoreException(StoreException.Kind.NEWER_SCHEMA, name + " was written by a newer Funnelboard (share format " + format
                    + "); update the app to merge it; nothing was changed.");
        }
        List<String> schema = SchemaModel.differences(SchemaModel.read(c), ShareFile.expectedSchema());
        if (!schema.isEmpty()) {
            throw refuse(name, "it holds " + Printable.escape(schema.getFirst()));
        }
        Map<String, String> info = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM share_info")) {
            while (rs.next()) {
                info.put(text(rs, 1, name, "share_info.key", 100), text(rs, 2, name, "share_info.value", 100));
            }
        }
        UUID exporter = uuid(info.get("replica"), name, "the id of the installation that exported it");
        int version;
        try {
            version = Integer.parseInt(String.valueOf(info.get("schema")));
        } catch (NumberFormatException e) {
            throw refuse(name, "it does not say which schema version its values are for");
        }
        if (version < ShareFile.FIRST_SHARED_VERSION) {
            throw refuse(name, "it says its values are for schema " + version + ", older than any Funnelboard that wrote share files");
        }
        if (version > Migrations.LATEST_VERSION) {
            throw new StoreException(StoreException.Kind.NEWER_SCHEMA, name + " was written by a newer Funnelboard (schema " + version
                    + "); update the app to merge it; nothing was changed.");
        }
        Map<String, Builder> sets = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, origin, author, replica_id, hlc, made_at, summary, seen FROM change_set")) {
            while (rs.next()) {
                Builder b = new Builder();
                b.id = uuid(text(rs, 1, name, "change_set.id", 36), name, "a change set id");
                b.origin = text(rs, 2, name, "change_set.origin", 20);
                if (!ShareFileChecks.ORIGINS.contains(b.origin)) {
                    throw refuse(name, "it holds a change set of an unknown origin \"" + Printable.escape(b.origin) + "\"");
                }
                b.author = text(rs, 3, name, "change_set.author", 320);
                if (b.author.isBlank()) {
                    throw refuse(name, "it holds a change set without an author");
                }
                // An author is a name and an address, one line each: a line break or an escape shows in History as it came.
                String authorProblem = ShareValueRules.text(ShareValueRules.Rule.LINE, b.author);
                if (authorProblem != null) {
                    throw refuse(name, "it holds a change set whose author is " + authorProblem);
                }
                b.replica = uuid(text(rs, 4, name, "change_set.replica_id", 36), name, "an installation id");
                b.hlc = number(rs, 5, name, "change_set.hlc");
                b.madeAt = number(rs, 6, name, "change_set.made_at");
                b.summary = nullableText(rs, 7, name, "change_set.summary", 2_000);
                b.seenJson = nullableText(rs, 8, name, "change_set.seen", 100_000);
                b.seen = seen(b.seenJson, name);
                if (b.hlc <= 0) {
                    throw refuse(name, "it holds a change set without a clock stamp");
                }
                String madeAtProblem = ShareValueRules.number(ShareValueRules.Rule.MOMENT, b.madeAt);
                if (madeAtProblem != null) {
                    throw refuse(name, "it holds a change set made at " + madeAtProblem);
                }
                sets.put(b.id.toString(), b);
            }
        }
        List<SharedChanges.Set> out = new ArrayList<>(sets.size());
        for (Builder b : sets.values()) {
            out.add(new SharedChanges.Set(b.id, b.origin, b.author, b.replica, b.hlc, b.madeAt, b.summary, b.seenJson, b.seen,
                    List.copyOf(b.entries)));
        }
        return new SharedChanges(source, exporter, version, out, Map.of(),
                out.stream().map(SharedChanges.Set::id).collect(java.util.stream.Collectors.toSet())); // headers: no entries read
    }

    /** The sentence refusing the share file {@code name} because of {@code why} (see {@link ShareFileChecks#refuse}). */
    static StoreException refuse(String name, String why) {
        return ShareFileChecks.refuse(name, why);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(ShareFileReader.class).warn("The temporary copy {} could not be removed", dir, e);
        }
    }

    private static final class Builder {
        UUID id;
        String origin;
        String author;
        UUID replica;
        long hlc;
        long madeAt;
        String summary;
        String seenJson;
        Map<UUID, Long> seen;
        final List<SharedChanges.Entry> entries = new ArrayList<>();
    }
}
