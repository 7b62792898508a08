package com.funnelboard.cli;

import com.funnelboard.domain.checklist.ChecklistItem;
import com.funnelboard.domain.checklist.Gate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard checklists list|add|edit|remove|move}: the qualification checklists every forward move passes. */
@Command(name = "checklists", addMethodSubcommands = false, description = "List and edit the qualification checklists that every forward move "
        + "passes (shared with the team; each edit is in the history and undoable).")
final class ChecklistsCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "list", description = "List each gate's items in order: code, required or optional, checked (ticked by the user) or derived "
            + "(answered by the data), text.")
    int list() {
        return root.run(s -> {
            Map<Gate, List<ChecklistItem>> all = s.workspace().checklists().all();
            Map<String, Object> doc = new LinkedHashMap<>();
            all.forEach((gate, items) -> doc.put(gate.key(), items.stream().map(ChecklistsCommand::json).toList()));
            s.console().result(Map.of("gates", doc), () -> {
                boolean first = true;
                for (Map.Entry<Gate, List<ChecklistItem>> e : all.entrySet()) {
                    if (!first) {
                        s.console().line("");
                    }
                    first = false;
                    s.console().line(e.getKey().label() + " (" + e.getKey().key() + ")");
                    List<String[]> rows = new ArrayList<>();
                    for (ChecklistItem i : e.getValue()) {
                        // "derived" and "checked", as `deals show` and the JSON name them (it said "data" and "ticked" here).
                        rows.add(new String[] {"  " + i.code(), i.required() ? "required" : "optional", i.isDerived() ? "derived" : "checked", i.text()});
                    }
                    if (rows.isEmpty()) {
                        s.console().line("  No items: every move through this gate passes.");
                    } else {
                        s.console().table(rows);
                    }
                }
            });
            return ExitCodes.OK;
        });
    }

    @Command(name = "add", description = "Add an item, ticked by whoever moves a deal, at the end of a gate's list.")
    int add(@Option(names = "--gate", required = true, paramLabel = "GATE",
                    description = "lead-prospect, prospect-opportunity or opportunity-won (or the stage it leads into: prospect, opportunity, won).") String gate,
            @Option(names = "--text", required = true, paramLabel = "TEXT", description = "What must hold before the move.") String text,
            @Option(names = "--required", description = "A move needs it to hold (or an override with a reason); optional otherwise.") boolean required) {
        java.util.Optional<Gate> g = Gate.parse(gate);
        if (g.isEmpty()) {
            return root.console().fail(ExitCodes.BAD_INPUT, "--gate: " + com.funnelboard.domain.Printable.escape(gate) + " is no gate; write "
                    + "lead-prospect, prospect-opportunity or opportunity-won");
        }
        return root.run(s -> {
            ChecklistItem item = s.workspace().checklists().add(g.get(), text, required);
            s.console().result(json(item), () -> s.console().line("Added " + item.code() + " to the " + item.gate().label() + " checklist ("
                    + (item.required() ? "required" : "optional") + "): " + item.text()));
            return ExitCodes.OK;
        });
    }

    /** Required or optional: one of the two, or neither. */
    static final class Need {
        @Option(names = "--required", required = true, description = "Make it required.")
        boolean required;
        @Option(names = "--optional", required = true, description = "Make it optional.")
        boolean optional;
    }

    @Command(name = "edit", description = "Reword an item, or make it required or optional.")
    int edit(@Parameters(index = "0", paramLabel = "ITEM", description = "Its code or id (see 'checklists list').") String item,
            @Option(names = "--text", paramLabel = "TEXT", description = "Its new words.") String text,
            @ArgGroup(exclusive = true, multiplicity = "0..1") Need need) {
        if (text == null && need == null) {
            return root.console().fail(ExitCodes.BAD_INPUT, "Say what to change: --text TEXT, --required or --optional");
        }
        return root.run(s -> {
            ChecklistItem before = s.workspace().checklists().find(item);
            ChecklistItem edited = s.workspace().checklists().edit(item, text, need == null ? null : need.required);
            // "Saved" was said of an edit that changed nothing (the same words with spaces around them; required already).
            boolean same = before.text().equals(edited.text()) && before.required() == edited.required();
            s.console().result(json(edited), () -> s.console().line((same ? "Nothing to change: " : "Saved ") + edited.code() + " ("
                    + (edited.required() ? "required" : "optional") + "): " + edited.text()));
            return ExitCodes.OK;
        });
    }

    @Command(name = "remove", description = "Take an item off its gate's list (moves made with it keep it in their history).")
    int remove(@Parameters(index = "0", paramLabel = "ITEM", description = "Its code or id.") String item) {
        return root.run(s -> {
            ChecklistItem removed = s.workspace().checklists().remove(item);
            s.console().result(Map.of("removed", json(removed)), () -> s.console().line("Removed " + removed.code() + " from the "
                    + removed.gate().label() + " checklist. `funnelboard undo` brings it back."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "move", description = "Move an item one place up or down its gate's list.")
    int move(@Parameters(index = "0", paramLabel = "ITEM", description = "Its code or id.") String item,
            @Option(names = "--up", description = "One place up.") boolean up,
            @Option(names = "--down", description = "One place down.") boolean down) {
        if (up == down) {
            return root.console().fail(ExitCodes.BAD_INPUT, "Say which way: --up or --down");
        }
        return root.run(s -> {
            boolean moved = s.workspace().checklists().move(item, up ? -1 : 1);
            ChecklistItem now = s.workspace().checklists().find(item);
            s.console().result(Map.of("moved", moved, "item", json(now)), () -> s.console().line(moved
                    ? "Moved " + now.code() + " " + (up ? "up" : "down") + " the " + now.gate().label() + " checklist."
                    : now.code() + " is " + (up ? "first" : "last") + " on the " + now.gate().label() + " checklist already."));
            return ExitCodes.OK;
        });
    }

    private static Map<String, Object> json(ChecklistItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id().toString());
        m.put("code", i.code());
        m.put("gate", i.gate().key());
        m.put("text", i.text());
        m.put("required", i.required());
        m.put("answered", i.isDerived() ? "derived" : "checked");
        return m;
    }
}
