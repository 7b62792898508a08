package com.funnelboard.testing;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Reporter;

/**
 * The one way property tests start: QuickTheories with a fixed seed, so every run tries the same values and a failure can
 * be repeated exactly. The seed is {@value #DEFAULT_SEED} unless {@code -Dfunnelboard.seed=N} gives another; a failure
 * says which seed it ran with and the command that reruns just that property with it.
 */
public final class Properties {

    /** The system property that chooses the seed (passed to the test JVM by the pom's surefire configuration). */
    public static final String SEED_PROPERTY = "funnelboard.seed";

    /** The seed when none is given. */
    public static final long DEFAULT_SEED = 20_260_312L;

    /** Shrink cycles per example, QuickTheories' own default ratio. */
    private static final int SHRINK_CYCLES_PER_EXAMPLE = 100;

    private Properties() {}

    /** The seed of this run: {@code -Dfunnelboard.seed}, or {@link #DEFAULT_SEED} when it is absent or blank. */
    public static long seed() {
        String given = System.getProperty(SEED_PROPERTY, "").strip();
        if (given.isEmpty()) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(given);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a whole number (a long), not \"" + given + "\"", e);
        }
    }

    /**
     * QuickTheories for the calling {@code @Test}: the fixed {@link #seed()}, {@code examples} generated examples (values
     * already tried are skipped, so a small domain is covered whole), shrinking on failure ({@code examples × 100} cycles at
     * most), and a failure message that ends with the seed and the command to rerun this property with it.
     */
    public static QuickTheory qt(int examples) {
        long seed = seed();
        return QuickTheory.qt()
                .withFixedSeed(seed)
                .withExamples(examples)
                .withShrinkCycles(examples * SHRINK_CYCLES_PER_EXAMPLE)
                .withReporter(new RerunReporter(callingTest()));
    }

    /** The command that reruns {@code test} ({@code Class} or {@code Class#method}) with {@code seed}. */
    public static String rerunCommand(String test, long seed) {
        return "./mvnw test -Dtest=" + test + " -D" + SEED_PROPERTY + "=" + seed;
    }

    /** {@code Class#method} of the nearest {@code @Test} method up the stack (just the class if there is none). */
    private static String callingTest() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> {
            List<StackWalker.StackFrame> callers = frames.filter(f -> f.getDeclaringClass() != Properties.class).toList();
            for (StackWalker.StackFrame f : callers) {
                if (isTestMethod(f.getDeclaringClass(), f.getMethodName())) {
                    return topLevel(f.getDeclaringClass()).getSimpleName() + "#" + f.getMethodName();
                }
            }
            return callers.isEmpty() ? "" : topLevel(callers.getFirst().getDeclaringClass()).getSimpleName();
        });
    }

    private static boolean isTestMethod(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.getName().equals(name) && m.isAnnotationPresent(Test.class));
    }

    private static Class<?> topLevel(Class<?> type) {
        Class<?> t = type;
        while (t.getEnclosingClass() != null) {
            t = t.getEnclosingClass();
        }
        return t;
    }

    /** QuickTheories' own report (smallest falsifying values, cause, "Seed was N"), followed by how to rerun it. */
    private record RerunReporter(String test) implements Reporter {

        private static final Reporter QUICKTHEORIES = new ExceptionReporter();

        @Override
        public void falisification(long seed, int count, Object smallest, Throwable cause, List<Object> examples,
                AsString<Object> toString) {
            withRerunHint(seed, () -> QUICKTHEORIES.falisification(seed, count, smallest, cause, examples, toString));
        }

        @Override
        public void falisification(long seed, int count, Object smallest, List<Object> examples, AsString<Object> toString) {
            withRerunHint(seed, () -> QUICKTHEORIES.falisification(seed, count, smallest, examples, toString));
        }

        @Override
        public void valuesExhausted(int completedExamples) {
            QUICKTHEORIES.valuesExhausted(completedExamples);
        }

        private void withRerunHint(long seed, Runnable report) {
            try {
                report.run();
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + System.lineSeparator()
                        + "Rerun this property with the same values: " + rerunCommand(test, seed));
            }
            // QuickTheories' reporter always throws; should it ever return, the failure must still not pass silently.
            throw new AssertionError("Property falsified with seed " + seed + "; rerun: " + rerunCommand(test, seed));
        }
    }
}
