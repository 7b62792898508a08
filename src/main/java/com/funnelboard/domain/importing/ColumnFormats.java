package com.funnelboard.domain.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the amount and date columns of a file write their values, told from its first rows (see
 * {@link Amounts#sniff} and {@link Dates#sniff}) rather than from the machine's locale: the rows
 * are read by it, and the wizard and the import's summary show it ("Betrag: amounts 1.234,56").
 *
 * @param amounts the style (and decimals) of each amount column that had a separator in the sample, by column index
 * @param dates the style of each date column that had a date in the sample, by column index
 * @param currencies the currency code or sign ("USD", "$") that every amount naming one in the
 *     sample names, by column index: the currency of that column's bare amounts ("500" beside
 *     "$1,250.00" is dollars too, not the default currency); no entry when none names one or two differ
 */
public record ColumnFormats(Map<Integer, Amounts.Column> amounts, Map<Integer, Dates.Style> dates, Map<Integer, String> currencies) {

    /** Rows read to tell a file's formats. */
    public static final int SAMPLE_ROWS = 1_000;

    /** No column told: each value is read on its own. */
    public static final ColumnFormats NONE = new ColumnFormats(Map.of(), Map.of(), Map.of());

    public ColumnFormats {
        amounts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(amounts));
        dates = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(dates));
        currencies = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(currencies));
    }

    /** Whether any column holds amounts or dates, so that a sample is worth reading. */
    public static boolean needed(List<ImportField> mapping) {
        return mapping.stream().anyMatch(f -> amount(f) || date(f));
    }

    /** The formats of the mapped columns from the sample rows; the locale decides dates neither way told by their values. */
    public static ColumnFormats sniff(List<ImportField> mapping, List<String[]> sample, Locale locale) {
        return sniff(mapping, sample, locale, null);
    }

    /** As {@link #sniff(List, List, Locale)}, with the dates' order given (day first or month first; null: told from the values). */
    public static ColumnFormats sniff(List<ImportField> mapping, List<String[]> sample, Locale locale, Boolean dayFirst) {
        return sniff(List.of(), mapping, sample, locale, dayFirst);
    }

    /**
     * As {@link #sniff(List, List, Locale, Boolean)}, with the file's headers: an amount column whose
     * header names its currency ("Value (£)", "Valor (R$)", "Amount in USD") and whose values name
     * none has that currency, as if its values were marked with it.
     */
    public static ColumnFormats sniff(List<String> headers, List<ImportField> mapping, List<String[]> sample, Locale locale,
            Boolean dayFirst) {
        return sniff(headers, mapping, sample, locale, dayFirst, null);
    }

    /**
     * As {@link #sniff(List, List, List, Locale, Boolean)}, with the currency the import was told the
     * file's amounts are in (null: none told): a "$" of a file in Mexican pesos is a peso, whose
     * country writes the day first.
     */
    public static ColumnFormats sniff(List<String> headers, List<ImportField> mapping, List<String[]> sample, Locale locale,
            Boolean dayFirst, String fileCurrency) {
        Map<Integer, Amounts.Column> amounts = new LinkedHashMap<>();
        Map<Integer, Dates.Style> dates = new LinkedHashMap<>();
        Map<Integer, String> currencies = new LinkedHashMap<>();
        for (int i = 0; i < mapping.size(); i++) {
            ImportField f = mapping.get(i);
            if (!amount(f) && !date(f)) {
                continue;
            }
            int column = i;
            List<String> values = sample.stream().filter(r -> column < r.length && !r[column].isBlank()).map(r -> r[column]).toList();
            if (amount(f)) {
                Amounts.Column s = Amounts.column(values);
                if (s != null) {
                    amounts.put(i, s);
                }
                String named = currencyOfColumn(values);
                if (named == null && i < headers.size()) {
                    named = HeaderSpellings.currencyOf(headers.get(i));
                }
                if (named != null) {
                    currencies.put(i, named);
                }
            } else {
                Dates.Style s = Dates.sniff(values, locale);
                if (s != null && dayFirst != null) {
                    s = s.ordered(dayFirst);
                }
                if (s != null) {
                    dates.put(i, s);
                }
            }
        }
        // Dates whose values do not tell their order, in a file whose amounts have a decimal comma (1.234,56; 12 500,00):
        // every country that writes amounts so writes the day first, whatever this machine's locale.
        boolean decimalComma = amounts.values().stream().anyMatch(c -> c.style() == Amounts.Style.COMMA_DECIMAL);
        java.util.Set<String> money = moneyNamed(mapping, sample, currencies, fileCurrency == null ? NO_DEFAULT : fileCurrency);
        if ((decimalComma || !money.isEmpty() && DAY_FIRST_MONEY.containsAll(money)) && dayFirst == null) {
            dates.replaceAll((i, st) -> st.fromLocale() && !st.dayFirst() ? st.ordered(true) : st);
        } else if (money.equals(java.util.Set.of("USD")) && !decimalComma && dayFirst == null) {
            // Dollars, written 1,234.56: an American file, whose dates put the month first (a Zoho export's "10/01/2026" was read
            // as 10 January on a day-first machine).
            dates.replaceAll((i, st) -> st.fromLocale() && st.dayFirst() ? st.ordered(false) : st);
        }
        return new ColumnFormats(amounts, dates, currencies);
    }

    /**
     * Currencies of countries that write the day before the month (the euro's, the pound's, the
     * rupee's, …), not the dollar's: a file whose amounts are all in them was written day first.
     */
    private static final java.util.Set<String> DAY_FIRST_MONEY = java.util.Set.of("EUR", "GBP", "CHF", "INR", "AUD", "NZD", "SEK", "NOK",
            "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "TRY", "BRL", "ARS", "CLP", "COP", "PEN", "MXN", "ZAR", "ILS", "UAH", "RUB");

    /** No currency is taken for granted: a "$" is the US dollar's (the first of its family), "kr" none. */
    private static final String NO_DEFAULT = "XXX";

    /** The currencies the sample names (a currency column's codes or names, the value column's signs; "?" for one not known). */
    private static java.util.Set<String> moneyNamed(List<ImportField> mapping, List<String[]> sample, Map<Integer, String> currencies,
            String fileCurrency) {
        java.util.Set<String> named = new java.util.HashSet<>();
        int column = mapping.indexOf(ImportField.DEAL_CURRENCY);
        for (String[] row : sample) {
            if (column >= 0 && column < row.length && !row[column].isBlank()) {
                String code = Amounts.currencyNamed(row[column].strip(), fileCurrency);
                named.add(code == null ? "?" : code);
            }
        }
        for (String mark : currencies.values()) {
            String code = Amounts.currencyNamed(mark, fileCurrency);
            code = code != null ? code : Amounts.currencyOfSign(mark, fileCurrency);
            named.add(code == null ? "?" : code);
        }
        if (named.isEmpty() && !fileCurrency.equals(NO_DEFAULT)) {
            named.add(fileCurrency); // no amount names one: the currency the file was said to be in
        }
        return named;
    }

    /** One line per told column, in column order: "Betrag: amounts 1.234,56", "Datum: dates dd.MM.yyyy". */
    public List<String> describe(List<String> headers) {
        List<String> out = new ArrayList<>();
        java.util.SortedSet<Integer> columns = new java.util.TreeSet<>(amounts.keySet());
        columns.addAll(dates.keySet());
        columns.addAll(currencies.keySet());
        for (int i : columns) {
            String header = i < headers.size() ? headers.get(i) : "column " + (i + 1);
            out.add(header + ": " + (dates.containsKey(i) ? "dates " + dates.get(i).describe() : amountsOf(i)));
        }
        return out;
    }

    /** As {@link #describe}, one short line for a summary: "amounts 1.234,56 · dates dd.MM.yyyy" (empty when none). */
    public String summary() {
        List<String> parts = new ArrayList<>();
        java.util.SortedSet<Integer> columns = new java.util.TreeSet<>(amounts.keySet());
        columns.addAll(currencies.keySet());
        columns.stream().map(this::amountsOf).distinct().forEach(parts::add);
        dates.values().stream().map(Dates.Style::describe).distinct().forEach(s -> parts.add("dates " + s));
        return String.join(" · ", parts);
    }

    /** "amounts 1,234.56", "amounts 1,234.56 in $", "amounts in USD". */
    private String amountsOf(int column) {
        Amounts.Column c = amounts.get(column);
        String in = currencies.get(column);
        return "amounts" + (c == null ? "" : " " + c.style().example()) + (in == null ? "" : " in " + in);
    }

    private static boolean amount(ImportField f) {
        return f == ImportField.DEAL_VALUE || f == ImportField.DEAL_FINAL_VALUE;
    }

    private static boolean date(ImportField f) {
        return Arrays.asList(ImportField.DEAL_EXPECTED_CLOSE, ImportField.DEAL_CLOSED_ON, ImportField.DEAL_CREATED_ON,
                ImportField.DEAL_IN_STAGE_SINCE).contains(f);
    }
    /**
     * The currency code or sign ("USD", "$") that every value of a sample naming one names, when at
     * least half of the values that read name it ("800" beside "$2,400" is dollars too); else null:
     * none names one, two name different ones, or the marked values are the exceptions ("USD 950"
     * among bare amounts in the default currency). Values that do not read are left out.
     */
    static String currencyOfColumn(Iterable<String> values) {
        String named = null;
        int read = 0;
        int marked = 0;
        for (String v : values) {
            Amounts.Read one;
            try {
                one = Amounts.read(v, (Amounts.Column) null);
            } catch (IllegalArgumentException e) {
                continue;
            }
            String mark = one.currency() != null ? one.currency() : one.sign();
            read++;
            if (mark == null) {
                continue;
            }
            if (named != null && !named.equals(mark)) {
                return null;
            }
            named = mark;
            marked++;
        }
        return 2 * marked >= read ? named : null;
    }

}
