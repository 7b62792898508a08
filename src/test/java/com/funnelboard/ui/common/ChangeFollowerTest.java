package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notices reach a view model on its FX executor — here a queue the test runs by hand — gathered
 * into batches, one refresh at a time.
 */
class ChangeFollowerTest {

    @TempDir
    Path dir;

    Store store;
    final Queue<Runnable> fx = new ArrayDeque<>();
    final List<Changes> batches = new ArrayList<>();
    final List<CompletableFuture<Void>> refreshes = new ArrayList<>();
    ChangeFollower follower;

    @BeforeEach
    void setUp() {
        store = Fixtures.store(dir);
        UiExecutors executors = new UiExecutors(Runnable::run, fx::add);
        follower = ChangeFollower.follow(new ChangeFeed(store), executors, n -> n.touches(ChangeNotice.DEAL), batch -> {
            batches.add(batch);
            CompletableFuture<Void> f = new CompletableFuture<>();
            refreshes.add(f);
            return f;
        });
    }

    @AfterEach
    void close() {
        follower.close();
        store.close();
    }

    void runFx() {
        while (!fx.isEmpty()) {
            fx.poll().run();
        }
    }

    @Test
    void aBurstIsOneBatchOnTheFxThread() {
        Deal a = Fixtures.deal(store, "A", Stage.LEAD, null);
        Deal b = Fixtures.deal(store, "B", Stage.LEAD, null);
        Deal c = Fixtures.deal(store, "C", Stage.LEAD, null);
        assertThat(batches).as("nothing runs off the FX thread").isEmpty();
        assertThat(fx).as("one delivery queued for the three").hasSize(1);

        runFx();
        assertThat(batches).hasSize(1);
        assertThat(batches.getFirst().touchesRow(a.id()) && batches.getFirst().touchesRow(b.id()) && batches.getFirst().touchesRow(c.id()))
                .isTrue();
        assertThat(batches.getFirst().elsewhere()).isFalse();
    }

    @Test
    void whatArrivesDuringARefreshWaitsForItAndComesAsTheNextBatch() {
        Fixtures.deal(store, "A", Stage.LEAD, null);
        runFx();
        CompletableFuture<Void> settled = follower.settled();
        Deal b = Fixtures.deal(store, "B", Stage.LEAD, null);
        Deal c = Fixtures.deal(store, "C", Stage.LEAD, null);
        runFx();
        assertThat(batches).as("no second refresh while the first runs").hasSize(1);
        assertThat(settled).isNotDone();

        refreshes.getFirst().complete(null);
        runFx();
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1).touchesRow(b.id()) && batches.get(1).touchesRow(c.id())).isTrue();
        assertThat(settled).as("B and C are not shown yet").isNotDone();

        refreshes.get(1).complete(null);
        runFx();
        assertThat(settled).isDone();
        assertThat(follower.settled()).as("nothing pending").isDone();
    }

    @Test
    void unrelatedChangesAreNotDeliveredAndAFailedRefreshDoesNotStopTheFollowing() {
        Deal a = Fixtures.deal(store, "A", Stage.LEAD, null);
        runFx();
        refreshes.getFirst().completeExceptionally(new IllegalStateException("the disk said no"));
        runFx();
        assertThat(follower.settled()).isDone();

        Fixtures.interaction(store, a, InteractionKind.CALL, Direction.IN, Fixtures.NOW);
        assertThat(fx).as("an interaction is not the deal table").isEmpty();

        Fixtures.deal(store, "B", Stage.LEAD, null);
        runFx();
        assertThat(batches).hasSize(2);
    }
}
