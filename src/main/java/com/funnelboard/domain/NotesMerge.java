package com.funnelboard.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Notes typed here from one version ({@code base}) while another program changed them ({@code theirs}: a command, a
 * teammate's file): what is saved is what was typed, without the lines the other change took out that the typing left as
 * they were, and with the lines the other change added after it — nothing either side wrote is lost, and nothing either
 * side removed comes back. Typing saved over them replaced a teammate's note without a conflict or a word.
 */
public final class NotesMerge {

    private NotesMerge() {}

    /**
     * The notes to save: {@code mine} when nobody else changed them, {@code theirs} when nothing was typed, else mine without
     * the base's lines theirs took out, with theirs' new lines (those neither in base nor in mine) after it, in their order.
     * Null and "" are the same: no notes.
     */
    public static String of(String base, String mine, String theirs) {
        String b = base == null ? "" : base;
        String m = mine == null ? "" : mine;
        String t = theirs == null ? "" : theirs;
        if (Objects.equals(t, b) || t.equals(m)) {
            return m;
        }
        if (m.equals(b)) {
            return t;
        }
        // Lines the other change took out, and the typing left as they were, go: kept, a teammate's rewrite came back with the
        // lines it had replaced. Lines typed here, and lines the other change added, stay.
        Set<String> inBase = new HashSet<>(b.lines().toList());
        Set<String> inTheirs = new HashSet<>(t.lines().toList());
        List<String> out = new ArrayList<>();
        for (String line : m.lines().toList()) {
            if (!(inBase.contains(line) && !inTheirs.contains(line))) {
                out.add(line);
            }
        }
        Set<String> known = new HashSet<>(inBase);
        known.addAll(m.lines().toList());
        for (String line : t.lines().toList()) {
            if (!line.isBlank() && known.add(line)) {
                out.add(line);
            }
        }
        return String.join("\n", out).stripTrailing();
    }
}
