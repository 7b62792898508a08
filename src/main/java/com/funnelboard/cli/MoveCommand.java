package com.funnelboard.cli;

import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.MoveRequest;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.checklist.ItemResult;
import com.funnelboard.service.DealService;
import com.funnelboard.service.MoveRefusedException;
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
    "A checklist that is not satisfied refuses the move (exit 2) unless --override gives a reason."
})
final class MoveCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "DEAL_ID", description = "The deal's id or its first characters.")
    String id;

    @Option(names = "--to", required = true, paramLabel = "STAGE", completionCandidates = Values.Stages.class,
            description = "The stage: ${COMPLETION-CANDIDATES}.")
    Stage to;

    @Option(names = "--check", paramLabel = "ITEM", description = "A checklist item you confirm, by code (fits-icp) or id. Repeatable.")
    List<String> checks = new ArrayList<>();

    @Option(names = "--override", paramLabel = "REASON", description = "Move although required items are unmet, for this reason.")
    String override;

    @Option(names = "--lost-reason", paramLabel = "REASON", completionCandidates = Values.LostReasons.class,
            description = "Why the deal was lost (needed for --to lost): ${COMPLETION-CANDIDATES}.")
    LostReason lostReason;

    @Option(names = "--lost-note", paramLabel = "TEXT", description = "A note on the lost reason (needed with --lost-reason other).")
    String lostNote;

    @Override
    public Integer call() {
        return root.run(s -> {
            DealService deals = s.deals();
            UUID dealId = deals.resolveId(id);
            String title = deals.details(dealId).deal().title();
            try {
                StageChange change = deals.move(new MoveRequest(dealId, to, checks, override, lostReason, lostNote));
                s.console().result(s.json().stageChange(change), () -> s.console().line(
                        "Moved \"" + title + "\" from " + change.from().label() + " to " + change.to().label()
                                + (change.overrideReason() == null ? "" : ", overriding the checklist: " + change.overrideReason()) + "."));
                return ExitCodes.OK;
            } catch (MoveRefusedException e) {
                List<ItemResult> unmet = e.verdict().unmet();
                List<String> lines = new ArrayList<>(unmet.stream()
                        .map(r -> String.format("%-20s %s%s", r.item().code(), r.item().text(), r.item().isDerived() ? " (derived)" : ""))
                        .toList());
                if (!unmet.isEmpty()) {
                    lines.add("Confirm checked items with --check CODE, or move anyway with --override REASON.");
                }
                return s.console().fail(ExitCodes.REFUSED, e.getMessage(), lines,
                        Map.of("unmet", unmet.stream().map(JsonViews::unmet).toList()));
            }
        });
    }
}
