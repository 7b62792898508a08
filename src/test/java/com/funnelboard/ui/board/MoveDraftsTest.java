package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.ui.common.UiExecutors;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A move's draft brought back in the window that kept it (after a refused move) is not said to be from before a close: the
 * dialog's header said "(as you left it when Funnelboard closed)" though it never closed.
 */
class MoveDraftsTest {

    @Test
    void aDraftKnowsTheWindowThatKeptIt() {
        AtomicReference<Map<String, String>> stored = new AtomicReference<>(Map.of());
        UiExecutors direct = new UiExecutors(Runnable::run, Runnable::run);
        MoveDrafts here = new MoveDrafts(stored::get, stored::set, direct);
        here.keep(Map.of("deal", "d", "to", "prospect", "reason", "Met at the fair")).join();
        Map<String, String> back = here.read().join();
        assertThat(back).containsEntry("reason", "Met at the fair");
        assertThat(here.keptHere(back)).isTrue();
        MoveDrafts afterARestart = new MoveDrafts(stored::get, stored::set, direct);
        assertThat(afterARestart.keptHere(afterARestart.read().join())).isFalse();
        here.keep(Map.of()).join();
        assertThat(stored.get()).as("forgotten whole").isEmpty();
    }
}
