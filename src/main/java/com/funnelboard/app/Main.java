package com.funnelboard.app;

import com.funnelboard.cli.RootCommand;
import com.funnelboard.store.DatabaseFile;
import java.time.Clock;
import java.util.Locale;

/** Program entry: parses the command line; with no subcommand, starts the desktop app. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // A lambda, not a method reference: the desktop classes are loaded only when the GUI starts,
        // so commands never touch the JavaFX toolkit.
        int code = RootCommand.commandLine(DatabaseFile.defaultLocation(), db -> DesktopApp.run(db), Clock.systemDefaultZone(), Locale.getDefault())
                .execute(args);
        System.exit(code);
    }
}
