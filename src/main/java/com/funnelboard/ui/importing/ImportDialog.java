package com.funnelboard.ui.importing;

import com.funnelboard.ui.common.Problems;
import com.funnelboard.ui.common.SafeWrap;
import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.service.importing.CsvImport;
import com.funnelboard.service.importing.ImportOptions;
import com.funnelboard.service.importing.ImportResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Import… (or a file dropped on the window): the file's format and the program it comes
 * from, its first rows as they will be imported with a field to choose per column, the problems of
 * those rows, the duplicate policy, then the import with a progress bar and Cancel, and the result
 * with its counts and the problem report to save.
 */
public final class ImportDialog {

    private final ImportViewModel model;
    private final Window owner;
    private final Path file;
    /** The preview table, with the user's choice of field per column. */
    private final ColumnChoices columns = new ColumnChoices(this::refresh);
    /** The file's stage names, with the user's choice of stage for each. */
    private final StageChoices stages = new StageChoices(this::refresh);
    private final Dialog<Void> dialog = new Dialog<>();
    {
        com.funnelboard.ui.common.SafeWrap.guard(dialog.getDialogPane()); // right-to-left text never wrapped, before the first layout
        com.funnelboard.ui.common.ComboTypeAhead.install(dialog.getDialogPane()); // "e" picks contact.email among the fields
    }
    private final Label format = new Label();
    /** How dates not written year first are read: as the values (or the locale) tell, or as the user says. */
    private final javafx.scene.control.ChoiceBox<DateOrder> dateOrder = new javafx.scene.control.ChoiceBox<>();

    /** The choices of the Dates box. */
    private enum DateOrder {
        DETECTED("as the file's dates tell", null), DAY_FIRST("day first (31/12)", Boolean.TRUE),
        MONTH_FIRST("month first (12/31)", Boolean.FALSE);

        private final String label;
        private final Boolean dayFirst;

        DateOrder(String label, Boolean dayFirst) {
            this.label = label;
            this.dayFirst = dayFirst;
        }

        @Override
        public String toString() {
            return label;
        }
    }
    /** The currency of amounts that name none: the database's until the user picks another. */
    private final CurrencyChoice currency;
    private final ListView<String> problems = new ListView<>();
    /** "Problems in these rows" of the preview; once imported, of the whole file (it said "None." beside "79 values left out"). */
    private final Label problemsTitle = new Label("Problems in these rows");
    private final ChoiceBox<ImportOptions.OnDuplicate> policy = new ChoiceBox<>(FXCollections.observableArrayList(ImportOptions.OnDuplicate.values()));
    private final CheckBox skipInvalid = new CheckBox("Import anyway: skip rows that fail, leave out details that do not read");
    /** The file taken as an organizations file (name, industry, employees, website), whatever its headers say. */
    private final CheckBox asOrganizations = new CheckBox("This file lists organizations");
    /** A separate organizations file that fills the organizations the rows refer to. */
    private final CheckBox withOrganizations = new CheckBox("Fill the organizations from another file\u2026");
    private final Label organizationsName = new Label();
    private Path organizationsFile;
    /** The user's say on {@link #asOrganizations}; null until they tick or untick it (the headers decide). */
    private Boolean organizationsLayout;
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    /** Import, in the dialog's button bar beside Close, as every other dialog's main button is (it sat bottom-left). */
    private final Button start;
    private final Button stop = new Button("Cancel import");
    private final Button saveProblems = new Button("Save problem report…");
    /** What Import would do with the choices made: new and already stored, counted by a dry run. */
    private final DryRunLabel count = new DryRunLabel("import-count", "row", "Counting what Import would do\u2026",
            failure -> ""); // a file the import would refuse is said by the line above, with its row
    private ImportResult result;
    private MappingChoices mappings;

    /** The file's header, the fields' choices and about three rows. */
    static final double PREVIEW_MIN_HEIGHT = 150;
    /** The problems' title and about two of them. */
    static final double PROBLEMS_MIN_HEIGHT = 90;

    public ImportDialog(ImportViewModel model, Window owner, Path file) {
        this.model = model;
        this.owner = owner;
        this.file = file;
        this.currency = new CurrencyChoice(code -> {
            model.setCurrency(code);
            refresh();
        });
        dialog.initOwner(owner);
        dialog.setTitle("Import " + file.getFileName());
        dialog.setResizable(true);
        ButtonType importing = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importing, new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE));
        start = (Button) dialog.getDialogPane().lookupButton(importing);
        // The import runs with the dialog open (its progress, its result): the button does not close it.
        start.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            run();
        });
        dialog.getDialogPane().setId("import-dialog");
        policy.setValue(ImportOptions.OnDuplicate.UPDATE);
        policy.setConverter(ImportSentences.policyNames());
        problems.setId("import-problems");
        problems.setPrefHeight(110);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        stop.setVisible(false);
        saveProblems.setVisible(false);
        start.setId("import-start");
        // Wide enough for "Imported" as well: sized to "Import" with Close, it read "Impor…" once the import was done.
        ButtonBar.setButtonUniformSize(start, false);
        start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        start.setDefaultButton(true);
        saveProblems.setOnAction(e -> save());
        HBox.setHgrow(progress, Priority.ALWAYS);
        // The stage names sit beside the problems (a dialog that grows taller runs off smaller screens).
        problemsTitle.setId("import-problems-title");
        VBox problemsBox = new VBox(4, problemsTitle, problems);
        HBox.setHgrow(problemsBox, Priority.ALWAYS);
        VBox.setVgrow(problems, Priority.ALWAYS); // as tall as the stages beside it
        problems.setMaxHeight(Double.MAX_VALUE);
        // A problem in full, on as many lines as it takes (its advice is at its end), never cut at the list's edge.
        SafeWrap.wrapLines(problems);
        asOrganizations.setId("import-as-organizations");
        asOrganizations.setOnAction(e -> {
            organizationsLayout = asOrganizations.isSelected();
            withOrganizations.setDisable(organizationsLayout);
            refresh();
        });
        withOrganizations.setId("import-with-organizations");
        withOrganizations.setOnAction(e -> chooseOrganizations());
        organizationsName.getStyleClass().add("text-muted");
        asOrganizations.setTooltip(new javafx.scene.control.Tooltip("Its name column is the organization's; industry, employees "
                + "or size and website fill it; other columns are ignored"));
        withOrganizations.setTooltip(new javafx.scene.control.Tooltip("An organizations file (name, industry, employees, website) "
                + "read first: the rows' organizations take its details, matched by name; one import, one undo"));
        // One row for both (a taller dialog runs off 768-pixel screens).
        dateOrder.setId("import-date-order");
        dateOrder.getItems().setAll(DateOrder.values());
        dateOrder.setValue(DateOrder.DETECTED);
        dateOrder.setOnAction(e -> {
            model.setDayFirst(dateOrder.getValue().dayFirst);
            refresh();
        });
        Label datesLabel = new Label("Dates like 03/04:");
        HBox dates = new HBox(8, datesLabel, dateOrder);
        dates.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        dates.visibleProperty().bind(dateOrder.visibleProperty());
        dates.managedProperty().bind(dateOrder.visibleProperty());
        dateOrder.setVisible(false);
        Label storedLabel = new Label("Already stored:");
        storedLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox stored = new HBox(8, storedLabel, policy);
        stored.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        MappingChoices mappings = new MappingChoices(model, dialog.getOwner(), chosen -> {
            columns.chosen().clear();
            columns.chosen().putAll(chosen);
            refresh();
        }, said -> {
            status.textProperty().unbind(); // an import's progress messages are over
            status.setText(said);
        });
        this.mappings = mappings;
        HBox problemsRow = new HBox(12, problemsBox, stages.box());
        VBox.setVgrow(problemsRow, Priority.ALWAYS); // a taller window shows more problems
        // The saved column choices beside the file's format, over the columns they choose.
        Region apart = new Region();
        HBox.setHgrow(apart, Priority.ALWAYS);
        // The format in full, on a second line where the saved choices leave it no room (how the dates were read was cut off).
        format.setId("import-format");
        SafeWrap.wrap(format);
        format.setMinHeight(Region.USE_PREF_SIZE);
        format.setMinWidth(200);
        HBox top = new HBox(12, format, apart, mappings.box());
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(8, top, columns.table(), problemsRow,
                new HBox(16, asOrganizations, withOrganizations, organizationsName), new HBox(24, stored, currency.box()), count.label(), dates,
                skipInvalid,
                new HBox(8, progress, stop), status, saveProblems);
        content.setPadding(new Insets(12));
        SafeWrap.wrap(status); // a result or a refusal in full, never cut
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        saveProblems.managedProperty().bind(saveProblems.visibleProperty()); // no empty row under the result before there is one
        content.setPrefWidth(900);
        // The preview and the problems take the height the screen has, down to a few rows each; on a shorter screen the
        // form scrolls, and Import, Close and the window's title stay in sight (the window kept the height of the empty
        // form it opened with, and the file's preview cut its rows, its problems and Close off at 768 pixels).
        columns.table().setMinHeight(PREVIEW_MIN_HEIGHT);
        VBox.setVgrow(columns.table(), Priority.SOMETIMES);
        problemsRow.setMinHeight(PROBLEMS_MIN_HEIGHT);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setId("import-form");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        dialog.getDialogPane().setContent(scroll);
        com.funnelboard.ui.common.DialogFit.follow(dialog); // as tall as the file's preview asks, within the screen
        // Ticked, the preview shows the rows that fail as the import will skip them (a file refused at a row could not be imported here).
        skipInvalid.selectedProperty().addListener((o, was, now) -> refresh());
        policy.valueProperty().addListener((o, was, now) -> recount());
        dialog.setOnHidden(e -> count.stop());
        refresh();
    }

    /** Counts again what Import would do, the dry run under way (if any) stopped. */
    private void recount() {
        if (start.isDisabled() && result != null) {
            return; // imported: the result says what was done
        }
        count.start(model.count(file, columns.chosen(), stages.chosen(), policy.getValue(), skipInvalid.isSelected(), organizationsLayout,
                asOrganizations.isSelected() ? null : organizationsFile));
    }

    public void show() {
        dialog.show();
        // Wide enough for several of the file's columns side by side (the window came up 600 wide on a
        // 1366-pixel screen), never wider than the screen.
        double room = javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 40;
        if (dialog.getWidth() < 940 && room > dialog.getWidth()) {
            dialog.setWidth(Math.min(940, room));
            if (owner != null) {
                dialog.setX(owner.getX() + Math.max(0, (owner.getWidth() - dialog.getWidth()) / 2));
            }
        }
        com.funnelboard.ui.common.DialogFit.onScreen(dialog.getDialogPane().getScene().getWindow()); // its title and its buttons in sight
    }

    /** Opens the dialog a file needs: the vCard import for a vCard file (where this window takes them), else this wizard. */
    public static void open(ImportViewModel model, Window owner, Path file) {
        if (model.takesVcards() && ImportViewModel.isVcard(file)) {
            new VcardImportDialog(model, owner, file).show();
        } else {
            new ImportDialog(model, owner, file).show();
        }
    }

    /** Asks for a file and opens the dialog on it. */
    public static void chooseAndShow(ImportViewModel model, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(model.takesVcards() ? "Import a CSV or vCard file" : "Import a CSV file");
        if (model.takesVcards()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV and vCard files", "*.csv", "*.txt", "*.tsv", "*.vcf",
                    "*.vcard"));
        }
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        java.io.File f = chooser.showOpenDialog(owner);
        if (f != null) {
            open(model, owner, f.toPath());
        }
    }

    /** Asks for the organizations file when the box is ticked; unticked, or no file chosen, there is none. */
    private void chooseOrganizations() {
        organizationsFile = null;
        if (withOrganizations.isSelected()) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose the organizations file (name, industry, employees, website)");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt", "*.tsv"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            java.io.File f = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            organizationsFile = f == null ? null : f.toPath();
        }
        withOrganizations.setSelected(organizationsFile != null);
        organizationsName.setText(organizationsFile == null ? "" : organizationsFile.getFileName().toString());
        recount();
    }

    private void refresh() {
        model.preview(file, columns.chosen(), stages.chosen(), organizationsLayout, skipInvalid.isSelected()).whenComplete((p, e) -> {
            if (e != null) {
                Throwable t = Problems.unwrap(e);
                // A row that cannot be read refuses the file until "Import anyway" skips such rows (the box did nothing here).
                boolean atRow = t instanceof com.funnelboard.service.importing.ImportRefusedException r && r.row() > 0;
                format.setText(message(e) + (atRow && !skipInvalid.isSelected()
                        ? " Tick \u201CImport anyway\u201D below to import the other rows without it." : ""));
                start.setDisable(true);
                count.stop();
                return;
            }
            show(p);
            recount();
        });
        model.stages(file, columns.chosen(), stages.chosen(), organizationsLayout)
                .whenComplete((found, e) -> stages.show(e == null ? found : Map.of()));
    }

    private void show(CsvImport.Preview p) {
        asOrganizations.setSelected(p.layout() == com.funnelboard.domain.importing.HeaderMatcher.Layout.ORGANIZATIONS);
        withOrganizations.setDisable(asOrganizations.isSelected());
        String told = p.formats().summary();
        currency.show(p);
        // The order of a file's dates is asked only where it has some written day and month in numbers.
        dateOrder.setVisible(dateOrder.getValue() != DateOrder.DETECTED
                || p.formats().dates().values().stream().anyMatch(s -> !s.pattern().startsWith("yyyy") && !s.pattern().contains("MMM")));
        format.setText(file.getFileName() + ": " + p.format() + (p.layout().phrase().isEmpty() ? "" : " — " + p.layout().phrase())
                + (told.isEmpty() ? "" : " · " + told));
        // Which column was read how, in full (the line above names the formats only).
        format.setTooltip(told.isEmpty() ? null : new javafx.scene.control.Tooltip("Read as the file writes them:\n"
                + String.join("\n", p.formats().describe(p.headers()))));
        columns.show(p);
        mappings.show(p);
        List<String> lines = ImportSentences.previewProblems(p.rows());
        problems.setItems(FXCollections.observableArrayList(lines.isEmpty() ? List.of("None.") : lines));
    }

    private void run() {
        count.stop();
        start.setDisable(true);
        ImportViewModel.ImportTask task = model.start(file, Map.copyOf(columns.chosen()), Map.copyOf(stages.chosen()), policy.getValue(),
                skipInvalid.isSelected(), organizationsLayout, asOrganizations.isSelected() ? null : organizationsFile);
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        progress.setVisible(true);
        stop.setVisible(true);
        CancelImportButton.arm(stop, task::stop);
        Runnable done = () -> {
            progress.progressProperty().unbind();
            status.textProperty().unbind();
            stop.setVisible(false);
            start.setDisable(false);
        };
        task.setOnSucceeded(e -> {
            done.run();
            result = task.getValue();
            String said = ImportSentences.describe(result, skipInvalid.isSelected());
            if (!result.problems().isEmpty()) {
                // The count whole beside the title (the report saved below holds every one); each line in the import's own words.
                problemsTitle.setText(String.format(java.util.Locale.ROOT, "Problems in the file (%,d)", result.problemCount()));
                problems.setItems(FXCollections.observableArrayList(result.problems().stream().map(p -> p.where("Row") + ": " + p.reason())
                        .toList()));
            }
            status.setText(task.stopAsked() && result.imported() ? ImportViewModel.endedBeforeStopping(said) : said);
            saveProblems.setVisible(result.problemCount() > 0);
            if (result.imported()) {
                start.setDisable(true); // imported: a second click would only import the same rows again
                start.setText("Imported");
            }
            progress.setVisible(false); // done either way: a full bar beside "Nothing was imported" read as success
            com.funnelboard.ui.common.DialogFit.fit(dialog); // room for the result's lines, within the screen
        });
        task.setOnFailed(e -> {
            done.run();
            Throwable t = task.getException();
            status.setText(t instanceof CancellationException ? "Import cancelled; nothing was imported." : message(t));
            progress.setVisible(false);
        });
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the problem report");
        chooser.setInitialFileName("import-problems.csv");
        java.io.File f = chooser.showSaveDialog(owner);
        if (f != null && result != null) {
            model.saveProblems(f.toPath(), result).whenComplete((v, e) -> status.setText(e == null ? "Saved the problem report to " + f + "."
                    : message(e)));
        }
    }

    private static String message(Throwable e) {
        Throwable t = Problems.unwrap(e);
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
