package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save-as-you-type: valid fields are saved at once, invalid ones wait as drafts that survive a restart. */
class ContactEditingTest {

    @TempDir
    Path dir;

    @Test
    void validFieldsAreSavedAndInvalidOnesKeptAsDrafts() {
        Deal deal;
        try (Store store = Fixtures.store(dir)) {
            deal = Fixtures.deal(store, "Pilot", Stage.LEAD, null);
            ContactEditing editing = new ContactEditing(store);
            ContactEditing.Form form = editing.save(deal.contactId(), Map.of(ContactProfile.TITLE, "COO", ContactProfile.EMAILS,
                    "ida@nordwind.se, ida@", ContactProfile.TAGS, "vip, nordics", ContactProfile.CHANNEL, "phone",
                    ContactEditing.ORG_WEBSITE, "nordwind"));
            assertThat(form.problems()).containsOnlyKeys(ContactProfile.EMAILS, ContactEditing.ORG_WEBSITE);
            ContactProfile saved = form.contact().profile();
            assertThat(saved.title()).isEqualTo("COO");
            assertThat(saved.tags()).containsExactly("vip", "nordics");
            assertThat(saved.emails()).as("the invalid list is not saved").isEmpty();
            assertThat(form.texts().get(ContactProfile.EMAILS)).isEqualTo("ida@nordwind.se, ida@");
        }
        try (Store store = Fixtures.store(dir)) {
            ContactEditing editing = new ContactEditing(store);
            ContactEditing.Form reopened = editing.open(deal.contactId());
            assertThat(reopened.texts().get(ContactProfile.EMAILS)).as("the draft survives closing").isEqualTo("ida@nordwind.se, ida@");
            assertThat(reopened.texts().get(ContactEditing.ORG_WEBSITE)).isEqualTo("nordwind");
            assertThat(reopened.problems()).containsOnlyKeys(ContactProfile.EMAILS, ContactEditing.ORG_WEBSITE);

            ContactEditing.Form fixed = editing.save(deal.contactId(), Map.of(ContactProfile.EMAILS, "ida@nordwind.se, ida@gmail.com",
                    ContactEditing.ORG_WEBSITE, "nordwind.se"));
            assertThat(fixed.problems()).isEmpty();
            assertThat(fixed.contact().profile().emails()).containsExactly("ida@nordwind.se", "ida@gmail.com");
            assertThat(fixed.contact().organization().website()).isEqualTo("nordwind.se");
            assertThat(editing.open(deal.contactId()).problems()).isEmpty();

            ContactEditing.Form moved = editing.save(deal.contactId(), Map.of(ContactProfile.ORGANIZATION, "Globex"));
            assertThat(moved.contact().organization().name()).isEqualTo("Globex");
            assertThat(editing.save(deal.contactId(), Map.of(ContactProfile.NAME, " ")).problems()).containsOnlyKeys(ContactProfile.NAME);
            assertThat(editing.open(deal.contactId()).contact().profile().name()).isEqualTo("Contact of Pilot");
        }
    }

    /** A save of the form names what it changed, as Edit → Undo and History say it (three edits all read "Edited …"). */
    @Test
    void aSaveIsNamedByTheFieldsItChanged() {
        try (Store store = Fixtures.store(dir)) {
            Deal deal = Fixtures.deal(store, "Pilot", Stage.LEAD, null);
            java.util.List<String> heard = new java.util.ArrayList<>();
            store.subscribe(n -> heard.add(n.summary()));
            ContactEditing editing = new ContactEditing(store);
            editing.save(deal.contactId(), Map.of(ContactProfile.TITLE, "COO"));
            editing.save(deal.contactId(), Map.of(ContactProfile.PHONES, "+46 8 123 456", ContactProfile.PAIN_POINTS, "slow quotes"));
            editing.save(deal.contactId(), Map.of(ContactProfile.NOTES, "met at the fair", ContactEditing.ORG_WEBSITE, "nordwind.se",
                    ContactProfile.TITLE, "CEO"));
            assertThat(heard).containsExactly("Edited Contact of Pilot\u2019s title",
                    "Edited Contact of Pilot\u2019s pain points and phone numbers",
                    "Edited Contact of Pilot\u2019s notes, organization\u2019s website and title");
        }
    }

    /**
     * A misspelt organization corrected on the contact makes another one: said, with the first one left empty (it made a
     * second organization and left the first without a word).
     */
    @org.junit.jupiter.api.Test
    void anOrganizationMadeByTheContactsFormIsSaidWithTheOneLeftEmpty() {
        try (Store store = Fixtures.store(dir.resolve("orgs"))) {
            Deal deal = Fixtures.deal(store, "Pilot", Stage.LEAD, null);
            ContactEditing editing = new ContactEditing(store);
            assertThat(editing.save(deal.contactId(), Map.of(ContactProfile.ORGANIZATION, "Umbrela Ltd")).notice())
                    .isEqualTo("Umbrela Ltd is a new organization; Org of Pilot has no one left at it (the Organizations page renames, "
                            + "merges or deletes it).");
            assertThat(editing.save(deal.contactId(), Map.of(ContactProfile.ORGANIZATION, "Umbrella Ltd")).notice())
                    .isEqualTo("Umbrella Ltd is a new organization; Umbrela Ltd has no one left at it (the Organizations page renames, "
                            + "merges or deletes it).");
            assertThat(editing.save(deal.contactId(), Map.of(ContactProfile.TITLE, "COO")).notice()).isNull();
            assertThat(editing.save(deal.contactId(), Map.of(ContactProfile.ORGANIZATION, "umbrela ltd")).notice())
                    .as("an organization there already: nothing made").isNull();
        }
    }
}
