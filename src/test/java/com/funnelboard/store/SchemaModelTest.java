package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema model the build stores is the one the migration scripts build, and is used only while it matches them. */
class SchemaModelTest {

    @TempDir
    Path dir;

    @Test
    void normalisingInOnePassGivesWhatTheThreeReplacementsGaveForAnyText() {
        // Text made of the characters that matter (spaces, line ends, tabs, parentheses) and a few others.
        var text = org.quicktheories.generators.SourceDSL.lists().of(org.quicktheories.generators.SourceDSL.integers().between(0, 11)
                .map(i -> String.valueOf(" \t\n\r\u000B\f()ab,\u00A0".charAt(i)))).ofSizeBetween(0, 40).map(l -> String.join("", l));
        com.funnelboard.testing.Properties.qt(2_000).forAll(text).checkAssert(sql -> assertThat(SchemaModel.normalise(sql)).as("\"%s\"", sql)
                .isEqualTo(sql.strip().replaceAll("\\s+", " ").replaceAll("\\( ", "(").replaceAll(" \\)", ")")));
        assertThat(SchemaModel.normalise("CREATE TABLE t (\n  a TEXT ,\n  b INTEGER\n)")).isEqualTo("CREATE TABLE t (a TEXT , b INTEGER)");
        assertThat(SchemaModel.normalise(null)).isNull();
    }

    @Test
    void theBuildStoresTheModelTheScriptsBuildAndOpeningADatabaseUsesIt() throws Exception {
        int latest = Migrations.LATEST_VERSION;
        assertThat(SchemaModel.class.getResource(SchemaModel.STORED)).as("written by the build after compiling (pom.xml: schema-model)").isNotNull();
        var stored = SchemaModel.stored(latest);
        assertThat(stored).isPresent();
        SchemaModelFile.main(new String[] {dir.toString()});
        assertThat(dir.resolve(SchemaModel.STORED.substring(1))).content().isEqualTo(SchemaModel.storedForm(latest));
        assertThat(stored.get()).as("the stored model is the scripts' own").isEqualTo(built(latest))
                .containsKeys("deal", "change", "flyway_schema_history", "search_contact_ai");
        assertThat(stored.get().values()).anySatisfy(o -> assertThat(o.sql()).as("an automatic index has no SQL").isNull());
        assertThat(SchemaModel.expected(latest)).isEqualTo(stored.get());
        assertThat(SchemaModel.stored(latest - 1)).as("older versions are built from their scripts").isEmpty();
    }

    @Test
    void theChecksumNamesTheScriptsSoAStaleModelIsNotUsed() {
        int latest = Migrations.LATEST_VERSION;
        String checksum = SchemaModel.checksum(latest);
        assertThat(checksum).isEqualTo(SchemaModel.checksum(latest)).isNotEqualTo(SchemaModel.checksum(latest - 1));
        assertThat(SchemaModel.storedForm(latest)).startsWith(latest + " " + checksum + "\n");
    }

    /** What the scripts build in a file of their own, read back as any database is read. */
    private static java.util.Map<String, SchemaModel.SchemaObject> built(int version) throws Exception {
        Path file = Files.createTempFile("schema", ".db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            for (String script : SchemaModel.scriptsUpTo(version)) {
                s.executeUpdate(SchemaModel.script(script));
            }
            s.executeUpdate(SchemaModel.HISTORY_TABLE);
            s.executeUpdate(SchemaModel.HISTORY_INDEX);
            return SchemaModel.read(c);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
