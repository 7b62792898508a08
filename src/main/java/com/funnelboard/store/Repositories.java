package com.funnelboard.store;

import java.time.Clock;
import org.jooq.DSLContext;

/**
 * The repositories of one unit of work, all on the same connection (and transaction). In a write
 * transaction their writes to shared tables go through its {@link ChangeRecorder}; in a read they
 * refuse to write.
 */
public final class Repositories {

    private final DSLContext ctx;
    private final Clock clock;
    private final ChangeRecorder changes;
    private final LocalState local;
    private final DealFacets facets;

    Repositories(DSLContext ctx, Clock clock, ChangeRecorder changes) {
        this(ctx, clock, changes, null);
    }

    /** @param facets the board's filters in memory, or null to read them by SQL alone */
    Repositories(DSLContext ctx, Clock clock, ChangeRecorder changes, DealFacets facets) {
        this.ctx = ctx;
        this.clock = clock;
        this.changes = changes;
        this.local = new LocalState(ctx, clock);
        this.facets = facets;
    }

    /** The board's filters in memory (the window's reads), or null. */
    DealFacets facets() {
        return facets;
    }

    /** The recorder of this write transaction. */
    ChangeRecorder changes() {
        if (changes == null) {
            throw new IllegalStateException("A read cannot write; use Store.write");
        }
        return changes;
    }

    public DealRepository deals() {
        return new DealRepository(ctx, this);
    }

    /** What an import reads and writes in bulk. */
    public ImportRepository imports() {
        return new ImportRepository(ctx, this);
    }

    /** Live rows as export tables, streamed. */
    public ExportQueries exports() {
        return new ExportQueries(ctx);
    }

    public ReportQueries reports() {
        return new ReportQueries(ctx);
    }

    /** The full-text search index. */
    public SearchIndex search() {
        return new SearchIndex(ctx);
    }

    /** The values in use that the board's profile filters match. */
    public FilterHints filterHints() {
        return new FilterHints(ctx);
    }

    public BoardQueries board() {
        return new BoardQueries(ctx, this);
    }

    public ContactRepository contacts() {
        return new ContactRepository(ctx, this);
    }

    public ContactProfileRepository contactProfiles() {
        return new ContactProfileRepository(ctx, this);
    }

    public OrganizationRepository organizations() {
        return new OrganizationRepository(ctx, this);
    }

    public InteractionRepository interactions() {
        return new InteractionRepository(ctx, this);
    }

    public FollowUpRepository followUps() {
        return new FollowUpRepository(ctx, this);
    }

    public StageChangeRepository stageChanges() {
        return new StageChangeRepository(ctx, this);
    }

    public ChecklistRepository checklists() {
        return new ChecklistRepository(ctx, this);
    }

    /** Lead scores and their explanations. */
    public ScoreQueries scores() {
        return new ScoreQueries(ctx, this);
    }

    public SettingsRepository settings() {
        return new SettingsRepository(ctx, this);
    }

    /** Names this write transaction's change set in words ("Moved “Pilot” to Prospect"). */
    public void describe(String summary) {
        changes().describe(summary);
    }

    /** The id of this write transaction's change set (recorded only if it changes shared data). */
    public java.util.UUID changeSetId() {
        return changes().id();
    }

    /** Undoing recorded change sets (write transactions only). */
    public ChangeReverter reverter() {
        changes();
        return new ChangeReverter(ctx, this);
    }

    /** Where a committed change shows (board columns, a contact's pane). */
    public ChangeReach changeReach() {
        return new ChangeReach(ctx);
    }

    /** What comes out of the trash with a deal or contact (see {@link TrashRestore}). */
    public TrashRestore trashRestore() {
        changes();
        return new TrashRestore(ctx, this);
    }

    public ChangeLogQueries changeLog() {
        return new ChangeLogQueries(ctx);
    }

    /** This installation's own state (never shared). */
    public LocalState local() {
        return local;
    }

    Clock clock() {
        return clock;
    }

    DSLContext ctx() {
        return ctx;
    }
}
