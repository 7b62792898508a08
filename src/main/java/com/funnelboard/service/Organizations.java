package com.funnelboard.service;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.store.Repositories;
import java.util.UUID;

/** What the contact use cases do with organizations inside a write: find or make one by name, check a name, merge two. */
final class Organizations {

    private Organizations() {}

    /** A contact's organization named with a problem: the problem is the organization's field's, not the contact's name's. */
    static void requireValidName(String name) {
        if (name != null && !name.isBlank()) {
            String problem = new OrganizationProfile(UUID.randomUUID(), name, null, null, null, null).problems().get(OrganizationProfile.NAME);
            if (problem != null) {
                throw new InvalidInputException(ContactProfile.ORGANIZATION, problem.replaceFirst("^Name ", "Organization "));
            }
        }
    }

    /** Inside a write: the organization of that name, created when there is none; null for a blank name. */
    static UUID in(Repositories r, String name) {
        if (name.isBlank()) {
            return null;
        }
        return r.contacts().findOrganizationByName(name).map(o -> o.id()).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            r.organizations().insert(new OrganizationProfile(id, name.strip(), null, null, null, null));
            return id;
        });
    }

    /** Inside a write: merges organization {@code otherId} into {@code keepId} (see {@link ContactService#mergeOrganizations}). */
    static OrganizationProfile merge(Repositories r, UUID keepId, UUID otherId) {
        OrganizationProfile keep = r.organizations().find(keepId).orElseThrow(() -> ContactService.noOrganization(keepId));
        OrganizationProfile other = r.organizations().find(otherId).orElseThrow(() -> ContactService.noOrganization(otherId));
        OrganizationProfile kept = new OrganizationProfile(keep.id(), keep.name(), or(keep.website(), other.website()),
                or(keep.industry(), other.industry()), or(keep.companySize(), other.companySize()), or(keep.address(), other.address()));
        if (!kept.equals(keep)) {
            r.organizations().update(kept);
        }
        int[] moved = r.organizations().mergeInto(otherId, keepId);
        // Each counted apart: "(3 contacts and deals moved)" was said of 3 contacts and 3 deals.
        java.util.List<String> what = new java.util.ArrayList<>();
        if (moved != null && moved[0] > 0) {
            what.add(moved[0] + (moved[0] == 1 ? " contact" : " contacts"));
        }
        if (moved != null && moved[1] > 0) {
            what.add(moved[1] + (moved[1] == 1 ? " deal" : " deals"));
        }
        r.describe("Merged organization " + other.name().strip() + " into " + keep.name().strip()
                + (what.isEmpty() ? "" : " (" + String.join(" and ", what) + " moved)"));
        return kept;
    }

    private static String or(String kept, String other) {
        return kept == null || kept.isBlank() ? other : kept;
    }
}
