package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.RotRule;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One apply of a filter reads every column's header and first page in one statement per order:
 * what it returns is what the headers and each column's page read one by one, in every order
 * (lead score included), with columns in different orders at once.
 */
class BoardFirstPagesTest {

    @TempDir
    Path dir;

    private static final InteractionKind[] KINDS = InteractionKind.values();

    private Store pipeline(Random random) {
        Store store = Fixtures.store(dir);
        Stage[] stages = {Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY, Stage.WON};
        for (int i = 0; i < 36; i++) {
            Long value = random.nextInt(6) == 0 ? null : (long) random.nextInt(50) * 10_000;
            Deal deal = Fixtures.deal(store, (i % 3 == 0 ? "Kegs " : "Casks ") + i, stages[random.nextInt(stages.length)], value);
            for (int n = random.nextInt(4); n > 0; n--) {
                Fixtures.interaction(store, deal, KINDS[random.nextInt(KINDS.length)], random.nextBoolean() ? Direction.IN : Direction.OUT,
                        Fixtures.NOW.minus(Duration.ofDays(random.nextInt(60))));
            }
            if (random.nextInt(3) == 0) {
                Fixtures.followUp(store, deal, Fixtures.NOW.plus(Duration.ofHours(random.nextInt(300) - 150)));
            }
        }
        return store;
    }

    private static Map<Stage, DealSort> all(DealSort sort) {
        Map<Stage, DealSort> m = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            m.put(s, sort);
        }
        return m;
    }

    private static List<UUID> ids(List<DealCard> cards) {
        return cards.stream().map(DealCard::id).toList();
    }

    @Test
    void firstPagesAreTheHeadersAndEachColumnsPageInItsOwnOrder() {
        try (Store store = pipeline(new Random(11))) {
            BoardService board = new BoardService(store);
            List<BoardLens> lenses = List.of(BoardLens.ALL, BoardLens.ALL.with("text", "kegs"), BoardLens.ALL.with("min-value", "1000"),
                    BoardLens.ALL.with("followup", "none"));
            Map<Stage, DealSort> mixed = new EnumMap<>(Map.of(Stage.LEAD, DealSort.SCORE, Stage.PROSPECT, DealSort.VALUE, Stage.OPPORTUNITY,
                    DealSort.NEWEST, Stage.WON, DealSort.FOLLOWUP, Stage.LOST, DealSort.CLOSE));
            List<Map<Stage, DealSort>> orders = new java.util.ArrayList<>();
            for (DealSort s : DealSort.values()) {
                orders.add(all(s));
            }
            orders.add(mixed);
            orders.add(Map.of(Stage.PROSPECT, DealSort.DAYS)); // one column only: the headers of all, one page
            for (BoardLens lens : lenses) {
                for (Map<Stage, DealSort> sorts : orders) {
                    BoardReads.FirstPages first = board.firstPages(lens, sorts, 3);
                    assertThat(first.summaries()).as(lens + " " + sorts).isEqualTo(board.summaries(lens));
                    assertThat(first.pages().keySet()).isEqualTo(sorts.keySet());
                    sorts.forEach((stage, sort) -> assertThat(first.pages().get(stage)).as(lens + " " + stage + " by " + sort)
                            .isEqualTo(board.page(stage, 0, 3, lens, sort)));
                }
            }
        }
    }

    @Test
    void aColumnByScoreIsHighestScoreFirstAsTheCardsShowItAndDecayMovesIt() {
        try (Store store = pipeline(new Random(5))) {
            BoardService board = new BoardService(store);
            for (Stage stage : List.of(Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY)) {
                List<DealCard> cards = board.page(stage, 0, 100, BoardLens.ALL, DealSort.SCORE);
                assertThat(cards).extracting(DealCard::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
                assertThat(cards).extracting(DealCard::score).doesNotContainNull();
            }
            assertThat(board.page(Stage.LEAD, 0, 100, BoardLens.ALL, DealSort.SCORE).stream().map(DealCard::score).distinct().count())
                    .as("the data gives different scores (else the order says nothing)").isGreaterThan(2);
            // Later, decay has taken points: the order in SQL follows the scores as read then.
            Instant later = Fixtures.NOW.plus(Duration.ofDays(45));
            for (Stage stage : List.of(Stage.LEAD, Stage.PROSPECT)) {
                List<UUID> order = ids(store.read(r -> r.board().page(stage, 0, 100, BoardLens.ALL, DealSort.SCORE, RotRule.defaults(), later)));
                Map<UUID, Integer> scores = store.read(r -> r.scores().scores(order, later));
                assertThat(order).extracting(scores::get).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            }
        }
    }
}
