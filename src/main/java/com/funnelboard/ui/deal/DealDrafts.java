package com.funnelboard.ui.deal;

import com.funnelboard.domain.Deal;
import com.funnelboard.service.DealEditing;
import com.funnelboard.ui.common.UiExecutors;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The deal form's drafts in this window, by deal: texts the rules refused, typing kept as a deal went to the trash, and
 * typing kept on this installation before a kill (read with the deal). A draft shown again leaves out what was changed
 * elsewhere since it was typed.
 */
final class DealDrafts {

    /** A draft to show with a deal (null: none), and what is said of typing not saved because its field changed since (null: nothing). */
    record Shown(DealDraft draft, String notSavedSince) {}

    private final Map<UUID, DealDraft> drafts = new HashMap<>();
    private final DealEditing editing;
    private final UiExecutors executors;
    private final Locale locale;

    DealDrafts(DealEditing editing, UiExecutors executors, Locale locale) {
        this.editing = editing;
        this.executors = executors;
        this.locale = locale;
    }

    boolean has(UUID deal) {
        return drafts.containsKey(deal);
    }

    void put(UUID deal, DealDraft draft) {
        drafts.put(deal, draft);
    }

    /** Forgets the deal's draft; whether there was one. */
    boolean remove(UUID deal) {
        return drafts.remove(deal) != null;
    }

    /**
     * The draft to show with {@code deal} as it is now: typing kept before a kill whose field was changed elsewhere since (a
     * teammate's merge, a command) is left out and said — saved, it replaced the newer text without a word; kept typing left
     * with nothing to show is forgotten on this installation too.
     */
    Shown show(Deal deal) {
        DealDraft draft = deal == null ? null : drafts.get(deal.id());
        if (draft == null) {
            return new Shown(null, null);
        }
        List<String> changedSince = new java.util.ArrayList<>();
        draft = draft.withoutChangedSince(deal, locale, changedSince);
        if (!draft.holdsText()) {
            drafts.remove(deal.id());
            draft = null;
        }
        if (changedSince.isEmpty()) {
            return new Shown(draft, null);
        }
        String said = com.funnelboard.ui.common.ChangedSince.sentence(changedSince);
        org.slf4j.LoggerFactory.getLogger(DealDrafts.class).warn("{}", said);
        if (draft == null) {
            UUID id = deal.id();
            executors.problems().logFailure("The deal's kept typing was not forgotten", executors.supply(() -> {
                editing.keepDraft(id, Map.of());
                return null;
            }));
        }
        return new Shown(draft, said);
    }
}
