package com.funnelboard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code funnelboard [--db PATH]}: with no subcommand, starts the desktop app on the database.
 */
@Command(
        name = "funnelboard",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = DemoCommand.class,
        description = "A desktop sales-pipeline manager. Without a command, opens the board.")
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH", description = "The database file (default: ${DEFAULT-VALUE}).")
    Path db;

    private final Path defaultDb;
    private final Function<Path, Integer> gui;

    /**
     * @param defaultDb the app-data database used when {@code --db} is not given
     * @param gui starts the desktop app on a database and returns its exit code when it closes
     */
    public RootCommand(Path defaultDb, Function<Path, Integer> gui) {
        this.defaultDb = defaultDb;
        this.gui = gui;
    }

    public Path database() {
        return db != null ? db : defaultDb;
    }

    @Override
    public Integer call() {
        return gui.apply(database());
    }
}
