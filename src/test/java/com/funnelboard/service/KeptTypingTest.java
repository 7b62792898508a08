package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typing kept on this installation and not saved, listed for the window's start (it waited unseen until its record was opened). */
class KeptTypingTest {

    @TempDir
    Path dir;

    @Test
    void everyLiveRecordWithTypingKeptIsListedOnceAndTheTrashLeftOut() {
        try (Store store = Fixtures.store(dir)) {
            Deal typed = Fixtures.deal(store, "Pilot", Stage.LEAD, null);
            Deal refused = Fixtures.deal(store, "Roll-out", Stage.PROSPECT, null);
            Deal trashed = Fixtures.deal(store, "Gone", Stage.LEAD, null);
            Deal untouched = Fixtures.deal(store, "Quiet", Stage.LEAD, null);
            DealEditing deals = new DealEditing(store, Locale.UK);
            ContactEditing contacts = new ContactEditing(store);
            KeptTyping kept = new KeptTyping(store);
            assertThat(kept.waiting()).isEmpty();
            assertThat(KeptTyping.sentence(kept.waiting())).isNull();

            deals.keepDraft(typed.id(), Map.of("title", "Pilot K3", "typing", "1"));
            deals.keepDraft(refused.id(), Map.of("value", "12,5,0", "why.value", "not an amount"));
            deals.keepDraft(trashed.id(), Map.of("title", "Gone again", "typing", "1"));
            deals.delete(trashed.id());
            contacts.keepTyping(untouched.contactId(), Map.of(ContactProfile.TITLE, "Head of IT"));
            // Refused and typed for one contact: listed once, as refused.
            ContactEditing.Form form = contacts.save(typed.contactId(), Map.of(ContactProfile.ORGANIZATION, "Globex",
                    ContactProfile.EMAILS, "ida@"));
            contacts.keepTyping(typed.contactId(), Map.of(ContactProfile.TITLE, "COO"));
            ContactService service = new ContactService(store, new DuplicateFinder("SE"));
            service.keepOrganizationTyping(form.contact().organization().id(), Map.of("website", "globex"));

            List<KeptTyping.Kept> waiting = kept.waiting();
            assertThat(waiting).extracting(KeptTyping.Kept::kind, KeptTyping.Kept::name, KeptTyping.Kept::refused).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(KeptTyping.Kind.DEAL, "Pilot", false),
                    org.assertj.core.groups.Tuple.tuple(KeptTyping.Kind.DEAL, "Roll-out", true),
                    org.assertj.core.groups.Tuple.tuple(KeptTyping.Kind.CONTACT, "Contact of Pilot", true),
                    org.assertj.core.groups.Tuple.tuple(KeptTyping.Kind.CONTACT, "Contact of Quiet", false),
                    org.assertj.core.groups.Tuple.tuple(KeptTyping.Kind.ORGANIZATION, "Globex", false));
            assertThat(waiting.subList(0, 2)).allMatch(k -> k.kind() == KeptTyping.Kind.DEAL);
            assertThat(KeptTyping.sentence(waiting)).startsWith("Typing not saved waits in \u201C")
                    .endsWith(" and 2 more: open them to correct the value refused.");

            // A deal's notes typed and not saved are typing kept too (they waited unsaid until the deal was opened).
            deals.keepNotesDraft(untouched.id(), "Wants a demo", "");
            deals.keepNotesDraft(typed.id(), "Pilot notes", ""); // listed once with its fields' typing
            assertThat(kept.waiting()).filteredOn(k -> k.kind() == KeptTyping.Kind.DEAL).extracting(KeptTyping.Kept::name)
                    .containsExactlyInAnyOrder("Pilot", "Roll-out", "Quiet");
            deals.keepNotesDraft(untouched.id(), null, null);
            deals.keepNotesDraft(typed.id(), null, null);

            deals.keepDraft(refused.id(), Map.of()); // saved: forgotten
            contacts.discardDraft(typed.contactId());
            service.keepOrganizationTyping(form.contact().organization().id(), Map.of());
            assertThat(kept.waiting()).extracting(KeptTyping.Kept::name).containsExactly("Pilot", "Contact of Quiet");
            assertThat(KeptTyping.sentence(kept.waiting())).isEqualTo("Typing kept from before Funnelboard closed waits in \u201CPilot\u201D "
                    + "and Contact of Quiet: it is saved when you open them.");
            contacts.keepTyping(untouched.contactId(), Map.of());
            assertThat(KeptTyping.sentence(kept.waiting())).endsWith("in \u201CPilot\u201D: it is saved when you open it.");
        }
    }
}
