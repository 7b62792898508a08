package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contact merged into another on one installation while a teammate, unaware, adds a deal or logs
 * a call on it: after the merges, on both installations, what was added is on the contact that took
 * the merged one over, never left on the merged-away one.
 */
class ShareMergedContactTest {

    @TempDir
    Path dir;
    private TwoInstallations two;
    private Store ida;
    private Store bo;
    private Deal keep;
    private Deal other;

    @BeforeEach
    void twoInstallationsWithTwoContacts() {
        two = new TwoInstallations(dir, s -> {
            keep = Fixtures.deal(s, "Pilot", Stage.LEAD, 1_000L);
            other = Fixtures.deal(s, "Rollout", Stage.PROSPECT, 2_000L);
        });
        ida = two.ida;
        bo = two.bo;
    }

    @AfterEach
    void close() {
        two.close();
    }

    @Test
    void aDealAndACallAddedToAContactATeammateMergedAwayFollowTheMergeOnBothSides() {
        mergeContacts(ida);
        Deal added = addDeal(bo, other.contactId(), "Expansion");
        Fixtures.interaction(bo, added, InteractionKind.CALL, Direction.OUT, Fixtures.NOW);

        merge(bo, ida);
        merge(ida, bo);

        for (Store s : new Store[] {ida, bo}) {
            assertThat(contactOf(s, "deal", added.id())).as("the new deal is on the contact that took the other over").isEqualTo(keep.contactId());
            assertThat(contactOf(s, "interaction", interactionOf(s, added.id()))).isEqualTo(keep.contactId());
            assertThat(contactOf(s, "deal", other.id())).as("the merged contact's own deal moved with the merge").isEqualTo(keep.contactId());
            assertThat(new ShareExchange(s).conflicts()).as("a merge is no deletion in conflict with what was added").isEmpty();
        }
        assertThat(ChangeLogReplay.snapshot(bo)).as("converged").isEqualTo(ChangeLogReplay.snapshot(ida));
        assertThat(merge(bo, ida).changeSet()).as("merging again changes nothing").isNull();
    }

    @Test
    void aDealAddedHereToAContactATeammateMergedAwayFollowsWhenTheMergeArrives() {
        Deal added = addDeal(ida, other.contactId(), "Expansion");
        mergeContacts(bo);

        merge(bo, ida);

        assertThat(contactOf(ida, "deal", added.id())).isEqualTo(keep.contactId());
        merge(ida, bo);
        assertThat(contactOf(bo, "deal", added.id())).isEqualTo(keep.contactId());
        assertThat(ChangeLogReplay.snapshot(bo)).isEqualTo(ChangeLogReplay.snapshot(ida));
    }

    @Test
    void aContactMergedAwayHereAndEditedThereCanBeRestoredAsAContactOfItsOwn() {
        mergeContacts(ida);
        bo.writeAll(r -> {
            var p = r.contactProfiles().find(other.contactId()).orElseThrow();
            r.contactProfiles().update(new com.funnelboard.domain.ContactProfile(p.id(), p.organizationId(), p.name(), "CTO", p.emails(),
                    p.phones(), p.channel(), p.industry(), p.companySize(), p.persona(), p.painPoints(), p.source(), p.tags(), p.notes(),
                    p.mergedInto()));
        });
        merge(bo, ida);
        var conflict = new ShareExchange(ida).conflicts().stream().filter(FieldConflict::deletion).findFirst().orElseThrow();

        new ShareExchange(ida).resolve(conflict.id().toString(), FieldConflict.Keep.RESTORED, null);

        java.util.Optional<com.funnelboard.domain.ContactProfile> restored = ida.read(r -> r.contactProfiles().find(other.contactId()));
        assertThat(restored).as("found, so it opens and can be edited").hasValueSatisfying(p -> {
            assertThat(p.title()).isEqualTo("CTO");
            assertThat(p.mergedInto()).isNull();
        });
        merge(ida, bo);
        java.util.Optional<com.funnelboard.domain.ContactProfile> there = bo.read(r -> r.contactProfiles().find(other.contactId()));
        assertThat(there).as("the restore travels").isPresent();
    }

    @Test
    void twoContactsMergedIntoEachOtherOnTwoInstallationsLeaveOneContactHoldingBothOnBothSides() {
        mergeContacts(ida);
        bo.writeAll(r -> {
            r.contactProfiles().reassign(keep.contactId(), other.contactId());
            r.contactProfiles().tombstone(keep.contactId(), other.contactId());
        });

        merge(bo, ida);
        merge(ida, bo);

        UUID first = ida.read(r -> r.contactProfiles().find(keep.contactId())).isPresent() ? keep.contactId() : other.contactId();
        for (Store s : new Store[] {ida, bo}) {
            assertThat(java.util.stream.Stream.of(keep.contactId(), other.contactId())
                    .filter(c -> s.read(r -> r.contactProfiles().find(c)).isPresent()))
                    .as("one of the two is a contact of its own again, the same one on both sides").containsExactly(first);
            assertThat(contactOf(s, "deal", keep.id())).isEqualTo(first);
            assertThat(contactOf(s, "deal", other.id())).as("both contacts' deals are on it").isEqualTo(first);
            assertThat(new ShareExchange(s).conflicts()).isEmpty();
        }
        assertThat(ChangeLogReplay.snapshot(bo)).as("converged").isEqualTo(ChangeLogReplay.snapshot(ida));
        assertThat(merge(bo, ida).changeSet()).as("merging again changes nothing").isNull();
        assertThat(merge(ida, bo).changeSet()).isNull();
    }

    @Test
    void undoingAContactMergeTakesTheCallsATeammateLoggedOnItsDealsBackWithThem() {
        mergeContacts(ida);
        UUID mergeSet = new com.funnelboard.service.HistoryService(ida).latest(1).getFirst().id();
        merge(ida, bo);
        Deal onKeep = bo.read(r -> r.deals().find(other.id())).orElseThrow();
        assertThat(onKeep.contactId()).isEqualTo(keep.contactId());
        Fixtures.interaction(bo, onKeep, InteractionKind.CALL, Direction.IN, Fixtures.NOW.plusSeconds(3_600)); // Bo: "Kofi called back"
        merge(bo, ida);

        new com.funnelboard.service.UndoService(ida, com.funnelboard.service.UndoJournal.inMemory()).undoChangeSet(mergeSet);

        assertThat(contactOf(ida, "deal", other.id())).as("the deal goes back to the contact merged away").isEqualTo(other.contactId());
        assertThat(contactOf(ida, "interaction", interactionOf(ida, other.id()))).as("and the call on it with it").isEqualTo(other.contactId());
        merge(ida, bo);
        assertThat(contactOf(bo, "interaction", interactionOf(bo, other.id()))).as("on Bo's side too").isEqualTo(other.contactId());
    }

    @Test
    void aContactAFileRecordsAsMergedIntoItselfStaysListed() {
        bo.writeAll(r -> r.contactProfiles().tombstone(keep.contactId(), keep.contactId()));

        merge(bo, ida);

        java.util.Optional<com.funnelboard.domain.ContactProfile> found = ida.read(r -> r.contactProfiles().find(keep.contactId()));
        assertThat(found).as("not hidden as merged into nothing else").isPresent();
    }

    @Test
    void theSurvivorIsAtTheEndOfAChainOfMergesAndNoneWhenTwoContactsWereMergedIntoEachOther() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        assertThat(MergedContacts.survivor(a, java.util.Map.of(a, b, b, c))).isEqualTo(c);
        assertThat(MergedContacts.survivor(c, java.util.Map.of(a, b))).isEqualTo(c);
        assertThat(MergedContacts.survivor(a, java.util.Map.of(a, b, b, a))).isNull();
    }

    /** Merges the contact of {@link #other} into that of {@link #keep}, as the contacts page does. */
    private void mergeContacts(Store s) {
        s.writeAll(r -> {
            r.contactProfiles().reassign(other.contactId(), keep.contactId());
            r.contactProfiles().tombstone(other.contactId(), keep.contactId());
        });
    }

    private static Deal addDeal(Store s, UUID contact, String title) {
        Deal deal = new Deal(UUID.randomUUID(), contact, title, Stage.LEAD, new Money(500L, "EUR"), "EUR", "website", null,
                Fixtures.NOW.minus(Duration.ofDays(1)), null, null, null, null, Fixtures.NOW, Fixtures.NOW);
        s.writeAll(r -> r.deals().insert(deal));
        return deal;
    }

    private com.funnelboard.domain.MergeReport merge(Store from, Store into) {
        return two.merge(from, into);
    }

    private static UUID interactionOf(Store s, UUID deal) {
        return s.read(r -> r.interactions().forDeal(deal)).getFirst().id();
    }

    private static UUID contactOf(Store s, String table, UUID id) {
        return s.jdbc(c -> {
            try (var p = c.prepareStatement("SELECT contact_id FROM " + table + " WHERE id = ?")) {
                p.setString(1, id.toString());
                try (var rs = p.executeQuery()) {
                    rs.next();
                    return UUID.fromString(rs.getString(1));
                }
            }
        });
    }
}
