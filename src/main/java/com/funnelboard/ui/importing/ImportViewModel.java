package com.funnelboard.ui.importing;

import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.ImportField;
import com.funnelboard.service.CsvExport;
import com.funnelboard.service.importing.CsvImport;
import com.funnelboard.service.importing.ImportOptions;
import com.funnelboard.service.importing.ImportResult;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
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

    public ImportViewModel(CsvImport csv, CsvExport exports, UiExecutors executors) {
        this.csv = csv;
        this.exports = exports;
        this.executors = executors;
    }

    /** The first rows as they will be imported, with the user's column choices over the automatic ones. */
    public CompletableFuture<CsvImport.Preview> preview(Path file, Map<String, ImportField> columns, Map<String, Stage> stages) {
        return preview(file, columns, stages, null);
    }

    /** As {@link #preview(Path, Map, Map)}, the file taken as an organizations file when {@code organizations} (null: by its headers). */
    public CompletableFuture<CsvImport.Preview> preview(Path file, Map<String, ImportField> columns, Map<String, Stage> stages,
            Boolean organizations) {
        return executors.supply(() -> csv.preview(file, options(columns, stages, ImportOptions.OnDuplicate.UPDATE, false, organizations),
                PREVIEW_ROWS));
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
        ImportTask task = new ImportTask(csv, file, options(columns, stages, policy, skipInvalid, organizations), organizationsFile);
        executors.background().execute(task);
        return task;
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
