package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.service.CsvExport;
import com.funnelboard.service.importing.CsvImport;
import com.funnelboard.service.importing.VcardImport;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.common.UiExecutors;
import com.funnelboard.ui.importing.ImportDialog;
import com.funnelboard.ui.importing.ImportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A vCard file given to File → Import… (or dropped on the window) opens the vCard import, which imports it and says what it left out. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class VcardImportUiTest {

    final java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    Store store;
    ExecutorService background = Executors.newSingleThreadExecutor();
    ImportViewModel model;
    javafx.stage.Stage window;

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        store = Fixtures.store(dir);
        Path vcf = dir.resolve("phone.vcf");
        Files.writeString(vcf, """
                BEGIN:VCARD\r
                VERSION:3.0\r
                FN:Sally Kim\r
                ORG:Contoso\r
                TEL;TYPE=WORK:(425) 555-0100 x4521\r
                TEL;TYPE=CELL:ask reception\r
                EMAIL:sally@contoso.example\r
                END:VCARD\r
                BEGIN:VCARD\r
                VERSION:2.1\r
                N:Berg;Ida\r
                FN:Ida Berg\r
                EMAIL;INTERNET:ida@nordwind.example\r
                ADR;HOME:;;Birkenweg 3, Hinterhaus;Kiel;;24103;Germany\r
                END:VCARD\r
                BEGIN:VCARD\r
                VERSION:3.0\r
                NOTE:met at the fair\r
                END:VCARD\r
                """);
        model = new ImportViewModel(new CsvImport(store, Locale.UK, "EUR", new DuplicateFinder("GB")), new CsvExport(store),
                new UiExecutors(background, Platform::runLater), new VcardImport(store, new DuplicateFinder("GB")));
        model.setOnImported(said::add);
        com.funnelboard.testing.AppWindow.owner(stage);
        window = stage;
        ImportDialog.open(model, stage, vcf);
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        store.close();
    }

    @Test
    void aDamagedCardRefusesTheFileUntilTheOthersAreChosenThenWhatWasLeftOutIsListed(FxRobot robot) {
        BoardUiTest.waitUntil(() -> robot.lookup("#vcard-import-start").tryQuery().isPresent());
        assertThat(robot.lookup("#import-preview").tryQuery()).as("not the CSV wizard").isEmpty();
        // What the file holds is said before anything is imported.
        Label preview = robot.lookup("#vcard-import-preview").queryAs(Label.class);
        BoardUiTest.waitUntil(() -> preview.getText().startsWith("In the file:"));
        assertThat(preview.getText()).isEqualTo("In the file: 3 cards \u2014 2 new contacts, 1 new organization \u00B7 1 damaged card.");
        assertThat(store.read(r -> r.contactProfiles().list(null, 10)).size()).as("read, not imported").isZero();
        // ... and what it would leave out, listed before Import (it was told only once it was gone).
        @SuppressWarnings("unchecked")
        ListView<String> ahead = robot.lookup("#vcard-import-left-out").queryAs(ListView.class);
        BoardUiTest.waitUntil(ahead::isVisible);
        assertThat(ahead.getItems()).contains("Card 1, TEL: left out, not a phone number: \"ask reception\"",
                "Card 3, FN: a card with no name, e-mail address or phone number");
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(ahead.getScene(), "vcard-import-ahead"));
        robot.clickOn("#vcard-import-start");
        Label status = robot.lookup("#vcard-import-status").queryAs(Label.class);
        BoardUiTest.waitUntil(() -> status.getText().startsWith("1 of 3 cards is damaged"));
        assertThat(status.getText()).contains("nothing was imported", "Import the other cards when some are damaged");
        @SuppressWarnings("unchecked")
        ListView<String> leftOut = robot.lookup("#vcard-import-left-out").queryAs(ListView.class);
        assertThat(leftOut.getItems()).contains("Card 3, FN: a card with no name, e-mail address or phone number");
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(status.getScene(), "vcard-import-refused"));
        long none = store.read(r -> r.contactProfiles().list(null, 10).size());
        assertThat(none).as("nothing half-imported").isZero();

        robot.clickOn("#vcard-import-skip-invalid");
        robot.clickOn("#vcard-import-start");
        BoardUiTest.waitUntil(() -> status.getText().startsWith("3 cards"));
        assertThat(status.getText()).contains("contacts 2 created", "organizations 1 created", "1 damaged card not imported", "Edit → Undo");
        assertThat(leftOut.isVisible()).isTrue();
        assertThat(leftOut.getItems()).containsExactly("Card 1, TEL: left out, not a phone number: \"ask reception\"",
                "Card 2, ADR: left out, a home address (a contact keeps no address of their own): \"Birkenweg 3, Hinterhaus, 24103 Kiel, Germany\"",
                "Card 3, FN: a card with no name, e-mail address or phone number");
        // A long line wraps within the list: it was cut at its edge, and read by scrolling sideways.
        UiRobot.settle();
        assertThat(leftOut.lookupAll(".scroll-bar").stream().map(javafx.scene.control.ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL).noneMatch(javafx.scene.Node::isVisible))
                .as("no scrolling sideways").isTrue();
        assertThat(robot.lookup("#vcard-import-start").queryButton().isDisabled()).as("done: not imported twice").isTrue();
        assertThat(said).as("the window's status bar is told; the refused attempt told nothing").containsExactly(
                "Imported phone.vcf: 2 contacts, 1 organization, 0 deals (1 card failed). Edit \u2192 Undo takes it back.");
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(status.getScene(), "vcard-import-done"));
        java.util.List<com.funnelboard.domain.ContactSummary> stored = store.read(r -> r.contactProfiles().list(null, 10));
        assertThat(stored).extracting(c -> c.name()).containsExactlyInAnyOrder("Sally Kim", "Ida Berg");

        // A file that cannot be read at all (a binary file named .vcf) leaves Import off: it stayed on, and only said it again.
        Path binary = dir.resolve("binary.vcf");
        try {
            Files.write(binary, new byte[] {0, 1, 2, 0, 'B', 'E', 'G', 'I', 'N', 0, 0});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        robot.interact(() -> {
            status.getScene().getWindow().hide();
            ImportDialog.open(model, window, binary);
        });
        BoardUiTest.waitUntil(() -> robot.lookup("#vcard-import-preview").queryAs(Label.class).getText().startsWith("The cards could not be read ahead"));
        assertThat(robot.lookup("#vcard-import-start").queryButton().isDisabled()).isTrue();
    }
}
