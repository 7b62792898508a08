package com.funnelboard.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the build and the start-up benchmark when the window became usable: once a frame showing
 * the board's first pages has been laid out, the wall-clock time (epoch
 * milliseconds) is written to the file named by {@value #READY_FILE}; with {@value #EXIT} set
 * the window then closes. The installer's training run (which records what a start loads into
 * the ahead-of-time cache) and the cold-start benchmark use it; a normal start sets neither.
 */
final class StartupProbe {

    static final String READY_FILE = "funnelboard.readyFile";
    static final String EXIT = "funnelboard.exitWhenReady";
    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);

    private final Path readyFile;
    private final boolean exit;

    StartupProbe(Path readyFile, boolean exit) {
        this.readyFile = readyFile;
        this.exit = exit;
    }

    static Optional<StartupProbe> from(Properties p) {
        String file = p.getProperty(READY_FILE, "");
        return file.isBlank() ? Optional.empty()
                : Optional.of(new StartupProbe(Path.of(file), Boolean.parseBoolean(p.getProperty(EXIT, "false"))));
    }

    /** Once the board's first frame has been laid out ({@code shown}), records the time, and maybe closes. */
    void watch(CompletionStage<?> shown, Runnable close) {
        shown.thenRun(() -> {
            record(System.currentTimeMillis());
            if (exit) {
                Platform.runLater(close);
            }
        });
    }

    void record(long epochMillis) {
        try {
            Path tmp = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
            Files.writeString(tmp, Long.toString(epochMillis), StandardCharsets.US_ASCII);
            Files.move(tmp, readyFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not write the start-up time to {}", readyFile, e);
        }
    }
}
