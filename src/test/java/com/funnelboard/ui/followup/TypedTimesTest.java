package com.funnelboard.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import com.funnelboard.ui.common.Formats;
import com.funnelboard.ui.common.TypedTimes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Times typed or picked in the desktop app's forms: in the locale's clock as the window writes times, or the other
 * one; a time the clocks skip is refused with the sentence the form shows.
 */
class TypedTimesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Locale UK = Locale.UK;
    static final Locale US = Locale.US;
    static final String SKIPPED = "2026-03-29 02:30 does not exist in Europe/Berlin: the clocks go forward that night; write 03:30";

    @Test
    void theFollowUpDialogRefusesATimeTheClocksSkip() {
        LocalDate switchDay = LocalDate.parse("2026-03-29");
        assertThatThrownBy(() -> FollowUpDialog.parse(switchDay, "2:30", BERLIN, UK)).hasMessage(SKIPPED);
        assertThat(FollowUpDialog.parse(switchDay, "03:30", BERLIN, UK)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(FollowUpDialog.parse(LocalDate.parse("2026-10-25"), "02:30", BERLIN, UK)).as("the first 02:30")
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThatThrownBy(() -> FollowUpDialog.parse(switchDay, "half past two", BERLIN, UK)).hasMessage("Write the time like 09:30");
        assertThatThrownBy(() -> FollowUpDialog.parse(null, "09:30", BERLIN, UK)).hasMessage("Pick a date");
    }

    @Test
    void theLogBarRefusesATimeTheClocksSkip() {
        Clock switchNight = Clock.fixed(Instant.parse("2026-03-29T05:00:00Z"), BERLIN);
        assertThatThrownBy(() -> TypedTimes.when("02:30", switchNight, UK)).hasMessage(SKIPPED);
        assertThatThrownBy(() -> TypedTimes.when("2026-03-29 02:30", switchNight, UK)).hasMessage(SKIPPED);
        assertThat(TypedTimes.when("2026-10-25 02:30", switchNight, UK)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(TypedTimes.when("01:30", switchNight, UK)).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
    }

    @Test
    void aTimeIsReadInTheLocalesClockAndInTheOther() {
        for (Locale l : List.of(US, UK, Locale.GERMANY)) {
            assertThat(TypedTimes.read("14:30", l)).as(l.toString()).contains(LocalTime.of(14, 30));
            assertThat(TypedTimes.read("2:30 pm", l)).as(l.toString()).contains(LocalTime.of(14, 30));
            assertThat(TypedTimes.read("2:30 P.M.", l)).as(l.toString()).contains(LocalTime.of(14, 30));
            assertThat(TypedTimes.read("2pm", l)).as(l.toString()).contains(LocalTime.of(14, 0));
            assertThat(TypedTimes.read("9.30", l)).as(l.toString()).contains(LocalTime.of(9, 30));
            assertThat(TypedTimes.read("9:05", l)).as(l.toString()).contains(LocalTime.of(9, 5));
            assertThat(TypedTimes.read("12:15 AM", l)).as(l.toString()).contains(LocalTime.of(0, 15));
            assertThat(TypedTimes.read("12:15 PM", l)).as(l.toString()).contains(LocalTime.of(12, 15));
            for (String not : List.of("", "half past two", "25:00", "9:75", "13:00 pm", "0:30 am", "2026-03-12")) {
                assertThat(TypedTimes.read(not, l)).as(l + ": " + not).isEmpty();
            }
        }
        assertThat(TypedTimes.read("14h30", Locale.FRANCE)).contains(LocalTime.of(14, 30));
        // "14 Uhr" and "14.30 Uhr" were refused in Hamburg ("Write the time like 09:30").
        assertThat(TypedTimes.read("14 Uhr", Locale.GERMANY)).contains(LocalTime.of(14, 0));
        assertThat(TypedTimes.read("14.30 Uhr", Locale.GERMANY)).contains(LocalTime.of(14, 30));
        assertThat(TypedTimes.read("9 o'clock", US)).contains(LocalTime.of(9, 0));
        assertThat(TypedTimes.read("25 Uhr", Locale.GERMANY)).isEmpty();
    }

    /** What the window writes, the field reads back: the dialog's time starts as the rest of the window writes times. */
    @Test
    void whatTheWindowWritesItReadsBack() {
        for (Locale l : List.of(US, UK, Locale.GERMANY, Locale.FRANCE, Locale.JAPAN, Locale.KOREA, Locale.forLanguageTag("ar-EG"))) {
            for (LocalTime t : List.of(LocalTime.of(9, 0), LocalTime.of(0, 5), LocalTime.of(12, 0), LocalTime.of(23, 59))) {
                String written = Formats.of(l, BERLIN).time(t);
                assertThat(TypedTimes.read(written, l)).as(l + ": " + written).contains(t);
            }
        }
        assertThat(Formats.of(US, BERLIN).time(LocalTime.of(14, 30))).as("12 hours in the US").isEqualTo("2:30\u202FPM");
        assertThat(Formats.of(UK, BERLIN).time(LocalTime.of(14, 30))).as("24 hours in the UK").isEqualTo("14:30");
        assertThat(TypedTimes.notATime(US)).isEqualTo("Write the time like 9:30\u202FAM");
        assertThat(TypedTimes.notATime(Locale.GERMANY)).isEqualTo("Write the time like 09:30");
        assertThatThrownBy(() -> FollowUpDialog.parse(LocalDate.parse("2026-03-12"), "soon", BERLIN, US))
                .hasMessage("Write the time like 9:30\u202FAM");
        assertThat(FollowUpDialog.parse(LocalDate.parse("2026-03-12"), "2:30 PM", BERLIN, US)).isEqualTo(Instant.parse("2026-03-12T13:30:00Z"));
    }

    @Test
    void theLogBarReadsEitherClock() {
        Clock noon = Clock.fixed(Instant.parse("2026-03-12T11:00:00Z"), BERLIN);
        assertThat(TypedTimes.when("2:30 PM", noon, US)).isEqualTo(Instant.parse("2026-03-12T13:30:00Z"));
        assertThat(TypedTimes.when("14:30", noon, US)).isEqualTo(Instant.parse("2026-03-12T13:30:00Z"));
        assertThat(TypedTimes.when("2026-03-10 9:15 am", noon, UK)).isEqualTo(Instant.parse("2026-03-10T08:15:00Z"));
        assertThat(TypedTimes.when(" ", noon, US)).isNull();
        // A day and a time as the command line's --at reads them ("yesterday 15:00" was refused here).
        assertThat(TypedTimes.when("yesterday 15:00", noon, US)).isEqualTo(Instant.parse("2026-03-11T14:00:00Z"));
        assertThat(TypedTimes.when("yesterday 3pm", noon, UK)).isEqualTo(Instant.parse("2026-03-11T14:00:00Z"));
        assertThatThrownBy(() -> TypedTimes.when("yesterday", noon, US)).hasMessage("Add the time: yesterday 2:30\u202FPM");
        assertThatThrownBy(() -> TypedTimes.when("half past two", noon, US))
                .hasMessage("Write the time like 2:30\u202FPM, yesterday 2:30\u202FPM or 2026-03-12 2:30\u202FPM");
        assertThatThrownBy(() -> TypedTimes.when("2026-02-30 10:00", noon, UK))
                .hasMessage("Write the time like 14:30, yesterday 14:30 or 2026-03-12 14:30");
    }
}
