package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.MergeReport;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crafted share files are refused with one sentence, before anything is used: the file stays
 * byte-identical and the database does not change.
 */
class ShareFileRefusalTest {

    @TempDir
    Path dir;

    Path good;
    Store live;

    @BeforeEach
    void setUp() throws Exception {
        try (Store teammate = Store.open(dir.resolve("teammate.db"), new TickingClock(Fixtures.NOW))) {
            Fixtures.deal(teammate, "Pilot", Stage.LEAD, 1_000L);
            good = dir.resolve("good.funnel");
            new ShareExchange(teammate).export(good);
        }
        live = Store.open(dir.resolve("live.db"), new TickingClock(Fixtures.NOW));
        Fixtures.deal(live, "Mine", Stage.PROSPECT, 2_000L);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        live.close();
    }

    @Test
    void theGoodFileMerges() {
        assertThat(new ShareExchange(live).merge(good, false, () -> false).newRows()).isEqualTo(3);
    }

    @Test
    void aTrigger() throws Exception {
        refused(craft("CREATE TRIGGER sneaky AFTER INSERT ON change BEGIN DELETE FROM change_set;END"), "a trigger \"sneaky\"");
    }

    @Test
    void aView() throws Exception {
        refused(craft("CREATE VIEW v AS SELECT * FROM change"), "a view \"v\"");
    }

    /** An edit of a row's key: merged, an edit of a deal's id was half applied, and the set's other edits lost. */
    @Test
    void anEditOfARowsKey() throws Exception {
        refused(craft("INSERT INTO change SELECT change_set_id, (SELECT max(seq) + 1 FROM change), 'deal', row_key, 'id', "
                + "json_quote('11111111-1111-1111-1111-111111111111') FROM change WHERE table_name = 'deal' AND field = '*' LIMIT 1"),
                "it holds an edit of the key of a deal row (id)");
    }

    /** A row created twice in one change set: merged without a word, the second copy dropped. */
    @Test
    void aRowCreatedTwiceInOneChangeSet() throws Exception {
        refused(craft("INSERT INTO change SELECT change_set_id, (SELECT max(seq) + 1 FROM change), table_name, row_key, field, "
                + "json_set(new_value, '$.title', 'DUPLICATE') FROM change WHERE table_name = 'deal' AND field = '*' LIMIT 1"),
                "as created twice in one change set");
    }

    @Test
    void anExtraTable() throws Exception {
        refused(craft("CREATE TABLE extra (x TEXT)"), "a table \"extra\"");
    }

    @Test
    void aWrongApplicationId() throws Exception {
        refused(craft("PRAGMA application_id = 1179536450"), "it is a Funnelboard database, not a share file"); // "FNLB"
        refused(craft("PRAGMA application_id = 1"), "it is not a Funnelboard share file");
    }

    @Test
    void aNewerFormatOrSchema() throws Exception {
        refused(craft("PRAGMA user_version = 2"), "newer Funnelboard");
        refused(craft("UPDATE share_info SET value = '99' WHERE key = 'schema'"), "newer Funnelboard");
        refused(craft("DELETE FROM share_info WHERE key = 'replica'"), "it lacks the id of the installation that exported it");
        refused(craft("DROP TABLE share_info"), "it holds no table \"share_info\"");
        // Older than any file a Funnelboard wrote: a format of 0 (SQLite's default), a schema from before share files.
        refused(craft("PRAGMA user_version = 0"), "it does not say which share file format it is written in");
        refused(craft("UPDATE share_info SET value = '-1' WHERE key = 'schema'"), "it says its values are for schema -1, older than any Funnelboard");
        refused(craft("UPDATE share_info SET value = '10' WHERE key = 'schema'"), "schema 10, older than any Funnelboard");
    }

    @Test
    void aFileInWriteAheadLogModeWhoseLatestPagesCouldSitBesideIt() throws Exception {
        Path wal = craft("PRAGMA journal_mode = WAL");
        assertThat(Files.readAllBytes(wal)[18]).as("the header says WAL").isEqualTo((byte) 2);
        refused(wal, "it is in SQLite's write-ahead-log mode, which share files never are");
    }

    @Test
    void textThatIsNotUtf8IsRefusedRatherThanStoredWithReplacementCharacters() throws Exception {
        // "A", the byte FF (never in UTF-8), "B": the driver would have made it "A\uFFFDB".
        refused(edit("title", "CAST(X'2241FF4222' AS TEXT)"), "it holds text that is not valid UTF-8 (change.new_value)");
        refused(craft("UPDATE change_set SET author = CAST(X'4D61C0' AS BLOB) || ' <m@x.example>'"), "not valid UTF-8 (change_set.author)");
        // A bad byte after an id of full length: named as such, not as a value too long.
        refused(craft("UPDATE change_set SET replica_id = replica_id || CAST(X'FF' AS TEXT)"), "not valid UTF-8 (change_set.replica_id)");
        // A real U+FFFD, well encoded, is text like any other.
        assertThat(new ShareExchange(live).merge(edit("title", "'\"Pilot \uFFFD\"'"), false, () -> false).newRows()).isEqualTo(3);
        long deals = live.read(r -> r.deals().count());
        assertThat(deals).isEqualTo(2);
    }

    @Test
    void aValueOfAnotherKindIsNamedForWhatItIs() throws Exception {
        refused(edit("title", "'{\"a\": 1}'"), "it holds an object where text belongs (deal.title)");
        refused(edit("title", "'[1, 2]'"), "it holds a list where text belongs (deal.title)");
        refused(edit("title", "'true'"), "it holds true or false where text belongs (deal.title)");
        refused(edit("title", "'12'"), "it holds a number where text belongs (deal.title)");
        refused(edit("value_minor", "'1e3'"), "a number written with a decimal point or an exponent where a whole number belongs");
        // Half of a UTF-16 pair, escaped in the JSON: stored, it became "?" and travelled on.
        refused(edit("title", "'\"Rapid \\uD800 Motors\"'"), "half of a UTF-16 pair (an escape such as \\uD800 alone), which no text can hold (deal.title)");
        refused(craft("UPDATE change SET new_value = replace(new_value, '\"Pilot', '\"\\uDC00Pilot') WHERE table_name = 'deal' AND field = '*'"),
                "half of a UTF-16 pair");
        refused(edit("value_minor", "'12.5'"), "it holds a number written with a decimal point or an exponent where a whole number belongs (deal.value_minor)");
        refused(edit("value_minor", "'{}'"), "it holds an object where a whole number belongs (deal.value_minor)");
    }

    @Test
    void onlyTheSharedSettingsThereAreEachReadAsStrictlyAsWhenTyped() throws Exception {
        refused(setting("ui.theme", "dark"), "it holds a setting \"ui.theme\" that Funnelboard does not have (settings.value)");
        refused(setting("rot.days.won", "10"), "a setting \"rot.days.won\" that Funnelboard does not have");
        refused(setting("rot.days.Lead", "10"), "a setting \"rot.days.Lead\" that Funnelboard does not have");
        refused(setting("rot.days.lead", "0"), "a rot threshold that is not 1 to 365 days (setting \"rot.days.lead\")");
        refused(setting("rot.days.lead", "ten"), "a rot threshold that is not 1 to 365 days");
        refused(setting("rot.days.lead", "+7"), "a rot threshold that is not 1 to 365 days");
        refused(setting("rot.days.lead", "\u0667"), "a rot threshold that is not 1 to 365 days"); // an Arabic-Indic seven
        refused(setting("person.Ola@X.example", "Ola"), "a name or an address the team's directory would not accept");
        refused(setting("person.ola@x.example", "<script>"), "a name or an address the team's directory would not accept");
        refused(setting("currency.default", "ZZZ"), "a currency that is not an ISO 4217 code");
        for (String[] good : new String[][] {{"rot.days.lead", "20"}, {"person.ola@x.example", "Ola Nordmann"}, {"currency.default", "SEK"}}) {
            new ShareExchange(live).merge(setting(good[0], good[1]), false, () -> false);
            java.util.Optional<String> stored = live.read(r -> r.settings().get(good[0]));
            assertThat(stored).as(good[0]).contains(good[1]);
        }
    }

    /** The good file with one more change set, a teammate's new setting {@code key} holding {@code value}. */
    private Path setting(String key, String value) throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        return craft("INSERT INTO change_set SELECT '" + id + "', origin, author, replica_id, hlc + 1000, made_at + 1, 'Setting', seen FROM change_set "
                + "ORDER BY hlc DESC LIMIT 1; INSERT INTO change VALUES ('" + id + "', 0, 'settings', '" + key + "', '*', "
                + "json_object('key', '" + key + "', 'value', '" + value + "', 'updated_at', 1))");
    }

    @Test
    void aTruncatedFile() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.funnel");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        refused(cut, "it is damaged or cut short");
    }

    @Test
    void textWhereANumberBelongs() throws Exception {
        refused(craft("INSERT INTO change SELECT change_set_id, 99, 'deal', row_key, 'value_minor', '\"lots\"' FROM change "
                + "WHERE table_name = 'deal' LIMIT 1"), "text where a whole number belongs");
        // A column typed as text inside the file itself (its schema rewritten to look strict).
        Path f = copy();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE loose (id TEXT, origin TEXT, author TEXT, replica_id TEXT, hlc, made_at, summary TEXT, seen TEXT)");
            s.execute("INSERT INTO loose SELECT id, origin, author, replica_id, 'soon', made_at, summary, seen FROM change_set");
            s.execute("DELETE FROM change_set");
            s.execute("INSERT INTO change_set SELECT * FROM change_set WHERE 0");
            s.execute("DROP TABLE change_set");
            s.execute("ALTER TABLE loose RENAME TO change_set");
            String strict = ShareFile.SCHEMA.split(";")[1].strip();
            s.execute("PRAGMA writable_schema = ON");
            s.execute("UPDATE sqlite_schema SET sql = '" + strict.replace("'", "''") + "' WHERE name = 'change_set'");
        }
        refused(f, "cannot be merged");
    }

    @Test
    void aHundredMegabyteCell() throws Exception {
        refused(craft("UPDATE change SET new_value = printf('%.*c', 100000000, 'x') WHERE rowid = (SELECT rowid FROM change LIMIT 1)"),
                "larger than Funnelboard accepts");
    }

    /**
     * A name or title, a logged call's note and a follow-up's note are held to the lengths every way in
     * takes (TextLimits): a note of 900,000 characters came in by a share file and held the window for a
     * minute when its contact was opened.
     */
    @Test
    void aTitleOrANoteLongerThanAnyWayInTakes() throws Exception {
        refused(craft("INSERT INTO change SELECT change_set_id, (SELECT max(seq) + 1 FROM change), 'deal', row_key, 'title', "
                + "json_quote(printf('%.*c', 301, 'x')) FROM change WHERE table_name = 'deal' LIMIT 1"),
                "it holds a title longer than the 300 characters Funnelboard takes anywhere (deal.title)");
        Path withCall = dir.resolve("call.funnel");
        try (Store teammate = Store.open(dir.resolve("caller.db"), new TickingClock(Fixtures.NOW))) {
            com.funnelboard.domain.Deal d = Fixtures.deal(teammate, "Called", Stage.LEAD, 1_000L);
            Fixtures.interaction(teammate, d, com.funnelboard.domain.InteractionKind.CALL, com.funnelboard.domain.Direction.OUT, Fixtures.NOW);
            new ShareExchange(teammate).export(withCall);
        }
        Files.copy(withCall, good, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        refused(craft("UPDATE change SET new_value = json_set(new_value, '$.note', printf('%.*c', 900000, 'N')) "
                + "WHERE table_name = 'interaction' AND field = '*'"), "it holds a note longer than the 20,000 characters Funnelboard takes "
                + "anywhere (interaction.note)");
        // As long as a form takes, it merges.
        Path fits = craft("UPDATE change SET new_value = json_set(new_value, '$.note', printf('%.*c', 20000, 'N')) "
                + "WHERE table_name = 'interaction' AND field = '*'");
        assertThat(new ShareExchange(live).merge(fits, false, () -> false).newRows()).isPositive();
    }

    /**
     * Values the receiving program could not use, though each is of the right type: an id in capitals made a second deal
     * beside the one it named (which nothing could show or delete, and `deals delete` of the capitals trashed the
     * genuine one), an unknown checklist rule stopped every move through its gate on the whole team, contact notes
     * past the 400,000 characters every way in takes, and a stage move's author of two lines.
     */
    @Test
    void idsInCapitalsUnknownRulesOverlongNotesAndAMoversNameOfTwoLines() throws Exception {
        refused(craft("INSERT INTO change SELECT change_set_id, (SELECT max(seq) + 1 FROM change), 'deal', upper(row_key), field, "
                + "json_set(new_value, '$.id', upper(row_key)) FROM change WHERE table_name = 'deal' AND field = '*' LIMIT 1"),
                "that is not an id");
        refused(craft("UPDATE change SET new_value = json_set(new_value, '$.contact_id', upper(json_extract(new_value, '$.contact_id'))) "
                + "WHERE table_name = 'deal' AND field = '*'"), "an id that is not written as Funnelboard writes ids");
        refused(craft("INSERT INTO change SELECT change_set_id, (SELECT max(seq) + 1 FROM change), 'checklist_item', "
                + "'0efab8a2-a3a5-4a64-a509-27b8280bfd9c', 'rule', json_quote('NO_SUCH_RULE') FROM change LIMIT 1"),
                "a rule Funnelboard does not know");
        refused(craft("UPDATE change SET new_value = json_set(new_value, '$.notes', printf('%.*c', 400001, 'N')) "
                + "WHERE table_name = 'contact' AND field = '*'"), "notes longer than the 400,000 characters");
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("stage_change", "changed_by"), "stage_change", "changed_by",
                "Evil\nSecond line")).startsWith("a one-line text holding a line break");
        Path fits = craft("UPDATE change SET new_value = json_set(new_value, '$.notes', printf('%.*c', 400000, 'N')) "
                + "WHERE table_name = 'contact' AND field = '*'");
        assertThat(new ShareExchange(live).merge(fits, false, () -> false).newRows()).as("as long as any way in takes, it merges").isPositive();
    }

    /**
     * 1,800 change sets from made-up installations: merged, every later change set made here recorded all of them, and
     * teammates refused every file this installation wrote ("a value longer than Funnelboard accepts (change_set.seen)").
     */
    @Test
    void changesFromMoreInstallationsThanATeamHas() throws Exception {
        String uuid = "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' "
                + "|| substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";
        refused(craft("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) INSERT INTO change_set "
                + "SELECT " + uuid + ", 'user', 'Someone <someone@x.example>', " + uuid + ", (SELECT max(hlc) FROM change_set) + i, "
                + "(SELECT max(made_at) FROM change_set), NULL, NULL FROM n"), "installations, more than the 1,000 a team shares among");
        Path fewer = craft("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) INSERT INTO change_set "
                + "SELECT " + uuid + ", 'user', 'Someone <someone@x.example>', " + uuid + ", (SELECT max(hlc) FROM change_set) + i, "
                + "(SELECT max(made_at) FROM change_set), NULL, NULL FROM n");
        assertThat(new ShareExchange(live).merge(fewer, false, () -> false).newRows()).isPositive();
    }

    /** Sets stamped years ahead are kept aside and read again at every merge: past 10,000 of them, a file is refused. */
    @Test
    void moreChangeSetsStampedAheadThanAreKeptAside() throws Exception {
        String uuid = "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' "
                + "|| substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";
        long tenYears = (Fixtures.NOW.plus(java.time.Duration.ofDays(3_650)).toEpochMilli()) << 16;
        refused(craft("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10001) INSERT INTO change_set "
                + "SELECT " + uuid + ", 'user', author, replica_id, " + tenYears + " + i, made_at, NULL, seen FROM n, "
                + "(SELECT author, replica_id, made_at, seen FROM change_set LIMIT 1)"), "10,001 change sets stamped more than a day ahead");
        Path some = craft("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20) INSERT INTO change_set "
                + "SELECT " + uuid + ", 'user', author, replica_id, " + tenYears + " + i, made_at, NULL, seen FROM n, "
                + "(SELECT author, replica_id, made_at, seen FROM change_set LIMIT 1)");
        assertThat(new ShareExchange(live).merge(some, false, () -> false).held()).isEqualTo(20);
    }

    @Test
    void aTableOrFieldFunnelboardDoesNotShare() throws Exception {
        refused(craft("UPDATE change SET table_name = 'local_setting' WHERE rowid = (SELECT rowid FROM change LIMIT 1)"),
                "not a table Funnelboard shares");
        // Lead scores are this installation's own derived data: a share file cannot bring them.
        refused(craft("UPDATE change SET table_name = 'deal_score' WHERE rowid = (SELECT rowid FROM change LIMIT 1)"),
                "not a table Funnelboard shares");
        refused(craft("INSERT INTO change SELECT change_set_id, 99, 'deal', row_key, 'owner_password', '\"x\"' FROM change "
                + "WHERE table_name = 'deal' LIMIT 1"), "field \"owner_password\"");
    }

    /**
     * A set under a teammate's id that edits a deal nobody has: it waits for the deal, and every later set of that
     * teammate waits behind it (their order matters). The merge now says which set waits and for what; it said only
     * "2 waiting for rows not received yet", at every merge, and nothing named the set holding the others back.
     */
    @Test
    void aSetWaitingForARowNobodyHasIsNamed() throws Exception {
        String forged = java.util.UUID.randomUUID().toString();
        String later = java.util.UUID.randomUUID().toString();
        String nowhere = "0badc0de-0000-4000-8000-000000000001";
        Path f = craft("INSERT INTO change_set SELECT '" + forged + "', origin, author, replica_id, hlc + 1000, made_at + 1, 'Renamed a deal', seen "
                + "FROM change_set ORDER BY hlc DESC LIMIT 1; INSERT INTO change VALUES ('" + forged + "', 0, 'deal', '" + nowhere + "', 'title', "
                + "'\"Ghost\"'); INSERT INTO change_set SELECT '" + later + "', origin, author, replica_id, hlc + 2000, made_at + 2, 'Edited', seen "
                + "FROM change_set ORDER BY hlc DESC LIMIT 1; INSERT INTO change SELECT '" + later + "', 0, 'deal', row_key, 'title', '\"Pilot 2\"' "
                + "FROM change WHERE table_name = 'deal' AND field = '*' LIMIT 1");
        MergeReport r = new ShareExchange(live).merge(f, false, () -> false);
        assertThat(r.waiting()).isEqualTo(2);
        assertThat(r.waitingFor()).singleElement().asString().contains(forged.substring(0, 8), "\u201CRenamed a deal\u201D", "needs deal 0badc0de");
        assertThat(r.sentence()).contains("2 waiting for rows not received yet (", "; the later change sets of the same installation wait behind it)");

        // Listed, and dropped: the set behind it applies at the next merge, and the dropped one is not taken from the file again.
        WaitingSets waiting = new WaitingSets(live);
        assertThat(waiting.list()).extracting(com.funnelboard.domain.WaitingSet::summary).containsExactly("Renamed a deal", "Edited");
        assertThat(waiting.list().getFirst().behind()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> waiting.drop("ffff")).hasMessageContaining("No change set waits here");
        assertThat(waiting.drop(forged.substring(0, 8)).id().toString()).isEqualTo(forged);
        MergeReport again = new ShareExchange(live).merge(f, false, () -> false);
        assertThat(again.waiting()).isZero();
        assertThat(waiting.list()).isEmpty();
        boolean applied = live.read(r2 -> r2.ctx().fetchExists(r2.ctx().selectOne().from(com.funnelboard.store.jooq.Tables.DEAL)
                .where(com.funnelboard.store.jooq.Tables.DEAL.TITLE.eq("Pilot 2"))));
        assertThat(applied).as("the set behind it applied").isTrue();
        int kept = live.read(r2 -> r2.ctx().fetchCount(com.funnelboard.store.jooq.Tables.RECEIVED_CHANGE_SET,
                com.funnelboard.store.jooq.Tables.RECEIVED_CHANGE_SET.ID.eq(java.util.UUID.fromString(forged))));
        assertThat(kept).as("not taken from the file again").isZero();
    }

    /** A copy of a set made here, altered on its way back: nobody to ask for another file (it said "ask Bo" to Bo). */
    @Test
    void anAlteredCopyOfASetMadeHereSaysSo() throws Exception {
        Path mine = dir.resolve("mine.funnel");
        new ShareExchange(live).export(mine);
        Files.copy(mine, good, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        MergeReport r = new ShareExchange(live).merge(craft("UPDATE change_set SET summary = 'Nothing to see'"), false, () -> false);
        assertThat(r.leftOut()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("made on this installation, whose own copy stands")
                .doesNotContain("ask "));
    }

    @Test
    void aChangeSetAlteredAfterItWasReceivedIsLeftOutAndNamedAndTheRestMerges() throws Exception {
        new ShareExchange(live).merge(good, false, () -> false);
        var before = ChangeLogReplay.snapshot(live);
        String author = live.jdbc(c -> { try (var rs = c.createStatement().executeQuery("SELECT author FROM received_change_set LIMIT 1")) { rs.next(); return rs.getString(1); } });
        // Its stamp, author, time or summary changed: the copy received first is kept, the file's is named and never used.
        for (String forgery : new String[] {"UPDATE change_set SET hlc = hlc + 1", "UPDATE change_set SET author = 'Mallory <m@x.example>'",
                "UPDATE change_set SET made_at = made_at + 1", "UPDATE change_set SET summary = 'Nothing to see'"}) {
            Path f = craft(forgery);
            MergeReport r = new ShareExchange(live).merge(f, false, () -> false);
            assertThat(r.leftOut()).as(forgery).isNotEmpty().allSatisfy(l -> assertThat(l).contains(author + "'s ").contains("ask " + author));
            assertThat(r.sentence()).contains("whose copy in the file differs from the one received before", "the copy received first is kept");
            assertThat(r.changeSet()).as("nothing else was new").isNull();
            assertThat(ChangeLogReplay.snapshot(live)).as(forgery).isEqualTo(before);
        }
        // Its entries changed: they are never read again, so nothing of them is used (the first copy received stays).
        Path entries = craft("UPDATE change SET new_value = json_set(new_value, '$.title', 'Forged') WHERE table_name = 'deal' AND field = '*'");
        assertThat(new ShareExchange(live).merge(entries, false, () -> false).newRows()).isZero();
        assertThat(ChangeLogReplay.snapshot(live)).isEqualTo(before);

        // A file holding the altered set beside a new one of the same author: the new one merges (before, the whole
        // file was refused, and so was every later file of that author, as each holds the altered set).
        MergeReport later = new ShareExchange(live).merge(edit("title", "'\"Pilot, 40 seats\"'", "UPDATE change_set SET summary = 'Nothing to see' "
                + "WHERE summary IS NOT 'Edited'"), false, () -> false);
        assertThat(later.leftOut()).hasSize(1);
        assertThat(later.updatedRows()).as("the new edit is merged").isEqualTo(1);
    }

    @Test
    void aValueTheDatabaseDoesNotAllow() throws Exception {
        // Each of the right type, so only the database's own rules can tell: said as the file's fault, in one sentence.
        refused(edit("value_minor", "-5"), "breaks a rule of the database: it gives a negative value; nothing was changed.");
        refused(edit("stage", "'\"nonsense\"'"), "breaks a rule of the database: it gives a stage that is none of lead, prospect, "
                + "opportunity, won, lost");
    }

    @Test
    void aValueTheProgramCouldNotReadBackOrCouldNeverHaveWritten() throws Exception {
        // As an edit of a field, and in a new row.
        refused(edit("currency", "'\"ZZZ\"'"), "a currency that is not an ISO 4217 code (deal.currency)");
        refused(craft("UPDATE change SET new_value = json_set(new_value, '$.currency', 'eur') WHERE table_name = 'deal' AND field = '*'"),
                "a currency that is not an ISO 4217 code");
        refused(edit("expected_close_on", "'\"not-a-date\"'"), "a day that is not a calendar day (deal.expected_close_on)");
        refused(edit("closed_on", "'\"2026-02-31\"'"), "a day that is not a calendar day");
        refused(edit("closed_on", "'\"+10000-01-01\"'"), "a day outside the years 1900 to 9999 (deal.closed_on)");
        refused(edit("title", "json_quote('Pilot' || char(10) || 'second line')"), "a one-line text holding a line break or a control "
                + "character (U+000A) (deal.title)");
        refused(edit("title", "json_quote('Pilot' || char(27) || '[31m')"), "(U+001B) (deal.title)");
        refused(edit("value_minor", Long.toString(Long.MAX_VALUE)), "an amount larger than Funnelboard accepts (deal.value_minor)");
        refused(edit("deleted_at", "-1"), "a deletion time before 1970 or after 9999 (deal.deleted_at)");
        refused(edit("stage_entered_at", Long.toString(Long.MIN_VALUE)), "a time outside the years 1900 to 9999");
        // A change set's author of two lines, and one made in the year -1199: shown in History as they came.
        refused(craft("UPDATE change_set SET author = 'Bo' || char(10) || 'Evil'"), "a change set whose author is a one-line text holding a line break");
        refused(craft("UPDATE change_set SET made_at = -100000000000000"), "a change set made at a time outside the years 1900 to 9999");
        // A key of a list the app never writes: an interaction's kind "xx" broke every view of its deal and contact.
        refused(edit("source", "'\"telepathy\"'"), "a source Funnelboard does not know (\u201Ctelepathy\u201D) (deal.source)");
        refused(edit("lost_reason", "'\"aliens\"'"), "a lost reason Funnelboard does not know");
        // A right-to-left name pasted with its embeddings before the window refused them still travels: refused, it refused every
        // file of that teammate. (Typed or imported now, they are refused or dropped: PlainTextTest.)
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("deal", "title"), "deal", "title", "\u202B\u05E9\u05DC\u05D5\u05DD\u202C")).isNull();
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("interaction", "kind"), "interaction", "kind", "xx")).contains("kind");
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("interaction", "kind"), "interaction", "kind", "demo-request")).isNull();
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("deal", "source"), "deal", "source", "cold-call")).isNull();
        // A NUL escaped in JSON: SQLite's length() would stop at it, and a 200,000-character title pass the 300 check.
        refused(edit("title", "'\"A\\u0000" + "x".repeat(1000) + "\"'"), "a text holding the character U+0000 (deal.title)");
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("stage_change", "checklist"), "{not json")).isEqualTo("a checklist that is not readable");
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("stage_change", "checklist"), "[{\"code\": \"budget\", \"text\": \"Budget "
                + "confirmed\", \"required\": true, \"derived\": false, \"holds\": true}]")).isNull();
        // A list of answered items, each with its words: History showed such a move's checklist as empty "✗" lines.
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("stage_change", "checklist"), "{\"x\": 1}"))
                .isEqualTo("a checklist that is not a list of items");
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("stage_change", "checklist"), "[1, 2, 3]"))
                .isEqualTo("a checklist item without its words");
        // Its other fields, and how many: a "holds" of "maybe" merged, and the deal's stage history could not be read.
        String checklist = "[{\"code\": \"budget\", \"text\": \"Budget confirmed\", \"required\": true, \"holds\": %s, \"evidence\": %s}]";
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("stage_change", "checklist"), checklist.formatted("\"maybe\"", "null")))
                .isEqualTo("a checklist item whose \u201Cholds\u201D is not yes or no");
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("stage_change", "checklist"), checklist.formatted("true", "\"" + "x".repeat(2_001) + "\"")))
                .isEqualTo("a checklist item whose words are not as a move writes them");
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("stage_change", "checklist"), checklist.formatted("true", "\"Call on Mar 3\"")))
                .isNull();
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("stage_change", "checklist"), checklist.formatted("true", "{\"a\": 1}")))
                .isEqualTo("a checklist item whose words are not as a move writes them");
        assertThat(ShareValueRules.text(ShareValueRules.Rule.of("stage_change", "checklist"),
                "[" + String.join(", ", java.util.Collections.nCopies(101, "{\"text\": \"x\"}")) + "]"))
                .isEqualTo("a checklist of 101 items (at most 100)");
        String id = java.util.UUID.randomUUID().toString();
        refused(craft("INSERT INTO change_set SELECT '" + id + "', origin, author, replica_id, hlc + 1000, made_at + 1, 'Rules', seen FROM change_set "
                + "ORDER BY hlc DESC LIMIT 1; INSERT INTO change VALUES ('" + id + "', 0, 'settings', 'scoring.rules', '*', "
                + "json_object('key', 'scoring.rules', 'value', '{\"decayEveryDays\": 0}', 'updated_at', 1))"), "scoring settings that are not accepted");
    }

    /**
     * A change set claiming to be this installation's own, which it never made: left out and named, and the rest of the
     * file merges. (The whole file was refused, and with it every later file of each teammate who had relayed the set.)
     */
    @Test
    void aChangeSetStampedWithThisInstallationsOwnIdIsLeftOutAndTheRestMerges() throws Exception {
        String me = live.read(r -> r.local().replicaId().toString());
        String id = java.util.UUID.randomUUID().toString();
        Path file = craft("INSERT INTO change_set SELECT '" + id + "', origin, '" + "Mallory <m@x.example>', '" + me + "', hlc + 1000, made_at + 1, "
                + "'Made up', seen FROM change_set ORDER BY hlc DESC LIMIT 1; INSERT INTO change SELECT '" + id + "', 0, 'deal', row_key, 'title', "
                + "'\"Forged\"' FROM change WHERE table_name = 'deal' LIMIT 1");
        MergeReport r = new ShareExchange(live).merge(file, false, () -> false);
        assertThat(r.newRows()).as("the teammate's genuine sets merge").isEqualTo(3);
        assertThat(r.leftOut()).singleElement().asString().startsWith(id.substring(0, 8) + ", \u201CMade up\u201D");
        assertThat(r.sentence()).contains("left out a change set stamped with this installation's own id, which it never made ("
                + id.substring(0, 8) + ", \u201CMade up\u201D): made up on the file's way here");
        int forged = live.jdbc(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM deal WHERE title = 'Forged'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(forged).as("nothing of the made-up set").isZero();
    }

    @Test
    void somethingThatIsNotARegularFileIsRefusedBeforeItIsRead() throws Exception {
        Path fifo = dir.resolve("pipe.funnel");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        var before = ChangeLogReplay.snapshot(live);
        assertThatThrownBy(() -> new ShareExchange(live).merge(fifo, false, () -> false)).isInstanceOf(StoreException.class)
                .hasMessageContaining("it is not a regular file");
        assertThatThrownBy(() -> new ShareExchange(live).merge(dir, false, () -> false)).isInstanceOf(StoreException.class)
                .hasMessageContaining("it is a folder, not a file");
        assertThat(ChangeLogReplay.snapshot(live)).isEqualTo(before);
    }

    /** The good file with one more change set, a teammate's later edit of the deal's {@code field} to {@code json}. */
    private Path edit(String field, String json) throws Exception {
        return edit(field, json, "");
    }

    /** As {@link #edit(String, String)}, then {@code more} SQL on the file. */
    private Path edit(String field, String json, String more) throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        return craft("INSERT INTO change_set SELECT '" + id + "', origin, author, replica_id, hlc + 1000, made_at + 1, 'Edited', seen FROM change_set "
                + "ORDER BY hlc DESC LIMIT 1; INSERT INTO change SELECT '" + id + "', 0, 'deal', row_key, '" + field + "', " + json + " FROM change "
                + "WHERE table_name = 'deal' LIMIT 1" + (more.isEmpty() ? "" : "; " + more));
    }

    private void refused(Path file, String why) throws Exception {
        var before = ChangeLogReplay.snapshot(live);
        String sha = CraftedFilesTest.fingerprint(file);
        assertThatThrownBy(() -> new ShareExchange(live).merge(file, false, () -> false)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.getFileName().toString()).hasMessageContaining(why).hasMessageEndingWith("nothing was changed.");
        assertThat(CraftedFilesTest.fingerprint(file)).as("the file is left as it was").isEqualTo(sha);
        assertThat(ChangeLogReplay.snapshot(live)).as("the database is untouched").isEqualTo(before);
    }

    private Path copy() throws Exception {
        Path f = dir.resolve("crafted-" + System.nanoTime() + ".funnel");
        Files.copy(good, f);
        return f;
    }

    private Path craft(String sql) throws Exception {
        Path f = copy();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            for (String part : sql.split("; ")) {
                s.execute(part);
            }
        }
        ShareForgery.resign(f); // the checks behind the check values are what these files meet (ShareSetDigestsTest: those values)
        return f;
    }
}
