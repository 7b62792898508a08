package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's integrity check, said problem by problem: without its "*** in database main ***" heading or a line break inside a refusal. */
class IntegrityWordsTest {

    @TempDir
    Path dir;

    @Test
    void eachProblemIsOneSentenceWithoutTheHeading() throws Exception {
        Path db = dir.resolve("flipped.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x TEXT)");
            s.execute("INSERT INTO t VALUES ('a'), ('b'), ('c')");
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(4096 + 7); // page 2 (the table's): the count of fragmented free bytes
            f.write(85);
        }
        List<String> problems;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            problems = Migrations.integrityProblems(c, true);
        }
        assertThat(problems).isNotEmpty().noneSatisfy(p -> assertThat(p).contains("***")).noneSatisfy(p -> assertThat(p).contains("\n"));
    }

    @Test
    void aResultWithAHeadingAndSeveralLinesIsSeveralProblems() {
        // As SQLite gave it for a share file with one byte changed.
        assertThat(Migrations.problemsIn("*** in database main ***\nFragmentation of 85 bytes reported as 0 on page 5"))
                .containsExactly("Fragmentation of 85 bytes reported as 0 on page 5");
        assertThat(Migrations.problemsIn("*** in database main ***\nPage 7: never used\nPage 8: never used"))
                .containsExactly("Page 7: never used", "Page 8: never used");
        assertThat(Migrations.problemsIn("Tree 2 page 2: free space corruption")).containsExactly("Tree 2 page 2: free space corruption");
    }
}
