package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.MutableClock;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .ics export, parsed back with the same library: the same events, stable UIDs, alarms. */
class CalendarExportTest {

    @TempDir
    Path dir;

    MutableClock clock;
    Store store;
    FollowUpService followUps;
    CalendarExport export;
    Deal deal;

    @BeforeEach
    void open() {
        clock = new MutableClock(Fixtures.NOW, ZoneId.of("Europe/Berlin"));
        store = Store.open(dir.resolve("p.db"), clock);
        followUps = new FollowUpService(store);
        export = new CalendarExport(store);
        deal = Fixtures.deal(store, "Pilot", Stage.PROSPECT, null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Map<String, VEvent> events(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file)) {
            Calendar c = new CalendarBuilder().build(r);
            List<VEvent> events = c.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
            return events.stream().collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
        }
    }

    static String prop(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void everyFollowUpIsAnEventWithItsUidTimeDescriptionAndAlarm() throws Exception {
        FollowUp call = followUps.schedule(deal.id(), Instant.parse("2026-03-13T09:00:00Z"), FollowUpKind.CALL, "Ask about the budget");
        FollowUp meeting = followUps.schedule(deal.id(), Instant.parse("2026-03-20T14:30:00Z"), FollowUpKind.MEETING, null);
        Path file = dir.resolve("followups.ics");
        assertThat(export.export(file, null, null)).isEqualTo(2);

        Map<String, VEvent> events = events(file);
        assertThat(events).containsOnlyKeys(call.id() + "@funnelboard", meeting.id() + "@funnelboard");
        VEvent e = events.get(call.id() + "@funnelboard");
        assertThat(prop(e, Property.SUMMARY)).isEqualTo("Call: Pilot");
        assertThat(prop(e, Property.DTSTART)).isEqualTo("20260313T090000Z");
        assertThat(prop(e, Property.DESCRIPTION)).contains("Deal: Pilot (Prospect)", "Contact: Contact of Pilot, Org of Pilot",
                "Ask about the budget");
        assertThat(e.getAlarms()).hasSize(1);
        assertThat(prop(e, Property.DTEND)).isEqualTo("20260313T093000Z");
    }

    @Test
    void aNewerExportUpdatesTheSameEventsInsteadOfAddingCopies() throws Exception {
        FollowUp call = followUps.schedule(deal.id(), Instant.parse("2026-03-13T09:00:00Z"), FollowUpKind.CALL, null);
        Path file = dir.resolve("followups.ics");
        export.export(file, null, null);
        VEvent before = events(file).get(call.id() + "@funnelboard");

        clock.advance(Duration.ofDays(1));
        followUps.snooze(call.id(), Instant.parse("2026-03-16T08:00:00Z"));
        export.export(file, null, null);
        VEvent snoozed = events(file).get(call.id() + "@funnelboard");
        assertThat(events(file)).hasSize(1);
        assertThat(prop(snoozed, Property.DTSTART)).isEqualTo("20260316T080000Z");
        assertThat(Integer.parseInt(prop(snoozed, Property.SEQUENCE))).isGreaterThan(Integer.parseInt(prop(before, Property.SEQUENCE)));

        clock.advance(Duration.ofDays(5));
        followUps.complete(call.id());
        export.export(file, null, null);
        VEvent done = events(file).get(call.id() + "@funnelboard");
        assertThat(prop(done, Property.SUMMARY)).startsWith("✓ ");
        assertThat(done.getAlarms()).as("no reminder for a done follow-up").isEmpty();
        assertThat(Integer.parseInt(prop(done, Property.SEQUENCE))).isGreaterThan(Integer.parseInt(prop(snoozed, Property.SEQUENCE)));
    }

    @Test
    void theRangeIsLocalDaysInclusiveAndAFailedWriteKeepsTheOldFile() throws Exception {
        followUps.schedule(deal.id(), Instant.parse("2026-03-12T22:30:00Z"), FollowUpKind.CALL, null); // 23:30 on the 12th in Berlin
        followUps.schedule(deal.id(), Instant.parse("2026-03-12T23:30:00Z"), FollowUpKind.CALL, null); // 00:30 on the 13th
        Path file = dir.resolve("followups.ics");
        assertThat(export.export(file, LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 12))).isEqualTo(1);
        assertThat(export.export(file, LocalDate.of(2026, 3, 13), null)).isEqualTo(1);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> export.export(file, LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(InvalidInputException.class);
        Path blocked = dir.resolve("not-a-dir");
        Files.writeString(blocked, "x");
        assertThatThrownBy(() -> export.export(blocked.resolve("f.ics"), null, null)).isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
