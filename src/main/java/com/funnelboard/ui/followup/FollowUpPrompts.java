package com.funnelboard.ui.followup;

import com.funnelboard.domain.FollowUpEntry;
import com.funnelboard.domain.LocalTimes;
import com.funnelboard.domain.SnoozeOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Where follow-ups are scheduled from: a card (menu or Ctrl+Shift+F), the detail pane, and the
 * offers of the next one after a stage move and after one is marked done.
 */
public final class FollowUpPrompts {

    private final TodayViewModel today;
    private final Supplier<Window> owner;
    private final Consumer<String> status;

    public FollowUpPrompts(TodayViewModel today, Supplier<Window> owner, Consumer<String> status) {
        this.today = today;
        this.owner = owner;
        this.status = status;
    }

    /** Asks for a follow-up on a deal (tomorrow 09:00 suggested). */
    public void schedule(UUID dealId, String dealTitle) {
        ask(dealId, "Schedule a follow-up for \u201C" + dealTitle + "\u201D", nextWorkingDay(1));
    }

    /**
     * An offer to schedule the next follow-up, shown in the status bar without interrupting: taking
     * it opens the dialog, anything else lets it go.
     */
    public record Offer(UUID dealId, String dealTitle, String text) {}

    private final javafx.beans.property.ReadOnlyObjectWrapper<Offer> offer = new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "offer");

    public javafx.beans.property.ReadOnlyObjectProperty<Offer> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /**
     * After a stage move: offers the next follow-up, as Pipedrive does; not after a move to Lost,
     * which closed the deal's follow-ups (an offer still standing for that deal is withdrawn).
     */
    public void offerAfterMove(com.funnelboard.domain.StageChange move, String dealTitle) {
        if (move.to() == com.funnelboard.domain.Stage.LOST) {
            Offer standing = offer.get();
            if (standing != null && standing.dealId().equals(move.dealId())) {
                offer.set(null);
            }
            return;
        }
        offer.set(new Offer(move.dealId(), dealTitle, "Schedule the next follow-up for \u201C" + dealTitle + "\u201D?"));
    }

    /**
     * Withdraws an offer standing for another deal than {@code dealId} (the card now chosen, null for
     * none): taken later, it would schedule a follow-up on a deal no longer in sight.
     */
    public void keepOnlyFor(UUID dealId) {
        Offer standing = offer.get();
        if (standing != null && !standing.dealId().equals(dealId)) {
            offer.set(null);
        }
    }

    /** After a follow-up is done: offers the next one on the same deal. */
    public void offerAfterDone(FollowUpEntry done) {
        offer.set(new Offer(done.followUp().dealId(), done.dealTitle(), "Schedule the next follow-up for \u201C" + done.dealTitle()
                + "\u201D?"));
    }

    /** Opens the dialog for the offer on show. */
    public void takeOffer() {
        Offer o = offer.get();
        offer.set(null);
        if (o != null) {
            ask(o.dealId(), o.text(), nextWorkingDay(2));
        }
    }

    public void dismissOffer() {
        offer.set(null);
    }

    private void ask(UUID dealId, String header, ZonedDateTime suggested) {
        FollowUpDialog.ask(owner.get(), header, suggested, today.now()).ifPresent(in -> today.schedule(dealId, in.due(), in.kind(), in.note())
                .thenAccept(f -> status.accept("Follow-up scheduled.")));
    }

    /** 09:00 on the working day {@code days} ahead (Saturday and Sunday skipped); 10:00 should the clocks skip 09:00 that day. */
    private ZonedDateTime nextWorkingDay(int days) {
        LocalDate d = LocalDate.ofInstant(today.now(), today.zone()).plusDays(days);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return LocalTimes.toInstantMovedOverGap(d.atTime(SnoozeOption.MORNING), today.zone()).atZone(today.zone());
    }
}
