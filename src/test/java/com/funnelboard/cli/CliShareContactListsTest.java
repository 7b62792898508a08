package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A contact's addresses and numbers edited by two teammates who had not seen each other's edits:
 * every address either kept ends up on both, in one order, and the primary address (the one cards,
 * lists and exports show) is the first of them on both.
 */
class CliShareContactListsTest {

    @TempDir
    Path dir;

    CliRunner ann;
    CliRunner bo;

    @org.junit.jupiter.api.BeforeEach
    void twoTeammates() {
        ann = new CliRunner(dir.resolve("ann.db"), Fixtures.NOW);
        bo = new CliRunner(dir.resolve("bo.db"), Fixtures.NOW.plusSeconds(5));
    }

    /** A contact Ann adds with {@code add}'s options, that Bo then has from her share file; its id. */
    private String sharedContact(String... add) {
        String[] args = new String[add.length + 2];
        args[0] = "contacts";
        args[1] = "add";
        System.arraycopy(add, 0, args, 2, add.length);
        String id = ann.json(args).get("contact").get("id").asString();
        Path first = dir.resolve("ann-first.funnel");
        assertThat(ann.run("share", "export", first.toString()).exit()).isZero();
        assertThat(bo.run("share", "merge", first.toString()).exit()).isZero();
        return id;
    }

    @Test
    void thePrimaryAddressAndNumberAreTheFirstLeftAfterTeammatesEditedTheListsAtOnce() {
        String id = sharedContact("--name", "Pat Lee", "--email", "pat@one.example", "--email", "pat@two.example",
                "--phone", "+49 30 111", "--phone", "+49 30 222");

        // Ann makes the second address and number the primary ones; Bo, meanwhile, removes both and adds others.
        ann.run("contacts", "edit", id, "--email", "pat@two.example", "--email", "pat@one.example", "--email", "pat@three.example",
                "--phone", "+49 30 222", "--phone", "+49 30 111");
        bo.run("contacts", "edit", id, "--email", "pat@one.example", "--email", "pat@four.example", "--phone", "+49 30 111");
        exchange(ann, bo);

        List<String> order = null;
        for (CliRunner teammate : List.of(ann, bo)) {
            JsonNode shown = teammate.json("contacts", "show", id).get("contact");
            List<String> emails = texts(shown.get("emails"));
            assertThat(emails).as("Bo removed two; Ann's three and Bo's four are both kept").containsExactlyInAnyOrder("pat@one.example",
                    "pat@three.example", "pat@four.example");
            assertThat(texts(shown.get("phones"))).containsExactly("+49 30 111");
            if (order != null) {
                assertThat(emails).as("one order on both").isEqualTo(order);
            }
            order = emails;
            JsonNode listed = teammate.json("contacts", "list").get("contacts").get(0);
            assertThat(listed.get("email").asString()).as("the primary address is one the contact has, its first").isEqualTo(emails.getFirst());
            assertThat(listed.get("phone").asString()).isEqualTo("+49 30 111");
        }
    }

    @Test
    void bothNumbersCanStayWhereTwoTeammatesEachReplacedTheContactsNumber() {
        // Her office number, his mobile: each replaced the old one without knowing of the other.
        String id = numberChangedOnBoth("Carla Diaz", "+49 30 111", "+49 30 222", "+49 170 333");
        JsonNode conflicts = bo.json("conflicts", "list").get("conflicts");
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).get("field").asString()).isEqualTo("phone");

        // Keeping one side's says where the other's went (it went to the trash without a word).
        CliRunner.Result mine = bo.run("conflicts", "resolve", conflicts.get(0).get("id").asString(), "--keep", "mine");
        assertThat(mine.out()).contains("Kept +49 170 333 as the phone").contains("\u201C+49 30 222\u201D is taken off the contact (undo puts it back)");
        assertThat(texts(bo.json("contacts", "show", id).get("contact").get("phones"))).containsExactly("+49 170 333");
        assertThat(bo.run("undo").exit()).isZero();
        assertThat(texts(bo.json("contacts", "show", id).get("contact").get("phones"))).containsExactlyInAnyOrder("+49 170 333", "+49 30 222");

        CliRunner.Result both = bo.run("conflicts", "resolve", conflicts.get(0).get("id").asString(), "--keep", "both");
        assertThat(both.exit()).isZero();
        assertThat(both.out()).contains("Kept both phone numbers of contact \u201CCarla Diaz\u201D: +49 170 333 first, then +49 30 222");
        Path resolved = dir.resolve("bo-resolved.funnel");
        assertThat(bo.run("share", "export", resolved.toString()).exit()).isZero();
        assertThat(ann.run("share", "merge", resolved.toString()).exit()).isZero();
        for (CliRunner teammate : List.of(ann, bo)) {
            JsonNode shown = teammate.json("contacts", "show", id).get("contact");
            assertThat(texts(shown.get("phones"))).as("both numbers, the one kept first, on both").containsExactly("+49 170 333", "+49 30 222");
            assertThat(teammate.json("contacts", "list").get("contacts").get(0).get("phone").asString()).isEqualTo("+49 170 333");
            assertThat(teammate.json("conflicts", "list").get("conflicts")).as("the conflict ends everywhere").isEmpty();
        }
    }

    /**
     * A value typed to settle a conflict on a contact's address becomes the first of its list, on both copies: it was written to
     * the field alone, so the list (and the mail button) kept the two replacements, and the teammate's merge put the field back
     * to the list's first — the typed address was nowhere on their copy.
     */
    @Test
    void aTypedAddressBecomesTheFirstOfTheListOnBothCopies() {
        String id = sharedContact("--name", "Anna Petrov", "--email", "anna@cedar.example", "--email", "office@cedar.example");
        ann.run("contacts", "edit", id, "--email", "anna.m@cedar.example", "--email", "office@cedar.example");
        bo.run("contacts", "edit", id, "--email", "anna.b@cedar.example", "--email", "office@cedar.example");
        exchange(ann, bo);
        JsonNode conflict = bo.json("conflicts", "list").get("conflicts").get(0);
        assertThat(conflict.get("field").asString()).isEqualTo("email");

        CliRunner.Result notAnAddress = bo.run("conflicts", "resolve", conflict.get("id").asString(), "--keep", "value=anna at cedar");
        assertThat(notAnAddress.exit()).as("refused as the contact's form refuses it").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(notAnAddress.err()).contains("Not an email address: \u201Canna at cedar\u201D; nothing was changed");
        CliRunner.Result typed = bo.run("conflicts", "resolve", conflict.get("id").asString(), "--keep", "value=anna.petrov@cedar.example");
        assertThat(typed.exit()).isZero();
        assertThat(typed.out()).contains("Kept anna.petrov@cedar.example as the email").contains("taken off the contact");
        Path resolved = dir.resolve("bo-resolved.funnel");
        assertThat(bo.run("share", "export", resolved.toString()).exit()).isZero();
        assertThat(ann.run("share", "merge", resolved.toString()).exit()).isZero();
        for (CliRunner teammate : List.of(ann, bo)) {
            JsonNode shown = teammate.json("contacts", "show", id).get("contact");
            assertThat(texts(shown.get("emails"))).as("the typed address first, the other kept, the two replacements taken off")
                    .containsExactly("anna.petrov@cedar.example", "office@cedar.example");
            assertThat(teammate.json("contacts", "list").get("contacts").get(0).get("email").asString()).isEqualTo("anna.petrov@cedar.example");
            assertThat(teammate.json("conflicts", "list").get("conflicts")).isEmpty();
        }
    }

    /**
     * Two teammates who each kept their own number took each other's away: the contact had none on either copy, and keeping
     * both (or one) again did not bring them back. The new conflict's resolution puts the values it keeps back in the list.
     */
    @Test
    void numbersTakenAwayByTwoResolutionsComeBackWithTheNextOne() {
        String id = numberChangedOnBoth("Goran Dubois", "+49 30 100", "+49 30 1110001", "+49 30 2220002");
        for (CliRunner teammate : List.of(ann, bo)) {
            String conflict = teammate.json("conflicts", "list").get("conflicts").get(0).get("id").asString();
            assertThat(teammate.run("conflicts", "resolve", conflict, "--keep", "mine").exit()).isZero();
        }
        exchange(ann, bo);
        // Meanwhile one resolution's number stands, the same on both copies (each took the other's away: the contact had none).
        List<String> annHas = texts(ann.json("contacts", "show", id).get("contact").get("phones"));
        List<String> boHas = texts(bo.json("contacts", "show", id).get("contact").get("phones"));
        assertThat(annHas).as("one of the numbers kept, on Ann's copy; Bo's has " + boHas).hasSize(1);
        assertThat(annHas.getFirst()).isIn("+49 30 1110001", "+49 30 2220002");
        assertThat(boHas).as("the same on Bo's copy").isEqualTo(annHas);
        for (CliRunner teammate : List.of(ann, bo)) {
            assertThat(teammate.json("contacts", "list").get("contacts").get(0).get("phone").asString()).isEqualTo(annHas.getFirst());
        }
        JsonNode again = ann.json("conflicts", "list").get("conflicts");
        assertThat(again).as("the two resolutions disagree: a conflict again").hasSize(1);
        CliRunner.Result both = ann.run("conflicts", "resolve", again.get(0).get("id").asString(), "--keep", "both");
        assertThat(both.exit()).isZero();
        exchange(ann, bo);
        for (CliRunner teammate : List.of(ann, bo)) {
            JsonNode shown = teammate.json("contacts", "show", id).get("contact");
            assertThat(texts(shown.get("phones"))).as("both numbers back, on both copies").containsExactlyInAnyOrder("+49 30 1110001",
                    "+49 30 2220002");
            assertThat(teammate.json("contacts", "list").get("contacts").get(0).get("phone").asString()).isEqualTo(texts(shown.get("phones")).getFirst());
        }
        // The spreadsheet's other numbers in one order on both copies (they differed, the rows being the same).
        Path annCsv = dir.resolve("ann.csv");
        Path boCsv = dir.resolve("bo.csv");
        assertThat(ann.run("export", "csv", "contacts", annCsv.toString()).exit()).isZero();
        assertThat(bo.run("export", "csv", "contacts", boCsv.toString()).exit()).isZero();
        try {
            assertThat(java.nio.file.Files.readString(annCsv)).isEqualTo(java.nio.file.Files.readString(boCsv));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A contact Ann shares with {@code number}, whose number each then replaces without knowing of the other's; its id. */
    private String numberChangedOnBoth(String name, String number, String annsNew, String bosNew) {
        String id = sharedContact("--name", name, "--phone", number);
        ann.run("contacts", "edit", id, "--phone", annsNew);
        bo.run("contacts", "edit", id, "--phone", bosNew);
        exchange(ann, bo);
        return id;
    }

    private void exchange(CliRunner ann, CliRunner bo) {
        Path fromAnn = dir.resolve("ann.funnel");
        Path fromBo = dir.resolve("bo.funnel");
        assertThat(ann.run("share", "export", fromAnn.toString()).exit()).isZero();
        assertThat(bo.run("share", "export", fromBo.toString()).exit()).isZero();
        assertThat(bo.run("share", "merge", fromAnn.toString()).exit()).isZero();
        assertThat(ann.run("share", "merge", fromBo.toString()).exit()).isZero();
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
