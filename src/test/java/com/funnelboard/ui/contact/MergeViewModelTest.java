package com.funnelboard.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.Stage;
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

/** The merge dialog's choices before anything is touched, and what merging with them keeps. */
class MergeViewModelTest {

    @TempDir
    Path dir;

    Store store;
    ContactService contacts;
    MergeViewModel merge;
    UUID left;
    UUID right;

    @BeforeEach
    void open() {
        store = Fixtures.store(dir);
        contacts = new ContactService(store, new DuplicateFinder("SE"));
        merge = new MergeViewModel(contacts, new UiExecutors(Runnable::run, Runnable::run));
        Deal a = Fixtures.deal(store, "Deal of A", Stage.LEAD, null);
        Deal b = Fixtures.deal(store, "Deal of B", Stage.PROSPECT, null);
        left = a.contactId();
        right = b.contactId();
        contacts.save(new ContactProfile(left, null, "Ida Berg", "CEO", List.of("ida@nordwind.se", "ida.berg@gmail.com"),
                List.of("+46 8 123 456 78"), null, "Logistics", "51-200", null, "Manual routing", "referral", List.of("vip", "nordics"),
                "Met at the fair.", null));
        contacts.save(new ContactProfile(right, null, "I. Berg", "COO", List.of("ida@lind.se", "IDA@nordwind.se"), List.of(),
                com.funnelboard.domain.PreferredChannel.EMAIL, "Shipping", null, "Champion", null, "website", List.of("renewal"), null, null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyFieldStartsOnTheRecordBeingKept() {
        assertThat(MergeViewModel.defaults(true)).containsOnlyKeys(ContactProfile.MERGEABLE).allSatisfy((f, fromLeft) -> assertThat(fromLeft).isTrue());
        assertThat(MergeViewModel.defaults(false)).containsOnlyKeys(ContactProfile.MERGEABLE).allSatisfy((f, fromLeft) -> assertThat(fromLeft).isFalse());
    }

    /** With as many deals each, the record with more of its fields filled is offered first, whichever side it is on. */
    @Test
    void theFullerRecordIsOfferedFirstWhenTheDealsAreEven() {
        assertThat(merge.load(left, right).join().keepLeftByDefault()).as("Ida Berg has her phone, title, notes…").isTrue();
        assertThat(merge.load(right, left).join().keepLeftByDefault()).as("the lead typed again, on the left").isFalse();
    }

    @Test
    void listsShowTheirEntriesAndWhatTheOtherRecordAdds() {
        MergeViewModel.Pair pair = merge.load(left, right).join();
        assertThat(pair.entries(true, ContactProfile.EMAILS)).containsExactly("ida@nordwind.se", "ida.berg@gmail.com");
        assertThat(pair.entries(false, ContactProfile.TAGS)).containsExactly("renewal");
        assertThat(pair.added(true, ContactProfile.EMAILS)).containsExactly("ida@lind.se");
        assertThat(pair.added(false, ContactProfile.EMAILS)).containsExactly("ida.berg@gmail.com");
        assertThat(pair.added(false, ContactProfile.PHONES)).containsExactly("+46 8 123 456 78");
    }

    @Test
    void mergingWithTheUntouchedChoicesKeepsEveryValueOfTheRightRecordWhenItIsKept() {
        ContactProfile kept = contacts.contact(right).profile();
        ContactProfile other = contacts.contact(left).profile();
        MergeViewModel.Pair pair = merge.load(left, right).join();
        ContactProfile survivor = merge.merge(pair, false, MergeViewModel.defaults(false)).join().survivor();
        com.funnelboard.service.ContactServiceTestAccess.assertKeepsAndFills(kept, other, survivor);
        assertThat(survivor.name()).isEqualTo("I. Berg");
        assertThat(survivor.industry()).isEqualTo("Shipping");
        assertThat(survivor.companySize()).as("an empty field of the kept record takes the other's value (it stayed empty)").isEqualTo("51-200");
    }

    @Test
    void mergingWithTheUntouchedChoicesKeepsEveryValueOfTheLeftRecordWhenItIsKept() {
        ContactProfile kept = contacts.contact(left).profile();
        ContactProfile other = contacts.contact(right).profile();
        MergeViewModel.Pair pair = merge.load(left, right).join();
        ContactProfile survivor = merge.merge(pair, true, MergeViewModel.defaults(true)).join().survivor();
        com.funnelboard.service.ContactServiceTestAccess.assertKeepsAndFills(kept, other, survivor);
    }
}
