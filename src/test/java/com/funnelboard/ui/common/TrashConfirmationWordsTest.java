package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.TimelineEvent;
import com.funnelboard.service.ContactService;
import com.funnelboard.service.DealEditing;
import com.funnelboard.service.FollowUpService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deal's delete confirmation says what the delete does: its follow-ups go with it, the calls and notes stay on the person's
 * timeline (it said the interactions went with it, and the timeline kept showing them).
 */
class TrashConfirmationWordsTest {

    @TempDir
    Path dir;

    @Test
    void theDealsConfirmationSaysWhatGoesAndWhatStays() {
        try (Store store = Fixtures.store(dir)) {
            Deal deal = Fixtures.deal(store, "Pilot", Stage.LEAD, 1000_00L);
            Fixtures.interaction(store, deal, InteractionKind.CALL, Direction.IN, Fixtures.NOW.minusSeconds(3600));
            Fixtures.followUp(store, deal, Fixtures.NOW.plusSeconds(3600));
            FollowUpService followUps = new FollowUpService(store);
            assertThat(followUps.agenda()).hasSize(1);

            new DealEditing(store, Locale.ENGLISH).delete(deal.id());

            assertThat(followUps.agenda()).as("its follow-ups go with it").isEmpty();
            assertThat(new ContactService(store, new com.funnelboard.domain.DuplicateFinder("SE")).timeline(deal.contactId()))
                    .as("the call stays on the person's timeline").anyMatch(e -> e instanceof TimelineEvent.Logged l
                            && l.interaction().kind() == InteractionKind.CALL);
            assertThat(TrashConfirmation.DEAL_TEXT).contains("follow-ups and stage history go with it")
                    .contains("notes logged stay on the contact's timeline").doesNotContain("interactions");
        }
    }
}
