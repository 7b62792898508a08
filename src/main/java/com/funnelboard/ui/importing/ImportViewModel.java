package com.funnelboard.ui.importing;

import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.ImportField;
import com.funnelboard.service.CsvExport;
import com.funnelboard.service.importing.CsvImport;
import com.funnelboard.service.importing.ImportOptions;
import com.funnelboard.service.importing.ImportResult;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;

/**
 * The import wizard's state and work: the preview of a file with the columns as mapped (read in
 * the background), and the import itself as a cancellable background task with progress.
 */
public final class ImportViewModel {

    /** Rows the preview shows. */
    static final int PREVIEW_ROWS = 20;

    private final CsvImport csv;
    private final CsvExport exports;
    private final UiExecutors executors;
    private final com.funnelboard.service.importing.VcardImport vcards;
    /** Column choices saved by name on this installation (null: none offered). */
    private com.funnelboard.service.importing.SavedMappings mappings;

    public ImportViewModel(CsvImport csv, CsvExport exports, UiExecutors executors) {
        this(csv, exports, executors, null);
    }

    /** @param vcards imports vCard files (null: this window offers CSV only) */
    public ImportViewModel(CsvImport csv, CsvExport exports, UiExecutors executors, com.funnelboard.service.importing.VcardImport vcards) {
        this.csv = csv;
        this.exports = exports;
        this.executors = executors;
        this.vcards = vcards;
    }

    /** Offers the column choices saved by name (as {@code import csv --save-mapping} saves them) in the dialog. */
    public void setSavedMappings(com.funnelboard.service.importing.SavedMappings mappings) {
        this.mappings = mappings;
    }

    /** Whether column choices can be saved and used again here. */
    public boolean savesMappings() {
        return mappings != null;
    }

    /** The names of the saved column choices, read in the background. */
    public CompletableFuture<List<String>> mappingNames() {
        return executors.supply(mappings::names);
    }

    /** The column choices saved as {@code name}, header by header (empty when there are none by that name). */
    public CompletableFuture<Map<String, ImportField>> mapping(String name) {
        return executors.supply(() -> mappings.find(name).orElse(Map.of()));
    }

    /** Saves the column choices as {@code name}, replacing any of that name. */
    public CompletableFuture<Void> saveMapping(String name, Map<String, ImportField> columns) {
        Map<String, ImportField> copy = Map.copyOf(columns);
        return executors.supply(() -> {
            mappings.save(name, copy);
            return null;
        });
    }

    /** Whether vCard files can be imported here. */
    public boolean takesVcards() {
        return vcards != null;
    }

    /** What importing a vCard file with {@code policy} would do: a dry run in the background, nothing written. */
    public DryRun previewVcard(Path file, ImportOptions.OnDuplicate policy) {
        AtomicBoolean stopped = new AtomicBoolean();
        return new DryRun(executors.supply(() -> vcards.run(file, policy, true, true, n -> { }, stopped::get)), () -> stopped.set(true));
    }

    /**
     * What importing a CSV file with these choices would do: a dry run in the background (the rows
     * read, matched and counted as the import does, in a transaction rolled back), nothing written;
     * null for a file larger than {@link #COUNT_LIMIT}.
     */
    public DryRun count(Path file, Map<String, ImportField> columns, Map<String, Stage> stages, ImportOptions.OnDuplicate policy,
            boolean skipInvalid, Boolean organizations, Path organizationsFile) {
        if (tooLargeToCount(file)) {
            return null;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        ImportOptions o = new ImportOptions(Map.copyOf(columns), Map.copyOf(stages), policy, true, skipInvalid, null, organizations)
                .withDayFirst(dayFirst).withCurrency(currency);
        return new DryRun(executors.supply(() -> csv.run(file, o, organizationsFile, (bytes, size, rows) -> { }, stopped::get)),
                () -> stopped.set(true));
    }

    /**
     * The largest file counted before its import (about 50,000 rows): a dry run holds the database's
     * writing for as long as the import would, and the window's own saves would wait behind it.
     */
    static final long COUNT_LIMIT = 10L * 1024 * 1024;

    private static boolean tooLargeToCount(Path file) {
        try {
            return java.nio.file.Files.size(file) > COUNT_LIMIT;
        } catch (java.io.IOException e) {
            return true; // the preview says why it cannot be read
        }
    }

    /**
     * A dry run of an import under way: its result, and a way to stop it at its next hundred cards or
     * chunk of rows (its result then fails with a {@link java.util.concurrent.CancellationException}).
     * A dialog stops it when a choice changes, when Import starts (a large file's dry run would
     * otherwise read on beside the import) and when it closes.
     */
    public record DryRun(CompletableFuture<ImportResult> result, Runnable stop) {

        /** Whether {@code failure} is only this preview having been stopped. */
        public static boolean stopped(Throwable failure) {
            Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            return t instanceof java.util.concurrent.CancellationException;
        }
    }

    /** What the result says when Cancel came after the import had ended (its commit made): it stands, and Undo takes it back. */
    public static String endedBeforeStopping(String result) {
        return "The import had ended before it could stop: " + result + " Undo (Ctrl+Z) takes the whole import back.";
    }

    /** Starts the import of a vCard file in the background, cancellable between cards. */
    public VcardTask startVcard(Path file, ImportOptions.OnDuplicate policy, boolean skipInvalid) {
        VcardTask task = new VcardTask(vcards, file, policy, skipInvalid);
        tellWhenImported(task, file, "card");
        executors.background().execute(task);
        return task;
    }

    private java.util.function.Consumer<String> onImported = said -> {};

    /** Told, on the FX thread, what an import that imported something did (the window's status bar says it). */
    public void setOnImported(java.util.function.Consumer<String> said) {
        this.onImported = java.util.Objects.requireNonNull(said);
    }

    private void tellWhenImported(Task<ImportResult> task, Path file, String rowWord) {
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            ImportResult r = task.getValue();
            if (r != null && r.imported()) {
                onImported.accept(importedSentence(r, file, rowWord));
            }
        });
    }

    /** "Imported phone.vcf: 2 contacts, 1 organization, 0 deals (1 card failed). Edit → Undo takes it back." */
    static String importedSentence(ImportResult r, Path file, String rowWord) {
        long contacts = r.contacts().created() + r.contacts().updated();
        long organizations = r.organizations().created() + r.organizations().updated();
        long deals = r.deals().created() + r.deals().updated();
        return String.format(java.util.Locale.ROOT, "Imported %s: %,d %s, %,d %s, %,d %s%s. Edit \u2192 Undo takes it back.", file.getFileName(),
                contacts, contacts == 1 ? "contact" : "contacts", organizations, organizations == 1 ? "organization" : "organizations", deals,
                deals == 1 ? "deal" : "deals", r.failedRows() == 0 ? "" : String.format(java.util.Locale.ROOT, " (%,d %s%s failed)", r.failedRows(),
                        rowWord, r.failedRows() == 1 ? "" : "s"));
    }

    /** Imports a vCard file in one transaction; cancelled, it is rolled back and fails with a {@link java.util.concurrent.CancellationException}. */
    public static final class VcardTask extends Task<ImportResult> {

        private final com.funnelboard.service.importing.VcardImport vcards;
        private final Path file;
        private final ImportOptions.OnDuplicate policy;
        private final boolean skipInvalid;
        private final AtomicBoolean stop = new AtomicBoolean();

        /** Asks the import to stop at its next hundred cards: it is rolled back, then fails with a CancellationException. */
        public void stop() {
            stop.set(true);
        }

        /** Whether {@link #stop} was asked (an import that succeeds all the same had ended before it could stop). */
        public boolean stopAsked() {
            return stop.get();
        }

        VcardTask(com.funnelboard.service.importing.VcardImport vcards, Path file, ImportOptions.OnDuplicate policy, boolean skipInvalid) {
            this.vcards = vcards;
            this.file = file;
            this.policy = policy;
            this.skipInvalid = skipInvalid;
        }

        @Override
        protected ImportResult call() {
            updateMessage("Importing " + file.getFileName() + "\u2026");
            return vcards.run(file, policy, false, skipInvalid, n -> updateMessage(String.format("Importing %s\u2026 %,d cards", file.getFileName(), n)),
                    () -> stop.get() || isCancelled());
        }
    }

    /**
     * Whether a file is a vCard file: named .vcf or .vcard, or starting with BEGIN:VCARD (a
     * byte-order mark and blank lines aside). Anything else goes to the CSV wizard, which says what
     * it makes of it.
     */
    public static boolean isVcard(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".vcf") || name.endsWith(".vcard")) {
            return true;
        }
        if (CsvImport.isOpenDatabase(file)) {
            return false; // not read here: the CSV wizard refuses it in a sentence
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            String head = new String(in.readNBytes(64), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            return head.regionMatches(true, 0, "BEGIN:VCARD", 0, 11);
        } catch (java.io.IOException | RuntimeException e) {
            return false; // the CSV wizard says why it cannot be read
        }
    }

    /** The first rows as they will be imported, with the user's column choices over the automatic ones. */
    public CompletableFuture<CsvImport.Preview> preview(Path file, Map<String, ImportField> columns, Map<String, Stage> stages) {
        return preview(file, columns, stages, null);
    }

    /** As {@link #preview(Path, Map, Map)}, the file taken as an organizations file when {@code organizations} (null: by its headers). */
    public CompletableFuture<CsvImport.Preview> preview(Path file, Map<String, ImportField> columns, Map<String, Stage> stages,
            Boolean organizations) {
        return preview(file, columns, stages, organizations, false);
    }

    /**
     * As {@link #preview(Path, Map, Map, Boolean)}; with {@code skipInvalid} ("Import anyway") a row of
     * values that cannot be placed shows as a row that fails, as the import will skip it, instead of
     * refusing the whole preview.
     */
    public CompletableFuture<CsvImport.Preview> preview(Path file, Map<String, ImportField> columns, Map<String, Stage> stages,
            Boolean organizations, boolean skipInvalid) {
        Boolean order = dayFirst;
        String code = currency;
        return executors.supply(() -> csv.preview(file, options(columns, stages, ImportOptions.OnDuplicate.UPDATE, skipInvalid, organizations)
                .withDayFirst(order).withCurrency(code), PREVIEW_ROWS));
    }

    /**
     * The stage names of the whole file with their counts and the stage each becomes: the common
     * names (Prospecting, Closed Won…) as ours, with the user's choices over them.
     */
    public CompletableFuture<Map<String, ImportResult.StageCount>> stages(Path file, Map<String, ImportField> columns,
            Map<String, Stage> stages, Boolean organizations) {
        return executors.supply(() -> csv.stages(file, options(columns, stages, ImportOptions.OnDuplicate.UPDATE, false, organizations)));
    }

    /** Writes the problems of an import as CSV (row, column, reason). */
    public CompletableFuture<Void> saveProblems(Path file, ImportResult result) {
        return executors.supply(() -> {
            exports.problems(file, result.problems());
            return null;
        });
    }

    /** Starts the import in the background. */
    public ImportTask start(Path file, Map<String, ImportField> columns, Map<String, Stage> stages, ImportOptions.OnDuplicate policy,
            boolean skipInvalid) {
        return start(file, columns, stages, policy, skipInvalid, null, null);
    }

    /**
     * Starts the import in the background: the file taken as an organizations file when
     * {@code organizations} says so (null: by its headers), with a separate organizations file that
     * fills the organizations its rows refer to ({@code organizationsFile}, null for none), in one change set.
     */
    public ImportTask start(Path file, Map<String, ImportField> columns, Map<String, Stage> stages, ImportOptions.OnDuplicate policy,
            boolean skipInvalid, Boolean organizations, Path organizationsFile) {
        ImportTask task = new ImportTask(csv, file, options(columns, stages, policy, skipInvalid, organizations).withDayFirst(dayFirst)
                .withCurrency(currency),
                organizationsFile);
        tellWhenImported(task, file, "row");
        executors.background().execute(task);
        return task;
    }

    private Boolean dayFirst;
    private String currency;

    /** The currency of the file's amounts that name none, as the user chose; null (the default) for the database's. */
    public void setCurrency(String code) {
        this.currency = code;
    }

    /**
     * Whether the file's dates not written year first have the day first (true) or the month first
     * (false), as the user chose; null (the default) tells it from the values, then the locale. The
     * preview and the import that follow read them so.
     */
    public void setDayFirst(Boolean order) {
        this.dayFirst = order;
    }

    static ImportOptions options(Map<String, ImportField> columns, Map<String, Stage> stages, ImportOptions.OnDuplicate policy,
            boolean skipInvalid, Boolean organizations) {
        return new ImportOptions(columns, stages, policy, false, skipInvalid, null, organizations);
    }

    /**
     * Imports a file in one transaction. {@link #stop} asks it to stop between chunks: the import
     * is rolled back and the task fails with a {@link java.util.concurrent.CancellationException}.
     */
    public static final class ImportTask extends Task<ImportResult> {

        private final CsvImport csv;
        private final Path file;
        private final ImportOptions options;
        private final Path organizations;
        private final AtomicBoolean stop = new AtomicBoolean();

        ImportTask(CsvImport csv, Path file, ImportOptions options, Path organizations) {
            this.csv = csv;
            this.file = file;
            this.options = options;
            this.organizations = organizations;
        }

        public void stop() {
            stop.set(true);
        }

        /** Whether {@link #stop} was asked (an import that succeeds all the same had ended before it could stop). */
        public boolean stopAsked() {
            return stop.get();
        }

        /** What the import reads the file with. */
        ImportOptions options() {
            return options;
        }

        @Override
        protected ImportResult call() {
            updateMessage("Importing " + file.getFileName() + "…");
            return csv.run(file, options, organizations, (bytes, size, rows) -> {
                updateProgress(bytes, size);
                updateMessage(String.format("Importing %s… %,d rows", file.getFileName(), rows));
            }, () -> stop.get() || isCancelled());
        }
    }
}
