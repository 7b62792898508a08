package com.funnelboard.store;

import java.time.Clock;
import org.jooq.DSLContext;

/** The repositories of one unit of work, all on the same connection (and transaction). */
public final class Repositories {

    private final DSLContext ctx;
    private final Clock clock;

    Repositories(DSLContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    public DealRepository deals() {
        return new DealRepository(ctx, clock);
    }

    public BoardQueries board() {
        return new BoardQueries(ctx);
    }

    public ContactRepository contacts() {
        return new ContactRepository(ctx, clock);
    }

    public ContactProfileRepository contactProfiles() {
        return new ContactProfileRepository(ctx, clock);
    }

    public OrganizationRepository organizations() {
        return new OrganizationRepository(ctx, clock);
    }

    public InteractionRepository interactions() {
        return new InteractionRepository(ctx, clock);
    }

    public FollowUpRepository followUps() {
        return new FollowUpRepository(ctx, clock);
    }

    public StageChangeRepository stageChanges() {
        return new StageChangeRepository(ctx, clock);
    }

    public ChecklistRepository checklists() {
        return new ChecklistRepository(ctx);
    }

    public SettingsRepository settings() {
        return new SettingsRepository(ctx, clock);
    }
}
