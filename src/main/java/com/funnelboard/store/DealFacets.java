package com.funnelboard.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The reads of rows into the slots. */
    private final FacetReads reads = new FacetReads(this);
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
            return size() > 16; // a few texts, each of some words
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
        if (from < 0 || now < from || !java.util.Objects.equals(nowBasis, basis) || !reads.readChanges(ctx, from, now)) {
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
        ctx.connection(c -> reads.read(c, null, null, null));
    }

    /** The slot of an organization, a new one for a key not seen yet; -1 for no key. */
    int orgSlot(String key) {
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

    /** The slot of a contact, a new one for a key not seen yet; -1 for no key. */
    int contactSlot(String key) {
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

    /** The slot of a live deal, a free or new one for a key not seen yet. */
    int dealSlot(String key) {
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

    /** Frees the slot of a deal deleted or gone. */
    void remove(String key) {
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
