package com.funnelboard.service;

import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpDue;
import com.funnelboard.domain.FollowUpEntry;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.store.Store;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Scheduling follow-ups on deals, listing what is due, and marking them done. */
public final class FollowUpService {

    public static final int MAX_NOTE = com.funnelboard.domain.TextLimits.FOLLOW_UP_NOTE;

    private final Store store;

    public FollowUpService(Store store) {
        this.store = store;
    }

    /** The zone that decides where "today" ends. */
    public ZoneId zone() {
        return store.clock().getZone();
    }

    public Instant now() {
        return store.clock().instant();
    }

    /**
     * @throws InvalidInputException for an unknown deal or an overlong note
     */
    public FollowUp schedule(UUID dealId, Instant due, FollowUpKind kind, String note) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(kind, "kind");
        String text = note == null || note.isBlank() ? null : note.strip();
        // Control characters refused as in every note (a bell or an escape sequence went into the calendar and the CSV raw).
        java.util.Optional<String> problem = com.funnelboard.domain.Validation.optionalLines(text, "The note", MAX_NOTE);
        if (problem.isPresent()) {
            throw new InvalidInputException("note", problem.get());
        }
        return store.write(r -> {
            String title = r.deals().find(dealId).orElseThrow(() -> DealService.noDeal(dealId)).title();
            FollowUp f = new FollowUp(UUID.randomUUID(), dealId, due, kind, text, null);
            r.followUps().insert(f);
            r.describe("Scheduled " + com.funnelboard.domain.Printable.article(kind.key()) + " follow-up on " + quoted(title));
            return f;
        });
    }

    /**
     * Open follow-ups, soonest first.
     *
     * @param due only those in this bucket as of now; null for every open follow-up
     */
    public List<FollowUpEntry> open(FollowUpDue due) {
        if (due == null) {
            return store.read(r -> r.followUps().open(null, null));
        }
        FollowUpDue.Window w = due.window(now(), zone());
        return store.read(r -> r.followUps().open(w.from(), w.to()));
    }

    /**
     * Marks a follow-up done. Marking one that is already done changes nothing.
     *
     * @return the follow-up as it now stands, and whether this call completed it
     */
    public Completion complete(UUID id) {
        return store.write(r -> {
            FollowUp before = r.followUps().find(id).orElseThrow(() -> new InvalidInputException("follow-up", "No follow-up " + id));
            refuseInTrash(r, before);
            if (!before.isOpen()) {
                return new Completion(before, false);
            }
            Instant now = store.clock().instant();
            r.followUps().markDone(id, now);
            r.describe("Marked " + com.funnelboard.domain.Printable.article(before.kind().key()) + " follow-up on " + dealOf(r, before)
                    + " done");
            return new Completion(new FollowUp(before.id(), before.dealId(), before.dueAt(), before.kind(), before.note(), now,
                    before.snoozedUntil()), true);
        });
    }

    /** How many follow-ups of a deal are still open. */
    public int openOfDeal(UUID dealId) {
        return (int) store.read(r -> r.followUps().forDeal(dealId)).stream().filter(FollowUp::isOpen).count();
    }

    /**
     * Marks every open follow-up of a deal done, as one change (a won deal's follow-ups about
     * selling it); returns how many were open. Edit → Undo opens them again.
     */
    public int closeOpenOfDeal(UUID dealId) {
        return store.write(r -> {
            String title = r.deals().find(dealId).orElseThrow(() -> new InvalidInputException("deal", "No deal " + dealId)).title();
            int closed = r.followUps().closeOpenOfDeal(dealId, store.clock().instant());
            r.describe("Closed " + closed + (closed == 1 ? " follow-up" : " follow-ups") + " of \u201C" + title + "\u201D");
            return closed;
        });
    }

    /**
     * Puts an open follow-up off until a later time.
     *
     * @throws InvalidInputException for an unknown or done follow-up, or a time that is not in the future
     */
    public FollowUp snooze(UUID id, Instant until) {
        Objects.requireNonNull(until, "until");
        return store.write(r -> {
            Instant now = store.clock().instant();
            if (!until.isAfter(now)) {
                throw new InvalidInputException("until", "Snooze until a time in the future");
            }
            FollowUp f = r.followUps().find(id).orElseThrow(() -> new InvalidInputException("follow-up", "No follow-up " + id));
            refuseInTrash(r, f);
            if (!f.isOpen()) {
                throw new InvalidInputException("follow-up", "That follow-up is already done");
            }
            // A snooze puts a follow-up off: one due later already was brought forward to the later of its due time and the
            // snooze ("1 hour" on a call snoozed to tomorrow made it tonight's), and the window said a time it did not take.
            if (!until.isAfter(f.effectiveDue())) {
                throw new InvalidInputException("until", "It is due later already (" + java.time.LocalDateTime.ofInstant(f.effectiveDue(),
                        store.clock().getZone()).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                        + "): a snooze puts it off, so snooze until after that");
            }
            r.followUps().snooze(id, until, now);
            r.describe("Snoozed " + com.funnelboard.domain.Printable.article(f.kind().key()) + " follow-up on " + dealOf(r, f));
            return r.followUps().find(id).orElseThrow();
        });
    }

    /**
     * The deal a follow-up is about, as the history, Undo and the Edit menu name it ("Snoozed a call
     * follow-up on “Pilot”": "a call follow-up" said nothing of which one, on a Today list of a hundred).
     */
    private static String dealOf(com.funnelboard.store.Repositories r, FollowUp f) {
        return r.deals().find(f.dealId()).map(d -> quoted(d.title())).orElse("a deal");
    }

    /**
     * A follow-up of a deal in the trash is left as it was: marked done or snoozed there, it changed
     * in a record nobody sees (the command said "Done" of a follow-up no list shows).
     */
    private static void refuseInTrash(com.funnelboard.store.Repositories r, FollowUp f) {
        if (r.deals().find(f.dealId()).isEmpty()) {
            throw new InvalidInputException("follow-up", "That follow-up's deal is in the trash: restore the deal first "
                    + "(the Trash page, or `funnelboard trash restore`)");
        }
    }

    private static String quoted(String title) {
        return "\u201C" + title + "\u201D";
    }

    /** The Today page shows at most this many follow-ups. */
    public static final int AGENDA_LIMIT = 1_000;

    /**
     * Open follow-ups due before the end of the 7th day after today (overdue included), soonest
     * first, at most {@link #AGENDA_LIMIT}.
     */
    public List<FollowUpEntry> agenda() {
        Instant end = FollowUpDue.startOfTomorrow(now(), zone()).atZone(zone()).plusDays(7).toInstant();
        return store.read(r -> r.followUps().open(null, end, AGENDA_LIMIT));
    }

    /** One section of the Today page: its first follow-ups, soonest first, and how many it holds in all. */
    public record Section(FollowUpDue due, List<FollowUpEntry> first, int count) {}

    /**
     * The Today page's sections — overdue, due today, the next 7 days — each with its true count
     * and its first {@code limit.apply(section)} follow-ups, so a long overdue list never hides the
     * others — of the deals {@code owners} lets through ("My deals" on a shared file).
     */
    public List<Section> sections(java.util.function.ToIntFunction<FollowUpDue> limit, com.funnelboard.domain.OwnerFilter owners) {
        Instant now = now();
        Instant weekEnd = FollowUpDue.startOfTomorrow(now, zone()).atZone(zone()).plusDays(7).toInstant();
        return store.read(r -> java.util.Arrays.stream(FollowUpDue.values()).map(due -> {
            FollowUpDue.Window w = due.window(now, zone());
            Instant to = due == FollowUpDue.UPCOMING ? weekEnd : w.to();
            return new Section(due, r.followUps().open(w.from(), to, Math.max(0, limit.applyAsInt(due)), owners),
                    r.followUps().countOpen(w.from(), to, owners));
        }).toList());
    }

    /** Overdue and due-today counts, for the badge that is always visible. */
    public Counts counts() {
        Instant now = now();
        Instant tomorrow = FollowUpDue.startOfTomorrow(now, zone());
        return store.read(r -> new Counts(r.followUps().countOpen(null, now), r.followUps().countOpen(now, tomorrow)));
    }

    /** How many open follow-ups are overdue and due later today. */
    public record Counts(int overdue, int today) {
        public int total() {
            return overdue + today;
        }
    }

    /**
     * The follow-ups whose reminder is due now, each returned once (and again only after a snooze
     * moves it on): what the reminder scheduler shows. On a shared file, those of my deals and of deals
     * nobody owns, not a teammate's (everyone's until this installation's person is known).
     */
    public List<FollowUpEntry> claimDueReminders() {
        return store.write(r -> r.followUps().claimDue(store.clock().instant(), myEmail()));
    }

    /** When the next reminder is due, if any is pending. */
    public java.util.Optional<Instant> nextReminder() {
        return java.util.Optional.ofNullable(store.read(r -> r.followUps().nextReminder(myEmail())));
    }

    private String myEmail() {
        return store.person().map(com.funnelboard.domain.Person::email).orElse(null);
    }

    /** A follow-up after {@link #complete}, and whether that call was the one that completed it. */
    public record Completion(FollowUp followUp, boolean changed) {}

    /**
     * The follow-up a user means by a whole id or its first characters.
     *
     * @throws InvalidInputException when it names no follow-up or more than one
     */
    public UUID resolveId(String idOrPrefix) {
        return IdResolver.resolve(idOrPrefix, "follow-up", (p, n) -> store.read(r -> r.followUps().idsStartingWith(p, n)));
    }
}
