package com.funnelboard.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What one committed change set touched, as views need to know it: which tables and rows.
 * Published after every commit of this program, and for change sets another program (the command
 * line beside the window) committed to the same database.
 *
 * @param rows the keys of the changed rows (ids as text; a setting's key)
 * @param elsewhere true when another program wrote it
 * @param summary what the action was, in words, or null
 */
public record ChangeNotice(UUID changeSet, ChangeOrigin origin, String author, Instant at, Set<String> tables, Set<String> rows,
        boolean elsewhere, String summary) {

    /** The summary of the notice a restore of a backup publishes (everything changed). */
    public static final String RESTORED = "Restored a backup";

    /** Whether this says a backup was restored in place of what the database held: what was done before is gone. */
    public boolean restored() {
        return origin == ChangeOrigin.MIGRATION && RESTORED.equals(summary);
    }

    /** The shared tables, as notices name them. */
    public static final String DEAL = "deal";
    public static final String CONTACT = "contact";
    public static final String ORGANIZATION = "organization";
    public static final String EMAIL_ADDRESS = "email_address";
    public static final String PHONE_NUMBER = "phone_number";
    public static final String INTERACTION = "interaction";
    public static final String FOLLOW_UP = "follow_up";
    public static final String STAGE_CHANGE = "stage_change";
    public static final String CHECKLIST_ITEM = "checklist_item";
    public static final String SETTINGS = "settings";

    public ChangeNotice {
        tables = Set.copyOf(tables);
        rows = Set.copyOf(rows);
    }

    public boolean touches(String table) {
        return tables.contains(table);
    }

    /** True when it changed any of these tables. */
    public boolean touchesAny(String... tables) {
        for (String t : tables) {
            if (this.tables.contains(t)) {
                return true;
            }
        }
        return false;
    }

    public boolean touchesRow(UUID id) {
        return id != null && rows.contains(id.toString());
    }
}
