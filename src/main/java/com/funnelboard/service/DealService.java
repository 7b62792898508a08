package com.funnelboard.service;

import com.funnelboard.domain.Contact;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.MoveVerdict;
import com.funnelboard.domain.Organization;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.Transition;
import com.funnelboard.domain.WonDetails;
import com.funnelboard.domain.checklist.ChecklistEvaluation;
import com.funnelboard.domain.checklist.ChecklistEvaluator;
import com.funnelboard.domain.checklist.ChecklistItem;
import com.funnelboard.domain.checklist.ItemResult;
import com.funnelboard.store.Repositories;
import com.funnelboard.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Use cases on deals: create a lead, plan a stage move, and commit it through the gate. */
public final class DealService {

    private final Store store;
    private final ChecklistEvaluator evaluator;
    private final Supplier<String> currentUser;

    public DealService(Store store, ChecklistEvaluator evaluator, Supplier<String> currentUser) {
        this.store = store;
        this.evaluator = evaluator;
        this.currentUser = currentUser;
    }

    /** What a move of the deal to {@code to} involves; nothing is written. */
    public MovePlan plan(UUID dealId, Stage to) {
        return store.read(r -> plan(r, dealId, to));
    }

    /**
     * Commits a move, re-checking the gate against the data as it is now: the deal's new stage (with
     * the final value and close date of a move to Won) and its stage_change row are written in one
     * transaction, or nothing is. A move to Lost also marks the deal's open follow-ups done, at the
     * move's time, in the same change set (so undoing the move opens them again).
     *
     * @throws MoveRefusedException when the rules refuse the move (unmet checklist, no lost reason)
     * @throws InvalidInputException when the won details are not valid, or given for another move
     */
    public StageChange move(MoveRequest request) {
        return moveReturningDeal(request).change();
    }

    /** A committed move: its history row, the deal as the move left it, and how many open follow-ups a move to Lost closed. */
    public record MoveResult(StageChange change, Deal deal, int followUpsClosed) {}

    /** {@link #move}, also returning the deal as the move left it (read in the same transaction). */
    public MoveResult moveReturningDeal(MoveRequest request) {
        return store.write(r -> moveIn(r, request));
    }

    /**
     * The move inside a write transaction already open (one deal of a batch, see {@link BulkDeals}): the same checks and rows
     * as {@link #moveReturningDeal}. Nothing is written when it throws.
     */
    MoveResult moveIn(com.funnelboard.store.Repositories r, MoveRequest request) {
        return moveIn(r, request, false);
    }

    /**
     * @param tickedForMany the request's ticks were made for many deals at once: those this deal's checklist has count, the
     *     others are no error (a lead going to Won passes more gates than an opportunity)
     */
    MoveResult moveIn(com.funnelboard.store.Repositories r, MoveRequest request, boolean tickedForMany) {
        MovePlan plan = plan(r, request.dealId(), request.to());
        if (request.from() != null && plan.deal().stage() != request.from()) {
            throw new RefusedException("\u201C" + plan.deal().title() + "\u201D is in " + plan.deal().stage().label() + " now, not in "
                    + request.from().label() + ": it was moved elsewhere since this move was asked; nothing was changed.");
        }
        if (request.checklistSeen() != null && !request.checklistSeen().equals(MoveRequest.checklistOf(plan.items()))) {
            // Reworded, added, removed or made required while the dialog was open: ticked in words the rep never saw.
            throw new ChecklistChangedException("The checklist for this move changed while it was open (an item reworded, added, removed or "
                    + "made required): nothing was moved. Move the deal again to see it as it is now.");
        }
        if (!tickedForMany) {
            requireKnownItems(plan, request.checked());
        }
        if (!plan.needsWonDetails() && !request.won().isEmpty() && plan.deal().stage() == Stage.WON && request.to() == Stage.WON) {
            // Said of the deal: "Only a move to Won takes a final value" answered a move to Won of a deal won already.
            throw new RefusedException("\u201C" + plan.deal().title() + "\u201D is in Won already, with the final value and close date "
                    + "recorded when it was won; to correct them: funnelboard deals edit " + plan.deal().id().toString().substring(0, 8)
                    + " --final-value AMOUNT --closed-on DATE (in the window, Correct… beside the deal\u2019s win). Nothing was changed.");
        }
        if (!plan.needsWonDetails() && !request.won().isEmpty()) {
            throw new InvalidInputException(request.won().finalValue() != null ? WonDetails.FINAL_VALUE : WonDetails.CLOSE_DATE,
                    "Only a move to Won takes a final value and a close date");
        }
        ChecklistEvaluation evaluation = plan.evaluate(request.checked());
        MoveVerdict verdict = MoveVerdict.judge(plan.transition(), evaluation, request);
        if (!verdict.allowed()) {
            throw new MoveRefusedException(verdict);
        }
        WonDetails won = null;
        if (plan.needsWonDetails()) {
            WonDetails.Checked checked = plan.checkWon(request.won());
            if (!checked.valid()) {
                throw new InvalidInputException(checked.problems());
            }
            won = checked.details();
        }
        Instant now = store.clock().instant();
        boolean lost = request.to() == Stage.LOST;
        Instant enteredAt = won == null ? lostOn(request, lost, now) : wonOn(won, now);
        StageChange change = new StageChange(
                UUID.randomUUID(),
                plan.deal().id(),
                plan.deal().stage(),
                request.to(),
                now,
                currentUser.get(),
                answered(evaluation),
                plan.transition() instanceof Transition.Forward && !evaluation.isSatisfied() ? request.overrideReason() : null,
                lost ? request.lostReason() : null,
                lost ? request.lostNote() : null);
        r.deals().moveTo(plan.deal().id(), request.to(), enteredAt, change.lostReason(), change.lostNote(), won);
        r.stageChanges().insert(change);
        int closed = lost ? r.followUps().closeOpenOfDeal(plan.deal().id(), now) : 0;
        r.describe("Moved \u201C" + plan.deal().title() + "\u201D from " + plan.deal().stage().label() + " to " + request.to().label());
        return new MoveResult(change, r.deals().find(plan.deal().id()).orElseThrow(), closed);
    }

    /**
     * When a move to Won records the deal in Won: now, or for a win entered late (a close date before today) that day's
     * {@link com.funnelboard.domain.DayMoment}, as a loss entered late and an import's won deals are — a deal won last month
     * read "0 d" in Won on its card and in {@code deals show}.
     */
    static Instant wonOn(WonDetails won, Instant now, java.time.ZoneId zone) {
        return won.closedOn().isBefore(LocalDate.ofInstant(now, zone)) ? com.funnelboard.domain.DayMoment.of(won.closedOn(), zone) : now;
    }

    private Instant wonOn(WonDetails won, Instant now) {
        return wonOn(won, now, store.clock().getZone());
    }

    /**
     * When a move to Lost records the deal lost: now, or the day given for a loss entered late (its {@link
     * com.funnelboard.domain.DayMoment}, which reads as that day in teammates' zones too),
     * as an import records a lost deal's close date — a rep catching up put every loss on the day it was entered, and the
     * months' win rates read 100 % and 36 %. Its history row keeps the time the move was made.
     *
     * @throws InvalidInputException for a day given with another move, or one after today
     */
    private Instant lostOn(MoveRequest request, boolean lost, Instant now) {
        if (request.lostOn() == null) {
            return now;
        }
        if (!lost) {
            throw new InvalidInputException(WonDetails.CLOSE_DATE, "Only a move to Won or Lost takes a close date");
        }
        java.time.ZoneId zone = store.clock().getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (request.lostOn().isAfter(today)) {
            throw new InvalidInputException(WonDetails.CLOSE_DATE, "The day it was lost (" + request.lostOn() + ") is after today");
        }
        if (!com.funnelboard.domain.CalendarYears.holds(request.lostOn())) {
            throw new InvalidInputException(WonDetails.CLOSE_DATE, "The day it was lost is not a day " + com.funnelboard.domain.CalendarYears.BETWEEN);
        }
        return request.lostOn().equals(today) ? now : com.funnelboard.domain.DayMoment.of(request.lostOn(), zone);
    }

    /** Stored organizations a typed name may mean (see ContactRepository#organizationNamesStarting), for New lead to suggest. */
    public List<String> organizationsStarting(String typed, int limit) {
        return store.read(r -> r.contacts().organizationNamesStarting(typed, limit));
    }

    /**
     * Creates a contact (in an existing organization of the same name, or a new one) and a Lead deal
     * for them, and records the deal's entry into Lead.
     *
     * @throws InvalidInputException naming each field that needs correcting
     */
    public UUID createLead(NewLead lead) {
        return createLead(lead, null).deal();
    }

    /** A lead made, or the one made before under the same external id. */
    public record Lead(UUID deal, boolean existed) {}

    /** The longest external id (the database's limit). */
    public static final int EXTERNAL_ID_MAX = 200;

    /**
     * As {@link #createLead(NewLead)}, under the id another program gave it (a web form's submission
     * id): when a live deal has that id already, it is returned and nothing is written — in the same
     * transaction, so a form posted twice at once still makes one lead. Null for none.
     */
    public Lead createLead(NewLead lead, String externalId) {
        Map<String, String> problems = new java.util.LinkedHashMap<>(lead.problems());
        String key = externalId == null ? null : externalId.strip();
        if (key != null && (key.isEmpty() || key.length() > EXTERNAL_ID_MAX || key.chars().anyMatch(Character::isISOControl))) {
            problems.put("external-id", "Write an external id of 1 to " + EXTERNAL_ID_MAX + " characters on one line");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return store.write(r -> {
            java.util.Optional<UUID> before = key == null ? java.util.Optional.empty() : r.deals().withExternalKey(key);
            if (before.isPresent()) {
                return new Lead(before.get(), true);
            }
            if (key != null) {
                // Deleted by someone: a new lead under its id made two of one id once it was restored (an undone add is added again).
                r.deals().deletedWithExternalKey(key).ifPresent(gone -> {
                    throw new RefusedException("The deal \u201C" + gone.title() + "\u201D (" + gone.id().toString().substring(0, 8)
                            + ") with the external id " + key + " is in the trash: restore it (funnelboard trash restore "
                            + gone.id().toString().substring(0, 8) + ") rather than add it again, or give another id. Nothing was added.");
                });
            }
            Instant now = store.clock().instant();
            UUID orgId = null;
            if (lead.organization() != null && !lead.organization().isBlank()) {
                orgId = r.contacts().findOrganizationByName(lead.organization()).map(Organization::id).orElse(null);
                if (orgId == null) {
                    orgId = UUID.randomUUID();
                    r.contacts().insertOrganization(new Organization(orgId, lead.organization().strip()));
                }
            }
            UUID contactId = UUID.randomUUID();
            r.contacts().insert(new Contact(contactId, orgId, lead.contactName().strip(), trimToNull(lead.email()),
                    trimToNull(lead.phone()), lead.source() == null ? null : lead.source().key()));
            UUID dealId = UUID.randomUUID();
            r.deals().insert(new Deal(dealId, contactId, lead.title().strip(), Stage.LEAD, lead.money().orElse(null),
                    lead.currencyCode(), lead.source() == null ? null : lead.source().key(), null, now, null, null, null, null, now, now), key);
            r.stageChanges().insert(new StageChange(UUID.randomUUID(), dealId, null, Stage.LEAD, now, currentUser.get(), List.of(),
                    null, null, null));
            r.describe("New lead \u201C" + lead.title().strip() + "\u201D");
            return new Lead(dealId, false);
        });
    }

    /**
     * Opens another deal, in Lead, for an existing contact (an upsell or cross-sell).
     *
     * @param value the amount as typed, blank when not estimated
     * @param locale the locale the value is written in
     * @throws InvalidInputException naming each field that needs correcting
     */
    public UUID createDeal(UUID contactId, String title, String value, String currency, Locale locale) {
        NewLead check = new NewLead("existing", null, null, null, null, title, value, currency, locale);
        Map<String, String> problems = check.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return store.write(r -> {
            Contact contact = r.contacts().find(contactId).orElseThrow(() -> ContactService.noContact(contactId));
            Instant now = store.clock().instant();
            UUID dealId = UUID.randomUUID();
            r.deals().insert(new Deal(dealId, contact.id(), title.strip(), Stage.LEAD, check.money().orElse(null), check.currencyCode(),
                    contact.source(), null, now, null, null, null, null, now, now));
            r.stageChanges().insert(new StageChange(UUID.randomUUID(), dealId, null, Stage.LEAD, now, currentUser.get(), List.of(),
                    null, null, null));
            r.describe("New deal \u201C" + title.strip() + "\u201D for " + contact.name());
            return dealId;
        });
    }

    /**
     * The deal a user means by a whole id or its first characters.
     *
     * @throws InvalidInputException when it names no deal or more than one
     */
    /**
     * {@link #resolveId} of many, in the order given, each once, in one read (a script's 5,000 ids took a read each).
     *
     * @throws InvalidInputException naming the first that names no deal, or more than one
     */
    public List<UUID> resolveIds(List<String> idsOrPrefixes) {
        return store.read(r -> {
            java.util.LinkedHashSet<UUID> out = new java.util.LinkedHashSet<>();
            for (String p : idsOrPrefixes) {
                out.add(IdResolver.resolve(p, "deal", (prefix, n) -> r.deals().idsStartingWith(prefix, n), prefix -> r.deals().inTrashStartingWith(prefix)));
            }
            return List.copyOf(out);
        });
    }

    public UUID resolveId(String idOrPrefix) {
        return IdResolver.resolve(idOrPrefix, "deal", (p, n) -> store.read(r -> r.deals().idsStartingWith(p, n)),
                p -> store.read(r -> r.deals().inTrashStartingWith(p)));
    }

    /**
     * Deals in board order, optionally of one stage and matching a text in the title, contact,
     * email or organization.
     */
    public List<DealCard> search(Stage stage, String text, int limit) {
        return store.read(r -> r.board().search(stage, text, limit));
    }

    /** As {@link #search(Stage, String, int)}, of the deals the owner filter lets through. */
    public List<DealCard> search(Stage stage, String text, com.funnelboard.domain.OwnerFilter owners, int limit) {
        return store.read(r -> r.board().search(stage, text, owners, limit));
    }

    /** Live deals the lens lets through, optionally of one stage, by stage then in {@code sort} order. */
    public List<DealCard> list(Stage stage, com.funnelboard.domain.BoardLens lens, com.funnelboard.domain.DealSort sort, int limit) {
        return list(stage, lens, sort, 0, limit);
    }

    /** As {@link #list(Stage, com.funnelboard.domain.BoardLens, com.funnelboard.domain.DealSort, int)}, after the first {@code offset} deals of that order. */
    public List<DealCard> list(Stage stage, com.funnelboard.domain.BoardLens lens, com.funnelboard.domain.DealSort sort, int offset, int limit) {
        com.funnelboard.domain.RotRule rot = new PipelineSettings(store).rotRule();
        return store.read(r -> r.board().list(stage, lens, sort, rot, store.clock().instant(), offset, limit));
    }

    /**
     * When a deal is expected to close, and when it closed (won or lost); either may be null. With the id another program gave
     * it, its source, why it was lost and when it was created (what `deals list --json` lacked beside the CSV export).
     */
    public record CloseDates(java.time.LocalDate expected, java.time.LocalDate closed, String externalId, String source, String lostReason,
            Instant createdAt) {}

    /** The close dates and external ids of {@code deals} by id, which a list's cards do not hold (for `deals list --json`). */
    public java.util.Map<java.util.UUID, CloseDates> closeDates(List<DealCard> deals) {
        var found = store.read(r -> r.deals().closeDates(deals.stream().map(DealCard::id).toList()));
        java.util.Map<java.util.UUID, CloseDates> out = new java.util.HashMap<>();
        found.forEach((id, d) -> out.put(id, new CloseDates(d.expectedCloseOn(), d.closedOn(), d.externalKey(), d.source(), d.lostReason(),
                d.createdAt())));
        return out;
    }

    /** Live deals with no contact (kept by an import), newest first, after the first {@code offset}. */
    public List<DealCard> withoutContact(int offset, int limit) {
        return store.read(r -> r.board().withoutContact(offset, limit));
    }

    /** A deal with its contact, organization, timeline, follow-ups and the checklist of its next gate. */
    public DealDetails details(UUID dealId) {
        return store.read(r -> {
            Deal deal = r.deals().find(dealId).orElseThrow(() -> noDeal(dealId));
            Contact contact = deal.contactId() == null ? null : r.contacts().find(deal.contactId()).orElse(null);
            java.util.UUID orgId = contact != null && contact.organizationId() != null ? contact.organizationId()
                    : r.deals().organizationOf(dealId).orElse(null);
            Organization org = orgId == null ? null : r.contacts().findOrganization(orgId).orElse(null);
            Stage next = deal.stage().next().orElse(null);
            ChecklistEvaluation checklist = next == null ? new ChecklistEvaluation(List.of()) : plan(r, dealId, next).evaluate(List.of());
            List<Interaction> timeline = new ArrayList<>(r.interactions().forDeal(dealId));
            Collections.reverse(timeline);
            return new DealDetails(deal, contact, org, next, checklist, timeline, r.followUps().forDeal(dealId),
                    r.scores().explain(dealId, store.clock().instant()).orElse(null), r.deals().externalKeyOf(dealId).orElse(null),
                    r.deals().notes(dealId).orElse(null));
        });
    }

    private static void requireKnownItems(MovePlan plan, List<String> checked) {
        if (plan.transition() instanceof Transition.Refused) {
            return; // the move itself is refused, and says why ("A lost deal can only be reopened as a Lead"), not its items
        }
        ChecklistEvaluation answered = null;
        for (String name : checked) {
            ChecklistItem item = plan.items().stream().filter(i -> i.isNamedBy(name)).findFirst().orElse(null);
            if (item == null) {
                throw new InvalidInputException("check", "\"" + name + "\" is not an item of the checklist for this move"
                        + (plan.items().isEmpty() ? " (it has none)" : ""));
            }
            if (item.isDerived()) {
                answered = answered != null ? answered : plan.evaluate(List.of());
                boolean holds = answered.results().stream().anyMatch(r -> r.item().id().equals(item.id()) && r.holds());
                if (!holds) {
                    // It was let through and left unmet without a word.
                    throw new InvalidInputException("check", "\"" + item.code() + "\" is answered by the data, not ticked: "
                            + item.rule().hint() + " first");
                }
            }
        }
    }

    static InvalidInputException noDeal(UUID dealId) {
        return new InvalidInputException("deal", "No deal " + dealId);
    }

    MovePlan plan(Repositories r, UUID dealId, Stage to) {
        Deal deal = r.deals().find(dealId).orElseThrow(() -> noDeal(dealId));
        Transition transition = Transition.of(deal.stage(), to);
        List<ChecklistItem> items = new ArrayList<>();
        if (transition instanceof Transition.Forward f) {
            f.gates().forEach(g -> items.addAll(r.checklists().forGate(g)));
        }
        return new MovePlan(deal, transition, items, r.interactions().forDeal(dealId), evaluator, LocalDate.now(store.clock()),
                r.scores().profileEvidence(dealId).orElse(null));
    }

    private static List<StageChange.AnsweredItem> answered(ChecklistEvaluation evaluation) {
        return evaluation.results().stream().map(DealService::answered).toList();
    }

    private static StageChange.AnsweredItem answered(ItemResult r) {
        return new StageChange.AnsweredItem(r.item().code(), r.item().text(), r.item().required(), r.item().isDerived(), r.holds(),
                r.evidence());
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
