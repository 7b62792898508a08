package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.RotRule;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open deals a cleanup looks for — past their expected close, or with nothing done on them for some days — are the
 * same deals whether the window reads them from its facets or a command by SQL, and "today" is the user's day.
 */
class CleanupFiltersTest {

    @TempDir
    Path dir;

    /** 23:30 on March 12 in UTC: already March 13 in Tokyo. */
    private static final Instant NOW = Instant.parse("2026-03-12T23:30:00Z");

    private static Deal deal(Store store, String title, Stage stage, LocalDate close, Instant created, Instant entered) {
        UUID contact = UUID.randomUUID();
        Deal d = new Deal(UUID.randomUUID(), contact, title, stage, new Money(100_00L, "EUR"), "EUR", "website", close, entered, null, null, null,
                null, created, created);
        store.writeAll(r -> {
            r.contacts().insert(new com.funnelboard.domain.Contact(contact, null, "Contact of " + title, null, null, null));
            r.deals().insert(d);
        });
        return d;
    }

    private static Set<String> titles(Store store, BoardLens lens) {
        Set<String> out = new TreeSet<>();
        for (Stage s : Stage.values()) {
            List<DealCard> page = store.read(r -> r.board().page(s, 0, 100, lens, DealSort.NEWEST, RotRule.defaults(), NOW));
            out.addAll(page.stream().map(DealCard::title).collect(Collectors.toSet()));
        }
        return out;
    }

    @Test
    void windowAndCommandFindTheSameDealsInTheUsersDay() {
        Path file = dir.resolve("p.db");
        Instant longAgo = NOW.minus(Duration.ofDays(60));
        try (Store window = Store.open(file, java.time.Clock.fixed(NOW, ZoneId.of("Asia/Tokyo")), null, StoreAccess.WINDOW);
                Store utc = Store.open(file, new TickingClock(NOW))) {
            deal(window, "Closes on the 12th", Stage.LEAD, LocalDate.of(2026, 3, 12), longAgo, longAgo);
            deal(window, "Closes on the 13th", Stage.PROSPECT, LocalDate.of(2026, 3, 13), longAgo, longAgo);
            deal(window, "Won, closed long ago", Stage.WON, LocalDate.of(2026, 1, 1), longAgo, longAgo);
            deal(window, "No close date", Stage.LEAD, null, longAgo, longAgo);
            Deal called = deal(window, "Called last week", Stage.OPPORTUNITY, null, longAgo, longAgo);
            Fixtures.interaction(window, called, InteractionKind.CALL, Direction.OUT, NOW.minus(Duration.ofDays(7)));
            Deal stale = deal(window, "Called in January", Stage.OPPORTUNITY, null, longAgo, longAgo);
            Fixtures.interaction(window, stale, InteractionKind.CALL, Direction.OUT, NOW.minus(Duration.ofDays(50)));
            deal(window, "Moved yesterday", Stage.PROSPECT, null, longAgo, NOW.minus(Duration.ofDays(1)));
            deal(window, "Added yesterday", Stage.LEAD, null, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1)));
            window.read(r -> {
                r.board().prepareFilters();
                return null;
            });

            BoardLens passed = BoardLens.ALL.with("close-passed", "yes");
            // In Tokyo it is the 13th: a close on the 12th has passed, one on the 13th has not; a won deal has closed.
            assertThat(titles(window, passed)).containsExactly("Closes on the 12th");
            // A command in UTC, where it is still the 12th, finds none passed yet.
            assertThat(titles(utc, passed)).isEmpty();

            BoardLens idle = BoardLens.ALL.with("idle-days", "30");
            Set<String> quiet = Set.of("Called in January", "Closes on the 12th", "Closes on the 13th", "No close date");
            assertThat(titles(window, idle)).isEqualTo(new TreeSet<>(quiet));
            assertThat(titles(utc, idle)).isEqualTo(new TreeSet<>(quiet));
            assertThat(titles(window, idle.with("idle-days", "3"))).contains("Called last week").doesNotContain("Moved yesterday", "Added yesterday");
            assertThat(window.read(r -> r.board().totals(idle, RotRule.defaults(), NOW)).get(Stage.OPPORTUNITY).getFirst().count()).isEqualTo(1);
        }
    }

    @Test
    void theFiltersAreWrittenAndReadBack() {
        BoardLens lens = BoardLens.parse(BoardLens.ALL, List.of("close-passed=yes", "idle-days=45"));
        assertThat(lens.filters()).containsExactly("close-passed=yes", "idle-days=45");
        assertThat(BoardLens.parse(BoardLens.ALL, lens.filters())).isEqualTo(lens);
        assertThatThrownBy(() -> BoardLens.ALL.with("idle-days", "0")).hasMessageContaining("a number of days from 1 to 3650");
        assertThatThrownBy(() -> BoardLens.ALL.with("idle-days", "a month")).hasMessageContaining("such as 30");
    }
}
