package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.ChangeSetEntry;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who uses an installation (kept locally, carried by every change set) and who owns which deal. */
class PeopleServiceTest {

    @TempDir
    Path dir;

    private static DealService deals(Store store) {
        return new DealService(store, new ChecklistEvaluator(ZoneOffset.UTC, Locale.ENGLISH), store::author);
    }

    private static NewLead lead(String title) {
        return new NewLead("Contact of " + title, null, null, null, null, title, "100", "EUR", Locale.ENGLISH);
    }

    private static ChangeSetEntry last(Store store) {
        return store.read(r -> r.changeLog().latest(1)).getFirst();
    }

    /** A new name undone is the old name everywhere: the team's directory and this installation's own (Settings, whoami, the next change). */
    @Test
    void undoingANewNameGivesTheOldOneBackHereToo() {
        try (Store store = Fixtures.store(dir)) {
            PeopleService people = new PeopleService(store);
            UndoService undo = new UndoService(store, UndoJournal.inMemory());
            people.setIdentity("Sam Rivera", "sam@example.com");
            people.setIdentity("Sam R.", "sam@example.com");
            assertThat(people.me()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Sam R."));
            undo.undoLast().orElseThrow();
            assertThat(people.me()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Sam Rivera"));
            assertThat(people.directory()).containsEntry("sam@example.com", "Sam Rivera");
            assertThat(store.person()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Sam Rivera"));
            undo.redoLast().orElseThrow();
            assertThat(people.me()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Sam R."));
            assertThat(store.person()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Sam R."));
        }
    }

    @Test
    void theIdentityIsKeptLocallyAndEveryChangeSetCarriesIt() {
        Path file;
        try (Store store = Fixtures.store(dir)) {
            file = store.file();
            PeopleService people = new PeopleService(store);
            assertThat(people.needsAsking()).as("first start").isTrue();
            assertThat(people.suggestion().name()).isEqualTo(System.getProperty("user.name"));
            int setsBefore = store.read(r -> r.changeLog().latest(10_000)).size();
            people.setIdentity("Ida Berg", "Ida@Nordwind.example");
            assertThat(people.needsAsking()).isFalse();
            // Only the team directory's entry for her name is shared; name and email as this installation's own are local.
            ChangeSetEntry directory = last(store);
            assertThat(store.read(r -> r.changeLog().latest(10_000)).size()).isEqualTo(setsBefore + 1);
            assertThat(directory.changes()).allSatisfy(c -> assertThat(c.table()).isEqualTo("settings"));
            assertThat(directory.author()).isEqualTo("Ida Berg <ida@nordwind.example>");

            deals(store).createLead(lead("Pilot"));
            ChangeSetEntry created = last(store);
            assertThat(created.author()).isEqualTo("Ida Berg <ida@nordwind.example>");
            assertThat(created.changes()).noneSatisfy(c -> assertThat(c.table()).isEqualTo("local_setting"));
        }
        try (Store again = Store.open(file, new TickingClock(Fixtures.NOW))) {
            assertThat(again.person()).hasValueSatisfying(p -> assertThat(p.author()).isEqualTo("Ida Berg <ida@nordwind.example>"));
            assertThat(new PeopleService(again).needsAsking()).isFalse();
            deals(again).createLead(lead("Second"));
            assertThat(last(again).author()).isEqualTo("Ida Berg <ida@nordwind.example>");
            assertThat(again.read(r -> r.stageChanges().forDeal(deals(again).search(null, "Second", 1).getFirst().id())).getFirst().changedBy())
                    .isEqualTo("Ida Berg <ida@nordwind.example>");
        }
    }

    /** Asked not to, saying who you are takes no deal nobody owns (the window asks; a manager took a team's unowned pipeline). */
    @Test
    void theDealsNobodyOwnsStayUnownedWhenNotTaken() {
        try (Store store = Fixtures.store(dir)) {
            var pilot = Fixtures.deal(store, "Pilot", com.funnelboard.domain.Stage.LEAD, 100_00L);
            PeopleService people = new PeopleService(store);
            PeopleService.Saved saved = people.setIdentity("Mara Manager", "mara@nordwind.example", false);
            assertThat(saved.claimedDeals()).isZero();
            assertThat(store.read(r -> r.deals().find(pilot.id())).orElseThrow().owner()).isNull();
            assertThat(people.unowned()).isEqualTo(1);
        }
    }

    @Test
    void aCopiedFileAsksAgainWhoUsesIt() throws Exception {
        Path copy = dir.resolve("copy.db");
        try (Store store = Fixtures.store(dir)) {
            new PeopleService(store).setIdentity("Ida Berg", "ida@nordwind.example");
        }
        Files.copy(dir.resolve("test.db"), copy);
        try (Store other = Store.open(copy, Fixtures.CLOCK)) {
            PeopleService people = new PeopleService(other);
            assertThat(people.needsAsking()).isTrue();
            assertThat(people.suggestion().email()).as("what it knows is filled in").isEqualTo("ida@nordwind.example");
        }
    }

    @Test
    void badNamesAndEmailsAreRefusedAndNothingIsKept() {
        try (Store store = Fixtures.store(dir)) {
            PeopleService people = new PeopleService(store);
            assertThatThrownBy(() -> people.setIdentity(" ", "ida@nordwind.example")).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).containsKey("name"));
            assertThatThrownBy(() -> people.setIdentity("Ida", "ida at nordwind")).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).containsKey("email"));
            assertThatThrownBy(() -> people.setIdentity("Ida <x>", "ida@nordwind.example")).isInstanceOf(InvalidInputException.class);
            assertThat(people.me()).isEmpty();
            assertThat(people.needsAsking()).isTrue();
        }
    }

    @Test
    void aNewAddressTakesTheDealsOfTheOldOneAlongButACopysNewUserTakesNone() throws Exception {
        Path copy = dir.resolve("copy.db");
        try (Store store = Fixtures.store(dir)) {
            PeopleService people = new PeopleService(store);
            people.setIdentity("Bob Xu", "bob@t.example");
            var mine = deals(store).createLead(lead("Mine"));
            var theirs = deals(store).createLead(lead("Theirs"));
            people.reassign(theirs, "ola@t.example");

            PeopleService.Saved moved = people.setIdentity("Bob Xu", "robert@t.example");
            assertThat(moved.movedDeals()).isEqualTo(1);
            assertThat(store.read(r -> r.deals().find(mine)).orElseThrow().owner()).isEqualTo("robert@t.example");
            assertThat(store.read(r -> r.deals().find(theirs)).orElseThrow().owner()).as("a teammate's stays theirs").isEqualTo("ola@t.example");
            assertThat(last(store).summary()).endsWith("1 deal of bob@t.example moved to the new address");
        }
        Files.copy(dir.resolve("test.db"), copy);
        try (Store other = Store.open(copy, Fixtures.CLOCK)) {
            PeopleService someoneElse = new PeopleService(other);
            assertThat(someoneElse.setIdentity("Cy Ode", "cy@t.example").movedDeals()).as("a copy's new user is someone else").isZero();
        }
    }

    @Test
    void aDealBelongsToItsCreatorUnownedDealsGoToTheFirstPersonAndCanBeReassigned() {
        try (Store store = Fixtures.store(dir)) {
            PeopleService people = new PeopleService(store);
            Deal before = Fixtures.deal(store, "From before owners", Stage.PROSPECT, 100L);
            assertThat(store.read(r -> r.deals().find(before.id())).orElseThrow().owner()).isNull();
            assertThat(people.unowned()).isEqualTo(1);

            assertThat(people.setIdentity("Ida Berg", "ida@nordwind.example").claimedDeals()).isEqualTo(1);
            assertThat(store.read(r -> r.deals().find(before.id())).orElseThrow().owner()).isEqualTo("ida@nordwind.example");
            assertThat(people.setIdentity("Ida Berg", "ida@nordwind.example").claimedDeals()).as("once").isZero();

            var mine = deals(store).createLead(lead("Mine"));
            assertThat(store.read(r -> r.deals().find(mine)).orElseThrow().owner()).isEqualTo("ida@nordwind.example");

            assertThat(people.reassign(mine, "Ola.Nordmann@Nordwind.example")).isTrue();
            ChangeSetEntry gave = last(store);
            assertThat(gave.summary()).isEqualTo("Gave \u201CMine\u201D to ola.nordmann@nordwind.example");
            assertThat(gave.changes()).singleElement().satisfies(c -> {
                assertThat(c.field()).isEqualTo("owner");
                assertThat(c.newValue()).isEqualTo("\"ola.nordmann@nordwind.example\"");
            });
            assertThat(people.reassign(mine, "ola.nordmann@nordwind.example")).as("already theirs").isFalse();
            assertThatThrownBy(() -> people.reassign(mine, "nobody")).isInstanceOf(InvalidInputException.class);

            BoardService board = new BoardService(store);
            assertThat(board.summaries(OwnerFilter.person("ida@nordwind.example")).values().stream().mapToLong(s -> s.count()).sum())
                    .isEqualTo(1);
            assertThat(board.page(Stage.LEAD, 0, 10, OwnerFilter.person("ola.nordmann@nordwind.example")))
                    .extracting(c -> c.title()).containsExactly("Mine");
            assertThat(board.page(Stage.LEAD, 0, 10, OwnerFilter.person("ida@nordwind.example"))).isEmpty();
            assertThat(board.page(Stage.LEAD, 0, 10, OwnerFilter.EVERYONE)).hasSize(1);
            assertThat(people.owners()).extracting(PeopleService.Owner::email)
                    .containsExactlyInAnyOrder("ida@nordwind.example", "ola.nordmann@nordwind.example");
            assertThat(people.owners()).filteredOn(o -> o.email().startsWith("ida")).singleElement()
                    .satisfies(o -> assertThat(o.initials()).isEqualTo("IB"));
        }
    }

    /**
     * A new database's question starts from who last said who they are on this computer (it offered the system's user name
     * where the user had answered minutes before, in another database); each database still keeps its own answer.
     */
    @Test
    void aNewDatabaseOffersWhoLastAnsweredOnThisComputer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path known = answeredOnThisComputer(folder, "Sam@Example.com");
        try (Store second = Store.open(folder.resolve("second.db"), Fixtures.CLOCK, known)) {
            PeopleService people = new PeopleService(second);
            assertThat(people.needsAsking()).as("asked, as each database keeps its own answer").isTrue();
            assertThat(people.suggestion()).isEqualTo(new com.funnelboard.domain.Person("Sam Taylor", "sam@example.com"));
        }
        // A file that names no one well is no suggestion.
        java.nio.file.Files.writeString(known.resolveSibling("preferences.properties"), "identity.name=Sam\nidentity.email=not-an-address\n");
        try (Store third = Store.open(folder.resolve("third.db"), Fixtures.CLOCK, known)) {
            assertThat(new PeopleService(third).suggestion().email()).isEmpty();
        }
    }

    /**
     * A teammate's file opened here suggests who answered on this computer, not the teammate (Enter made the teammate the
     * author of this user's changes); the question says whose file it was.
     */
    @Test
    void aTeammatesFileSuggestsWhoAnsweredOnThisComputer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path known = answeredOnThisComputer(folder, "sam@example.com");
        try (Store idas = Store.open(folder.resolve("ida.db"), Fixtures.CLOCK)) {
            new PeopleService(idas).setIdentity("Ida Berg", "ida@nordwind.example");
        }
        java.nio.file.Path copy = folder.resolve("from-ida.db");
        java.nio.file.Files.copy(folder.resolve("ida.db"), copy);
        try (Store opened = Store.open(copy, Fixtures.CLOCK, known)) {
            PeopleService people = new PeopleService(opened);
            assertThat(people.needsAsking()).isTrue();
            assertThat(people.suggestion()).isEqualTo(new com.funnelboard.domain.Person("Sam Taylor", "sam@example.com"));
            assertThat(people.copiedFrom()).contains(new com.funnelboard.domain.Person("Ida Berg", "ida@nordwind.example"));
        }
        try (Store fresh = Store.open(folder.resolve("new.db"), Fixtures.CLOCK, known)) {
            assertThat(new PeopleService(fresh).copiedFrom()).as("a database made here is no copy").isEmpty();
        }
    }

    /** Sam Taylor says who they are in a first database on a computer whose app folder is under {@code folder}; its record of files. */
    private static java.nio.file.Path answeredOnThisComputer(java.nio.file.Path folder, String email) throws Exception {
        java.nio.file.Path known = folder.resolve("app").resolve("known-files");
        java.nio.file.Files.createDirectories(known.getParent());
        try (Store first = Store.open(folder.resolve("first.db"), Fixtures.CLOCK, known)) {
            new PeopleService(first).setIdentity("Sam Taylor", email);
        }
        return known;
    }
}
