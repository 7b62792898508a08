package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundCompilerTest {

    @TempDir
    Path dir;

    void task(String id, String comm) throws Exception {
        Files.createDirectories(dir.resolve(id));
        Files.writeString(dir.resolve(id).resolve("comm"), comm + "\n");
    }

    @Test
    void theOptimisingCompilersThreadsAreFoundByTheirNamesAndNoOtherThread() throws Exception {
        task("4711", "C2 CompilerThre");
        task("4712", "C1 CompilerThre");
        task("4713", "JavaFX Applicat");
        task("4714", "C2 CompilerThre");
        Files.createDirectories(dir.resolve("4715")); // a thread that ended while the folder was read
        assertThat(BackgroundCompiler.compilerThreads(dir)).containsExactlyInAnyOrder(4711, 4714);
    }

    @Test
    void inAJvmWithTheOptimisingCompilerItsThreadsAndOnlyThoseGetTheLowestPriority() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux");
        // The tests run on the client compiler alone: a JVM of its own, as the window runs.
        Path said = dir.resolve("probe.txt");
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName(), said.toString()).redirectErrorStream(true).start();
        String errors = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(errors).isZero();
        String out = Files.readString(said);
        java.util.List<String> lines = out.lines().toList();
        long compilers = lines.stream().filter(l -> l.startsWith("compiler ")).count();
        assertThat(compilers).as(out).isPositive();
        assertThat(lines).as("every compiler thread lowered, the main thread not").contains("lowered " + compilers, "main 0")
                .filteredOn(l -> l.startsWith("compiler ")).containsOnly("compiler 19");
    }

    /** Run in its own JVM by the test above. */
    public static final class Probe {
        /** @param args the file to write what it found to */
        public static void main(String[] args) throws Exception {
            Path tasks = Path.of("/proc/self/task");
            java.util.List<String> lines = new java.util.ArrayList<>();
            lines.add("lowered " + BackgroundCompiler.lower(tasks));
            for (int id : BackgroundCompiler.compilerThreads(tasks)) {
                lines.add("compiler " + nice(tasks.resolve(Integer.toString(id))));
            }
            lines.add("main " + nice(tasks.resolve(Long.toString(ProcessHandle.current().pid()))));
            Files.write(Path.of(args[0]), lines);
        }

        static String nice(Path task) throws Exception {
            String stat = Files.readString(task.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]; // the 19th field; the name may hold spaces
        }
    }
}
