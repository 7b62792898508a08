package com.funnelboard.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that runs a class of this build in a JVM of its own (a second program on the same
 * database, the command line as a user starts it). Such a JVM lives a few seconds, as the launcher's
 * short commands do, so it runs on the client compiler alone: the optimising compiler's work would
 * not pay before it exits, and on two cores it takes CPU from the other tests.
 */
public final class ChildJvm {

    private ChildJvm() {}

    /** {@code java [options] -cp <this build's class path> main args…} on the JDK running the tests. */
    public static List<String> command(List<String> options, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                // This build's own classes and its libraries, as the test JVMs load them: not verified again.
                "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote"));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
