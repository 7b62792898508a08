package com.funnelboard.cli;

import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpDue;
import com.funnelboard.domain.FollowUpEntry;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.service.FollowUpService;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard followups add|list|done}: reminders to get back to a deal's contact. */
@Command(name = "followups", addMethodSubcommands = false, description = "Schedule, list and complete follow-ups.")
final class FollowUpsCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "add", description = "Schedule a follow-up on a deal.")
    int add(@Mixin AddOptions options) {
        String dealId = options.dealId;
        Instant due = options.due;
        FollowUpKind kind = options.kind;
        String note = options.note;
        return root.run(s -> {
            UUID deal = s.deals().resolveId(dealId);
            FollowUp f = s.workspace().followUps().schedule(deal, due, kind, note);
            if (f.dueAt().isBefore(s.now())) {
                // As the window says it before it schedules one ("yesterday 9:00" was taken without a word, exit 0).
                s.console().note("That time has passed: the follow-up is overdue at once.");
            }
            s.console().result(s.json().followUp(f), () -> s.console().line(
                    "Scheduled " + com.funnelboard.domain.Printable.article(f.kind().key()) + " for " + s.time(f.dueAt()) + " (" + Session.shortId(f.id()) + ")."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "list", description = {
        "List open follow-ups, soonest first.",
        "overdue: the time has passed; today: later today; upcoming: tomorrow or later."
    })
    int list(@Option(names = "--due", paramLabel = "WHEN", completionCandidates = Values.Dues.class,
            description = "Only those ${COMPLETION-CANDIDATES} (default: all open).") FollowUpDue due,
            @Option(names = "--owner", paramLabel = "EMAIL|me|nobody",
                    description = "Only those of deals this person owns: their email, 'me' (see 'whoami'), or 'nobody'.") String owner) {
        return root.run(s -> {
            com.funnelboard.domain.OwnerFilter who = owner == null ? com.funnelboard.domain.OwnerFilter.EVERYONE : s.owner(owner);
            List<FollowUpEntry> list = s.workspace().followUps().open(due).stream().filter(e -> who.test(e.owner())).toList();
            s.console().result(Map.of("followUps", list.stream().map(s.json()::followUpRow).toList()),
                    () -> s.console().table(new String[] {"ID", "DUE", "STATUS", "KIND", "OWNER", "DEAL", "CONTACT", "NOTE"},
                            list.stream().map(e -> row(s, e)).toList(), due == null ? "No open follow-ups." : "No follow-ups " + due.key() + "."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "done", description = {"Mark a follow-up done (one already done is left as it is).",
        "With --deal instead of an ID: every open follow-up of that deal, as one change (a deal won needs no more sales calls)."})
    int done(@Parameters(paramLabel = "ID", arity = "0..1", description = "The follow-up's id or its first characters.") String id,
            @Option(names = "--deal", paramLabel = "DEAL", description = "A deal's id or its first characters: mark all its open follow-ups done.")
                    String deal) {
        if ((id == null) == (deal == null)) {
            return root.console().fail(ExitCodes.USAGE, "Give either a follow-up's ID or --deal DEAL"); // how the command is called, as a missing argument is
        }
        if (deal != null) {
            return root.run(s -> {
                java.util.UUID dealId = s.deals().resolveId(deal);
                int closed = s.workspace().followUps().closeOpenOfDeal(dealId);
                Map<String, Object> doc = new java.util.LinkedHashMap<>();
                doc.put("deal", dealId.toString());
                doc.put("closed", closed);
                s.console().result(doc, () -> s.console().line(closed == 0 ? "No open follow-up on that deal; nothing changed."
                        : "Done: " + closed + " follow-up" + (closed == 1 ? "" : "s") + " of that deal. `funnelboard undo` opens them again."));
                return ExitCodes.OK;
            });
        }
        return root.run(s -> {
            FollowUpService service = s.workspace().followUps();
            FollowUpService.Completion c = service.complete(service.resolveId(id));
            FollowUp f = c.followUp();
            s.console().result(s.json().followUp(f), () -> s.console().line(c.changed()
                    ? "Done: the " + f.kind().key() + " due " + s.time(f.dueAt()) + "."
                    : "Already done on " + s.time(f.doneAt()) + "; nothing changed."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "snooze", description = "Put an open follow-up off until a later time.")
    int snooze(@Parameters(paramLabel = "ID", description = "The follow-up's id or its first characters.") String id,
            @Option(names = "--until", required = true, paramLabel = "ISO_TIME",
                    description = "When it comes back, such as 2026-03-13T09:00 (local) or 2026-03-13T09:00+01:00.") Instant until) {
        return root.run(s -> {
            FollowUpService service = s.workspace().followUps();
            FollowUp f = service.snooze(service.resolveId(id), until);
            s.console().result(s.json().followUp(f), () -> s.console().line("Snoozed the " + f.kind().key() + " until "
                    + s.time(f.effectiveDue()) + "."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "export", description = {
        "Write follow-ups to an iCalendar (.ics) file for Google Calendar, Outlook or Thunderbird.",
        "Each is an event with a reminder at its time; importing a newer export updates the events (same UIDs)."
    })
    int export(@Mixin ExportOptions options) {
        Path file = options.file;
        LocalDate from = options.from;
        LocalDate to = options.to;
        String owner = options.owner;
        return root.run(s -> {
            try {
                com.funnelboard.domain.OwnerFilter who = owner == null ? com.funnelboard.domain.OwnerFilter.EVERYONE : s.owner(owner);
                int n = s.workspace().calendarExport().export(file, from, to, false, who);
                Map<String, Object> doc = new java.util.LinkedHashMap<>();
                doc.put("file", Console.named(file));
                doc.put("followUps", n);
                s.console().wrote(file, doc, "Wrote " + n + " follow-up" + (n == 1 ? "" : "s") + " to " + Console.named(file) + ".");
                return ExitCodes.OK;
            } catch (java.io.UncheckedIOException e) {
                RootCommand.LOG.warn("{}", e.getMessage(), e);
                return s.console().fail(ExitCodes.IO, FileFailure.words(e.getMessage()));
            }
        });
    }

    private static String[] row(Session s, FollowUpEntry e) {
        FollowUp f = e.followUp();
        return new String[] {
            Session.shortId(f.id()),
            s.time(f.effectiveDue()),
            s.json().status(f),
            f.kind().key(),
            Session.text(e.owner()),
            e.dealTitle(),
            e.who() + (e.organizationName() == null ? "" : " · " + e.organizationName()),
            f.note() == null ? "" : f.note()
        };
    }

    /** The options of {@code followups add}, as fields (see {@link CommandWords}). */
    static final class AddOptions {
        @Parameters(paramLabel = "DEAL_ID", description = "The deal's id or its first characters.")
        String dealId;
        @Option(names = "--due", required = true, paramLabel = "WHEN",
                description = "When: 2026-03-12T14:30 or 2026-03-12 14:30 (local time), 2026-03-12T14:30+01:00, or words such as "
                        + "\"tomorrow 9:00\", \"friday 2pm\", \"next monday\" (9:00), \"+3 8\" (in 3 days at 8:00), \"12/8/2026 9:00\" "
                        + "(in your locale's order).")
        Instant due;
        @Option(names = "--kind", paramLabel = "KIND", defaultValue = "call", completionCandidates = Values.FollowUpKinds.class,
                description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        FollowUpKind kind;
        @Option(names = "--note", paramLabel = "TEXT")
        String note;
    }

    /** The options of {@code followups export}, as fields (see {@link CommandWords}). */
    static final class ExportOptions {
        @Option(names = "--ics", required = true, paramLabel = "FILE", description = "The file to write (replaced).")
        Path file;
        @Option(names = "--from", paramLabel = "DATE", description = "First day, such as 2026-03-01 (default: no limit).")
        LocalDate from;
        @Option(names = "--to", paramLabel = "DATE", description = "Last day, inclusive (default: no limit).")
        LocalDate to;
        @Option(names = "--owner", paramLabel = "EMAIL|me|nobody",
                description = "Only those of deals this person owns: their email, 'me' (see 'whoami'), or 'nobody'.")
        String owner;
    }
}
