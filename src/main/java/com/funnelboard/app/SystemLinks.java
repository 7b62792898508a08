package com.funnelboard.app;

import com.funnelboard.ui.common.Links;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Hands addresses to the computer's own programs: {@code xdg-open} on Linux and other Unix systems, {@code open} on macOS,
 * the URL handler of Windows. A failure is a sentence (no such command, or it found no program for the address) rather
 * than nothing happening; JavaFX's own {@code HostServices} prints its failures and says nothing to the caller.
 */
final class SystemLinks implements Links {

    /** How long a launcher may take to fail before the program it started counts as running (xdg-open waits for some). */
    private static final long WAIT_MILLIS = 3_000;

    private final List<String> command;

    SystemLinks() {
        this(System.getProperty("os.name", ""));
    }

    SystemLinks(String os) {
        this(launcher(os));
    }

    /** @param command the launcher and its arguments, before the address */
    SystemLinks(List<String> command) {
        this.command = List.copyOf(command);
    }

    private static List<String> launcher(String os) {
        String name = os.toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? List.of("rundll32", "url.dll,FileProtocolHandler")
                : name.startsWith("mac") ? List.of("open") : List.of("xdg-open");
    }

    /** The launcher this system has. */
    List<String> command() {
        return command;
    }

    @Override
    public void open(String uri) throws IOException {
        String scheme = uri.substring(0, uri.indexOf(':') + 1);
        List<String> run = new java.util.ArrayList<>(command);
        run.add(uri);
        Process p;
        try {
            p = new ProcessBuilder(run).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(SystemLinks.class).warn("{} could not be started", command.getFirst(), e);
            throw new IOException("no program on this computer opens " + scheme + " addresses (" + command.getFirst() + " is not installed)", e);
        }
        try {
            if (p.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS) && p.exitValue() != 0) {
                // xdg-open: 3 when no program is set for the address's kind, 4 when the program failed.
                throw new IOException(p.exitValue() == 4 ? "the program set for " + scheme + " addresses failed to open it"
                        : "no program on this computer opens " + scheme + " addresses (" + command.getFirst() + " found none)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
