package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.ChangeSetEntry;
import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of user action writes exactly one change set holding exactly what it changed. */
class ChangeSetsTest {

    @TempDir
    Path dir;

    Store store;
    DealService deals;
    ContactService contacts;

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep");
        contacts = new ContactService(store, new DuplicateFinder("GB"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ChangeSetEntry last() {
        return store.read(r -> r.changeLog().latest(1)).getFirst();
    }

    private int count() {
        return store.read(r -> r.changeLog().latest(10_000)).size();
    }

    private static List<String> fields(ChangeSetEntry e) {
        return e.changes().stream().map(c -> c.table() + "." + c.field()).toList();
    }

    /** A follow-up's change sets name its deal: Undo, the Edit menu and the history said "a call follow-up", not which one. */
    @Test
    void aFollowUpsChangeSetsNameItsDeal() {
        Deal d = Fixtures.deal(store, "Pilot", Stage.PROSPECT, 1L);
        FollowUpService followUps = new FollowUpService(store);
        com.funnelboard.domain.FollowUp call = followUps.schedule(d.id(), Fixtures.NOW.plusSeconds(3_600),
                com.funnelboard.domain.FollowUpKind.CALL, null);
        assertThat(last().summary()).isEqualTo("Scheduled a call follow-up on \u201CPilot\u201D");
        followUps.snooze(call.id(), Fixtures.NOW.plusSeconds(86_400));
        assertThat(last().summary()).isEqualTo("Snoozed a call follow-up on \u201CPilot\u201D");
        followUps.complete(call.id());
        assertThat(last().summary()).isEqualTo("Marked a call follow-up on \u201CPilot\u201D done");
    }

    @Test
    void aMoveToLostIsOneSetWithTheDealsFieldsAndItsHistoryRow() {
        Deal d = Fixtures.deal(store, "Pilot", Stage.PROSPECT, 1L);
        int before = count();
        deals.move(new MoveRequest(d.id(), Stage.LOST, List.of(), null, LostReason.NO_BUDGET, null));
        assertThat(count()).isEqualTo(before + 1);
        ChangeSetEntry e = last();
        assertThat(e.origin()).isEqualTo(ChangeOrigin.USER);
        assertThat(fields(e)).containsExactlyInAnyOrder("deal.stage", "deal.stage_entered_at", "deal.lost_reason", "stage_change.*");
    }

    @Test
    void editingAnEmailListMovesKeptAddressesAndSoftDeletesRemovedOnes() {
        UUID id = UUID.randomUUID();
        contacts.create(new ContactProfile(id, null, "Ida", null, List.of("a@x.example", "b@x.example", "c@x.example"), List.of(), null,
                null, null, null, null, null, List.of(), null, null));
        assertThat(fields(last())).containsExactly("contact.*", "email_address.*", "email_address.*", "email_address.*");
        contacts.save(new ContactProfile(id, null, "Ida", null, List.of("c@x.example", "a@x.example"), List.of(), null, null, null, null,
                null, null, List.of(), null, null));
        // c moves to the front (and becomes the contact's primary address), a moves after it, b is deleted.
        assertThat(fields(last())).containsExactlyInAnyOrder("contact.email", "email_address.position", "email_address.position",
                "email_address.deleted_at");
        assertThat(last().changes()).filteredOn(c -> c.field().equals("deleted_at")).singleElement()
                .satisfies(c -> assertThat(c.oldValue()).isEqualTo("null"));
    }

    @Test
    void aContactInANewOrganizationIsOneSetWithBothRows() {
        int before = count();
        UUID id = UUID.randomUUID();
        contacts.create(ContactProfile.named(id, "Ida Berg"), "Nordwind AB");
        assertThat(count()).as("the organization is not a change set of its own").isEqualTo(before + 1);
        assertThat(fields(last())).contains("contact.*", "organization.*");
        assertThat(contacts.contact(id).organization().name()).isEqualTo("Nordwind AB");

        contacts.save(contacts.contact(id).profile(), "Fjord Oy");
        assertThat(count()).isEqualTo(before + 2);
        assertThat(fields(last())).containsExactlyInAnyOrder("organization.*", "contact.organization_id");

        contacts.save(contacts.contact(id).profile(), "nordwind ab");
        assertThat(fields(last())).as("an existing organization is reused, ignoring case").containsExactly("contact.organization_id");
        contacts.save(contacts.contact(id).profile(), " ");
        assertThat(contacts.contact(id).organization()).isNull();
    }

    @Test
    void aMergeIsOneSetThatMovesDealsAndTombstonesTheOther() {
        Deal a = Fixtures.deal(store, "Alpha", Stage.LEAD, 1L);
        Deal b = Fixtures.deal(store, "Beta", Stage.LEAD, 1L);
        int before = count();
        contacts.merge(a.contactId(), b.contactId(), Set.of());
        assertThat(count()).isEqualTo(before + 1);
        assertThat(fields(last())).containsExactlyInAnyOrder("deal.contact_id", "contact.merged_into", "contact.deleted_at");
        assertThat(last().summary()).isEqualTo("Merged Contact of Beta into Contact of Alpha");
    }

    @Test
    void interactionsAndFollowUpsEachWriteTheirOwnSet() {
        Deal d = Fixtures.deal(store, "Pilot", Stage.LEAD, 1L);
        new InteractionService(store).log(d.id(), InteractionKind.CALL, Direction.IN, null, "called");
        assertThat(fields(last())).containsExactly("interaction.*");
        FollowUpService f = new FollowUpService(store);
        var fu = f.schedule(d.id(), Fixtures.NOW.plus(Duration.ofDays(1)), FollowUpKind.CALL, null);
        assertThat(fields(last())).containsExactly("follow_up.*");
        f.snooze(fu.id(), Fixtures.NOW.plus(Duration.ofDays(3)));
        assertThat(fields(last())).containsExactly("follow_up.snoozed_until");
        f.complete(fu.id());
        assertThat(fields(last())).containsExactly("follow_up.done_at");
        int before = count();
        f.complete(fu.id());
        assertThat(count()).as("doing it twice changes nothing and records nothing").isEqualTo(before);
    }

    @Test
    void theSampleIsOneSetOfOriginSample() {
        new SamplePipeline(store).generate(1, 10, "EUR", (x, y) -> {}, () -> false);
        ChangeSetEntry e = last();
        assertThat(e.origin()).isEqualTo(ChangeOrigin.SAMPLE);
        assertThat(fields(e)).filteredOn(f -> f.equals("deal.*")).hasSize(10);
    }
}
