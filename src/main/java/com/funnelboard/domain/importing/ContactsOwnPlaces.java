package com.funnelboard.domain.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Web addresses and addresses a row gives that are no organization's: a person's own (Google's "Profile" page, a "Home"
 * address) or on a row that names no organization. They are kept in the contact's notes, one labelled line each, where they
 * were dropped without a word.
 */
final class ContactsOwnPlaces {

    private ContactsOwnPlaces() {}

    /** {@code person} with {@code lines} after its notes; as it is when there are none. */
    static ImportRow.Person noted(ImportRow.Person person, List<String> lines) {
        if (person == null || lines.isEmpty()) {
            return person;
        }
        String kept = String.join("\n", lines);
        return new ImportRow.Person(person.name(), person.title(), person.emails(), person.phones(), person.tags(),
                person.notes() == null ? kept : person.notes() + "\n" + kept, person.source(), person.profile(), person.id());
    }

    /**
     * The lines of a row that names no organization: its web address, and its address (the address column's values, else
     * {@code inParts}, the address put together from its parts).
     */
    static List<String> withoutOrganization(String site, List<String> address, Supplier<String> inParts) {
        List<String> lines = new ArrayList<>();
        if (site != null && !site.isBlank()) {
            lines.add("Website: " + site.strip());
        }
        List<String> written = address.stream().map(a -> a.strip().replaceAll("\\s*\\R\\s*", ", ")).filter(a -> !a.isEmpty()).toList();
        String where = !written.isEmpty() ? String.join(", ", written) : inParts.get();
        if (where != null && !where.isBlank()) {
            lines.add("Address: " + where);
        }
        return lines;
    }
}
