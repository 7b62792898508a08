package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.funnelboard.store.jooq.DefaultSchema;
import com.funnelboard.testing.Properties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/**
 * A share file's new rows are checked and written again compactly in one streaming pass: the text
 * is exactly what the JSON tree gave before, for any values and however the row was spaced, and
 * what the tree let through by accident (a column given twice, text after the row) is refused.
 */
class ShareFileRowCheckTest {

    private static final Table<?> CONTACT = DefaultSchema.DEFAULT_SCHEMA.getTable("contact");
    private static final String ID = "0b7a8f52-6c1e-4d3f-9a55-2f1c3e4d5a6b";

    @Test
    void theCheckedRowIsTheTreesCompactTextForAnyValues() {
        // Any text but U+0000 and halves of UTF-16 pairs, any moment the rules allow (see ShareValueRules; what they refuse is
        // refused, ShareFileRefusalTest).
        Properties.qt(200).forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 40).map(n -> n.chars()
                        .filter(c -> c != 0 && !Character.isSurrogate((char) c))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()),
                longs().between(ShareValueRules.EARLIEST, ShareValueRules.LATEST), booleans().all(),
                booleans().all()).checkAssert((name, created, spaced, withNull) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", ID);
                    // Texts of several lines take any character but U+0000; a one-line text takes none of the controls (ShareValueRules).
                    row.put("name", "Ann");
                    row.put("notes", name + "\"\\\n\t\u0001é😀");
                    row.put("created_at", created);
                    row.put("pain_points", withNull ? null : name);
                    String text = spaced ? Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(row) : Json.mapper().writeValueAsString(row);

                    String checked = ShareFileChecks.checkRow("f.funnel", CONTACT, ID, text);

                    assertThat(checked).isEqualTo(Json.mapper().readTree(text).toString());
                    assertThat(MergeBulkRows.reference(checked, "id")).isEqualTo(ID);
                });
    }

    @Test
    void whatIsNotAFlatRowOfTheTablesColumnsIsRefused() {
        refused("{\"id\":\"" + ID + "\",\"name\":\"Ann\",\"name\":\"Bo\"}", "contact.name given twice");
        refused("{\"id\":\"" + ID + "\",\"name\":\"Ann\"} {}", "not readable (contact)");
        refused("{\"id\":\"" + ID + "\",\"name\":{\"first\":\"Ann\"}}", "an object where text belongs (contact.name)");
        refused("{\"id\":\"" + ID + "\",\"name\":7}", "a number where text belongs (contact.name)");
        refused("{\"id\":\"" + ID + "\",\"created_at\":\"yesterday\"}", "text where a whole number belongs (contact.created_at)");
        refused("{\"id\":\"" + ID + "\",\"created_at\":1.5}", "a number written with a decimal point or an exponent where a whole number belongs (contact.created_at)");
        refused("{\"id\":\"" + ID + "\",\"created_at\":123456789012345678901234567890}", "a number too large where a whole number belongs (contact.created_at)");
        refused("{\"id\":\"" + ID + "\",\"password\":\"x\"}", "a field \"password\" that contact does not have");
        refused("{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Ann\"}", "whose key does not match its change");
        refused("{\"name\":\"Ann\"}", "whose key does not match its change");
        refused("[1,2]", "a new contact row that is not a row");
        refused("{\"id\":\"" + ID + "\",\"name\":\"Ann\"", "not readable (contact.name)");
    }

    private static void refused(String text, String why) {
        assertThatThrownBy(() -> ShareFileChecks.checkRow("f.funnel", CONTACT, ID, text)).isInstanceOf(StoreException.class)
                .hasMessageContaining("The share file f.funnel cannot be merged").hasMessageContaining(why);
    }

    /** SQLite's own words for what it could not read stay out of the sentence (the log keeps them). */
    @Test
    void whatSqliteCouldNotReadIsSaidWithoutItsWords() {
        String said = ShareFileChecks.failure("f.funnel", new org.sqlite.SQLiteException(
                "[SQLITE_ERROR] SQL error or missing database (no such table: x)", org.sqlite.SQLiteErrorCode.SQLITE_ERROR)).getMessage();
        assertThat(said).isEqualTo("The share file f.funnel cannot be merged: it is damaged: SQLite could not read it (what SQLite said is in "
                + "the log); nothing was changed.").doesNotContain("no such table", "SQLITE");
        assertThat(ShareFileChecks.failure("f.funnel", new org.sqlite.SQLiteException("[SQLITE_IOERR_SHORT_READ] I/O error",
                org.sqlite.SQLiteErrorCode.SQLITE_IOERR_SHORT_READ)).getMessage()).contains("could not be read to its end").doesNotContain("I/O");
    }
}
