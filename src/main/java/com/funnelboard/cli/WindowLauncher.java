package com.funnelboard.cli;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Starts the desktop window on a database (what {@code funnelboard} with no command does). */
@FunctionalInterface
public interface WindowLauncher {

    /**
     * Shows the window until it is closed.
     *
     * @param tell prints one sentence for the terminal (why the window could not open)
     * @return the exit code
     */
    int open(Path database, Consumer<String> tell);
}
