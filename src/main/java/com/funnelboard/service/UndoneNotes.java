package com.funnelboard.service;

import com.funnelboard.domain.ChangeSetEntry;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What an undo means beyond the records it names: of a merge, what it takes back on the teammates' copies (it travels like
 * any change); of the making of deals, what was logged on them since and goes to the trash with them.
 */
final class UndoneNotes {

    private UndoneNotes() {}

    /** What the undo of a merge means for the team. */
    static final String MERGE_NOTE = "This undo travels like any change: teammates who share with you get the values from before the merge back too, "
            + "and records it brought from them go to their trash (their merge names them and their edits it takes back); the calls, "
            + "emails, meetings and notes it brought stay with the deals and contacts that stay";

    /**
     * Of an undo that takes back the making of deals: the calls, emails, meetings and notes logged on them since (a phone
     * system's call, a teammate's note), which go to the trash with them ("the 1 call, email, meeting or note logged on it since
     * stays with it in the trash; restoring it brings it back"). They went with the deal without a word. "" when none.
     */
    static String loggedSince(com.funnelboard.store.Repositories r, ChangeSetEntry set) {
        Set<String> made = new java.util.HashSet<>();
        List<UUID> deals = new java.util.ArrayList<>();
        for (ChangeSetEntry.FieldChange c : set.changes()) {
            if (c.isNewRow()) {
                made.add(c.row());
                if (c.table().equals("deal")) {
                    deals.add(UUID.fromString(c.row()));
                }
            }
        }
        long since = deals.stream().flatMap(d -> r.interactions().forDeal(d).stream()).filter(i -> !made.contains(i.id().toString())).count();
        if (since == 0) {
            return "";
        }
        boolean one = deals.size() == 1;
        return "the " + (since == 1 ? "1 call, email, meeting or note" : since + " calls, emails, meetings and notes") + " logged on "
                + (one ? "it" : "them") + " since " + (since == 1 ? "stays" : "stay") + " with " + (one ? "it" : "them")
                + " in the trash; restoring " + (one ? "it brings " : "them brings ") + (since == 1 ? "it" : "them") + " back";
    }

    /**
     * What the undo of a merge does on the teammates' copies, named: whose edits it takes back on how many records, and
     * which records it brought go to their trash ("This undo travels like any change: on Maria Manager's copy too, it takes
     * back 10 edits on 5 records, and the deal “Manager new deal” and 2 more records the merge brought go to the trash …").
     * It said so in general words only, and a rep's undo took back a manager's reassignments and her new deal unnamed.
     */
    static String mergeNote(ChangeSetEntry set, List<String> from) {
        List<String> authors = from.stream().map(com.funnelboard.domain.Person::nameOf).distinct().toList();
        if (authors.isEmpty()) {
            return MERGE_NOTE;
        }
        List<String> made = new java.util.ArrayList<>();
        Set<String> edited = new java.util.HashSet<>();
        java.util.Map<String, Integer> trashed = new java.util.TreeMap<>();
        int edits = 0;
        for (ChangeSetEntry.FieldChange c : set.changes()) {
            if (!c.isNewRow() && c.field().equals("deleted_at") && c.newValue() != null && !c.newValue().equals("null")
                    && (c.oldValue() == null || c.oldValue().equals("null"))) {
                // The teammate put it in the trash: undone, it comes back on their copy too (a follow-up they had closed of
                // was not said).
                trashed.merge(c.table(), 1, Integer::sum);
                continue;
            }
            if (c.isNewRow() && (c.table().equals("deal") || c.table().equals("contact") || c.table().equals("organization"))) {
                JsonNode row = Json.mapper().readTree(c.newValue());
                JsonNode name = row.get(c.table().equals("deal") ? "title" : "name");
                made.add(c.table() + (name == null || name.isNull() ? "" : " \u201C" + name.asString() + "\u201D"));
            } else if (!c.isNewRow() && !c.field().equals("updated_at") && !c.field().equals("deleted_at")) {
                edits++;
                edited.add(c.table() + c.row());
            }
        }
        // Deals named first, then by name: the same sentence whatever order the merge wrote its rows in.
        made.sort(java.util.Comparator.<String>comparingInt(m -> m.startsWith("deal") ? 0 : m.startsWith("contact") ? 1 : 2)
                .thenComparing(java.util.Comparator.naturalOrder()));
        String whose = authors.size() == 1 ? authors.getFirst() + "'s copy" : String.join(" and ", authors) + "'s copies";
        List<String> parts = new java.util.ArrayList<>();
        if (edits > 0 || (made.isEmpty() && trashed.isEmpty())) {
            parts.add("it takes back " + (edits == 0 ? "no edit" : edits + (edits == 1 ? " edit" : " edits") + " on " + edited.size()
                    + (edited.size() == 1 ? " record" : " records")));
        }
        if (!made.isEmpty()) {
            parts.add("the " + made.getFirst() + (made.size() == 1 ? "" : " and " + (made.size() - 1) + " more " + (made.size() == 2 ? "record" : "records"))
                    + " the merge brought " + (made.size() == 1 ? "goes" : "go") + " to the trash");
        }
        if (!trashed.isEmpty()) {
            int all = trashed.values().stream().mapToInt(Integer::intValue).sum();
            parts.add(String.join(", ", trashed.entrySet().stream().map(e -> kinds(e.getKey(), e.getValue())).toList())
                    + " the merge put in the trash " + (all == 1 ? "comes" : "come") + " back");
        }
        StringBuilder s = new StringBuilder("This undo travels like any change: on " + whose + " too, " + String.join(", and ", parts));
        // Named only where records go or come back: it was said after "it takes back 1 edit on 1 record" too.
        if (!made.isEmpty() || !trashed.isEmpty()) {
            s.append(" (their merge names them, and their own undo puts them back)");
        }
        return s.append("; the calls, emails, meetings and notes it brought stay with the deals and contacts that stay").toString();
    }

    /** "1 follow-up", "3 e-mail addresses": so many rows of a table, as people call them. */
    private static String kinds(String table, int n) {
        String[] words = switch (table) {
            case "follow_up" -> new String[] {"follow-up", "follow-ups"};
            case "interaction" -> new String[] {"call, email, meeting or note", "calls, emails, meetings and notes"};
            case "email_address" -> new String[] {"e-mail address", "e-mail addresses"};
            case "phone_number" -> new String[] {"phone number", "phone numbers"};
            case "stage_change" -> new String[] {"stage move", "stage moves"};
            case "checklist_item" -> new String[] {"checklist item", "checklist items"};
            case "organization" -> new String[] {"organization", "organizations"};
            default -> new String[] {table.replace('_', ' '), table.replace('_', ' ') + "s"};
        };
        return n + " " + (n == 1 ? words[0] : words[1]);
    }

    /**
     * What was logged or planned since on the deals an undone merge takes to the trash, said ("; the 1 call or note and 1
     * follow-up on “Bob's pilot” added since go to the trash with it: restoring the deal brings them back"), or "": they went
     * without a word.
     */
    static String yoursWith(com.funnelboard.store.Repositories r, ChangeSetEntry set) {
        Set<String> brought = new java.util.HashSet<>();
        set.changes().stream().filter(ChangeSetEntry.FieldChange::isNewRow).forEach(c -> brought.add(c.row()));
        List<String> said = new java.util.ArrayList<>();
        for (ChangeSetEntry.FieldChange c : set.changes()) {
            if (!c.isNewRow() || !c.table().equals("deal")) {
                continue;
            }
            UUID deal = UUID.fromString(c.row());
            if (r.deals().find(deal).isPresent()) {
                continue; // it stays
            }
            long logged = r.interactions().forDeal(deal).stream().filter(i -> !brought.contains(i.id().toString())).count();
            long planned = r.followUps().forDeal(deal).stream().filter(f -> !brought.contains(f.id().toString())).count();
            if (logged + planned > 0) {
                String title = r.deals().titleOf(deal).orElse("a deal");
                said.add((logged == 0 ? "" : logged + (logged == 1 ? " call or note" : " calls or notes")) + (logged > 0 && planned > 0 ? " and " : "")
                        + (planned == 0 ? "" : planned + (planned == 1 ? " follow-up" : " follow-ups")) + " on \u201C" + title + "\u201D");
            }
        }
        return said.isEmpty() ? "" : "; the " + String.join(", ", said) + " added since go to the trash with " + (said.size() == 1 ? "it" : "them")
                + ": restoring the deal brings them back";
    }

}
