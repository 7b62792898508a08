package com.funnelboard.service.importing;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.DuplicateFinder;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import row does to a contact stored (or made by an earlier row): adds what it knows
 * ({@link ImportOptions.OnDuplicate#UPDATE}) or puts its own values in place
 * ({@link ImportOptions.OnDuplicate#REPLACE}).
 */
final class ContactUpdates {

    private final DuplicateFinder finder;

    ContactUpdates(DuplicateFinder finder) {
        this.finder = finder;
    }

    /**
     * What is stored with the row's own values in their place ({@link ImportOptions.OnDuplicate#REPLACE}): its name, title,
     * profile and notes where it gives them (a note corrected in the sheet was added after the old one), its first address and number
     * first; its new addresses and numbers take the places of stored ones it does not name (see {@link #corrected}), the others stay.
     */
    ContactProfile replaced(ContactProfile p, ContactProfile row) {
        ContactProfile merged = merged(p, row);
        java.util.function.BiPredicate<String, String> sameAddress = String::equalsIgnoreCase;
        java.util.function.BiPredicate<String, String> sameNumber = (a, b) -> a.equals(b) || !finder.phoneKey(a).isEmpty()
                && finder.phoneKey(a).equals(finder.phoneKey(b));
        List<String> emails = new ArrayList<>(row.emails());
        corrected(p.emails(), row.emails(), sameAddress).stream().filter(e -> emails.stream().noneMatch(x -> x.equalsIgnoreCase(e)))
                .forEach(emails::add);
        List<String> phones = new ArrayList<>(row.phones());
        phones.addAll(corrected(p.phones(), row.phones(), sameNumber));
        return new ContactProfile(p.id(), row.organizationId() != null ? row.organizationId() : p.organizationId(),
                row.name() == null || row.name().isBlank() ? p.name() : row.name(), fill(p.title(), row.title(), true), emails,
                finder.eachNumberOnce(phones), row.channel() != null ? row.channel() : p.channel(), fill(p.industry(), row.industry(), true),
                fill(p.companySize(), row.companySize(), true), fill(p.persona(), row.persona(), true), fill(p.painPoints(), row.painPoints(), true),
                fill(p.source(), row.source(), true), merged.tags(), row.notes() != null && !row.notes().isBlank() ? row.notes() : merged.notes(),
                p.mergedInto());
    }

    /**
     * The stored address (or number) replaced by the row's, where each has one and they differ: a number corrected in the sheet
     * replaces the old one (it stayed, second, beside its correction). With more on either side nothing is taken away, the row's
     * first put first.
     */
    static List<String> corrected(List<String> stored, List<String> row, java.util.function.BiPredicate<String, String> same) {
        if (stored.size() != 1 || row.size() != 1) {
            // Only a one-for-one correction is told apart: with several, which replaces which is a guess (a sheet's two numbers
            // written in another form took the place of two the sheet never named, and a row's work number the mobile one).
            return stored;
        }
        List<String> fresh = row.stream().filter(v -> stored.stream().noneMatch(s -> same.test(s, v))).toList();
        List<String> out = new ArrayList<>(stored);
        int next = 0;
        for (int i = 0; i < out.size() && next < fresh.size(); i++) {
            String kept = out.get(i);
            if (row.stream().noneMatch(v -> same.test(kept, v))) {
                out.set(i, fresh.get(next++));
            }
        }
        return out;
    }

    /** What is stored, with what the row adds: its e-mails, phones and tags, and the fields still empty. */
    ContactProfile merged(ContactProfile p, ContactProfile row) {
        List<String> emails = new ArrayList<>(p.emails());
        emails.addAll(row.emails());
        List<String> all = new ArrayList<>(p.phones());
        all.addAll(row.phones());
        List<String> phones = finder.eachNumberOnce(all); // the stored writing of a number the row writes another way
        List<String> tags = new ArrayList<>(p.tags());
        tags.addAll(row.tags());
        // Notes the stored ones hold already (an edit here added a line after them) are not added again at each import; the
        // file's that hold the stored ones take their place; of others, the lines not stored yet come after them.
        String notes = com.funnelboard.domain.importing.NoteLines.added(p.notes(), row.notes());
        return new ContactProfile(p.id(), p.organizationId() != null ? p.organizationId() : row.organizationId(), p.name(),
                fill(p.title(), row.title()), emails, phones, p.channel() != null ? p.channel() : row.channel(), fill(p.industry(), row.industry()),
                fill(p.companySize(), row.companySize()), fill(p.persona(), row.persona()), fill(p.painPoints(), row.painPoints()),
                fill(p.source(), row.source()), tags, notes, p.mergedInto());
    }

    /** The stored value, or the imported one where none is stored. */
    static String fill(String stored, String imported) {
        return stored == null || stored.isBlank() ? imported : stored;
    }

    /** {@link #fill}; with {@code replace}, the imported value wherever the row gives one. */
    static String fill(String stored, String imported, boolean replace) {
        return replace && imported != null && !imported.isBlank() ? imported : fill(stored, imported);
    }
}
