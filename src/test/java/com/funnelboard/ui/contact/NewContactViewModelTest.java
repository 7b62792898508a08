package com.funnelboard.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.service.ContactService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The New contact form without the toolkit: its problems, its look-alikes as typed, the contact it makes. */
class NewContactViewModelTest {

    final List<CompletableFuture<List<ContactService.LookAlike>>> asked = new ArrayList<>();
    final List<ContactService.Typed> typed = new ArrayList<>();
    final NewContactViewModel form = new NewContactViewModel(t -> CompletableFuture.completedFuture(List.of()), t -> {
        typed.add(t);
        CompletableFuture<List<ContactService.LookAlike>> answer = new CompletableFuture<>();
        asked.add(answer);
        return answer;
    });

    static ContactService.LookAlike like(String name, DuplicateFinder.Reason... why) {
        DuplicateFinder.Candidate me = new DuplicateFinder.Candidate(UUID.randomUUID(), "typed", null, List.of(), List.of());
        return new ContactService.LookAlike(me, new DuplicateFinder.Candidate(UUID.randomUUID(), name, null, List.of(), List.of()), Set.of(why));
    }

    @Test
    void aNameIsAllItNeedsAndABadAddressOrNumberIsSaid() {
        assertThat(form.problemsBinding().get()).containsOnlyKeys(NewContactViewModel.NAME);
        form.nameProperty().set("Ida Lind");
        assertThat(form.valid()).isTrue();
        form.emailProperty().set("ida@lind");
        form.phoneProperty().set("call me");
        assertThat(form.problemsBinding().get()).containsOnlyKeys(NewContactViewModel.EMAIL, NewContactViewModel.PHONE);
        assertThat(form.problemsBinding().get().get(NewContactViewModel.EMAIL)).as("the field's own problem, without the address repeated")
                .doesNotContain("ida@lind");
        form.emailProperty().set(" ida@lind.se ");
        form.phoneProperty().set("");
        form.organizationProperty().set("  Lind AB ");
        assertThat(form.valid()).isTrue();
        assertThat(form.organizationName()).isEqualTo("Lind AB");
        assertThat(form.toProfile(UUID.randomUUID()).emails()).containsExactly("ida@lind.se");
        assertThat(form.toProfile(UUID.randomUUID()).phones()).isEmpty();
        assertThat(form.toProfile(UUID.randomUUID()).title()).isNull();
    }

    @Test
    void theLookAlikesShownAreThoseOfWhatIsTypedNow() {
        form.nameProperty().set("Ida");
        assertThat(asked).as("a name alone, with no organization, is not looked up").isEmpty();
        form.emailProperty().set("ida@nordwind.se");
        form.emailProperty().set("ida@lind.se");
        assertThat(typed.getLast()).isEqualTo(new ContactService.Typed("Ida", "", "ida@lind.se", ""));
        asked.getLast().complete(List.of());
        asked.getFirst().complete(List.of(like("Ida Berg", DuplicateFinder.Reason.SAME_EMAIL)));
        assertThat(form.lookAlikes()).as("the answer for an address typed before came last, and is not shown").isEmpty();

        form.emailProperty().set("ida@nordwind.se");
        asked.getLast().complete(List.of(like("Ida Berg", DuplicateFinder.Reason.SAME_EMAIL), like("I. Berg", DuplicateFinder.Reason.SAME_EMAIL,
                DuplicateFinder.Reason.SAME_PHONE)));
        assertThat(NewContactViewModel.lookAlikeSentence(form.lookAlikes()))
                .isEqualTo("Looks like Ida Berg (same email); I. Berg (same email, same phone).");
        form.emailProperty().set("");
        assertThat(form.lookAlikes()).as("nothing left to compare").isEmpty();
    }

    @Test
    void moreThanThreeLookAlikesAreCounted() {
        DuplicateFinder.Reason phone = DuplicateFinder.Reason.SAME_PHONE;
        assertThat(NewContactViewModel.lookAlikeSentence(List.of(like("A", phone), like("B", phone), like("C", phone), like("D", phone),
                like("E", phone)))).isEqualTo("Looks like A (same phone); B (same phone); C (same phone) and 2 more.");
    }
}
