package com.funnelboard.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Everything kept about an organization. */
public record OrganizationProfile(UUID id, String name, String website, String industry, String companySize, String address) {

    public static final String NAME = "name";
    public static final String WEBSITE = "website";
    public static final String INDUSTRY = "industry";
    public static final String COMPANY_SIZE = "company-size";
    public static final String ADDRESS = "address";

    public OrganizationProfile {
        Objects.requireNonNull(id, "id");
    }

    public Map<String, String> problems() {
        Map<String, String> p = new LinkedHashMap<>();
        Validation.requiredText(name, "Name", TextLimits.NAME).ifPresent(m -> p.put(NAME, m));
        Validation.url(website).ifPresent(m -> p.put(WEBSITE, m));
        Validation.optionalText(industry, "Industry", 200).ifPresent(m -> p.put(INDUSTRY, m));
        Validation.optionalText(companySize, "Company size", 100).ifPresent(m -> p.put(COMPANY_SIZE, m));
        Validation.optionalLines(address, "Address", 1_000).ifPresent(m -> p.put(ADDRESS, m));
        return p;
    }
}
