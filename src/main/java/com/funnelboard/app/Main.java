package com.funnelboard.app;

import com.funnelboard.cli.RootCommand;
import com.funnelboard.store.DatabaseFile;
import picocli.CommandLine;

/** Program entry: parses the command line; with no subcommand, starts the desktop app. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int code = new CommandLine(new RootCommand(DatabaseFile.defaultLocation(), DesktopApp::run)).execute(args);
        System.exit(code);
    }
}
