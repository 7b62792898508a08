package com.funnelboard.service;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Logging what happened with a deal's contact, and reading it back. */
public final class InteractionService {

    /** Longest note kept on one interaction. */
    public static final int MAX_NOTE = com.funnelboard.domain.TextLimits.INTERACTION_NOTE;

    /** How far ahead of the clock an interaction may be dated (clock skew, a meeting running on). */
    private static final Duration FUTURE_SLACK = Duration.ofMinutes(5);

    private final Store store;

    public InteractionService(Store store) {
        this.store = store;
    }

    /**
     * Logs an interaction about a deal with the deal's contact.
     *
     * @param at when it happened; null for now
     * @throws InvalidInputException for an unknown deal, a time in the future or an overlong note
     */
    public Interaction log(UUID dealId, InteractionKind kind, Direction direction, Instant at, String note) {
        return record(null, dealId, kind, direction, at, note);
    }

    /**
     * Logs an interaction with a contact, about one of their deals or none.
     *
     * @param dealId null for an interaction with the contact alone
     * @throws InvalidInputException for an unknown contact or deal, a deal of another contact, a
     *     time in the future or an overlong note
     */
    public Interaction logWithContact(UUID contactId, UUID dealId, InteractionKind kind, Direction direction, Instant at, String note) {
        Objects.requireNonNull(contactId, "contactId");
        return record(contactId, dealId, kind, direction, at, note);
    }

    private Interaction record(UUID contactId, UUID dealId, InteractionKind kind, Direction direction, Instant at, String note) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        String text = note == null || note.isBlank() ? null : note.strip();
        // Control characters refused as in every note (a bell or an escape sequence went into the calendar and the CSV raw).
        java.util.Optional<String> problem = com.funnelboard.domain.Validation.optionalLines(text, "The note", MAX_NOTE);
        if (problem.isPresent()) {
            throw new InvalidInputException("note", problem.get());
        }
        return store.write(r -> {
            Instant now = store.clock().instant();
            Instant when = at == null ? now : at;
            if (when.isAfter(now.plus(FUTURE_SLACK))) {
                throw new InvalidInputException("at", "An interaction cannot be dated in the future; schedule a follow-up instead");
            }
            UUID contact = contactId;
            String about = null;
            if (dealId != null) {
                Deal deal = r.deals().find(dealId).orElseThrow(() -> DealService.noDeal(dealId));
                about = deal.title();
                if (contact != null && !contact.equals(deal.contactId())) {
                    throw new InvalidInputException("deal", "That deal belongs to another contact");
                }
                contact = deal.contactId();
                if (contact == null) {
                    throw new InvalidInputException("deal", "That deal has no contact to have talked to; log it on a contact");
                }
            } else if (r.contacts().find(contact).isEmpty()) {
                throw ContactService.noContact(contact);
            }
            Interaction i = new Interaction(UUID.randomUUID(), contact, dealId, kind, direction, when, text);
            r.interactions().insert(i);
            // Named, as Undo and History say it: "Undid: Logged an outbound call." named neither the person nor the deal.
            String with = r.contacts().find(contact).map(c -> " with " + c.name()).orElse("");
            r.describe("Logged " + (direction == com.funnelboard.domain.Direction.IN ? "an inbound " : "an outbound ") + kind.key().replace('-', ' ')
                    + with + (about == null ? "" : " about \u201C" + about + "\u201D"));
            return i;
        });
    }

    /**
     * A deal's timeline, newest first: its own interactions and those logged with its contact
     * without a deal.
     */
    public List<Interaction> forDeal(UUID dealId) {
        return store.read(r -> {
            r.deals().find(dealId).orElseThrow(() -> DealService.noDeal(dealId));
            List<Interaction> list = new ArrayList<>(r.interactions().forDeal(dealId));
            Collections.reverse(list);
            return list;
        });
    }
}
