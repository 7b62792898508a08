package com.funnelboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DatabaseCheck;
import com.funnelboard.ui.common.Problems;
import com.funnelboard.ui.common.UiExecutors;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The check an open leaves for after the first screen: run once, in the background, its damage reported. */
class CheckAfterStartTest {

    private final Problems problems = new Problems(Runnable::run);
    private final ShellViewModel shell = new ShellViewModel(null, null, new UiExecutors(Runnable::run, Runnable::run, problems), "p.db");

    @Test
    void aFileCheckedBeforeItWasUsedIsNotCheckedAgain() {
        assertThat(shell.checkAfterStart().join()).isEmpty();
    }

    @Test
    void anIntactFileReportsNothing() {
        AtomicInteger runs = new AtomicInteger();
        shell.setStartCheck(() -> {
            runs.incrementAndGet();
            return new DatabaseCheck("p.db", true, 13, List.of(), List.of(), List.of(), false);
        });
        assertThat(shell.checkAfterStart().join()).isEmpty();
        assertThat(runs).hasValue(1);
    }

    @Test
    void damageFoundAfterStartComesBackWithItsVerdict() {
        DatabaseCheck damaged = new DatabaseCheck("p.db", true, 13, List.of("*** in database main *** Page 7: btreeInitPage() returns error code 11"),
                List.of(), List.of(), false);
        shell.setStartCheck(() -> damaged);
        Optional<DatabaseCheck> found = shell.checkAfterStart().join();
        assertThat(found).contains(damaged);
        assertThat(found.orElseThrow().verdict()).contains("SQLite's integrity check failed");
    }

    @Test
    void aCheckThatCannotRunShowsInTheStatusBar() {
        shell.setStartCheck(() -> {
            throw new IllegalStateException("disk unplugged");
        });
        shell.checkAfterStart().handle((v, e) -> null).join();
        assertThat(problems.latestProperty().get()).isNotNull();
        assertThat(problems.latestProperty().get().sentence()).contains("The database could not be checked");
    }
}
