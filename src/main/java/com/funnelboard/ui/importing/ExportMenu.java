package com.funnelboard.ui.importing;

import com.funnelboard.ui.common.Problems;
import java.nio.file.Path;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Export: one item for each of {@link ExportViewModel.What}. Each asks where to write (a CSV
 * or vCard file), writes in the background, and says in the status bar what it wrote; a failure
 * shows there too, and in the log.
 */
public final class ExportMenu {

    private final ExportViewModel model;
    private final Supplier<Window> owner;
    private final Consumer<String> status;
    private final Problems problems;

    public ExportMenu(ExportViewModel model, Supplier<Window> owner, Consumer<String> status, Problems problems) {
        this.model = model;
        this.owner = owner;
        this.status = status;
        this.problems = problems;
    }

    /** The Export submenu. */
    public Menu menu() {
        Menu export = new Menu("Export");
        export.setId("menu-export");
        for (ExportViewModel.What what : ExportViewModel.What.values()) {
            MenuItem item = new MenuItem(what.label());
            item.setId("export-" + what.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> export(what, null));
            export.getItems().add(item);
        }
        return export;
    }

    /** Asks for a file and exports {@code what} into it; vCards of only {@code contacts} when given (null: all). */
    public void export(ExportViewModel.What what, Collection<UUID> contacts) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(what.label().replace("\u2026", ""));
        chooser.setInitialFileName(contacts != null && contacts.size() == 1 ? "contact.vcf" : what.fileName());
        FileChooser.ExtensionFilter standard = new FileChooser.ExtensionFilter("CSV files", "*.csv");
        // Where numbers take a decimal comma the spreadsheet's own form comes first: a standard CSV opened by a double click put
        // every row in one column there.
        FileChooser.ExtensionFilter spreadsheet = new FileChooser.ExtensionFilter("CSV for a spreadsheet here (semicolons, decimal commas)",
                "*.csv");
        if (what.vcard()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("vCard files", "*.vcf"));
        } else if (model.spreadsheetForm()) {
            chooser.getExtensionFilters().addAll(spreadsheet, standard);
        } else {
            chooser.getExtensionFilters().add(standard);
        }
        java.io.File f = chooser.showSaveDialog(owner.get());
        if (f != null) {
            write(what, f.toPath(), contacts, chooser.getSelectedExtensionFilter() == spreadsheet);
        }
    }

    /** Writes the file in the background; the status bar says what came of it. */
    void write(ExportViewModel.What what, Path file, Collection<UUID> contacts) {
        write(what, file, contacts, false);
    }

    private void write(ExportViewModel.What what, Path file, Collection<UUID> contacts, boolean forSpreadsheet) {
        status.accept("Exporting to " + file.getFileName() + "\u2026");
        model.export(what, file, contacts, forSpreadsheet).whenComplete((sentence, e) -> {
            if (e == null) {
                problems.clear("export");
                status.accept(sentence);
            } else {
                status.accept("");
                problems.report("export", "The export to " + file + " was not written", e, () -> write(what, file, contacts, forSpreadsheet));
            }
        });
    }
}
