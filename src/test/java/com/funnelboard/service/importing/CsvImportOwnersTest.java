package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.PeopleService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner column of a file (owner, sales agent, rep) decides who owns each imported deal. */
class CsvImportOwnersTest {

    @TempDir
    Path dir;

    Store store;
    CsvImport csv;

    @BeforeEach
    void setUp() {
        store = Fixtures.store(dir);
        new PeopleService(store).setIdentity("Ida Berg", "ida@nordwind.example");
        // A teammate the directory of names knows (as their own installation writes it).
        store.write(ChangeOrigin.USER, "Ola", r -> {
            r.settings().put("person.ola@nordwind.example", "Ola Nordmann");
            r.settings().put("person.jose@nordwind.example", "José Núñez");
            return null;
        });
        csv = new CsvImport(store, Locale.UK, () -> "EUR", new DuplicateFinder("DE"), 2);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private ImportResult run(String text) throws Exception {
        Path p = dir.resolve("deals.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return csv.run(p, ImportOptions.defaults(), (b, s, n) -> {}, () -> false);
    }

    /** Owner by deal title. */
    private Map<String, String> owners() {
        Map<String, String> out = new HashMap<>();
        store.read(r -> r.board().page(Stage.OPPORTUNITY, 0, 100, OwnerFilter.EVERYONE)).forEach(d -> out.put(d.title(), d.owner()));
        return out;
    }

    @Test
    void ownersAreMatchedByEmailOrNameAndUnknownNamesAreKeptAsWritten() throws Exception {
        ImportResult r = run("""
                Deal,Amount,Stage,Sales Agent,Id
                By name,100,Qualified,ola nordmann,1
                By email,200,Qualified,OLA@Nordwind.example,2
                Last first,300,Qualified,"Nordmann, Ola",3
                Accents,400,Qualified,Jose Nunez,4
                Stranger,500,Qualified,Moses  Frase,5
                New address,600,Qualified,kim@other.example,6
                Nobody said,700,Qualified,,7
                Myself,800,Qualified,Ida Berg,8
                """);

        assertThat(r.deals().created()).isEqualTo(8);
        Map<String, String> owners = owners();
        assertThat(owners).containsEntry("By name", "ola@nordwind.example")
                .containsEntry("By email", "ola@nordwind.example")
                .containsEntry("Last first", "ola@nordwind.example")
                .containsEntry("Accents", "jose@nordwind.example")
                .containsEntry("Stranger", "Moses Frase")
                .containsEntry("New address", "kim@other.example")
                .containsEntry("Nobody said", "ida@nordwind.example")
                .containsEntry("Myself", "ida@nordwind.example");
        // The board's owner filter finds the deals of an owner kept by name.
        List<DealCard> strangers = store.read(r2 -> r2.board().page(Stage.OPPORTUNITY, 0, 100, OwnerFilter.person("Moses Frase")));
        assertThat(strangers).extracting(DealCard::title).containsExactly("Stranger");
    }

    @Test
    void aReimportGivesTheDealItsNewOwnerAsARecordedChange() throws Exception {
        run("Deal,Stage,Owner,Id\nPilot,Qualified,Ola Nordmann,77\n");
        run("Deal,Stage,Owner,Id\nPilot,Qualified,jose@nordwind.example,77\n");
        assertThat(owners()).containsExactly(Map.entry("Pilot", "jose@nordwind.example"));
    }

    @Test
    void initialsAndTwoCharacterNamesAreOwnersAndAnOverlongOneIsARowProblem() throws Exception {
        run("Deal,Stage,Rep\nPilot,Qualified,JB\nRollout,Qualified,张敏\n");
        assertThat(owners()).containsEntry("Pilot", "JB").containsEntry("Rollout", "张敏");
        Path p = dir.resolve("long.csv");
        Files.writeString(p, "Deal,Rep\nLong,\"" + "x".repeat(300) + "\"\n", StandardCharsets.UTF_8);
        ImportResult r = csv.run(p, ImportOptions.defaults(), (b, s, n) -> {}, () -> false);
        assertThat(r.imported()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.column()).isEqualTo("Rep");
            assertThat(pr.reason()).contains("owner longer than 254");
        });
    }
}
