package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hints under More filters: the values in use of each profile filter, most used first, live rows only, each value once whatever its case. */
class FilterHintsTest {

    @TempDir
    Path dir;

    private static ContactProfile contact(UUID org, String name, String industry, String size, String persona, List<String> tags) {
        return new ContactProfile(UUID.randomUUID(), org, name, null, List.of(), List.of(), null, industry, size, persona, null, null, tags, null,
                null);
    }

    @Test
    void theValuesInUseComeMostUsedFirstEachOnce() {
        try (Store store = Fixtures.store(dir)) {
            UUID brewery = UUID.randomUUID();
            UUID shop = UUID.randomUUID();
            store.writeAll(r -> {
                r.organizations().insert(new OrganizationProfile(brewery, "Brewery", null, "Brewing", "11-50", null));
                r.organizations().insert(new OrganizationProfile(shop, "Shop", null, "Retail", null, null));
            });
            ContactProfile gone = contact(null, "Gone", "Mining", "5000+", "Miner", List.of("old"));
            store.writeAll(r -> r.contactProfiles().insertAll(List.of(
                    contact(brewery, "Ann", "brewing", "11-50", "Champion", List.of("vip", "beta")),
                    contact(brewery, "Bob", "Software", "1-10", "champion", List.of("vip")),
                    contact(shop, "Cid", null, null, "Buyer", List.of("VIP", "partner")),
                    gone)));
            store.writeAll(r -> r.contactProfiles().delete(gone.id()));

            Map<String, List<String>> hints = store.read(r -> r.filterHints().common(8));
            assertThat(hints.get("industry")).as("a contact's and an organization's, merged across case").containsExactly("Brewing", "Retail",
                    "Software");
            assertThat(hints.get("size")).containsExactly("11-50", "1-10");
            assertThat(hints.get("persona")).containsExactly("Champion", "Buyer");
            assertThat(hints.get("tag")).containsExactly("vip", "beta", "partner");
            assertThat(store.read(r -> r.filterHints().common(1)).get("tag")).containsExactly("vip");
        }
    }
}
