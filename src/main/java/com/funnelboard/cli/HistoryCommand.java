package com.funnelboard.cli;

import com.funnelboard.service.Json;
import com.funnelboard.domain.ChangeSetEntry;
import com.funnelboard.service.HistoryService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code funnelboard history [--deal ID | --contact ID]}: recorded change sets, newest first, each
 * with its origin, author, time and field changes (old → new).
 */
@Command(name = "history", description = "Show recorded changes, newest first: when, who, how (user: by hand, in the window or a command; import, merge, undo, sample), and what changed (old → new).")
final class HistoryCommand implements Callable<Integer> {


    @ParentCommand
    RootCommand root;

    @ArgGroup(exclusive = true)
    Subject subject;

    static final class Subject {
        @Option(names = "--deal", paramLabel = "ID", description = "Only the changes of this deal (its id or first characters).")
        String deal;

        @Option(names = "--contact", paramLabel = "ID", description = "Only the changes of this contact.")
        String contact;
    }

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most N change sets (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            return root.console().fail(ExitCodes.BAD_INPUT, "--limit must be at least 1");
        }
        return root.run(s -> {
            HistoryService history = s.workspace().history();
            List<ChangeSetEntry> sets;
            if (subject != null && subject.deal != null) {
                sets = history.ofDeal(s.deals().resolveId(subject.deal), limit);
            } else if (subject != null && subject.contact != null) {
                sets = history.ofContact(s.workspace().contacts().resolveId(subject.contact), limit);
            } else {
                sets = history.latest(limit);
            }
            // Of one record's history each set shows what it did to that record, in full; the latest sets are cut at their first changes.
            boolean whole = subject == null || subject.deal == null && subject.contact == null;
            Map<java.util.UUID, Integer> counts = whole ? history.changeCounts(sets) : Map.of();
            // The document only for --json: it holds the sets in words too.
            Object doc = null;
            if (s.console().json()) {
                List<com.funnelboard.service.HistorySentences.Entry> words = inWords(s, sets);
                doc = java.util.Map.<String, Object>of("changeSets", java.util.stream.IntStream.range(0, sets.size())
                        .mapToObj(i -> json(s, sets.get(i), counts, words.get(i))).toList());
            }
            s.console().result(doc, () -> text(s, sets, counts));
            return ExitCodes.OK;
        });
    }

    /** The History tab's sentences of each set. */
    private static List<com.funnelboard.service.HistorySentences.Entry> inWords(Session s, List<ChangeSetEntry> sets) {
        return s.workspace().history().inWords(sets, new com.funnelboard.service.HistorySentences(s.locale(), java.time.Clock.fixed(s.now(), s.zone())));
    }

    private static Map<String, Object> json(Session s, ChangeSetEntry c, Map<java.util.UUID, Integer> counts,
            com.funnelboard.service.HistorySentences.Entry said) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().toString());
        m.put("origin", c.origin().key());
        m.put("author", c.author());
        m.put("at", s.json().time(c.at()));
        m.put("summary", c.summary());
        m.put("command", c.command()); // the command of this installation that made it, null for the window's and teammates'
        List<Map<String, Object>> changes = new ArrayList<>();
        for (ChangeSetEntry.FieldChange f : c.changes()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("table", f.table());
            e.put("row", f.row());
            e.put("field", f.field());
            e.put("old", f.oldValue() == null ? null : Json.mapper().readTree(f.oldValue()));
            e.put("new", f.newValue() == null ? null : Json.mapper().readTree(f.newValue()));
            changes.add(e);
        }
        m.put("changes", changes);
        // The stored values above (a value in minor units, a time in milliseconds), and what they say as the History tab says it.
        m.put("details", said.details());
        // A large set (an import) lists its first changes only; changeCount says how many it made.
        m.put("changeCount", counts.getOrDefault(c.id(), c.changes().size()));
        if (!c.mergedFrom().isEmpty()) {
            // A merge read as a record's history: the teammates' change sets it brought to the record.
            m.put("mergedFrom", c.mergedFrom().stream().map(a -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("author", a.author());
                one.put("at", s.json().time(a.at()));
                one.put("summary", a.summary());
                return one;
            }).toList());
        }
        return m;
    }

    /** Each change set's line (when, who, origin, summary, id), then what it changed in words, as the History tab says it; --json has the stored values. */
    private static void text(Session s, List<ChangeSetEntry> sets, Map<java.util.UUID, Integer> counts) {
        if (sets.isEmpty()) {
            s.console().line("No recorded changes.");
            return;
        }
        List<com.funnelboard.service.HistorySentences.Entry> words = inWords(s, sets);
        for (int i = 0; i < sets.size(); i++) {
            ChangeSetEntry c = sets.get(i);
            s.console().line(s.time(c.at()) + "  " + c.author() + "  " + com.funnelboard.service.HistorySentences.origin(c)
                    + (c.command() == null ? "" : " (command " + c.command() + ")") + "  "
                    + (c.summary() == null ? "" : com.funnelboard.domain.Printable.escape(c.summary())) + "  (" + Session.shortId(c.id()) + ")");
            for (ChangeSetEntry.Authored a : c.mergedFrom()) {
                s.console().line("  from " + s.time(a.at()) + "  " + a.author() + "  "
                        + (a.summary() == null ? "" : com.funnelboard.domain.Printable.escape(a.summary())));
            }
            for (String detail : words.get(i).details()) {
                // A detail of several lines (a move to Lost and its reason) is printed as them, the later ones indented under it.
                String[] lines = detail.split("\\R");
                for (int l = 0; l < lines.length; l++) {
                    s.console().line((l == 0 ? "    " : "      ") + lines[l]);
                }
            }
            int all = counts.getOrDefault(c.id(), c.changes().size());
            if (all > c.changes().size()) {
                // The whole count, after the lines' own "… and at least 188 more changes" (it said "… and 944,505 more" after that,
                // two counts of one thing).
                s.console().line("    " + java.text.NumberFormat.getIntegerInstance(s.locale()).format(all) + " changes in all"
                        + " (history --deal ID or --contact ID shows what it did to one record)");
            }
        }
    }
}
