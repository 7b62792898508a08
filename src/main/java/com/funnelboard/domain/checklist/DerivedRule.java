package com.funnelboard.domain.checklist;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.Interaction;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Checklist items the data answers by itself. Each rule finds its evidence ("inbound call, 12 Mar")
 * or finds none; it never looks at anything but the deal and its interactions.
 */
public enum DerivedRule {
    /**
     * The contact has answered us: an inbound conversational interaction (a reply, an inbound call), or a meeting,
     * whoever set it up — a contact who took a meeting has talked with us (an outbound meeting did not count).
     */
    TWO_WAY_COMMUNICATION {
        @Override
        Optional<String> evidence(Deal deal, List<Interaction> interactions, ZoneId zone, Locale locale) {
            return latest(interactions, i -> i.direction() == Direction.IN && i.kind().isConversational()
                    || i.kind() == com.funnelboard.domain.InteractionKind.MEETING)
                    .map(i -> (i.direction() == Direction.IN ? "inbound " : "") + i.kind().label() + ", " + day(i, zone, locale));
        }
    },
    /** A quote, demo, proposal or consultation request is logged. */
    BUYING_SIGNAL {
        @Override
        Optional<String> evidence(Deal deal, List<Interaction> interactions, ZoneId zone, Locale locale) {
            return latest(interactions, i -> i.kind().isBuyingSignal())
                    .map(i -> i.kind().label() + ", " + day(i, zone, locale));
        }
    },
    /** Somebody has put a value on the deal. */
    VALUE_ESTIMATED {
        @Override
        Optional<String> evidence(Deal deal, List<Interaction> interactions, ZoneId zone, Locale locale) {
            return deal.valueIfEstimated().filter(v -> v.minor() > 0).map(v -> "value " + v.format(locale));
        }
    },
    /** An expected close date is set. */
    CLOSE_DATE_SET {
        @Override
        Optional<String> evidence(Deal deal, List<Interaction> interactions, ZoneId zone, Locale locale) {
            return deal.expectedClose()
                    .map(d -> "expected close " + com.funnelboard.domain.LocalizedPatterns.dayWithYear(locale).format(d));
        }
    };

    /** What answers it, said to the user: "log an inbound reply or call, or a meeting". */
    public String hint() {
        return switch (this) {
            case TWO_WAY_COMMUNICATION -> "log an inbound reply or call, or a meeting";
            case BUYING_SIGNAL -> "log a quote, demo, proposal or consultation request";
            case VALUE_ESTIMATED -> "set the deal's value";
            case CLOSE_DATE_SET -> "set an expected close date";
        };
    }

    /** The evidence that the rule holds, or empty when it does not. */
    abstract Optional<String> evidence(Deal deal, List<Interaction> interactions, ZoneId zone, Locale locale);

    private static Optional<Interaction> latest(List<Interaction> interactions, Predicate<Interaction> test) {
        return interactions.stream().filter(test).max(Comparator.comparing(Interaction::occurredAt));
    }

    private static String day(Interaction i, ZoneId zone, Locale locale) {
        return com.funnelboard.domain.LocalizedPatterns.day(locale).format(i.occurredAt().atZone(zone));
    }
}
