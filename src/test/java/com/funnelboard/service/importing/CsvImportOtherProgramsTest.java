package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports of CRMs and address books as they really are (headers as Pipedrive, HubSpot and Outlook
 * write them): who a deal is with, several numbers in one cell, record ids of contacts, an
 * Exchange server's internal address where an e-mail address belongs.
 */
class CsvImportOtherProgramsTest {

    @TempDir
    Path dir;

    Store store;
    CsvImport csv;

    @BeforeEach
    void setUp() {
        store = Fixtures.store(dir);
        csv = new CsvImport(store, Locale.US, () -> "EUR", new DuplicateFinder("US"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private ImportResult run(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return csv.run(p, ImportOptions.defaults(), (b, s, n) -> {}, () -> false);
    }

    private Map<String, ContactProfile> contacts() {
        Map<String, ContactProfile> out = new LinkedHashMap<>();
        for (ContactSummary c : store.read(r -> r.contactProfiles().list(null, 100))) {
            out.put(c.name(), store.read(r -> r.contactProfiles().find(c.id()).orElseThrow()));
        }
        return out;
    }

    private Map<String, Stage> deals() {
        Map<String, Stage> out = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            for (DealCard d : store.read(r -> r.board().page(s, 0, 100))) {
                out.put(d.title(), s);
            }
        }
        return out;
    }

    @Test
    void aPipedriveDealsExportNamesTheDealsPersonAndOrganizationAndListsSeveralNumbersInOneCell() throws Exception {
        ImportResult r = run("deals.csv", """
                Deal - ID,Deal - Title,Deal - Value,Deal - Stage,Deal - Status,Deal - Organization,Deal - Contact person,Person - Email,Person - Phone
                103,Initech expansion,"3,000",Contact Made,open,Initech,Peter Gibbons,peter@initech.example,"+1 512 555 0199, +1 512 555 0100"
                104,Initech support,900,Qualified,open,Initech,Peter Gibbons,peter@initech.example,+1 512 555 0199 / +1 512 555 0111
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(r.organizations().created()).isEqualTo(1);
        ContactProfile peter = contacts().get("Peter Gibbons");
        assertThat(peter).as("named by the deal's contact person column, not by the address").isNotNull();
        assertThat(peter.phones()).containsExactly("+1 512 555 0199", "+1 512 555 0100", "+1 512 555 0111");
        assertThat(deals()).containsEntry("Initech expansion", Stage.PROSPECT).containsEntry("Initech support", Stage.OPPORTUNITY);
    }

    @Test
    void aContactsExportWithRecordIdsMakesContactsNotDealsAndABlankRowNothing() throws Exception {
        ImportResult r = run("contacts.csv", """
                Record ID,First Name,Last Name,Email,Phone Number,Job Title,Company Name,Contact owner,Lead Source
                901,Gaëlle,Perrin,g.perrin@fromagerie-perrin.fr,04 50 11 22 33,Buyer,Fromagerie Perrin,Inès Moreau,Trade show
                902,Claire,Durand,claire.durand@durand-boulangeries.fr,,,,,
                903,,,,,,,,
                """);
        assertThat(r.contacts().created()).isEqualTo(2);
        assertThat(r.deals().created()).as("an id, an owner and a source are any record's, not a deal").isZero();
        assertThat(deals()).isEmpty();
        assertThat(contacts().get("Gaëlle Perrin").title()).isEqualTo("Buyer");
    }

    @Test
    void hubSpotsDealStagesAndAssociatedCompanyAreRead() throws Exception {
        ImportResult r = run("hubspot-deals.csv", """
                Deal Name,Deal Stage,Amount,Close Date,Associated Company
                Demo for Acme,Appointment Scheduled,1000,2026-12-01,Acme Corp
                Acme rollout,Presentation Scheduled,9000,2026-12-15,Acme Corp
                Acme support,Decision Maker Bought-In,500,2026-12-20,Acme Corp
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(r.organizations().created()).isEqualTo(1);
        assertThat(deals()).containsEntry("Demo for Acme", Stage.PROSPECT).containsEntry("Acme rollout", Stage.OPPORTUNITY)
                .containsEntry("Acme support", Stage.OPPORTUNITY);
    }

    @Test
    void anExchangeServersInternalAddressIsLeftOutAndTheRealOneKept() throws Exception {
        ImportResult r = run("outlook.csv", """
                "First Name","Last Name","Company","Job Title","Business Phone","E-mail Address","E-mail Type","E-mail 2 Address"
                "Linus","Torvalds","Kernel Inc","Maintainer","+358 9 000 0002","/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=linus","EX","linus@kernel.example"
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(contacts().get("Linus Torvalds").emails()).containsExactly("linus@kernel.example");
        assertThat(List.copyOf(contacts().keySet())).containsExactly("Linus Torvalds");
    }
}
