package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History says who owns a deal by the name the team gave the address, where it gave one. */
class HistoryOwnerNamesTest {

    @TempDir
    Path dir;

    @Test
    void anOwnerIsSaidByName() {
        try (Store store = Fixtures.store(dir)) {
            var deal = Fixtures.deal(store, "Pilot", Stage.LEAD, 1_000L);
            PeopleService people = new PeopleService(store);
            people.setIdentity("Ida Berg", "ida@nordwind.example");
            people.reassign(deal.id(), "ola@nordwind.example", "Ola Nordmann");
            people.reassign(deal.id(), "nobody.named@nordwind.example");

            var entries = new HistoryService(store).readable(deal.contactId(), deal.id(), 20, new HistorySentences(Locale.ENGLISH, com.funnelboard.testing.Fixtures.CLOCK));
            var details = entries.stream().flatMap(e -> e.details().stream()).toList();
            assertThat(details).contains("Owner \u2014 \u2192 Ida Berg", "Owner Ida Berg \u2192 Ola Nordmann",
                    "Owner Ola Nordmann \u2192 nobody.named@nordwind.example");
        }
    }

    /** A change set whose author is only an address (a teammate's, a command line's) is signed with the name the team gave it. */
    @Test
    void aBylineSaysTheNameTheTeamGaveTheAddress() {
        try (Store store = Fixtures.store(dir)) {
            var deal = Fixtures.deal(store, "Pilot", Stage.LEAD, 1_000L);
            PeopleService people = new PeopleService(store);
            people.reassign(deal.id(), "ola@nordwind.example", "Ola Nordmann");
            store.setAuthor("Ola@Nordwind.example");
            people.reassign(deal.id(), "kari@nordwind.example");
            store.setAuthor("<kari@nordwind.example>");
            people.reassign(deal.id(), "ola@nordwind.example");

            var entries = new HistoryService(store).readable(deal.contactId(), deal.id(), 20, new HistorySentences(Locale.ENGLISH, com.funnelboard.testing.Fixtures.CLOCK));
            assertThat(entries).extracting(e -> e.byline().substring(0, e.byline().indexOf(" \u00B7 ")))
                    .contains("Ola Nordmann", "kari@nordwind.example")
                    .noneMatch(who -> who.contains("ola@") || who.contains("Ola@") || who.contains("<"));
        }
    }
}
