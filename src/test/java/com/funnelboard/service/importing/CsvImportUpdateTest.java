package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A deal found stored again (by its id in the other program) is updated with what the row gives,
 * and only that; a stage the file moves it to is reached now.
 */
class CsvImportUpdateTest extends ImportCase {

    private static final String FIRST = """
            Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Expected close date,Deal - Source,Person - Name
            101,Acme website relaunch,12500,EUR,Proposal Made,2027-01-31,Referral,Ada Lind
            """;

    @Test
    void aFileOfFewerColumnsOrBlankCellsErasesNothing() throws Exception {
        run(FIRST);
        Deal before = deal();

        run("""
                Deal - ID,Deal - Title,Deal - Value,Deal - Stage
                101,Acme website relaunch,,Proposal Made
                """);

        Deal after = deal();
        assertThat(after.value()).as("a blank value leaves the stored one").isEqualTo(before.value());
        assertThat(after.expectedCloseOn()).as("no column, no change").isEqualTo(before.expectedCloseOn());
        assertThat(after.source()).isEqualTo(before.source());
    }

    /** A sheet of deals alone (no id, no contact, no organization), imported again: its deals are found by title, not doubled. */
    @Test
    void aSheetOfDealsAloneImportedAgainDoublesNothing() throws Exception {
        String sheet = """
                name,close_date,stage,owner,amount
                Devcast,1/28/2026,Contacted,Reggy Trenouth,153024
                Camimbo,9/11/2026,Negotiating,Galvan Muckian,341661
                """;
        assertThat(run(sheet).deals().created()).isEqualTo(2);
        ImportResult again = run(sheet.replace("153024", "160000"));
        assertThat(again.deals().created()).isZero();
        assertThat(again.deals().updated()).isEqualTo(1);
        assertThat(deals()).hasSize(2);
        assertThat(deals().get("Devcast").value().minor()).isEqualTo(160_000_00L);
        ImportResult skipped = run("skip.csv", sheet, new ImportOptions(java.util.Map.of(), java.util.Map.of(), ImportOptions.OnDuplicate.SKIP,
                false, false, null));
        assertThat(skipped.deals().skipped()).isEqualTo(2);
        assertThat(deals()).hasSize(2);
    }

    @Test
    void withoutATitleOrStageColumnTheStoredOnesStay() throws Exception {
        run(FIRST);
        Deal before = deal();

        run("""
                Deal - ID,Deal - Value
                101,14000
                """);

        Deal after = deal();
        assertThat(after.title()).isEqualTo("Acme website relaunch");
        assertThat(after.stage()).isEqualTo(before.stage());
        assertThat(after.value().minor()).isEqualTo(1_400_000L);
    }

    @Test
    void aStageTheFileMovesADealBackToIsReachedNow() throws Exception {
        run("""
                Deal - ID,Deal - Title,Deal - Stage,Deal - Add time
                101,Acme website relaunch,Proposal Made,2026-01-14
                """);
        assertThat(deal().stageEnteredAt()).as("new: in its stage since it was made").isEqualTo(com.funnelboard.domain.DayMoment.of(java.time.LocalDate.of(2026, 1, 14),
                java.time.ZoneId.systemDefault()));
        Stage first = deal().stage();

        run("""
                Deal - ID,Deal - Title,Deal - Stage,Deal - Add time
                101,Acme website relaunch,Lead In,2026-01-14
                """);
        Deal moved = deal();
        assertThat(moved.stage()).isEqualTo(Stage.LEAD).isNotEqualTo(first);
        assertThat(java.time.Duration.between(moved.stageEnteredAt(), Fixtures.NOW).abs()).as("moved by this import: reached now")
                .isLessThan(java.time.Duration.ofMinutes(1));
    }

    /**
     * A stage further on than the stored deal's is not taken: the deal could reach it here only through its checklist
     * (or an override with a reason). Said, row by row; the rest of the row is imported; nothing is backdated.
     */
    @Test
    void aStoredDealIsNotMovedForwardPastItsChecklist() throws Exception {
        run(FIRST.replace("Proposal Made", "Lead In"));
        Deal before = deal();
        ImportResult won = run(FIRST.replace("Proposal Made", "Won").replace("12500", "13000"));
        Deal after = deal();
        assertThat(after.stage()).isEqualTo(Stage.LEAD);
        assertThat(after.stageEnteredAt()).isEqualTo(before.stageEnteredAt());
        assertThat(after.closedOn()).isNull();
        assertThat(after.value().minor()).as("the rest of the row is imported").isEqualTo(1_300_000L);
        assertThat(won.deals().updated()).isEqualTo(1);
        assertThat(won.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.leftOut()).isTrue();
            assertThat(p.reason()).isEqualTo("\u201CAcme website relaunch\u201D stays in Lead: an import moves no deal stored here to Won past "
                    + "its checklist; move it on the board or with `funnelboard move`, where the checklist is answered or overridden with a reason");
        });
        java.util.List<com.funnelboard.domain.StageChange> moves = store.read(r -> r.stageChanges().forDeal(before.id()));
        assertThat(moves).as("no move in its history").hasSize(1);
    }

    @Test
    void editsMadeHereSinceTheLastImportOutliveTheSameFileImportedAgain() throws Exception {
        run(FIRST);
        Deal imported = deal();
        store.writeAll(r -> {
            r.deals().moveTo(imported.id(), Stage.OPPORTUNITY, Fixtures.NOW, null, null, null);
            Deal moved = r.deals().find(imported.id()).orElseThrow();
            r.deals().update(new Deal(moved.id(), moved.contactId(), moved.title(), moved.stage(),
                    new com.funnelboard.domain.Money(2_000_000L, "EUR"), "EUR", moved.source(), java.time.LocalDate.of(2026, 12, 24),
                    moved.stageEnteredAt(), null, null, null, null, moved.createdAt(), moved.updatedAt(), moved.owner()));
        });

        ImportResult again = run(FIRST);

        Deal after = deal();
        assertThat(after.stage()).as("moved here; the file still says what it said").isEqualTo(Stage.OPPORTUNITY);
        assertThat(after.value().minor()).isEqualTo(2_000_000L);
        assertThat(after.expectedCloseOn()).isEqualTo(java.time.LocalDate.of(2026, 12, 24));
        assertThat(again.deals().updated()).isZero();

        run(FIRST.replace("12500", "13000"));
        assertThat(deal().value().minor()).as("changed in the other program since: the file's").isEqualTo(1_300_000L);
        assertThat(deal().stage()).isEqualTo(Stage.OPPORTUNITY);
    }

    @Test
    void anIdOfAnotherSheetNamingAnotherDealOfAnotherOrganizationIsNoUpdate() throws Exception {
        run("""
                Deal - ID,Deal - Title,Deal - Value,Organization - Name
                101,Acme website relaunch,12500,Acme Ltd
                """);

        ImportResult other = run("""
                ID,Deal Name,Company,Amount
                101,Totally different deal,Other Company Ltd,999
                102,Renewal,Other Company Ltd,500
                """);

        assertThat(deals()).containsKeys("Acme website relaunch", "Renewal").doesNotContainKey("Totally different deal");
        assertThat(deals().get("Acme website relaunch").value().minor()).isEqualTo(1_250_000L);
        assertThat(other.deals().skipped()).isEqualTo(1);
        assertThat(other.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.reason()).startsWith("its id 101 is the deal \u201CAcme website relaunch\u201D of Acme Ltd here, not "
                    + "\u201CTotally different deal\u201D of Other Company Ltd; another program's ids can be the same numbers, so this deal was not imported");
        });

        run("""
                Deal - ID,Deal - Title,Deal - Value,Organization - Name
                101,Acme website relaunch (phase 2),14000,Acme Ltd
                """);
        assertThat(deals()).as("renamed in the same organization: updated").containsKey("Acme website relaunch (phase 2)");
    }

    @Test
    void undoingAnImportTakesItsStageMovesOutOfTheHistory() throws Exception {
        run(FIRST);
        Deal before = deal();
        ImportResult won = run(FIRST.replace("Person - Name", "Person - Name,Deal - Lost reason").replace("Proposal Made", "Lost")
                .replace("Ada Lind", "Ada Lind,Price"));
        assertThat(deal().stage()).isEqualTo(Stage.LOST);

        new com.funnelboard.service.UndoService(store, com.funnelboard.service.UndoJournal.inMemory()).undo(won.changeSet());

        assertThat(deal().stage()).isEqualTo(before.stage());
        java.util.List<com.funnelboard.domain.StageChange> history = store.read(r -> r.stageChanges().forDeal(before.id()));
        assertThat(history).as("the import's move is gone, not answered by a move back").hasSize(1);
        assertThat(history.getFirst().to()).isEqualTo(before.stage());
    }

    @Test
    void aSpreadsheetsErrorOrBareDashIsNoAmountNotABadRow() throws Exception {
        ImportResult r = run("""
                Deal Name,Company,Amount
                Pilot,Acme Ltd,#N/A
                Rollout,Acme Ltd," -   "
                Support,Acme Ltd,#WERT!
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(deals()).containsOnlyKeys("Pilot", "Rollout", "Support");
        assertThat(deals().get("Pilot").value()).isNull();
        assertThat(deals().get("Rollout").value().minor()).as("the accounting format's zero").isZero();
    }

    private Deal deal() {
        java.util.UUID id = deals().values().iterator().next().id();
        return store.read(r -> r.deals().find(id)).orElseThrow();
    }

    /**
     * A deal deleted here is not brought back by the next import of the file that made it: it is left
     * out, and said (it came back as a new deal beside the one in the trash, two of one id after a restore).
     */
    @Test
    void aDealInTheTrashIsNotImportedAgain() throws Exception {
        String file = "ID,Deal,Amount,Stage\n1004,Data migration,5000,Lead\n1005,Other,100,Lead\n";
        run(file);
        new com.funnelboard.service.DealEditing(store, java.util.Locale.US).delete(deals().get("Data migration").id());
        ImportResult again = run(file);
        assertThat(again.deals().created()).isZero();
        assertThat(deals()).containsOnlyKeys("Other");
        assertThat(again.problems()).anySatisfy(p -> assertThat(p.reason()).contains("\u201CData migration\u201D (id 1004) is in the trash here"));

        // An undone import is done over by importing again: its deals come back.
        var undo = new com.funnelboard.service.UndoService(store, com.funnelboard.service.UndoJournal.inMemory());
        ImportResult other = run("ID,Deal,Amount,Stage\n2001,Wrong currency,900,Lead\n");
        undo.undo(other.changeSet());
        assertThat(run("ID,Deal,Amount,Stage\n2001,Wrong currency,900,Lead\n").deals().created()).isEqualTo(1);
    }

    /**
     * A Funnelboard export names its people by their ids: a person deleted here is not imported again with their row (a new
     * copy of them was made at each import, their deal moved to the newest), and one an undone import took away is found
     * again by name (the import of the file after the undo made one, each later import one more).
     */
    @Test
    void aPersonOfTheFileGoneFromHereIsNotCopiedAtEachImport() throws Exception {
        String header = "id,external_id,title,stage,value,currency,final_value,closed_on,expected_close_on,contact,contact_id,organization,"
                + "source,lost_reason,lost_note,stage_entered_at,created_at,owner\n";
        String file = header + "60648dab-6eca-4924-804d-9b52c2c13c18,,T,lead,100.00,EUR,,,,Zo\u00EB O'Brien,1db7aa48-a2c5-44be-b109-978ab811e630,,,,,"
                + "2026-12-07T03:23:16.1Z,2026-12-07T03:23:16.1Z,\n";
        java.util.function.Supplier<Integer> people = () -> store.read(r -> r.contactProfiles().list(null, 100)).size();
        var undo = new com.funnelboard.service.UndoService(store, com.funnelboard.service.UndoJournal.inMemory());
        undo.undo(run(file).changeSet());
        assertThat(people.get()).isZero();
        assertThat(run(file).contacts().created()).as("done over after the undo").isEqualTo(1);
        for (int i = 0; i < 2; i++) {
            ImportResult again = run(file);
            assertThat(again.contacts().created()).isZero();
            assertThat(again.deals().created()).isZero();
        }
        assertThat(people.get()).isEqualTo(1);
        assertThat(deals().get("T").contactName()).isEqualTo("Zo\u00EB O'Brien");

        // Deleted by hand, with their deal: the row is left out, and said.
        String other = header + "7a9e0b51-5d0c-4f5e-9d41-2f6a4a7e0c11,,U,lead,50.00,EUR,,,,Ada Lovelace,5b1f4c77-0e55-4c1b-8e0b-0f3d7d0e9a21,,,,,"
                + "2026-12-07T03:23:16.1Z,2026-12-07T03:23:16.1Z,\n";
        run(other);
        new com.funnelboard.service.DealEditing(store, java.util.Locale.US).deleteContact(contact("Ada Lovelace").id(), true);
        ImportResult refused = run(other);
        assertThat(refused.contacts().created()).isZero();
        assertThat(refused.deals().created()).isZero();
        assertThat(contacts()).doesNotContainKey("Ada Lovelace");
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p.reason()).contains("the contact \u201CAda Lovelace\u201D (id "
                + "5b1f4c77-0e55-4c1b-8e0b-0f3d7d0e9a21) is in the trash here"));
    }

    /**
     * A stored deal is not moved to Lost by a file that says no reason (a move to Lost here never lacks one: the lost report
     * counted it as "Other", with no note); with the reason, it is.
     */
    @Test
    void aStoredDealIsNotLostWithoutAReason() throws Exception {
        run("ID,Deal,Stage\n501,Pilot,Lead\n");
        ImportResult lost = run("ID,Deal,Stage\n501,Pilot,Lost\n");
        assertThat(deal().stage()).isEqualTo(com.funnelboard.domain.Stage.LEAD);
        assertThat(lost.problems()).anySatisfy(p -> assertThat(p.reason()).contains(
                "\u201CPilot\u201D stays in Lead: an import moves no deal stored here to Lost without a lost reason"));
        run("ID,Deal,Stage,Lost Reason\n501,Pilot,Lost,Price\n");
        assertThat(deal().stage()).isEqualTo(com.funnelboard.domain.Stage.LOST);
        assertThat(deal().lostReason()).isNotNull();
    }

    /**
     * A file corrected in a sheet and imported again with the default policy: the stored titles are kept, and said to be (the
     * summary said "nothing new imported" and the corrections were ignored unsaid).
     */
    @Test
    void storedValuesKeptOverTheFilesAreSaid() throws Exception {
        run("team.csv", "Name,Email,Title\nAnn Reed,ann@x.example,Analyst\nBo Ek,bo@x.example,Buyer\n");
        ImportResult again = run("team.csv", "Name,Email,Title\nAnn Reed,ann@x.example,Senior Analyst\nBo Ek,bo@x.example,Buyer\n");
        assertThat(contact("Ann Reed").title()).isEqualTo("Analyst");
        assertThat(again.readingNotes()).containsExactly("1 contact keeps its stored title where the file gives another: the duplicate "
                + "policy Replace takes the file's.");
        assertThat(run("team.csv", "Name,Email,Title\nAnn Reed,ann@x.example,Analyst\n").readingNotes()).isEmpty();
    }

    /** The file's notes, kept with a line written here after them, are not added again at each import. */
    @Test
    void notesKeptWithMoreWrittenHereAreNotAddedAgain() throws Exception {
        String file = "Name,Email,Notes\nPepper Potts,pepper@stark.example,Needs by Q1\n";
        run(file);
        var stored = contact("Pepper Potts");
        new com.funnelboard.service.ContactService(store, new com.funnelboard.domain.DuplicateFinder("US")).save(
                new com.funnelboard.domain.ContactProfile(stored.id(), stored.organizationId(), stored.name(), stored.title(), stored.emails(),
                        stored.phones(), stored.channel(), stored.industry(), stored.companySize(), stored.persona(), stored.painPoints(),
                        stored.source(), stored.tags(), "Needs by Q1\nCalled on Dec 3", null));
        assertThat(run(file).contacts().updated()).isZero();
        assertThat(run(file).contacts().updated()).isZero();
        assertThat(contact("Pepper Potts").notes()).isEqualTo("Needs by Q1\nCalled on Dec 3");

        // A line added to them in the file (on the phone, in the sheet): the file's notes take their place (they were added
        // after them, and each correction doubled the notes).
        run("Name,Email,Notes\nPepper Potts,pepper@stark.example,\"Needs by Q1\nCalled on Dec 3\nPrefers mornings\"\n");
        assertThat(contact("Pepper Potts").notes()).isEqualTo("Needs by Q1\nCalled on Dec 3\nPrefers mornings");
        // Replace: the row's notes, corrected in the sheet, in place of the stored ones.
        run("replace.csv", "Name,Email,Notes\nPepper Potts,pepper@stark.example,Needs by Q2\n", new ImportOptions(java.util.Map.of(), java.util.Map.of(),
                ImportOptions.OnDuplicate.REPLACE, false, false, null));
        assertThat(contact("Pepper Potts").notes()).isEqualTo("Needs by Q2");
    }

    /**
     * A file corrected in a spreadsheet and imported back with "replace": the row's name, title
     * and first address replace the stored ones (with "update" only empty fields were filled,
     * and the corrections were dropped without a word); nothing the row leaves empty is erased.
     */
    @Test
    void replaceTakesTheFilesCorrections() throws Exception {
        run("Name,Email,Title,Phone\nChris Park,chris@old.example,Buyer,+1 415 555 0101\n");
        String corrected = "Name,Email,Title\nChristopher Park,chris@old.example,Head of Purchasing\n";
        run(corrected);
        assertThat(contact("Chris Park").title()).as("update fills only what is empty").isEqualTo("Buyer");
        ImportOptions replace = new ImportOptions(java.util.Map.of(), java.util.Map.of(), ImportOptions.OnDuplicate.REPLACE, false, false, null);
        assertThat(run("fixed.csv", corrected, replace).contacts().updated()).isEqualTo(1);
        var fixed = contact("Christopher Park");
        assertThat(fixed.title()).isEqualTo("Head of Purchasing");
        assertThat(fixed.phones()).as("not erased by the empty cell").containsExactly("+1 415 555 0101");
        assertThat(contacts()).hasSize(1);

        // A number corrected in the sheet replaces the old one (it stayed beside its correction, second).
        assertThat(run("fixed2.csv", "Name,Email,Phone\nChristopher Park,chris@old.example,+1 415 555 0999\n", replace).contacts().updated())
                .isEqualTo(1);
        assertThat(contact("Christopher Park").phones()).containsExactly("+1 415 555 0999");
        // With several numbers, which replaces which is a guess: none is taken away, the row's first first.
        run("Name,Email,Phone 1,Phone 2\nChristopher Park,chris@old.example,+1 415 555 0999,+1 415 555 0202\n");
        run("fixed3.csv", "Name,Email,Phone\nChristopher Park,chris@old.example,+1 (415) 555-0303\n", replace);
        assertThat(contact("Christopher Park").phones()).containsExactly("+1 (415) 555-0303", "+1 415 555 0999", "+1 415 555 0202");
        assertThat(contacts()).hasSize(1);
    }
}
