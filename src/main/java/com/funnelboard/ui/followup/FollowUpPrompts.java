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
    private final java.util.Locale locale;

    /** @param locale how the dialog writes and reads times, as the rest of the window */
    public FollowUpPrompts(TodayViewModel today, Supplier<Window> owner, Consumer<String> status, java.util.Locale locale) {
        this.today = today;
        this.locale = locale;
        this.owner = owner;
        this.status = status;
    }

    /** Asks for a follow-up on a deal (tomorrow 09:00 suggested). */
    public void schedule(UUID dealId, String dealTitle) {
        ask(dealId, dealTitle, "Schedule a follow-up for \u201C" + dealTitle + "\u201D", nextWorkingDay(1));
    }

    /**
     * An offer to schedule the next follow-up, shown in the status bar without interrupting: taking
     * it opens the dialog, anything else lets it go.
     */
    public record Offer(UUID dealId, String dealTitle, String text, What what) {

        Offer(UUID dealId, String dealTitle, String text) {
            this(dealId, dealTitle, text, What.SCHEDULE);
        }
    }

    /** What taking an offer does: schedule the next follow-up, or close the open ones of a deal just won. */
    public enum What { SCHEDULE, CLOSE_OPEN }

    private final javafx.beans.property.ReadOnlyObjectWrapper<Offer> offer = new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "offer");

    /** How many times the offer changed: an answer that comes after another change is not shown. */
    private long offersSet;

    {
        offer.addListener((o, was, now) -> offersSet++);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Offer> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /**
     * After a stage move: offers the next follow-up, as Pipedrive does, where none is open; not after a move to Lost,
     * which closed the deal's follow-ups (an offer still standing for that deal is withdrawn). After
     * a move to Won with follow-ups still open (calls about selling a deal now sold), offers to
     * close them instead; the returned future completes once the offer stands.
     */
    public java.util.concurrent.CompletableFuture<Void> offerAfterMove(com.funnelboard.domain.StageChange move, String dealTitle) {
        if (move.to() == com.funnelboard.domain.Stage.LOST) {
            Offer standing = offer.get();
            if (standing != null && standing.dealId().equals(move.dealId())) {
                offer.set(null);
            }
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        Offer next = new Offer(move.dealId(), dealTitle, "Next follow-up for \u201C" + dealTitle + "\u201D\u2026");
        boolean won = move.to() == com.funnelboard.domain.Stage.WON;
        // Which offer is right is known once the open follow-ups are counted; until then none shows (the usual one stood for a
        // moment before the one to close them replaced it). An open deal with a follow-up open already is offered none: "Next
        // follow-up" stood beside a deal whose call was due that afternoon.
        offer.set(null);
        long asked = offersSet;
        return today.openOfDeal(move.dealId()).thenAccept(open -> {
            if (offersSet == asked) { // not when the rep moved on meanwhile
                offer.set(open == 0 ? next : won ? new Offer(move.dealId(), dealTitle, "\u201C" + dealTitle + "\u201D is won: close its " + open
                        + (open == 1 ? " open follow-up?" : " open follow-ups?"), What.CLOSE_OPEN) : null);
            }
        });
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

    /**
     * The status bar said something: an offer for a deal it does not name is withdrawn, as what it
     * followed is no longer what the bar says (after marking one follow-up done, a snooze of another
     * deal's left "Next follow-up for …" beside it).
     */
    public void statusSaid(String text) {
        Offer standing = offer.get();
        if (standing != null && text != null && !text.isBlank() && !text.contains(standing.dealTitle())) {
            offer.set(null);
        }
    }

    /** After a follow-up is done: offers the next one on the same deal. */
    public void offerAfterDone(FollowUpEntry done) {
        offer.set(new Offer(done.followUp().dealId(), done.dealTitle(), "Next follow-up for \u201C" + done.dealTitle()
                + "\u201D\u2026"));
    }

    /** Opens the dialog for the offer on show. */
    public void takeOffer() {
        Offer o = offer.get();
        offer.set(null);
        if (o == null) {
            return;
        }
        switch (o.what()) {
            case SCHEDULE -> ask(o.dealId(), o.dealTitle(), o.text(), nextWorkingDay(2));
            case CLOSE_OPEN -> today.closeOpenOfDeal(o.dealId()).thenAccept(n -> status.accept(
                    "Closed " + n + (n == 1 ? " follow-up" : " follow-ups") + " of \u201C" + o.dealTitle() + "\u201D. Ctrl+Z opens them again."));
        }
    }

    public void dismissOffer() {
        offer.set(null);
    }

    private void ask(UUID dealId, String dealTitle, String header, ZonedDateTime suggested) {
        FollowUpDialog.ask(owner.get(), header, suggested, today.now(), locale).ifPresent(in -> scheduled(dealId, dealTitle, in.due(), in.kind(),
                in.note()));
    }

    /**
     * Schedules what the dialog was given and says so; an offer of the next follow-up for that deal goes (scheduled from the card's
     * menu, "Next follow-up for …" stood beside "Scheduled a call on …" of the same deal).
     */
    java.util.concurrent.CompletableFuture<Void> scheduled(UUID dealId, String dealTitle, java.time.Instant due,
            com.funnelboard.domain.FollowUpKind kind, String note) {
        return today.schedule(dealId, due, kind, note).thenAccept(f -> {
            Offer standing = offer.get();
            if (standing != null && standing.what() == What.SCHEDULE && standing.dealId().equals(dealId)) {
                offer.set(null);
            }
            status.accept(scheduledSentence(kind, dealTitle, due));
        });
    }

    /**
     * "Scheduled a call on “Pilot” for Tue, Dec 8, 9:00 AM. Ctrl+Z takes it back." — what and when, as a snooze and a done say
     * theirs (it said "Follow-up scheduled." alone, and a day typed "8.12.2026" in an American window was taken without a sign).
     */
    String scheduledSentence(com.funnelboard.domain.FollowUpKind kind, String dealTitle, java.time.Instant due) {
        com.funnelboard.ui.common.Formats f = com.funnelboard.ui.common.Formats.of(locale, today.zone());
        java.time.ZonedDateTime at = due.atZone(today.zone());
        return "Scheduled " + com.funnelboard.domain.Printable.article(kind.key()) + " on \u201C" + (dealTitle == null ? "" : dealTitle)
                + "\u201D for " + f.date(at) + ", " + f.time(at) + ". Ctrl+Z takes it back.";
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
