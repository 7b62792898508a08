package com.funnelboard.domain;

import java.util.Map;

/**
 * How long a text may be where every way into the database measures it the same (the forms, the
 * command line, CSV and vCard imports): a name or a title, a logged call's note, a follow-up's note.
 * A teammate's share file is held to the same lengths (a note of 900,000 characters came in by one
 * and held the window for a minute when its contact was opened).
 */
public final class TextLimits {

    /** A contact's, organization's or deal's name or title, a contact's job title. */
    public static final int NAME = 300;
    /** The note of a logged call, email, meeting or note. */
    public static final int INTERACTION_NOTE = 20_000;
    /** A follow-up's note. */
    public static final int FOLLOW_UP_NOTE = 2_000;
    /**
     * A contact's notes, as the Details tab and the imports take them: room for a long description
     * from another program's export, and a contact's whole row, written into a share file (where a
     * line break takes two characters), stays under the million characters a merge reads of one
     * change. A vCard's NOTE of 7.5 million characters was stored, and every share file written
     * after it was refused by teammates.
     */
    public static final int CONTACT_NOTES = 400_000;

    /** A deal's notes (its description in other programs), as long as a contact's. */
    public static final int DEAL_NOTES = CONTACT_NOTES;

    private static final Map<String, Integer> BY_COLUMN = Map.of("deal.title", NAME, "contact.name", NAME, "contact.title", NAME,
            "organization.name", NAME, "interaction.note", INTERACTION_NOTE, "follow_up.note", FOLLOW_UP_NOTE,
            // A share file's contact notes are held to it too: 999,000 characters came in by one, and travelled on.
            "contact.notes", CONTACT_NOTES, "deal.notes", DEAL_NOTES);

    private TextLimits() {}

    /** The most characters {@code table.column} holds (an emoji counting one), or -1 where the ways in differ. */
    public static int of(String table, String column) {
        return BY_COLUMN.getOrDefault(table + "." + column, -1);
    }
}
