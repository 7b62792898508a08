package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A quick job says nothing; a slow one says its current step after the patience, and each later step at once. */
class SlowStepsTest {

    @Test
    void aQuickJobSaysNothing() throws Exception {
        List<String> said = new CopyOnWriteArrayList<>();
        try (SlowSteps steps = new SlowSteps(said::add, Duration.ofMillis(200))) {
            steps.accept("Checking");
            steps.accept("Scoring");
        }
        Thread.sleep(400);
        assertThat(said).isEmpty();
    }

    @Test
    void aSlowJobSaysTheStepItIsInThenEachLaterOne() throws Exception {
        List<String> said = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        try (SlowSteps steps = new SlowSteps(s -> {
            said.add(s);
            first.countDown();
        }, Duration.ofMillis(50))) {
            steps.accept("Checking");
            steps.accept("Upgrading"); // the timer runs from the first step: not started again
            assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(steps.said()).isTrue();
            steps.accept("Scoring");
            steps.close();
            steps.accept("After the end");
        }
        assertThat(said).containsExactly("Upgrading", "Scoring");
    }
}
