package com.funnelboard.domain.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of an imported file as the file writes them: ISO (2026-03-12), year first with
 * slashes or dots (2026/03/12), day or month first with dots, slashes or dashes (12.03.2026,
 * 03/12/2026, 12-03-2026; a two-digit year is 2000–2079 or 1980–1999), or with the month named in
 * English, German, French, Spanish, Dutch, Portuguese or Italian ("12 Mar 2026", "12. März 2026",
 * "12 de marzo de 2026", "March 12, 2026"), each with an optional time ("12.03.2026 14:30",
 * "2026-03-12T14:30:00Z"; the date is the one written), or as a number (a spreadsheet's day number,
 * seconds or milliseconds since 1970: {@link #number}). Whether a column writes the day or the month
 * first is decided from its values ({@link #sniff}): a first number over 12 says day first, a second
 * over 12 month first; dotted dates with neither are day first; a column with neither clue takes the
 * order of the user's locale, and says so.
 */
public final class Dates {

    /**
     * How a column writes dates.
     *
     * @param dayFirst whether a date not written year first has its day before its month
     * @param pattern the pattern of the column's first date, as a summary shows it ("dd.MM.yyyy")
     * @param fromLocale whether the order could not be told from the values and is the user's locale's
     */
    public record Style(boolean dayFirst, String pattern, boolean fromLocale) {
        /** This style with the day or the month first as the user said ({@code --date-order}); a year-first pattern stays as it is. */
        public Style ordered(boolean day) {
            if (pattern.startsWith("yyyy")) {
                return new Style(day, pattern, false);
            }
            String p = pattern;
            if (day != dayFirst && (p.startsWith("dd") || p.startsWith("MM"))) {
                p = p.startsWith("dd") ? "MM" + p.substring(2, 3) + "dd" + p.substring(5) : "dd" + p.substring(2, 3) + "MM" + p.substring(5);
            }
            return new Style(day, p, false);
        }

        /**
         * "dd.MM.yyyy", "MM/dd/yyyy (your locale's order)"; a column whose first date is written year first and whose others
         * do not tell their order, "yyyy-MM-dd; others day first (your locale's order)" (it said "yyyy-MM-dd (your locale's
         * order)", and "10/01/2026" became 10 January unseen).
         */
        public String describe() {
            if (fromLocale && pattern.startsWith("yyyy")) {
                return pattern + "; others " + (dayFirst ? "day first" : "month first") + " (your locale's order)";
            }
            return pattern + (fromLocale ? " (your locale's order)" : "");
        }
    }

    private static final String TIME = "(?:(?:[ T]|, ?)(?<h>\\d{1,2}):(?<min>\\d{2})(?::(?<sec>\\d{2})(?:[.,]\\d{1,9})?)?(?: ?(?<ampm>[AaPp][Mm]))?"
            + "(?: ?(?<zone>Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?))?)?";
    private static final Pattern DATE = Pattern.compile("(?<a>\\d{1,4})(?<sep>[./-])(?<b>\\d{1,2})\\k<sep>(?<c>\\d{1,4})\\.?" + TIME);

    private static final String MONTH = "(?<mon>\\p{L}{3,10})\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<d>\\d{1,2})\\.?(?:\\s+de\\s+|\\s*-\\s*|\\s+)" + MONTH
            + "(?:\\s+de\\s+|\\s*-\\s*|,?\\s+)(?<y>\\d{4}|\\d{2})" + TIME);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})" + TIME);
    /** Month names and their abbreviations in English, German, French, Spanish, Dutch, Portuguese and Italian. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[] names = {
            "january jan januar janvier janv enero ene januari janeiro gennaio gen",
            "february feb februar fevrier fevr febrero februari fevereiro fev febbraio",
            "march mar marz maerz mars marzo maart mrt marco",
            "april apr avril avr abril abr aprile",
            "may mai mayo mei maio maggio mag",
            "june jun juni juin junio junho giugno giu",
            "july jul juli juillet juil julio julho luglio lug",
            "august aug aout agosto augustus ago",
            "september sep sept septembre septiembre setembro settembre set",
            "october oct oktober okt octobre octubre outubro out ottobre ott",
            "november nov novembre noviembre novembro",
            "december dec dezember dez decembre diciembre dic dezembro dicembre"};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i].split(" ")) {
                MONTHS.put(n, i + 1);
            }
        }
    }

    private Dates() {}

    /** The column's style from (a sample of) its values; null when none of them is a date this reads. */
    public static Style sniff(Iterable<String> values, Locale locale) {
        int day = 0;
        int month = 0;
        Boolean firstClue = null;
        boolean dotted = false;
        boolean ambiguous = false;
        String sep = null;
        boolean yearFirst = false;
        String year = "yyyy";
        String words = null;
        for (String v : values) {
            Matcher m = v == null ? null : DATE.matcher(v.strip());
            if (m == null || !m.matches()) {
                if (words == null && v != null && words(v.strip()) != null) {
                    words = MONTH_DAY_YEAR.matcher(v.strip()).matches() ? "MMM d, yyyy" : "d MMM yyyy";
                }
                continue;
            }
            boolean yf = m.group("a").length() == 4;
            if (sep == null) {
                sep = m.group("sep");
                yearFirst = yf;
                year = yf || m.group("c").length() == 4 ? "yyyy" : "yy";
            }
            if (yf || m.group("c").length() != 4 && m.group("c").length() != 2) {
                continue;
            }
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            if (a > 12 && b <= 12) {
                day++;
                firstClue = firstClue == null ? Boolean.TRUE : firstClue;
            } else if (b > 12 && a <= 12) {
                month++;
                firstClue = firstClue == null ? Boolean.FALSE : firstClue;
            } else {
                ambiguous = true;
            }
            dotted |= m.group("sep").equals(".");
        }
        if (sep == null) {
            return words == null ? null : new Style(dayFirst(locale), words, false);
        }
        boolean dayFirst;
        boolean fromLocale = false;
        if (day != month) {
            dayFirst = day > month;
        } else if (firstClue != null) {
            dayFirst = firstClue;
        } else if (dotted) {
            dayFirst = true;
        } else {
            dayFirst = dayFirst(locale);
            fromLocale = ambiguous;
        }
        String pattern = yearFirst ? "yyyy" + sep + "MM" + sep + "dd" : dayFirst ? "dd" + sep + "MM" + sep + year : "MM" + sep + "dd" + sep + year;
        return new Style(dayFirst, pattern, fromLocale);
    }

    /**
     * Reads one value in the column's style (null: as {@link #sniff} of the value alone decides).
     *
     * @throws IllegalArgumentException with the reason, for a problem's sentence
     */
    public static LocalDate read(String text, Style style, Locale locale) {
        String t = text == null ? "" : text.strip();
        LocalDate number = number(t);
        if (number != null) {
            return number;
        }
        Matcher m = DATE.matcher(t);
        if (m.matches() && time(m)) {
            String a = m.group("a");
            String c = m.group("c");
            Style s = style != null ? style : sniff(java.util.List.of(t), locale);
            try {
                if (a.length() == 4 && c.length() <= 2) {
                    return LocalDate.of(Integer.parseInt(a), Integer.parseInt(m.group("b")), Integer.parseInt(c));
                }
                if (a.length() <= 2 && (c.length() == 4 || c.length() == 2)) {
                    int first = Integer.parseInt(a);
                    int second = Integer.parseInt(m.group("b"));
                    int y = Integer.parseInt(c);
                    // A two-digit year is of this century up to 79 ("12.03.26" is 2026), else of the last ("31.12.99").
                    y = c.length() == 4 ? y : y < 80 ? 2000 + y : 1900 + y;
                    return s.dayFirst() ? LocalDate.of(y, second, first) : LocalDate.of(y, first, second);
                }
            } catch (DateTimeException e) {
                // out of range: the problem below
            }
        } else {
            LocalDate d = words(t);
            if (d != null) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a date: \"" + (t.length() <= 40 ? t : t.substring(0, 39) + "…") + "\""
                + (style == null || style.pattern().startsWith("yyyy-") ? " (write 2026-03-12)" : " (this column writes dates as " + style.pattern() + ")"));
    }

    /** A spreadsheet's day number (20,000–80,000) with a fraction of a day after a point or a comma. */
    private static final Pattern SERIAL_WITH_TIME = Pattern.compile("([2-7]\\d{4}|80000)[.,](\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\\d{5,13}(?:[.,]\\d+)?");
    /** The day before Excel's day 1 (1 January 1900), counting Excel's 29 February 1900, which never was. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /**
     * A date written as a number, as spreadsheets and other programs' exports leave them: a
     * spreadsheet's day number (45,000 is 15 March 2023; 20,000–80,000 are 1954–2119, with a time
     * of day as its fraction) or a moment in seconds or milliseconds since 1970 (the date in UTC) of
     * 1990–2100. Null for any other text.
     */
    private static LocalDate number(String t) {
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        int dot = Math.max(t.indexOf('.'), t.indexOf(',')); // a decimal comma where the sheet writes one
        long whole = Long.parseLong(dot < 0 ? t : t.substring(0, dot));
        if (whole >= 20_000 && whole <= 80_000) {
            return EXCEL_EPOCH.plusDays(whole);
        }
        if (dot < 0 && whole >= 631_152_000L && whole <= 4_102_444_800L) {
            return java.time.Instant.ofEpochSecond(whole).atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (dot < 0 && whole >= 631_152_000_000L && whole <= 4_102_444_800_000L) {
            return java.time.Instant.ofEpochMilli(whole).atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return null;
    }

    /** A weekday's name before a date, in the languages whose months are read, with its comma. */
    private static final Pattern WEEKDAY = Pattern.compile("(?iu)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?"
            + "\\.?,?\\s+|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
            + "dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
            + "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|"
            + "sabato|domenica)\\.?,?\\s+");

    /** A date with its month named ("12 Mar 2026", "12. März 2026", "12 de marzo de 2026", "March 12, 2026"); null when it is none. */
    private static LocalDate words(String text) {
        String t = WEEKDAY.matcher(text).replaceFirst(""); // Excel's long date: "Tuesday, March 5, 2024"
        Matcher m = DAY_MONTH_YEAR.matcher(t);
        if (!m.matches()) {
            m = MONTH_DAY_YEAR.matcher(t);
            if (!m.matches()) {
                return null;
            }
        }
        String name = Normalizer.normalize(m.group("mon"), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        Integer month = MONTHS.get(name);
        if (month == null || !time(m)) {
            return null;
        }
        int y = Integer.parseInt(m.group("y"));
        y = m.group("y").length() == 4 ? y : y < 80 ? 2000 + y : 1900 + y;
        try {
            return LocalDate.of(y, month, Integer.parseInt(m.group("d")));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The time of day a date is written with ("2024-03-05 14:22:10", "3/5/2024 2:22 PM",
     * "2024-03-05T14:22:10Z"), and the offset from UTC it names (null when it names none: the
     * reader's own time); null when it gives no time.
     */
    public record TimeOfDay(java.time.LocalTime time, java.time.ZoneOffset offset) {}

    /** The time of day {@code text} gives after its date, or null (see {@link TimeOfDay}). */
    public static TimeOfDay timeOf(String text) {
        String t = text == null ? "" : text.strip();
        java.util.regex.Matcher serial = SERIAL_WITH_TIME.matcher(t);
        if (serial.matches()) {
            // A spreadsheet's day number with its fraction of a day ("45357.61" is 14:38:24), in the sheet's own time.
            long seconds = Math.round(Double.parseDouble("0." + serial.group(2)) * 86_400);
            return new TimeOfDay(java.time.LocalTime.ofSecondOfDay(Math.min(seconds, 86_399)), null);
        }
        for (Pattern p : new Pattern[] {DATE, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
            Matcher m = p.matcher(t);
            if (m.matches() && m.group("h") != null && time(m)) {
                int h = Integer.parseInt(m.group("h"));
                if (m.group("ampm") != null) {
                    h = h % 12 + (m.group("ampm").equalsIgnoreCase("pm") ? 12 : 0);
                }
                int sec = m.group("sec") == null ? 0 : Math.min(Integer.parseInt(m.group("sec")), 59);
                String z = m.group("zone");
                java.time.ZoneOffset offset = z == null ? null
                        : z.equals("Z") || z.equals("UTC") || z.equals("GMT") ? java.time.ZoneOffset.UTC
                        : java.time.ZoneOffset.of(z.length() == 3 ? z : z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z);
                return new TimeOfDay(java.time.LocalTime.of(h, Integer.parseInt(m.group("min")), sec), offset);
            }
        }
        return null;
    }

    private static boolean time(Matcher m) {
        if (m.group("h") == null) {
            return true;
        }
        int h = Integer.parseInt(m.group("h"));
        return (m.group("ampm") == null ? h < 24 : h >= 1 && h <= 12) && Integer.parseInt(m.group("min")) < 60;
    }

    /** Whether the locale writes the day before the month (Germany, France) or after (the United States). */
    public static boolean dayFirst(Locale locale) {
        String p = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        int d = p.indexOf('d');
        int m = p.indexOf('M');
        return d >= 0 && m >= 0 && d < m;
    }
}
