package com.funnelboard.service;

import com.funnelboard.domain.ContactProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How two contact records combine into one: each field from either, lists joined unless taken
 * whole. Nothing is lost where nothing was chosen: a field the kept record leaves empty takes the
 * other's value, and the notes of both are kept, the kept record's first (a merge kept the empty
 * title, channel, persona and notes of the record kept, and the other's were gone).
 */
final class ContactMerge {

    private ContactMerge() {}

    static ContactProfile combine(ContactProfile keep, ContactProfile other, Set<String> take) {
        return new ContactProfile(
                keep.id(),
                pick(take, ContactProfile.ORGANIZATION, keep.organizationId(), other.organizationId()),
                take.contains(ContactProfile.NAME) ? other.name() : keep.name(),
                pick(take, ContactProfile.TITLE, keep.title(), other.title()),
                take.contains(ContactProfile.EMAILS) ? other.emails() : joined(keep.emails(), other.emails()),
                take.contains(ContactProfile.PHONES) ? other.phones() : joined(keep.phones(), other.phones()),
                pick(take, ContactProfile.CHANNEL, keep.channel(), other.channel()),
                pick(take, ContactProfile.INDUSTRY, keep.industry(), other.industry()),
                pick(take, ContactProfile.COMPANY_SIZE, keep.companySize(), other.companySize()),
                pick(take, ContactProfile.PERSONA, keep.persona(), other.persona()),
                pick(take, ContactProfile.PAIN_POINTS, keep.painPoints(), other.painPoints()),
                pick(take, ContactProfile.SOURCE, keep.source(), other.source()),
                take.contains(ContactProfile.TAGS) ? other.tags() : joined(keep.tags(), other.tags()),
                take.contains(ContactProfile.NOTES) ? other.notes() : bothNotes(keep.notes(), other.notes()),
                null);
    }

    /** The other's value where it was taken, or where the kept record has none. */
    private static <T> T pick(Set<String> take, String field, T keep, T other) {
        return take.contains(field) || empty(keep) ? other : keep;
    }

    private static boolean empty(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }

    private static String bothNotes(String keep, String other) {
        if (empty(other) || other.strip().equals(keep == null ? null : keep.strip())) {
            return keep;
        }
        return empty(keep) ? other : keep.strip() + "\n\n" + other.strip();
    }

    private static List<String> joined(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all; // the profile drops repeats, ignoring case
    }
}
