package com.funnelboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** A page that cannot be read is reported (not left blank in silence), not asked for again and again, and read on Retry. */
class PagedListTest {

    @Test
    void aPageThatFailsIsReportedAndRetryReadsIt() {
        UiExecutors executors = new UiExecutors(Runnable::run, Runnable::run);
        AtomicBoolean faulty = new AtomicBoolean(true);
        List<Integer> asked = new ArrayList<>();
        PagedList<Integer> list = new PagedList<>((offset, limit) -> {
            asked.add(offset);
            if (faulty.get()) {
                throw new IllegalStateException("disk I/O error");
            }
            return IntStream.range(offset, offset + limit).boxed().toList();
        }, executors, "board-lead", "Cards in Lead could not be loaded");
        list.reset(250, IntStream.range(0, 100).boxed().toList());
        List<Integer> updated = new ArrayList<>();
        list.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                if (c.wasUpdated()) {
                    updated.add(c.getFrom());
                }
            }
        });

        assertThat(list.get(150)).isNull();
        assertThat(list.get(151)).as("drawn again: not asked again").isNull();
        assertThat(asked).containsExactly(100);
        Problems.Problem p = executors.problems().latestProperty().get();
        assertThat(p.sentence()).isEqualTo("Cards in Lead could not be loaded: disk I/O error.");

        faulty.set(false);
        executors.problems().retryAll();

        assertThat(asked).containsExactly(100, 100);
        assertThat(list.get(150)).isEqualTo(150);
        assertThat(updated).as("the cells are told to redraw").contains(100);
        assertThat(executors.problems().latestProperty().get()).isNull();
    }
}
