package com.funnelboard.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * A check value of every change set in a share file, written beside it by the export and compared
 * by the merge before a set is applied: a value changed after the file was written — one byte
 * flipped on a disk or on the way, a teammate's edit with an SQLite tool — leaves the file whole to
 * SQLite's own checks but not to these. It is no signature (anyone can compute one for a file they
 * made up); it tells a file as Funnelboard wrote it from one changed since.
 *
 * <p>Each entry is hashed on its own (SHA-256 of its set, sequence number, table, row, field and
 * value, each length-prefixed, null told from empty), the hashes of a set's entries are added up
 * lane by lane, so they may be read in any order and on every core, and the set's digest is the
 * SHA-256 of its header, its number of entries and that sum. The digests are rows of {@code
 * share_info} ({@code digest:<set id>}), which every earlier version reads past, so the share-file
 * format and schema are unchanged; a file without any (written by an earlier version) is merged as
 * before.
 */
final class ShareSetDigests {

    /** The key prefix of a set's digest in {@code share_info}. */
    static final String KEY = "digest:";

    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(ShareFileDigest::sha256);

    /** The added-up hashes of one set's entries. */
    static final class Sum {
        private final long[] lanes = new long[4];
        private long count;

        void add(byte[] entryHash) {
            ByteBuffer b = ByteBuffer.wrap(entryHash);
            for (int i = 0; i < lanes.length; i++) {
                lanes[i] += b.getLong();
            }
            count++;
        }
    }

    private final Map<String, Sum> sums = new HashMap<>();

    private static final int BATCH = 4_096;

    /** Hashes the rows of {@code batch} (set, seq, table, row, field, value as bytes) on every core, adds them, and empties it. */
    private void addAll(List<byte[][]> batch) {
        byte[][] hashes = new byte[batch.size()][];
        java.util.stream.IntStream.range(0, hashes.length).parallel().forEach(i -> {
            byte[][] r = batch.get(i);
            hashes[i] = entryOfBytes(r);
        });
        for (int i = 0; i < hashes.length; i++) {
            add(new String(batch.get(i)[0], StandardCharsets.UTF_8), hashes[i]);
        }
        batch.clear();
    }

    private static byte[] entryOfBytes(byte[][] r) {
        MessageDigest md = SHA.get();
        md.reset();
        for (byte[] b : r) {
            bytes(md, b);
        }
        return md.digest();
    }

    /** Adds one entry's hash (see {@link #entry}) to its set's sum. */
    void add(String set, byte[] entryHash) {
        sums.computeIfAbsent(set, k -> new Sum()).add(entryHash);
    }

    /** The digest of the set with this header, over the entries added to it (none: an empty set). */
    String of(UUID id, String origin, String author, UUID replica, long hlc, long madeAt, String summary, String seen) {
        MessageDigest md = SHA.get();
        md.reset();
        for (String s : new String[] {id.toString(), origin, author, replica.toString(), Long.toString(hlc), Long.toString(madeAt), summary, seen}) {
            text(md, s);
        }
        Sum sum = sums.getOrDefault(id.toString(), new Sum());
        ByteBuffer b = ByteBuffer.allocate(8 * 5).putLong(sum.count);
        for (long lane : sum.lanes) {
            b.putLong(lane);
        }
        md.update(b.array());
        return HexFormat.of().formatHex(md.digest());
    }

    /** The digest of the received set {@code id} as this database stores it (its header and entries), as its export would give it. */
    static String ofReceived(org.jooq.DSLContext ctx, UUID id) {
        ShareSetDigests sums = new ShareSetDigests();
        String set = id.toString();
        for (org.jooq.Record e : ctx.fetch("SELECT CAST(seq AS TEXT), table_name, row_key, field, new_value FROM received_change "
                + "WHERE change_set_id = ?", set)) {
            sums.add(set, entry(set, Long.parseLong(e.get(0, String.class)), e.get(1, String.class), e.get(2, String.class),
                    e.get(3, String.class), e.get(4, String.class)));
        }
        org.jooq.Record h = ctx.fetchOne("SELECT origin, author, replica_id, CAST(hlc AS TEXT), CAST(made_at AS TEXT), summary, seen "
                + "FROM received_change_set WHERE id = ?", set);
        return sums.of(id, h.get(0, String.class), h.get(1, String.class), UUID.fromString(h.get(2, String.class)),
                Long.parseLong(h.get(3, String.class)), Long.parseLong(h.get(4, String.class)), h.get(5, String.class), h.get(6, String.class));
    }

    /** The hash of one entry, as it is in the file (safe on any thread). */
    static byte[] entry(String set, long seq, String table, String row, String field, String value) {
        return entry(utf8(set), seq, utf8(table), utf8(row), utf8(field), utf8(value));
    }

    /** As {@link #entry(String, long, String, String, String, String)}, from each text's UTF-8 bytes (null: none). */
    static byte[] entry(byte[] set, long seq, byte[] table, byte[] row, byte[] field, byte[] value) {
        MessageDigest md = SHA.get();
        md.reset();
        bytes(md, set);
        bytes(md, Long.toString(seq).getBytes(StandardCharsets.US_ASCII));
        bytes(md, table);
        bytes(md, row);
        bytes(md, field);
        bytes(md, value);
        return md.digest();
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static void text(MessageDigest md, String s) {
        bytes(md, utf8(s));
    }

    /** The length (-1 for none) as four bytes, then the bytes: no two lists of texts hash alike by running into each other. */
    private static void bytes(MessageDigest md, byte[] b) {
        int n = b == null ? -1 : b.length;
        md.update((byte) (n >>> 24));
        md.update((byte) (n >>> 16));
        md.update((byte) (n >>> 8));
        md.update((byte) n);
        if (b != null) {
            md.update(b);
        }
    }

    /**
     * The digest of every change set of the share file open on {@code file}, by set id, read back
     * from what the export wrote (the rows stream through once); {@link ShareFile} writes them.
     */
    static Map<String, String> of(Connection file) throws SQLException {
        ShareSetDigests digests = new ShareSetDigests();
        try (Statement s = file.createStatement();
                ResultSet rs = s.executeQuery("SELECT change_set_id, seq, table_name, row_key, field, new_value FROM change")) {
            // Each text's bytes as stored (UTF-8), hashed a batch at a time on every core: no text is decoded and encoded again.
            List<byte[][]> batch = new ArrayList<>(BATCH);
            while (rs.next()) {
                batch.add(new byte[][] {rs.getBytes(1), Long.toString(rs.getLong(2)).getBytes(StandardCharsets.US_ASCII), rs.getBytes(3),
                        rs.getBytes(4), rs.getBytes(5), rs.getBytes(6)});
                if (batch.size() == BATCH) {
                    digests.addAll(batch);
                }
            }
            digests.addAll(batch);
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        try (Statement s = file.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, origin, author, replica_id, hlc, made_at, summary, seen FROM change_set")) {
            while (rs.next()) {
                UUID id = UUID.fromString(rs.getString(1));
                out.put(id.toString(), digests.of(id, rs.getString(2), rs.getString(3), UUID.fromString(rs.getString(4)), rs.getLong(5),
                        rs.getLong(6), rs.getString(7), rs.getString(8)));
            }
        }
        return out;
    }

    /** The check values of the change sets of the share file open on {@code c}, by set id (none in a file an earlier version wrote). */
    static Map<String, String> inFile(Connection c, String name) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (var p = c.prepareStatement("SELECT key, value FROM share_info WHERE substr(key, 1, ?) = ?")) {
            p.setInt(1, KEY.length());
            p.setString(2, KEY);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(ShareFileChecks.text(rs, 1, name, "share_info.key", 100).substring(KEY.length()),
                            ShareFileChecks.text(rs, 2, name, "share_info.value", 100));
                }
            }
        }
        return out;
    }

    /**
     * Refuses the file {@code name} when a set about to be used does not match the check value its
     * exporter wrote beside it ({@code expected}, by set id); a file with none came from an earlier version.
     */
    void verify(String name, List<SharedChanges.Set> want, Map<String, String> expected) {
        if (expected.isEmpty()) {
            return;
        }
        for (SharedChanges.Set x : want) {
            String written = expected.get(x.id().toString());
            String actual = of(x.id(), x.origin(), x.author(), x.replica(), x.hlc(), x.madeAt(), x.summary(), x.seenJson());
            if (!actual.equals(written)) {
                throw ShareFileChecks.refuse(name, "it was changed after Funnelboard wrote it: " + (written == null ? "a change set by "
                        : "the change set by ") + com.funnelboard.domain.Printable.escape(com.funnelboard.domain.Person.nameOf(x.author()))
                        + " made " + java.time.Instant.ofEpochMilli(x.madeAt()).toString().substring(0, 10)
                        + (written == null ? " has no check value" : " does not match its check value")
                        + " (a damaged copy, or an edit with another program); ask for the file again");
            }
        }
    }
}
