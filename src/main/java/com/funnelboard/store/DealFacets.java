package com.funnelboard.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * What the board's filters and orders look at, for every live deal, held in memory by the window's
 * store: the deal's stage, owner, source, value, currency, days in stage, expected close, next
 * follow-up and stored score, and its contact's and organizations' industry, size, persona, channel
 * and tags, each text kept once. A filter applied to 100,000 deals then tests arrays rather than
 * asking SQLite to test every deal against sets of contacts and organizations.
 *
 * <p>Kept exact from the change log: every change to shared data is a change set there, so the
 * newest change set's row number says whether anything changed since these were read, and the
 * change sets after it say which rows (their deals, contacts and organizations, and the deals whose
 * score they can move, as the score cache decides them) are read again. A change of settings, of
 * what the scores were computed with, or of very many rows reads everything again. The number is
 * read before the rows, so rows committed in between are only read twice, never missed.
 *
 * <p>Built on first use (a filter applied), not when the board opens. Thread-safe: every use holds
 * its lock.
 */
final class DealFacets {

    /** Changed rows past which reading everything again is cheaper than reading them one by one. */
    static final int FULL_READ = 5_000;
    static final long NONE = Long.MIN_VALUE;
    private static final Set<String> POINTERS = Set.of("deal_id", "contact_id", "organization_id");
    private static final String DUE = "max(f.due_at, coalesce(f.snoozed_until, f.due_at))";
    private static final String DEALS = "SELECT d.id, d.deleted_at, d.stage, d.owner, d.source, d.value_minor, d.currency, d.stage_entered_at,"
            + " d.expected_close_on, d.contact_id, d.organization_id FROM deal d NOT INDEXED";
    private static final String DUES = "SELECT f.deal_id, min(" + DUE + ") FROM follow_up f WHERE f.done_at IS NULL AND f.deleted_at IS NULL";
    private static final String SCORES = "SELECT deal_id, points, active_at FROM deal_score";
    private static final String AMONG = " IN (SELECT value FROM json_each(?))";
    private static final String ORGANIZATIONS = "SELECT id, industry, company_size FROM organization";
    private static final String CONTACTS = "SELECT id, organization_id, industry, company_size, persona, preferred_channel, tags FROM contact";

    /** Every text (owner, source, currency, industry, size, persona, channel, tags) once, by code. */
    final FacetWords words = new FacetWords();

    // Deals, by slot; a removed deal's slot is reused.
    final Map<String, Integer> dealSlot = new HashMap<>();
    private final List<Integer> freeSlots = new ArrayList<>();
    int slots;
    boolean[] live = new boolean[0];
    String[] id = new String[0];
    byte[] stage = new byte[0];
    int[] owner = new int[0];
    int[] source = new int[0];
    int[] currency = new int[0];
    long[] value = new long[0];
    long[] entered = new long[0];
    String[] close = new String[0];
    int[] contact = new int[0];
    int[] dealOrg = new int[0];
    long[] due = new long[0];
    long[] points = new long[0];
    long[] activeAt = new long[0];

    // Contacts and organizations (deleted ones too: the filters' sets never left them out), by slot.
    final Map<String, Integer> contactSlot = new HashMap<>();
    int[] contactOrg = new int[0];
    int[] contactIndustry = new int[0];
    int[] contactSize = new int[0];
    int[] persona = new int[0];
    int[] channel = new int[0];
    int[] tags = new int[0];
    final Map<String, Integer> orgSlot = new HashMap<>();
    int[] orgIndustry = new int[0];
    int[] orgSize = new int[0];

    /** Volatile: {@link #ready} is asked without the lock, so the board never waits on a read of every deal. */
    private volatile long stamp = -1;
    private String basis;
    private int fullReads;
    /**
     * What the full-text index found for the last few texts, while nothing changed: a rep who typed
     * words and then adds a filter or changes an order is not made to wait for the index again.
     */
    private final Map<String, Object> found = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > 4;
        }
    };

    /** What the index found for {@code text} since nothing changed, or computes and keeps it (the caller holds the lock). */
    @SuppressWarnings("unchecked")
    <T> T found(String text, java.util.function.Supplier<T> find) {
        return (T) found.computeIfAbsent(text, t -> find.get());
    }

    /** How many times everything was read (for tests and the benchmark). */
    synchronized int fullReads() {
        return fullReads;
    }

    /** Whether everything has been read once (what an unfiltered board may use; a filter reads it first). */
    boolean ready() {
        return stamp >= 0;
    }

    /** Forgets everything (the file was replaced by a restore): the next use reads it all. */
    synchronized void invalidate() {
        found.clear();
        stamp = -1;
    }

    /**
     * Brings these up to what {@code ctx} sees, reading only what changed since the last use (all of
     * it when the change log is shorter than when last read: the file was replaced).
     */
    synchronized void refresh(DSLContext ctx) {
        long now = ctx.resultQuery("SELECT coalesce(max(rowid), 0) FROM change_set").fetchOne(0, Long.class);
        String nowBasis = ctx.resultQuery("SELECT value FROM local_setting WHERE key = {0}", org.jooq.impl.DSL.val(ScoreCache.BASIS))
                .fetchOptional(0, String.class).orElse(null);
        if (stamp >= 0 && now == stamp && java.util.Objects.equals(nowBasis, basis)) {
            return;
        }
        found.clear();
        long from = stamp;
        stamp = -1; // a read that fails half-way leaves nothing to trust: the next use reads everything
        if (from < 0 || now < from || !java.util.Objects.equals(nowBasis, basis) || !readChanges(ctx, from, now)) {
            readAll(ctx);
        }
        stamp = now;
        basis = nowBasis;
    }

    private void readAll(DSLContext ctx) {
        fullReads++;
        words.clear();
        dealSlot.clear();
        freeSlots.clear();
        slots = 0;
        Arrays.fill(live, false);
        contactSlot.clear();
        orgSlot.clear();
        ctx.connection(c -> read(c, null, null, null));
    }

    /**
     * Reads again what the change sets after {@code from} up to {@code to} touched; false when that
     * is too much, or the settings changed (the caller then reads everything).
     */
    private boolean readChanges(DSLContext ctx, long from, long to) {
        Map<String, Set<String>> rows = new HashMap<>();
        // Every changed row, and what a changed pointer (a deal's contact, an interaction's deal…) pointed to before.
        Set<String> keys = new HashSet<>();
        int[] n = {0};
        ctx.connection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT c.table_name, c.row_key, c.field, c.old_value FROM change_set s"
                    + " JOIN change c ON c.change_set_id = s.id WHERE s.rowid > ? AND s.rowid <= ?")) {
                p.setLong(1, from);
                p.setLong(2, to);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next() && n[0]++ <= FULL_READ) {
                        rows.computeIfAbsent(r.getString(1), t -> new HashSet<>()).add(r.getString(2));
                        keys.add(r.getString(2));
                        String before = r.getString(4);
                        if (POINTERS.contains(r.getString(3)) && before != null && before.length() > 2 && before.startsWith("\"")) {
                            keys.add(before.substring(1, before.length() - 1));
                        }
                    }
                }
            }
        });
        if (n[0] > FULL_READ || rows.containsKey("settings")) {
            return false;
        }
        // The deals the score cache would score again for these rows (the deals, those of the contacts,
        // organizations and interactions), and those of the follow-ups (their next one).
        Set<String> deals = new HashSet<>(ScoreCache.affectedDealKeys(ctx, keys));
        Set<String> followUps = rows.getOrDefault("follow_up", Set.of());
        if (!followUps.isEmpty()) {
            deals.addAll(ctx.resultQuery("SELECT deal_id FROM follow_up WHERE id" + AMONG.replace("?", "{0}"), org.jooq.impl.DSL.val(ScoreCache.json(followUps)))
                    .fetch(0, String.class));
        }
        if (deals.size() > FULL_READ) {
            return false;
        }
        ctx.connection(c -> read(c, rows.getOrDefault("organization", Set.of()), rows.getOrDefault("contact", Set.of()), deals));
        return true;
    }

    /**
     * Reads organizations, contacts and deals (with their next follow-up and stored score) into
     * their slots, in that order (a deal's contact and organization have theirs first): every one
     * when the keys are null (live deals only), else those named (a deal deleted or gone leaves).
     */
    private void read(java.sql.Connection c, Collection<String> orgs, Collection<String> contacts, Collection<String> deals) throws SQLException {
        if (orgs == null || !orgs.isEmpty()) {
            try (PreparedStatement p = among(c, ORGANIZATIONS, " WHERE id", orgs, "")) {
                readOrganizations(p);
            }
        }
        if (contacts == null || !contacts.isEmpty()) {
            try (PreparedStatement p = among(c, CONTACTS, " WHERE id", contacts, "")) {
                readContacts(p);
            }
        }
        if (deals != null && deals.isEmpty()) {
            return;
        }
        try (PreparedStatement p = among(c, DEALS, " WHERE d.id", deals, deals == null ? " WHERE d.deleted_at IS NULL" : "")) {
            Set<String> seen = readDeals(p);
            if (deals != null) {
                deals.stream().filter(k -> !seen.contains(k)).toList().forEach(this::remove);
            }
        }
        try (PreparedStatement p = among(c, DUES, " AND f.deal_id", deals, " GROUP BY f.deal_id")) {
            readDues(p);
        }
        try (PreparedStatement p = among(c, SCORES, " WHERE deal_id", deals, "")) {
            readScores(p);
        }
    }

    /** {@code select}, then for {@code keys} (none: every row) {@code column} among them, then {@code rest}. */
    private static PreparedStatement among(java.sql.Connection c, String select, String column, Collection<String> keys, String rest)
            throws SQLException {
        if (keys == null) {
            return c.prepareStatement(select + rest);
        }
        PreparedStatement p = c.prepareStatement(select + column + AMONG + rest);
        p.setString(1, ScoreCache.json(keys));
        return p;
    }

    private void readOrganizations(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                int s = orgSlot(r.getString(1));
                orgIndustry[s] = words.code(r.getString(2));
                orgSize[s] = words.code(r.getString(3));
            }
        }
    }

    private int orgSlot(String key) {
        return slotOf(orgSlot, key, this::makeOrgSlot);
    }

    private void makeOrgSlot(int slot) {
        if (slot >= orgIndustry.length) {
            int size = Math.max(16, slot * 2);
            orgIndustry = grow(orgIndustry, size);
            orgSize = grow(orgSize, size);
        }
        orgIndustry[slot] = orgSize[slot] = -1;
    }

    /**
     * The slot of {@code key} in {@code slots}, or a new one, for which {@code make} grows the
     * arrays and clears what a slot freed by a full read held; -1 for no key.
     */
    private static int slotOf(Map<String, Integer> slots, String key, java.util.function.IntConsumer make) {
        if (key == null) {
            return -1;
        }
        Integer s = slots.get(key);
        if (s != null) {
            return s;
        }
        int slot = slots.size();
        slots.put(key, slot);
        make.accept(slot);
        return slot;
    }

    private void readContacts(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                int s = contactSlot(r.getString(1));
                contactOrg[s] = orgSlot(r.getString(2));
                contactIndustry[s] = words.code(r.getString(3));
                contactSize[s] = words.code(r.getString(4));
                persona[s] = words.code(r.getString(5));
                channel[s] = words.code(r.getString(6));
                tags[s] = words.code(r.getString(7));
            }
        }
    }

    private int contactSlot(String key) {
        return slotOf(contactSlot, key, this::makeContactSlot);
    }

    private void makeContactSlot(int slot) {
        if (slot >= contactOrg.length) {
            int size = Math.max(16, slot * 2);
            contactOrg = grow(contactOrg, size);
            contactIndustry = grow(contactIndustry, size);
            contactSize = grow(contactSize, size);
            persona = grow(persona, size);
            channel = grow(channel, size);
            tags = grow(tags, size);
        }
        contactOrg[slot] = contactIndustry[slot] = contactSize[slot] = persona[slot] = channel[slot] = tags[slot] = -1;
    }

    /** Reads deal rows into their slots (a deleted one leaves); returns the ids read. */
    private Set<String> readDeals(PreparedStatement p) throws SQLException {
        Set<String> seen = new HashSet<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String key = r.getString(1);
                seen.add(key);
                r.getLong(2);
                if (!r.wasNull()) {
                    remove(key);
                    continue;
                }
                int s = dealSlot(key);
                stage[s] = (byte) com.funnelboard.domain.Stage.fromKey(r.getString(3)).ordinal();
                owner[s] = words.code(r.getString(4));
                source[s] = words.code(r.getString(5));
                value[s] = longOr(r, 6);
                currency[s] = words.code(r.getString(7));
                entered[s] = r.getLong(8);
                close[s] = r.getString(9);
                contact[s] = contactSlot(r.getString(10));
                dealOrg[s] = orgSlot(r.getString(11));
                due[s] = Long.MAX_VALUE; // until read by readDues
                points[s] = NONE; // until read by readScores
                activeAt[s] = NONE;
            }
        }
        return seen;
    }

    /** The soonest open follow-up of each deal read (after {@link #readDeals}, which set none). */
    private void readDues(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Integer s = dealSlot.get(r.getString(1));
                long d = longOr(r, 2);
                if (s != null && d != NONE) {
                    due[s] = d;
                }
            }
        }
    }

    /** The stored scores of the deals read (after {@link #readDeals}, which set none). */
    private void readScores(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Integer s = dealSlot.get(r.getString(1));
                if (s != null) {
                    points[s] = r.getLong(2);
                    activeAt[s] = r.getLong(3);
                }
            }
        }
    }

    private static long longOr(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? NONE : v;
    }

    private int dealSlot(String key) {
        Integer s = dealSlot.get(key);
        if (s != null) {
            return s;
        }
        int slot = freeSlots.isEmpty() ? slots++ : freeSlots.removeLast();
        if (slot >= id.length) {
            int size = Math.max(64, slot * 2);
            live = Arrays.copyOf(live, size);
            id = Arrays.copyOf(id, size);
            stage = Arrays.copyOf(stage, size);
            owner = grow(owner, size);
            source = grow(source, size);
            currency = grow(currency, size);
            value = Arrays.copyOf(value, size);
            entered = Arrays.copyOf(entered, size);
            close = Arrays.copyOf(close, size);
            contact = grow(contact, size);
            dealOrg = grow(dealOrg, size);
            due = Arrays.copyOf(due, size);
            points = Arrays.copyOf(points, size);
            activeAt = Arrays.copyOf(activeAt, size);
        }
        dealSlot.put(key, slot);
        live[slot] = true;
        id[slot] = key;
        return slot;
    }

    private void remove(String key) {
        Integer s = dealSlot.remove(key);
        if (s != null) {
            live[s] = false;
            id[s] = null;
            freeSlots.add(s);
        }
    }

    private static int[] grow(int[] a, int size) {
        int old = a.length;
        int[] b = Arrays.copyOf(a, size);
        Arrays.fill(b, old, size, -1);
        return b;
    }
}
