package com.funnelboard.domain.importing;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the amounts of an imported file as the file writes them, whatever the machine's locale.
 * Which of dot and comma is the decimal separator is decided per column from its values
 * ({@link #sniff}): "12.500,50", "3,5" and "1.200.000" say comma, "12,500.50" and "12.5" say dot;
 * a value with one separator followed by exactly three digits ("1.200", "12,500") says nothing on
 * its own and takes the column's choice, else is read as thousands (no export writes money with
 * three decimals). Spaces (also no-break and narrow no-break), apostrophes ("1'200.50"), a
 * currency symbol or code before or after ("€ 12.500,50", "12 500,50 EUR", "R$ 1.234,56",
 * "Fr. 1'200.50") and a German "12.500,-"
 * are tolerated. A value whose separators leave no doubt ("R$ 3.500,00", "12,500.50", "1.200.000")
 * is read as written, even in a column that writes the other way (files pasted together from two
 * sources mix them); a value that could be read two ways and does not read in the column's way is
 * refused with a sentence, never read as another number ("1.5" in a comma column is a problem).
 */
public final class Amounts {

    /** How a column writes amounts: which of dot and comma is the decimal separator. */
    public enum Style {
        DOT_DECIMAL('.', ',', "1,234.56"), COMMA_DECIMAL(',', '.', "1.234,56");

        private final char decimal;
        private final char group;
        private final String example;

        Style(char decimal, char group, String example) {
            this.decimal = decimal;
            this.group = group;
            this.example = example;
        }

        /** "1,234.56" or "1.234,56": how a summary shows the choice. */
        public String example() {
            return example;
        }

        public char decimal() {
            return decimal;
        }
    }

    /**
     * How a column writes amounts: its style, and the number of decimals all its values with a
     * decimal separator have (-1 when they differ), so that "1.200" beside "12500.50" and "99.00"
     * is a question (1.2 or 1200?) rather than 1.2.
     */
    public record Column(Style style, int decimals) {}

    /**
     * An amount read: the number, the currency its text names (null when none, or a sign of several
     * currencies), and that sign ("$", "kr", "¥"; null otherwise), which {@link #currencyOfSign} reads.
     */
    public record Read(BigDecimal amount, String currency, String sign) {
        public Read(BigDecimal amount, String currency) {
            this(amount, currency, null);
        }
    }

    /**
     * The currency a sign of several currencies stands for in a file read with {@code defaultCurrency}:
     * that one where the sign is its sign ("$" in Canada is CAD), else the one the sign most often
     * means where one does ("$" is USD, "¥" JPY), else null ("kr" is Swedish, Norwegian or Danish).
     */
    public static String currencyOfSign(String sign, String defaultCurrency) {
        return CurrencyMarks.ofSign(sign, defaultCurrency);
    }

    /**
     * The currency a currency column names: its code ("usd"), its name ("US Dollar", as Dynamics 365
     * writes it; "Euro", "Schweizer Franken"), or its sign ("€", "£"; "$" is the default currency where
     * that is a dollar, else US dollars); null when it names none.
     */
    public static String currencyNamed(String text, String defaultCurrency) {
        return CurrencyMarks.named(text, defaultCurrency);
    }

    /** Whether {@code currency} is one of those {@code sign} is written for. */
    public static boolean signOf(String sign, String currency) {
        return CurrencyMarks.signOf(sign, currency);
    }

    /** What one number's separators say of the decimal separator. */
    enum Evidence { NONE, DOT, COMMA, DOT_GROUPS, COMMA_GROUPS, INVALID }

    /** A currency's mark as amounts and headers write it: a symbol, a mark of several characters, a code. */
    static final String CURRENCY = "R\\$|US\\$|SFr\\.|Fr\\.|Rs\\.?|kr\\.?|zł|Kč|YTL|TL|円|元|\\p{Sc}|[A-Za-z]{3}";
    private static final Pattern SHAPE = Pattern.compile("(?<c1>" + CURRENCY + ")?(?<neg>[-\u2212])?(?<c2>" + CURRENCY + ")?"
            + "(?<num>\\d(?:[\\d.,]*\\d)?|[.,]\\d+)(?<mult>[kKmM](?!\\p{L})|Mio\\.?|Mrd\\.?|Tsd\\.?|T(?=\\p{Sc})|[mb]n(?!\\p{L})|万|億|亿)?(?:[.,][-\u2013\u2014]|/-)?(?<c3>" + CURRENCY + ")?(?<neg2>-)?");
    /** Excel's accounting format for zero: a dash beside the currency ("$ -", "€ -", "- €"). */
    private static final Pattern ACCOUNTING_ZERO = Pattern.compile("(?:(" + CURRENCY + ")[-\u2013]|[-\u2013](" + CURRENCY + "))");
    /** Spaces of every kind and apostrophes, which group thousands and are dropped. */
    private static final Pattern DROPPED = Pattern.compile("[\\s\u00A0\u2007\u2009\u202F'\u2019\u02BC\u00B4`]+");
    /** A recurring value's period after it ("$500 monthly", "1.200 € / Monat"), as CRMs show it: the amount is read without it. */
    private static final Pattern PERIOD = Pattern.compile("(?iu)\\s*(?:(?:/|per|pro|par|por)\\s*(?:mo|month|monat|mois|mes|yr|year|jahr|an|año)"
            + "|monthly|annual|annually|yearly|one[ -]?time|monatlich|jährlich|mensuel|annuel|mensual|anual)\\.?$");
    private static final Pattern DOT_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    /** Thousands grouped by commas ("1,234,567"), or in the Indian way, lakhs and crores in twos ("3,50,000", "1,25,00,000"). */
    private static final Pattern COMMA_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d{1,2}(,\\d{2})+,\\d{3}");

    private Amounts() {}

    /**
     * The column's style and decimals from (a sample of) its values; null when none of them has a
     * decimal or thousands separator, so that each value is read on its own evidence.
     */
    public static Column column(Iterable<String> values) {
        Style style = sniff(values);
        if (style == null) {
            return null;
        }
        int decimals = -2;
        for (String v : values) {
            String num = number(v);
            Evidence e = num == null ? Evidence.NONE : evidence(num);
            if (e == (style == Style.DOT_DECIMAL ? Evidence.DOT : Evidence.COMMA)) {
                int d = num.length() - num.lastIndexOf(style.decimal) - 1;
                decimals = decimals == -2 || decimals == d ? d : -1;
            }
        }
        return new Column(style, Math.max(decimals, -1));
    }

    /** The column's style alone (see {@link #column}). */
    public static Style sniff(Iterable<String> values) {
        int dot = 0;
        int comma = 0;
        int dotGroups = 0;
        int commaGroups = 0;
        Style firstStrong = null;
        for (String v : values) {
            String num = number(v);
            if (num == null) {
                continue;
            }
            switch (evidence(num)) {
                case DOT -> {
                    dot++;
                    firstStrong = firstStrong == null ? Style.DOT_DECIMAL : firstStrong;
                }
                case COMMA -> {
                    comma++;
                    firstStrong = firstStrong == null ? Style.COMMA_DECIMAL : firstStrong;
                }
                case DOT_GROUPS -> dotGroups++;
                case COMMA_GROUPS -> commaGroups++;
                default -> { }
            }
        }
        if (dot != comma) {
            return dot > comma ? Style.DOT_DECIMAL : Style.COMMA_DECIMAL;
        }
        if (firstStrong != null) {
            return firstStrong;
        }
        if (dotGroups + commaGroups == 0) {
            return null;
        }
        return dotGroups >= commaGroups ? Style.COMMA_DECIMAL : Style.DOT_DECIMAL;
    }

    /**
     * Reads one value in the column's style (null: by the value's own separators).
     *
     * @throws IllegalArgumentException with the reason, for a problem's sentence
     */
    public static Read read(String text, Style style) {
        return read(text, style == null ? null : new Column(style, -1));
    }

    /**
     * Reads one value as its column writes amounts (null: by the value's own separators).
     *
     * @throws IllegalArgumentException with the reason, for a problem's sentence
     */
    public static Read read(String text, Column column) {
        text = folded(text);
        Style style = column == null ? null : column.style();
        String num = plain(text);
        String code = null;
        String sign = null;
        BigDecimal factor = null;
        if (num == null) {
            String bare = text == null ? "" : PERIOD.matcher(text.strip()).replaceFirst("");
            String compact = DROPPED.matcher(bare).replaceAll("");
            if (compact.length() > 2 && compact.startsWith("(") && compact.endsWith(")") && compact.matches("\\(\\D{0,4}\\d[\\d.,]*\\D{0,4}\\)")) {
                throw new IllegalArgumentException("a negative amount: \"" + shown(text) + "\" (brackets, as accounts write a negative "
                        + "one; a deal's value cannot be negative)");
            }
            Matcher zero = ACCOUNTING_ZERO.matcher(compact);
            if (zero.matches()) {
                String mark = zero.group(1) != null ? zero.group(1) : zero.group(2);
                String named = currency(mark, text);
                return new Read(BigDecimal.ZERO, named, named == null && CurrencyMarks.isSign(mark) ? mark : null);
            }
            Matcher m = SHAPE.matcher(compact);
            if (compact.isEmpty() || !m.matches()) {
                throw unreadable(text, style);
            }
            int marks = 0;
            for (String g : new String[] {"c1", "c2", "c3"}) {
                String c = m.group(g);
                if (c != null) {
                    marks++;
                    code = currency(c, text);
                    sign = code == null && CurrencyMarks.isSign(c) ? c : null;
                }
            }
            if (marks > 1 || m.group("neg") != null && m.group("neg2") != null) {
                throw new IllegalArgumentException("not an amount: \"" + shown(text) + "\"");
            }
            if (m.group("neg") != null || m.group("neg2") != null) {
                throw new IllegalArgumentException("a negative amount: \"" + shown(text) + "\" (a deal's value cannot be negative)");
            }
            num = m.group("num");
            // "12.5k", "€12,5K", "1.2M", "1,5 Mio. €", "2mn": thousands, millions and billions, as sheets abbreviate them.
            String mult = m.group("mult");
            factor = mult == null ? null : switch (mult) {
                case "k", "K", "Tsd", "Tsd.", "T" -> BigDecimal.valueOf(1_000); // German sheets: "15 T€", "15 Tsd. €"
                case "Mrd", "Mrd.", "bn" -> BigDecimal.valueOf(1_000_000_000);
                case "万" -> BigDecimal.valueOf(10_000); // Chinese and Japanese count in ten thousands: 12.5万 is 125,000
                case "億", "亿" -> BigDecimal.valueOf(100_000_000);
                default -> BigDecimal.valueOf(1_000_000);
            };
        }
        if (wholeUnits(code, sign) && num.matches("\\d{1,3}(?:[.,]\\d{3})+")) {
            // Yen and won have no decimals: "¥80,000" and "₩1.200.000" are grouped thousands, whatever the column's other amounts.
            BigDecimal whole = new BigDecimal(num.replaceAll("[.,]", ""));
            return new Read(factor == null ? whole : whole.multiply(factor), code, sign);
        }
        Style s = style != null ? style : switch (evidence(num)) {
            case DOT, COMMA_GROUPS, NONE -> Style.DOT_DECIMAL;
            case COMMA, DOT_GROUPS -> Style.COMMA_DECIMAL;
            case INVALID -> null;
        };
        if (column != null && column.decimals() >= 0 && column.decimals() != 3
                && evidence(num) == (style == Style.DOT_DECIMAL ? Evidence.DOT_GROUPS : Evidence.COMMA_GROUPS)) {
            BigDecimal small = number(num, style);
            throw new IllegalArgumentException("not an amount: \"" + shown(text) + "\" could be " + small.stripTrailingZeros().toPlainString()
                    + " or " + num.replaceAll("[.,]", "") + " (this column writes amounts like " + style.example() + ", with "
                    + column.decimals() + (column.decimals() == 1 ? " decimal)" : " decimals)"));
        }
        BigDecimal amount = s == null ? null : number(num, s);
        if (amount == null && style != null && unmistakable(num)) {
            // Written the other way, but only one way at all ("R$ 3.500,00" in a column of "$1,250.00"): read as written.
            amount = number(num, style == Style.DOT_DECIMAL ? Style.COMMA_DECIMAL : Style.DOT_DECIMAL);
        }
        if (amount == null) {
            throw unreadable(text, style);
        }
        return new Read(factor == null ? amount : amount.multiply(factor), code, sign);
    }

    /** Whether the currency a value names has no minor unit (the yen, the won); "¥" is read as the yen's sign. */
    private static boolean wholeUnits(String code, String sign) {
        String c = code != null ? code : "¥".equals(sign) ? "JPY" : null;
        try {
            return c != null && java.util.Currency.getInstance(c).getDefaultFractionDigits() == 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static IllegalArgumentException unreadable(String text, Style style) {
        return new IllegalArgumentException("not an amount: \"" + shown(text) + "\"" + (style == null ? " (write 12500.50 or 12.500,50)"
                : " (this column writes amounts like " + style.example() + ")"));
    }

    /** The value itself when it is only digits with dots and commas between them (as most are): no pattern to match. */
    private static String plain(String text) {
        if (text == null || text.isEmpty() || !Character.isDigit(text.charAt(0)) || !Character.isDigit(text.charAt(text.length() - 1))) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != ',') {
                return null;
            }
        }
        return text;
    }

    /**
     * A value with its full-width characters made ordinary ("￥５００，０００" is "¥500,000", as Japanese
     * and Chinese files write them); any other text as it is, at no cost.
     */
    static String folded(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '\uFF00' && c <= '\uFFEF' || c == '\u3000') {
                    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
                }
            }
        }
        return text;
    }

    /** The number of a value without its currency, spaces and sign; null when it has none. */
    static String number(String text) {
        text = folded(text);
        String plain = plain(text == null ? null : text.strip());
        if (plain != null || text == null) {
            return plain;
        }
        Matcher m = SHAPE.matcher(DROPPED.matcher(text).replaceAll(""));
        return m.matches() ? m.group("num") : null;
    }

    /**
     * Whether a number's separators leave no doubt which is the decimal one, whatever its column
     * says: both of them, the last once ("3.500,00", "12,500.50"), or one used twice ("1.200.000").
     */
    static boolean unmistakable(String num) {
        int dots = count(num, '.');
        int commas = count(num, ',');
        return dots > 1 || commas > 1 || dots > 0 && commas > 0 && evidence(num) != Evidence.INVALID;
    }

    static Evidence evidence(String num) {
        int dots = count(num, '.');
        int commas = count(num, ',');
        if (dots > 0 && commas > 0) {
            boolean dotLast = num.lastIndexOf('.') > num.lastIndexOf(',');
            return count(num, dotLast ? '.' : ',') > 1 ? Evidence.INVALID : dotLast ? Evidence.DOT : Evidence.COMMA;
        }
        if (dots > 1 || commas > 1) {
            return dots > 1 ? Evidence.COMMA : Evidence.DOT;
        }
        if (dots + commas == 0) {
            return Evidence.NONE;
        }
        char sep = dots == 1 ? '.' : ',';
        int at = num.indexOf(sep);
        int after = num.length() - at - 1;
        if (after == 0) {
            return Evidence.INVALID;
        }
        if (after == 3 && at >= 1 && at <= 3 && num.charAt(0) != '0') {
            return sep == '.' ? Evidence.DOT_GROUPS : Evidence.COMMA_GROUPS;
        }
        return sep == '.' ? Evidence.DOT : Evidence.COMMA;
    }

    /** The number in the style, null when it is not written that way (separators out of place). */
    private static BigDecimal number(String num, Style s) {
        int at = num.indexOf(s.decimal);
        if (at >= 0 && num.indexOf(s.decimal, at + 1) >= 0) {
            return null;
        }
        String whole = at < 0 ? num : num.substring(0, at);
        String fraction = at < 0 ? "" : num.substring(at + 1);
        if (!fraction.chars().allMatch(Character::isDigit) || at >= 0 && fraction.isEmpty()) {
            return null;
        }
        if (whole.indexOf(s.group) >= 0) {
            if (!(s.group == '.' ? DOT_GROUPED : COMMA_GROUPED).matcher(whole).matches()) {
                return null;
            }
            whole = whole.replace(String.valueOf(s.group), "");
        }
        if (!whole.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return new BigDecimal((whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction));
    }

    /** The currency a symbol or code names; null for "$" and other symbols of several currencies. */
    private static String currency(String mark, String text) {
        try {
            return CurrencyMarks.ofMark(mark);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an amount: \"" + shown(text) + "\" (" + mark + " is not a currency code)");
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private static String shown(String text) {
        String s = text == null ? "" : text.strip();
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
