package com.funnelboard.ui.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.service.ContactService;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** New lead's offer to add the deal to a stored contact, without the toolkit. */
class NewLeadViewModelTest {

    static ContactService.LookAlike like(String name, DuplicateFinder.Reason why) {
        DuplicateFinder.Candidate me = new DuplicateFinder.Candidate(UUID.randomUUID(), "typed", null, List.of(), List.of());
        return new ContactService.LookAlike(me, new DuplicateFinder.Candidate(UUID.randomUUID(), name, null, List.of(), List.of()), Set.of(why));
    }

    /** Each look-up names the typed contact anew, as the service does, and finds the same stored one. */
    static NewLeadViewModel answering(ContactService.LookAlike found) {
        return new NewLeadViewModel("EUR", Locale.GERMANY, t -> CompletableFuture.completedFuture(List.of()),
                t -> CompletableFuture.completedFuture(List.of(new ContactService.LookAlike(
                        new DuplicateFinder.Candidate(UUID.randomUUID(), t.name(), null, List.of(), List.of()), found.second(), found.reasons()))));
    }

    @Test
    void theSameEmailOrALikeNameIsTickedASharedNumberUnderAnotherNameIsNot() {
        NewLeadViewModel byEmail = answering(like("Jürgen Weiß", DuplicateFinder.Reason.SAME_EMAIL));
        byEmail.contactNameProperty().set("Heinz Müller");
        byEmail.emailProperty().set("jw@example.de");
        assertThat(byEmail.existingContact().get()).isNotNull();
        assertThat(byEmail.addToExistingProperty().get()).as("the same address: the same person").isTrue();

        // Colleagues share a switchboard: Heinz went to Jürgen's record because the offer came ticked.
        NewLeadViewModel byPhone = answering(like("Jürgen Weiß", DuplicateFinder.Reason.SAME_PHONE));
        byPhone.contactNameProperty().set("Heinz Müller-Lüdenscheidt");
        byPhone.phoneProperty().set("040 / 123 45-67");
        assertThat(byPhone.existingContact().get()).as("still offered").isNotNull();
        assertThat(byPhone.addToExistingProperty().get()).as("but not ticked").isFalse();
        assertThat(byPhone.existingContactId()).isNull();

        NewLeadViewModel sameName = answering(like("Jürgen Weiß", DuplicateFinder.Reason.SAME_PHONE));
        sameName.contactNameProperty().set("Juergen Weiss");
        sameName.phoneProperty().set("040 / 123 45-67");
        assertThat(sameName.addToExistingProperty().get()).as("his name, his number").isTrue();

        NewLeadViewModel numberFirst = answering(like("Jürgen Weiß", DuplicateFinder.Reason.SAME_PHONE));
        numberFirst.phoneProperty().set("040 / 123 45-67");
        assertThat(numberFirst.addToExistingProperty().get()).as("no name yet").isTrue();
        numberFirst.contactNameProperty().set("H");
        assertThat(numberFirst.addToExistingProperty().get()).as("another name typed after the number").isFalse();
        numberFirst.contactNameProperty().set("Jürgen Weiß");
        assertThat(numberFirst.addToExistingProperty().get()).as("typed on to his name").isTrue();
        numberFirst.choose(false);
        numberFirst.contactNameProperty().set("Jürgen Weiss");
        assertThat(numberFirst.addToExistingProperty().get()).as("the user's own answer stands").isFalse();
    }
}
