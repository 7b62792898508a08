package com.funnelboard.app;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.service.CsvExport;
import com.funnelboard.service.VcardExport;
import com.funnelboard.service.importing.CsvImport;
import com.funnelboard.service.importing.VcardImport;
import com.funnelboard.store.Store;
import com.funnelboard.ui.common.Problems;
import com.funnelboard.ui.common.UiExecutors;
import com.funnelboard.ui.contact.ContactsView;
import com.funnelboard.ui.importing.ExportMenu;
import com.funnelboard.ui.importing.ExportViewModel;
import com.funnelboard.ui.importing.ImportDialog;
import com.funnelboard.ui.importing.ImportViewModel;
import com.funnelboard.ui.shell.MainView;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The window's imports and exports, wired: File → Import… (and a file dropped on the window) for CSV
 * and vCard files, File → Export, and the Contacts page's "Export vCards…".
 */
final class ImportExportMenus {

    private final ExportMenu exports;
    private final ImportViewModel imports;

    ImportExportMenus(Store store, Locale locale, Supplier<String> currency, UiExecutors executors, Problems problems,
            Consumer<String> status, Supplier<Window> owner) {
        DuplicateFinder finder = new DuplicateFinder(locale.getCountry());
        CsvExport csv = new CsvExport(store);
        exports = new ExportMenu(new ExportViewModel(csv, new VcardExport(store), executors, locale), owner, status, problems);
        imports = new ImportViewModel(new CsvImport(store, locale, currency, finder), csv, executors, new VcardImport(store, finder));
        imports.setSavedMappings(new com.funnelboard.service.importing.SavedMappings(store));
        imports.setOnImported(status); // what an import did, in the status bar, where the last undo's words stayed
    }

    /** The Contacts page's action, before the page is built. */
    void onContactsPage(ContactsView contacts) {
        contacts.setExportSelected(ids -> exports.export(ExportViewModel.What.CONTACTS_VCARD, ids));
    }

    /** The File menu's items and the window's drop of a file. */
    void install(MainView main, Supplier<Window> owner) {
        main.menu().addToFile(exports.menu()); // first, so that Import… comes above it
        main.enableImport(file -> {
            if (file == null) {
                ImportDialog.chooseAndShow(imports, owner.get());
            } else {
                ImportDialog.open(imports, owner.get(), file);
            }
        });
    }
}
