package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The days people type when they plan the next call. */
class DateWordsTest {

    /** A Saturday. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void wordsWeekdaysAndDaysAhead() {
        assertThat(DateWords.parse("today", TODAY, Locale.US)).contains(TODAY);
        assertThat(DateWords.parse("Tomorrow", TODAY, Locale.US)).contains(LocalDate.of(2026, 12, 6));
        assertThat(DateWords.parse("next tuesday", TODAY, Locale.US)).contains(LocalDate.of(2026, 12, 8));
        assertThat(DateWords.parse("tue", TODAY, Locale.US)).contains(LocalDate.of(2026, 12, 8));
        assertThat(DateWords.parse("saturday", TODAY, Locale.US)).as("a week on, not today").contains(LocalDate.of(2026, 12, 12));
        assertThat(DateWords.parse("Dienstag", TODAY, Locale.GERMANY)).contains(LocalDate.of(2026, 12, 8));
        assertThat(DateWords.parse("+3", TODAY, Locale.US)).contains(LocalDate.of(2026, 12, 8));
        assertThat(DateWords.parse("in 2 weeks", TODAY, Locale.US)).contains(LocalDate.of(2026, 12, 19));
        assertThat(DateWords.parse("10d", TODAY, Locale.US)).contains(LocalDate.of(2026, 12, 15));
        assertThat(DateWords.parse("2027-01-04", TODAY, Locale.US)).contains(LocalDate.of(2027, 1, 4));
        assertThat(DateWords.parse("yesterday", TODAY, Locale.US)).as("a close date or a call logged").contains(LocalDate.of(2026, 12, 4));
        assertThat(DateWords.parse("gestern", TODAY, Locale.GERMANY)).contains(LocalDate.of(2026, 12, 4));
        assertThat(DateWords.parse("hier", TODAY, Locale.FRANCE)).contains(LocalDate.of(2026, 12, 4));
    }

    /** "morgen" in Hamburg: it was refused, and only "tomorrow" read; the field's hint offers the user's own words. */
    @Test
    void theRelativeWordsOfTheUsersLanguage() {
        assertThat(DateWords.parse("morgen", TODAY, Locale.GERMANY)).contains(LocalDate.of(2026, 12, 6));
        assertThat(DateWords.parse("Heute", TODAY, Locale.GERMANY)).contains(TODAY);
        assertThat(DateWords.parse("übermorgen", TODAY, Locale.GERMANY)).contains(LocalDate.of(2026, 12, 7));
        assertThat(DateWords.parse("tuesday", TODAY, Locale.GERMANY)).as("English weekdays everywhere").contains(LocalDate.of(2026, 12, 8));
        assertThat(DateWords.parse("demain", TODAY, Locale.FRANCE)).contains(LocalDate.of(2026, 12, 6));
        assertThat(DateWords.parse("morgen", TODAY, Locale.US)).as("not an English word").isEmpty();
        assertThat(DateWords.examples(Locale.GERMANY)).isEqualTo("morgen, Dienstag or +3");
        assertThat(DateWords.examples(Locale.US)).isEqualTo("tomorrow, tuesday or +3");
        assertThat(DateWords.word(Locale.GERMANY, 0, "today")).isEqualTo("heute");
    }

    @Test
    void aDayAndMonthInTheLocalesOrderIsTheNextSuchDay() {
        assertThat(DateWords.parse("12/8", TODAY, Locale.US)).contains(LocalDate.of(2026, 12, 8));
        assertThat(DateWords.parse("12/8", TODAY, Locale.UK)).as("12 August: passed, so next year").contains(LocalDate.of(2027, 8, 12));
        assertThat(DateWords.parse("8.12.", TODAY, Locale.GERMANY)).contains(LocalDate.of(2026, 12, 8));
        assertThat(DateWords.parse("1/15", TODAY, Locale.US)).contains(LocalDate.of(2027, 1, 15));
        assertThat(DateWords.parse("30.09.2026", TODAY, Locale.US)).as("dots: day first, whatever the locale").contains(LocalDate.of(2026, 9, 30));
        assertThat(DateWords.parse("1.2.2027", TODAY, Locale.GERMANY)).contains(LocalDate.of(2027, 2, 1));
        assertThat(DateWords.parse("31.02.2026", TODAY, Locale.US)).isEmpty();
    }

    @Test
    void whatNamesNoDayIsNone() {
        for (String bad : new String[] {"", "soon", "13/45", "next", "12", "in a while", "2026-13-01"}) {
            assertThat(DateWords.parse(bad, TODAY, Locale.US)).as(bad).isEmpty();
        }
    }
}
