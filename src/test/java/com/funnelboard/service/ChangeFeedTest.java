package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed views subscribe to, and where a published change shows: which board columns, whether a contact's pane. */
class ChangeFeedTest {

    @TempDir
    Path dir;

    Store store;
    ChangeFeed feed;
    BoardService board;
    ContactService contacts;
    DealService deals;
    final List<ChangeNotice> notices = new ArrayList<>();
    Deal lead;
    Deal won;

    @BeforeEach
    void setUp() {
        store = Fixtures.store(dir);
        feed = new ChangeFeed(store);
        board = new BoardService(store);
        contacts = new ContactService(store, new com.funnelboard.domain.DuplicateFinder("SE"));
        deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), () -> "rep");
        lead = Fixtures.deal(store, "Lead deal", Stage.LEAD, 100L);
        won = Fixtures.deal(store, "Won deal", Stage.WON, 100L);
        feed.subscribe(notices::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    ChangeNotice last() {
        return notices.getLast();
    }

    @Test
    void aSubscriberHearsEveryCommitOnceAndNothingAfterItUnsubscribes() {
        List<ChangeNotice> mine = new ArrayList<>();
        ChangeFeed.Subscription s = feed.subscribe(mine::add);
        Fixtures.deal(store, "One", Stage.LEAD, null);
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().touches(ChangeNotice.DEAL)).isTrue();
        s.close();
        Fixtures.deal(store, "Two", Stage.LEAD, null);
        assertThat(mine).hasSize(1);
        assertThat(notices).hasSize(2);
    }

    @Test
    void aMoveShowsInTheColumnItLeftAndTheOneItEntered() {
        deals.move(new MoveRequest(lead.id(), Stage.PROSPECT, List.of(), "Referred by the CEO", null, null));
        assertThat(board.stagesTouchedBy(last().rows())).containsExactlyInAnyOrder(Stage.LEAD, Stage.PROSPECT);
    }

    @Test
    void aContactOrOrganizationChangeShowsWhereTheirDealsAre() {
        ContactProfile p = contacts.contact(won.contactId()).profile();
        contacts.save(new ContactProfile(p.id(), p.organizationId(), "Renamed", p.title(), p.emails(), p.phones(), p.channel(),
                p.industry(), p.companySize(), p.persona(), p.painPoints(), p.source(), p.tags(), p.notes(), p.mergedInto()));
        assertThat(board.stagesTouchedBy(last().rows())).containsExactly(Stage.WON);

        OrganizationProfile org = contacts.organization(p.organizationId());
        contacts.saveOrganization(new OrganizationProfile(org.id(), "Renamed AB", org.website(), org.industry(), org.companySize(),
                org.address()));
        assertThat(board.stagesTouchedBy(last().rows())).containsExactly(Stage.WON);
    }

    @Test
    void aFollowUpShowsOnItsDealsColumnAndAMergeWhereTheMovedDealsAre() {
        new FollowUpService(store).schedule(won.id(), Fixtures.NOW.plusSeconds(60), FollowUpKind.CALL, null);
        assertThat(board.stagesTouchedBy(last().rows())).containsExactly(Stage.WON);

        contacts.merge(lead.contactId(), won.contactId(), Set.of(ContactProfile.NAME));
        assertThat(board.stagesTouchedBy(last().rows())).as("the won deal moved, the lead deal's contact took the other's name")
                .containsExactlyInAnyOrder(Stage.LEAD, Stage.WON);
    }

    @Test
    void anInteractionShowsOnItsDealsCardOtherRowsInNoColumnAndTooManyRowsInEvery() {
        Fixtures.interaction(store, lead, InteractionKind.CALL, Direction.IN, Fixtures.NOW);
        assertThat(board.stagesTouchedBy(last().rows())).as("the card's lead score counts it").containsExactly(Stage.LEAD);
        assertThat(board.stagesTouchedBy(Set.of(UUID.randomUUID().toString()))).as("a row no card shows").isEmpty();
        Set<String> many = new java.util.HashSet<>();
        for (int i = 0; i <= ChangeFeed.MAX_TRACED_ROWS; i++) {
            many.add(UUID.randomUUID().toString());
        }
        assertThat(board.stagesTouchedBy(many)).isEqualTo(EnumSet.allOf(Stage.class));
        assertThat(contacts.concerns(lead.contactId(), many)).isTrue();
    }

    @Test
    void aContactsPaneIsConcernedByItsOwnInteractionsAddressesAndDealsOnly() {
        Fixtures.interaction(store, lead, InteractionKind.CALL, Direction.IN, Fixtures.NOW);
        assertThat(contacts.concerns(lead.contactId(), last().rows())).isTrue();
        assertThat(contacts.concerns(won.contactId(), last().rows())).isFalse();

        new FollowUpService(store).schedule(won.id(), Fixtures.NOW.plusSeconds(60), FollowUpKind.CALL, null);
        assertThat(contacts.concerns(won.contactId(), last().rows())).isTrue();
        assertThat(contacts.concerns(lead.contactId(), last().rows())).isFalse();

        new ContactEditing(store).save(lead.contactId(), Map.of(ContactProfile.EMAILS, "ida@nordwind.se"));
        assertThat(contacts.concerns(lead.contactId(), last().rows())).isTrue();
        assertThat(contacts.concerns(won.contactId(), last().rows())).isFalse();

        deals.createDeal(won.contactId(), "Upsell", "100", "EUR", java.util.Locale.UK);
        assertThat(contacts.concerns(won.contactId(), last().rows())).isTrue();
        assertThat(contacts.concerns(lead.contactId(), last().rows())).isFalse();
    }

    @Test
    void aMergedContactOpensAsItsSurvivor() {
        contacts.merge(lead.contactId(), won.contactId(), Set.of());
        ContactEditing.Form form = new ContactEditing(store).open(won.contactId());
        assertThat(form.contact().profile().id()).isEqualTo(lead.contactId());
        assertThat(form.contact().deals()).extracting(d -> d.title()).containsExactlyInAnyOrder("Lead deal", "Won deal");
    }
}
