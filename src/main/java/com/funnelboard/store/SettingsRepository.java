package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.SETTINGS;

import java.time.Clock;
import java.util.Optional;
import org.jooq.DSLContext;

/** Small named settings (default currency, whether the sample pipeline was offered...). */
public final class SettingsRepository {

    private final DSLContext ctx;
    private final Clock clock;

    SettingsRepository(DSLContext ctx, Clock clock) {
        this.ctx = ctx;
        this.clock = clock;
    }

    public Optional<String> get(String key) {
        return ctx.select(SETTINGS.VALUE).from(SETTINGS).where(SETTINGS.KEY.eq(key)).fetchOptional(SETTINGS.VALUE);
    }

    public void put(String key, String value) {
        ctx.insertInto(SETTINGS, SETTINGS.KEY, SETTINGS.VALUE, SETTINGS.UPDATED_AT)
                .values(key, value, clock.instant())
                .onConflict(SETTINGS.KEY)
                .doUpdate()
                .set(SETTINGS.VALUE, value)
                .set(SETTINGS.UPDATED_AT, clock.instant())
                .execute();
    }

    public void delete(String key) {
        ctx.deleteFrom(SETTINGS).where(SETTINGS.KEY.eq(key)).execute();
    }
}
