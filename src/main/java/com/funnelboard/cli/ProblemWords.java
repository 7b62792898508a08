package com.funnelboard.cli;

import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** A refused input said the command line's way: each problem after the option that gave its field. */
final class ProblemWords {

    private ProblemWords() {}

    /** "--email: Not an email address; --value: ..." naming the option of each field. */
    static String describe(Map<String, String> problems) {
        return describe(problems, null);
    }

    /**
     * As {@link #describe(Map)}, naming an option only when {@code command} has it: the id of
     * {@code contacts show ID} is no {@code --contact}, though the same check refuses it.
     */
    static String describe(Map<String, String> problems, CommandSpec command) {
        return problems.entrySet().stream()
                .map(e -> {
                    String option = OPTION_OF_FIELD.get(e.getKey());
                    return option != null && (command == null || command.findOption(option) != null) ? option + ": " + e.getValue() : e.getValue();
                })
                .collect(Collectors.joining("; "));
    }

    private static final Map<String, String> OPTION_OF_FIELD = Map.ofEntries(
            Map.entry("contact", "--contact"),
            Map.entry("for", "--for"),
            Map.entry("organization", "--org"),
            Map.entry("email", "--email"),
            Map.entry("phone", "--phone"),
            Map.entry("title", "--title"),
            Map.entry("value", "--value"),
            Map.entry("keep", "--keep"),
            Map.entry("currency", "--currency"),
            Map.entry("at", "--at"),
            Map.entry("note", "--note"),
            Map.entry("check", "--check"),
            Map.entry("text", "--text"),
            Map.entry("name", "--name"),
            Map.entry("owner", "--owner"),
            Map.entry("emails", "--email"),
            Map.entry("phones", "--phone"),
            Map.entry("website", "--website"),
            Map.entry("tags", "--tag"),
            Map.entry("take", "--take"),
            Map.entry("industry", "--industry"),
            Map.entry("company-size", "--company-size"),
            Map.entry("address", "--address"),
            Map.entry("persona", "--persona"),
            Map.entry("pain-points", "--pain-points"),
            Map.entry("notes", "--notes"),
            Map.entry("source", "--source"),
            Map.entry("until", "--until"),
            Map.entry("to", "--to"),
            Map.entry(com.funnelboard.domain.WonDetails.FINAL_VALUE, "--final-value"),
            Map.entry(com.funnelboard.domain.WonDetails.CLOSE_DATE, "--close-date"),
            Map.entry(WonCorrection.CLOSED_ON, "--closed-on"));
}
