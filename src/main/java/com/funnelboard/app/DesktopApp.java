package com.funnelboard.app;

import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.BoardReads;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.service.ContactEditing;
import com.funnelboard.service.ContactService;
import com.funnelboard.service.DealService;
import com.funnelboard.service.FollowUpService;
import com.funnelboard.service.PipelineSettings;
import com.funnelboard.ui.followup.DesktopNotifications;
import com.funnelboard.ui.followup.FollowUpPrompts;
import com.funnelboard.ui.followup.ReminderNotifier;
import com.funnelboard.ui.followup.TodayView;
import com.funnelboard.ui.followup.TodayViewModel;
import com.funnelboard.service.InteractionService;
import com.funnelboard.ui.contact.ContactPane;
import com.funnelboard.ui.contact.ContactPaneViewModel;
import com.funnelboard.ui.contact.ContactsView;
import com.funnelboard.ui.contact.ContactsViewModel;
import com.funnelboard.ui.contact.MergeViewModel;
import com.funnelboard.ui.contact.NewDealPrompt;
import com.funnelboard.ui.shell.Workbench;
import com.funnelboard.service.SamplePipeline;
import com.funnelboard.service.SetupService;
import com.funnelboard.store.Store;
import com.funnelboard.ui.board.BoardView;
import com.funnelboard.ui.board.BoardViewModel;
import com.funnelboard.ui.common.Problems;
import com.funnelboard.ui.common.UiExecutors;
import com.funnelboard.ui.shell.MainView;
import com.funnelboard.ui.shell.ShellViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the desktop app: opens the store, wires services, view models and views
 * by constructor, shows the window, and closes everything when it is closed.
 */
public final class DesktopApp {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private final Store store;
    private final Clock clock;
    private final Locale locale;
    private final ExecutorService io;
    private final FollowUpService followUps;
    private final UnaryOperator<BoardReads> boardReads;
    /** Failed background work, shown in the window's status bar; made with the window. */
    private Problems problems;
    private TodayViewModel today;
    /** Reminders, daily backups and the team folder's sync, while the window is open. */
    private final BackgroundWork work;
    private SingleInstance instance;

    /**
     * @param boardReads wraps what the board reads (tests put faults in; the app leaves it as it is)
     */
    DesktopApp(Store store, Clock clock, Locale locale, UnaryOperator<BoardReads> boardReads) {
        this.store = store;
        this.clock = clock;
        this.locale = locale;
        this.boardReads = boardReads;
        AtomicInteger n = new AtomicInteger();
        this.followUps = new FollowUpService(store);
        this.work = new BackgroundWork(followUps, clock);
        this.io = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "funnelboard-io-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The object graph over an open store (the benchmark and tests build windows from it). */
    public static DesktopApp create(Store store, Clock clock, Locale locale) {
        return new DesktopApp(store, clock, locale, UnaryOperator.identity());
    }

    /** As {@link #create(Store, Clock, Locale)}, with what the board reads wrapped (a fault put in by a test). */
    public static DesktopApp create(Store store, Clock clock, Locale locale, UnaryOperator<BoardReads> boardReads) {
        return new DesktopApp(store, clock, locale, boardReads);
    }

    /**
     * Waits (at most a few seconds) for what was typed in the detail pane to reach the disk, so
     * closing the window never loses a keystroke. A save that fails or takes too long is logged.
     */
    public static void saveBeforeClosing(MainView view) {
        try {
            view.flush().get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            LOG.error("The last edit could not be saved before the window closed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Interrupted while saving the last edit", e);
        }
    }

    /**
     * Builds the object graph and the main window on the FX thread. Views learn of every change
     * from the store's change feed — this window's own writes and, watched every 500 ms, those of
     * commands run beside it — so no view refreshes another.
     */
    /** The computer's programs for e-mail and phone addresses (a test hands in its own, so that nothing is started). */
    private com.funnelboard.ui.common.Links links = new SystemLinks();

    void setLinks(com.funnelboard.ui.common.Links links) {
        this.links = links;
    }

    public MainView build() {
        problems = new Problems(Platform::runLater);
        UiExecutors executors = new UiExecutors(io, Platform::runLater, problems);
        ChangeFeed feed = new ChangeFeed(store);
        // The watcher keeps trying every half second by itself: its problem has no Retry.
        store.watchOtherPrograms(500, e -> problems.report("watch", e instanceof com.funnelboard.store.StoreException gone
                && gone.kind() == com.funnelboard.store.StoreException.Kind.GONE ? "Nothing is saved any more"
                : "Changes made beside the window are not being picked up", e, null), () -> problems.clear("watch"));
        feed.subscribe(work::changed);
        BoardReads boardService = boardReads.apply(new BoardService(store));
        DealService deals = new DealService(store, new ChecklistEvaluator(clock.getZone(), locale), store::author);
        SetupService setup = new SetupService(store, locale);
        BoardViewModel boardModel = new BoardViewModel(boardService, deals, feed, executors);
        PipelineSettings pipeline = new PipelineSettings(store);
        boardModel.setRotRules(pipeline::rotRule);
        com.funnelboard.service.PeopleService people = new com.funnelboard.service.PeopleService(store);
        boardModel.setPeople(people);
        boardModel.setMoveDrafts(new com.funnelboard.ui.board.MoveDrafts(() -> setup.draft("move"), d -> setup.keepDraft("move", d), executors));
        BoardView board = new BoardView(boardModel, new com.funnelboard.ui.board.BulkViewModel(new com.funnelboard.service.BulkDeals(store, deals,
                new com.funnelboard.service.DealEditing(store, locale)), executors, boardModel::setStatus,
                (stage, lens) -> deals.list(stage, lens, com.funnelboard.domain.DealSort.NEWEST, Integer.MAX_VALUE)), clock, locale);
        ShellViewModel shell = new ShellViewModel(setup, new SamplePipeline(store), executors, store.file().getFileName().toString());
        shell.setPipelineSettings(pipeline);
        shell.setPeople(people);
        shell.setDatabaseCheck(() -> com.funnelboard.service.DatabaseChecker.check(store.file()));
        if (store.checksDeferred()) {
            shell.setStartCheck(store::checkNow);
        }
        ContactService contacts = new ContactService(store, new DuplicateFinder(locale.getCountry()));
        ContactsViewModel lists = new ContactsViewModel(contacts, feed, executors, locale);
        ContactsView contactsView = new ContactsView(lists, clock, locale);
        ContactPaneViewModel paneModel = new ContactPaneViewModel(new ContactEditing(store), contacts, deals, new InteractionService(store),
                feed, executors);
        // The window and its pages refer to each other for navigation (open a deal, merge, a dialog's owner).
        Workbench[] workbench = new Workbench[1];
        MainView[] main = new MainView[1];
        java.util.function.Supplier<javafx.stage.Window> owner = () -> main[0] == null || main[0].getScene() == null ? null
                : main[0].getScene().getWindow();
        ImportExportMenus files = new ImportExportMenus(store, locale, setup::defaultCurrency, executors, problems, boardModel::setStatus, owner);
        files.onContactsPage(contactsView);
        today = new TodayViewModel(followUps, feed, executors);
        today.setCalendarExport(new com.funnelboard.service.CalendarExport(store));
        FollowUpPrompts prompts = new FollowUpPrompts(today, () -> main[0].getScene().getWindow(), boardModel::setStatus, locale);
        ContactPane pane = new ContactPane(paneModel, clock, locale, new NewDealPrompt(setup::defaultCurrency),
                (a, b) -> workbench[0].merge(a, b));
        pane.setOnScheduleFollowUp(prompts::schedule);
        pane.setLinks(uri -> links.open(uri));
        com.funnelboard.service.DealEditing dealEditing = new com.funnelboard.service.DealEditing(store, locale);
        com.funnelboard.ui.deal.DealFormViewModel dealFormModel = new com.funnelboard.ui.deal.DealFormViewModel(dealEditing, deals, feed,
                executors, locale, clock.getZone());
        dealFormModel.setPeople(people);
        com.funnelboard.ui.deal.DealForm dealForm = new com.funnelboard.ui.deal.DealForm(dealFormModel, boardModel::setStatus,
                () -> boardModel.statusProperty().get());
        dealForm.setGiving(new com.funnelboard.ui.deal.GiveDealViewModel(contacts, executors));
        com.funnelboard.ui.history.HistoryViewModel history = new com.funnelboard.ui.history.HistoryViewModel(
                new com.funnelboard.service.HistoryService(store), new com.funnelboard.service.HistorySentences(locale, clock),
                feed, executors);
        Runnable showHistory = () -> history.show(paneModel.contactIdProperty().get(),
                paneModel.selectedDealProperty().get() == null ? null : paneModel.selectedDealProperty().get().id());
        paneModel.selectedDealProperty().addListener((o, a, d) -> {
            dealFormModel.show(d == null ? null : d.id());
            showHistory.run();
        });
        paneModel.contactIdProperty().addListener((o, a, c) -> showHistory.run());
        pane.setParts(dealForm, new com.funnelboard.ui.history.HistoryView(history),
                (contact, withDeals) -> executors.problems().logFailure("The contact was not deleted", executors.supply(() -> {
                    int n = dealEditing.deleteContact(contact, withDeals);
                    return "Moved the contact" + (n == 0 ? "" : " and " + n + (n == 1 ? " deal" : " deals")) + " to the trash.";
                })), boardModel::setStatus);
        board.setOnOpen(card -> {
            workbench[0].detailShownProperty().set(true); // opening a card brings a hidden pane back
            paneModel.show(card.contactId(), card.id()).thenCompose(v -> dealFormModel.show(card.id())).thenRun(() -> {
                pane.showTab("Deals");
                dealForm.focusTitle();
            });
        });
        board.setOnScheduleFollowUp(card -> prompts.schedule(card.id(), card.title()));
        board.setOnDelete(card -> {
            if (com.funnelboard.ui.common.TrashConfirmation.askForDeal(owner.get(), card.title())) {
                executors.problems().logFailure("The deal was not deleted", executors.supply(() -> {
                    dealEditing.delete(card.id());
                    return "Moved \u201C" + card.title() + "\u201D to the trash.";
                })).whenComplete((said, failure) -> boardModel.setStatus(failure == null ? said : com.funnelboard.ui.common.Problems.sentence(
                        "The deal was not deleted", failure)));
            }
        });
        board.setOnMoved(prompts::offerAfterMove);
        board.selectedProperty().addListener((o, was, card) -> {
            if (card != null) {
                prompts.keepOnlyFor(card.id()); // an offer for the deal moved goes once another card is chosen
            }
        });
        workbench[0] = new Workbench(board, pane, paneModel, contactsView, lists,
                new MergeViewModel(contacts, executors), shell, boardModel::setStatus,
                w -> new TodayView(today, locale, w::openDeal, prompts::offerAfterDone, boardModel::setStatus), page -> main[0].pageShown(page));
        workbench[0].flushAlso(dealFormModel::flush, dealFormModel::unsaved);
        lists.setOrganizationDeletion(dealEditing::deleteOrganization);
        contactsView.setStatus(boardModel::setStatus);
        com.funnelboard.ui.trash.TrashViewModel trash = new com.funnelboard.ui.trash.TrashViewModel(dealEditing, feed, executors,
                boardModel::setStatus);
        com.funnelboard.ui.report.ReportsViewModel reports = new com.funnelboard.ui.report.ReportsViewModel(
                new com.funnelboard.service.ReportService(store, clock.getZone()), setup::defaultCurrency, clock, locale, feed, executors,
                boardModel::setStatus, lens -> {
                    boardModel.lensProperty().set(lens);
                    workbench[0].showBoard();
                });
        workbench[0].addPage(Workbench.Page.REPORTS, () -> new com.funnelboard.ui.report.ReportsView(reports, locale));
        workbench[0].addPage(Workbench.Page.TRASH, () -> {
            trash.refresh();
            return new com.funnelboard.ui.trash.TrashView(trash, locale, clock.getZone());
        });
        com.funnelboard.service.UndoService undoService = new com.funnelboard.service.UndoService(store, com.funnelboard.service.UndoJournal.window(store));
        // A restored backup replaced everything the window's actions changed: none of them is undone or redone after it.
        com.funnelboard.ui.shell.UndoViewModel undo = new com.funnelboard.ui.shell.UndoViewModel(undoService, executors, boardModel::setStatus);
        feed.subscribe(n -> {
            if (n.restored()) {
                undoService.forget();
            }
            undo.changed(n);
        });
        main[0] = new MainView(shell, boardModel, board, workbench[0], today, prompts, undo);
        // Dialogs and alerts wrap their sentences, which quote names: none may wrap right-to-left text (see SafeWrap). The main
        // window's own wrapping labels follow their text themselves: walking its whole scene would only slow its start.
        com.funnelboard.ui.common.SafeWrap.guardWindows(main[0]);
        com.funnelboard.ui.common.ScreenFit.guardWindows(); // every dialog fits a small screen or scaled text
        BoardViewsParts.install(main[0], boardModel, boardService, new com.funnelboard.service.SavedViews(store), feed, executors, locale);
        com.funnelboard.service.SearchService search = new com.funnelboard.service.SearchService(store);
        main[0].enableSearch((open, openAll) -> new com.funnelboard.ui.search.SearchViewModel(
                text -> search.search(text, com.funnelboard.service.SearchService.BOX_LIMIT), executors, open, openAll));
        var sharing = SharingParts.install(main[0], store, feed, executors, problems, work, boardModel::setStatus, owner, clock, locale);
        // The team folder's merges are nobody's action here: Ctrl+Z undid a teammate's merge that came in the background instead
        // of the user's own last edit, and that undo travelled to the teammate.
        undoService.leaveOut(work::onTeamFolderThread);
        tellConflictsWaiting = () -> sharing.tellConflictsWaiting(locale);
        // Typing kept from before a quit or a crash waited unseen until its record happened to be opened.
        // And a time zone other than the last start's (a rep who flew saw a call at 9:00 shown at 3:00, and nothing said why).
        StartNotice startNotice = new StartNotice(new com.funnelboard.service.KeptTyping(store), new SetupService(store, locale), clock, locale,
                executors, problems, boardModel.statusProperty()::get, boardModel::setStatus);
        startNotice.follow(feed);
        tellTypingKept = startNotice::tell;
        main[0].setSharing(sharing);
        main[0].setBackups(new com.funnelboard.ui.backup.BackupsViewModel(backups(), executors, boardModel::setStatus), locale, clock.getZone());
        com.funnelboard.ui.scoring.ScoringViewModel scoring = new com.funnelboard.ui.scoring.ScoringViewModel(
                new com.funnelboard.service.ScoringService(store), executors, boardModel::setStatus);
        main[0].menu().addToFile(com.funnelboard.ui.scoring.ScoringDialog.menuItem(owner, scoring));
        main[0].menu().addToFile(com.funnelboard.ui.checklist.ChecklistsDialog.menuItem(owner, new com.funnelboard.ui.checklist.ChecklistsViewModel(
                new com.funnelboard.service.ChecklistService(store), feed, executors, boardModel::setStatus), main[0]::undoLast));
        files.install(main[0], owner);
        return main[0];
    }

    private com.funnelboard.service.BackupService backups;

    /** The backups of this database, in the app-data folder: one service, so the Backups dialog hears of the day's backup. */
    synchronized com.funnelboard.service.BackupService backups() {
        if (backups == null) {
            backups = new com.funnelboard.service.BackupService(store, com.funnelboard.service.BackupService.folderFor(WindowLaunch.appData(), store.file()), clock);
        }
        return backups;
    }

    /**
     * Starts raising follow-up reminders in a window: at their time, and at once for those that came
     * due while the app was closed.
     */
    public ReminderNotifier startReminders(MainView view, DesktopNotifications os) {
        return work.startReminders(view, os, () -> today, problems);
    }


    void show(Stage stage, Path shareFile, Runnable onClosed) {
        SetupService setup = new SetupService(store, locale);
        com.funnelboard.ui.shell.ThemeSwitch theme = new com.funnelboard.ui.shell.ThemeSwitch(setup, io);
        theme.install();
        MainView view = build();
        view.setTheme(theme.choiceProperty());
        com.funnelboard.ui.shell.TextSize textSize = new com.funnelboard.ui.shell.TextSize(setup, io);
        textSize.install();
        view.setTextSize(textSize.percentProperty());
        view.menu().bar().getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst()
                .ifPresent(m -> {
                    m.getItems().add(new javafx.scene.control.SeparatorMenuItem());
                    m.getItems().addAll(textSize.menuItems());
                    m.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), theme.menu());
                });
        Scene scene = new Scene(view);
        scene.getStylesheets().add(stylesheet());
        textSize.keys(scene);
        stage.setTitle("Funnelboard \u2014 " + store.file().getFileName());
        // Eight PNGs decoded off the FX thread: the window needs its icon soon, not before its first frame.
        problems.logFailure("The window's icons could not be loaded",
                java.util.concurrent.CompletableFuture.supplyAsync(DesktopApp::icons, io).thenAcceptAsync(stage.getIcons()::setAll, Platform::runLater));
        stage.setScene(scene);
        LockRenewal.install(stage, store, io);
        stage.setOnHidden(e -> {
            textSize.close();
            onClosed.run();
        });
        WindowPlaces places = WindowPlaces.before(stage, setup);
        stage.setOnCloseRequest(e -> {
            saveBeforeClosing(view);
            // A write that failed (the file busy in another program, the disk full) left the typing in the pane only: the window
            // closed and it was gone. The user decides.
            if (view.unsavedEdits() && !com.funnelboard.ui.shell.QuitQuestion.quitAnyway(stage)) {
                e.consume();
                return;
            }
            places.remember();
        });
        // macOS: share files opened from Finder arrive as events, also during the start (before the first show, as AWT asks).
        OpenedFiles opened = OpenedFiles.listen(System.getProperty("os.name"), OpenedFiles.DESKTOP);
        // The board's first read starts before the window is shown, so the two run side by side.
        java.util.concurrent.CompletableFuture<Void> started = view.start(true, shareFile == null);
        stage.show();
        places.shown();
        listenForLaunches(stage, view);
        if (shareFile != null) {
            // After the start's own questions (who you are, the sample on an empty file), one dialog at a time.
            started.whenComplete((v, e) -> Platform.runLater(() -> view.openFile(shareFile, false)));
        }
        // After the start's own questions: conflicts that merges left while the window was closed.
        // Then the typing kept, after it in the one status line (it came first or last, and the other one was not seen).
        started.whenComplete((v, e) -> Platform.runLater(() -> tellConflictsWaiting.get().whenComplete((x, y) -> Platform.runLater(tellTypingKept))));
        started.whenComplete((v, e) -> opened.deliverTo(file -> Platform.runLater(() -> {
            stage.toFront();
            view.openFile(file, false);
        })));
        StartupProbe.from(System.getProperties()).ifPresent(p -> p.watch(view.boardShown(), stage::close));
        // The reminders' first check, the day's backup and the team folder wait for the board's first frame.
        view.boardShown().thenRun(() -> work.start(() -> startReminders(view, new DesktopNotifications(true)), this::backups, problems));
    }

    /** Says the conflicts waiting from merges made while the window was closed (set when the window is built). */
    private java.util.function.Supplier<java.util.concurrent.CompletableFuture<?>> tellConflictsWaiting =
            () -> java.util.concurrent.CompletableFuture.completedFuture(null);
    /** Says the records with typing kept from before the window closed, not saved yet (set when the window is built). */
    private Runnable tellTypingKept = () -> {};

    /** What the start says once its questions are answered (tests, whose window is shown without them). FX thread. */
    void tellAtStart() {
        tellTypingKept.run();
    }

    /** A second launch on this database brings this window forward (see {@link SingleInstance}). */
    private void listenForLaunches(Stage stage, MainView view) {
        try {
            instance = SingleInstance.listen(WindowLaunch.runFolder(), store.file(), shareFile -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
                shareFile.ifPresent(f -> view.openFile(f, false));
            }));
        } catch (java.io.IOException | UnsupportedOperationException e) {
            LOG.warn("A second launch cannot bring this window forward", e);
        }
    }

    /** The app's stylesheet (on top of the AtlantaFX theme). */
    public static String stylesheet() {
        return DesktopApp.class.getResource("/com/funnelboard/ui/funnelboard.css").toExternalForm();
    }

    static java.util.List<Image> icons() {
        return java.util.stream.IntStream.of(16, 24, 32, 48, 64, 128, 256, 512)
                .mapToObj(s -> DesktopApp.class.getResource("icons/funnelboard-" + s + ".png"))
                .filter(java.util.Objects::nonNull)
                .map(u -> new Image(u.toExternalForm()))
                .toList();
    }

    public void close() {
        work.close();
        if (instance != null) {
            instance.close();
        }
        io.shutdown();
        store.close();
    }
}
