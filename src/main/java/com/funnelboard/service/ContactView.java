package com.funnelboard.service;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.OrganizationProfile;
import java.util.List;

/**
 * A contact as the detail pane shows it.
 *
 * @param organization null when the contact has none
 * @param deals every deal of the contact, open ones first
 */
public record ContactView(ContactProfile profile, OrganizationProfile organization, List<DealCard> deals) {}
