package com.funnelboard.store;

import static com.funnelboard.store.jooq.Tables.SETTINGS;

import com.funnelboard.store.jooq.tables.records.SettingsRecord;
import java.util.Optional;
import org.jooq.DSLContext;

/** Small named settings shared with the team (default currency, rot thresholds); see {@link LocalState} for this installation's own. */
public final class SettingsRepository {

    /** The shared settings there are (a share file holding any other is refused): a stage's rot threshold in days, by the stage's key. */
    public static final String ROT_DAYS = "rot.days.";
    /** The team's directory of names, by normalised e-mail. */
    public static final String PERSON = "person.";
    /** The currency new deals start in. */
    public static final String DEFAULT_CURRENCY = "currency.default";

    private final DSLContext ctx;
    private final Repositories owner;

    SettingsRepository(DSLContext ctx, Repositories owner) {
        this.ctx = ctx;
        this.owner = owner;
    }

    public Optional<String> get(String key) {
        return ctx.select(SETTINGS.VALUE).from(SETTINGS).where(SETTINGS.KEY.eq(key)).fetchOptional(SETTINGS.VALUE);
    }

    /** Every setting whose key starts with {@code prefix}, by key. */
    public java.util.Map<String, String> startingWith(String prefix) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        ctx.select(SETTINGS.KEY, SETTINGS.VALUE).from(SETTINGS)
                .where(SETTINGS.KEY.startsWith(prefix))
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    public void put(String key, String value) {
        SettingsRecord r = ctx.selectFrom(SETTINGS).where(SETTINGS.KEY.eq(key)).fetchOne();
        if (r == null) {
            r = ctx.newRecord(SETTINGS);
            r.setKey(key);
            r.setValue(value);
            owner.changes().insert(r);
        } else {
            r.setValue(value);
            owner.changes().update(r);
        }
    }
}
