package com.funnelboard.cli;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.WonDetails;
import com.funnelboard.domain.checklist.ItemResult;
import com.funnelboard.service.DealService;
import com.funnelboard.service.MoveRefusedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard move ID --to STAGE}: the same gate the qualification dialog applies. */
@Command(name = "move", description = {
    "Move a deal to another stage through its qualification checklist.",
    "Derived items are answered from the deal's data; tick checked items with --check.",
    "A checklist that is not satisfied refuses the move (exit 2) unless --override gives a reason.",
    "A move to Won records the final value (default: the deal's value) and the close date (default: today)."
})
final class MoveCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(arity = "1..*", paramLabel = "DEAL_ID", description = "The deal's id or its first characters; several (or '-' for those "
            + "read from standard input, one a line, as 'deals list --ids' writes them) move as one change, which one undo takes back.")
    List<String> ids;

    @Option(names = "--skip-unmet", description = "With several deals: move those whose checklist is met and leave the others (without it, "
            + "one unmet checklist moves none).")
    boolean skipUnmet;

    @Option(names = "--to", required = true, paramLabel = "STAGE", completionCandidates = Values.Stages.class,
            description = "The stage: ${COMPLETION-CANDIDATES}.")
    Stage to;

    @Option(names = "--check", paramLabel = "ITEM", description = "A checklist item you confirm, by code (fits-icp) or id. Repeatable.")
    List<String> checks = new ArrayList<>();

    @Option(names = "--override", paramLabel = "REASON", description = "Move although required items are unmet, for this reason (words: at least 3 letters).")
    String override;

    @Option(names = "--lost-reason", paramLabel = "REASON", completionCandidates = Values.LostReasons.class,
            description = "Why the deal was lost (needed for --to lost): ${COMPLETION-CANDIDATES}.")
    LostReason lostReason;

    @Option(names = "--lost-note", paramLabel = "TEXT", description = "A note on the lost reason (needed with --lost-reason other).")
    String lostNote;

    @Option(names = "--final-value", paramLabel = "AMOUNT", description = "For --to won: what the deal closed at, written as --value "
            + "of 'deals add' is (default: the deal's value).")
    String finalValue;

    @Option(names = "--close-date", paramLabel = "DATE", description = "For --to won or lost: the day it closed, such as 2026-03-12 or "
            + "yesterday (default: today); a win up to tomorrow, a loss up to today. The win rate, the forecast and the lost "
            + "reasons count the deal on that day; the funnel counts the move when it is made.")
    String closeDate;

    @Override
    public Integer call() {
        return root.run(s -> {
            LocalDate closedOn;
            try {
                closedOn = closeDate == null ? null : Values.dayOrWord(closeDate, LocalDate.ofInstant(s.now(), s.zone()), s.locale(), "2026-03-12");
            } catch (IllegalArgumentException e) {
                return s.console().fail(ExitCodes.BAD_INPUT, "--close-date: " + e.getMessage());
            }
            if (DealIds.many(ids)) {
                return many(s, closedOn);
            }
            DealService deals = s.deals();
            UUID dealId = deals.resolveId(ids.get(0));
            String title = deals.details(dealId).deal().title();
            try {
                // A loss entered late takes its day as a win does (it was refused: "Only a move to Won takes … a close date").
                boolean lostLate = to == com.funnelboard.domain.Stage.LOST && closedOn != null;
                MoveRequest request = new MoveRequest(dealId, to, checks, override, lostReason, lostNote,
                        new WonDetails.Entry(finalValue, lostLate ? null : closedOn, s.locale()));
                DealService.MoveResult moved = deals.moveReturningDeal(lostLate ? request.lostOn(closedOn) : request);
                StageChange change = moved.change();
                Deal deal = moved.deal();
                String open = stillOpen(s, change);
                LocalDate made = LocalDate.ofInstant(deal.createdAt(), s.zone());
                LocalDate closed = lostLate ? closedOn : deal.closedOn();
                if (closed != null && closed.isBefore(made) && (to == com.funnelboard.domain.Stage.LOST || to == com.funnelboard.domain.Stage.WON)) {
                    // Said, not refused (a deal entered late may have closed before): a typo in a catching-up script, 2026-01-15 for
                    // 2026-11-15, put a loss in a month no deal existed, and the reports counted it there without a word.
                    s.console().note("\"" + title + "\" was " + (to == com.funnelboard.domain.Stage.LOST ? "lost" : "won") + " on " + closed
                            + ", before it was added here (" + made + "); the reports count it on " + closed + ". If the day is wrong, "
                            + "'funnelboard undo' takes the move back.");
                }
                s.console().result(s.json().moved(change, deal), () -> {
                    s.console().line(
                        "Moved \"" + title + "\" from " + change.from().label() + " to " + change.to().label()
                                + (change.overrideReason() == null ? "" : ", overriding the checklist: " + change.overrideReason())
                                + (deal.finalValue() == null ? "" : ", final value " + s.money(deal.finalValue()) + ", closed on "
                                        + deal.closedOn())
                                // The reason a deal was lost, as the one a Won move's override is said (it said "Moved … to Lost." alone).
                                + (change.lostReason() == null ? "" : ": " + change.lostReason().label()
                                        + (change.lostNote() == null || change.lostNote().isBlank() ? "" : " (" + change.lostNote().strip() + ")")
                                        + (closedOn == null ? "" : ", lost on " + closedOn))
                                + (deal.finalValue() == null && change.lostReason() == null && change.overrideReason() != null
                                        && change.overrideReason().matches("(?s).*[.!?\u2026]") ? "" : "."));
                    if (change.overrideReason() == null && com.funnelboard.domain.PlainText.hasVisible(override)) {
                        // Said, not dropped without a word: a manager's "Boss approved" was in no history.
                        s.console().line(change.to().ordinal() > change.from().ordinal() && change.to() != com.funnelboard.domain.Stage.LOST
                                ? "Every required item held, so the --override reason was not needed and is not kept."
                                : "A move " + (change.to() == com.funnelboard.domain.Stage.LOST ? "to Lost" : "back") + " has no checklist, so the "
                                        + "--override reason is not kept.");
                    }
                    if (!open.isEmpty()) {
                        s.console().line(open);
                    }
                });
                return ExitCodes.OK;
            } catch (MoveRefusedException e) {
                List<ItemResult> unmet = e.verdict().unmet();
                // The codes in one column as wide as the longest (an added item's code, "legal-approved-the-contract-1869", ran into its text).
                int width = Math.max(20, unmet.stream().mapToInt(r -> r.item().code().length()).max().orElse(0));
                List<String> lines = new ArrayList<>(unmet.stream()
                        .map(r -> String.format("%-" + width + "s %s%s", r.item().code(), r.item().text(), r.item().isDerived() ? " (derived)" : ""))
                        .toList());
                if (!unmet.isEmpty() && override != null && !com.funnelboard.domain.PlainText.hasVisible(override)) {
                    lines.add("The --override reason was blank (nothing in it can be seen): write why it moves anyway (the reason is kept in "
                            + "the deal's history).");
                } else if (!unmet.isEmpty()) {
                    lines.add("Confirm checked items with --check CODE, or move anyway with --override REASON.");
                } else if (to == com.funnelboard.domain.Stage.LOST && lostReason == null) {
                    lines.add("Give one with --lost-reason " + java.util.Arrays.stream(com.funnelboard.domain.LostReason.values())
                            .map(com.funnelboard.domain.LostReason::key).collect(java.util.stream.Collectors.joining("|"))
                            + " (and --lost-note TEXT with other).");
                }
                return s.console().fail(ExitCodes.REFUSED, e.getMessage(), lines,
                        Map.of("unmet", unmet.stream().map(JsonViews::unmet).toList()));
            }
        });
    }

    /** After a move to Won: the follow-ups still open, said with the command that closes them (a won deal's are the rep's to close). */
    private static String stillOpen(Session s, StageChange change) {
        if (change.to() != com.funnelboard.domain.Stage.WON) {
            return "";
        }
        int open = s.workspace().followUps().openOfDeal(change.dealId());
        return open == 0 ? "" : open + (open == 1 ? " follow-up is" : " follow-ups are") + " still open on it; `funnelboard followups done --deal "
                + change.dealId() + "` marks " + (open == 1 ? "it" : "them") + " done.";
    }

    /** Several deals moved as one change set, each through its checklist (see {@link com.funnelboard.service.BulkDeals#move}). */
    private int many(Session s, LocalDate closedOn) {
        if (finalValue != null) {
            return s.console().fail(ExitCodes.BAD_INPUT, "--final-value is for one deal: win the deals one at a time to give each its "
                    + "final value (without it, each is won at its own value)");
        }
        List<UUID> deals;
        try {
            deals = DealIds.resolve(s, ids, root::standardInput);
        } catch (IllegalArgumentException e) {
            return s.console().fail(ExitCodes.BAD_INPUT, e.getMessage());
        }
        com.funnelboard.service.BulkDeals.Outcome outcome;
        try {
            outcome = s.workspace().bulkDeals().move(deals, to, checks, override, lostReason, lostNote, closedOn,
                    skipUnmet ? com.funnelboard.service.BulkDeals.Unmet.SKIP : com.funnelboard.service.BulkDeals.Unmet.REFUSE);
        } catch (com.funnelboard.service.RefusedException e) {
            return s.console().fail(ExitCodes.REFUSED, e.getMessage() + " (--override REASON moves them all; --skip-unmet moves the others)");
        }
        return BulkReport.print(s, outcome, "Moved", " to " + to.label() + (to == Stage.LOST ? ", their open follow-ups done," : ""));
    }
}
