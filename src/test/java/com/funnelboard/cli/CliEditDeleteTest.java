package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** deals edit, deals delete, contacts delete and the trash, with undo. */
class CliEditDeleteTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    @Test
    void editChangesOnlyTheGivenFieldsAndIsRecorded() {
        String id = cli.addDeal("Pilot", "--value", "1,000", "--source", "referral");
        JsonNode edited = cli.json("deals", "edit", id, "--title", "Pilot – phase 2", "--value", "12,500.50", "--close-date", "2026-06-30");
        assertThat(edited.get("title").asString()).isEqualTo("Pilot – phase 2");
        assertThat(edited.get("value").get("amount").asString()).isEqualTo("12500.50");
        assertThat(edited.get("expectedCloseOn").asString()).isEqualTo("2026-06-30");
        assertThat(edited.get("source").asString()).isEqualTo("referral");
        JsonNode set = cli.json("history", "--deal", id, "--limit", "1").get("changeSets").get(0);
        assertThat(set.get("summary").asString()).isEqualTo("Edited \u201CPilot – phase 2\u201D (was \u201CPilot\u201D)");
        assertThat(set.get("changes").size()).isEqualTo(3);
        assertThat(cli.run("deals", "show", id).out()).as("the text view too").contains("closes    2026-06-30 (expected)", "source    Referral");

        assertThat(cli.json("deals", "edit", id, "--close-date", "+30").get("expectedCloseOn").asString())
                .as("a day word, as the other day options take (it said \"'+30' is not a date\")")
                .isEqualTo(java.time.LocalDate.ofInstant(Fixtures.NOW, CliRunner.BERLIN).plusDays(30).toString());
        assertThat(cli.json("deals", "edit", id, "--close-date", "none").get("expectedCloseOn").isNull()).isTrue();
        CliRunner.Result bad = cli.run("deals", "edit", id, "--value", "12,5", "--title", " ");
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot – phase 2");
    }

    /** A title or note may begin with a dash; a value forgotten before the next option is still refused, with the way to mean it. */
    @Test
    void valuesMayBeginWithADash() {
        String id = cli.addDeal("Pilot");
        assertThat(cli.json("deals", "edit", id, "--title=-VP Sales deal").get("title").asString()).isEqualTo("-VP Sales deal");
        assertThat(cli.json("deals", "edit", id, "--title", "-h of renewal").get("title").asString()).isEqualTo("-h of renewal");
        CliRunner.Result forgotten = cli.run("deals", "edit", id, "--title", "--json");
        assertThat(forgotten.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(forgotten.err()).contains("Expected a value for --title but found the option --json", "--title=--json");
        assertThat(cli.json("deals", "show", id).get("title").asString()).isEqualTo("-h of renewal");
        assertThat(cli.json("deals", "edit", id, "--title=--json").get("title").asString()).as("meant, with =").isEqualTo("--json");
    }

    /**
     * An argument the system's character set could not read (cron runs commands with no locale: ASCII)
     * is refused before anything is written; "M\uFFFD\uFFFDller" was saved with exit status 0.
     */
    @Test
    void anArgumentTheSystemCouldNotReadIsRefused() {
        String id = cli.addDeal("Pilot");
        CliRunner.Result unread = cli.run("deals", "edit", id, "--title", "Anfrage M\uFFFD\uFFFDller");
        assertThat(unread.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unread.err()).contains("could not read", "\"Anfrage M??ller\"", "LANG=C.UTF-8", "nothing was changed");
        assertThat(cli.json("deals", "show", id).get("title").asString()).isEqualTo("Pilot");
        assertThat(cli.json("deals", "edit", id, "--title", "Anfrage M\u00FCller").get("title").asString()).isEqualTo("Anfrage M\u00FCller");
    }

    /**
     * A database of euros stays in euros for a command run elsewhere: cron runs with no locale (US
     * English), and its leads were added in dollars, its forecast counting every deal as another currency.
     */
    @Test
    void newDealsTakeTheCurrencyMostDealsAreInWhateverTheLocale() {
        CliRunner german = new CliRunner(dir.resolve("euros.db"), Fixtures.NOW, java.util.Locale.GERMANY);
        german.addDeal("Pilot", "--value", "1000");
        german.addDeal("Renewal", "--value", "2000");
        CliRunner cron = new CliRunner(dir.resolve("euros.db"), Fixtures.NOW, java.util.Locale.US);
        assertThat(cron.json("deals", "add", "--title", "Web form lead", "--contact", "Ann", "--value", "300").get("value").get("currency").asString())
                .isEqualTo("EUR");
        assertThat(cron.json("report", "forecast").get("currency").asString()).isEqualTo("EUR");
        assertThat(new CliRunner(dir.resolve("dollars.db"), Fixtures.NOW, java.util.Locale.US).json("deals", "add", "--title", "First", "--contact",
                "Bo", "--value", "10").get("value").get("currency").asString()).as("no deal yet: the locale's").isEqualTo("USD");
        // Said with its currency and where it came from (a rep's next deal went in dollars without a sign).
        assertThat(cron.run("deals", "add", "--title", "Second form lead", "--contact", "Cy", "--value", "300").out())
                .contains("in Lead at \u20AC300.00 (the database's currency, EUR; --currency sets another), id ");
        assertThat(cron.run("deals", "add", "--title", "Third", "--contact", "Di", "--value", "300", "--currency", "USD").out())
                .contains("in Lead at $300.00, id ");

        // A few dollar deals more and the database's currency turned to dollars; set for the team, it stays.
        assertThat(cron.run("settings", "currency").out()).contains("EUR, the currency most deals are in (not set");
        assertThat(cron.run("settings", "currency", "eur").out()).startsWith("New deals and bare amounts are in EUR now, for the team");
        for (String t : java.util.List.of("D1", "D2", "D3", "D4")) {
            cron.run("deals", "add", "--title", t, "--contact", "Ed", "--value", "10", "--currency", "USD");
        }
        assertThat(cron.json("deals", "add", "--title", "After", "--contact", "Flo", "--value", "300").get("value").get("currency").asString())
                .isEqualTo("EUR");
        assertThat(cron.json("settings", "currency").get("set").asBoolean()).isTrue();
        assertThat(cron.run("settings", "currency", "euro").exit()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    /** The champion left: the deal goes to another contact; what was logged with the first stays theirs, and undo gives it back. */
    @Test
    void aDealIsGivenToAnotherContact() {
        String id = cli.addDeal("Pilot");
        String other = cli.addDeal("Renewal");
        String ida = cli.json("deals", "show", id).get("contact").get("id").asString();
        String bo = cli.json("deals", "show", other).get("contact").get("id").asString();
        assertThat(cli.run("interactions", "add", id, "--kind", "call", "--direction", "out", "--note", "Spoke to Ida").exit()).isZero();
        JsonNode given = cli.json("deals", "edit", id, "--contact", bo.substring(0, 8));
        assertThat(given.get("contact").get("id").asString()).isEqualTo(bo);
        assertThat(given.get("title").asString()).as("nothing else changed").isEqualTo("Pilot");
        assertThat(cli.json("history", "--deal", id, "--limit", "1").get("changeSets").get(0).get("summary").asString())
                .isEqualTo("Gave \u201cPilot\u201d to Contact of Renewal (was Contact of Pilot)");
        assertThat(cli.run("contacts", "show", ida).out()).as("the call stays with the person spoken to").contains("Spoke to Ida");

        CliRunner.Result again = cli.run("deals", "edit", id, "--contact", bo);
        assertThat(again.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains("is Contact of Renewal's deal already");
        assertThat(cli.run("deals", "edit", id, "--contact", "ffffffff").exit()).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(cli.run("undo").out()).contains("Undid: Gave");
        assertThat(cli.json("deals", "show", id).get("contact").get("id").asString()).isEqualTo(ida);
    }

    @Test
    void aDeletedDealGoesToTheTrashAndComesBack() {
        String id = cli.addDeal("Pilot");
        assertThat(cli.run("deals", "delete", id).exit()).isZero();
        assertThat(cli.run("deals", "list").out()).doesNotContain("Pilot");
        JsonNode trash = cli.json("trash", "list").get("trash");
        assertThat(trash.get(0).get("name").asString()).isEqualTo("Pilot");
        assertThat(trash.get(0).get("kind").asString()).isEqualTo("deal");
        CliRunner.Result shown = cli.run("deals", "show", id.substring(0, 8));
        assertThat(shown.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(shown.err()).contains("is in the trash").contains("trash restore " + id.substring(0, 8));

        assertThat(cli.run("trash", "restore", id.substring(0, 8)).out()).contains("Restored \u201CPilot\u201D");
        assertThat(cli.run("deals", "list").out()).contains("Pilot");
        assertThat(cli.json("trash", "list").get("trash")).isEmpty();

        cli.run("deals", "delete", id);
        assertThat(cli.run("undo").out()).contains("Undid: Deleted \u201CPilot\u201D");
        assertThat(cli.run("deals", "list").out()).contains("Pilot");
    }

    /** An imported contact's id is listed by its last characters (an import's ids share their first ones): restore takes them. */
    @Test
    void anImportedContactIsRestoredByTheIdTheTrashListShows() throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.writeString(dir.resolve("people.csv"), "Name,Email\nIda Berg,ida@nordwind.example\nBo Chen,bo@chen.example\n");
        cli.json("import", "csv", csv.toString());
        String ida = cli.json("contacts", "list").get("contacts").valueStream().filter(c -> c.get("name").asString().equals("Ida Berg"))
                .findFirst().orElseThrow().get("id").asString();
        cli.run("contacts", "delete", ida);
        String shown = cli.run("trash", "list").out().lines().filter(l -> l.contains("Ida Berg")).findFirst().orElseThrow().split("\\s+")[0];
        assertThat(ida).as("listed by its last characters").endsWith(shown).doesNotStartWith(shown);
        assertThat(cli.run("trash", "restore", shown).out()).contains("Restored Ida Berg");
        assertThat(cli.json("trash", "list").get("trash")).isEmpty();
    }

    @Test
    void aContactWithDealsIsDeletedOnlyWithThem() {
        JsonNode deal = cli.json("deals", "add", "--title", "Pilot", "--contact", "Ida Berg");
        String contact = deal.get("contact").get("id").asString();
        CliRunner.Result refused = cli.run("contacts", "delete", contact);
        assertThat(refused.exit()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("Ida Berg has 1 deal", "--with-deals");

        assertThat(cli.run("contacts", "delete", contact, "--with-deals").exit()).isZero();
        assertThat(cli.json("trash", "list").get("trash").get(0).get("deletedBy").asString()).as("who deleted it")
                .isNotBlank().doesNotStartWith("Undo");
        assertThat(cli.run("deals", "list").out()).doesNotContain("Pilot");
        assertThat(cli.run("contacts", "list").out()).doesNotContain("Ida Berg");
        assertThat(cli.json("trash", "list").get("trash").size()).isEqualTo(2);

        cli.run("trash", "restore", deal.get("id").asString());
        assertThat(cli.run("contacts", "list").out()).as("the deal brings its contact back").contains("Ida Berg");
    }

    /**
     * An undone import (or merge) takes a deal, its contact and its organization to the trash
     * together; restoring the deal brings all three back (the organization stayed in the trash while
     * the lists named it).
     */
    @Test
    void restoringADealBringsBackItsOrganizationWhenItWentWithIt() throws Exception {
        java.nio.file.Path file = dir.resolve("z.csv");
        java.nio.file.Files.writeString(file, "Deal,Contact,Company,Amount\nPilot,Zed Zimmer,Zed GmbH,5000\n");
        cli.json("import", "csv", file.toString());
        cli.run("undo");
        assertThat(cli.json("trash", "list").get("trash").size()).isEqualTo(3);
        String deal = null;
        for (JsonNode e : cli.json("trash", "list").get("trash")) {
            deal = e.get("kind").asString().equals("deal") ? e.get("id").asString() : deal;
        }
        assertThat(cli.run("trash", "restore", deal).out()).contains("Restored \u201CPilot\u201D, its contact and its organization Zed GmbH.");
        assertThat(cli.json("trash", "list").get("trash")).isEmpty();
        assertThat(cli.run("orgs", "list").out()).contains("Zed GmbH");
    }

    /**
     * A contact an undone import made comes back from the trash with her own addresses, numbers and deals, and with her deals'
     * stage history: not with another contact's deal of the same file (it did), nor without her email and phone (she did).
     */
    @Test
    void aContactOfAnUndoneImportComesBackWithWhatWasHersAlone() throws Exception {
        String noah = cli.json("contacts", "add", "--name", "Noah Rossi", "--email", "noah@rossi.example").get("contact").get("id").asString();
        java.nio.file.Path file = dir.resolve("leads.csv");
        java.nio.file.Files.writeString(file, "Deal,Contact,Email,Phone,Company,Amount,Stage\n"
                + "Crane software,Lena Vogel,lena@vogelbau.example,+49 30 555 1234,Vogelbau GmbH,5000,Prospect\n"
                + "Upsell seats,Noah Rossi,noah@rossi.example,,,800,Lead\n");
        cli.json("import", "csv", file.toString());
        cli.run("undo");
        String lena = null;
        for (JsonNode e : cli.json("trash", "list").get("trash")) {
            lena = e.get("name").asString().equals("Lena Vogel") ? e.get("id").asString() : lena;
            // What put it there: the undo of the import, not someone's deletion.
            assertThat(e.get("deletedBy").asString()).startsWith("Undo of Imported ").contains("leads.csv");
        }
        assertThat(cli.run("trash", "list").out()).contains("BY").contains("Undo of Imported");

        assertThat(cli.run("trash", "restore", lena).out()).contains("Restored Lena Vogel and 1 deal, and the organization Vogelbau GmbH.");
        JsonNode shown = cli.json("contacts", "show", lena);
        assertThat(shown.get("contact").get("emails").get(0).asString()).isEqualTo("lena@vogelbau.example");
        assertThat(shown.get("contact").get("phones")).hasSize(1);
        assertThat(shown.get("deals")).extracting(d -> d.get("title").asString()).containsExactly("Crane software");
        assertThat(shown.get("timeline")).as("the deal's imported stage history with it")
                .anySatisfy(t -> assertThat(t.get("summary").asString()).startsWith("created in Prospect"));
        assertThat(cli.json("contacts", "show", noah).get("deals")).as("Noah's deal of the file stays in the trash").isEmpty();
        assertThat(cli.run("trash", "list").out()).contains("Upsell seats");
    }

    @Test
    void restoringAContactBringsBackTheDealsDeletedWithIt() {
        JsonNode first = cli.json("deals", "add", "--title", "Pilot", "--contact", "Ida Berg");
        String contact = first.get("contact").get("id").asString();
        String second = cli.json("contacts", "add-deal", contact, "--title", "Rollout").get("id").asString();
        cli.run("deals", "delete", second);
        assertThat(cli.run("contacts", "delete", contact, "--with-deals").exit()).isZero();

        assertThat(cli.run("trash", "restore", contact).out()).contains("Restored Ida Berg and 1 deal");
        String list = cli.run("deals", "list").out();
        assertThat(list).as("deleted with the contact").contains("Pilot");
        assertThat(list).as("deleted before, on its own").doesNotContain("Rollout");
    }

    /** Two records of one company: merged, the other's contacts and deals are the kept one's, its empty fields filled; undo parts them. */
    @Test
    void twoOrganizationsOfOneCompanyAreMergedAndUndoPartsThem() {
        String ida = cli.json("contacts", "add", "--name", "Ida Berg", "--org", "Nordwind AB").get("contact").get("id").asString();
        String bo = cli.json("contacts", "add", "--name", "Bo Lund", "--org", "Nordwind Shipping").get("contact").get("id").asString();
        String kept = cli.json("contacts", "show", ida).get("contact").get("organization").get("id").asString();
        String other = cli.json("contacts", "show", bo).get("contact").get("organization").get("id").asString();
        cli.run("orgs", "edit", other, "--website", "nordwind.example", "--industry", "Shipping");
        cli.run("orgs", "edit", kept, "--industry", "Logistics");

        JsonNode merged = cli.json("orgs", "merge", kept, other);
        assertThat(merged.get("website").asString()).as("an empty field takes the other's value").isEqualTo("nordwind.example");
        assertThat(merged.get("industry").asString()).as("a field it has stays").isEqualTo("Logistics");
        assertThat(cli.json("contacts", "show", bo).get("contact").get("organization").get("id").asString()).isEqualTo(kept);
        assertThat(cli.run("orgs", "list").out()).contains("Nordwind AB").doesNotContain("Nordwind Shipping");
        assertThat(cli.json("trash", "list").get("trash").get(0).get("name").asString()).isEqualTo("Nordwind Shipping");
        assertThat(cli.run("orgs", "merge", kept, kept).exit()).isEqualTo(ExitCodes.REFUSED);

        // Counted apart: "(1 contact or deal moved)" said neither.
        assertThat(cli.run("undo").out()).contains("Undid: Merged organization Nordwind Shipping into Nordwind AB (1 contact moved)");
        assertThat(cli.json("contacts", "show", bo).get("contact").get("organization").get("id").asString()).isEqualTo(other);
        assertThat(cli.json("orgs", "show", kept).get("organization").get("website").isNull()).isTrue();
    }

    /**
     * A contact in the trash whose organization was deleted after her brings the organization back with every contact it
     * had (it came back with her alone: the others stayed without it, and the organization's delete could not be undone).
     */
    @Test
    void aContactRestoredBringsHerOrganizationBackWithItsOtherContacts() {
        String ida = cli.json("contacts", "add", "--name", "Ida Berg", "--org", "Nordwind AB").get("contact").get("id").asString();
        String bo = cli.json("contacts", "add", "--name", "Bo Lund", "--org", "Nordwind AB").get("contact").get("id").asString();
        String org = cli.json("contacts", "show", ida).get("contact").get("organization").get("id").asString();
        cli.run("contacts", "delete", ida);
        cli.json("orgs", "delete", org);
        assertThat(cli.json("contacts", "show", bo).get("contact").get("organization").isNull()).isTrue();

        assertThat(cli.run("trash", "restore", ida).out()).contains("Restored Ida Berg and the organization Nordwind AB with 1 contact.");
        assertThat(cli.json("contacts", "show", bo).get("contact").get("organization").get("name").asString()).as("Bo is back in it")
                .isEqualTo("Nordwind AB");
        assertThat(cli.json("contacts", "show", ida).get("contact").get("organization").get("name").asString()).isEqualTo("Nordwind AB");
        assertThat(cli.json("trash", "list").get("trash")).isEmpty();
    }

    @Test
    void anOrganizationGoesToTheTrashWithoutItsContactsAndComesBackWithThem() {
        String ida = cli.json("contacts", "add", "--name", "Ida Berg", "--org", "Nordwind AB").get("contact").get("id").asString();
        String bo = cli.json("contacts", "add", "--name", "Bo Lund", "--org", "Nordwind AB").get("contact").get("id").asString();
        String org = cli.json("contacts", "show", ida).get("contact").get("organization").get("id").asString();
        cli.run("contacts", "edit", bo, "--org", "");

        JsonNode deleted = cli.json("orgs", "delete", org);
        assertThat(deleted.get("contactsKept").asInt()).isEqualTo(1);
        assertThat(cli.run("orgs", "list").out()).doesNotContain("Nordwind");
        assertThat(cli.run("contacts", "list").out()).contains("Ida Berg");
        assertThat(cli.json("contacts", "show", ida).get("contact").get("organization").isNull()).isTrue();
        assertThat(cli.json("trash", "list").get("trash").get(0).get("kind").asString()).isEqualTo("organization");

        assertThat(cli.run("trash", "restore", org).out()).contains("Restored organization Nordwind AB with 1 contact");
        assertThat(cli.json("contacts", "show", ida).get("contact").get("organization").get("name").asString()).isEqualTo("Nordwind AB");
        assertThat(cli.json("contacts", "show", bo).get("contact").get("organization").isNull())
                .as("a contact that had left before stays out").isTrue();

        cli.run("orgs", "delete", org);
        assertThat(cli.run("undo").exit()).isZero();
        assertThat(cli.json("contacts", "show", ida).get("contact").get("organization").get("name").asString()).isEqualTo("Nordwind AB");
    }
}
