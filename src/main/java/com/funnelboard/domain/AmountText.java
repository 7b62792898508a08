package com.funnelboard.domain;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * An amount as a person writes it in their locale, read strictly: digits, at most one of the
 * locale's decimal separator, the locale's grouping separator only between groups of exactly three
 * digits, and optionally the currency's symbol or code in front or behind. Nothing is dropped or
 * guessed: "12,5" in English or "12.5" in German is not an amount, since there the separator
 * groups thousands.
 */
final class AmountText {

    /** Longer texts are not read (no amount a deal can hold is written with more characters). */
    private static final int MAX_LENGTH = 64;

    private final char decimal;
    private final char grouping;
    private final char zero;
    private final Currency currency;
    private final Locale locale;

    AmountText(Locale locale, Currency currency) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.decimal = symbols.getMonetaryDecimalSeparator();
        this.grouping = symbols.getMonetaryGroupingSeparator();
        this.zero = symbols.getZeroDigit();
        this.currency = currency;
        this.locale = locale;
    }

    /** How to write an amount here: "12,500.50 (or 12500.50)" in English, "12.500,50 (or 12500,50)" in German. */
    String example() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        String fraction = digits == 0 ? "" : decimal + "5" + "0".repeat(digits - 1);
        char g = isSpace(grouping) ? ' ' : grouping;
        return "12" + g + "500" + fraction + " (or 12500" + fraction + ")";
    }

    /**
     * The value of the text, which may be negative ("-5") so that the caller can say why it is refused; empty when the text
     * is not an amount in this locale.
     */
    Optional<BigDecimal> read(String text) {
        String t = withoutCurrency(trimSpaces(text));
        if (t.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        t = wholeDashes(t);
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        StringBuilder plain = new StringBuilder(t.length());
        if (!number(t, plain)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(plain.toString());
        return Optional.of(negative ? value.negate() : value);
    }

    /**
     * A whole amount written with dashes for its cents, as German, Swiss and Scandinavian price tags and invoices do
     * ("12.500,-", "12.500,--", "12.500,—"): the amount with no cents ("12.500"). Any other text as it is.
     */
    private String wholeDashes(String t) {
        int dash = t.length();
        while (dash > 0 && (t.charAt(dash - 1) == '-' || t.charAt(dash - 1) == '\u2013' || t.charAt(dash - 1) == '\u2014')) {
            dash--;
        }
        if (dash < t.length() && dash > 1 && t.length() - dash <= 2 && t.charAt(dash - 1) == decimal && Character.isDigit(t.charAt(dash - 2))) {
            return t.substring(0, dash - 1);
        }
        return t;
    }

    /**
     * Whether {@code text} is digits, this locale's decimal separator and exactly three digits, with
     * no grouping: "5.000" in English, "5,000" in German, which the other convention reads as five
     * thousand. A currency of fewer than three decimals cannot mean the three digits as decimals.
     */
    boolean thousandsElsewhere(String text) {
        String t = withoutCurrency(trimSpaces(text));
        int point = t.indexOf(decimal);
        return (decimal == '.' || decimal == ',') && point > 0 && point == t.lastIndexOf(decimal) && t.length() - point - 1 == 3
                && t.chars().filter(ch -> ch != decimal).allMatch(Character::isDigit);
    }

    /** Copies the digits of {@code t} to {@code plain} ("." for the decimal separator); false if {@code t} is malformed. */
    private boolean number(String t, StringBuilder plain) {
        int point = t.indexOf(decimal);
        String whole = point < 0 ? t : t.substring(0, point);
        String fraction = point < 0 ? "" : t.substring(point + 1);
        if ((point >= 0 && fraction.isEmpty()) || (whole.isEmpty() && fraction.isEmpty())) {
            return false;
        }
        if (!integerPart(whole, plain)) {
            return false;
        }
        if (plain.isEmpty()) {
            plain.append('0');
        }
        if (point >= 0) {
            plain.append('.');
            return digits(fraction, plain);
        }
        return true;
    }

    /** Digits, grouped or not: "12500", "12,500", "1,234,567" (en); not "12,5", "1,,5" or ",500". */
    private boolean integerPart(String whole, StringBuilder plain) {
        int groupStart = 0;
        boolean grouped = false;
        for (int i = 0; i <= whole.length(); i++) {
            boolean end = i == whole.length();
            if (!end && !isGrouping(whole.charAt(i))) {
                continue;
            }
            int length = i - groupStart;
            boolean first = groupStart == 0;
            if (end && !grouped) {
                return digits(whole, plain);
            }
            if (first ? length < 1 || length > 3 : length != 3) {
                return false;
            }
            if (!digits(whole.substring(groupStart, i), plain)) {
                return false;
            }
            grouped = true;
            groupStart = i + 1;
        }
        return true;
    }

    private boolean digits(String s, StringBuilder plain) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                plain.append(ch);
            } else if (ch >= zero && ch <= zero + 9) {
                plain.append((char) ('0' + (ch - zero)));
            } else {
                return false;
            }
        }
        return true;
    }

    private boolean isGrouping(char ch) {
        if (isSpace(grouping)) {
            return isSpace(ch);
        }
        if (grouping == '\u2019' || grouping == '\'') {
            return ch == '\u2019' || ch == '\'';
        }
        return ch == grouping;
    }

    /** The spaces that group digits: space, no-break space, narrow no-break space. */
    private static boolean isSpace(char ch) {
        return ch == ' ' || ch == '\u00a0' || ch == '\u202f';
    }

    private static String trimSpaces(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && (isSpace(text.charAt(from)) || Character.isWhitespace(text.charAt(from)))) {
            from++;
        }
        while (to > from && (isSpace(text.charAt(to - 1)) || Character.isWhitespace(text.charAt(to - 1)))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** The text without the currency's symbol or code in front ("€12", "EUR 12") or behind ("12 €"), if it has one. */
    private String withoutCurrency(String t) {
        for (String mark : new String[] {currency.getSymbol(locale), currency.getCurrencyCode()}) {
            if (t.length() > mark.length() && t.regionMatches(true, 0, mark, 0, mark.length())) {
                return trimSpaces(t.substring(mark.length()));
            }
            int at = t.length() - mark.length();
            if (at > 0 && t.regionMatches(true, at, mark, 0, mark.length())) {
                return trimSpaces(t.substring(0, at));
            }
        }
        return t;
    }
}
