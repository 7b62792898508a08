package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Contact;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Organization;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change too large to name its rows that also writes a setting other than the scoring rules (a teammate's file with a name
 * for the team's directory and a 20,000-row import in it) scores the deals it brings: it left every one of them without a score
 * on the receiving installation (empty SCORE column, "score": null, no badge on the cards).
 */
class ScoreCacheSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aLargeChangeWithASettingInItScoresItsDeals() {
        try (Store store = Fixtures.store(dir)) {
            Fixtures.deal(store, "First", Stage.LEAD, 10_00L); // the scores current, as on any installation in use
            assertThat(store.<Boolean>jdbc(c -> new ScoreCache(store.dsl(c), new Repositories(store.dsl(c), store.clock(), null)).isCurrent()))
                    .isTrue();
            UUID org = UUID.randomUUID();
            UUID contact = UUID.randomUUID();
            Deal deal = new Deal(UUID.randomUUID(), contact, "Pilot", Stage.LEAD, new Money(100_00L, "EUR"), "EUR", "website", null,
                    Fixtures.NOW.minus(Duration.ofDays(3)), null, null, null, null, Fixtures.NOW, Fixtures.NOW);
            store.writeAll(r -> {
                r.contacts().insertOrganization(new Organization(org, "Nordwind AB"));
                r.contacts().insert(new Contact(contact, org, "Ida Berg", null, null, null));
                r.deals().insert(deal);
                r.settings().put("person.ida@nordwind.example", "Ida Berg");
                r.changes().rowsTooManyToName();
            });
            assertThat(store.<Integer>jdbc(c -> {
                try (var p = c.prepareStatement("SELECT count(*) FROM deal_score WHERE deal_id = ?")) {
                    p.setString(1, deal.id().toString());
                    try (var rs = p.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }
            })).isEqualTo(1);
        }
    }
}
