package com.funnelboard.cli;

import com.funnelboard.domain.TrashEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard trash list|restore}: deleted deals and contacts of the last 30 days. */
@Command(name = "trash", addMethodSubcommands = false, description = "Deleted deals, contacts and organizations of the last 30 days, and restoring them.")
final class TrashCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "list", description = "List what was deleted in the last 30 days, most recent first.")
    int list() {
        return root.run(s -> {
            List<TrashEntry> trash = s.workspace().dealEditing().trash();
            s.console().result(Map.of("trash", trash.stream().map(t -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
                m.put("id", t.id().toString());
                m.put("name", t.name());
                m.put("of", t.of()); // whose it is: a deal's contact and organization, a contact's organization
                m.put("deletedAt", s.json().time(t.deletedAt()));
                m.put("deletedBy", t.how()); // who, or what: "Undo of Imported leads.csv"
                return m;
            }).toList()), () -> s.console().table(new String[] {"ID", "DELETED", "KIND", "NAME", "BY"},
                    trash.stream().map(t -> new String[] {Session.shortId(t.id()), s.time(t.deletedAt()),
                        t.kind().name().toLowerCase(java.util.Locale.ROOT), t.of() == null ? t.name() : t.name() + " (" + t.of() + ")",
                        t.how() == null ? "" : t.how()}).toList(), "The trash is empty."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "restore", description = "Take a deal, contact or organization out of the trash, with what was deleted with it.")
    int restore(@Parameters(paramLabel = "ID", description = "The id from 'trash list' (whole, its first characters, or its last ones as "
            + "the list shows an imported record's).") String id) {
        return root.run(s -> {
            // As every command finds a record: by the id's first characters, or else by its last ones, which 'trash list' shows
            // for a time-ordered id (an import's rows share their first characters; "Nothing in the trash has the id" it listed).
            String typed = id.strip().toLowerCase(java.util.Locale.ROOT);
            List<UUID> all = s.workspace().dealEditing().trash().stream().map(TrashEntry::id).distinct().toList();
            List<UUID> starting = all.stream().filter(t -> t.toString().startsWith(typed)).toList();
            List<UUID> matches = !starting.isEmpty() ? starting : all.stream().filter(t -> t.toString().endsWith(typed)).toList();
            if (matches.size() != 1) {
                return s.console().fail(ExitCodes.BAD_INPUT, matches.isEmpty() ? "Nothing in the trash has the id " + id
                        : "'" + id + "' names " + matches.size() + " records in the trash; give more of the id");
            }
            UUID match = matches.getFirst();
            String text = s.workspace().dealEditing().restore(match);
            s.console().result(Map.of("restored", match.toString(), "text", text), () -> s.console().line(text + "."));
            return ExitCodes.OK;
        });
    }
}
