package com.funnelboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** An amount in integer minor units (cents) of an ISO 4217 currency. */
public record Money(long minor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (minor < 0) {
            throw new IllegalArgumentException("A deal value cannot be negative");
        }
        Currency.getInstance(currency); // rejects unknown codes
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /**
     * Parses an amount as the user writes it in their locale: "12500,50" or "12.500,50" in German, "12500.50" or
     * "12,500.50" in English, optionally with the currency's symbol or code ("€12,500", "12 500 €"). The locale's
     * grouping separator is accepted only between groups of three digits, so "12,5" in English (or "12.5" in German) is
     * refused rather than read as 125; nothing else is dropped or guessed ("1e3", "12_000", "1,,5" are refused).
     *
     * @throws IllegalArgumentException when the text is not a non-negative amount in this locale with at most the
     *     currency's number of decimals, with a message that shows how to write it
     */
    /**
     * A whole amount as the user writes it in their locale ("50,000", "50.000" in German, "€50,000", "50 000"), for a
     * filter's bound in whole units of any currency; null for a blank text. The filter took digits alone: "50,000" was
     * refused.
     *
     * @throws IllegalArgumentException saying how to write one, for text that is no whole amount of 0 or more
     */
    public static Long wholeUnits(String text, Locale locale) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return null;
        }
        Currency c;
        try {
            c = Currency.getInstance(locale);
        } catch (IllegalArgumentException noCountry) {
            c = Currency.getInstance("EUR");
        }
        AmountText syntax = new AmountText(locale, c);
        BigDecimal amount = syntax.read(typed).orElse(null);
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("not a whole amount: \"" + shown(typed) + "\" (write it like "
                    + String.format(locale, "%,d", 50_000) + ")");
        }
        return amount.longValueExact();
    }

    /** A ten-thousandth of a unit: finer than any currency's minor unit (the order by value compares amounts in it, exactly). */
    public static final long TEN_THOUSANDTHS = 10_000L;

    /**
     * How many minor units make one whole unit of {@code currency}: 100 for EUR, 1 for JPY, 1,000 for BHD; 100 for a code the
     * platform does not know. A filter's "from 10,000" is 10,000 whole units of each deal's own currency (it compared yen as
     * if they had cents: ¥333,333 fell below 10,000).
     */
    public static long minorPerUnit(String currency) {
        try {
            return java.math.BigInteger.TEN.pow(Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0)).longValueExact();
        } catch (RuntimeException unknown) {
            return 100L;
        }
    }

    /** Signs people write before or after an amount, and their currency (one each; "$" is the dollar of the US). */
    private static final java.util.Map<String, String> SIGNS = java.util.Map.of("R$", "BRL", "US$", "USD", "$", "USD", "\u00A3", "GBP",
            "\u00A5", "JPY", "\u20AC", "EUR", "\u20B9", "INR", "CHF", "CHF", "Fr.", "CHF");

    /** The other currency {@code typed} is marked with (its code, and the amount without the mark), if it is marked with one. */
    private static Optional<String[]> otherCurrency(String typed, String currency) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*(\\S+?)\\s*([0-9].*?)\\s*$|^\\s*([0-9].*?)\\s*(\\D\\S*)\\s*$")
                .matcher(typed);
        if (!m.matches()) {
            return Optional.empty();
        }
        String mark = m.group(1) != null ? m.group(1) : m.group(4);
        String amount = m.group(1) != null ? m.group(2) : m.group(3);
        String code = SIGNS.get(mark);
        if (code == null && mark.matches("[A-Za-z]{3}")) {
            try {
                code = Currency.getInstance(mark.toUpperCase(Locale.ROOT)).getCurrencyCode();
            } catch (IllegalArgumentException notOne) {
                code = null;
            }
        }
        return code == null || code.equals(currency) ? Optional.empty() : Optional.of(new String[] {code, amount});
    }

    public static Money parse(String text, String currency, Locale locale) {
        Currency c = Currency.getInstance(currency);
        AmountText syntax = new AmountText(Objects.requireNonNull(locale, "locale"), c);
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            throw new IllegalArgumentException("Enter an amount, such as " + syntax.example());
        }
        Optional<BigDecimal> read = syntax.read(typed);
        if (read.isEmpty()) {
            otherCurrency(typed, currency).ifPresent(other -> {
                // "R$ 3.500,00" on a euro deal: said as another currency's amount, not as no amount at all.
                throw new IllegalArgumentException("\"" + shown(typed) + "\" is in " + other[0] + ", this deal in " + currency
                        + ": change its currency to " + other[0] + " first, or write the amount alone (" + other[1] + ")");
            });
        }
        BigDecimal amount = read.orElseThrow(() -> new IllegalArgumentException(
                "Not an amount: \"" + shown(typed) + "\". Write it like " + syntax.example() + "."));
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("The value cannot be negative");
        }
        int digits = Math.max(c.getDefaultFractionDigits(), 0);
        if (digits < 3 && syntax.thousandsElsewhere(typed)) {
            // "5.000" was saved as €5 for a user who meant five thousand, as Germany or France write it.
            BigDecimal whole = amount.setScale(0, RoundingMode.DOWN);
            String thousands = amount.movePointRight(3).toBigInteger().toString();
            String asDecimals = digits == 0 ? whole.toPlainString() : typed.substring(0, typed.length() - 3 + digits);
            throw new IllegalArgumentException("Is \"" + shown(typed) + "\" " + whole.toPlainString() + " or " + thousands + "? Write " + thousands
                    + " or " + asDecimals + ".");
        }
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("At most " + digits + " decimals for " + currency);
        }
        BigDecimal minor = amount.movePointRight(digits).setScale(0, RoundingMode.UNNECESSARY);
        if (minor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0) {
            throw new IllegalArgumentException("The value is too large");
        }
        return new Money(minor.longValueExact(), currency);
    }

    /** The typed text as a message quotes it: control characters escaped, at most 40 characters. */
    private static String shown(String typed) {
        String s = Printable.escape(typed);
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    /** The amount as a decimal ("1250.00"), as JSON and exports write it. */
    public BigDecimal amount() {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return BigDecimal.valueOf(minor, digits);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    /** This amount times a probability, rounded half-up to a whole minor unit. */
    public Money times(double probability) {
        return new Money(Math.round(minor * probability), currency);
    }

    /** "€12,500.00" in the given locale; "BHD 999.999" and "¥15,000,000" with the digits of their currency. */
    public String format(Locale locale) {
        return currencyFormat(locale).format(amount());
    }

    /**
     * The locale's currency format for this currency, with the currency's own number of decimals: the
     * locale's format keeps the decimals of the locale's currency when given another, so 999.999
     * Bahraini dinars showed as "BHD1,000.00" and fifteen million yen as "¥15,000,000.00".
     */
    private NumberFormat currencyFormat(Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        Currency c = Currency.getInstance(currency);
        f.setCurrency(c);
        int digits = c.getDefaultFractionDigits();
        if (digits >= 0) {
            f.setMinimumFractionDigits(digits);
            f.setMaximumFractionDigits(digits);
        }
        return f;
    }

    /** As {@link #format}, without the cents of a whole amount: "€12,500", but "€12,500.50". For cards, where room is short. */
    public String formatWhole(Locale locale) {
        NumberFormat f = currencyFormat(locale);
        if (amount().stripTrailingZeros().scale() <= 0) {
            f.setMinimumFractionDigits(0);
            f.setMaximumFractionDigits(0);
        }
        return f.format(amount());
    }

    /** The amount rounded to whole units of its currency, for a figure worked out from many ("€42,371", "€245,361 / day"). */
    public String formatRounded(Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance(currency));
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(0);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(amount());
    }

    /**
     * The amount as a person writes it in a form, without the currency: "12,500.00" in English,
     * "12.500,00" in German — what {@link #parse} reads back in the same locale.
     */
    public String formatAmount(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        symbols.setDecimalSeparator(symbols.getMonetaryDecimalSeparator());
        symbols.setGroupingSeparator(symbols.getMonetaryGroupingSeparator());
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        DecimalFormat f = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), symbols);
        return f.format(amount());
    }

    /** "€12.5k", "$1.2M": short enough for a column header. */
    public String formatShort(Locale locale) {
        String symbol = Currency.getInstance(currency).getSymbol(locale);
        double v = amount().doubleValue();
        if (v >= 1_000_000) {
            return symbol + String.format(locale, "%.1fM", v / 1_000_000);
        }
        if (v >= 10_000) {
            return symbol + String.format(locale, "%.0fk", v / 1_000);
        }
        if (v >= 1_000) {
            return symbol + String.format(locale, "%.1fk", v / 1_000);
        }
        return symbol + String.format(locale, "%.0f", v);
    }
}
