package com.funnelboard.cli;

import com.funnelboard.domain.Direction;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.service.InteractionService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard interactions add|list}: a deal's timeline. */
@Command(name = "interactions", addMethodSubcommands = false, description = "Log and list what happened with a deal's contact.")
final class InteractionsCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "add", description = {
        "Log an interaction with a deal's contact.",
        "An inbound reply or a request answers the derived checklist items at once."
    })
    int add(@Mixin AddOptions options) {
        String dealId = options.dealId;
        InteractionKind kind = options.kind;
        Direction direction = options.direction;
        Instant at = options.at;
        String note = options.note;
        return root.run(s -> {
            UUID deal = s.deals().resolveId(dealId);
            Interaction i = s.workspace().interactions().log(deal, kind, direction, at, note);
            s.console().result(s.json().interaction(i), () -> s.console().line("Logged " + i.direction().label() + " " + i.kind().label()
                    + " at " + s.time(i.occurredAt()) + " (" + Session.shortId(i.id()) + ")."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "list", description = "List a deal's interactions, newest first (with those logged on its contact).")
    int list(@Parameters(paramLabel = "DEAL_ID", description = "The deal's id or its first characters.") String dealId) {
        return root.run(s -> {
            UUID deal = s.deals().resolveId(dealId);
            InteractionService service = s.workspace().interactions();
            List<Interaction> list = service.forDeal(deal);
            s.console().result(Map.of("interactions", list.stream().map(s.json()::interaction).toList()),
                    () -> s.console().table(new String[] {"ID", "AT", "DIR", "KIND", "NOTE"},
                            list.stream().map(i -> trimIndent(DealsCommand.interactionRow(s, i))).toList(), "Nothing logged for this deal yet."));
            return ExitCodes.OK;
        });
    }

    /** Rows shared with {@code deals show} are indented there; a list of its own starts at the margin. */
    static String[] trimIndent(String[] row) {
        row[0] = row[0].strip();
        return row;
    }

    /** The options of {@code interactions add}, as fields (see {@link CommandWords}). */
    static final class AddOptions {
        @Parameters(paramLabel = "DEAL_ID", description = "The deal's id or its first characters.")
        String dealId;
        @Option(names = "--kind", required = true, paramLabel = "KIND", completionCandidates = Values.InteractionKinds.class,
                description = "What happened: ${COMPLETION-CANDIDATES}.")
        InteractionKind kind;
        @Option(names = "--direction", required = true, paramLabel = "in|out", completionCandidates = Values.Directions.class,
                description = "in: the contact reached us; out: we reached them.")
        Direction direction;
        @Option(names = "--at", paramLabel = "ISO_TIME",
                description = "When, such as 2026-03-12T14:30 (local) or 2026-03-12T14:30+01:00 (default: now).")
        Instant at;
        @Option(names = "--note", paramLabel = "TEXT")
        String note;
    }
}
