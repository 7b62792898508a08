package com.funnelboard.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Notes typed here from one version ({@code base}) while another program changed them ({@code theirs}: a command, a
 * teammate's file): what is saved is what was typed, with the lines the other change added after it — nothing either side
 * wrote is lost. Typing saved over them replaced a teammate's note without a conflict or a word.
 */
public final class NotesMerge {

    private NotesMerge() {}

    /**
     * The notes to save: {@code mine} when nobody else changed them, {@code theirs} when nothing was typed, else mine with
     * theirs' new lines (those neither in base nor in mine) after it, in their order. Null and "" are the same: no notes.
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
        Set<String> known = new HashSet<>(b.lines().toList());
        known.addAll(m.lines().toList());
        List<String> added = new ArrayList<>();
        for (String line : t.lines().toList()) {
            if (!line.isBlank() && known.add(line)) {
                added.add(line);
            }
        }
        if (added.isEmpty()) {
            return m;
        }
        return m.isBlank() ? String.join("\n", added) : m.stripTrailing() + "\n" + String.join("\n", added);
    }
}
