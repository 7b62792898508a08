package com.funnelboard.ui.deal;

import com.funnelboard.domain.Deal;
import com.funnelboard.service.DealEditing;
import com.funnelboard.ui.common.UiExecutors;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;

/** The deal form's record of how the deal shown closed, and the correction of a won deal's final value and close date. */
public final class DealWonRecord {

    private final DealFields fields;
    private final DealEditing editing;
    private final UiExecutors executors;
    private final Locale locale;
    private final Supplier<Deal> stored;
    private final Supplier<UUID> id;
    private final Supplier<CompletableFuture<Void>> saving;
    private final Supplier<LocalDate> today;

    DealWonRecord(DealFields fields, DealEditing editing, UiExecutors executors, Locale locale, Supplier<Deal> stored, Supplier<UUID> id,
            Supplier<CompletableFuture<Void>> saving, Supplier<LocalDate> today) {
        this.fields = fields;
        this.editing = editing;
        this.executors = executors;
        this.locale = locale;
        this.stored = stored;
        this.id = id;
        this.saving = saving;
        this.today = today;
    }

    /**
     * How a closed deal closed, beside its estimate: "Won for €84,000 on Dec 5, 2026" (cents only when it has some); "Lost on
     * Dec 5, 2026: No budget", with the lost note after a dash; empty for an open deal.
     */
    public ReadOnlyStringProperty closingProperty() {
        return fields.closing.getReadOnlyProperty();
    }

    /** Whether the deal shown is won: its final value and close date can be corrected ({@link #correctWon}). */
    public javafx.beans.property.ReadOnlyBooleanProperty wonProperty() {
        return fields.won.getReadOnlyProperty();
    }

    /** The correction of the shown won deal's record, as recorded now; null when no won deal is shown. */
    public com.funnelboard.ui.qualify.WonCorrectionViewModel wonCorrection() {
        Deal stored = this.stored.get();
        return stored == null || stored.stage() != com.funnelboard.domain.Stage.WON ? null
                : new com.funnelboard.ui.qualify.WonCorrectionViewModel(stored, locale, today.get());
    }

    /** Saves a correction of the shown won deal's final value and close date (recorded, undoable); completes when saved. */
    public CompletableFuture<Void> correctWon(com.funnelboard.domain.WonDetails.Entry entry) {
        UUID id = this.id.get();
        return executors.problems().logFailure("The win was not corrected",
                saving.get().thenCompose(v -> executors.supply(() -> editing.correctWon(id, entry)))).thenAccept(d -> { });
    }

}
