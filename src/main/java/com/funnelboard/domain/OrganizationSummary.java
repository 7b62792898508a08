package com.funnelboard.domain;

import java.util.UUID;

/** A row of the organizations list. */
public record OrganizationSummary(
        UUID id, String name, String website, String industry, String companySize, int contacts, int openDeals) {}
