package com.funnelboard.ui.shell;

import atlantafx.base.theme.Styles;
import com.funnelboard.service.NewLead;
import com.funnelboard.ui.board.BoardView;
import com.funnelboard.ui.board.BoardViewModel;
import com.funnelboard.ui.lead.NewLeadDialog;
import com.funnelboard.ui.lead.NewLeadViewModel;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToolBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
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
    private final AppMenu menu;
    private final CompletableFuture<Void> boardLoaded = new CompletableFuture<>();

    private final ShellViewModel shell;
    private final BoardViewModel boardModel;
    private final BoardView board;
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private NewLeadViewModel pendingLead;

    public static final KeyCombination SHOW_BOARD = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SHOW_CONTACTS = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SHOW_ORGANIZATIONS = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);

    private final Workbench workbench;
    private final com.funnelboard.ui.followup.TodayViewModel todayModel;

    public static final KeyCombination SHOW_TODAY = new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN);

    private final java.util.Map<Workbench.Page, ToggleButton> pageButtons = new java.util.EnumMap<>(Workbench.Page.class);

    public MainView(ShellViewModel shell, BoardViewModel boardModel, BoardView board, Workbench workbench,
            com.funnelboard.ui.followup.TodayViewModel today, com.funnelboard.ui.followup.FollowUpPrompts prompts, UndoViewModel undo) {
        this.undo = undo;
        this.shell = shell;
        this.boardModel = boardModel;
        this.board = board;
        this.workbench = workbench;
        this.todayModel = today;
        getStyleClass().add("main-view");

        Button newLead = new Button("New lead", new FontIcon(Feather.PLUS));
        newLead.setId("new-lead");
        newLead.getStyleClass().add(Styles.ACCENT);
        newLead.setTooltip(new Tooltip("Add a lead (Ctrl+N)"));
        newLead.setOnAction(e -> newLead());
        newLead.setFocusTraversable(false); // toolbar buttons have shortcuts; focus starts on the board
        Label brand = new Label("Funnelboard");
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label db = new Label(shell.databaseName(), new FontIcon(Feather.DATABASE));
        db.getStyleClass().add(Styles.TEXT_MUTED);
        ToggleGroup pages = new ToggleGroup();
        ToggleButton boardPage = page("Board", Feather.COLUMNS, "page-board", pages, Workbench.Page.BOARD, Styles.LEFT_PILL);
        ToggleButton contactsPage = page("Contacts", Feather.USER, "page-contacts", pages, Workbench.Page.CONTACTS, Styles.CENTER_PILL);
        ToggleButton orgsPage = page("Organizations", Feather.BRIEFCASE, "page-organizations", pages, Workbench.Page.ORGANIZATIONS,
                Styles.RIGHT_PILL);
        ToggleButton todayPage = page("Today", Feather.BELL, "page-today", pages, Workbench.Page.TODAY, Styles.RIGHT_PILL);
        ToggleButton reportsPage = page("Reports", Feather.BAR_CHART_2, "page-reports", pages, Workbench.Page.REPORTS, Styles.CENTER_PILL);
        ToggleButton trashPage = page(null, Feather.TRASH_2, "page-trash", pages, Workbench.Page.TRASH, Styles.RIGHT_PILL);
        trashPage.setTooltip(new Tooltip("Trash: what was deleted in the last 30 days"));
        todayPage.getStyleClass().remove(Styles.RIGHT_PILL);
        todayPage.getStyleClass().add(Styles.CENTER_PILL);
        orgsPage.getStyleClass().remove(Styles.RIGHT_PILL);
        orgsPage.getStyleClass().add(Styles.CENTER_PILL);
        Label badge = new Label();
        badge.setId("today-badge");
        badge.getStyleClass().add("badge");
        badge.textProperty().bind(today.overdueProperty().add(today.dueTodayProperty()).asString());
        badge.visibleProperty().bind(today.overdueProperty().add(today.dueTodayProperty()).greaterThan(0));
        badge.managedProperty().bind(badge.visibleProperty());
        badge.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("overdue"), false);
        today.overdueProperty().addListener((o, a, b) -> badge.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("overdue"), b.intValue() > 0));
        badge.setTooltip(new Tooltip("Overdue and due today"));
        todayPage.setGraphic(new HBox(4, new FontIcon(Feather.BELL), badge));
        todayPage.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        boardPage.setSelected(true);
        pages.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one page is always shown
            }
        });
        Button settings = new Button(null, new FontIcon(Feather.SETTINGS));
        settings.setId("settings");
        settings.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        settings.setTooltip(new Tooltip("Settings"));
        settings.setFocusTraversable(false);
        // A failure to read or save the settings shows in the status bar (shell's problems).
        settings.setOnAction(e -> openSettings());
        MenuItem checkDatabase = new MenuItem("Check database…", new FontIcon(Feather.SHIELD));
        checkDatabase.setId("check-database");
        checkDatabase.setOnAction(e -> checkDatabase());
        MenuButton help = new MenuButton(null, new FontIcon(Feather.HELP_CIRCLE), checkDatabase);
        help.setId("help");
        help.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "no-arrow");
        help.setTooltip(new Tooltip("Help"));
        help.setFocusTraversable(false);
        ToggleButton detailPane = new ToggleButton(null, new FontIcon(Feather.SIDEBAR));
        detailPane.setId("toggle-detail");
        detailPane.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        detailPane.setTooltip(new Tooltip("Show or hide the detail pane (Ctrl+Shift+D)"));
        detailPane.setFocusTraversable(false);
        detailPane.selectedProperty().bindBidirectional(workbench.detailShownProperty());
        ToolBar toolbar = new ToolBar(brand, newLead, new HBox(boardPage, contactsPage, orgsPage, todayPage, reportsPage, trashPage),
                ownerFilter(boardModel.owners(), boardPage), spacer, db, detailPane, settings, help);
        toolbar.getStyleClass().add("main-toolbar");

        status.textProperty().bind(boardModel.statusProperty());
        status.setId("status");
        progress.setVisible(false);
        progress.setPrefWidth(220);
        cancel.setVisible(false);
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button offer = new Button();
        offer.setId("follow-up-offer");
        offer.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        offer.setGraphic(new FontIcon(Feather.BELL));
        Button dismiss = new Button("Not now");
        dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        dismiss.setOnAction(e -> prompts.dismissOffer());
        offer.setOnAction(e -> prompts.takeOffer());
        offer.textProperty().bind(prompts.offerProperty().map(o -> o.text()).orElse(""));
        offer.visibleProperty().bind(prompts.offerProperty().isNotNull());
        offer.managedProperty().bind(offer.visibleProperty());
        dismiss.visibleProperty().bind(offer.visibleProperty());
        dismiss.managedProperty().bind(offer.visibleProperty());
        Button redo = new Button("Redo");
        redo.setId("redo");
        redo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
        redo.setFocusTraversable(false);
        redo.setOnAction(e -> undo.redo());
        redo.visibleProperty().bind(undo.redoOfferedProperty());
        redo.managedProperty().bind(redo.visibleProperty());
        HBox statusBar = new HBox(10, new com.funnelboard.ui.common.ProblemBar(shell.problems()), status, redo, offer, dismiss, gap,
                progress, cancel);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("status-bar");

        menu = new AppMenu(new AppMenu.Actions(this::newLead, this::checkDatabase, this::openSettings, this::quit, undo::undo, undo::redo,
                board::dealMenuItems, boardPage::fire, contactsPage::fire, orgsPage::fire, todayPage::fire, reportsPage::fire, trashPage::fire,
                () -> boardModel.refresh(), () -> workbench.detailShownProperty().set(!workbench.detailShownProperty().get()),
                () -> sharing().ifPresent(com.funnelboard.ui.share.ShareDialogs::export),
                () -> sharing().ifPresent(com.funnelboard.ui.share.ShareDialogs::merge),
                () -> sharing().ifPresent(com.funnelboard.ui.share.ShareDialogs::conflicts)));
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

    /** The board's owner filter: Everyone, My deals, a person, No owner; shown with the board. */
    private static javafx.scene.Node ownerFilter(com.funnelboard.ui.board.OwnerChoices owners, ToggleButton boardPage) {
        javafx.scene.control.ComboBox<com.funnelboard.ui.board.OwnerChoices.Choice> box = new javafx.scene.control.ComboBox<>(owners.choices());
        box.setId("owner-filter");
        box.valueProperty().bindBidirectional(owners.selectedProperty());
        box.setTooltip(new Tooltip("Whose deals the board shows"));
        box.setFocusTraversable(false);
        box.setPrefWidth(140);
        box.setMaxWidth(140);
        HBox filter = new HBox(box);
        filter.setAlignment(Pos.CENTER_LEFT);
        filter.visibleProperty().bind(boardPage.selectedProperty());
        filter.managedProperty().bind(filter.visibleProperty());
        return filter;
    }

    private ToggleButton page(String text, Feather icon, String id, ToggleGroup group, Workbench.Page page, String pill) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setId(id);
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(text + " (Ctrl+" + (page.ordinal() + 1) + ")"));
        pageButtons.put(page, b);
        b.getStyleClass().add(pill);
        b.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                workbench.show(page);
            }
        });
        return b;
    }

    private void openSettings() {
        shell.rotRule().thenCombine(shell.me(), (rule, me) -> new Object[] {rule, me}).thenAccept(both -> {
            com.funnelboard.domain.RotRule rule = (com.funnelboard.domain.RotRule) both[0];
            @SuppressWarnings("unchecked")
            Optional<com.funnelboard.domain.Person> me = (Optional<com.funnelboard.domain.Person>) both[1];
            SettingsDialog.ask(window(), rule, me.orElse(new com.funnelboard.domain.Person(System.getProperty("user.name", ""), "")))
                    .ifPresent(choice -> {
                        shell.saveRotThresholds(choice.rotDays());
                        IdentityDialog.Answer you = choice.you();
                        boolean same = me.map(p -> p.name().equals(you.name().strip())
                                && p.email().equalsIgnoreCase(you.email().strip())).orElse(false);
                        if (!same) {
                            saveIdentity(you);
                        }
                    });
        });
    }

    private void saveIdentity(IdentityDialog.Answer you) {
        shell.saveIdentity(you.name(), you.email()).thenAccept(said -> {
            boardModel.setStatus(said);
            boardModel.refresh(); // "My deals" and the owners' names
        });
    }

    /** First start (or a database copied from elsewhere): asks who uses this installation. */
    private CompletableFuture<Void> askWhoYouAre() {
        return shell.identityToAsk().thenAccept(ask -> ask.ifPresent(suggested -> IdentityDialog.ask(window(), suggested,
                suggested.email().isEmpty()).ifPresent(this::saveIdentity)));
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
        ToggleButton boardPage = pageButtons.get(Workbench.Page.BOARD);
        bar.visibleProperty().bind(boardPage.selectedProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        top.getChildren().add(bar);
    }

    /** Shows the saved views beside the board, while the board is shown and {@code shown} says so. */
    public void setViewsSidebar(javafx.scene.Node sidebar, javafx.beans.value.ObservableBooleanValue shown) {
        ToggleButton boardPage = pageButtons.get(Workbench.Page.BOARD);
        sidebar.visibleProperty().bind(boardPage.selectedProperty().and(shown));
        sidebar.managedProperty().bind(sidebar.visibleProperty());
        setLeft(sidebar);
    }

    /** Find: Edit → Find… (Ctrl+F, and Ctrl+K) opens the search box over the window. */
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination FIND_K = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    /** Adds the search box: Edit → Find… and its keys; opening a hit shows its deal, contact or organization. */
    public void enableSearch(java.util.function.Function<java.util.function.Consumer<com.funnelboard.domain.SearchHit>,
            com.funnelboard.ui.search.SearchViewModel> model) {
        com.funnelboard.ui.search.SearchBox box = new com.funnelboard.ui.search.SearchBox(model.apply(this::openHit));
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
    public AppMenu menu() {
        return menu;
    }

    /** Marks a page's toolbar button as the one shown (when something other than the toolbar shows it). */
    public void pageShown(Workbench.Page page) {
        ToggleButton b = pageButtons.get(page);
        if (b != null) {
            b.setSelected(true);
        }
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

    public CompletableFuture<Void> start() {
        return start(false);
    }

    /**
     * As {@link #start()}; with {@code askWhoYouAre} (the app, not most tests) it first asks who uses
     * this installation when nobody has said so on this database yet.
     */
    public CompletableFuture<Void> start(boolean askWhoYouAre) {
        // The board first; the Today counts right after, so they do not compete for the first frame.
        return boardModel.refresh().handle((v, failedAndShown) -> {
            boardLoaded.complete(null);
            shell.checkAfterStart().thenAccept(found -> found.ifPresent(this::reportDamageFoundAfterStart));
            return null;
        }).thenCompose(v -> {
            todayModel.refresh();
            return askWhoYouAre ? askWhoYouAre().handle((x, failedAndShown) -> null) : CompletableFuture.completedFuture(null);
        }).thenCompose(v -> shell.shouldOfferSample()).thenAccept(offer -> {
            if (offer) {
                offerSample();
            }
        });
    }

    private void offerSample() {
        ButtonType load = new ButtonType("Load sample pipeline", ButtonBar.ButtonData.OK_DONE);
        ButtonType empty = new ButtonType("Start empty", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", load, empty);
        ask.initOwner(window());
        ask.setTitle("Welcome to Funnelboard");
        ask.setHeaderText("Your pipeline is empty");
        ask.setContentText("Load a sample pipeline of " + ShellViewModel.SAMPLE_DEALS
                + " deals, with interactions and follow-ups, to try the board? You can also start empty and add your first lead with Ctrl+N.");
        Optional<ButtonType> answer = ask.showAndWait();
        shell.sampleOffered();
        if (answer.filter(load::equals).isPresent()) {
            shell.defaultCurrency().thenAccept(currency -> runSample(currency));
        }
    }

    private void runSample(String currency) {
        ShellViewModel.SampleTask task = shell.sampleTask(System.nanoTime(), ShellViewModel.SAMPLE_DEALS, currency);
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
        cancel.setOnAction(e -> task.stop());
        boardModel.setStatus("Loading a sample pipeline…");
        Runnable done = () -> {
            progress.progressProperty().unbind();
            progress.setVisible(false);
            cancel.setVisible(false);
        };
        task.setOnSucceeded(e -> {
            boardModel.setStatus("Sample pipeline loaded: " + task.getValue() + " deals.");
            done.run();
        });
        task.setOnFailed(e -> {
            // The sample is written in one transaction: stopped or failed, none of it was added.
            if (task.getException() instanceof CancellationException) {
                boardModel.setStatus("Sample loading cancelled; nothing was added.");
            } else {
                boardModel.setStatus("");
                shell.problems().report("sample", "The sample pipeline was not added", task.getException(), () -> runSample(currency));
            }
            done.run();
        });
    }

    /**
     * File → Import…, and a CSV file dropped on the window: both open the import dialog.
     *
     * @param open opens the dialog on a file (null: ask for one)
     */
    public void enableImport(java.util.function.Consumer<java.nio.file.Path> open) {
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
                javafx.application.Platform.runLater(() -> open.accept(file));
            }
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    /** Help → Check database: runs the read-only check in the background and shows its verdict. */
    private com.funnelboard.ui.share.ShareDialogs sharing;

    /** Export and merge of share files, and the conflicts view (File menu). */
    public void setSharing(com.funnelboard.ui.share.ShareDialogs sharing) {
        this.sharing = sharing;
    }

    /** Offers to merge a share file opened with Funnelboard: its preview, then the merge if the user agrees. */
    public void offerMerge(java.nio.file.Path shareFile) {
        sharing().ifPresentOrElse(s -> s.mergeFrom(shareFile), () -> boardModel.setStatus("Share files cannot be merged in this window."));
    }

    private java.util.Optional<com.funnelboard.ui.share.ShareDialogs> sharing() {
        return java.util.Optional.ofNullable(sharing);
    }

    public void checkDatabase() {
        boardModel.setStatus("Checking the database…");
        shell.checkDatabase().thenAccept(check -> {
            boardModel.setStatus(check.healthy() ? "The database is intact." : "The database has problems: see the report.");
            report(check, check.healthy() ? "The database is intact" : "The database has problems", check.verdict());
        }).whenComplete((v, e) -> {
            if (e != null) {
                boardModel.setStatus(""); // the failure shows in the status bar's problem part
            }
        });
    }

    /** A damaged file found by the check left for after the first screen: said at once, with what to do. */
    private void reportDamageFoundAfterStart(com.funnelboard.domain.DatabaseCheck check) {
        boardModel.setStatus("The database is damaged: see the report.");
        report(check, "The database is damaged", check.verdict()
                + " Close Funnelboard: at its next start it checks the whole file and offers the newest good backup.");
    }

    private void report(com.funnelboard.domain.DatabaseCheck check, String header, String text) {
        Alert a = new Alert(check.healthy() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, text);
        a.initOwner(window());
        a.setTitle("Check database");
        a.setHeaderText(header);
        if (!check.healthy()) {
            javafx.scene.control.TextArea details = new javafx.scene.control.TextArea(String.join("\n",
                    java.util.stream.Stream.of(check.integrity(), check.foreignKeys(), check.schema()).flatMap(java.util.List::stream)
                            .map(com.funnelboard.domain.Printable::escape).toList()));
            details.setEditable(false);
            details.setWrapText(true);
            a.getDialogPane().setExpandableContent(details);
        }
        a.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        a.show();
    }

    /** Opens "New lead"; after a failed save the dialog comes back with everything typed. */
    public void newLead() {
        if (pendingLead != null) {
            showNewLead(pendingLead);
            return;
        }
        shell.defaultCurrency().thenAccept(currency -> showNewLead(new NewLeadViewModel(currency, shell.locale())));
        // (A failure to read the currency shows in the status bar; Ctrl+N tries again.)
    }

    private void showNewLead(NewLeadViewModel model) {
        Optional<NewLead> lead = new NewLeadDialog(window(), model).showAndWait();
        if (lead.isEmpty()) {
            pendingLead = null;
            return;
        }
        pendingLead = model;
        boardModel.createLead(lead.get()).thenAccept(id -> {
            pendingLead = null;
            boardModel.setStatus("Lead \u201C" + lead.get().title().strip() + "\u201D added.");
            board.selectDeal(id);
        }).exceptionally(e -> {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            shell.problems().log("The lead was not saved", cause);
            Alert a = new Alert(Alert.AlertType.ERROR, cause.getMessage());
            a.initOwner(window());
            a.setHeaderText("The lead was not saved");
            a.showAndWait();
            showNewLead(model);
            return null;
        });
    }

    private javafx.stage.Window window() {
        Scene scene = getScene();
        return scene == null ? null : scene.getWindow();
    }
}
