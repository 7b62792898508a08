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
        String lostNote) {

    public ImportedDeal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(stageEnteredAt, "stageEnteredAt");
    }
}
