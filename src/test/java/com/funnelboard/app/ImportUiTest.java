package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.ImportField;
import com.funnelboard.service.CsvExport;
import com.funnelboard.service.importing.CsvImport;
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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The import dialog: the mapped preview with its problems, then the import with its result. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ImportUiTest {

    @TempDir
    Path dir;

    Store store;
    ExecutorService background = Executors.newSingleThreadExecutor();

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        store = Fixtures.store(dir);
        Path csv = dir.resolve("leads.csv");
        Files.writeString(csv, "Full Name;E-mail;Company;Deal Value;Stage\nIda Berg;ida@nordwind.example;Nordwind AB;12500;Closed Won\n"
                + "Bo Chen;not-an-address;Isdom;3;Closed Won\nCy Diaz;cy@isdom.example;Isdom;7;Verbal yes\n");
        openDialog(store, stage, csv, background);
    }

    /** The import dialog on {@code csv}, over a small window, reading the file on {@code background}; a British user's, in euros. */
    static void openDialog(Store store, javafx.stage.Stage stage, Path csv, java.util.concurrent.Executor background) {
        ImportViewModel model = new ImportViewModel(new CsvImport(store, Locale.UK, "EUR", new DuplicateFinder("GB")), new CsvExport(store),
                new UiExecutors(background, Platform::runLater));
        model.setSavedMappings(new com.funnelboard.service.importing.SavedMappings(store));
        com.funnelboard.testing.AppWindow.owner(stage);
        new ImportDialog(model, stage, csv).show();
    }

    @AfterEach
    void close() {
        background.shutdownNow();
        store.close();
    }

    @Test
    void thePreviewIsMappedTheStagesChosenAndTheImportReportsItsResult(FxRobot robot) {
        BoardUiTest.waitUntil(() -> robot.lookup(".table-view .combo-box").queryAll().size() == 5);
        // How the file was read is whole, on two lines in a narrow dialog, never cut beside the saved column choices.
        javafx.scene.control.Label format = robot.lookup("#import-format").queryAs(javafx.scene.control.Label.class);
        BoardUiTest.waitUntil(() -> format.getText().contains("semicolons"));
        javafx.stage.Window dialog = format.getScene().getWindow();
        double wide = dialog.getWidth();
        robot.interact(() -> dialog.setWidth(760));
        robot.interact(() -> { });
        assertThat(format.isTextTruncated()).as(format.getText()).isFalse();
        assertThat(format.getHeight()).as("on two lines").isGreaterThan(format.getFont().getSize() * 2);
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(format.getScene(), "import-narrow"));
        robot.interact(() -> dialog.setWidth(wide));
        assertThat(robot.lookup(".table-view .combo-box").queryAllAs(ComboBox.class)).extracting(c -> c.getValue())
                .containsExactly(ImportField.CONTACT_NAME, ImportField.CONTACT_EMAIL, ImportField.ORGANIZATION_NAME, ImportField.DEAL_VALUE,
                        ImportField.DEAL_STAGE);
        assertThat(robot.lookup(".table-view .combo-box").queryAllAs(ComboBox.class)).extracting(c -> c.getConverter().toString(c.getValue()))
                .as("named in words, not by their keys").containsExactly("Contact: name", "Contact: e-mail", "Organization: name",
                        "Deal: value", "Deal: stage");
        // Column choices saved by name come back: Save as… keeps the columns as shown, and the saved name puts them back
        // after a change (the dialog forgot them, and only the command line could save and use them).
        robot.clickOn("#import-mapping-save");
        BoardUiTest.waitUntil(() -> robot.lookup(".text-input-dialog .text-field").tryQuery().isPresent());
        robot.clickOn(".text-input-dialog .text-field").write("Leads sheet");
        robot.clickOn(robot.lookup(".text-input-dialog .button").match((javafx.scene.control.Button b) -> "OK".equals(b.getText())).queryButton());
        var saved = new com.funnelboard.service.importing.SavedMappings(store);
        BoardUiTest.waitUntil(() -> saved.find("Leads sheet").isPresent());
        assertThat(saved.find("Leads sheet").orElseThrow()).containsEntry("Company", ImportField.ORGANIZATION_NAME)
                .containsEntry("Deal Value", ImportField.DEAL_VALUE);
        java.util.function.Supplier<ComboBox<ImportField>> company = () -> {
            @SuppressWarnings("unchecked")
            ComboBox<ImportField> c = (ComboBox<ImportField>) robot.lookup(".table-view .combo-box").queryAllAs(ComboBox.class).stream()
                    .skip(2).findFirst().orElseThrow();
            return c;
        };
        robot.interact(() -> company.get().setValue(ImportField.IGNORE));
        BoardUiTest.waitUntil(() -> company.get().getValue() == ImportField.IGNORE);
        @SuppressWarnings("unchecked")
        ComboBox<String> mappingChoice = robot.lookup("#import-mapping").queryAs(ComboBox.class);
        BoardUiTest.waitUntil(() -> mappingChoice.getItems().contains("Leads sheet"));
        robot.interact(() -> {
            mappingChoice.setValue(null);
            mappingChoice.setValue("Leads sheet");
        });
        BoardUiTest.waitUntil(() -> company.get().getValue() == ImportField.ORGANIZATION_NAME);
        // The file has amounts: the currency of its bare ones is asked, the database's chosen.
        @SuppressWarnings("unchecked")
        ComboBox<String> currency = robot.lookup("#import-currency").queryAs(ComboBox.class);
        BoardUiTest.waitUntil(() -> currency.isVisible() && "EUR".equals(currency.getValue()));
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#import-problems").queryAs(ListView.class);
        BoardUiTest.waitUntil(() -> problems.getItems().size() == 2);
        assertThat(problems.getItems()).as("Bo's address is a detail; Cy's stage is not").filteredOn(l -> l.contains("without it"))
                .singleElement().asString().startsWith("Row 3, E-mail").endsWith("— with \u201CImport anyway\u201D ticked, the row is imported without it");

        // The file's stage names with their counts: Closed Won is ours, Verbal yes is for the user to choose.
        BoardUiTest.waitUntil(() -> robot.lookup("#import-stages .choice-box").queryAll().size() == 2);
        assertThat(robot.lookup("#import-stages .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsSubsequence("Closed Won", "2 deals", "Verbal yes", "1 deal");
        java.util.List<javafx.scene.control.ChoiceBox<Stage>> choices = new java.util.ArrayList<>();
        for (javafx.scene.Node n : robot.lookup("#import-stages .choice-box").queryAll()) {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ChoiceBox<Stage> box = (javafx.scene.control.ChoiceBox<Stage>) n;
            choices.add(box);
        }
        assertThat(choices).extracting(javafx.scene.control.ChoiceBox::getValue).containsExactly(Stage.WON, null);
        robot.interact(() -> {
            choices.get(1).requestFocus();
            choices.get(1).setValue(Stage.OPPORTUNITY);
        });
        BoardUiTest.waitUntil(() -> problems.getItems().size() == 1 && problems.getItems().getFirst().startsWith("Row 3, E-mail"));
        // The stage rows are made again as the file is read again: the keyboard stays on the choice just made (it went to Close).
        BoardUiTest.waitUntil(() -> problems.getScene().getFocusOwner() instanceof javafx.scene.control.ChoiceBox<?> box
                && box != choices.get(1) && box.getValue() == Stage.OPPORTUNITY);
        // Making the window taller gives the room to the problems (within the screen: the headless one fails a window past it).
        javafx.stage.Window dialogWindow = problems.getScene().getWindow();
        double shortList = problems.getHeight();
        double shortWindow = dialogWindow.getHeight();
        double screen = javafx.stage.Screen.getPrimary().getBounds().getHeight();
        double taller = Math.min(shortWindow + 200, screen - 10);
        assertThat(taller - shortWindow).as("room to grow on the test screen").isGreaterThan(60);
        robot.interact(() -> {
            dialogWindow.setY(0);
            dialogWindow.setHeight(taller);
        });
        UiRobot.settle();
        assertThat(problems.getHeight()).as("the problems' list in a taller window").isGreaterThan(shortList + (taller - shortWindow) - 40);
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(problems.getScene(), "import-dialog-taller"));
        robot.interact(() -> dialogWindow.setHeight(shortWindow));

        // A code typed and entered is the file's currency; Enter there does not also press Import.
        robot.doubleClickOn("#import-currency").eraseText(3).write("nok").type(javafx.scene.input.KeyCode.ENTER);
        BoardUiTest.waitUntil(() -> "NOK".equals(currency.getValue()));
        UiRobot.settle();
        assertThat(robot.lookup(n -> n instanceof Labeled l && l.getText() != null && (l.getText().startsWith("Imported")
                || l.getText().contains("was imported"))).tryQuery()).as("no import run by the Enter").isEmpty();

        // Without the box the file is refused: nothing is imported, and no full progress bar stands beside that.
        robot.clickOn("#import-start");
        BoardUiTest.waitUntil(() -> robot.lookup(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith("Nothing was imported"))
                .tryQuery().isPresent());
        javafx.scene.Parent dialogRoot = robot.lookup("#import-start").query().getScene().getRoot();
        java.util.Set<javafx.scene.control.ProgressBar> bars = robot.from(dialogRoot).lookup(".progress-bar").queryAllAs(javafx.scene.control.ProgressBar.class);
        assertThat(bars).isNotEmpty().noneMatch(javafx.scene.Node::isVisible);

        robot.clickOn("Import anyway: skip rows that fail, leave out details that do not read");
        // What Import would do is said first, counted by a dry run with the choices made (nothing is stored yet).
        javafx.scene.control.Label count = robot.lookup("#import-count").queryAs(javafx.scene.control.Label.class);
        // The count of the choices before the box (a row failing) may stand a moment, until the dry run with the box is in.
        String expected = "In the file: 3 rows \u2014 3 new contacts, 2 new organizations, 3 new deals.";
        BoardUiTest.waitUntil(() -> count.getText().equals(expected), count::getText);
        long none = store.read(r -> r.contactProfiles().list(null, 10).size());
        assertThat(none).isZero();
        robot.clickOn("#import-start");
        BoardUiTest.waitUntil(() -> robot.lookup(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith("Imported 3 rows"))
                .tryQuery().isPresent());
        javafx.scene.control.Button start = robot.lookup("#import-start").queryAs(javafx.scene.control.Button.class);
        assertThat(start.isDisabled()).as("imported: not offered twice").isTrue();
        assertThat(start.getText()).isEqualTo("Imported");
        BoardUiTest.waitUntil(() -> start.getWidth() >= start.prefWidth(-1) - 0.5); // whole: it read "Impor…"
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(start.getScene(), "import-done"));
        // Bo's address does not parse: Bo's row is imported without it, and the result says so.
        assertThat(robot.lookup(n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith("Imported 3 rows")).queryLabeled()
                .getText()).contains("1 value left out (its row was imported)");
        // The problems list says the import's own, where it kept the preview's ("None." beside "79 values left out").
        assertThat(robot.lookup("#import-problems-title").queryLabeled().getText()).isEqualTo("Problems in the file (1)");
        assertThat(robot.lookup("#import-problems-title").queryLabeled().isTextTruncated()).isFalse();
        assertThat(problems.getItems()).singleElement().asString().startsWith("Row 3, E-mail").doesNotContain("Import anyway");
        assertThat(store.read(r -> r.contactProfiles().list(null, 10)).size()).isEqualTo(3);
        long deals = store.read(r -> r.deals().count());
        assertThat(deals).isEqualTo(3);
        assertThat(store.read(r -> r.board().totals()).get(Stage.OPPORTUNITY).getFirst().count()).isEqualTo(1);
        assertThat(store.read(r -> r.board().page(Stage.WON, 0, 10)).getFirst().value().currency()).as("in the currency chosen").isEqualTo("NOK");
    }
}
