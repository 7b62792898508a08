package com.funnelboard.app;

import com.funnelboard.cli.RootCommand;
import com.funnelboard.cli.WindowLauncher;
import com.funnelboard.store.DatabaseFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Program entry: opens the log, parses the command line; with no subcommand, starts the desktop app. */
public final class Main {

    private Main() {}

    /**
     * The app's words are English, its numbers and dates the user's: JavaFX's own words (a dialog's
     * Cancel, a text field's menu) follow the default locale, and on a German system New lead read
     * "Abbrechen" beside "Create lead". The default locale becomes English for those words; the
     * user's locale stays the one numbers and dates are written and read in (the format category),
     * which the app is given as its locale.
     */
    static void speakEnglishWriteTheUsersWay() {
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        if (!"en".equals(Locale.getDefault().getLanguage())) {
            Locale.setDefault(Locale.ENGLISH);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }

    public static void main(String[] args) {
        speakEnglishWriteTheUsersWay();
        java.util.concurrent.CompletableFuture<Void> logged = new java.util.concurrent.CompletableFuture<>();
        // A launch that opens the window lowers the optimising compiler's priority at once, and
        // starts the toolkit as soon as the log can take what it says, beside opening the database.
        boolean opensWindow = RootCommand.opensTheWindow(args);
        DesktopToolkit toolkit = new DesktopToolkit();
        if (opensWindow) {
            BackgroundCompiler.yieldToTheWindow(logged);
        }
        Path defaultDb = DatabaseFile.defaultLocation();
        Optional<LogFiles> logs = LogFiles.openOrFallBack(LogFiles.folder(defaultDb));
        LogFiles.logUncaughtExceptions();
        logged.complete(null);
        if (opensWindow) {
            toolkit.start();
        }
        // The desktop classes are named only inside these methods, so they are loaded when the GUI
        // starts: commands never touch the JavaFX toolkit.
        WindowLauncher window = new WindowLauncher() {
            @Override
            public int open(Path database, java.util.function.Consumer<String> tell) {
                return WindowLaunch.run(database, null, tell, toolkit);
            }

            @Override
            public int open(Path database, Path shareFile, java.util.function.Consumer<String> tell) {
                return WindowLaunch.run(database, shareFile, tell, toolkit);
            }

            @Override
            public com.funnelboard.service.ReportPng.Picture drawChart(com.funnelboard.service.ReportChart chart,
                    com.funnelboard.service.ReportService reports, com.funnelboard.service.ReportService.Period period, String currency,
                    com.funnelboard.domain.ReportFilter filter) {
                return HeadlessCharts.draw(chart, reports, period, currency, filter, Locale.getDefault(Locale.Category.FORMAT));
            }
        };
        int code = RootCommand.openWindowAtOnce(defaultDb, window, args)
                .orElseGet(() -> RootCommand.execute(RootCommand.commandLine(defaultDb, window, Clock.systemDefaultZone(),
                        Locale.getDefault(Locale.Category.FORMAT), args), args));
        logs.ifPresent(LogFiles::close);
        System.exit(code);
    }
}
