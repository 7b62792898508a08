package com.funnelboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A field two installations edited without seeing each other's edit: the value it holds now (the
 * newer by stamp and replica) and the other values, each kept in the history until one edit made
 * knowing all of them replaces them.
 *
 * @param label the row in words ("deal “Pilot”")
 */
public record FieldConflict(UUID id, String table, String row, String field, String label, Side current, List<Side> others) {

    /**
     * One value of the field (a JSON literal of the stored value): who wrote it, where, when; mine when written here.
     *
     * @param move of a deal's stage, the move that set it (with its checklist, override reason or lost reason), when it is
     *     here; null otherwise. Keeping a side keeps its move, so both must be readable before choosing.
     */
    public record Side(String value, String author, UUID replica, Instant at, boolean mine, StageChange move) {

        /** A value no stage move set. */
        public Side(String value, String author, UUID replica, Instant at, boolean mine) {
            this(value, author, replica, at, mine, null);
        }
    }

    /** The field that says whether a row is deleted; a conflict on it is a delete against an edit or a restore. */
    public static final String DELETED_AT = "deleted_at";

    /**
     * True when one installation deleted the row while another edited (or restored) it without
     * knowing: the sides' values are the time of the delete, or null for the row kept.
     */
    public boolean deletion() {
        return DELETED_AT.equals(field);
    }

    /** Which value a resolution keeps: mine, theirs, a value typed; for a deletion, the row deleted or restored (with the edit). */
    public enum Keep { MINE, THEIRS, VALUE, DELETED, RESTORED, BOTH, MOVED }

    /**
     * Whether this is a contact merged into another here and edited by a teammate who had not seen the merge: its edits can be
     * moved onto the contact it was merged into ({@link Keep#MOVED}), the merge standing.
     */
    public boolean mergedAway() {
        return deletion() && table.equals("contact") && label.contains(MergeReport.Trashed.MERGED_INTO);
    }

    /**
     * Whether every side can stay: a contact's e-mail address or phone number, which is the first of a list,
     * given different values on two installations (each replaced the old one, or added one first). Keeping both
     * keeps each side's address in the contact's list, the one kept first; keeping one side's puts the other's in
     * the trash.
     */
    public boolean bothCanStay() {
        return !deletion() && table.equals("contact") && (field.equals("email") || field.equals("phone"))
                && sides().stream().allMatch(s -> s.value() != null && !s.value().equals("null"))
                && sides().stream().map(s -> field.equals("email") ? s.value().toLowerCase(java.util.Locale.ROOT) : s.value()).distinct().count() > 1;
    }

    /**
     * Whether two of its values were written within the same minute: their times are then said to the
     * second, or three values all read "3:03 AM" and nothing said which came last.
     */
    public boolean writtenWithinAMinute() {
        return sides().stream().map(s -> s.at().getEpochSecond() / 60).distinct().count() < sides().size();
    }

    /** Every value of the field: the one it holds now first. */
    public List<Side> sides() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(current), others.stream()).toList();
    }

    /** The values written on other installations, the one the field holds now first when it is one of them. */
    public List<Side> theirs() {
        return sides().stream().filter(s -> !s.mine()).toList();
    }

    /**
     * Whether "theirs" names no one value: two or more teammates wrote different values (three
     * people moved one deal, or two teammates' values were relayed here and none is this
     * installation's), so whose to keep must be said.
     */
    public boolean theirsIsAmbiguous() {
        return theirs().stream().map(Side::value).distinct().count() > 1;
    }

    /**
     * The value {@code who} wrote: named by the author's e-mail address, name or whole author text
     * (ignoring case), or by the first characters (at least four) of the installation's id, as
     * {@code conflicts list --json} gives it.
     *
     * @throws IllegalArgumentException when no value, or more than one, was written by {@code who}
     */
    public Side writtenBy(String who) {
        String w = who == null ? "" : who.strip();
        List<Side> found = sides().stream().filter(s -> names(s, w)).toList();
        if (found.isEmpty()) {
            // A first name alone ("bob"), as people name a teammate, when it is one author's only (it was refused).
            found = sides().stream().filter(s -> firstName(s, w)).toList();
        }
        if (found.size() == 1) {
            return found.getFirst();
        }
        String listed = sides().stream().map(s -> s.author() + " (installation " + s.replica().toString().substring(0, 8) + ")")
                .distinct().collect(java.util.stream.Collectors.joining(", "));
        throw new IllegalArgumentException(found.isEmpty()
                ? "No value of the " + field.replace('_', ' ') + " of " + label + " was written by \u201C" + w + "\u201D: its values are by " + listed
                : "\u201C" + w + "\u201D wrote more than one of its values, on different installations: name the installation instead (" + listed + ")");
    }

    private static boolean firstName(Side s, String who) {
        java.util.Optional<Person> p = Person.fromAuthor(s.author());
        String name = p.map(Person::name).orElse(s.author() == null ? "" : s.author()).strip();
        return !who.isEmpty() && !who.contains(" ") && name.split("\\s+")[0].equalsIgnoreCase(who);
    }

    private static boolean names(Side s, String who) {
        if (who.isEmpty()) {
            return false;
        }
        if (who.equalsIgnoreCase(s.author() == null ? "" : s.author().strip())) {
            return true;
        }
        java.util.Optional<Person> p = Person.fromAuthor(s.author());
        if (p.isPresent() && (who.equalsIgnoreCase(p.get().email()) || who.equalsIgnoreCase(p.get().name()))) {
            return true;
        }
        return who.length() >= 4 && s.replica() != null && s.replica().toString().startsWith(who.toLowerCase(java.util.Locale.ROOT));
    }
}
