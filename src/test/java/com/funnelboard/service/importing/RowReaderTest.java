package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.domain.importing.RowParser;
import com.funnelboard.domain.importing.StageNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** The rows of a file are read and parsed on a second thread, in batches, in file order. */
@Isolated
class RowReaderTest {

    @TempDir
    Path dir;

    private CsvInput open(String text) throws Exception {
        Path p = dir.resolve("people.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return CsvInput.open(p, null);
    }

    private static RowParser parser(CsvInput in) {
        return new RowParser(in.headers(), ColumnMapping.mapping(in, ImportOptions.defaults()), new StageNames(Map.of()), "EUR",
                Locale.UK);
    }

    private static String people(int n) {
        StringBuilder b = new StringBuilder("Name,Email\n");
        for (int i = 0; i < n; i++) {
            b.append("P").append(i).append(",p").append(i).append("@x.example\n");
        }
        return b.toString();
    }

    @Test
    void theBatchesComeInFileOrderWithWhereTheFileWasAfterThem() throws Exception {
        try (CsvInput in = open(people(25)); RowReader reader = new RowReader(in, parser(in), 10)) {
            List<Integer> sizes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Long> positions = new ArrayList<>();
            RowReader.Batch b;
            while ((b = reader.next()) != null) {
                sizes.add(b.rows().size());
                positions.add(b.position());
                b.rows().stream().map(ImportRow::contact).forEach(c -> names.add(c.name()));
            }
            assertThat(sizes).containsExactly(10, 10, 5);
            assertThat(names).hasSize(25).startsWith("P0", "P1").endsWith("P24");
            assertThat(positions).isSorted().last().isEqualTo(in.size());
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aFileThatIsNotCsvFailsWhereItsRowsWouldHaveCome() throws Exception {
        try (CsvInput in = open("Name,Email\nIda,ida@x.example\nBo,bo@x.example\nCy,cy@x.example,extra\n");
                RowReader reader = new RowReader(in, parser(in), 1)) {
            assertThat(reader.next().rows()).hasSize(1);
            assertThat(reader.next().rows()).hasSize(1);
            assertThatThrownBy(reader::next).isInstanceOf(ImportRefusedException.class).hasMessageContaining("row 4");
        }
    }

    @Test
    void closingStopsTheReadingThread() throws Exception {
        try (CsvInput in = open(people(5_000))) {
            RowReader reader = new RowReader(in, parser(in), 10);
            assertThat(reader.next().rows()).hasSize(10);
            reader.close(); // with batches waiting and more of the file to read
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("funnelboard-import-reader"));
        }
    }
}
