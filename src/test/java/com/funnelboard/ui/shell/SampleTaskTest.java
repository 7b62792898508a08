package com.funnelboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.service.SamplePipeline;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.util.WaitForAsyncUtils;

/** The first-start sample as a background task: a stopped task adds nothing and says so by failing with a cancellation. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class SampleTaskTest {

    @TempDir
    Path dir;

    /** Reads a Task property where it must be read: on the FX Application Thread. */
    static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aStoppedTaskAddsNothingAndFailsAsCancelled() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            ShellViewModel.SampleTask task = new ShellViewModel.SampleTask(new SamplePipeline(store), 1, 300, "EUR");
            task.stop();
            task.run();

            assertThatThrownBy(task::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(CancellationException.class);
            UiRobot.settle();
            assertThat(onFx(task::getState)).isEqualTo(Worker.State.FAILED);
            assertThat(onFx(task::getException)).isInstanceOf(CancellationException.class);
            boolean anyRow = store.read(r -> r.deals().anyStored() || r.contacts().anyStored());
            assertThat(anyRow).as("no deal, contact or organization").isFalse();
        }
    }

    @Test
    void anUnstoppedTaskAddsTheWholeSample() throws Exception {
        try (Store store = Fixtures.store(dir)) {
            ShellViewModel.SampleTask task = new ShellViewModel.SampleTask(new SamplePipeline(store), 1, 300, "EUR");
            task.run();

            assertThat(task.get()).isEqualTo(300L);
            UiRobot.settle();
            assertThat(onFx(task::getState)).isEqualTo(Worker.State.SUCCEEDED);
            assertThat(onFx(task::getProgress)).isEqualTo(1.0);
            assertThat(store.read(r -> r.deals().count()).longValue()).isEqualTo(300);
        }
    }
}
