package com.funnelboard.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.ContactEditing;
import com.funnelboard.service.ContactService;
import com.funnelboard.service.DealService;
import com.funnelboard.service.InteractionService;
import com.funnelboard.service.importing.CsvImport;
import com.funnelboard.service.importing.ImportOptions;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Selecting a deal an import kept with no contact shows the deal, its organization and a way to give it a contact. */
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.SAME_THREAD)
class NoContactPaneTest {

    @TempDir
    Path dir;

    Store store;
    DealService deals;
    ContactService contacts;
    ContactPaneViewModel pane;
    ChangeFeed feed;

    /** The pane's log bar keeps a draft after a pause (a JavaFX timer): the toolkit must run, as it does in the window. */
    @org.junit.jupiter.api.BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        store = Fixtures.store(dir);
        deals = new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author);
        contacts = new ContactService(store, new DuplicateFinder("DE"));
        feed = new ChangeFeed(store);
        pane = new ContactPaneViewModel(new ContactEditing(store), contacts, deals, new InteractionService(store), feed,
                new UiExecutors(Runnable::run, Runnable::run));
        new com.funnelboard.service.PeopleService(store).setIdentity("Ida Berg", "ida@nordwind.example");
        Path csv = dir.resolve("deals.csv");
        Files.writeString(csv, "Deal,Amount,Stage,Company\nPilot,1000,Qualified,Acme GmbH\n", StandardCharsets.UTF_8);
        new CsvImport(store, Locale.UK, "EUR", new DuplicateFinder("DE")).run(csv, ImportOptions.defaults(), (b, s, n) -> {}, () -> false);
        Files.writeString(csv, "Name,Industry,Employees,Website\nAcme GmbH,Machinery,250,acme.example\n", StandardCharsets.UTF_8);
        new CsvImport(store, Locale.UK, "EUR", new DuplicateFinder("DE")).run(csv, ImportOptions.defaults(), (b, s, n) -> {}, () -> false);
        Files.writeString(csv, "Deal,Stage\nLoose end,Prospecting\n", StandardCharsets.UTF_8);
        new CsvImport(store, Locale.UK, "EUR", new DuplicateFinder("DE")).run(csv, ImportOptions.defaults(), (b, s, n) -> {}, () -> false);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private DealCard card(String title) {
        return deals.withoutContact(0, 10).stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aDealWithNoContactShowsTheDealItsOrganizationAndNoContact() {
        DealCard pilot = card("Pilot");
        assertThat(pilot.contactId()).isNull();

        pane.show(null, pilot.id()).join();

        NoContactViewModel.Shown shown = pane.noContact().shownProperty().get();
        assertThat(shown).isNotNull();
        assertThat(pane.contactIdProperty().get()).isNull();
        assertThat(NoContactViewModel.lines(shown, Locale.UK)).containsExactly("Pilot", "Opportunity  ·  €1,000", "Owner: ida@nordwind.example",
                "Organization: Acme GmbH (Machinery, 250 employees, acme.example)",
                "No contact: add one to log calls and e-mails with someone.");
    }

    @Test
    void aDealWithNeitherContactNorOrganizationSaysSo() {
        pane.show(null, card("Loose end").id()).join();
        assertThat(NoContactViewModel.lines(pane.noContact().shownProperty().get(), Locale.UK)).contains("No organization")
                .contains("No contact: add one to log calls and e-mails with someone.");
    }

    @Test
    void addingAContactGivesTheDealOneInItsOrganizationAndOpensIt() {
        DealCard pilot = card("Pilot");
        pane.show(null, pilot.id()).join();
        pane.noContact().contactNameProperty().set("   ");
        assertThat(pane.noContact().addContact().join()).isNull();
        assertThat(pane.noContact().statusProperty().get()).isNotEmpty();

        pane.noContact().contactNameProperty().set("Ida Berg");
        UUID added = pane.noContact().addContact().join();

        assertThat(added).isNotNull();
        assertThat(pane.contactIdProperty().get()).isEqualTo(added);
        assertThat(pane.noContact().shownProperty().get()).isNull();
        assertThat(pane.deals()).extracting(DealCard::id).containsExactly(pilot.id());
        assertThat(pane.selectedDealProperty().get().id()).isEqualTo(pilot.id());
        assertThat(contacts.contact(added).profile().organizationId()).isEqualTo(pilot.organizationId());
        assertThat(deals.withoutContact(0, 10)).extracting(DealCard::title).containsExactly("Loose end");
        // One recorded action, undoable as any.
        assertThat(store.read(r -> r.changeLog().latest(1)).getFirst().summary()).isEqualTo("Gave \u201cPilot\u201d the contact Ida Berg");
    }

    @Test
    void showingAContactAfterwardsLeavesTheNoContactPane() {
        pane.show(null, card("Pilot").id()).join();
        UUID other = contacts.create(new com.funnelboard.domain.ContactProfile(UUID.randomUUID(), null, "Ola", null, List.of(), List.of(),
                null, null, null, null, null, null, List.of(), null, null)).id();
        pane.show(other, null).join();
        assertThat(pane.noContact().shownProperty().get()).isNull();
        assertThat(pane.contactIdProperty().get()).isEqualTo(other);
    }
}
