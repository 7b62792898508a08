package com.funnelboard.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.ui.contact.ContactPaneViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Times typed or picked in the desktop app's forms: a time the clocks skip is refused with the sentence the form shows. */
class TypedTimesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String SKIPPED = "2026-03-29 02:30 does not exist in Europe/Berlin: the clocks go forward that night; write 03:30";

    @Test
    void theFollowUpDialogRefusesATimeTheClocksSkip() {
        LocalDate switchDay = LocalDate.parse("2026-03-29");
        assertThatThrownBy(() -> FollowUpDialog.parse(switchDay, "2:30", BERLIN)).hasMessage(SKIPPED);
        assertThat(FollowUpDialog.parse(switchDay, "03:30", BERLIN)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(FollowUpDialog.parse(LocalDate.parse("2026-10-25"), "02:30", BERLIN)).as("the first 02:30")
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThatThrownBy(() -> FollowUpDialog.parse(switchDay, "half past two", BERLIN)).hasMessage("Write the time as 09:30");
        assertThatThrownBy(() -> FollowUpDialog.parse(null, "09:30", BERLIN)).hasMessage("Pick a date");
    }

    @Test
    void theLogBarRefusesATimeTheClocksSkip() {
        Clock switchNight = Clock.fixed(Instant.parse("2026-03-29T05:00:00Z"), BERLIN);
        assertThatThrownBy(() -> ContactPaneViewModel.parseWhen("02:30", switchNight)).hasMessage(SKIPPED);
        assertThatThrownBy(() -> ContactPaneViewModel.parseWhen("2026-03-29 02:30", switchNight)).hasMessage(SKIPPED);
        assertThat(ContactPaneViewModel.parseWhen("2026-10-25 02:30", switchNight)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(ContactPaneViewModel.parseWhen("01:30", switchNight)).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
    }
}
