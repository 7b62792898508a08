package com.funnelboard.domain.importing;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The currencies that marks in an imported file name, for {@link Amounts}: symbols ("€", "£"),
 * marks of more than one character ("R$", "Fr.", "zł"), signs of several currencies ("$", "kr",
 * "¥"), ISO codes and the currencies' names in English, German, French and Spanish.
 */
final class CurrencyMarks {

    /** Signs of several currencies, each with the currency it most often means first. */
    private static final Map<String, List<String>> SIGNS = Map.of(
            "$", List.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "ARS", "CLP", "COP", "TWD"),
            "kr", List.of("SEK", "NOK", "DKK", "ISK"), "kr.", List.of("DKK", "SEK", "NOK", "ISK"),
            "¥", List.of("JPY", "CNY"));

    /**
     * Marks of more than one character: the Brazilian real, the US dollar, the Swiss franc, the zloty, the koruna, the Turkish
     * lira ("TL", and "YTL" as it was written from 2005 to 2008); "kr" names several.
     */
    private static final Map<String, String> MARKS = Map.ofEntries(Map.entry("R$", "BRL"), Map.entry("US$", "USD"),
            Map.entry("SFr.", "CHF"), Map.entry("Fr.", "CHF"), Map.entry("zł", "PLN"), Map.entry("Kč", "CZK"), Map.entry("kr", ""),
            Map.entry("kr.", ""), Map.entry("円", "JPY"), Map.entry("元", "CNY"),
            Map.entry("Rs", "INR"), Map.entry("Rs.", "INR"), Map.entry("TL", "TRY"), Map.entry("YTL", "TRY"));
    private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "£", "GBP", "₹", "INR", "₽", "RUB", "₺", "TRY", "₱", "PHP",
            "₩", "KRW", "₪", "ILS", "₫", "VND", "₴", "UAH");

    /** Currencies by their names in English, German, French and Spanish, in lower case without accents ("us dollar", "euros"). */
    private static final Map<String, String> NAMES = new java.util.HashMap<>();

    static {
        for (Currency c : Currency.getAvailableCurrencies()) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.of("es"))) {
                String n = nameKey(c.getDisplayName(l));
                NAMES.putIfAbsent(n, c.getCurrencyCode());
                NAMES.putIfAbsent(n + "s", c.getCurrencyCode());
            }
        }
        NAMES.put("dollar", "USD");
        NAMES.put("dollars", "USD");
        NAMES.put("pound", "GBP");
        NAMES.put("pounds", "GBP");
        NAMES.put("sterling", "GBP");
        NAMES.put("pound sterling", "GBP");
        NAMES.put("yen", "JPY");
        NAMES.put("franken", "CHF");
        NAMES.put("swiss franc", "CHF");
    }

    private CurrencyMarks() {}

    private static String nameKey(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** See {@link Amounts#currencyOfSign}. */
    static String ofSign(String sign, String defaultCurrency) {
        List<String> family = SIGNS.get(sign);
        if (family == null) {
            return null;
        }
        if (family.contains(defaultCurrency)) {
            return defaultCurrency;
        }
        return sign.startsWith("kr") ? null : family.getFirst();
    }

    /** See {@link Amounts#currencyNamed}. */
    static String named(String text, String defaultCurrency) {
        String t = text == null ? "" : text.strip();
        if (t.matches("[A-Za-z]{3}") && !MARKS.containsKey(t)) {
            try {
                return Currency.getInstance(t.toUpperCase(Locale.ROOT)).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (MARKS.containsKey(t) && !MARKS.get(t).isEmpty()) {
            return MARKS.get(t);
        }
        if (t.length() == 1 && SYMBOLS.get(t) != null) {
            return SYMBOLS.get(t); // "€", "£"
        }
        String bySign = ofSign(t, defaultCurrency);
        return bySign != null ? bySign : NAMES.get(nameKey(t));
    }

    /** The currencies a sign of several is written for, the most common first; empty for any other mark. */
    static List<String> family(String sign) {
        return SIGNS.getOrDefault(sign, List.of());
    }

    /** Whether {@code mark} is a sign of several currencies ("$", "kr", "¥"). */
    static boolean isSign(String mark) {
        return SIGNS.containsKey(mark);
    }

    /** Whether {@code currency} is one of those {@code sign} is written for. */
    static boolean signOf(String sign, String currency) {
        return SIGNS.getOrDefault(sign, List.of()).contains(currency);
    }

    /**
     * The currency a symbol or code in an amount names; null for "$" and other symbols of several currencies.
     *
     * @throws IllegalArgumentException when a three-letter mark is no currency code
     */
    static String ofMark(String mark) {
        String known = MARKS.get(mark);
        if (mark.length() == 1 && known == null) {
            return SYMBOLS.get(mark);
        }
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        String code = mark.toUpperCase(Locale.ROOT);
        Currency.getInstance(code);
        return code;
    }
}
