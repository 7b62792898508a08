package com.funnelboard.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.OrganizationSummary;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.ContactService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Contacts and Organizations pages' model without the toolkit (work runs on the calling
 * thread): who is listed, the search, the organization form's saving and validation, and the lists
 * following a merge.
 */
class ContactsViewModelTest {

    @TempDir
    Path dir;

    Store store;
    ContactService contacts;
    ContactsViewModel model;
    MergeViewModel merge;
    Deal first;
    Deal second;

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        first = Fixtures.deal(store, "First", Stage.LEAD, 1000_00L);
        second = Fixtures.deal(store, "Second", Stage.PROSPECT, 2000_00L);
        contacts = new ContactService(store, new DuplicateFinder("SE"));
        contacts.save(withEmail(first.contactId(), "Ida Berg", "CEO", "ida@nordwind.se"));
        contacts.save(withEmail(second.contactId(), "I. Berg", "COO", "IDA@nordwind.se"));
        contacts.create(ContactProfile.named(UUID.randomUUID(), "Zoe Without Deals"));
        UiExecutors executors = new UiExecutors(Runnable::run, Runnable::run);
        model = new ContactsViewModel(contacts, new ChangeFeed(store), executors);
        merge = new MergeViewModel(contacts, executors);
        model.refresh().join();
    }

    static ContactProfile withEmail(UUID id, String name, String title, String email) {
        return new ContactProfile(id, null, name, title, List.of(email), List.of(), null, null, null, null, null, null, List.of(), null,
                null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    UUID organization(String name) {
        return store.read(r -> r.contacts().findOrganizationByName(name)).orElseThrow().id();
    }

    OrganizationProfile stored(UUID org) {
        return store.read(r -> r.organizations().find(org)).orElseThrow();
    }

    /** Was ContactsUiTest.theContactsPageListsEveryoneIncludingContactsWithoutDeals (the sorting by a column stays there). */
    @Test
    void theContactsListHoldsEveryoneIncludingContactsWithoutDealsAndTheSearchNarrowsIt() {
        assertThat(model.contacts()).extracting(ContactSummary::name).containsExactlyInAnyOrder("Ida Berg", "I. Berg", "Zoe Without Deals");
        model.contactSearchProperty().set("nordwind");
        assertThat(model.contacts()).extracting(ContactSummary::name).containsExactlyInAnyOrder("Ida Berg", "I. Berg");
    }

    /**
     * A list cut at its limit says so, with how many the search finds (the Contacts and Organizations pages stopped at the
     * first 5,000 without a word, and sorting ordered those alone); one that holds them all says nothing.
     */
    @Test
    void aListCutAtItsLimitSaysHowManyItLeavesOut() {
        model.limitTo(2);
        model.refresh().join();
        assertThat(model.contacts()).hasSize(2);
        assertThat(model.contactsCutProperty().get())
                .isEqualTo("The first 2 of 3 contacts by name: type in the search to find the others (sorting orders these 2).");
        assertThat(model.organizationsCutProperty().get()).as("two organizations: both listed").isEmpty();
        model.contactSearchProperty().set("nordwind");
        assertThat(model.contacts()).hasSize(2);
        assertThat(model.contactsCutProperty().get()).as("the search's two, both listed").isEmpty();
        model.limitTo(1);
        model.organizationSearchProperty().set("org of");
        assertThat(model.organizationsCutProperty().get()).startsWith("The first 1 of 2 organizations by name");
    }

    /**
     * Words typed on before a read began are not read: only the newest are (each letter's read was queued and run, and on
     * 100,000 contacts the list followed "analytics" 10 s late). A read left to run would meet the closed store and fail.
     */
    @Test
    void onlyTheNewestWordsAreRead() {
        java.util.ArrayDeque<Runnable> background = new java.util.ArrayDeque<>();
        UiExecutors queued = new UiExecutors(background::add, Runnable::run);
        ContactsViewModel typing = new ContactsViewModel(contacts, new ChangeFeed(store), queued);
        typing.contactSearchProperty().set("i");
        typing.contactSearchProperty().set("id");
        typing.contactSearchProperty().set("ida");
        typing.organizationSearchProperty().set("o");
        typing.organizationSearchProperty().set("org");
        assertThat(background).hasSize(5);
        store.close();
        for (int i = 0; i < 2; i++) {
            background.remove().run(); // "i", "id": typed on since
        }
        background.remove(); // "ida", the newest
        background.remove().run(); // "o"
        assertThat(queued.problems().countProperty().get()).as("the stale reads did not touch the store").isZero();
    }

    /** Was ContactsUiTest.mergingTwoSelectedRowsRenamesTheBoardCardAndTheListAtOnce (the list's part). */
    @Test
    void aMergeShowsInTheListAtOnce() {
        MergeViewModel.Pair pair = merge.load(first.contactId(), second.contactId()).join();
        merge.merge(pair, true, MergeViewModel.defaults(true)).join();
        assertThat(model.contacts()).extracting(ContactSummary::name).containsExactlyInAnyOrder("Ida Berg", "Zoe Without Deals");
    }

    /** Was OrganizationsPageUiTest.anOrganizationIsEditedFromTheOrganizationsPage. */
    @Test
    void anInvalidOrganizationFormIsNotSavedAndSaysWhyUntilItIsCorrected() {
        UUID org = organization("Org of First");
        model.showOrganization(org).join();
        assertThat(model.organizationField(OrganizationProfile.NAME).get()).isEqualTo("Org of First");

        model.organizationField(OrganizationProfile.WEBSITE).set("not a site");
        model.organizationField(OrganizationProfile.INDUSTRY).set("Logistics");
        model.saveOrganization().join();
        assertThat(model.organizationProblems()).containsKey(OrganizationProfile.WEBSITE);
        assertThat(model.organizationProblems().get(OrganizationProfile.WEBSITE)).isNotBlank();
        assertThat(stored(org).industry()).as("an invalid form is not saved").isNull();

        // Switching rows keeps what was typed.
        model.showOrganization(organization("Org of Second")).join();
        model.showOrganization(org).join();
        assertThat(model.organizationField(OrganizationProfile.WEBSITE).get()).isEqualTo("not a site");

        model.organizationField(OrganizationProfile.WEBSITE).set("nordwind.se");
        model.saveOrganization().join();
        assertThat(model.organizationProblems()).isEmpty();
        assertThat(stored(org).industry()).isEqualTo("Logistics");
        assertThat(stored(org).website()).isEqualTo("nordwind.se");
    }

    /**
     * What is typed in an organization's field is kept on this installation before the field is left and saved: the app
     * killed before that lost it. Shown again, it comes back and is saved; saved, it is forgotten.
     */
    @Test
    void typingKeptBeforeTheFieldIsLeftIsBackAndSavedAfterTheAppWasKilled() {
        UUID org = organization("Org of First");
        model.showOrganization(org).join();
        model.organizationField(OrganizationProfile.INDUSTRY).set("Brewing");
        model.keepOrganizationTyping().join();
        // Killed here: not saved.
        assertThat(stored(org).industry()).isNull();
        ContactsViewModel reopened = new ContactsViewModel(contacts, new ChangeFeed(store), new UiExecutors(Runnable::run, Runnable::run));
        reopened.showOrganization(org).join();
        assertThat(reopened.organizationField(OrganizationProfile.INDUSTRY).get()).isEqualTo("Brewing");
        assertThat(stored(org).industry()).as("saved as it comes back").isEqualTo("Brewing");
        assertThat(contacts.organizationTyping(org)).as("saved: forgotten").isEmpty();
    }

    /**
     * A merge's website and address show in the form at once, and leaving fields not typed in writes nothing: the form kept its
     * empty fields, and tabbing through it wrote them over what the merge had brought in ("Website https://… → —").
     */
    @Test
    void aMergesFieldsShowAtOnceAndAFieldNotTypedInIsNeverWrittenBack() {
        UUID keep = organization("Org of First");
        UUID other = organization("Org of Second");
        contacts.saveOrganization(new OrganizationProfile(other, "Org of Second", "atlas-srl.example", null, null, "Via Roma 1"));
        model.showOrganization(keep).join();
        assertThat(model.organizationField(OrganizationProfile.WEBSITE).get()).isEmpty();
        model.mergeIntoShown(model.otherOrganizations("Org of Second").join().getFirst()).join();
        assertThat(model.organizationField(OrganizationProfile.WEBSITE).get()).isEqualTo("atlas-srl.example");
        assertThat(model.organizationField(OrganizationProfile.ADDRESS).get()).isEqualTo("Via Roma 1");
        model.saveOrganization().join(); // tabbing through, nothing typed
        assertThat(stored(keep).website()).isEqualTo("atlas-srl.example");
        assertThat(stored(keep).address()).isEqualTo("Via Roma 1");

        // Changed beside the form: a field typed in saves alone, the other stays as changed.
        contacts.saveOrganization(new OrganizationProfile(keep, "Org of First", "atlas.example", null, null, "Via Roma 1"));
        model.organizationField(OrganizationProfile.INDUSTRY).set("Automotive");
        model.saveOrganization().join();
        assertThat(stored(keep).industry()).isEqualTo("Automotive");
        assertThat(stored(keep).website()).as("not written back").isEqualTo("atlas.example");
    }

    /** Was OrganizationsPageUiTest.theOrganizationFormStaysOnTheSelectedOrganizationWhileItSavesAndSaysWhyAWebsiteIsInvalid (the model's part). */
    @Test
    void theFormStaysOnTheOrganizationWhileEachFieldSavesAndTheListFollows() {
        UUID org = organization("Org of Second");
        UUID other = organization("Org of First");
        model.showOrganization(org).join();
        model.organizationField(OrganizationProfile.NAME).set("Acme Shipping");
        model.saveOrganization().join();
        model.organizationField(OrganizationProfile.INDUSTRY).set("Logistics");
        model.saveOrganization().join();
        model.organizationField(OrganizationProfile.COMPANY_SIZE).set("51-200");
        model.organizationField(OrganizationProfile.ADDRESS).set("Harbour Road 1");
        model.saveOrganization().join();

        OrganizationProfile saved = stored(org);
        assertThat(saved.name()).isEqualTo("Acme Shipping");
        assertThat(saved.industry()).isEqualTo("Logistics");
        assertThat(saved.companySize()).isEqualTo("51-200");
        assertThat(saved.address()).isEqualTo("Harbour Road 1");
        assertThat(stored(other).industry()).as("the other organization").isNull();
        assertThat(model.organizations()).anyMatch(o -> o.name().equals("Acme Shipping") && "Logistics".equals(o.industry()));
        assertThat(model.organizations()).extracting(OrganizationSummary::name).first().isEqualTo("Acme Shipping");
        assertThat(model.organizationIdProperty().get()).isEqualTo(org);
        assertThat(model.organizationField(OrganizationProfile.NAME).get()).isEqualTo("Acme Shipping");
        assertThat(model.organizationField(OrganizationProfile.ADDRESS).get()).isEqualTo("Harbour Road 1");
    }
}
