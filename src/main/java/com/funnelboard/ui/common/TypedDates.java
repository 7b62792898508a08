package com.funnelboard.ui.common;

import com.funnelboard.domain.DateWords;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date field that writes its date as the rest of the window does, in words ({@link Formats#date}:
 * "Dec 8, 2026"), reads what people type besides that form ("12/8/2026", "tomorrow", "tuesday",
 * "12/8", "+3": see {@link DateWords}), and says so when the text names no day, rather than quietly
 * putting the date back as it was.
 */
public final class TypedDates {

    private TypedDates() {}

    /**
     * Makes {@code picker} lenient; {@code problem} is told "" while its text names a day, else the
     * sentence to show.
     */
    public static void lenient(DatePicker picker, Supplier<LocalDate> today, Locale locale, Consumer<String> problem) {
        inWords(picker, locale);
        StringConverter<LocalDate> format = picker.getConverter();
        Lenient lenient = new Lenient(format, picker, today, locale);
        picker.setConverter(lenient);
        picker.valueProperty().addListener((o, was, now) -> lenient.unreadable = null);
        // Left, a day typed any way is written back as the window writes days ("12/8/2026" → "Dec 8, 2026"): one that named the
        // day already shown stayed as typed, and "8.12.2026" in an American window was taken as 8 December without a word.
        picker.getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                javafx.application.Platform.runLater(() -> {
                    if (!picker.getEditor().isFocused() && lenient.unreadable == null && picker.getValue() != null
                            && read(format, picker.getEditor().getText(), today.get(), locale).filter(picker.getValue()::equals).isPresent()) {
                        picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
                    }
                });
            }
        });
        picker.getEditor().textProperty().addListener((o, was, text) -> problem.accept(text == null || text.isBlank() ? "Pick a date"
                : read(format, text, today.get(), locale).isPresent() ? "" : notADay(picker, today.get(), com.funnelboard.domain.DateWords.examples(locale))));
    }

    /**
     * As {@link #lenient}, the field itself saying what is wrong: red while its text names no day,
     * the sentence in its tooltip in place of {@code hint}, told to {@code problem} too ("" once it
     * names one). Where {@code emptyAllowed}, an empty field is no problem (a day that may be unset).
     */
    public static void marked(DatePicker picker, Supplier<LocalDate> today, Locale locale, String hint, boolean emptyAllowed,
            Consumer<String> problem) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(hint);
        picker.setTooltip(tip);
        lenient(picker, today, locale, said -> {
            String text = picker.getEditor().getText();
            String wrong = emptyAllowed && (text == null || text.isBlank()) ? "" : said;
            picker.getEditor().pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, !wrong.isEmpty());
            tip.setText(wrong.isEmpty() ? hint : wrong);
            problem.accept(wrong);
        });
    }

    /**
     * Makes {@code picker} write its date in words as the window does everywhere else ("Dec 8, 2026",
     * not the picker's own "12/8/2026"); it still reads the numbers people type.
     */
    public static void inWords(DatePicker picker, Locale locale) {
        if (!(picker.getConverter() instanceof InWords)) {
            picker.setConverter(new InWords(picker.getConverter(), Formats.of(locale, java.time.ZoneOffset.UTC)));
            LocalDate shown = picker.getValue();
            picker.getEditor().setText(shown == null ? "" : picker.getConverter().toString(shown));
        }
    }

    /** A date in words, read back in words or in the locale's numbers. */
    private static final class InWords extends StringConverter<LocalDate> {
        private final StringConverter<LocalDate> numbers;
        private final Formats formats;

        InWords(StringConverter<LocalDate> numbers, Formats formats) {
            this.numbers = numbers;
            this.formats = formats;
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : formats.date(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return formats.readDate(text.strip()).orElseGet(() -> numbers.fromString(text.strip()));
        }
    }


    /** What is said of text that names no day, with the picker's own format as the example and the words that suit the field. */
    public static String notADay(DatePicker picker, LocalDate today, String words) {
        StringConverter<LocalDate> format = picker.getConverter() instanceof Lenient l ? l.format : picker.getConverter();
        return "Not a date: write it like " + format.toString(today) + ", or " + words;
    }

    /** The day the picker's text names as it stands (typed, not yet committed); empty when it names none. */
    public static Optional<LocalDate> typed(DatePicker picker, Supplier<LocalDate> today, Locale locale) {
        StringConverter<LocalDate> format = picker.getConverter() instanceof Lenient l ? l.format : picker.getConverter();
        return read(format, picker.getEditor().getText(), today.get(), locale);
    }

    /**
     * Reads the picker's format and {@link DateWords}. Text that names no day stays in the field as
     * typed, marked, where the picker wrote its date back over it (the date it kept was what a click
     * on Schedule took, without a word); a date picked in the calendar replaces it.
     */
    private static final class Lenient extends StringConverter<LocalDate> {
        final StringConverter<LocalDate> format;
        private final DatePicker picker;
        private final Supplier<LocalDate> today;
        private final Locale locale;
        String unreadable;

        Lenient(StringConverter<LocalDate> format, DatePicker picker, Supplier<LocalDate> today, Locale locale) {
            this.format = format;
            this.picker = picker;
            this.today = today;
            this.locale = locale;
        }

        @Override
        public String toString(LocalDate date) {
            return unreadable != null ? unreadable : format.toString(date);
        }

        @Override
        public LocalDate fromString(String text) {
            Optional<LocalDate> day = read(format, text, today.get(), locale);
            unreadable = day.isPresent() || text == null || text.isBlank() ? null : text;
            return day.orElse(picker.getValue());
        }
    }

    /**
     * Whether a date read from numbers ("31.02.2026", "2/31/26") names its day of the month as typed: a
     * reading that moved it to another day (the 31st of February to the 28th) does not.
     */
    static boolean namesItsDay(String text, LocalDate read) {
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("\\d+").matcher(text);
        java.util.List<Integer> typed = new java.util.ArrayList<>();
        while (numbers.find()) {
            if (numbers.group().length() <= 2) {
                typed.add(Integer.parseInt(numbers.group()));
            }
        }
        return typed.size() < 2 || typed.contains(read.getDayOfMonth());
    }

    private static Optional<LocalDate> read(StringConverter<LocalDate> format, String text, LocalDate today, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate d = format.fromString(text.strip());
            if (d != null && !namesItsDay(text, d)) {
                // The format's "smart" reading made February 31 the 28th, and the field said "All changes saved" of a day never typed.
                return Optional.empty();
            }
            if (d != null) {
                // A year outside 1900–9999 ("1/1/1" read as the year 1) names no day Funnelboard keeps.
                return Optional.of(d).filter(com.funnelboard.domain.CalendarYears::holds);
            }
        } catch (DateTimeException | IllegalArgumentException notItsFormat) {
            // words, or a day without its year
        }
        return DateWords.parse(text, today, locale).filter(com.funnelboard.domain.CalendarYears::holds);
    }
}
