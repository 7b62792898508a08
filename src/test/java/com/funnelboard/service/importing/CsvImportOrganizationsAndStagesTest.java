package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.HeaderMatcher;
import com.funnelboard.domain.importing.ImportField;
import com.funnelboard.service.UndoJournal;
import com.funnelboard.service.UndoService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of organizations fills the organizations deals refer to; the stage names of a file are counted and mapped. */
class CsvImportOrganizationsAndStagesTest {

    /** Small chunks, so a small file crosses chunk boundaries. */
    static final int CHUNK = 300;

    @TempDir
    Path dir;

    Store store;
    CsvImport csv;

    @BeforeEach
    void setUp() {
        store = Fixtures.store(dir);
        csv = new CsvImport(store, Locale.UK, () -> "EUR", new DuplicateFinder("DE"), CHUNK);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private ImportResult run(Path p, ImportOptions options) {
        return csv.run(p, options, (b, s, n) -> {}, () -> false);
    }

    private OrganizationProfile organization(String name) {
        return store.read(r -> {
            UUID id = r.imports().organizationsByName(List.of(name.toLowerCase(Locale.ROOT))).get(name.toLowerCase(Locale.ROOT));
            return id == null ? null : r.organizations().find(id).orElse(null);
        });
    }

    @Test
    void anOrganizationsFileIsToldByItsHeadersAndItsNameColumnIsTheOrganizations() {
        List<String> headers = List.of("Name", "Industry", "Employees", "Website");
        assertThat(HeaderMatcher.layout(headers)).isEqualTo(HeaderMatcher.Layout.ORGANIZATIONS);
        assertThat(HeaderMatcher.match(headers)).containsExactly(ImportField.ORGANIZATION_NAME, ImportField.ORGANIZATION_INDUSTRY,
                ImportField.ORGANIZATION_SIZE, ImportField.ORGANIZATION_WEBSITE);
        // People with their company's details are not an organizations file.
        assertThat(HeaderMatcher.layout(List.of("Name", "Email", "Company", "Industry"))).isEqualTo(HeaderMatcher.Layout.GENERIC);
        assertThat(HeaderMatcher.layout(List.of("Name", "Company", "Website"))).isEqualTo(HeaderMatcher.Layout.GENERIC);
        assertThat(HeaderMatcher.match(List.of("Name", "Phone"))).containsExactly(ImportField.CONTACT_NAME, ImportField.CONTACT_PHONE);
    }

    @Test
    void anOrganizationSpelledAnotherWayIsTheSameOrganization() throws Exception {
        ImportResult first = run(file("a.csv", "Name,Email,Company\nAnn Oak,ann@acme.example,\"Acme, Inc.\"\n"), ImportOptions.defaults());
        assertThat(first.organizations().created()).isEqualTo(1);
        // Other spellings of the stored one, and two spellings of a new one in one file, across chunks.
        StringBuilder text = new StringBuilder("Name,Email,Company\nBob Oak,bob@acme.example,ACME Inc\nCy Oak,cy@acme.example,acme\n"
                + "Di Roe,di@globex.example,Globex Corporation\n");
        for (int i = 0; i < CHUNK; i++) {
            text.append("P").append(i).append(" Roe,p").append(i).append("@globex.example,Globex Corp.\n");
        }
        text.append("Ed Fay,ed@initech.example,\"Initech, L.L.C.\"\nFlo Fay,flo@initech.example,Initech LLC\n");
        ImportResult second = run(file("b.csv", text.toString()), ImportOptions.defaults());
        assertThat(second.organizations().created()).as("Globex and Initech, each once").isEqualTo(2);
        assertThat(second.contacts().created()).isEqualTo(CHUNK + 5);
        List<String> names = store.read(r -> r.organizations().allNames(100)).stream().map(Map.Entry::getValue).toList();
        assertThat(names)
                .containsExactly("Acme, Inc.", "Globex Corporation", "Initech, L.L.C.");
        // What a sheet writes for none is no organization.
        ImportResult none = run(file("none.csv", "Name,Email,Company\nIvy Oak,ivy@x.example,n/a\nJo Oak,jo@x.example,-\nKai Oak,kai@x.example,Unknown\n"),
                ImportOptions.defaults());
        assertThat(none.contacts().created()).isEqualTo(3);
        assertThat(none.organizations().created()).isZero();
        // Different organizations stay apart: other words, another legal form.
        ImportResult third = run(file("c.csv", "Name,Email,Company\nGus Oak,gus@acmelabs.example,Acme Labs\nHal Oak,hal@acme.example,Acme GmbH\n"),
                ImportOptions.defaults());
        assertThat(third.organizations().created()).isEqualTo(2);
    }

    @Test
    void aNameWithUmlautsIsTheSameOrganizationWrittenWithoutThemInAFileAndInTheStore() throws Exception {
        ImportResult first = run(file("de.csv", "Name,Email,Firma\nAnn Oak,ann@mueller.example,Müller GmbH\nBo Oak,bo@mueller.example,Mueller GmbH\n"),
                ImportOptions.defaults());
        assertThat(first.organizations().created()).isEqualTo(1);
        ImportResult again = run(file("en.csv", "Name,Email,Company\nCy Oak,cy@mueller.example,MUELLER GMBH\nDi Oak,di@mueller.example,Muller GmbH\n"),
                ImportOptions.defaults());
        assertThat(again.organizations().created()).isZero();
        List<Map.Entry<UUID, String>> stored = store.read(r -> r.organizations().allNames(100));
        assertThat(stored).extracting(Map.Entry::getValue).containsExactly("Müller GmbH");
        // Typed in New lead or `deals add --org`: the stored one, either way round.
        java.util.Optional<com.funnelboard.domain.Organization> typed = store.read(r -> r.contacts().findOrganizationByName("Mueller GmbH"));
        assertThat(typed).map(com.funnelboard.domain.Organization::name).contains("Müller GmbH");
    }

    @Test
    void namesAndAddressesWithCapitalsBeyondAsciiMatchWhatAnEarlierImportStored() throws Exception {
        // SQLite ignores the case of ASCII letters only; the import keys names in Java's lower case.
        Path p = file("people.csv", "Name,Email,Company\nÅsa Öberg,Åsa.Öberg@Example.se,Örebro Trä AB\nИван Петров,ivan@example.ru,ООО Ромашка\n"
                + "Ek Berg,ek@example.se,Ek AB\n");
        ImportResult first = run(p, ImportOptions.defaults());
        assertThat(first.organizations().created()).isEqualTo(3);
        assertThat(first.contacts().created()).isEqualTo(3);
        ImportResult again = run(p, ImportOptions.defaults());
        assertThat(again.organizations()).as("the same names again").isEqualTo(new ImportResult.Counts(0, 0, 3));
        assertThat(again.contacts().created()).as("the same addresses again").isZero();
        Map<String, UUID> orgs = store.read(r -> r.imports().organizationsByName(List.of("Örebro Trä AB", "örebro trä ab")));
        assertThat(orgs).containsOnlyKeys("örebro trä ab");
        Map<String, UUID> byEmail = store.read(r -> r.imports().contactsByEmail(List.of("Åsa.Öberg@Example.se")));
        assertThat(byEmail).containsOnlyKeys("åsa.öberg@example.se");
    }

    @Test
    void theOrganizationsOfDealsAreFilledByNameIgnoringCaseAndSpaces() throws Exception {
        run(file("deals.csv", "Deal,Amount,Stage,Company\nPilot,1000,Qualified,Acme GmbH\nRollout,5000,Closed Won,Globex\n"),
                ImportOptions.defaults());
        assertThat(organization("Acme GmbH").industry()).isNull();

        ImportResult r = run(file("orgs.csv", "Name,Industry,Employees,Website\n  acme gmbh ,Machinery,250,https://acme.example\n"
                + "Initech,Software,40,\n"), ImportOptions.defaults());

        assertThat(r.layout()).isEqualTo(HeaderMatcher.Layout.ORGANIZATIONS);
        assertThat(r.contacts().created()).isZero();
        assertThat(r.organizations().updated()).isEqualTo(1);
        assertThat(r.organizations().created()).isEqualTo(1);
        OrganizationProfile acme = organization("Acme GmbH");
        assertThat(acme.name()).isEqualTo("Acme GmbH");
        assertThat(acme.industry()).isEqualTo("Machinery");
        assertThat(acme.companySize()).isEqualTo("250");
        assertThat(acme.website()).isEqualTo("https://acme.example");
        assertThat(organization("Initech").industry()).isEqualTo("Software");
        assertThat(organization("Globex").industry()).isNull();
    }

    @Test
    void theFlagTakesAFileAsOrganizationsWhatEverItsHeaders() throws Exception {
        Path p = file("accounts.csv", "Name,Notes\nUmbrella,big\n");
        ImportResult plain = run(p, new ImportOptions(Map.of(), Map.of(), null, true, false, null));
        assertThat(plain.contacts().created()).isEqualTo(1);
        assertThat(plain.organizations().created()).isZero();

        ImportResult orgs = run(p, ImportOptions.defaults().asOrganizations());
        assertThat(orgs.layout()).isEqualTo(HeaderMatcher.Layout.ORGANIZATIONS);
        assertThat(orgs.contacts().created()).isZero();
        assertThat(orgs.organizations().created()).isEqualTo(1);
        assertThat(organization("Umbrella")).isNotNull();
    }

    @Test
    void theStageNamesOfTheWholeFileAreCountedAndMappedAndTheUsersChoiceIsImported() throws Exception {
        StringBuilder text = new StringBuilder("Deal,Stage\n");
        for (int i = 0; i < 30; i++) {
            text.append("Deal ").append(i).append(',').append(i % 3 == 0 ? "Prospecting" : i % 3 == 1 ? "Closed Won" : "Verbal yes").append('\n');
        }
        Path p = file("pipeline.csv", text.toString());

        Map<String, ImportResult.StageCount> found = csv.stages(p, ImportOptions.defaults());
        assertThat(found.keySet()).containsExactly("Prospecting", "Closed Won", "Verbal yes");
        assertThat(found.get("Prospecting")).isEqualTo(new ImportResult.StageCount(Stage.LEAD, 10));
        assertThat(found.get("Closed Won")).isEqualTo(new ImportResult.StageCount(Stage.WON, 10));
        assertThat(found.get("Verbal yes")).isEqualTo(new ImportResult.StageCount(null, 10));

        ImportOptions mapped = new ImportOptions(Map.of(), Map.of("Verbal yes", Stage.OPPORTUNITY, "Prospecting", Stage.PROSPECT),
                null, false, false, null);
        assertThat(csv.stages(p, mapped).get("Verbal yes")).isEqualTo(new ImportResult.StageCount(Stage.OPPORTUNITY, 10));
        ImportResult r = run(p, mapped);
        assertThat(r.deals().created()).isEqualTo(30);
        assertThat(r.stages().get("Prospecting").stage()).isEqualTo(Stage.PROSPECT);
        assertThat(store.read(r2 -> r2.board().totals()).get(Stage.OPPORTUNITY).getFirst().count()).isEqualTo(10);
    }

    @Test
    void aBulkImportIsOneRecordedChangeSetThatUndoTakesBackWhole() throws Exception {
        StringBuilder text = new StringBuilder("First Name,Last Name,Email,Phone,Company\n");
        int n = CHUNK + 500; // more than one chunk: the second finds the first one's organizations
        for (int i = 0; i < n; i++) {
            text.append("Anna,Albers ").append(i).append(",anna.").append(i).append("@example.com,+49 30 ").append(1_000_000 + i)
                    .append(",Company ").append(i % 50).append('\n');
        }
        UndoService undo = new UndoService(store, UndoJournal.inMemory());
        ImportResult r = run(file("contacts.csv", text.toString()), ImportOptions.defaults());
        assertThat(r.contacts().created()).isEqualTo(n);
        assertThat(r.organizations().created()).isEqualTo(50);

        // Every new row recorded whole, in one change set, the entries numbered in order without gaps.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
                java.sql.PreparedStatement s = c.prepareStatement("SELECT count(*), min(seq), max(seq), count(DISTINCT row_key), "
                        + "sum(json_extract(new_value, '$.id') = row_key), (SELECT count(*) FROM change_set WHERE origin = 'import') "
                        + "FROM change WHERE change_set_id = ? AND field = '*'")) {
            s.setString(1, r.changeSet().toString());
            try (java.sql.ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(50 + 3L * n);
                assertThat(rs.getLong(2)).isZero();
                assertThat(rs.getLong(3)).isEqualTo(50 + 3L * n - 1);
                assertThat(rs.getLong(4)).isEqualTo(50 + 3L * n);
                assertThat(rs.getLong(5)).isEqualTo(50 + 3L * n);
                assertThat(rs.getLong(6)).isEqualTo(1);
            }
        }
        assertThat(undo.undoLast().orElseThrow().undid()).isEqualTo(r.changeSet());
        Map<String, UUID> left = store.read(x -> x.imports().contactsByEmail(List.of("anna.17@example.com")));
        assertThat(left).isEmpty();
        assertThat(organization("Company 7")).isNull();
    }

    @Test
    void aSeparateOrganizationsFileFillsTheOrganizationsOfTheDealsInTheSameChangeSet() throws Exception {
        // The deals file would not be taken as an organizations file, and the organizations file has other columns too.
        Path deals = file("deals.csv", "Opportunity,Account,Close Value,Deal Stage\nPilot,acme gmbh,1000,Engaging\n"
                + "Rollout,Globex,5000,Won\n");
        Path accounts = file("accounts.csv", "account,sector,year_established,employees,office_location\n"
                + "Acme GmbH,Machinery,1990,250,Berlin\nGlobex,Retail,1970,12000,Springfield\nInitech,Software,1995,40,Austin\n");
        UndoService undo = new UndoService(store, UndoJournal.inMemory());

        ImportResult r = csv.run(deals, ImportOptions.defaults(), accounts, (b, s, n) -> {}, () -> false);

        assertThat(r.deals().created()).isEqualTo(2);
        assertThat(r.organizations().created()).isEqualTo(3);
        assertThat(organization("Acme GmbH").industry()).isEqualTo("Machinery");
        assertThat(organization("Acme GmbH").companySize()).isEqualTo("250");
        assertThat(organization("Globex").industry()).isEqualTo("Retail");
        // One organization per name: the deals joined the organizations of the organizations file.
        Map<String, UUID> named = store.read(x -> x.imports().organizationsByName(List.of("acme gmbh", "globex", "initech")));
        assertThat(named).hasSize(3);
        assertThat(undo.undoLast().orElseThrow().undid()).isEqualTo(r.changeSet());
        assertThat(organization("Acme GmbH")).isNull();
        assertThat(organization("Initech")).isNull();
    }

    /**
     * Salesforce's Data Export names a contact's or an opportunity's account by its id (AccountId),
     * Account.csv gives each id its name: with it as the organizations file, each row has its
     * organization (every opportunity had none, every contact lost its account); an id the file does
     * not list names none.
     */
    @Test
    void anOrganizationsFileWithIdsNamesTheOrganizationsARowGivesByItsId() throws Exception {
        Path accounts = file("Account.csv", "\"Id\",\"IsDeleted\",\"Name\",\"ParentId\",\"Industry\",\"NumberOfEmployees\"\n"
                + "\"0018c00002Xq1AbAAJ\",\"false\",\"Initech Corporation\",\"\",\"Technology\",\"350\"\n"
                + "\"0018c00002Xq1AcAAJ\",\"false\",\"Globex, Inc.\",\"0018c00002Xq1AbAAJ\",\"Manufacturing\",\"12000\"\n");
        Path contacts = file("Contact.csv", "\"Id\",\"AccountId\",\"LastName\",\"FirstName\",\"Email\"\n"
                + "\"0038c00002Ab01AAAQ\",\"0018c00002Xq1AbAAJ\",\"Smith\",\"John\",\"john.smith@initech.example\"\n"
                + "\"0038c00002Ab02AAAQ\",\"0018c00002XqZZZZZZ\",\"Okafor\",\"Chidi\",\"chidi@gmail.example\"\n");
        Path opportunities = file("Opportunity.csv", "\"Id\",\"AccountId\",\"Name\",\"StageName\",\"Amount\",\"CloseDate\"\n"
                + "\"0068c00001Zz01AAAQ\",\"0018c00002Xq1AcAAJ\",\"Globex - Plant automation\",\"Prospecting\",\"250000.00\",\"2024-09-30\"\n");

        ImportResult people = csv.run(contacts, ImportOptions.defaults(), accounts, (b, s, n) -> {}, () -> false);
        assertThat(people.mapping().get(1)).isEqualTo(com.funnelboard.domain.importing.ImportField.ORGANIZATION_NAME);
        ImportResult deals = csv.run(opportunities, ImportOptions.defaults(), accounts, (b, s, n) -> {}, () -> false);

        assertThat(deals.deals().created()).isEqualTo(1);
        List<com.funnelboard.domain.DealCard> leads = store.read(x -> x.board().page(com.funnelboard.domain.Stage.LEAD, 0, 10));
        assertThat(leads).singleElement().satisfies(d -> assertThat(d.organizationName()).isEqualTo("Globex, Inc."));
        Map<String, UUID> byEmail = store.read(x -> x.imports().contactsByEmail(List.of("john.smith@initech.example", "chidi@gmail.example")));
        assertThat(store.read(x -> x.contactProfiles().find(byEmail.get("john.smith@initech.example"))).orElseThrow().organizationId())
                .isEqualTo(organization("Initech Corporation").id());
        assertThat(store.read(x -> x.contactProfiles().find(byEmail.get("chidi@gmail.example"))).orElseThrow().organizationId())
                .as("an id Account.csv does not list").isNull();
        assertThat(organization("Initech Corporation").industry()).isEqualTo("Technology");
        Map<String, UUID> named = store.read(x -> x.imports().organizationsByName(List.of("0018c00002xqzzzzzz")));
        assertThat(named).as("no company named by an id").isEmpty();
    }

    @Test
    void aBadValueInTheOrganizationsFileRefusesTheWholeImport() throws Exception {
        Path deals = file("deals.csv", "Deal,Company\nPilot,Acme GmbH\n");
        Path accounts = file("accounts.csv", "Name,Industry,Website\nAcme GmbH,Machinery,https://acme.example\n"
                + "%s,Retail,x\n".formatted("G".repeat(400)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> csv.run(deals, ImportOptions.defaults(), accounts, (b, s, n) -> {},
                () -> false)).isInstanceOf(ImportRefusedException.class).hasMessageContaining("accounts.csv");
        assertThat(organization("Acme GmbH")).isNull();
    }

    @Test
    void anOrganizationTheImportCreatedIsTheOneItsLaterChunksNameWhateverThePolicy() throws Exception {
        run(file("first.csv", "Name,Email,Company\nIda Berg,ida@acme.example,Acme\n"), ImportOptions.defaults());
        StringBuilder text = new StringBuilder("Name,Email,Company\n");
        int n = 2 * CHUNK + 10; // three chunks
        for (int i = 0; i < n; i++) {
            text.append("Person ").append(i).append(",p").append(i).append("@acme.example,").append(i % 2 == 0 ? "Acme" : "ACME ").append('\n');
        }
        ImportOptions create = new ImportOptions(Map.of(), Map.of(), ImportOptions.OnDuplicate.CREATE, false, false, null);
        ImportResult r = run(file("second.csv", text.toString()), create);

        // A second Acme, as the policy says, and only one: every chunk of the file uses the one it made.
        assertThat(r.organizations().created()).isEqualTo(1);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
                java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT count(*), count(DISTINCT organization_id) FROM contact")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(n + 1L);
            assertThat(rs.getLong(2)).isEqualTo(2);
        }
    }

    /** A stored organization named on rows of every chunk is counted once ("6,000 skipped" for 500 companies). */
    @Test
    void aStoredOrganizationNamedAcrossChunksIsCountedOnce() throws Exception {
        run(file("first.csv", "Name,Email,Company\nIda Berg,ida@acme.example,Acme\nBo Lund,bo@nord.example,Nordwind\n"), ImportOptions.defaults());
        StringBuilder text = new StringBuilder("Name,Email,Company\n");
        int n = 2 * CHUNK + 10; // three chunks
        for (int i = 0; i < n; i++) {
            text.append("Person ").append(i).append(",p").append(i).append("@x.example,").append(i % 2 == 0 ? "Acme" : "Nordwind").append('\n');
        }
        ImportResult r = run(file("second.csv", text.toString()), ImportOptions.defaults());
        assertThat(r.organizations().skipped()).isEqualTo(2);
        assertThat(r.organizations().created()).isZero();
        assertThat(r.contacts().created()).isEqualTo(n);
    }

    @Test
    void anOrganizationsAddressComesWholeOrFromItsPartsAndAPersonsAloneIsLeftOut() throws Exception {
        // Salesforce accounts: the billing address in parts, joined in column order.
        run(file("accounts.csv", """
                Account Name,Industry,Employees,Billing Street,Billing City,Billing State/Province,Billing Zip/Postal Code,Billing Country
                Acme Corp,Manufacturing,250,1 Market St,San Francisco,CA,94105,USA
                Nordwind AB,Logistics,40,,Göteborg,,,Sweden
                """), ImportOptions.defaults());
        assertThat(organization("Acme Corp").address()).isEqualTo("1 Market St, San Francisco, CA, 94105, USA");
        assertThat(organization("Nordwind AB").address()).isEqualTo("Göteborg, Sweden");
        // Pipedrive writes the whole address beside its parts: the whole one is read alone.
        List<String> pipedrive = List.of("Name", "Address", "Street", "City", "Country", "Website");
        assertThat(HeaderMatcher.match(pipedrive)).containsExactly(ImportField.ORGANIZATION_NAME, ImportField.ORGANIZATION_ADDRESS,
                ImportField.IGNORE, ImportField.IGNORE, ImportField.IGNORE, ImportField.ORGANIZATION_WEBSITE);
        // Outlook: the business address is the company's, the home address the person's (not kept).
        List<String> outlook = List.of("First Name", "Last Name", "E-mail Address", "Company", "Job Title", "Business Street",
                "Business City", "Business Postal Code", "Business Country/Region", "Home Street", "Home City");
        assertThat(HeaderMatcher.match(outlook).subList(5, 11)).containsExactly(ImportField.ORGANIZATION_ADDRESS,
                ImportField.ORGANIZATION_ADDRESS, ImportField.ORGANIZATION_ADDRESS, ImportField.ORGANIZATION_ADDRESS, ImportField.IGNORE,
                ImportField.IGNORE);
        // A plain address in a file of people is theirs when it names no company; with a company, the company's.
        assertThat(HeaderMatcher.match(List.of("Name", "Email", "Address", "City", "Country")).subList(2, 5))
                .containsOnly(ImportField.IGNORE);
        assertThat(HeaderMatcher.match(List.of("Name", "Email", "Company", "Street", "City", "Zip Code", "Country")).subList(3, 7))
                .containsOnly(ImportField.ORGANIZATION_ADDRESS);
        run(file("people.csv", """
                First Name,Last Name,E-mail Address,Company,Business Street,Business City,Home City
                Ida,Berg,ida@kiel.example,Kieler Werft,Am Hafen 2,Kiel,Hamburg
                """), ImportOptions.defaults());
        assertThat(organization("Kieler Werft").address()).isEqualTo("Am Hafen 2, Kiel");
        // Outlook.com writes an empty whole "Business Address" beside the parts: a row whose whole address is empty takes its
        // parts (the address was lost); one that gives it is read alone, as Pipedrive's is.
        run(file("outlook-com.csv", """
                First Name,Last Name,E-mail Address,Company,Business Address,Business Street,Business City,Business Postal Code,Business Country
                Sarah,Obrien,s@contoso.example,Contoso Ltd.,,One Microsoft Way,Redmond,98052,USA
                Tom,Lee,t@fab.example,Fabrikam,"1 Main St, Springfield",1 Main St,Springfield,,
                """), ImportOptions.defaults());
        assertThat(organization("Contoso Ltd.").address()).isEqualTo("One Microsoft Way, Redmond, 98052, USA");
        assertThat(organization("Fabrikam").address()).isEqualTo("1 Main St, Springfield");
        // A HubSpot companies export has the company's switchboard number, and its plain address is the company's.
        assertThat(HeaderMatcher.match(List.of("Company name", "Phone Number", "Street Address", "City", "Country/Region")).subList(2, 5))
                .containsOnly(ImportField.ORGANIZATION_ADDRESS);
    }
}
