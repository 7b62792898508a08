package com.funnelboard.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.ContactEditing;
import com.funnelboard.service.ContactService;
import com.funnelboard.service.DealService;
import com.funnelboard.service.InteractionService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is typed in a contact's form is kept on this installation before the save's pause: the app killed just after a
 * title was typed showed the stored one again. Opened again, the form shows it, says it is not saved yet, and saves it.
 */
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.SAME_THREAD)
class ContactTypingKeptTest {

    @TempDir
    Path dir;

    Store store;

    /** The pane's log bar keeps a draft after a pause (a JavaFX timer): the toolkit must run, as it does in the window. */
    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        store.close();
    }

    ContactPaneViewModel pane() {
        DealService deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author);
        return new ContactPaneViewModel(new ContactEditing(store), new ContactService(store, new DuplicateFinder("DE")), deals,
                new InteractionService(store), new ChangeFeed(store), new UiExecutors(Runnable::run, Runnable::run));
    }

    @Test
    void typingKeptBeforeItsSaveIsBackAfterTheAppWasKilled() {
        store = Fixtures.store(dir);
        var deal = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        ContactPaneViewModel before = pane();
        before.show(deal.contactId(), deal.id()).join();
        before.field(ContactProfile.TITLE).set("Head of Purchasing");
        before.keepTyping().join();
        // Killed here: nothing saved.
        assertThat(store.read(r -> r.contactProfiles().find(deal.contactId())).orElseThrow().title()).isNull();

        ContactPaneViewModel after = pane();
        after.show(deal.contactId(), deal.id()).join();
        assertThat(after.field(ContactProfile.TITLE).get()).isEqualTo("Head of Purchasing");
        after.flush().join();
        assertThat(store.read(r -> r.contactProfiles().find(deal.contactId())).orElseThrow().title()).as("saved as it comes back")
                .isEqualTo("Head of Purchasing");
        assertThat(after.statusProperty().get()).isEqualTo("Saved what was typed before Funnelboard closed");
        assertThat(after.isDirty()).isFalse();
        after.show(deal.contactId(), deal.id()).join();
        assertThat(after.statusProperty().get()).as("shown again (another of their cards): still said").isEqualTo(
                "Saved what was typed before Funnelboard closed");
        assertThat(new ContactEditing(store).open(deal.contactId()).typed()).as("saved: forgotten").isEmpty();

        // Kept, then put back with Ctrl+Z: forgotten too.
        after.field(ContactProfile.TITLE).set("Head of");
        after.keepTyping().join();
        assertThat(new ContactEditing(store).open(deal.contactId()).typed()).isNotEmpty();
        after.revertTyping();
        after.flush().join();
        assertThat(new ContactEditing(store).open(deal.contactId()).typed()).isEmpty();
        assertThat(after.field(ContactProfile.TITLE).get()).isEqualTo("Head of Purchasing");
    }

    /**
     * Typing kept before a kill, whose field a teammate's merge changed before the restart, is not saved over the newer text
     * (it replaced it without a word): said with both texts; the fields nobody changed since are saved as before.
     */
    @Test
    void typingKeptBeforeAKillIsNotSavedOverAFieldChangedElsewhereSince() {
        store = Fixtures.store(dir);
        var deal = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        ContactPaneViewModel before = pane();
        before.show(deal.contactId(), deal.id()).join();
        before.field(ContactProfile.TITLE).set("Head of Purchasing");
        before.field(ContactProfile.PHONES).set("+49 30 2767111");
        before.keepTyping().join();
        teammateSetsPhone(deal.contactId(), "+49 30 2767100");

        ContactPaneViewModel after = pane();
        after.show(deal.contactId(), deal.id()).join();
        assertThat(after.field(ContactProfile.PHONES).get()).as("the newer number stays").isEqualTo("+49 30 2767100");
        after.flush().join();
        ContactProfile saved = store.read(r -> r.contactProfiles().find(deal.contactId())).orElseThrow();
        assertThat(saved.phones()).containsExactly("+49 30 2767100");
        assertThat(saved.title()).as("a field nobody changed since is saved").isEqualTo("Head of Purchasing");
        assertThat(after.statusProperty().get()).isEqualTo("Saved what was typed before Funnelboard closed. Not saved, changed elsewhere "
                + "since you typed in it before Funnelboard closed: phone numbers (you typed \u201C+49 30 2767111\u201D; it is now "
                + "\u201C+49 30 2767100\u201D).");
        assertThat(new ContactEditing(store).open(deal.contactId()).typed()).isEmpty();

        // Only such typing: nothing is saved, the newer text stays, it is said, and the typing is forgotten.
        after.field(ContactProfile.PHONES).set("+49 30 999");
        after.keepTyping().join();
        teammateSetsPhone(deal.contactId(), "+49 30 2767101");
        ContactPaneViewModel third = pane();
        third.show(deal.contactId(), deal.id()).join();
        third.flush().join();
        assertThat(third.field(ContactProfile.PHONES).get()).isEqualTo("+49 30 2767101");
        assertThat(third.statusProperty().get()).startsWith("Not saved, changed elsewhere since you typed in it before Funnelboard closed: "
                + "phone numbers (you typed \u201C+49 30 999\u201D");
        assertThat(third.isDirty()).isFalse();
        assertThat(new ContactEditing(store).open(deal.contactId()).typed()).isEmpty();
    }

    /** The phone button takes the number as stored, whole: the form's text splits "030 12345678;ext=5" at its ";" (the extension lost). */
    @Test
    void thePhoneButtonTakesTheNumberAsStored() {
        store = Fixtures.store(dir);
        var deal = Fixtures.deal(store, "Pilot", Stage.LEAD, 100_00L);
        teammateSetsPhone(deal.contactId(), "030 12345678;ext=5");
        ContactPaneViewModel pane = pane();
        pane.show(deal.contactId(), deal.id()).join();
        assertThat(pane.reach().phone().get()).isEqualTo("030 12345678;ext=5");
        assertThat(com.funnelboard.domain.ContactLinks.tel(pane.reach().phone().get())).contains("tel:030-12345678;ext=5");
    }

    /** A change made elsewhere (a command; a teammate's, merged), which leaves this installation's kept typing as it is. */
    private void teammateSetsPhone(java.util.UUID contact, String number) {
        ContactService contacts = new ContactService(store, new DuplicateFinder("DE"));
        contacts.save(store.read(r -> r.contactProfiles().find(contact)).orElseThrow().withPhones(java.util.List.of(number)));
    }
}
