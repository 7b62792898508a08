package com.funnelboard.service;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.WonDetails;
import com.funnelboard.domain.checklist.ItemResult;
import com.funnelboard.store.Repositories;
import com.funnelboard.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One action on many deals — move, reassign, change the expected close date, delete — as one change set: a
 * manager's cleanup of two hundred deals is one line in History and one undo, and a move of many passes each deal's
 * checklist in the same transaction as a single move does (the same code). Deals the action does not fit (in that stage
 * already, closed, deleted since they were chosen) are left as they are and named in the outcome; nothing else is
 * skipped without a word.
 */
public final class BulkDeals {

    /** How many deals a sentence names before it counts the rest. */
    static final int NAMED = 5;

    /** A deal left as it was, and why. */
    public record Skipped(UUID deal, String title, String why) {}

    /**
     * What a bulk action did.
     *
     * @param changed deals changed
     * @param unchanged deals that were as asked already (the owner they had)
     * @param skipped deals the action did not fit, each with why
     * @param lastChanged the title of the last deal changed (null for a move, whose change sets are named as they go)
     */
    public record Outcome(int changed, int unchanged, List<Skipped> skipped, String lastChanged) {
        public Outcome {
            skipped = List.copyOf(skipped);
        }
    }

    /** What to do with deals whose checklist for a forward move is not met and no reason overrides it. */
    public enum Unmet {
        /** Move none of them: the whole action is refused, naming them. */
        REFUSE,
        /** Move the others and name these as skipped. */
        SKIP
    }

    private final Store store;
    private final DealService deals;
    private final DealEditing editing;

    public BulkDeals(Store store, DealService deals, DealEditing editing) {
        this.store = store;
        this.deals = deals;
        this.editing = editing;
    }

    /**
     * Moves the deals to {@code to}, each through its own checklist (derived items answered from its data, {@code checked}
     * ticked for all) or overridden with {@code override}. A move to Won records each deal's value as its final value
     * (a deal without one is skipped: it must be won alone to be given one), closed on {@code closedOn} or today; a move
     * to Lost takes one reason for all.
     *
     * @throws RefusedException under {@link Unmet#REFUSE} when a checklist is not met, naming the deals; nothing moves
     * @throws InvalidInputException for a move to Lost without a reason
     */
    public Outcome move(Collection<UUID> ids, Stage to, List<String> checked, String override, LostReason lostReason, String lostNote,
            LocalDate closedOn, Unmet unmet) {
        if (to == Stage.LOST && lostReason == null) {
            throw new InvalidInputException("lost-reason", "Moving deals to Lost needs a lost reason");
        }
        return store.write(r -> {
            // Each deal takes the ticks its own checklist has; one that no checklist has is a typo, refused for all.
            for (String code : checked) {
                boolean known = com.funnelboard.domain.checklist.Gate.ALL.stream()
                        .anyMatch(g -> r.checklists().forGate(g).stream().anyMatch(i -> i.isNamedBy(code)));
                if (!known) {
                    throw new InvalidInputException("check", "\"" + code + "\" is not an item of any checklist");
                }
            }
            List<Skipped> skipped = new ArrayList<>();
            List<String> notMet = new ArrayList<>();
            int moved = 0;
            for (UUID id : distinct(ids)) {
                Deal deal = live(r, id, skipped);
                if (deal == null) {
                    continue;
                }
                if (deal.stage() == to) {
                    skipped.add(new Skipped(id, deal.title(), "in " + to.label() + " already"));
                    continue;
                }
                MoveRequest request = new MoveRequest(id, to, checked, override, lostReason, lostNote);
                if (to == Stage.WON && closedOn != null) {
                    request = request.withWon(new WonDetails.Entry(null, closedOn, Locale.ROOT));
                } else if (to == Stage.LOST && closedOn != null) {
                    request = request.lostOn(closedOn);
                }
                try {
                    deals.moveIn(r, request, true); // the items ticked for all that this deal's checklist has
                    moved++;
                } catch (MoveRefusedException e) {
                    if (e.verdict().unmet().isEmpty()) {
                        skipped.add(new Skipped(id, deal.title(), sentenceOf(e)));
                    } else if (unmet == Unmet.SKIP) {
                        skipped.add(new Skipped(id, deal.title(), "the " + to.label() + " checklist is not met (" + codes(e.verdict().unmet()) + ")"));
                    } else {
                        notMet.add("\u201C" + deal.title() + "\u201D (" + codes(e.verdict().unmet()) + ")");
                    }
                } catch (InvalidInputException e) {
                    skipped.add(new Skipped(id, deal.title(), e.getMessage().contains("no estimated value")
                            ? "it has no value to be won at (win it alone to give its final value)" : sentenceOf(e)));
                } catch (RefusedException e) {
                    skipped.add(new Skipped(id, deal.title(), sentenceOf(e)));
                }
            }
            if (!notMet.isEmpty()) {
                throw new RefusedException(named(notMet) + (notMet.size() == 1 ? " does" : " do") + " not meet the " + to.label()
                        + " checklist, so nothing was moved. Give a reason to override it for " + (notMet.size() == 1 ? "it" : "them")
                        + ", or move only the deals that meet it.");
            }
            if (moved > 1) {
                r.describe("Moved " + count(moved) + " to " + to.label());
            }
            return new Outcome(moved, 0, skipped, null);
        });
    }

    /**
     * A deal short of its checklist for a move: its title, the codes of the required items not met and their words (see
     * {@link com.funnelboard.domain.checklist.ChecklistItem#shortText}), in the same order.
     */
    public record Shortfall(String title, List<String> codes, List<String> words) {
        public Shortfall {
            codes = List.copyOf(codes);
            words = List.copyOf(words);
        }

        /** "“Pilot” (At least one inbound interaction logged; Fits the ideal customer profile)": the items in the checklist's words. */
        public String named() {
            return "\u201C" + title + "\u201D (" + String.join("; ", words) + ")";
        }

        /** Whether ticking {@code confirmed} by hand meets every item it is short of. */
        public boolean metBy(java.util.Set<String> confirmed) {
            return confirmed.containsAll(codes);
        }
    }

    /**
     * What a move to {@code to} would find of its checklists: the deals short of theirs with nothing ticked by hand, and the
     * items among those a person confirms (not answered from the data), by code with their words, which the move may tick for
     * all (as {@code move --check} does: a bulk move of qualified deals in the window could only be an override).
     */
    public record Preview(List<Shortfall> unmet, Map<String, String> confirmable) {
        public Preview {
            unmet = List.copyOf(unmet);
            confirmable = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(confirmable));
        }
    }

    /**
     * Which of the deals a move to {@code to} would find short of their checklist, read only. Deals in {@code to} already,
     * gone, or moved back or to Lost (no checklist) are not among them.
     */
    public Preview preview(Collection<UUID> ids, Stage to) {
        return store.read(r -> {
            List<Shortfall> out = new ArrayList<>();
            Map<String, String> confirmable = new java.util.LinkedHashMap<>();
            for (UUID id : distinct(ids)) {
                Deal deal = r.deals().find(id).orElse(null);
                if (deal == null || deal.stage() == to) {
                    continue;
                }
                MovePlan plan = deals.plan(r, id, to);
                if (plan.needsChecklist()) {
                    List<ItemResult> unmet = plan.evaluate(List.of()).unmetRequired();
                    if (!unmet.isEmpty()) {
                        out.add(new Shortfall(deal.title(), unmet.stream().map(i -> i.item().code()).toList(),
                                unmet.stream().map(i -> i.item().shortText()).toList()));
                        unmet.stream().filter(i -> !i.item().isDerived()).forEach(i -> confirmable.putIfAbsent(i.item().code(), i.item().text()));
                    }
                }
            }
            return new Preview(out, confirmable);
        });
    }

    /**
     * What {@link #edit} changes of each deal; a part not asked for is left.
     *
     * @param owner the new owner's email (or "Name &lt;email&gt;"'s email), null to leave the owner
     * @param ownerName the name given with it, or null
     * @param unassign true to leave the deals without an owner
     * @param setClose true to change the expected close date to {@code close} (null clears it)
     */
    public record Edit(String owner, String ownerName, boolean unassign, boolean setClose, LocalDate close) {
        public static Edit owner(String email, String name) {
            return new Edit(email, name, false, false, null);
        }

        public static Edit noOwner() {
            return new Edit(null, null, true, false, null);
        }

        public static Edit closeOn(LocalDate day) {
            return new Edit(null, null, false, true, day);
        }

        public Edit and(Edit other) {
            return new Edit(owner != null ? owner : other.owner, owner != null ? ownerName : other.ownerName, unassign || other.unassign,
                    setClose || other.setClose, setClose ? close : other.close);
        }
    }

    /**
     * Changes the owner and/or the expected close date of the deals, as one change set. A won or lost deal has closed: its
     * expected close date is left (it is skipped when that was all that was asked).
     */
    public Outcome edit(Collection<UUID> ids, Edit e) {
        String normal = e.owner() == null ? null : PeopleService.checkedOwner(e.owner());
        String given = normal == null ? null : PeopleService.givenName(e.ownerName(), normal);
        return store.write(r -> {
            Outcome o = each(r, ids, (d, skipped) -> {
                boolean changed = false;
                if (normal != null) {
                    changed = PeopleService.reassignIn(r, d.id(), normal, given);
                } else if (e.unassign()) {
                    changed = d.owner() != null && r.deals().setOwner(d.id(), null);
                }
                if (e.setClose() && !java.util.Objects.equals(d.expectedCloseOn(), e.close())) {
                    if (d.stage().isClosed()) {
                        if (normal == null && !e.unassign()) {
                            skipped.add(new Skipped(d.id(), d.title(), d.stage().label() + " already: a closed deal has no expected close date to change"));
                        }
                    } else {
                        editing.editIn(r, d.id(), new DealEditing.Edit(null, null, null, e.close(), e.close() == null, null));
                        changed = true;
                    }
                }
                return changed;
            });
            String owner = normal != null ? PeopleService.shownOwner(r, normal) : null;
            String close = e.close() == null ? null : e.close().toString();
            if ((normal != null || e.unassign()) && e.setClose()) {
                describe(r, o, "Changed ", ": owner " + (owner == null ? "nobody" : owner) + ", " + (close == null ? "no expected close date"
                        : "expected close " + close));
            } else if (normal != null || e.unassign()) {
                describe(r, o, owner == null ? "Left " : "Gave ", owner == null ? " without an owner" : " to " + owner);
            } else if (close == null) {
                describe(r, o, "Cleared the expected close date of ", "");
            } else {
                describe(r, o, "Set the expected close date of ", " to " + close);
            }
            return o;
        });
    }

    /** Moves the deals to the trash (their calls and notes stay on their contacts' timelines). */
    public Outcome delete(Collection<UUID> ids) {
        return store.write(r -> {
            Outcome o = each(r, ids, (d, s) -> {
                r.deals().delete(d.id());
                return true;
            });
            describe(r, o, "Deleted ", "");
            return o;
        });
    }

    /** A sentence naming up to {@link #NAMED} deals and counting the rest. */
    public static String named(List<String> titles) {
        return named(titles, ", ");
    }

    /** As {@link #named(List)}, the names set apart by {@code separator} ("; " where a name may hold a comma). */
    public static String named(List<String> titles, String separator) {
        String shown = String.join(separator, titles.subList(0, Math.min(NAMED, titles.size())));
        return titles.size() > NAMED ? shown + " and " + (titles.size() - NAMED) + " more" : shown;
    }

    @FunctionalInterface
    private interface Change {
        /** Changes one live deal; true when it changed, false when it was as asked (or skipped, added to the list). */
        boolean apply(Deal deal, List<Skipped> skipped);
    }

    private static Outcome each(Repositories r, Collection<UUID> ids, Change change) {
        List<Skipped> skipped = new ArrayList<>();
        int changed = 0;
        int unchanged = 0;
        String last = null;
        for (UUID id : distinct(ids)) {
            Deal deal = live(r, id, skipped);
            if (deal == null) {
                continue;
            }
            int before = skipped.size();
            if (change.apply(deal, skipped)) {
                changed++;
                last = deal.title();
            } else if (skipped.size() == before) {
                unchanged++;
            }
        }
        return new Outcome(changed, unchanged, skipped, last);
    }

    /** Names the change set "Gave 12 deals to Ida Berg", or "Gave “Pilot” to Ida Berg" when one deal changed. */
    private static void describe(Repositories r, Outcome o, String verb, String rest) {
        if (o.changed() > 0) {
            r.describe(verb + (o.changed() == 1 ? "\u201C" + o.lastChanged() + "\u201D" : count(o.changed())) + rest);
        }
    }

    private static Deal live(Repositories r, UUID id, List<Skipped> skipped) {
        Deal deal = r.deals().find(id).orElse(null);
        if (deal == null) {
            skipped.add(new Skipped(id, null, "deleted since it was chosen"));
        }
        return deal;
    }

    private static Collection<UUID> distinct(Collection<UUID> ids) {
        return new LinkedHashSet<>(ids);
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n) + (n == 1 ? " deal" : " deals");
    }

    /** "Fits the ideal customer profile: fits-icp; Has a need …: has-need": each item's words, and the code {@code move --check} takes. */
    private static String codes(List<ItemResult> unmet) {
        return unmet.stream().map(i -> i.item().shortText() + ": " + i.item().code()).collect(Collectors.joining("; "));
    }

    /** An exception's sentence without its closing full stop, to be set in a list. */
    private static String sentenceOf(RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
