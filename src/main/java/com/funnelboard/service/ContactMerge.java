package com.funnelboard.service;

import com.funnelboard.domain.ContactProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** How two contact records combine into one: each field from either, lists joined unless taken whole. */
final class ContactMerge {

    private ContactMerge() {}

    static ContactProfile combine(ContactProfile keep, ContactProfile other, Set<String> take) {
        return new ContactProfile(
                keep.id(),
                take.contains(ContactProfile.ORGANIZATION) ? other.organizationId() : keep.organizationId(),
                take.contains(ContactProfile.NAME) ? other.name() : keep.name(),
                pick(take, ContactProfile.TITLE, keep.title(), other.title()),
                take.contains(ContactProfile.EMAILS) ? other.emails() : joined(keep.emails(), other.emails()),
                take.contains(ContactProfile.PHONES) ? other.phones() : joined(keep.phones(), other.phones()),
                take.contains(ContactProfile.CHANNEL) ? other.channel() : keep.channel(),
                pick(take, ContactProfile.INDUSTRY, keep.industry(), other.industry()),
                pick(take, ContactProfile.COMPANY_SIZE, keep.companySize(), other.companySize()),
                pick(take, ContactProfile.PERSONA, keep.persona(), other.persona()),
                pick(take, ContactProfile.PAIN_POINTS, keep.painPoints(), other.painPoints()),
                pick(take, ContactProfile.SOURCE, keep.source(), other.source()),
                take.contains(ContactProfile.TAGS) ? other.tags() : joined(keep.tags(), other.tags()),
                pick(take, ContactProfile.NOTES, keep.notes(), other.notes()),
                null);
    }

    private static String pick(Set<String> take, String field, String keep, String other) {
        return take.contains(field) ? other : keep;
    }

    private static List<String> joined(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all; // the profile drops repeats, ignoring case
    }
}
