package com.funnelboard.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.service.CsvExport;
import com.funnelboard.service.VcardExport;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Export and the Contacts page's "Export vCards…": what is written and what the status bar says. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    Store store;
    ExportViewModel model;
    UUID ida;
    UUID bo;

    @BeforeEach
    void setUp() {
        store = Fixtures.store(dir);
        model = new ExportViewModel(new CsvExport(store), new VcardExport(store), new UiExecutors(Runnable::run, Runnable::run));
        ida = UUID.randomUUID();
        bo = UUID.randomUUID();
        store.writeAll(r -> {
            r.contactProfiles().insert(new com.funnelboard.domain.ContactProfile(ida, null, "Ida Berg", "Buyer",
                    List.of("ida@nordwind.example"), List.of("+46 8 123 456"), null, null, null, null, null, null, List.of(), null, null));
            r.contactProfiles().insert(new com.funnelboard.domain.ContactProfile(bo, null, "Bo Chen", null, List.of("bo@isdom.example"),
                    List.of(), null, null, null, null, null, null, List.of(), null, null));
        });
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void eachExportWritesItsFileAndSaysHowManyItWrote() throws Exception {
        Path contacts = dir.resolve("contacts.csv");
        assertThat(model.export(ExportViewModel.What.CONTACTS_CSV, contacts).join()).isEqualTo("Exported 2 contacts to " + contacts + ".");
        assertThat(Files.readString(contacts, StandardCharsets.UTF_8)).startsWith("\uFEFFid,name,").contains("Ida Berg", "'+46 8 123 456");
        Path orgs = dir.resolve("orgs.csv");
        assertThat(model.export(ExportViewModel.What.ORGANIZATIONS_CSV, orgs).join()).isEqualTo("Exported 0 organizations to " + orgs + ".");
        Path all = dir.resolve("all.vcf");
        assertThat(model.export(ExportViewModel.What.CONTACTS_VCARD, all).join()).isEqualTo("Exported 2 contacts to " + all + ".");
        assertThat(Files.readString(all)).contains("FN:Ida Berg", "FN:Bo Chen");
        Path one = dir.resolve("one.vcf");
        assertThat(model.export(ExportViewModel.What.CONTACTS_VCARD, one, List.of(bo)).join()).isEqualTo("Exported 1 contact to " + one + ".");
        assertThat(Files.readString(one)).contains("FN:Bo Chen").doesNotContain("Ida");
        assertThat(ExportViewModel.What.values()).extracting(ExportViewModel.What::fileName)
                .containsExactly("contacts.csv", "organizations.csv", "deals.csv", "interactions.csv", "follow-ups.csv", "contacts.vcf");
        Path followUps = dir.resolve("follow-ups.csv");
        assertThat(model.export(ExportViewModel.What.FOLLOWUPS_CSV, followUps).join()).isEqualTo("Exported 0 follow-ups to " + followUps + ".");
        assertThat(Files.readString(followUps, StandardCharsets.UTF_8)).startsWith("\uFEFFid,due_at,kind,status,");
    }

    /** Where the locale writes a decimal comma the save dialog offers the spreadsheet's form; chosen, the file is in it. */
    @Test
    void theSpreadsheetsFormWhereNumbersTakeADecimalComma() throws Exception {
        assertThat(model.spreadsheetForm()).as("no such form for a decimal point").isFalse();
        ExportViewModel german = new ExportViewModel(new CsvExport(store), new VcardExport(store), new UiExecutors(Runnable::run, Runnable::run),
                java.util.Locale.GERMANY);
        assertThat(german.spreadsheetForm()).isTrue();
        Path contacts = dir.resolve("kontakte.csv");
        german.export(ExportViewModel.What.CONTACTS_CSV, contacts, null, true).join();
        assertThat(Files.readString(contacts, StandardCharsets.UTF_8)).startsWith("\uFEFFid;name;").contains("Ida Berg");
        german.export(ExportViewModel.What.CONTACTS_CSV, contacts, null, false).join();
        assertThat(Files.readString(contacts, StandardCharsets.UTF_8)).as("the standard form, when chosen").startsWith("\uFEFFid,name,");
    }

    @Test
    void anExportOntoTheOpenDatabaseFailsAndWritesNothing() {
        assertThatThrownBy(() -> model.export(ExportViewModel.What.DEALS_CSV, store.file()).join()).hasMessageContaining("database");
    }

    @Test
    void vcardFilesAreToldByTheirNameOrTheirFirstLine() throws Exception {
        Path named = Files.writeString(dir.resolve("phone.VCF"), "anything");
        Path content = Files.writeString(dir.resolve("export.txt"), "\uFEFF\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida\r\nEND:VCARD\r\n");
        Path csv = Files.writeString(dir.resolve("people.csv"), "Name,Email\nIda,ida@x.example\n");
        assertThat(ImportViewModel.isVcard(named)).isTrue();
        assertThat(ImportViewModel.isVcard(content)).isTrue();
        assertThat(ImportViewModel.isVcard(csv)).isFalse();
        assertThat(ImportViewModel.isVcard(dir.resolve("missing.csv"))).isFalse();
    }
}
