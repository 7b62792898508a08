package com.funnelboard.app;

import com.funnelboard.cli.RootCommand;
import com.funnelboard.store.DatabaseFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Program entry: opens the log, parses the command line; with no subcommand, starts the desktop app. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Path defaultDb = DatabaseFile.defaultLocation();
        Optional<LogFiles> logs = LogFiles.openOrFallBack(LogFiles.folder(defaultDb));
        LogFiles.logUncaughtExceptions();
        // A lambda, not a method reference: the desktop classes are loaded only when the GUI starts,
        // so commands never touch the JavaFX toolkit.
        int code = RootCommand.commandLine(defaultDb, (db, tell) -> DesktopApp.run(db, tell), Clock.systemDefaultZone(), Locale.getDefault(),
                args).execute(args);
        logs.ifPresent(LogFiles::close);
        System.exit(code);
    }
}
