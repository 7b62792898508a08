package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpEntry;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.MutableClock;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * The .ics export, parsed back with the same library: the same events, stable UIDs, alarms; any text (emoji, accents,
 * right-to-left scripts) comes back as it was, control characters never reach the file, lines are at most 75 octets.
 */
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

    /** The events of iCalendar text, by UID. */
    static Map<String, VEvent> events(String ics) throws Exception {
        Calendar c = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = c.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        return events.stream().collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
    }

    /**
     * The file is strict UTF-8, every physical line at most 75 octets, and the only control characters are the CRLF line
     * ends: no tab, no DEL, no C1 control, no bidirectional override or isolate.
     */
    static String assertWellFormed(byte[] bytes) {
        List<String> lines = IcsFoldingTest.physicalLines(bytes);
        String text = IcsFoldingTest.strictUtf8(bytes, 0, bytes.length);
        assertThat(text).endsWith("\r\n");
        for (String line : lines) {
            line.codePoints().forEach(cp -> assertThat(cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e)
                    || (cp >= 0x2066 && cp <= 0x2069))
                    .as("U+%04X in line \"%s\"", cp, line).isFalse());
        }
        return text;
    }

    static String description(Deal deal, String note) {
        return "Deal: " + deal.title() + " (" + deal.stage().label() + ")\nContact: Contact of " + deal.title() + ", Org of "
                + deal.title() + "\n" + note;
    }

    @Test
    void emojiAccentsAndRightToLeftTextComeBackAsTheyWere() throws Exception {
        Deal demo = Fixtures.deal(store, "Demo 🚀🎉 für Zoë", Stage.OPPORTUNITY, null);
        List<String> notes = List.of("Demo 🚀🎉 für Zoë",
                "عرض توضيحي للعميل الساعة ١٠ — مع 🚀",
                "הַדְגָּמָה לַלָּקוֹחַ (שָׁלוֹם) 12:30",
                "Zoe\u0308 cafe\u0301 Åström: 漢字かな, 👨\u200D👩\u200D👧\u200D👦 🇩🇪 👍🏽 \uD834\uDD1E",
                "Multi-line\nsecond line: 🎉🎉🎉\nthird");
        Map<String, String> byUid = new java.util.HashMap<>();
        for (int i = 0; i < notes.size(); i++) {
            FollowUp f = followUps.schedule(demo.id(), Instant.parse("2026-03-13T09:00:00Z").plus(Duration.ofHours(i)), FollowUpKind.EMAIL,
                    notes.get(i));
            byUid.put(f.id() + "@funnelboard", notes.get(i));
        }
        Path file = dir.resolve("followups.ics");
        assertThat(export.export(file, null, null)).isEqualTo(notes.size());

        assertWellFormed(Files.readAllBytes(file));
        Map<String, VEvent> events = events(file);
        assertThat(events).containsOnlyKeys(byUid.keySet());
        byUid.forEach((uid, note) -> {
            VEvent e = events.get(uid);
            assertThat(prop(e, Property.SUMMARY)).isEqualTo("Email: Demo 🚀🎉 für Zoë");
            assertThat(prop(e, Property.DESCRIPTION)).isEqualTo(description(demo, note));
        });
    }

    @Test
    void runsOfEmojiAndAccentsCrossTheFoldAtEveryOffset() throws Exception {
        // ical4j's own folding cut an emoji between its surrogates at one of these offsets (the export failed with a
        // MalformedInputException) and made lines of 'é' 146 octets long.
        Map<String, String[]> expected = new java.util.HashMap<>();
        for (int offset = 0; offset <= 80; offset++) {
            String title = "x".repeat(offset) + "🚀🎉".repeat(20) + "é".repeat(40);
            Deal d = Fixtures.deal(store, title, Stage.LEAD, null);
            String note = "y".repeat(offset) + "é".repeat(80) + " " + "🚀".repeat(40) + " " + "€".repeat(30);
            FollowUp f = followUps.schedule(d.id(), Instant.parse("2026-03-13T09:00:00Z"), FollowUpKind.CALL, note);
            expected.put(f.id() + "@funnelboard", new String[] {"Call: " + title, description(d, note)});
        }
        Path file = dir.resolve("followups.ics");
        assertThat(export.export(file, null, null)).isEqualTo(81);

        assertWellFormed(Files.readAllBytes(file));
        Map<String, VEvent> events = events(file);
        assertThat(events).hasSize(81);
        expected.forEach((uid, summaryAndDescription) -> {
            VEvent e = events.get(uid);
            assertThat(prop(e, Property.SUMMARY)).isEqualTo(summaryAndDescription[0]);
            assertThat(prop(e, Property.DESCRIPTION)).isEqualTo(summaryAndDescription[1]);
            assertThat(e.getAlarms().getFirst().getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                    .isEqualTo(summaryAndDescription[0]);
        });
    }

    @Test
    void controlCharactersAreLeftOutAndLineBreaksKeptOnlyInTheDescription() throws Exception {
        UUID id = UUID.randomUUID();
        FollowUp f = new FollowUp(id, UUID.randomUUID(), Instant.parse("2026-03-13T09:00:00Z"), FollowUpKind.CALL,
                "first\r\nsecond\rthird\nfourth\u2028fifth\u001b]52;c;ZXZpbA==\u0007 \u202Eevil\u202C\ttab\u0000end\u0085last\u009b2J\u007f",
                null);
        FollowUpEntry entry = new FollowUpEntry(f, "Pilot\u001b[2J\u0007 phase\r\n2\u0000 \uD83D!", Stage.PROSPECT,
                "Zoë\u001b[31m\u2066Red", "Acme\nEvil\u0008 Corp", null);

        String ics = assertWellFormed(CalendarExport.ics(List.of(entry), Fixtures.NOW).getBytes(StandardCharsets.UTF_8));

        VEvent e = events(ics).get(id + "@funnelboard");
        assertThat(prop(e, Property.SUMMARY)).as("line breaks become spaces, an unpaired surrogate U+FFFD")
                .isEqualTo("Call: Pilot[2J phase 2 \uFFFD!");
        assertThat(prop(e, Property.DESCRIPTION)).isEqualTo("Deal: Pilot[2J phase 2 \uFFFD! (Prospect)\n"
                + "Contact: Zoë[31mRed, Acme Evil Corp\n"
                + "first\nsecond\nthird\nfourth\nfifth]52;c;ZXZpbA== evil tabend\nlast2J");
    }

    /** A lost deal's meetings still to come are cancelled, not done: they sat in the calendar as "✓ Meeting", blocking the time. */
    @Test
    void aLostDealsFollowUpsStillToComeAreCancelled() throws Exception {
        Instant done = Instant.parse("2026-03-12T10:00:00Z");
        FollowUp ahead = new FollowUp(UUID.randomUUID(), deal.id(), Instant.parse("2027-03-20T09:00:00Z"), FollowUpKind.MEETING, null, done,
                null);
        FollowUp before = new FollowUp(UUID.randomUUID(), deal.id(), Instant.parse("2026-03-10T09:00:00Z"), FollowUpKind.CALL, null, done,
                null);
        String ics = CalendarExport.ics(List.of(new FollowUpEntry(ahead, "Pilot", Stage.LOST, "Ida", null, null),
                new FollowUpEntry(before, "Pilot", Stage.LOST, "Ida", null, null)), Fixtures.NOW);
        VEvent cancelled = events(ics).get(ahead.id() + "@funnelboard");
        assertThat(prop(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(prop(cancelled, Property.SUMMARY)).isEqualTo("\u2717 Meeting: Pilot");
        assertThat(prop(cancelled, Property.DESCRIPTION)).endsWith("Cancelled: the deal was lost.");
        VEvent held = events(ics).get(before.id() + "@funnelboard");
        assertThat(prop(held, Property.STATUS)).as("done before the loss: it was held").isEqualTo("CONFIRMED");
        assertThat(prop(held, Property.SUMMARY)).isEqualTo("✓ Call: Pilot");
    }

    /**
     * Calls done by hand, early, and the deal lost later: done, not cancelled — the export relabelled every closed follow-up of
     * a lost deal "✗ … Cancelled: the deal was lost." Only those the loss closed are.
     */
    @Test
    void followUpsDoneByHandBeforeTheLossStayDone() throws Exception {
        FollowUp doneEarly = followUps.schedule(deal.id(), Instant.parse("2026-03-20T09:00:00Z"), FollowUpKind.CALL, null);
        FollowUp closedByLoss = followUps.schedule(deal.id(), Instant.parse("2026-03-21T09:00:00Z"), FollowUpKind.MEETING, null);
        followUps.complete(doneEarly.id());
        clock.advance(java.time.Duration.ofMinutes(20));
        new DealService(store, new com.funnelboard.domain.checklist.ChecklistEvaluator(ZoneId.of("Europe/Berlin"), java.util.Locale.ENGLISH), () -> "rep")
                .move(new com.funnelboard.domain.MoveRequest(deal.id(), Stage.LOST, List.of(), null, com.funnelboard.domain.LostReason.COMPETITOR, null));
        Path file = dir.resolve("c.ics");
        export.export(file, java.time.LocalDate.parse("2026-03-01"), java.time.LocalDate.parse("2026-03-31"));
        Map<String, VEvent> events = events(file);
        VEvent done = events.get(doneEarly.id() + "@funnelboard");
        assertThat(prop(done, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(prop(done, Property.SUMMARY)).isEqualTo("✓ Call: Pilot");
        assertThat(prop(done, Property.DESCRIPTION)).endsWith("\nDone.");
        VEvent cancelled = events.get(closedByLoss.id() + "@funnelboard");
        assertThat(prop(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(prop(cancelled, Property.DESCRIPTION)).endsWith("Cancelled: the deal was lost.");
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

        // One due long ago gets no negative sequence (it was the due time's minute, less a constant of 2025).
        FollowUp old = followUps.schedule(deal.id(), Instant.parse("1990-05-01T09:00:00Z"), FollowUpKind.CALL, null);
        export.export(file, null, null);
        assertThat(Integer.parseInt(prop(events(file).get(old.id() + "@funnelboard"), Property.SEQUENCE))).isNotNegative();
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
        assertThatThrownBy(() -> export.export(blocked.resolve("f.ics"), null, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is a file, not a folder");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    /**
     * A deal moved to the trash takes its follow-ups still to come out of the calendar: they are sent as cancelled (they used
     * to vanish from the next export, and a calendar that had them kept them, reminders and all); past ones are left out.
     */
    @Test
    void aTrashedDealsFollowUpsStillToComeAreSentAsCancelled() throws Exception {
        FollowUp ahead = followUps.schedule(deal.id(), Instant.parse("2026-03-20T09:00:00Z"), FollowUpKind.MEETING, null);
        FollowUp past = followUps.schedule(deal.id(), Instant.parse("2026-03-10T09:00:00Z"), FollowUpKind.CALL, null);
        Deal other = Fixtures.deal(store, "Renewal", Stage.LEAD, null);
        FollowUp kept = followUps.schedule(other.id(), Instant.parse("2026-03-21T09:00:00Z"), FollowUpKind.CALL, null);
        new DealEditing(store, java.util.Locale.UK).delete(deal.id());

        Path file = dir.resolve("followups.ics");
        assertThat(export.export(file, null, null)).isEqualTo(2);
        Map<String, VEvent> events = events(file);
        assertThat(events).containsOnlyKeys(ahead.id() + "@funnelboard", kept.id() + "@funnelboard");
        VEvent cancelled = events.get(ahead.id() + "@funnelboard");
        assertThat(prop(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(prop(cancelled, Property.SUMMARY)).isEqualTo("\u2717 Meeting: Pilot");
        assertThat(prop(cancelled, Property.DESCRIPTION)).endsWith("Cancelled: moved to the trash.");
        assertThat(cancelled.getAlarms()).as("no reminder for what will not happen").isEmpty();
        assertThat(prop(events.get(kept.id() + "@funnelboard"), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(past.id()).as("a trashed deal's past follow-up stays out").isNotIn(events.keySet().stream()
                .map(u -> UUID.fromString(u.replace("@funnelboard", ""))).toList());
        // Within a range that ends before now, nothing of the trash is sent.
        assertThat(export.export(file, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 11))).isZero();
    }

    /** The Today page's export sends what is still to do: the open overdue follow-ups besides those from today on (they were left out). */
    @Test
    void withOverdueTheOpenOnesDueBeforeTheStartAreSentToo() throws Exception {
        FollowUp overdue = followUps.schedule(deal.id(), Instant.parse("2026-03-05T09:00:00Z"), FollowUpKind.CALL, null);
        FollowUp doneBefore = followUps.schedule(deal.id(), Instant.parse("2026-03-04T09:00:00Z"), FollowUpKind.EMAIL, null);
        followUps.complete(doneBefore.id());
        FollowUp today = followUps.schedule(deal.id(), Instant.parse("2026-03-12T15:00:00Z"), FollowUpKind.MEETING, null);
        Path file = dir.resolve("today.ics");
        LocalDate from = LocalDate.of(2026, 3, 12);

        assertThat(export.export(file, from, null)).isEqualTo(1);
        assertThat(export.export(file, from, null, true)).isEqualTo(2);
        Map<String, VEvent> events = events(file);
        assertThat(events).containsOnlyKeys(overdue.id() + "@funnelboard", today.id() + "@funnelboard");
        assertThat(events.get(overdue.id() + "@funnelboard").getAlarms()).hasSize(1);
    }

    /** A call or a meeting still to come takes its half hour; an email or a task to do, and anything done, leave the time free. */
    @Test
    void onlyCallsAndMeetingsStillToComeTakeTheTime() throws Exception {
        FollowUp call = followUps.schedule(deal.id(), Instant.parse("2026-03-13T09:00:00Z"), FollowUpKind.CALL, null);
        FollowUp meeting = followUps.schedule(deal.id(), Instant.parse("2026-03-13T10:00:00Z"), FollowUpKind.MEETING, null);
        FollowUp email = followUps.schedule(deal.id(), Instant.parse("2026-03-13T11:00:00Z"), FollowUpKind.EMAIL, null);
        FollowUp task = followUps.schedule(deal.id(), Instant.parse("2026-03-13T12:00:00Z"), FollowUpKind.TASK, null);
        FollowUp done = followUps.schedule(deal.id(), Instant.parse("2026-03-13T13:00:00Z"), FollowUpKind.MEETING, null);
        followUps.complete(done.id());
        Path file = dir.resolve("f.ics");
        export.export(file, null, null);
        Map<String, VEvent> events = events(file);
        Function<FollowUp, String> transp = f -> prop(events.get(f.id() + "@funnelboard"), Property.TRANSP);
        assertThat(List.of(call, meeting, email, task, done)).extracting(transp)
                .containsExactly("OPAQUE", "OPAQUE", "TRANSPARENT", "TRANSPARENT", "TRANSPARENT");
    }
}
