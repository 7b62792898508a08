package com.funnelboard.domain.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A record's notes after a file's notes for it are imported again without replacing: nothing stored is taken away, and a
 * line is added once. The file's notes are often made of lines the import writes itself (a home address, a profile page)
 * beside the person's own: a corrected note in the sheet is added after the stored ones, the lines both hold are not
 * written a second time (each correction repeated them).
 */
public final class NoteLines {

    private NoteLines() {
    }

    /** The notes to keep: {@code stored} with what {@code imported} adds. */
    public static String added(String stored, String imported) {
        if (imported == null || imported.isBlank()) {
            return stored;
        }
        if (stored == null || stored.isBlank()) {
            return imported;
        }
        if (holds(stored, imported)) {
            return stored;
        }
        if (holds(imported, stored)) {
            return imported; // the file's notes hold the stored ones (a line added to them on the phone, in the sheet)
        }
        Set<String> kept = new HashSet<>();
        for (String line : lines(stored)) {
            kept.add(line.strip());
        }
        List<String> fresh = new ArrayList<>();
        for (String line : lines(imported)) {
            if (line.isBlank() ? !fresh.isEmpty() : kept.add(line.strip())) {
                fresh.add(line);
            }
        }
        while (!fresh.isEmpty() && fresh.getLast().isBlank()) {
            fresh.removeLast();
        }
        return fresh.isEmpty() ? stored : stored + "\n" + String.join("\n", fresh);
    }

    /** Whether {@code stored} holds {@code lines} as whole lines, in order. */
    public static boolean holds(String stored, String lines) {
        String s = "\n" + stored.replace("\r\n", "\n").strip() + "\n";
        String l = "\n" + lines.replace("\r\n", "\n").strip() + "\n";
        return s.contains(l);
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
    }
}
