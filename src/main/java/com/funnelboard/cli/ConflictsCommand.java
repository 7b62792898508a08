package com.funnelboard.cli;

import com.funnelboard.service.Json;
import com.funnelboard.domain.FieldConflict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard conflicts list | resolve ID --keep mine|theirs|value=V}: edits merged from teammates that need a decision. */
@Command(name = "conflicts", addMethodSubcommands = false, description = "Fields edited on two installations without either seeing the other's edit, and resolving them.")
final class ConflictsCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "list", description = "List the conflicts to review: the value kept now and the other, who wrote each and when.")
    int list() {
        return root.run(s -> {
            List<FieldConflict> all = s.workspace().sharing().conflicts();
            // Each described once (an amount's currency is read from its deal), for the JSON and the table.
            List<com.funnelboard.service.ShareService.ConflictText> texts = s.workspace().sharing().describe(all, s.locale());
            List<Map<String, Object>> docs = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                docs.add(json(s, all.get(i), texts.get(i)));
            }
            s.console().result(Map.of("conflicts", docs), () -> {
                List<String[]> rows = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    FieldConflict c = all.get(i);
                    com.funnelboard.service.ShareService.ConflictText text = texts.get(i);
                    rows.add(new String[] {Session.shortId(c.id()), c.label(), text.field(), side(s, text.current(), c.current(), text.why(0)),
                        side(s, text.others().getFirst(), c.others().getFirst(), text.why(1))});
                    // Every other value, a line each: with three teammates, the value kept now has two others.
                    for (int o = 1; o < c.others().size(); o++) {
                        rows.add(new String[] {"", "", "", "", side(s, text.others().get(o), c.others().get(o), text.why(o + 1))});
                    }
                }
                s.console().table(new String[] {"ID", "RECORD", "FIELD", "NOW (WHO, WHEN)", "OTHER (WHO, WHEN)"}, rows, "No conflicts.");
            });
            return ExitCodes.OK;
        });
    }

    @Command(name = "resolve", description = "Resolve a conflict: keep mine (this installation's value), theirs, or a value of your own. "
            + "The resolution is a change that travels to teammates.")
    int resolve(@Parameters(paramLabel = "ID", description = "The id from 'conflicts list' (whole or its first characters).") String id,
            @Option(names = "--keep", required = true, paramLabel = "mine|theirs|theirs=WHO|both|value=V|deleted|restore|move",
                    description = "Which value to keep; theirs=WHO (an e-mail address or name) keeps the one that teammate wrote, where "
                            + "teammates wrote different values; both, of a contact's e-mail address or phone number, keeps each side's in "
                            + "the contact's list, mine first (mine or theirs puts the other's in the trash); for a record deleted on one installation and edited on another, deleted "
                            + "(it stays deleted) or restore (edited, not deleted); for a contact merged into another here and edited by a "
                            + "teammate meanwhile, move (its edits go onto the contact it was merged into, the merge stands).") String keep) {
        FieldConflict.Keep choice;
        String value = null;
        String k = keep.strip();
        if (k.toLowerCase(Locale.ROOT).startsWith("value=")) {
            choice = FieldConflict.Keep.VALUE;
            value = k.substring("value=".length());
        } else if (k.toLowerCase(Locale.ROOT).startsWith("theirs=")) {
            choice = FieldConflict.Keep.THEIRS; // whose value, where teammates wrote several
            value = k.substring("theirs=".length()).strip();
        } else if (k.equalsIgnoreCase("mine") || k.equalsIgnoreCase("theirs")) {
            choice = FieldConflict.Keep.valueOf(k.toUpperCase(Locale.ROOT));
        } else if (k.equalsIgnoreCase("both")) {
            choice = FieldConflict.Keep.BOTH; // a contact's address or number: each side's stays in the list
        } else if (k.equalsIgnoreCase("deleted")) {
            choice = FieldConflict.Keep.DELETED;
        } else if (k.equalsIgnoreCase("restore") || k.equalsIgnoreCase("edited")) {
            choice = FieldConflict.Keep.RESTORED;
        } else if (k.equalsIgnoreCase("move")) {
            choice = FieldConflict.Keep.MOVED; // a contact merged away here: its teammate's edits onto the contact it was merged into
        } else {
            return root.console().fail(ExitCodes.BAD_INPUT, "--keep: give mine, theirs, theirs=WHO, both, value=V, deleted, restore or move");
        }
        String chosenValue = value;
        return root.run(s -> {
            String text = s.workspace().sharing().resolve(id, choice, chosenValue, s.locale());
            s.console().result(Map.of("resolved", id, "text", text), () -> s.console().line(text + "."));
            return ExitCodes.OK;
        });
    }

    /** "Won (Ann Alder, here, 2026-03-12 10:01:00) — checklist overridden: “…”": who and when before why, which may be cut. */
    private static String side(Session s, String value, FieldConflict.Side v, String why) {
        // The author by name (the whole address is in --json): with it, the value kept now lost its seconds and its reason to the cut.
        return value + " (" + com.funnelboard.domain.Person.nameOf(v.author()) + (v.mine() ? ", here" : "") + ", " + s.timeSeconds(v.at()) + ")"
                + (why.isEmpty() ? "" : " \u2014 " + why);
    }

    private static Map<String, Object> json(Session s, FieldConflict c, com.funnelboard.service.ShareService.ConflictText text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().toString());
        m.put("table", c.table());
        m.put("row", c.row());
        m.put("field", c.field());
        m.put("deletion", c.deletion());
        m.put("label", c.label());
        m.put("fieldLabel", text.field());
        m.put("currentText", text.current());
        m.put("otherTexts", text.others());
        // Of a deal's stage, each value's move as History writes it (its checklist, override or lost reason), else none.
        java.util.function.IntFunction<String> why = i -> text.why(i).isEmpty() ? null : text.why(i);
        java.util.function.IntFunction<String> move = i -> text.move(i).isEmpty() ? null : text.move(i);
        Map<String, Object> current = side(s.json(), c.current());
        current.put("why", why.apply(0));
        current.put("move", move.apply(0));
        m.put("current", current);
        List<Map<String, Object>> others = new ArrayList<>();
        for (int i = 0; i < c.others().size(); i++) {
            Map<String, Object> o = side(s.json(), c.others().get(i));
            o.put("why", why.apply(i + 1));
            o.put("move", move.apply(i + 1));
            others.add(o);
        }
        m.put("others", others);
        return m;
    }

    private static Map<String, Object> side(JsonViews json, FieldConflict.Side v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", Json.mapper().readTree(v.value()));
        m.put("author", v.author());
        m.put("replica", v.replica().toString());
        m.put("at", json.time(v.at()));
        m.put("mine", v.mine());
        return m;
    }
}
