package com.funnelboard.service.importing;

import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.domain.importing.ImportedDeal;
import com.funnelboard.domain.importing.OwnerMatcher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An imported row's deal as it is stored: created, in its stage since and closed on the days the
 * file says (in the zone of this machine, or the offset a time names), never after the import's
 * moment, with its owner among the people known here.
 */
final class ImportedDealTimes {

    private final ZoneId zone;
    private final Instant now;
    private final OwnerMatcher owners;

    ImportedDealTimes(ZoneId zone, Instant now, OwnerMatcher owners) {
        this.zone = zone;
        this.now = now;
        this.owners = owners;
    }

    /** A row that makes its deal won or lost without saying when: the deal counts as closed when it was created, or now. */
    static boolean closedUndated(ImportRow.DealPart d) {
        return (d.stage() == Stage.WON || d.stage() == Stage.LOST) && d.stageText() != null && d.closedOn() == null;
    }

    /** A won or lost deal whose close date is after today: it cannot have closed yet, and is taken as closed today. */
    boolean closesAhead(ImportRow.DealPart d) {
        return (d.stage() == Stage.WON || d.stage() == Stage.LOST) && d.closedOn() != null && d.closedOn().isAfter(LocalDate.ofInstant(now, zone));
    }

    /** When the file says the deal was created (its day, at its time or the day's start), or null when it does not say. */
    Instant createdOn(ImportRow.DealPart d) {
        return d.createdOn() == null ? null : d.createdTime() == null ? start(d.createdOn()) : at(d.createdOn(), d.createdTime());
    }

    ImportedDeal deal(UUID id, UUID contact, UUID org, ImportRow.DealPart d) {
        Instant created = java.util.Objects.requireNonNullElse(createdOn(d), now);
        boolean closed = d.stage() == Stage.WON || d.stage() == Stage.LOST;
        // An open deal is in its stage since the day the file says (its days in stage went back to its creation's after a
        // round trip through the CSV export), never before it was made.
        boolean sinceGiven = !closed && d.inStageSince() != null;
        Instant since = sinceGiven ? (d.inStageSinceTime() == null ? start(d.inStageSince()) : at(d.inStageSince(), d.inStageSinceTime())) : null;
        Instant entered = closed && d.closedOn() != null ? closedMoment(d.closedOn()) : since != null && since.isAfter(created) ? since : created;
        Money finalValue = d.stage() != Stage.WON ? null : d.finalValue() != null ? d.finalValue() : d.value();
        // Closed on the day it entered its stage: a close date after today is today, as the reports count it (it kept the later day).
        LocalDate closedOn = d.stage() != Stage.WON ? null : closesAhead(d) ? LocalDate.ofInstant(now, zone) : d.closedOn();
        return new ImportedDeal(id, contact, org, d.externalKey(), d.title(), d.stage(), d.value(), d.currency(), d.source(),
                d.expectedClose(), entered, finalValue, closedOn, created, owners.owner(d.owner()), d.lostReason(), d.lostNote(), d.titleGiven(),
                d.stageText() != null, sinceGiven, d.notes());
    }

    /** A day and the time of day written with it, in the offset it names or else this machine's zone; never after now. */
    private Instant at(LocalDate day, com.funnelboard.domain.importing.Dates.TimeOfDay time) {
        Instant at = time.offset() == null ? day.atTime(time.time()).atZone(zone).toInstant() : day.atTime(time.time()).atOffset(time.offset()).toInstant();
        return at.isAfter(now) ? now : at;
    }

    /** When a deal closed on {@code day} is recorded closed: the day's moment that reads as that day elsewhere too; never after now. */
    private Instant closedMoment(LocalDate day) {
        Instant at = com.funnelboard.domain.DayMoment.of(day, zone);
        return at.isAfter(now) ? now : at;
    }

    /**
     * When a deal created (or in its stage) on {@code day}, at no time said, is recorded so: the same moment of the day as a close
     * date's (see {@link #closedMoment}), never after now. At the day's start beside a close at the day's moment, every imported
     * won deal's sales cycle was half a day long too (10 and 30 days gave "25.5 days"), and the day read as the day before west
     * of here.
     */
    private Instant start(LocalDate day) {
        return closedMoment(day);
    }
}
