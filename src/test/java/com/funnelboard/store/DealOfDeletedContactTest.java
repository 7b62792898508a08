package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.BoardService;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live deal whose contact is in the trash (a teammate's deal restored through a conflict while the
 * contact stayed deleted): its card names no contact, as the deal's own page does, rather than the
 * deleted one.
 */
class DealOfDeletedContactTest {

    @TempDir
    Path dir;

    @Test
    void theCardNamesNoContactWhileItsContactIsInTheTrash() {
        try (Store store = Fixtures.store(dir)) {
            var deal = Fixtures.deal(store, "Pilot", Stage.LEAD, 1_000L);
            store.writeAll(r -> r.contactProfiles().delete(deal.contactId()));
            BoardService board = new BoardService(store);

            List<DealCard> page = board.page(Stage.LEAD, 0, 10, BoardLens.ALL, DealSort.NEWEST);
            assertThat(page).singleElement().satisfies(c -> {
                assertThat(c.contactId()).isNull();
                assertThat(c.contactName()).isEqualTo(BoardQueries.NO_CONTACT);
            });
            assertThat(board.firstPages(BoardLens.ALL, Map.of(Stage.LEAD, DealSort.NEWEST), 10).pages().get(Stage.LEAD))
                    .singleElement().satisfies(c -> assertThat(c.contactId()).isNull());
        }
    }
}
