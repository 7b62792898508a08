package com.funnelboard.ui.board;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Stage;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * The kanban board: five columns side by side. A card moves by dragging it onto another column or,
 * for the selected card, with the shortcuts its context menu shows: Ctrl+Shift+→ forward,
 * Ctrl+Shift+← back, Ctrl+Shift+L lost. ← and → move the selection between columns.
 */
public final class BoardView extends StackPane {

    public static final KeyCombination MOVE_FORWARD = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination MOVE_BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SCHEDULE_FOLLOW_UP = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination MARK_LOST = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final BoardViewModel model;
    private final Map<Stage, StageColumnView> columns = new EnumMap<>(Stage.class);
    private final ObjectProperty<DealCard> selected = new SimpleObjectProperty<>(this, "selected");
    /** The deal of the card last selected, kept while a column's cards are read again. */
    private UUID lastSelected;
    /** While a column's new card clears the others' selections. */
    private boolean clearingOthers;
    private final MoveFlow moves;
    private final BoardMarks marks;
    private final BulkViewModel bulk;
    private final BulkBar bar;
    private final CardDrag drag;

    public BoardView(BoardViewModel model, BulkViewModel bulk, Clock clock, Locale locale) {
        this.model = model;
        this.marks = bulk.marks();
        this.bulk = bulk;
        bulk.letGoWhenFiltersChange(model.lensProperty());
        getStyleClass().add("board");
        HBox row = new HBox(10);
        row.getStyleClass().add("board-columns");
        row.setPadding(new Insets(12));
        moves = new MoveFlow(model, () -> getScene() == null ? null : getScene().getWindow(), this::select, (c, title) -> onMoved.accept(c, title), locale);
        for (Stage stage : Stage.values()) {
            StageColumnView[] made = new StageColumnView[1];
            // Folded, the keyboard stays on the cards: the column it was in is gone, and it fell to the toolbar's owner filter,
            // where the next arrow key changed whose deals the board shows. (Listened to before the column itself hides its
            // cards, while the keyboard is still in it.)
            model.column(stage).collapsedProperty().addListener((o, was, folded) -> {
                javafx.scene.Node focus = getScene() == null ? null : getScene().getFocusOwner();
                if (folded && made[0] != null && (focus == null || com.funnelboard.ui.common.Nodes.isInside(focus, made[0]))) {
                    javafx.application.Platform.runLater(this::focusCards);
                }
            });
            StageColumnView column = new StageColumnView(model.column(stage), clock, locale, model.rotRuleProperty(), model.owners(), marks);
            made[0] = column;
            column.setOnSort(order -> model.sortColumn(stage, order));
            HBox.setHgrow(column, Priority.ALWAYS);
            columns.put(stage, column);
            row.getChildren().add(column);
            wire(column);
        }
        javafx.beans.Observable[] widths = columns.values().stream().map(StageColumnView::minWidthProperty).toArray(javafx.beans.Observable[]::new);
        neededWidth = javafx.beans.binding.Bindings.createDoubleBinding(() -> columns.values().stream().mapToDouble(StageColumnView::getMinWidth).sum()
                + row.getSpacing() * (columns.size() - 1) + row.getPadding().getLeft() + row.getPadding().getRight(), widths);
        drag = new CardDrag(this, (card, to) -> moves.start(card, to));
        columns.values().forEach(drag::watch);
        // Columns share the width down to their minimum (five fit at 1366 px beside the detail pane); a
        // narrower window scrolls the board sideways.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(row);
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("board-scroll");
        scroll.setFocusTraversable(false); // Tab goes from the filter bar to the cards (the scroll pane was a stop that showed nothing)
        this.sight = new ColumnInSight(scroll);
        bar = new BulkBar(bulk, model.owners(), clock, locale);
        StackPane.setAlignment(bar, javafx.geometry.Pos.BOTTOM_CENTER);
        // While the bar shows, the columns leave room under their last card (the bar covered it, out of reach of the scroll).
        bar.visibleProperty().addListener((o, was, shows) -> pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("marking"), shows));
        StackPane.setMargin(bar, new Insets(0, 0, 18, 0));
        getChildren().addAll(scroll, bar, drag.ghostLayer());
        AnsweringDim.install(scroll, model.loadingProperty());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // Once a card is chosen, "choose a card first" no longer stands in the status bar, nor "it is not on the board
        // with its filters" or "it is in the trash" about the deal opened before (it stood for minutes, beside another card
        // chosen); the filters changed, neither does the latter.
        selected.addListener((o, was, card) -> {
            if (card != null && aboutTheDealOpened(model.statusProperty().get())) {
                model.setStatus("");
            }
        });
        model.lensProperty().addListener((o, was, now) -> {
            String said = model.statusProperty().get();
            if (said != null && (said.endsWith(FILTERED_OUT) || said.startsWith(OPEN_NOT_ON_BOARD) || said.equals(IN_TRASH))) {
                model.setStatus("");
            }
        });
    }

    private final javafx.beans.binding.DoubleBinding neededWidth;
    /** Keeps the column in use in sight when the board scrolls sideways. */
    private final ColumnInSight sight;

    /** The width the columns need, each open one at its narrowest and the folded ones as strips, to be seen without scrolling sideways. */
    public javafx.beans.binding.DoubleBinding neededWidth() {
        return neededWidth;
    }

    private java.util.function.Consumer<DealCard> onScheduleFollowUp = c -> {};
    private java.util.function.Consumer<DealCard> onDelete = c -> {};
    /** The card chosen again when its column is read again, or the one that takes the place of a card trashed. */
    private final ChosenAgain chosenAgain = new ChosenAgain(() -> lastSelected, () -> selected.get(),
            node -> columns.values().stream().anyMatch(c -> c.list() == node));

    /** What Delete on a card (and its menu's Move to trash…) does: asks, then moves the deal to the trash. */
    public void setOnDelete(java.util.function.Consumer<DealCard> action) {
        this.onDelete = action;
    }

    private void trash(DealCard card) {
        if (card == null) {
            return;
        }
        chosenAgain.trashing(card, columns.get(card.stage()).list());
        onDelete.accept(card);
    }
    private java.util.function.BiConsumer<com.funnelboard.domain.StageChange, String> onMoved = (c, title) -> {};

    /** What "Schedule follow-up…" (Ctrl+Shift+F) does with the selected card. */
    public void setOnScheduleFollowUp(java.util.function.Consumer<DealCard> action) {
        this.onScheduleFollowUp = action;
    }

    private java.util.function.Consumer<DealCard> onOpen = c -> {};

    /** What double-clicking a card, or Enter on the selected one, does: open it for editing. */
    public void setOnOpen(java.util.function.Consumer<DealCard> action) {
        this.onOpen = action;
    }

    /** Runs after every committed stage move (drag, keys or menu), with the title of the deal moved. */
    public void setOnMoved(java.util.function.BiConsumer<com.funnelboard.domain.StageChange, String> action) {
        this.onMoved = action;
    }

    /** Lets go of the card selected: the detail pane shows something else (a contact found, a row of the Contacts page). */
    public void clearSelection() {
        clearingOthers = true;
        try {
            columns.values().forEach(c -> c.list().getSelectionModel().clearSelection());
        } finally {
            clearingOthers = false;
        }
        selected.set(null);
        lastSelected = null;
    }

    /** The card selected anywhere on the board (one column at a time holds a selection). */
    public ObjectProperty<DealCard> selectedProperty() {
        return selected;
    }

    /** Moves {@code card} to {@code to} through the same flow as a drag. */
    public java.util.concurrent.CompletableFuture<Void> requestMove(DealCard card, Stage to) {
        return moves.start(card, to);
    }

    private void wire(StageColumnView column) {
        ListView<DealCard> list = column.list();
        CardMarking.install(list, marks, selected::get, () -> bulk.markAll(column.model().stage(), model.lensProperty().get()));
        // The column the keyboard goes to comes into sight (back from another page, the Lead column had it half hidden).
        list.focusedProperty().addListener((o, was, has) -> {
            if (has) {
                sight.use(column);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, card) -> {
            if (card != null) {
                selected.set(card);
                lastSelected = card.id();
                sight.use(column);
                // A click selects a card before its column takes the focus: the column that had it lets go of its card here, and
                // that is no choice of "nothing" (it left every deal action off until the next change).
                clearingOthers = true;
                try {
                    columns.values().stream().filter(c -> c != column).forEach(c -> c.list().getSelectionModel().clearSelection());
                } finally {
                    clearingOthers = false;
                }
            } else if (list.isFocused() && !clearingOthers) {
                selected.set(null);
            }
        });
        chosenAgain.follow(list);
        // A filter: the cells consume mouse events on their way up.
        list.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 2 && selected.get() != null) {
                onOpen.accept(selected.get());
            }
        });
        // The card's menu is made when it is first asked for, not with the column: each menu is a
        // popup window with a scene of its own. Its items are made again each time, for the card then selected.
        list.setOnContextMenuRequested(e -> {
            ContextMenu menu = list.getContextMenu();
            if (menu == null) {
                menu = new ContextMenu();
                menu.getItems().setAll(dealMenuItems());
                list.setContextMenu(menu);
                menu.show(list, e.getScreenX(), e.getScreenY());
                e.consume();
            } else {
                menu.getItems().setAll(dealMenuItems());
            }
        });
    }

    /** The selected card's actions, as the window's Deal menu shows them (read when the menu opens). */
    public List<MenuItem> dealMenuItems() {
        List<MenuItem> items = new java.util.ArrayList<>(CardMenu.items(selected.get(), new CardMenu.Actions(() -> onOpen.accept(selected.get()),
                () -> moveSelected(Direction.FORWARD), () -> moveSelected(Direction.BACK), () -> moveSelected(Direction.LOST),
                to -> moves.start(selected.get(), to), () -> onScheduleFollowUp.accept(selected.get()),
                () -> trash(selected.get()))));
        items.addAll(bar.menuItems()); // the marked cards' actions, while there are any
        return items;
    }

    private enum Direction { FORWARD, BACK, LOST }

    private void moveSelected(Direction direction) {
        DealCard card = selected.get();
        if (card == null) {
            return;
        }
        Optional<Stage> to = switch (direction) {
            case FORWARD -> card.stage().next();
            case BACK -> card.stage().previous();
            case LOST -> card.stage() == Stage.LOST ? Optional.empty() : Optional.of(Stage.LOST);
        };
        to.ifPresent(s -> moves.start(card, s));
    }

    private void onKey(KeyEvent e) {
        // A card the filters took off the board (its deal still in the detail pane) is no card of the board's keys: they moved
        // a deal that was nowhere in sight.
        DealCard chosen = selected.get();
        boolean inSight = chosen != null && columns.values().stream().map(c -> c.list().getSelectionModel().getSelectedItem())
                .anyMatch(c -> c != null && c.id().equals(chosen.id()));
        if (!inSight && (MOVE_FORWARD.match(e) || MOVE_BACK.match(e) || MARK_LOST.match(e) || SCHEDULE_FOLLOW_UP.match(e))) {
            // After Ctrl+1 no card is chosen yet: the key did nothing and said nothing.
            model.setStatus(NO_CARD);
        } else if (MOVE_FORWARD.match(e)) {
            moveSelected(Direction.FORWARD);
        } else if (MOVE_BACK.match(e)) {
            moveSelected(Direction.BACK);
        } else if (MARK_LOST.match(e)) {
            moveSelected(Direction.LOST);
        } else if (SCHEDULE_FOLLOW_UP.match(e) && selected.get() != null) {
            onScheduleFollowUp.accept(selected.get());
        } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && selected.get() != null
                && e.getTarget() instanceof ListView<?>) {
            onOpen.accept(selected.get());
        } else if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown() && selected.get() != null
                && e.getTarget() instanceof ListView<?>) {
            e.consume();
            trash(selected.get());
        } else if (!e.isShortcutDown() && !e.isAltDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            focusNeighbour(e.getCode() == KeyCode.RIGHT ? 1 : -1);
        } else {
            return;
        }
        e.consume();
    }

    /** Moves keyboard focus to the nearest open column left or right, keeping the row. */
    private void focusNeighbour(int step) {
        DealCard card = selected.get();
        Stage from = card != null ? card.stage() : Stage.LEAD;
        int row = card == null ? 0 : Math.max(0, columns.get(from).list().getSelectionModel().getSelectedIndex());
        for (int i = from.ordinal() + step; i >= 0 && i < Stage.values().length; i += step) {
            StageColumnView target = columns.get(Stage.values()[i]);
            if (target.model().collapsedProperty().get() || target.list().getItems().isEmpty()) {
                continue;
            }
            ListView<DealCard> list = target.list();
            int index = Math.min(row, list.getItems().size() - 1);
            list.requestFocus();
            list.getSelectionModel().select(index);
            list.scrollTo(Math.max(0, index - 2));
            return;
        }
    }

    /** Puts keyboard focus on the cards: the selected card's column, else the first open column. */
    public void focusCards() {
        DealCard card = selected.get();
        StageColumnView column = card != null && !columns.get(card.stage()).model().collapsedProperty().get() ? columns.get(card.stage())
                : columns.values().stream().filter(c -> !c.model().collapsedProperty().get()).findFirst().orElse(columns.get(Stage.LEAD));
        column.list().requestFocus();
    }

    /** Selects a deal's card, its column unfolded; completes with false when the board's filters leave the deal out. */
    public java.util.concurrent.CompletableFuture<Boolean> selectDeal(UUID dealId) {
        return select(dealId);
    }

    /** What a deal's key says with no card chosen. */
    public static final String NO_CARD = "Choose a card first (\u2193 or a click): that key acts on the chosen card.";

    /** Whether the status bar's sentence is about a card to choose or the deal opened last, which a chosen card ends. */
    static boolean aboutTheDealOpened(String said) {
        return said != null && (said.equals(NO_CARD) || said.endsWith(FILTERED_OUT) || said.startsWith(OPEN_NOT_ON_BOARD) || said.equals(IN_TRASH));
    }

    /** What the status bar says when a deal opened (from a search, a note of it) is in the trash. */
    public static final String IN_TRASH = "That deal is in the trash: the Trash page (Ctrl+6) restores it.";

    /** A live deal by its id, whatever the filters (see {@link BoardViewModel#liveDeal}). */
    public java.util.concurrent.CompletableFuture<java.util.Optional<com.funnelboard.domain.Deal>> liveDeal(UUID dealId) {
        return model.liveDeal(dealId);
    }

    /** What the status bar says when a deal opened (from the search, Today) is shown in the detail pane but not on the filtered board. */
    public static final String FILTERED_OUT_OPEN = "The deal is open in the detail pane; it is not on the board with its filters: Clear shows it there.";

    private static final String OPEN_NOT_ON_BOARD = "The deal is open in the detail pane; it is not on the board with its ";

    /**
     * {@link #FILTERED_OUT_OPEN} for {@code deal}, naming the owner filter where it is what leaves the deal out: Clear keeps
     * the owner filter, and "Clear shows it there" sent a rep clicking Clear twice to no end.
     */
    public String filteredOutOpen(com.funnelboard.domain.Deal deal) {
        com.funnelboard.domain.BoardLens lens = model.lensProperty().get();
        if (lens.owner().test(deal.owner())) {
            return FILTERED_OUT_OPEN;
        }
        boolean others = !lens.withOwner(com.funnelboard.domain.OwnerFilter.EVERYONE).equals(com.funnelboard.domain.BoardLens.ALL);
        return OPEN_NOT_ON_BOARD + (others ? "filters: Clear and Everyone in the owner filter show it there."
                : "owner filter: Everyone in it shows it there.");
    }

    /** What the status bar adds when a deal just added or opened is not on the board as filtered. */
    public static final String FILTERED_OUT = "It is not on the board with its filters: Clear shows every deal.";

    java.util.concurrent.CompletableFuture<Boolean> select(UUID dealId) {
        return model.positionOf(dealId).thenCompose(index -> {
            if (index < 0) {
                return java.util.concurrent.CompletableFuture.completedFuture(false);
            }
            // The card's page is read first where it has not been (a deal far down its column, opened from Today, was
            // not selected at all); each column is asked, as the position is the deal's in its own column.
            java.util.List<java.util.concurrent.CompletableFuture<?>> reads = new java.util.ArrayList<>();
            for (StageColumnView c : columns.values()) {
                reads.add(c.model().cards().load(index));
            }
            return java.util.concurrent.CompletableFuture.allOf(reads.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .handle((v, e) -> {
                        selectLoaded(dealId, index);
                        return true;
                    });
        });
    }

    /** Selects the deal's card near {@code index} in whichever column has it loaded there; false when none has. */
    private boolean selectLoaded(UUID dealId, int index) {
        for (StageColumnView c : columns.values()) {
            ListView<DealCard> list = c.list();
            for (int i = Math.max(0, index - 1); i <= Math.min(list.getItems().size() - 1, index + 1); i++) {
                if (!c.model().cards().isLoaded(i)) {
                    continue;
                }
                DealCard card = list.getItems().get(i);
                if (card != null && card.id().equals(dealId)) {
                    c.model().collapsedProperty().set(false);
                    list.requestFocus();
                    list.getSelectionModel().select(i);
                    list.scrollTo(Math.max(0, i - 2));
                    return true;
                }
            }
        }
        return false;
    }

    /** The column of a stage (for tests and the drag helper). */
    StageColumnView columnView(Stage stage) {
        return columns.get(stage);
    }
}
