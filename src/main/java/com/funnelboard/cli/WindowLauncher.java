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

    /**
     * As {@link #open(Path, Consumer)}, then offers to merge {@code shareFile}: a share file given on
     * the command line, as the desktop's "Open with Funnelboard" does. When a window has the database
     * open already, that window comes forward and offers the merge.
     */
    default int open(Path database, Path shareFile, Consumer<String> tell) {
        return open(database, tell);
    }
}
