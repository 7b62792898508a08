package com.funnelboard.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the build and the start-up benchmark when the window became usable: once the board has
 * read its first pages and a frame showing them has been laid out, the wall-clock time (epoch
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

    /** After {@code started} completes, waits for the next laid-out frame, records the time, and maybe closes. */
    void watch(Scene scene, CompletionStage<?> started, Runnable close) {
        started.whenComplete((v, e) -> Platform.runLater(() -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                record(System.currentTimeMillis());
                if (exit) {
                    Platform.runLater(close);
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        }));
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
