package com.funnelboard.cli;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.DealSort;
import com.funnelboard.service.SavedViews;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard views list|save|delete}: named board filters kept with this installation. */
@Command(name = "views", addMethodSubcommands = false, description = "List, save, rename and delete saved views: named board filters and orders, kept with this installation "
        + "(not shared).")
final class ViewsCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "list", description = "List the saved views with their filters and how many deals each shows now.")
    int list() {
        return root.run(s -> {
            List<SavedViews.SavedView> views = s.workspace().views().list();
            var board = s.workspace().board();
            List<Map<String, Object>> rows = new java.util.ArrayList<>();
            List<String[]> table = new java.util.ArrayList<>();
            for (SavedViews.SavedView v : views) {
                long count = board.count(v.lens());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", v.name());
                m.put("filters", v.lens().filters());
                m.put("sort", v.sort().key());
                m.put("deals", count);
                rows.add(m);
                table.add(new String[] {v.name(), Long.toString(count), v.sort().key(), String.join(" ", v.lens().filters())});
            }
            s.console().result(Map.of("views", rows), () -> s.console().table(new String[] {"NAME", "DEALS", "SORT", "FILTERS"}, table,
                    "No saved views; save one with 'views save NAME FIELD=VALUE...'."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "save", description = "Save (or replace) a view: a name and FIELD=VALUE filters (fields: text, owner, source, industry, "
            + "size, persona, channel, tag, min-value, max-value, followup, rotting).")
    int save(@Mixin SaveOptions options) {
        String name = options.name;
        List<String> filters = options.filters;
        String sort = options.sort;
        BoardLens lens;
        DealSort order;
        try {
            lens = BoardLens.parse(BoardLens.ALL, filters == null ? List.of() : filters, root.session().locale());
            order = DealSort.fromKey(sort);
        } catch (IllegalArgumentException e) {
            return root.console().fail(ExitCodes.BAD_INPUT, e.getMessage());
        }
        return root.run(s -> {
            BoardLens mine = resolveMe(s, lens);
            SavedViews.SavedView v = s.workspace().views().save(name, mine, order);
            s.console().result(Map.of("name", v.name(), "filters", v.lens().filters(), "sort", v.sort().key()),
                    () -> s.console().line("Saved the view " + v.name() + ": " + (v.lens().isEmpty() ? "every deal" : String.join(" ", v.lens().filters()))
                            + ", " + v.sort().label().toLowerCase(java.util.Locale.ROOT) + "."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "delete", description = "Delete a saved view.")
    int delete(@Parameters(index = "0", paramLabel = "NAME") String name) {
        return root.run(s -> {
            if (!s.workspace().views().delete(name)) {
                return s.console().fail(ExitCodes.BAD_INPUT, "There is no saved view " + com.funnelboard.domain.Printable.escape(name)
                        + " (see 'views list')");
            }
            s.console().result(Map.of("deleted", name), () -> s.console().line("Deleted the view " + name + "."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "rename", description = "Give a saved view another name; its filters and order stay as they are.")
    int rename(@Parameters(index = "0", paramLabel = "NAME") String name, @Parameters(index = "1", paramLabel = "NEW_NAME") String newName) {
        return root.run(s -> {
            var renamed = s.workspace().views().rename(name, newName);
            s.console().result(Map.of("renamed", name, "name", renamed.name()), () -> s.console().line("Renamed the view " + name + " to "
                    + renamed.name() + "."));
            return ExitCodes.OK;
        });
    }

    /** owner=me is kept as the email of the person of this installation. */
    static BoardLens resolveMe(Session s, BoardLens lens) {
        if (lens.owner().kind() == com.funnelboard.domain.OwnerFilter.Kind.PERSON && lens.owner().email().equals("me")) {
            return lens.withOwner(com.funnelboard.domain.OwnerFilter.person(s.workspace().people().ownerEmail("me")));
        }
        return lens;
    }

    /** The options of {@code views save}, as fields (see {@link CommandWords}). */
    static final class SaveOptions {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1..*", arity = "0..*", paramLabel = "FIELD=VALUE")
        List<String> filters;
        @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "newest",
                description = "The order: newest, score, value, days, followup or close (default: ${DEFAULT-VALUE}).")
        String sort;
    }
}
