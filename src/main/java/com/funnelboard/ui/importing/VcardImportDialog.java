package com.funnelboard.ui.importing;

import com.funnelboard.ui.common.SafeWrap;
import com.funnelboard.service.importing.ImportOptions;
import com.funnelboard.service.importing.ImportResult;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File → Import… with a vCard file (or one dropped on the window): what to do with contacts already
 * stored, then the import with progress and Cancel, and what came of it — the counts, and the
 * addresses or numbers left out of their cards. One change set: Edit → Undo takes it back.
 */
final class VcardImportDialog {

    private final ImportViewModel model;
    private final Path file;
    private final Dialog<Void> dialog = new Dialog<>();
    {
        com.funnelboard.ui.common.SafeWrap.guard(dialog.getDialogPane()); // right-to-left text never wrapped, before the first layout
    }
    private final ChoiceBox<ImportOptions.OnDuplicate> policy = new ChoiceBox<>(FXCollections.observableArrayList(ImportOptions.OnDuplicate.values()));
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    /** What the file holds and what Import would do with it, read before anything is imported. */
    private final DryRunLabel preview = new DryRunLabel("vcard-import-preview", "card", "Reading the cards\u2026", this::unreadable);
    private final ListView<String> leftOut = new ListView<>();
    private final javafx.scene.control.CheckBox skipInvalid = new javafx.scene.control.CheckBox("Import the other cards when some are damaged");
    private final Button start = new Button("Import");
    private final Button stop = new Button("Cancel import");

    VcardImportDialog(ImportViewModel model, Window owner, Path file) {
        this.model = model;
        this.file = file;
        dialog.initOwner(owner);
        dialog.setTitle("Import " + file.getFileName());
        dialog.setResizable(true);
        dialog.getDialogPane().setId("vcard-import-dialog");
        dialog.getDialogPane().getButtonTypes().add(new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE));
        policy.setValue(ImportOptions.OnDuplicate.UPDATE);
        policy.setConverter(ImportSentences.policyNames());
        skipInvalid.setId("vcard-import-skip-invalid");
        start.setId("vcard-import-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> run());
        stop.setVisible(false);
        progress.setVisible(false);
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        status.setId("vcard-import-status");
        SafeWrap.wrap(status);
        leftOut.setId("vcard-import-left-out");
        leftOut.setPrefHeight(140);
        SafeWrap.wrapLines(leftOut);
        leftOut.setVisible(false);
        leftOut.managedProperty().bind(leftOut.visibleProperty());
        // Said what the list is: under Import, its lines read as the import's result before it ran.
        Label leftOutTitle = new Label("Left out of the contacts, and cards that cannot be read:");
        leftOutTitle.setId("vcard-import-left-out-title");
        leftOutTitle.visibleProperty().bind(leftOut.visibleProperty());
        leftOutTitle.managedProperty().bind(leftOut.visibleProperty());
        VBox content = new VBox(10, new Label("Contacts from the vCards in " + file.getFileName()
                + ": names, e-mail addresses, phone numbers, job titles, organizations, notes and categories (photos are not kept)."),
                preview.label(), new HBox(8, new Label("Already stored:"), policy), skipInvalid, new HBox(8, start, progress, stop), status, leftOutTitle, leftOut);
        Label intro = (Label) content.getChildren().getFirst();
        SafeWrap.wrap(intro);
        // Wrapped labels take the lines they need; the dialog grows to show the result (see done).
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.managedProperty().bind(status.textProperty().isNotEmpty()); // no empty line between Import and the list
        // What the import would leave out is listed before it runs, as the CSV wizard's preview lists it (a card's birthday, a
        // fax number, a home address were told only once they were gone).
        preview.whenRead(this::listLeftOut);
        policy.valueProperty().addListener((o, was, now) -> preview.start(model.previewVcard(file, now)));
        dialog.setOnHidden(e -> preview.stop());
        preview.start(model.previewVcard(file, policy.getValue()));
        content.setPadding(new Insets(4));
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
    }

    /**
     * Said when the cards cannot be read ahead: a file that cannot be read (a binary file named .vcf)
     * is not imported either — Import stayed on, and said it again.
     */
    private String unreadable(Throwable e) {
        start.setDisable(true);
        skipInvalid.setDisable(true);
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return "The cards could not be read ahead: " + (cause.getMessage() != null ? cause.getMessage() : String.valueOf(e));
    }

    void show() {
        dialog.setOnShown(e -> start.requestFocus()); // Enter imports; the focus would be on Close
        dialog.show();
    }

    private void run() {
        preview.stop();
        ImportViewModel.VcardTask task = model.startVcard(file, policy.getValue(), skipInvalid.isSelected());
        setEditable(false);
        progress.setVisible(true);
        stop.setVisible(true);
        CancelImportButton.arm(stop, task::stop);
        status.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            done(task.getValue(), null);
            if (task.stopAsked() && task.getValue().imported()) {
                status.setText(ImportViewModel.endedBeforeStopping(status.getText()));
            }
        });
        task.setOnFailed(e -> done(null, task.getException()));
    }

    private void done(ImportResult r, Throwable failure) {
        status.textProperty().unbind();
        progress.setVisible(false);
        stop.setVisible(false);
        if (r == null) {
            status.setText(failure instanceof CancellationException ? "Import cancelled; nothing was imported."
                    : failure.getMessage() == null ? failure.toString() : failure.getMessage());
            setEditable(true);
            return;
        }
        // Refused for its damaged cards: they are listed, and the import can run again with the others.
        setEditable(!r.imported() && r.failedRows() > 0);
        status.setText(describe(r));
        listLeftOut(r);
    }

    /** The cards' problems and what is left out of them, a line each, under the result (or the dry run's count). */
    private void listLeftOut(ImportResult r) {
        leftOut.getItems().setAll(r.problems().stream().map(p -> p.where("Card") + ": " + p.reason()).toList());
        leftOut.setVisible(!r.problems().isEmpty());
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private void setEditable(boolean editable) {
        start.setDisable(!editable);
        policy.setDisable(!editable);
        skipInvalid.setDisable(!editable);
    }

    static String describe(ImportResult r) {
        if (!r.imported() && r.failedRows() > 0 && !r.dryRun()) {
            return String.format(Locale.ROOT, "%,d of %,d cards %s damaged: nothing was imported. Fix the file, or tick \u201CImport the other "
                    + "cards when some are damaged\u201D and import again.", r.failedRows(), r.rows(), r.failedRows() == 1 ? "is" : "are");
        }
        String counts = String.format(Locale.ROOT, "%,d cards: contacts %,d created, %,d updated, %,d skipped · organizations %,d created",
                r.rows(), r.contacts().created(), r.contacts().updated(), r.contacts().skipped(), r.organizations().created());
        String failed = r.failedRows() == 0 ? "" : String.format(Locale.ROOT, " · %,d damaged %s not imported", r.failedRows(),
                r.failedRows() == 1 ? "card" : "cards");
        return counts + failed + (r.imported() ? ". Edit → Undo takes the whole import back." : ".");
    }
}
