package com.funnelboard.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The deals a command acts on: ids or their first characters, and "-" for those read from standard input, one a line —
 * the first word of each line, so the output of {@code deals list --ids} (or of {@code deals list} itself, whose header
 * and blank lines are passed over) can be piped in: {@code funnelboard deals list --owner ida@… --ids | funnelboard deals
 * edit - --owner ben@…} changes all of them in one change set, which one undo takes back.
 */
final class DealIds {

    /** How many ids standard input may give (a longer input is most likely not a list of ids). */
    static final int MAX = 1_000_000;

    private DealIds() {}

    /** True when the command is given more than one deal (or "-"): it acts on them as one change set. */
    static boolean many(List<String> given) {
        return given.size() > 1 || given.contains("-");
    }

    /**
     * The deals named, each resolved as a single id is (an unknown or ambiguous one refuses the command before anything is
     * written), in the order given, each once.
     *
     * @throws IllegalArgumentException when standard input holds more than {@link #MAX} ids, or none
     */
    static List<UUID> resolve(Session s, List<String> given, Supplier<InputStream> standardInput) {
        List<String> words = new ArrayList<>();
        for (String g : given) {
            if (g.equals("-")) {
                List<String> read = read(standardInput.get());
                if (read.isEmpty()) {
                    throw new IllegalArgumentException("Standard input named no deal: give one id (or its first characters) a line, "
                            + "as 'deals list --ids' writes them");
                }
                words.addAll(read);
            } else {
                words.add(g);
            }
        }
        return s.deals().resolveIds(words);
    }

    private static List<String> read(InputStream in) {
        List<String> words = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String first = line.strip().split("\\s+", 2)[0];
                if (first.isEmpty() || first.equals("ID")) {
                    continue; // a blank line, or the header of 'deals list'
                }
                if (words.size() == MAX) {
                    throw new IllegalArgumentException("Standard input names more than " + String.format("%,d", MAX) + " deals; give them in parts");
                }
                words.add(first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Standard input could not be read: " + e.getMessage(), e);
        }
        return words;
    }
}
