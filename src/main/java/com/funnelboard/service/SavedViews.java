package com.funnelboard.service;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.Printable;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named board filters with their order ("Overdue referrals", "Big ones"), and the order the board
 * was last sorted in. Kept with this installation (local settings): they are how one person looks
 * at the board, not shared data, so they never enter the change log nor a share file.
 */
public final class SavedViews {

    static final String PREFIX = "view.";
    /** The board's remembered order. */
    static final String BOARD_SORT = "ui.board.sort";
    /** A column's remembered order, when it has its own ("ui.board.sort-of.won"). */
    static final String COLUMN_SORT = "ui.board.sort-of.";
    /** The board's remembered owner filter: an email, "nobody", or absent for everyone's deals. */
    static final String BOARD_OWNER = "ui.board.owner";
    static final String BOARD_FILTERS = "ui.board.filters";
    /** Whether the views sidebar is unfolded. */
    static final String SIDEBAR = "ui.board.views-shown";
    public static final int MAX_NAME = 60;

    /** A saved view: its name, filter and order. */
    public record SavedView(String name, BoardLens lens, DealSort sort) {}

    private final Store store;

    public SavedViews(Store store) {
        this.store = store;
    }

    /**
     * Calls {@code changed} when another program saves or deletes a view (`views save` on the
     * command line beside the window; views are local settings, of which no change set tells), on
     * a thread of the store's; returns what stops it.
     */
    public Runnable onChangedElsewhere(Runnable changed) {
        return store.watchLocal(PREFIX, changed);
    }

    /** Every saved view, by name. */
    public List<SavedView> list() {
        Map<String, String> stored = store.read(r -> r.local().startingWith(PREFIX));
        List<SavedView> out = new ArrayList<>();
        stored.forEach((key, value) -> {
            try {
                out.add(decode(key.substring(PREFIX.length()), value));
            } catch (IllegalArgumentException e) {
                org.slf4j.LoggerFactory.getLogger(SavedViews.class).warn("The saved view {} cannot be read ({}); it is left out", key, e.getMessage());
            }
        });
        return out;
    }

    public Optional<SavedView> find(String name) {
        String n = name == null ? "" : name.strip();
        return list().stream().filter(v -> v.name().equalsIgnoreCase(n)).findFirst();
    }

    /** Saves (or replaces) a view; returns it as kept. */
    public SavedView save(String name, BoardLens lens, DealSort sort) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "A view's name is 1 to " + MAX_NAME + " characters on one line");
        }
        SavedView view = new SavedView(n, lens, sort);
        find(n).ifPresent(old -> delete(old.name()));
        store.write(r -> {
            r.local().put(PREFIX + n, encode(view));
            return null;
        });
        return view;
    }

    /**
     * Gives a view another name, its filters and order as they are (there was no way but to save it again and delete the
     * old one).
     *
     * @throws InvalidInputException naming "name" when there is no such view, the new name is not one, or another view has it
     */
    public SavedView rename(String name, String newName) {
        SavedView old = find(name).orElseThrow(() -> new InvalidInputException("name", "There is no saved view "
                + com.funnelboard.domain.Printable.escape(name == null ? "" : name.strip()) + " (see 'views list')"));
        String n = newName == null ? "" : newName.strip();
        Optional<SavedView> taken = find(n);
        if (taken.isPresent() && !taken.get().name().equals(old.name())) {
            throw new InvalidInputException("name", "There is a view called " + com.funnelboard.domain.Printable.escape(taken.get().name())
                    + " already: choose another name, or delete that one first");
        }
        if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "A view's name is 1 to " + MAX_NAME + " characters on one line");
        }
        SavedView renamed = new SavedView(n, old.lens(), old.sort());
        store.write(r -> {
            r.local().delete(PREFIX + old.name());
            r.local().put(PREFIX + n, encode(renamed));
            return null;
        });
        return renamed;
    }

    /** Deletes a view; false when there is none of that name. */
    public boolean delete(String name) {
        Optional<SavedView> v = find(name);
        v.ifPresent(view -> store.write(r -> {
            r.local().delete(PREFIX + view.name());
            return null;
        }));
        return v.isPresent();
    }

    /** The order the board was last sorted in (newest in stage when never chosen). */
    public DealSort boardSort() {
        return store.read(r -> r.local().get(BOARD_SORT)).map(k -> {
            try {
                return DealSort.fromKey(k);
            } catch (IllegalArgumentException e) {
                return DealSort.NEWEST;
            }
        }).orElse(DealSort.NEWEST);
    }

    /** Remembers the order of every column (a column's own order chosen before is forgotten). */
    public void rememberBoardSort(DealSort sort) {
        store.write(r -> {
            r.local().put(BOARD_SORT, sort.key());
            for (Stage stage : Stage.values()) {
                r.local().delete(COLUMN_SORT + stage.key());
            }
            return null;
        });
    }

    /** The owner filter the board was left with on this installation (everyone's deals when none was chosen). */
    public OwnerFilter boardOwner() {
        return store.read(r -> r.local().get(BOARD_OWNER)).map(v -> {
            try {
                return BoardLens.ALL.with("owner", v).owner();
            } catch (IllegalArgumentException e) {
                return OwnerFilter.EVERYONE; // not a filter this version reads
            }
        }).orElse(OwnerFilter.EVERYONE);
    }

    /**
     * The board's other filters as they were left (words, source, follow-up, rotting, value…), without its owner, which
     * {@link #boardOwner} keeps; none when a filter is no longer one this version reads.
     */
    public BoardLens boardFilters() {
        return store.read(r -> r.local().get(BOARD_FILTERS)).map(v -> {
            try {
                return BoardLens.parse(BoardLens.ALL, v.lines().filter(l -> !l.isBlank()).toList());
            } catch (IllegalArgumentException e) {
                return BoardLens.ALL;
            }
        }).orElse(BoardLens.ALL);
    }

    /**
     * Remembers the board's filters but its owner and a report's bar (a local setting): after a restart a saved view came back
     * with its owner and order alone, its source, follow-up, rotting and value filters gone.
     */
    public void rememberBoardFilters(BoardLens lens) {
        java.util.List<String> filters = lens.withOwner(OwnerFilter.EVERYONE).filters();
        store.write(r -> {
            if (filters.isEmpty()) {
                r.local().delete(BOARD_FILTERS);
            } else {
                r.local().put(BOARD_FILTERS, String.join("\n", filters));
            }
            return null;
        });
    }

    /** Remembers the board's owner filter (a local setting: what one rep looks at is not shared). */
    public void rememberBoardOwner(OwnerFilter owner) {
        store.write(r -> {
            switch (owner.kind()) {
                case EVERYONE -> r.local().delete(BOARD_OWNER);
                case NOBODY -> r.local().put(BOARD_OWNER, "nobody");
                case PERSON -> r.local().put(BOARD_OWNER, owner.email());
            }
            return null;
        });
    }

    /** The order each column was last sorted in: its own when one was chosen for it, else the board's. */
    public Map<Stage, DealSort> columnSorts() {
        DealSort board = boardSort();
        Map<String, String> own = store.read(r -> r.local().startingWith(COLUMN_SORT));
        Map<Stage, DealSort> out = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            DealSort sort = board;
            String key = own.get(COLUMN_SORT + stage.key());
            if (key != null) {
                try {
                    sort = DealSort.fromKey(key);
                } catch (IllegalArgumentException e) {
                    // an order this version does not know: the board's
                }
            }
            out.put(stage, sort);
        }
        return out;
    }

    /** Whether the views sidebar was last folded (false) or unfolded (true); empty until someone chose. */
    public Optional<Boolean> sidebarShown() {
        return store.read(r -> r.local().get(SIDEBAR)).map(Boolean::parseBoolean);
    }

    public void rememberSidebarShown(boolean shown) {
        store.write(r -> {
            r.local().put(SIDEBAR, Boolean.toString(shown));
            return null;
        });
    }

    /** Remembers the order of one column. */
    public void rememberColumnSort(Stage stage, DealSort sort) {
        store.write(r -> {
            r.local().put(COLUMN_SORT + stage.key(), sort.key());
            return null;
        });
    }

    static String encode(SavedView v) {
        List<String> lines = new ArrayList<>();
        lines.add("sort=" + v.sort().key());
        for (String f : v.lens().filters()) {
            lines.add(f.replace("\n", " "));
        }
        return String.join("\n", lines);
    }

    static SavedView decode(String name, String value) {
        DealSort sort = DealSort.NEWEST;
        List<String> filters = new ArrayList<>();
        for (String line : Arrays.asList(value.split("\n"))) {
            if (line.startsWith("sort=")) {
                sort = DealSort.fromKey(line.substring(5));
            } else if (!line.isBlank()) {
                filters.add(line);
            }
        }
        return new SavedView(Printable.escape(name), BoardLens.parse(BoardLens.ALL, filters), sort);
    }
}
