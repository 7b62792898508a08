package com.funnelboard.ui.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.collections.ObservableListBase;

/**
 * A read-only observable list of a known size whose elements are fetched page by page, off the FX
 * thread, when a virtualized control first asks for them. Until its page arrives an element is
 * {@code null}; the arrival is announced as an update of that range, so cells redraw. Only recently
 * used pages stay in memory.
 *
 * <p>All methods are called on the FX thread.
 */
public final class PagedList<T> extends ObservableListBase<T> {

    public static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 200;

    private final BiFunction<Integer, Integer, List<T>> loader;
    private final Executor background;
    private final Executor fx;
    private final Problems problems;
    private final String key;
    private final String what;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Map<Integer, CompletableFuture<?>> loading = new LinkedHashMap<>();
    private int size;
    private long generation;

    /**
     * @param loader reads (offset, limit) from the store; runs on {@code background}
     * @param executors {@code background} to read pages, {@code fx} for their arrival, and where
     *     a page that could not be read is reported ("{@code what}: reason.", with a Retry that
     *     reads it again)
     * @param key the kind of work in {@link Problems}
     */
    public PagedList(BiFunction<Integer, Integer, List<T>> loader, UiExecutors executors, String key, String what) {
        this.loader = loader;
        this.background = executors.background();
        this.fx = executors.fx();
        this.problems = executors.problems();
        this.key = key;
        this.what = what;
    }

    /**
     * Replaces the whole content: a new size, with the first page already read (so a refreshed
     * column draws without a flash of empty cards).
     */
    public void reset(int newSize, List<T> firstPage) {
        generation++;
        loading.clear();
        pages.clear();
        if (!firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
        }
        int old = size;
        size = newSize;
        beginChange();
        if (old > 0) {
            nextRemove(0, Collections.nCopies(old, null));
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<T> rows = pages.get(page);
        if (rows == null) {
            request(page);
            return null;
        }
        int at = index - page * PAGE_SIZE;
        return at < rows.size() ? rows.get(at) : null;
    }

    /**
     * The element at {@code index}, fetching its page if it has not arrived: completes on the FX
     * thread once it has (null when the list changed meanwhile, or the index is past its end). A
     * deal opened from Today far down its column was not selected: its page was never read.
     */
    public CompletableFuture<T> load(int index) {
        if (index < 0 || index >= size) {
            return CompletableFuture.completedFuture(null);
        }
        if (isLoaded(index)) {
            return CompletableFuture.completedFuture(get(index));
        }
        int page = index / PAGE_SIZE;
        request(page);
        CompletableFuture<?> arriving = loading.get(page);
        if (arriving == null) {
            return CompletableFuture.completedFuture(null);
        }
        return arriving.handleAsync((v, e) -> index < size && isLoaded(index) ? get(index) : null, fx);
    }

    /** Whether the element at {@code index} has arrived. */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / PAGE_SIZE);
    }

    /** The elements that have arrived (no page is fetched for this). */
    public List<T> loaded() {
        List<T> out = new java.util.ArrayList<>();
        pages.values().forEach(out::addAll);
        return out;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int indexOf(Object o) {
        // Only what is loaded can be found; nothing unloaded is fetched to answer.
        for (Map.Entry<Integer, List<T>> e : pages.entrySet()) {
            int i = e.getValue().indexOf(o);
            if (i >= 0) {
                return e.getKey() * PAGE_SIZE + i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    private void request(int page) {
        if (loading.containsKey(page)) {
            return;
        }
        long gen = generation;
        int offset = page * PAGE_SIZE;
        CompletableFuture<?> f;
        try {
            f = CompletableFuture.supplyAsync(() -> loader.apply(offset, PAGE_SIZE), background)
                    .thenAcceptAsync(rows -> arrived(gen, page, rows), fx);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            f = CompletableFuture.failedFuture(e); // the window is closing
        }
        loading.put(page, f);
        CompletableFuture<?> requested = f;
        f.whenCompleteAsync((v, e) -> {
            if (e == null) {
                problems.clear(key);
            } else {
                failed(requested, page, e);
            }
        }, fx);
    }

    /**
     * A page could not be read: its cards stay empty (the failed read stays in {@code loading}, so
     * drawing them does not ask again and again), the failure is reported, and Retry reads the page
     * again when the list still needs it.
     */
    private void failed(CompletableFuture<?> request, int page, Throwable e) {
        problems.report(key, what, e, () -> {
            if (loading.get(page) == request) {
                loading.remove(page);
                if (!pages.containsKey(page) && page * PAGE_SIZE < size) {
                    request(page);
                }
            }
        });
    }

    private void arrived(long gen, int page, List<T> rows) {
        if (gen != generation) {
            return; // the list was reset meanwhile
        }
        loading.remove(page);
        pages.put(page, List.copyOf(rows));
        int from = page * PAGE_SIZE;
        int to = Math.min(size, from + PAGE_SIZE);
        if (from < to) {
            beginChange();
            for (int i = from; i < to; i++) {
                nextUpdate(i);
            }
            endChange();
        }
    }
}
