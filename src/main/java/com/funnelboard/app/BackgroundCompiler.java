package com.funnelboard.app;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the JIT's optimising compiler give way to the window. While the window starts, that compiler
 * (C2) works through hundreds of methods, seconds of processor time, beside the FX thread and the
 * board's first read, and on two cores the window waits for it. At the lowest scheduling priority
 * it compiles whenever a core is free, which a desktop app mostly has, and never holds up a frame.
 *
 * <p>Linux only: the compiler threads are found by their names in {@code /proc/self/task} and their
 * priority lowered with {@code setpriority(2)} through the foreign-function API. Elsewhere, or when
 * anything is refused, nothing changes and the log says why.
 */
final class BackgroundCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundCompiler.class);
    /** The name HotSpot gives its optimising compiler's threads, as the kernel keeps it (15 characters). */
    static final String THREAD_NAME = "C2 CompilerThre";
    /** The lowest priority a process may give itself. */
    static final int NICE = 19;
    private static final int PRIO_PROCESS = 0;

    private BackgroundCompiler() {}

    /**
     * Lowers the optimising compiler's threads' priority in the background (a daemon thread), at
     * once: the compiler is busy from the first milliseconds. What came of it is logged once
     * {@code logged} completes (the log file is open), so nothing goes to the terminal.
     */
    static void yieldToTheWindow(java.util.concurrent.CompletionStage<?> logged) {
        Thread t = new Thread(() -> {
            String outcome;
            try {
                int lowered = lower(Path.of("/proc/self/task"));
                outcome = "The optimising compiler's " + (lowered == 1 ? "thread runs" : lowered + " threads run") + " at the lowest priority";
            } catch (IOException | RuntimeException | LinkageError e) {
                outcome = "The optimising compiler keeps its priority: " + e;
            }
            String said = outcome;
            logged.thenRun(() -> LOG.info(said));
        }, "funnelboard-compiler-priority");
        t.setDaemon(true);
        t.start();
    }

    /** The ids of the threads in {@code tasks} (a {@code /proc/PID/task} folder) named as the optimising compiler's. */
    static List<Integer> compilerThreads(Path tasks) throws IOException {
        List<Integer> ids = new ArrayList<>();
        try (Stream<Path> all = Files.list(tasks)) {
            for (Path task : (Iterable<Path>) all::iterator) {
                try {
                    if (Files.readString(task.resolve("comm")).strip().startsWith(THREAD_NAME)) {
                        ids.add(Integer.parseInt(task.getFileName().toString()));
                    }
                } catch (IOException | NumberFormatException gone) {
                    // a thread that ended meanwhile, or not a thread's folder
                }
            }
        }
        return ids;
    }

    /** Lowers the priority of the optimising compiler's threads among {@code tasks}; returns how many. */
    static int lower(Path tasks) throws IOException {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            throw new UnsupportedOperationException("not Linux");
        }
        List<Integer> ids = compilerThreads(tasks);
        if (ids.isEmpty()) {
            throw new IllegalStateException("no thread named " + THREAD_NAME);
        }
        Linker linker = Linker.nativeLinker();
        MethodHandle setpriority = linker.downcallHandle(linker.defaultLookup().find("setpriority").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        int lowered = 0;
        for (int id : ids) {
            try {
                if ((int) setpriority.invokeExact(PRIO_PROCESS, id, NICE) == 0) {
                    lowered++;
                }
            } catch (Throwable e) {
                throw new IllegalStateException("setpriority failed", e);
            }
        }
        return lowered;
    }
}
