package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.BoardService;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.ContactService;
import com.funnelboard.service.DealService;
import com.funnelboard.service.FollowUpService;
import com.funnelboard.service.PipelineSettings;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board's model follows what the write path publishes, without the toolkit: merges, renames,
 * follow-ups and rot thresholds changed elsewhere reach the cards with nothing pushed.
 */
class BoardFollowsChangesViewModelTest {

    @TempDir
    Path dir;

    Store store;
    ContactService contacts;
    BoardViewModel board;
    Deal first;
    Deal second;

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        first = Fixtures.deal(store, "First", Stage.LEAD, 1000_00L);
        second = Fixtures.deal(store, "Second", Stage.PROSPECT, 2000_00L);
        contacts = new ContactService(store, new DuplicateFinder("SE"));
        contacts.save(withEmail(first.contactId(), "Ida Berg", "ida@nordwind.se"));
        contacts.save(withEmail(second.contactId(), "I. Berg", "IDA@nordwind.se"));
        board = new BoardViewModel(new BoardService(store),
                new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author), new ChangeFeed(store),
                new UiExecutors(Runnable::run, Runnable::run));
        PipelineSettings pipeline = new PipelineSettings(store);
        board.setRotRules(pipeline::rotRule);
        board.refresh().join();
    }

    static ContactProfile withEmail(UUID id, String name, String email) {
        return new ContactProfile(id, null, name, "CEO", List.of(email), List.of(), null, null, null, null, null, null, List.of(), null,
                null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    DealCard card(Stage stage, String title) {
        return board.column(stage).cards().loaded().stream().filter(c -> c != null && c.title().equals(title)).findFirst().orElseThrow();
    }

    /** Was ViewsFollowChangesUiTest.afterAMergeTheCardNamesTheSurvivorAtOnceAndOpensIt (the card's part). */
    @Test
    void aMergeElsewhereNamesTheSurvivorOnTheCard() {
        assertThat(card(Stage.PROSPECT, "Second").contactName()).isEqualTo("I. Berg");
        contacts.merge(first.contactId(), second.contactId(), Set.of());
        assertThat(card(Stage.PROSPECT, "Second").contactName()).isEqualTo("Ida Berg");
        assertThat(card(Stage.PROSPECT, "Second").contactId()).isEqualTo(first.contactId());
    }

    /** Was ViewsFollowChangesUiTest.aRenameElsewhereReachesTheCardTheContactsListAndThePaneButNotWhatIsBeingTyped (the card's part). */
    @Test
    void aRenameElsewhereReachesTheCard() {
        ContactProfile p = contacts.contact(second.contactId()).profile();
        contacts.save(new ContactProfile(p.id(), p.organizationId(), "Ingrid Berg", p.title(), p.emails(), p.phones(), p.channel(),
                p.industry(), p.companySize(), p.persona(), p.painPoints(), p.source(), p.tags(), p.notes(), p.mergedInto()));
        assertThat(card(Stage.PROSPECT, "Second").contactName()).isEqualTo("Ingrid Berg");
    }

    /** Was ViewsFollowChangesUiTest.aFollowUpScheduledElsewhereCountsOnTheBadgeAndTheCard (the card's part). */
    @Test
    void aFollowUpScheduledElsewhereShowsOnTheCard() {
        assertThat(card(Stage.LEAD, "First").nextFollowUpAt()).isNull();
        new FollowUpService(store).schedule(first.id(), Fixtures.NOW.plusSeconds(3600), FollowUpKind.CALL, "Send the deck");
        assertThat(card(Stage.LEAD, "First").nextFollowUpAt()).isEqualTo(Fixtures.NOW.plusSeconds(3600));
    }

    /** Was ViewsFollowChangesUiTest.aNewRotThresholdReachesTheCardsWithoutBeingPushed (the rule's part). */
    @Test
    void aNewRotThresholdReachesTheBoardWithoutBeingPushed() {
        DealCard card = card(Stage.LEAD, "First");
        assertThat(board.rotRuleProperty().get().threshold(Stage.LEAD)).isEqualTo(14);
        assertThat(board.rotRuleProperty().get().isRotting(Stage.LEAD, card.stageEnteredAt(), Fixtures.NOW)).as("3 days in Lead").isFalse();
        new PipelineSettings(store).setRotThreshold(Stage.LEAD, 2);
        assertThat(board.rotRuleProperty().get().threshold(Stage.LEAD)).isEqualTo(2);
        assertThat(board.rotRuleProperty().get().isRotting(Stage.LEAD, card.stageEnteredAt(), Fixtures.NOW)).isTrue();
    }
}
