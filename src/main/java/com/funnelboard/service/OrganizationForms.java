package com.funnelboard.service;

import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.store.Store;
import java.util.Map;
import java.util.UUID;

/** What the organization's form reads and saves beside the rest of {@link ContactService}. */
public final class OrganizationForms {

    private final Store store;

    OrganizationForms(Store store) {
        this.store = store;
    }

    /** A live organization as stored, or null when it is in the trash (merged into another, deleted). */
    public OrganizationProfile ifLive(UUID id) {
        return store.read(r -> r.organizations().find(id).orElse(null));
    }

    /**
     * Saves the fields of an organization's form that were typed in ({@code typed}: field → text, see {@link OrganizationProfile}'s
     * field names), the others as they are stored now, in one transaction: a form that saved all it showed wrote its stale
     * empty fields over the website and address a merge had just brought in.
     *
     * @throws InvalidInputException naming each field that needs correcting; nothing is written
     */
    public OrganizationProfile saveFields(UUID id, Map<String, String> typed) {
        return store.write(r -> {
            OrganizationProfile now = r.organizations().find(id).orElseThrow(() -> ContactService.noOrganization(id));
            OrganizationProfile profile = new OrganizationProfile(id, typed.getOrDefault(OrganizationProfile.NAME, now.name()),
                    typed.getOrDefault(OrganizationProfile.WEBSITE, now.website()), typed.getOrDefault(OrganizationProfile.INDUSTRY, now.industry()),
                    typed.getOrDefault(OrganizationProfile.COMPANY_SIZE, now.companySize()), typed.getOrDefault(OrganizationProfile.ADDRESS, now.address()));
            if (!profile.problems().isEmpty()) {
                throw new InvalidInputException(profile.problems());
            }
            r.organizations().update(profile);
            r.local().delete(ContactService.typingKey(id)); // saved: no longer only typed
            r.describe("Edited " + profile.name().strip());
            return profile;
        });
    }

    /**
     * Adds an organization on its own, before anyone there is known (an account a rep is told to work on): it could only come
     * into being with a contact or a lead.
     *
     * @throws InvalidInputException naming each field that needs correcting; nothing is written
     * @throws RefusedException when a live organization has that name already (ignoring case): it is named, nothing is added
     */
    public OrganizationProfile create(String name, String website, String industry, String companySize, String address) {
        OrganizationProfile profile = new OrganizationProfile(UUID.randomUUID(), name == null ? "" : name.strip(), website, industry,
                companySize, address);
        if (!profile.problems().isEmpty()) {
            throw new InvalidInputException(profile.problems());
        }
        return store.write(r -> {
            java.util.Optional<OrganizationProfile> there = r.contacts().findOrganizationByName(profile.name())
                    .flatMap(o -> r.organizations().find(o.id()));
            if (there.isPresent()) {
                throw new RefusedException("There is an organization " + there.get().name() + " already (" + there.get().id().toString()
                        .substring(0, 8) + "); nothing was added");
            }
            r.organizations().insert(profile);
            r.describe("New organization " + profile.name());
            return profile;
        });
    }
}
