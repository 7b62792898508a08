package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.service.importing.ImportOptions.OnDuplicate;
import com.funnelboard.testing.Fixtures;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With invalid rows skipped, a row whose only problems are details it can do without is imported
 * without them; a row with a wrong amount, stage, close date or name still fails.
 */
class CsvImportLeftOutTest extends ImportCase {

    static final String FILE = """
            Deal name,Amount,Stage,Created,Expected close,Closed on,Contact,Email,Phone,Website,Company,Owner,Job title
            Pilot,"1,200.00",Prospect,2024-13-45,2024-06-01,,Ann Lee,ann@acme.example,+1 415 555 0101,http://acme.example,Acme,,CEO
            Renewal,"3,400.00",Won,2024-02-01,,2024-03-01,Bo Chen,not-an-email,call me,not a site,Beta Ltd,%s,%s
            Upsell,abc,Lead,2024-02-01,2024-03-01,,Cy Dunn,cy@gamma.example,,,Gamma,,
            Expansion,900.00,Opportunity,2024-02-01,soon,,Di Eve,di@delta.example,,,Delta,,
            Closing,500.00,Won,2024-02-01,,sometime,Ed Fox,ed@eps.example,,,Eps,,
            ,,,,,,,not-an-email,,,,,
            """.formatted("o".repeat(255), "x".repeat(301));

    static ImportOptions skipping() {
        return new ImportOptions(Map.of(), Map.of(), OnDuplicate.UPDATE, false, true, null);
    }

    Deal deal(String title) {
        return store.read(r -> r.deals().find(deals().get(title).id()).orElseThrow());
    }

    @Test
    void detailsThatDoNotParseAreLeftOutOfRowsThatAreImported() throws Exception {
        ImportResult r = run("details.csv", FILE, skipping());

        assertThat(deals()).containsOnlyKeys("Pilot", "Renewal", "Expansion");
        assertThat(r.failedRows()).as("the wrong amount, the won deal's unreadable close date, the contact named by a wrong address").isEqualTo(3);

        assertThat(deal("Pilot").createdAt()).as("no created date: the import's moment").isAfterOrEqualTo(Fixtures.NOW);
        assertThat(deal("Expansion").createdAt()).as("a day alone: its moment, as a close day's").isEqualTo(java.time.Instant.parse("2024-02-01T12:00:00Z"));
        assertThat(deal("Pilot").expectedClose()).contains(LocalDate.of(2024, 6, 1));
        assertThat(deal("Expansion").expectedClose()).as("\"soon\" left out").isEmpty();
        assertThat(deal("Renewal").stage()).isEqualTo(Stage.WON);
        assertThat(deal("Renewal").owner()).as("an owner of 255 characters names no one: the importer's").isNotEqualTo("o".repeat(255));

        var bo = contact("Bo Chen");
        assertThat(bo.emails()).isEmpty();
        assertThat(bo.phones()).isEmpty();
        assertThat(bo.title()).as("a title of 301 characters").isNull();
        assertThat(store.read(x -> x.organizations().find(bo.organizationId()).orElseThrow()).website()).isNull();
        assertThat(contact("Ann Lee").title()).isEqualTo("CEO");

        assertThat(r.problems()).filteredOn(ImportRow.Problem::leftOut).extracting(p -> p.row() + " " + p.column())
                .containsExactly("2 Created", "3 Email", "3 Phone", "3 Job title", "3 Website", "3 Owner", "5 Expected close");
        assertThat(r.problems()).filteredOn(ImportRow.Problem::leftOut)
                .allSatisfy(p -> assertThat(p.reason()).endsWith("(left out: the rest of the row was imported)"));
        assertThat(r.stages()).as("the stages of the deals imported, not of the rows that failed")
                .containsOnlyKeys("Prospect", "Won", "Opportunity");
        assertThat(r.stages().get("Won").count()).isEqualTo(1);
        assertThat(r.problems()).filteredOn(p -> !p.leftOut()).extracting(p -> p.row() + " " + p.column())
                .containsExactly("4 Amount", "6 Closed on", "7 Email");
    }

    @Test
    void withoutSkippingADetailThatDoesNotParseStillRefusesTheFile() throws Exception {
        ImportResult r = run("details.csv", FILE);
        assertThat(r.imported()).isFalse();
        assertThat(r.failedRows()).isEqualTo(6);
        assertThat(r.stages().get("Won").count()).as("a refused import counts every row's stage, to map them").isEqualTo(2);
        assertThat(r.problems()).noneMatch(ImportRow.Problem::leftOut).noneMatch(p -> p.reason().contains("left out"));
        assertThat(deals()).isEmpty();
        assertThat(contacts()).isEmpty();
    }

    /**
     * Nothing that reorders or hides a line's text is kept from a file: a byte-order mark at the start of a cell (a sheet
     * pasted from another file) made "Mid Bom" a name that no search for "Mid Bom" found and no duplicate check matched, and
     * a right-to-left override in a title read "Invoice exe.pdf" on the board.
     */
    @Test
    void aCellsInvisibleCharactersAreNotKept() throws Exception {
        run("invisible.csv", "Deal name,Contact,Email\nInvoice \u202Efdp.exe,\uFEFFMid Bom,mid@bom.example\n", skipping());

        assertThat(deals()).containsOnlyKeys("Invoice fdp.exe");
        assertThat(contact("Mid Bom").emails()).isNotEmpty();
    }

    /**
     * A contact's notes are held to the Details tab's 400,000 characters: a longer cell was stored, and every share file written
     * after it was refused by teammates (a change of more than a million characters is read by no merge).
     */
    @Test
    void notesLongerThanAContactsNotesMayBeAreLeftOut() throws Exception {
        run("notes.csv", "Name,Email,Notes\nLong Note,long@note.example," + "n".repeat(400_001) + "\nShort Note,short@note.example,Met at the fair\n",
                skipping());

        assertThat(contact("Long Note").notes()).isNull();
        assertThat(contact("Short Note").notes()).isEqualTo("Met at the fair");
    }

    /** A problem quoting a value of 200,000 characters printed all of it, on one line: a problem says 400 at most. */
    @Test
    void aProblemQuotesALongValueCutShort() throws Exception {
        ImportResult r = run("site.csv", "Name,Email,Company,Website\nAda Park,ada@park.example,Park AB,not a site " + "w".repeat(200_000) + "\n", skipping());

        assertThat(r.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.reason().length()).isLessThan(ImportRow.Problem.MAX_REASON + 80));
        assertThat(r.problems().getFirst().reason()).contains("more characters)");
    }

    /**
     * A won or lost deal's close date in a column that is only a "close date" (Salesforce's CloseDate,
     * Zoho's Closing Date: no column of its own for the day it closed) is the day it closed: one that
     * does not parse fails the row (a 2024 win was imported as won today, in this month's win rate).
     */
    @Test
    void aClosedDealsOnlyCloseDateThatDoesNotParseFailsTheRow() throws Exception {
        ImportResult r = run("close.csv", """
                Name,Email,Company,Deal,Amount,Stage,Close Date
                Lena Park,lena@park.example,Park Ltd,Park renewal,4000,Closed Won,02/30/2024
                Omar Haddad,omar@haddad.example,Haddad SARL,Haddad pilot,3000,Proposal,02/30/2024
                """, skipping());
        assertThat(r.failedRows()).isEqualTo(1);
        assertThat(deals()).as("an open deal's expected close is a detail it is imported without").containsOnlyKeys("Haddad pilot");
    }

    /** An amount a hand-kept sheet has not filled in yet ("TBD", "?", "offen") is no amount: the row, its person above all, is imported. */
    @Test
    void anAmountNotKnownYetIsNone() throws Exception {
        ImportResult r = run("tbd.csv", """
                Name,Email,Deal,Amount,Stage
                Jane Doe,jane@doe.example,Doe pilot,TBD,Lead
                Olaf Schäfer,olaf@schaefer.example,Schäfer Ausbau,offen,Lead
                Bo Chen,bo@chen.example,Chen rollout,?,Lead
                """, ImportOptions.defaults());
        assertThat(r.failedRows()).isZero();
        assertThat(deals()).containsOnlyKeys("Doe pilot", "Schäfer Ausbau", "Chen rollout");
        assertThat(deals().get("Doe pilot").value()).isNull();
        assertThat(contacts()).containsKeys("Jane Doe", "Olaf Schäfer", "Bo Chen");
    }
}
