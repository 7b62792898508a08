package com.funnelboard.ui.importing;

import com.funnelboard.service.importing.ImportResult;
import com.funnelboard.ui.common.SafeWrap;
import javafx.scene.control.Label;

/**
 * Says before the import what it would do with the file and the choices made — how many contacts,
 * organizations and deals are new and how many already stored — from a dry run: read, matched and
 * counted as the import does, nothing written. A new choice starts another and stops the one under
 * way, as Import and closing the dialog do.
 */
final class DryRunLabel {

    private final Label label = new Label();
    private final String rowWord;
    private final String reading;
    private final java.util.function.Function<Throwable, String> failed;
    private ImportViewModel.DryRun running;
    /** Told each dry run's result once it is said (the vCard dialog lists what the import would leave out). */
    private java.util.function.Consumer<ImportResult> read = r -> { };

    /**
     * @param rowWord what the file holds, one by one: "row", "card"
     * @param reading what the label says while a dry run reads
     * @param failed what it says when a dry run fails (not when it is stopped)
     */
    DryRunLabel(String id, String rowWord, String reading, java.util.function.Function<Throwable, String> failed) {
        this.rowWord = rowWord;
        this.reading = reading;
        this.failed = failed;
        label.setId(id);
        SafeWrap.wrap(label);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    Label label() {
        return label;
    }

    /** {@code read} is told each dry run's result as the label says it. */
    void whenRead(java.util.function.Consumer<ImportResult> read) {
        this.read = read;
    }

    /**
     * Says what {@code run} finds once it ends, unless another was started or it was stopped first;
     * a null run (a file too large to count first) says that Import counts it.
     */
    void start(ImportViewModel.DryRun run) {
        stop();
        if (run == null) {
            label.setText("A file this large is counted as it is imported: counting it first would keep the database busy as long.");
            return;
        }
        running = run;
        label.setText(reading);
        run.result().whenComplete((r, e) -> {
            if (running != run) {
                return; // replaced, or stopped: the label is another's, or the import's
            }
            running = null;
            label.setText(r != null ? ImportSentences.inTheFile(r, rowWord) : failed.apply(e));
            if (r != null) {
                read.accept(r);
            }
        });
    }

    /** Stops the dry run under way, if any; what the label says stays. */
    void stop() {
        if (running != null) {
            running.stop().run();
            running = null;
            label.setText("");
        }
    }
}
