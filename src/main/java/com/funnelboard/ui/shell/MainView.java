package com.funnelboard.ui.shell;

import com.funnelboard.ui.common.LazyTooltip;
import atlantafx.base.theme.Styles;
import com.funnelboard.ui.board.BoardView;
import com.funnelboard.ui.board.BoardViewModel;
import com.funnelboard.ui.common.NextFrame;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToolBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's content: a toolbar, the board, and a status bar with background progress. */
public final class MainView extends BorderPane {

    public static final KeyCombination NEW_LEAD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination REDO_WINDOWS = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final UndoViewModel undo;
    private final com.funnelboard.ui.followup.FollowUpPrompts prompts;
    private final AppMenu menu;
    private final CompletableFuture<Void> boardLoaded = new CompletableFuture<>();
    private final CompletableFuture<Void> boardShown = new CompletableFuture<>();
    /** How long the start waits for the board's first frame before it goes on without it (a window that does not show). */
    private static final java.time.Duration FIRST_FRAME_WAIT = java.time.Duration.ofSeconds(2);

    private final ShellViewModel shell;
    private final BoardViewModel boardModel;
    private final BoardView board;
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    public static final KeyCombination SHOW_BOARD = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SHOW_CONTACTS = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SHOW_ORGANIZATIONS = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);

    private final Workbench workbench;
    private final com.funnelboard.ui.followup.TodayViewModel todayModel;

    public static final KeyCombination SHOW_TODAY = new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN);

    private final PageButtons pages;
    private final ShellDialogs dialogs;

    /** The toolbar's width below which the pages' buttons show only their icons. */
    static final double COMPACT_BELOW = 1200;

    public MainView(ShellViewModel shell, BoardViewModel boardModel, BoardView board, Workbench workbench,
            com.funnelboard.ui.followup.TodayViewModel today, com.funnelboard.ui.followup.FollowUpPrompts prompts, UndoViewModel undo) {
        this.undo = undo;
        com.funnelboard.ui.common.KeyboardContextMenu.install(this); // Shift+F10 and the menu key open a context menu
        com.funnelboard.ui.common.ComboTypeAhead.install(this); // letters pick an entry of a list, as in the desktop's own
        this.prompts = prompts;
        this.shell = shell;
        this.boardModel = boardModel;
        this.board = board;
        this.workbench = workbench;
        this.todayModel = today;
        getStyleClass().add("main-view");

        this.dialogs = new ShellDialogs(shell, boardModel, board, this::window, progress, cancel, this::quit, workbench::lookAlikesOfNew);
        undo.setConfirmMergeUndo(dialogs::confirmMergeUndo);
        Button newLead = new Button("New lead", new FontIcon(Feather.PLUS));
        newLead.setId("new-lead");
        newLead.getStyleClass().add(Styles.ACCENT);
        LazyTooltip.install(newLead, "Add a lead (Ctrl+N)");
        newLead.setOnAction(e -> newLead());
        newLead.setFocusTraversable(false); // toolbar buttons have shortcuts; focus starts on the board
        Label brand = new Label("Funnelboard");
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label db = new Label(shell.databaseName(), new FontIcon(Feather.DATABASE));
        db.getStyleClass().add(Styles.TEXT_MUTED);
        pages = new PageButtons(workbench, today);
        ToggleButton boardPage = pages.button(Workbench.Page.BOARD);
        Button settings = new Button(null, new FontIcon(Feather.SETTINGS));
        settings.setId("settings");
        settings.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        LazyTooltip.install(settings, "Settings");
        settings.setFocusTraversable(false);
        // A failure to read or save the settings shows in the status bar (shell's problems).
        settings.setOnAction(e -> dialogs.openSettings());
        MenuItem checkDatabase = new MenuItem("Check database…", new FontIcon(Feather.SHIELD));
        checkDatabase.setId("check-database");
        checkDatabase.setOnAction(e -> checkDatabase());
        MenuItem keys = new MenuItem("Keyboard shortcuts (F1)", new FontIcon(Feather.COMMAND));
        keys.setId("help-shortcuts");
        keys.setOnAction(e -> menu().showShortcuts());
        MenuButton help = new MenuButton(null, new FontIcon(Feather.HELP_CIRCLE), keys, checkDatabase);
        help.setId("help");
        help.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "no-arrow");
        LazyTooltip.install(help, "Help");
        help.setFocusTraversable(false);
        ToggleButton detailPane = new ToggleButton(null, new FontIcon(Feather.SIDEBAR));
        detailPane.setId("toggle-detail");
        detailPane.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        LazyTooltip.install(detailPane, "Show or hide the detail pane (Ctrl+Shift+D)");
        detailPane.setFocusTraversable(false);
        detailPane.selectedProperty().bindBidirectional(workbench.detailShownProperty());
        // The database's name sits at the status bar's end: the toolbar keeps its room for the pages and the
        // owner filter, so Settings and Help never fall into its overflow at laptop width (Today's badge included).
        db.setId("database-name");
        ToolBar toolbar = new ToolBar(brand, newLead, pages.node(), pages.ownerFilter(boardModel.owners()), spacer, detailPane,
                settings, help);
        toolbar.getStyleClass().add("main-toolbar");
        // Below 1200 px the name and the pages' words give way, so the owner filter stays in the toolbar (wider with larger text).
        javafx.beans.binding.BooleanBinding compact = com.funnelboard.ui.common.Ems.narrowerThan(toolbar, COMPACT_BELOW, newLead);
        brand.visibleProperty().bind(compact.not());
        brand.managedProperty().bind(brand.visibleProperty());
        pages.compactWhen(compact);

        Node statusBar = StatusBar.of(shell, boardModel, prompts, undo, db, progress, cancel,
                () -> workbench.pageProperty().getValue() == Workbench.Page.BOARD, board::focusCards);

        Runnable undoLast = this::undoLast;
        menu = new AppMenu(new AppMenu.Actions(this::newLead, this::checkDatabase, dialogs::openSettings, this::quit, undoLast, undo::redo,
                board::dealMenuItems, () -> {
                    // Ctrl+1 also takes the keyboard back to the cards, from a field of the detail pane or the search (it stayed
                    // there, where the arrows and the move keys act on the text).
                    boardPage.fire();
                    board.focusCards();
                }, pages.button(Workbench.Page.CONTACTS)::fire,
                pages.button(Workbench.Page.ORGANIZATIONS)::fire, pages.button(Workbench.Page.TODAY)::fire,
                pages.button(Workbench.Page.REPORTS)::fire, pages.button(Workbench.Page.TRASH)::fire,
                () -> boardModel.refresh(), () -> workbench.detailShownProperty().set(!workbench.detailShownProperty().get()),
                () -> sharing().ifPresent(com.funnelboard.ui.share.ShareDialogs::export),
                () -> sharing().ifPresent(com.funnelboard.ui.share.ShareDialogs::merge),
                () -> sharing().ifPresent(com.funnelboard.ui.share.ShareDialogs::conflicts)));
        // The Deal menu's keys act on the card chosen now, wherever the keyboard is.
        board.selectedProperty().addListener((o, was, card) -> menu.refreshDeal());
        // The Edit menu names what Undo and Redo would act on, read as it opens.
        Runnable nameThem = () -> undo.next().thenAccept(n -> menu.nameUndoAndRedo(n.undo(), n.redo()));
        menu.onEditShowing(nameThem);
        // Named ahead too, once the board shows and after each thing said: read as it opened, the first opening after a start
        // showed a bare "Undo" and "Redo".
        boardShown.thenRun(() -> javafx.application.Platform.runLater(nameThem));
        boardModel.statusProperty().addListener((o, was, now) -> nameThem.run());
        setTop(top);
        top.getChildren().addAll(menu.bar(), toolbar);
        setCenter(workbench);
        setBottom(statusBar);
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                // The menu bar's items carry the other accelerators.
                scene.getAccelerators().put(REDO_WINDOWS, undo::redo);
                scene.getAccelerators().put(AppMenu.SHORTCUTS_SLASH, menu::showShortcuts);
            }
        });
    }

    /** File → Quit: closes the window as its close button does (what was typed is saved first). */
    private void quit() {
        javafx.stage.Window w = window();
        if (w != null) {
            w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }

    /** Adds File → Backups… over these backups. */
    public void setBackups(com.funnelboard.ui.backup.BackupsViewModel backups, java.util.Locale locale, java.time.ZoneId zone) {
        menu.addToFile("Backups\u2026", () -> com.funnelboard.ui.backup.BackupsDialog.show(window(), backups, locale, zone));
    }

    private final javafx.scene.layout.VBox top = new javafx.scene.layout.VBox();

    /** Shows the board's filter bar under the toolbar, while the board is shown. */
    public void setFilterBar(javafx.scene.Node bar) {
        ToggleButton boardPage = pages.button(Workbench.Page.BOARD);
        bar.visibleProperty().bind(boardPage.selectedProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        top.getChildren().add(bar);
    }

    /** Shows the saved views beside the board, while the board is shown and {@code shown} says so. */
    public void setViewsSidebar(javafx.scene.Node sidebar, javafx.beans.value.ObservableBooleanValue shown) {
        ToggleButton boardPage = pages.button(Workbench.Page.BOARD);
        sidebar.visibleProperty().bind(boardPage.selectedProperty().and(shown));
        sidebar.managedProperty().bind(sidebar.visibleProperty());
        setLeft(sidebar);
    }

    /** Find: Edit → Find… (Ctrl+F, and Ctrl+K) opens the search box over the window. */
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FIND_K = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    /** Adds the search box: Edit → Find… and its keys; opening a hit shows its deal, contact or organization. */
    public void enableSearch(java.util.function.BiFunction<java.util.function.Consumer<com.funnelboard.domain.SearchHit>,
            java.util.function.BiConsumer<com.funnelboard.domain.SearchHit.Kind, String>, com.funnelboard.ui.search.SearchViewModel> model) {
        com.funnelboard.ui.search.SearchBox box = new com.funnelboard.ui.search.SearchBox(model.apply(this::openHit, workbench::showAllMatching));
        Runnable find = () -> box.show(this);
        menu.addToEdit("Find\u2026", FIND, find);
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(FIND_K, find);
            }
        });
        if (getScene() != null) {
            getScene().getAccelerators().put(FIND_K, find);
        }
    }

    private void openHit(com.funnelboard.domain.SearchHit hit) {
        switch (hit.openKind()) {
            case DEAL -> workbench.openDeal(hit.openId());
            case ORGANIZATION -> workbench.openOrganization(hit.openId());
            default -> workbench.openContact(hit.openId());
        }
    }

    /** The menu bar (and its shortcut sheet). */
    /**
     * Edit → Undo: takes back the latest change set; for a dialog over the window too, which holds the keyboard (File →
     * Checklists…). An undo withdraws the offer of a next follow-up: the move it followed may be what is taken back.
     */
    public java.util.concurrent.CompletableFuture<Void> undoLast() {
        prompts.dismissOffer();
        return undo.undo();
    }

    public AppMenu menu() {
        return menu;
    }

    /** Shows the Today page, as its toolbar button and Ctrl+4 do. */
    public void showToday() {
        pages.button(Workbench.Page.TODAY).fire();
    }

    /** Marks a page's toolbar button as the one shown (when something other than the toolbar shows it). */
    public void pageShown(Workbench.Page page) {
        pages.shown(page);
    }

    /** Whether anything typed in the detail pane is not on disk (after {@link #flush}: its write failed). */
    public boolean unsavedEdits() {
        return workbench.unsaved();
    }

    /** Saves what was typed in the detail pane; the window's close waits for it. */
    public CompletableFuture<Void> flush() {
        return workbench.flush();
    }

    /**
     * Loads the board, then — on a new, empty database — offers the sample pipeline once. What fails
     * to load shows in the status bar with Retry; the rest goes on.
     */
    /** Completes once the board's first read has ended (shown, or its failure shown), before any question at start. */
    public CompletableFuture<Void> boardLoaded() {
        return boardLoaded;
    }

    /**
     * Completes on the FX thread once a frame showing the board's first read has been laid out:
     * what the start does next in the background waits for it, so it does not take the cores from
     * that frame.
     */
    public CompletableFuture<Void> boardShown() {
        return boardShown;
    }

    public CompletableFuture<Void> start() {
        return start(false);
    }

    /**
     * As {@link #start()}; with {@code askWhoYouAre} (the app, not most tests) it first asks who uses
     * this installation when nobody has said so on this database yet.
     */
    public CompletableFuture<Void> start(boolean askWhoYouAre) {
        return start(askWhoYouAre, true);
    }

    /**
     * As {@link #start(boolean)}; without {@code offerSample} an empty database is not offered the
     * sample (the window was opened to merge a share file into it).
     */
    public CompletableFuture<Void> start(boolean askWhoYouAre, boolean offerSample) {
        // The keyboard starts on the cards (the toolbar's owner filter and the filter bar, which Tab reaches, come first
        // in the window's order) — asked again once the window shows: asked before, it went to the owner filter, where the
        // first arrow key turned Everyone into My deals.
        board.focusCards();
        NextFrame.of(getScene(), FIRST_FRAME_WAIT).thenRun(board::focusCards);
        // The board first; the database check and the Today counts once a frame shows it: on two
        // cores they would otherwise take most of the time the board's first cards need to be drawn.
        return boardModel.refresh().handle((v, failedAndShown) -> {
            boardLoaded.complete(null);
            return null;
        }).thenCompose(v -> NextFrame.of(getScene(), FIRST_FRAME_WAIT)).thenCompose(v -> {
            boardShown.complete(null);
            shell.checkAfterStart().thenAccept(found -> found.ifPresent(dialogs::reportDamageFoundAfterStart));
            todayModel.refresh();
            readTodayAtMidnight();
            return askWhoYouAre ? dialogs.askWhoYouAre().handle((x, failedAndShown) -> null) : CompletableFuture.completedFuture(null);
        }).thenCompose(v -> offerSample ? shell.shouldOfferSample() : CompletableFuture.completedFuture(false)).thenAccept(offer -> {
            if (offer) {
                dialogs.offerSample(importing == null ? null : () -> importing.accept(null));
            }
        });
    }

    /**
     * File → Import…, and a CSV file dropped on the window: both open the import dialog.
     *
     * @param open opens the dialog on a file (null: ask for one)
     */
    public void enableImport(java.util.function.Consumer<java.nio.file.Path> open) {
        importing = open;
        MenuItem item = new MenuItem("Import\u2026");
        item.setId("menu-import");
        item.setOnAction(e -> open.accept(null));
        menu.addToFile(item);
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean taken = e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1;
            if (taken) {
                java.nio.file.Path file = e.getDragboard().getFiles().getFirst().toPath();
                javafx.application.Platform.runLater(() -> openFile(file, true));
            }
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    private com.funnelboard.ui.share.ShareDialogs sharing;
    /** Opens the import dialog on a file (null: asks for one); null until imports are enabled. */
    private java.util.function.Consumer<java.nio.file.Path> importing;

    /** Export and merge of share files, and the conflicts view (File menu). */
    public void setSharing(com.funnelboard.ui.share.ShareDialogs sharing) {
        this.sharing = sharing;
    }

    /** A file opened with Funnelboard or dropped on the window: a share file is offered to merge, a CSV or vCard file to import. */
    public void openFile(java.nio.file.Path file, boolean dropped) {
        if (importing != null && OpenedFile.of(file, dropped) == OpenedFile.IMPORT) {
            importing.accept(file);
        } else {
            offerMerge(file);
        }
    }

    /** Offers to merge a share file opened with Funnelboard: its preview, then the merge if the user agrees. */
    public void offerMerge(java.nio.file.Path shareFile) {
        sharing().ifPresentOrElse(s -> s.mergeFrom(shareFile), () -> boardModel.setStatus("Share files cannot be merged in this window."));
    }

    private java.util.Optional<com.funnelboard.ui.share.ShareDialogs> sharing() {
        return java.util.Optional.ofNullable(sharing);
    }

    /** Help → Check database: runs the read-only check in the background and shows its verdict. */
    public void checkDatabase() {
        dialogs.checkDatabase();
    }

    /** Opens "New lead"; after a failed save the dialog comes back with everything typed. */
    public void newLead() {
        dialogs.newLead();
    }

    /** The text size in percent, which Settings chooses too (View → Larger text is added by the app). */
    public void setTextSize(javafx.beans.property.IntegerProperty textSize) {
        dialogs.setTextSize(textSize);
    }

    /** The window's theme, which Settings chooses too (View → Theme is added by the app). */
    public void setTheme(javafx.beans.property.ObjectProperty<ThemeSwitch.Choice> theme) {
        dialogs.setTheme(theme);
    }

    private javafx.stage.Window window() {
        Scene scene = getScene();
        return scene == null ? null : scene.getWindow();
    }

    /** The Today counts and page read again just after each midnight, while the window is open (see TodayViewModel#untilNextDay). */
    private void readTodayAtMidnight() {
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.millis(todayModel.untilNextDay().toMillis()));
        wait.setOnFinished(e -> {
            todayModel.refresh();
            readTodayAtMidnight();
        });
        wait.play();
    }
}
