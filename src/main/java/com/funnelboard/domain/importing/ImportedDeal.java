package com.funnelboard.domain.importing;

import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A deal as an import writes it: of a contact, an organization, both or neither ("no contact"),
 * with the id the other program gave it, in the stage it reached there (no gate), and a Won or
 * Lost deal with its close date and value. Its owner is the e-mail of a known person or the name
 * the file gives (see {@link OwnerMatcher}); null when the file names none (whoever imports owns it).
 * A lost deal has the reason the file gives, with the file's words as its note ({@link LostReasons}),
 * both null when it gives none.
 *
 * <p>A deal the import finds stored (by its id in the other program, or its title and contact) is
 * updated with what the row gives, and only that: a value, date or source the file leaves out or
 * blank keeps the stored one, and so do the title and the stage when the file has no column for
 * them ({@code titleGiven}, {@code stageGiven}). An open deal is in its stage since the day the
 * file says ({@code inStageSinceGiven}), else since it was created, or since the import when a
 * re-import moves it.
 */
public record ImportedDeal(
        UUID id,
        UUID contactId,
        UUID organizationId,
        String externalKey,
        String title,
        Stage stage,
        Money value,
        String currency,
        String source,
        LocalDate expectedCloseOn,
        Instant stageEnteredAt,
        Money finalValue,
        LocalDate closedOn,
        Instant createdAt,
        String owner,
        LostReason lostReason,
        String lostNote,
        boolean titleGiven,
        boolean stageGiven,
        boolean inStageSinceGiven,
        String notes) {

    /** A deal whose row gives its title and stage. */
    public ImportedDeal(UUID id, UUID contactId, UUID organizationId, String externalKey, String title, Stage stage, Money value, String currency,
            String source, LocalDate expectedCloseOn, Instant stageEnteredAt, Money finalValue, LocalDate closedOn, Instant createdAt,
            String owner, LostReason lostReason, String lostNote) {
        this(id, contactId, organizationId, externalKey, title, stage, value, currency, source, expectedCloseOn, stageEnteredAt, finalValue,
                closedOn, createdAt, owner, lostReason, lostNote, true, true, false, null);
    }

    public ImportedDeal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(stageEnteredAt, "stageEnteredAt");
    }
}
