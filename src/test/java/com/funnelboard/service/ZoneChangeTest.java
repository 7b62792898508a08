package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rep who flew from Berlin to New York is told the window's times are New York's now (a call at 9:00 showed at 3:00). */
class ZoneChangeTest {

    @TempDir
    Path dir;

    @Test
    void aNewZoneIsSaidOnceAndTheFirstStartSaysNothing() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZoneId newYork = ZoneId.of("America/New_York");
        try (Store store = Fixtures.store(dir)) {
            SetupService setup = new SetupService(store, Locale.UK);
            assertThat(ZoneChange.sinceLastStart(setup, berlin, Fixtures.NOW, Locale.UK)).as("the first start").isNull();
            assertThat(ZoneChange.sinceLastStart(setup, berlin, Fixtures.NOW, Locale.UK)).as("the same zone").isNull();
            assertThat(ZoneChange.sinceLastStart(setup, newYork, Fixtures.NOW, Locale.UK)).isEqualTo("Times are shown in Eastern Time now "
                    + "(America/New_York), at the last start in Central European Time (Europe/Berlin): follow-ups keep their moment, so 9:00 "
                    + "there is 4:00 here.");
            assertThat(ZoneChange.sinceLastStart(setup, newYork, Fixtures.NOW, Locale.UK)).as("said once").isNull();
            assertThat(ZoneChange.sinceLastStart(setup, ZoneId.of("America/Toronto"), Fixtures.NOW, Locale.UK))
                    .as("another name for the same clock").isNull();
        }
    }
}
