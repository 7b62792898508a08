package com.funnelboard.domain.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a deal's score is computed from.
 *
 * @param createdAt when the deal was made: decay counts from here while nothing is logged
 * @param activities the deal's interactions and those logged with its contact without a deal, in any order
 * @param industry the contact's industry, else its organization's (null: unknown)
 * @param companySize the contact's company size, else its organization's (null: unknown)
 * @param persona the contact's persona (null: none)
 * @param title the contact's job title (null: none)
 */
public record DealFacts(Instant createdAt, List<Activity> activities, String industry, String companySize, String persona, String title) {

    public DealFacts {
        Objects.requireNonNull(createdAt, "createdAt");
        activities = List.copyOf(activities);
    }
}
