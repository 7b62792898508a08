package com.funnelboard.service;

import com.funnelboard.store.Store;
import java.util.Currency;
import java.util.Locale;

/** First-start questions: is the pipeline empty, was the sample offered, which currency by default. */
public final class SetupService {

    static final String SAMPLE_OFFERED = "sample.offered";
    static final String DEFAULT_CURRENCY = com.funnelboard.store.SettingsRepository.DEFAULT_CURRENCY;

    private final Store store;
    private final Locale locale;

    public SetupService(Store store, Locale locale) {
        this.store = store;
        this.locale = locale;
    }

    /** True once: on a database with no deals whose user was not asked yet. */
    public boolean shouldOfferSample() {
        return store.read(r -> r.deals().count() == 0 && r.local().get(SAMPLE_OFFERED).isEmpty());
    }

    public void markSampleOffered() {
        store.writeAll(r -> r.local().put(SAMPLE_OFFERED, "true"));
    }

    /** A remembered user-interface setting (a divider position, a chosen view). */
    public java.util.Optional<String> preference(String key) {
        return store.read(r -> r.local().get("ui." + key));
    }

    public void setPreference(String key, String value) {
        store.writeAll(r -> r.local().put("ui." + key, value));
    }

    /** The file of the settings that belong to this computer, whatever database is open ({@link #computerPreference}). */
    static final String COMPUTER_PREFERENCES = ComputerPreferences.FILE;

    /**
     * A setting that belongs to this computer rather than to a database (the text size: a second
     * database opened at 100 % what the eyes had set to 150 %; the theme), kept in the app-data folder; a
     * database's own remembered value where there is none yet (or no app-data folder: tests).
     */
    public java.util.Optional<String> computerPreference(String key) {
        return computer().get(key).or(() -> preference(key));
    }

    /** Keeps a setting of this computer ({@link #computerPreference}): the file replaced whole, and the database's too. */
    public void setComputerPreference(String key, String value) {
        setPreference(key, value);
        computer().set(java.util.Map.of(key, value));
    }

    private ComputerPreferences computer() {
        return new ComputerPreferences(store.installationFolder().orElse(null));
    }

    /**
     * A form's draft kept on this installation (never shared): what was typed in a form closed
     * without saving ("new-lead"), field by field; empty when there is none.
     */
    public java.util.Map<String, String> draft(String form) {
        return store.read(r -> r.local().texts("draft." + form));
    }

    /** Keeps a form's draft on this installation; an empty one forgets it. */
    public void keepDraft(String form, java.util.Map<String, String> fields) {
        store.writeAll(r -> r.local().putTexts("draft." + form, new java.util.TreeMap<>(fields)));
    }

    /** The user's locale: how they write amounts (decimal and grouping separators). */
    public Locale locale() {
        return locale;
    }

    public boolean isEmpty() {
        return store.read(r -> r.deals().count() == 0);
    }

    /**
     * The currency new deals start in: the team's saved choice, else the one most of the database's
     * deals are in, else the locale's, else EUR. The database decides before the locale: a command
     * run by cron (no locale: US English) added its leads in dollars to a database of euros, and
     * its forecast counted every deal as in another currency.
     */
    public String defaultCurrency() {
        return store.read(r -> r.settings().get(DEFAULT_CURRENCY).or(() -> r.deals().mostUsedCurrency())).orElseGet(() -> {
            try {
                Currency c = Currency.getInstance(locale);
                return c == null ? "EUR" : c.getCurrencyCode();
            } catch (IllegalArgumentException e) {
                return "EUR";
            }
        });
    }

    /** The currency new deals and bare amounts take, and whether the team set it or it follows the deals (see {@link #defaultCurrency}). */
    public record CurrencyChoice(String code, boolean set) {}

    public CurrencyChoice currency() {
        return new CurrencyChoice(defaultCurrency(), store.read(r -> r.settings().get(DEFAULT_CURRENCY)).isPresent());
    }

    /**
     * Sets the currency of new deals and bare amounts for the team (a shared setting, recorded and undoable): without it the
     * database takes the one most of its deals are in, and a few dollar deals turned a euro database's next deal into dollars.
     *
     * @throws InvalidInputException when {@code code} is no ISO 4217 currency code
     */
    public CurrencyChoice setCurrency(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        try {
            java.util.Currency.getInstance(c);
        } catch (IllegalArgumentException notOne) {
            throw new InvalidInputException("currency", "\"" + com.funnelboard.domain.Printable.escape(code) + "\" is not a currency code"
                    + " (ISO 4217, such as EUR, USD, GBP)");
        }
        store.writeAll(r -> {
            r.settings().put(DEFAULT_CURRENCY, c);
            r.describe("New deals in " + c);
        });
        return new CurrencyChoice(c, true);
    }
}
