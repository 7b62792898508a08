package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.DEAL_CURRENCY;
import static com.funnelboard.domain.importing.ImportField.DEAL_VALUE;

import com.funnelboard.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * A deal's value and its currency as a file's row gives them: the value column's amount read in
 * the column's own way (its header's currency, "Umsatz (EUR)"; the currency its other amounts are
 * marked with; millionths, "Amount Micros"), checked against the currency column.
 */
final class DealValues {

    /**
     * What a row's value and currency cells say: the value (null when none or refused), the
     * currency code the deal takes, and the problem with its field (null when none).
     */
    record Read(Money value, String code, ImportField problemField, String problem) {}

    private final String currency;
    private final ColumnFormats formats;
    /** The currency the value column's header names ("Amount (USD)"), null when none. */
    private final String headerCurrency;
    /** Whether the value column writes millionths of the unit ("Amount Micros": 1200000000 is 1,200). */
    private final boolean millionths;

    DealValues(List<String> headers, List<ImportField> mapping, String currency, ColumnFormats formats) {
        this.currency = currency;
        this.formats = formats;
        String named = null;
        int value = mapping.indexOf(DEAL_VALUE);
        if (value >= 0) {
            String c = HeaderMatcher.currencyOf(headers.get(value));
            named = c == null ? null : Amounts.currencyNamed(c, currency);
        }
        this.headerCurrency = named;
        this.millionths = value >= 0 && HeaderSpellings.inMillionths(headers.get(value));
    }

    /**
     * Reads a row's currency cell {@code cur} and value cell {@code v} (of column {@code column});
     * either may be null (no value in the row).
     */
    /** What spreadsheets write in a cell whose value is missing or failed (Excel's errors, also in German): no amount. */
    static final java.util.Set<String> NOT_AVAILABLE = java.util.Set.of("#N/A", "#NV", "N/A", "#VALUE!", "#WERT!", "#REF!", "#BEZUG!",
            "#DIV/0!", "#NAME?", "#NAME", "#NUM!", "#ZAHL!", "#NULL!",
            // What a hand-kept sheet writes for an amount not known yet: the row, its person above all, is imported without one (it
            // failed whole, the person with it).
            "TBD", "TBC", "TBA", "?", "??", "???", "UNKNOWN", "NOT KNOWN", "OPEN", "OFFEN", "K.A.", "K. A.", "N.N.", "UNBEKANNT", "À DÉFINIR",
            "A DEFINIR", "POR DEFINIR", "PENDING", "—", "–");

    Read read(String cur, String v, int column) {
        String code = cur == null ? currency : Amounts.currencyNamed(cur, currency);
        if (code == null) {
            // The row is refused for its currency; its amount is not judged against a guess.
            return new Read(null, currency, DEAL_CURRENCY, "not a currency: \"" + cur + "\" (write EUR, USD, …)");
        }
        if (v == null || NOT_AVAILABLE.contains(v.strip().toUpperCase(java.util.Locale.ROOT))) {
            return new Read(null, code, null, null); // a spreadsheet's error or "not available" in the cell: no value
        }
        if (v.strip().equals("-")) {
            return new Read(Money.zero(code), code, null, null); // the accounting format's zero, with no sign
        }
        try {
            Amounts.Read read = Amounts.read(v, formats.amounts().get(column));
            String ofColumn = formats.currencies().get(column);
            if (read.currency() == null && read.sign() == null && cur == null && headerCurrency != null) {
                code = headerCurrency; // "12.500" under "Umsatz (EUR)"
            } else if (read.currency() == null && read.sign() == null && cur == null && ofColumn != null) {
                // A bare "500" in a column of "$1,250.00": the column's currency, not the default one.
                String c = ofColumn.matches("[A-Z]{3}") ? ofColumn : Amounts.currencyOfSign(ofColumn, currency);
                code = c == null ? code : c;
            } else if (read.currency() != null && cur == null) {
                code = read.currency();
            } else if (read.currency() != null && !read.currency().equals(code)) {
                throw new IllegalArgumentException("the amount \"" + v + "\" is in " + read.currency() + " but the currency column says " + code);
            } else if (read.sign() != null && cur == null) {
                // "$2,000" is dollars, never the default currency's euros: US dollars unless the default is a dollar.
                code = Amounts.currencyOfSign(read.sign(), currency);
                if (code == null) {
                    throw new IllegalArgumentException("the amount \"" + v + "\" is in " + read.sign()
                            + ", the sign of several currencies: choose the file's currency (" + signFamily(read.sign())
                            + ": the import's \u201CAmounts with no currency in\u201D, or --currency), or map a column that names each "
                            + "amount's currency to deal.currency");
                }
            } else if (read.sign() != null && !Amounts.signOf(read.sign(), code)) {
                throw new IllegalArgumentException("the amount \"" + v + "\" is in " + read.sign() + " but the currency column says " + code);
            }
            // Millionths to the currency's cents: 1234567 micros is 1.23 (Twenty, Google Ads).
            BigDecimal amount = millionths ? read.amount().movePointLeft(6)
                    .setScale(Math.max(Currency.getInstance(code).getDefaultFractionDigits(), 0), java.math.RoundingMode.HALF_EVEN) : read.amount();
            return new Read(money(amount, code), code, null, null);
        } catch (IllegalArgumentException e) {
            return new Read(null, code, DEAL_VALUE, e.getMessage());
        }
    }

    /** The currencies a sign is written for, as a choice to offer: "SEK, NOK, DKK, ISK". */
    private static String signFamily(String sign) {
        return String.join(", ", CurrencyMarks.family(sign));
    }

    /** An amount in a currency, refused with a sentence when it has more decimals than the currency or is too large. */
    static Money money(BigDecimal amount, String code) {
        int digits = Math.max(Currency.getInstance(code).getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("not an amount: " + amount.toPlainString() + " has more than " + digits + " decimals for " + code);
        }
        BigDecimal minor = amount.movePointRight(digits).setScale(0, java.math.RoundingMode.UNNECESSARY);
        if (minor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0) {
            throw new IllegalArgumentException("an amount too large: " + amount.toPlainString());
        }
        return new Money(minor.longValueExact(), code);
    }
}
