package com.funnelboard.service;

import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.store.Store;
import com.funnelboard.store.StoreAccess;
import com.funnelboard.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * An open database with the services over it, for callers that must not see the store (the
 * command line). Closing it releases the database.
 */
public final class Workspace implements AutoCloseable {

    private final Store store;
    private final Locale locale;
    private final UndoService undo;

    private Workspace(Store store, Locale locale) {
        this.store = store;
        this.locale = locale;
        // Every command's own actions are journaled, so a later `undo` can take them back.
        this.undo = new UndoService(store, new StoredUndoJournal(store));
    }

    public DealEditing dealEditing() {
        return new DealEditing(store, locale);
    }

    public ReportService reports() {
        return new ReportService(store, store.clock().getZone());
    }

    public HistoryService history() {
        return new HistoryService(store);
    }

    /** Undo and redo of what commands on this installation did. */
    public UndoService undo() {
        return undo;
    }

    /** Whether there is no database at {@code file} yet: no file, or an empty one. */
    public static boolean notStarted(Path file) {
        return com.funnelboard.store.DatabaseFile.notStarted(file);
    }

    /** Whether the file begins as every SQLite database does: a file that does not was never one, or is damaged at its beginning. */
    public static boolean beginsAsSqlite(Path file) {
        return com.funnelboard.store.DatabaseFile.beginsAsSqlite(file);
    }

    /** The bytes of a file that holds no database yet (empty, or SQLite of no table: a few pages), or null when there is none or it is large. */
    public static byte[] bytesOfUnstarted(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) <= 1 << 20 ? java.nio.file.Files.readAllBytes(file) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * Takes back a database that a command started and then wrote nothing to (it was refused, or
     * only a dry run): see {@link com.funnelboard.store.DatabaseFile#takeBackUnused}.
     */
    public static void takeBackUnused(Path database, byte[] before) {
        com.funnelboard.store.DatabaseFile.takeBackUnused(database, before);
    }

    /**
     * Opens the database beside the window, if one has it open: commands take no window lock and
     * write under SQLite's own locking, each change one BEGIN IMMEDIATE transaction that waits a few
     * seconds for a window's write in progress.
     *
     * @throws UnavailableException when the database is foreign, newer, damaged, unwritable, or cannot
     *     be used under its name (a second hard link, an upgrade a window of an older version blocks)
     */
    public static Workspace open(Path database, Clock clock, Locale locale) {
        return open(database, clock, locale, null);
    }

    /** @param knownFiles this installation's record of the files it closed (null: none, every open fully checked) */
    public static Workspace open(Path database, Clock clock, Locale locale, Path knownFiles) {
        return open(database, clock, locale, knownFiles, step -> { });
    }

    /** As {@link #open(Path, Clock, Locale, Path)}, telling {@code steps} what a long step of the opening does (see {@link SlowSteps}). */
    public static Workspace open(Path database, Clock clock, Locale locale, Path knownFiles, java.util.function.Consumer<String> steps) {
        try {
            return new Workspace(Store.open(database, clock, knownFiles, StoreAccess.SHARED, steps), locale);
        } catch (StoreException e) {
            throw new UnavailableException(UnavailableException.Reason.valueOf(e.kind().name()), e.getMessage(), e);
        }
    }

    public Path file() {
        return store.file();
    }

    /** The changes made through this workspace and beside it, as they are published. */
    public ChangeFeed changes() {
        return new ChangeFeed(store);
    }

    /** Names the command whose changes this workspace makes ("deals add"): History says it beside who and when. */
    public void madeByCommand(String command) {
        store.madeByCommand(command);
    }

    /**
     * Lets each write wait up to {@code upTo} for another program's write to end before it fails as busy (a script's
     * write behind the window's import of thousands of rows), telling {@code whenWaiting} once when it goes on waiting.
     */
    public void waitForWriters(java.time.Duration upTo, Runnable whenWaiting) {
        store.waitForWriters(upTo, whenWaiting);
    }

    public SetupService setup() {
        return new SetupService(store, locale);
    }

    public SamplePipeline sample() {
        return new SamplePipeline(store);
    }

    public ScoringService scoring() {
        return new ScoringService(store);
    }

    /** The qualification checklists, to edit. */
    public ChecklistService checklists() {
        return new ChecklistService(store);
    }

    public SearchService search() {
        return new SearchService(store);
    }

    /** Saved views and the board's order, kept with this installation. */
    public SavedViews views() {
        return new SavedViews(store);
    }

    public BoardService board() {
        return new BoardService(store);
    }

    /** Deal use cases, with stage moves recorded as made by the person of this installation (or the OS user before they said who they are). */
    public DealService deals() {
        return new DealService(store, new ChecklistEvaluator(store.clock().getZone(), locale), store::author);
    }

    /** The rotating backups of this database, kept under {@code appData}. */
    public BackupService backups(Path appData) {
        return new BackupService(store, BackupService.folderFor(appData, store.file()), store.clock());
    }

    /** Who uses this installation, and who owns which deal. */
    /** One action on many deals as one change set. */
    public BulkDeals bulkDeals() {
        return new BulkDeals(store, deals(), dealEditing());
    }

    public PeopleService people() {
        return new PeopleService(store);
    }

    public DealService deals(String user) {
        return new DealService(store, new ChecklistEvaluator(store.clock().getZone(), locale), () -> user);
    }

    public InteractionService interactions() {
        return new InteractionService(store);
    }

    public ContactService contacts() {
        return new ContactService(store, new com.funnelboard.domain.DuplicateFinder(locale.getCountry()));
    }

    public ShareService sharing() {
        return new ShareService(store);
    }

    /** The team folder of this installation. */
    public TeamFolder teamFolder() {
        return new TeamFolder(store, sharing());
    }

    /** CSV imports, amounts without a currency taken in the database's default currency. */
    public com.funnelboard.service.importing.CsvImport csvImport() {
        return new com.funnelboard.service.importing.CsvImport(store, locale, setup()::defaultCurrency,
                new com.funnelboard.domain.DuplicateFinder(locale.getCountry()));
    }

    /** CSV exports and an import's problem report. */
    public CsvExport exports() {
        return new CsvExport(store);
    }

    /** vCard imports. */
    public com.funnelboard.service.importing.VcardImport vcardImport() {
        return new com.funnelboard.service.importing.VcardImport(store, new com.funnelboard.domain.DuplicateFinder(locale.getCountry()));
    }

    /** vCard exports. */
    public VcardExport vcardExport() {
        return new VcardExport(store);
    }

    /** Column mappings of imports, saved by name on this installation. */
    public com.funnelboard.service.importing.SavedMappings savedMappings() {
        return new com.funnelboard.service.importing.SavedMappings(store);
    }

    public CalendarExport calendarExport() {
        return new CalendarExport(store);
    }

    public ContactEditing contactEditing() {
        return new ContactEditing(store);
    }

    public FollowUpService followUps() {
        return new FollowUpService(store);
    }

    @Override
    public void close() {
        store.close();
    }

    /** The database cannot be used, with the sentence that says why. */
    public static final class UnavailableException extends RuntimeException {

        /** Why: mirrors the store's reasons without exposing the store. */
        /** The sentence of a failure that is the database being busy with another program's write (a retry works), if it is one. */
        public static java.util.Optional<String> busy(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof StoreException se && se.kind() == StoreException.Kind.BUSY) {
                    return java.util.Optional.of(se.getMessage());
                }
            }
            return java.util.Optional.empty();
        }

        public enum Reason { IN_USE, BUSY, NOT_A_DATABASE, DAMAGED, NEWER_SCHEMA, IO, GONE }

        private final Reason reason;

        UnavailableException(Reason reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
