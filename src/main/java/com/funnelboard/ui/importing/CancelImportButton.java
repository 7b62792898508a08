package com.funnelboard.ui.importing;

/** The import dialogs' Cancel button (CSV and vCard alike). */
final class CancelImportButton {

    private CancelImportButton() {}

    /** Readies an import's Cancel button for a new import: a click asks {@code stop} and says "Cancelling…" at once. */
    static void arm(javafx.scene.control.Button cancel, Runnable stop) {
        cancel.setText("Cancel import");
        cancel.setDisable(false);
        cancel.setOnAction(e -> {
            stop.run();
            cancel.setText("Cancelling\u2026"); // said at once: what was read so far is taken back before the import ends
            cancel.setDisable(true);
        });
    }
}
