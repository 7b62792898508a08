package com.funnelboard.cli;

import com.funnelboard.domain.SearchHit;
import com.funnelboard.domain.SearchResults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard search TEXT}: deals, contacts, organizations and interactions found by their words. */
@Command(name = "search", description = "Find deals, contacts, organizations and interactions by the beginning of their words "
        + "(names, titles, emails, phone numbers, tags, notes), ignoring case and accents; grouped by kind.")
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The words to look for; every one must match.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results of each kind (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            return root.console().fail(ExitCodes.BAD_INPUT, "--limit must be at least 1");
        }
        String text = String.join(" ", words);
        return root.run(s -> {
            SearchResults results = s.workspace().search().search(text, limit);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("query", text);
            for (SearchHit.Kind kind : SearchHit.Kind.values()) {
                List<Map<String, Object>> hits = new ArrayList<>();
                for (SearchHit h : results.of(kind)) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", h.id().toString());
                    m.put("title", h.title());
                    m.put("detail", h.detail());
                    m.put("snippet", h.snippet().isEmpty() ? null : h.snippet());
                    m.put("opens", Map.of("kind", h.openKind().key(), "id", h.openId().toString()));
                    hits.add(m);
                }
                doc.put(kind.heading().toLowerCase(java.util.Locale.ROOT), hits);
            }
            Map<String, Object> counts = new LinkedHashMap<>();
            for (SearchHit.Kind kind : SearchHit.Kind.values()) {
                counts.put(kind.heading().toLowerCase(java.util.Locale.ROOT), results.found(kind));
            }
            doc.put("found", counts); // how many of each matched (at least that many when "more")
            doc.put("more", results.more());
            s.console().result(doc, () -> {
                if (results.isEmpty()) {
                    s.console().line("Nothing found.");
                    return;
                }
                boolean first = true;
                for (SearchHit.Kind kind : results.order()) {
                    List<SearchHit> hits = results.of(kind);
                    if (hits.isEmpty()) {
                        continue;
                    }
                    if (!first) {
                        s.console().line("");
                    }
                    first = false;
                    // How many matched, beside how many are listed ("Contacts (20 of 73)"; "Deals (2,000 or more)" past the matches a
                    // search counts): it said "Contacts (20)" of 73, and "Deals (2000)" of 8,396.
                    int found = results.found(kind);
                    s.console().line(kind.heading() + " (" + (hits.size() < found ? String.format(java.util.Locale.ROOT, "%,d of ", hits.size()) : "")
                            + String.format(java.util.Locale.ROOT, "%,d", found) + (results.more() ? " or more" : "") + ")");
                    s.console().table(hits.stream().map(h -> new String[] {
                        "  " + Session.shortId(h.id()),
                        h.title(),
                        Session.text(h.detail()),
                        h.snippet().isEmpty() ? "" : h.snippet()
                    }).toList());
                }
            });
            return ExitCodes.OK;
        });
    }
}
