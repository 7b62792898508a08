package com.funnelboard.cli;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a failure to write is the reader of the output going away ({@code | head}), which ends a command quietly. Java
 * gives no error code, only the C library's text for it in the user's language: "Broken pipe", but "Datenübergabe
 * unterbrochen (broken pipe)" in German and "Relais brisé (pipe)" in French — a German user's {@code deals list | head -1}
 * exited 4 with that text. So the text is compared with the C library's own for EPIPE, asked once ({@code strerror}), beside
 * the English words and Windows' ("The pipe is being closed").
 */
final class ClosedPipe {

    /** EPIPE on Linux and macOS. */
    private static final int EPIPE = 32;

    private static volatile Optional<String> systemText;

    private ClosedPipe() {}

    static boolean is(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("broken pipe") || m.contains("pipe is being closed") || m.contains("pipe has been ended")) {
            return true;
        }
        return systemText().filter(t -> !t.isBlank() && message.contains(t)).isPresent();
    }

    /** The C library's text for EPIPE in the process's language; empty where it cannot be asked (Windows, no native access). */
    static Optional<String> systemText() {
        Optional<String> known = systemText;
        if (known == null) {
            known = ask();
            systemText = known;
        }
        return known;
    }

    private static Optional<String> ask() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle strerror = linker.downcallHandle(linker.defaultLookup().find("strerror").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            MemorySegment text = (MemorySegment) strerror.invokeExact(EPIPE);
            return text.equals(MemorySegment.NULL) ? Optional.empty() : Optional.of(text.reinterpret(1024).getString(0));
        } catch (Throwable e) {
            org.slf4j.LoggerFactory.getLogger(ClosedPipe.class).debug("strerror could not be asked", e);
            return Optional.empty();
        }
    }
}
