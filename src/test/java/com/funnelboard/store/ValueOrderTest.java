package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.RotRule;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order by value is in whole units of each deal's currency, in the window (from its facets) and a command (by SQL)
 * alike: ¥333,333 came after €5,000.00, compared as 333,333 minor units against 500,000 cents.
 */
class ValueOrderTest {

    @TempDir
    Path dir;

    private static final Instant NOW = Fixtures.NOW;

    private static void deal(Store store, String title, long minor, String currency) {
        UUID contact = UUID.randomUUID();
        store.writeAll(r -> {
            r.contacts().insert(new com.funnelboard.domain.Contact(contact, null, "Contact of " + title, null, null, null));
            r.deals().insert(new Deal(UUID.randomUUID(), contact, title, Stage.LEAD, new Money(minor, currency), currency, "website", null, NOW,
                    null, null, null, null, NOW, NOW));
        });
    }

    private static List<String> byValue(Store store, BoardLens lens) {
        return store.read(r -> r.board().page(Stage.LEAD, 0, 10, lens, DealSort.VALUE, RotRule.defaults(), NOW)).stream()
                .map(DealCard::title).toList();
    }

    @Test
    void yenDinarsAndEurosAreOrderedByTheirWholeAmounts() {
        Path file = dir.resolve("p.db");
        try (Store window = Store.open(file, new TickingClock(NOW), null, StoreAccess.WINDOW);
                Store command = Store.open(file, new TickingClock(NOW))) {
            deal(window, "Euros 5,000", 500_000L, "EUR");
            deal(window, "Yen 333,333", 333_333L, "JPY");
            deal(window, "Dinars 2,000.500", 2_000_500L, "KWD");
            deal(window, "Yen 900", 900L, "JPY");
            List<String> expected = List.of("Yen 333,333", "Euros 5,000", "Dinars 2,000.500", "Yen 900");
            assertThat(byValue(command, BoardLens.ALL)).isEqualTo(expected);
            window.read(r -> {
                r.board().prepareFilters();
                return null;
            });
            // A filter has the window read from its facets.
            BoardLens words = BoardLens.ALL.with("text", "contact");
            assertThat(byValue(window, words)).isEqualTo(expected);
            assertThat(byValue(command, words)).isEqualTo(expected);
        }
    }
}
