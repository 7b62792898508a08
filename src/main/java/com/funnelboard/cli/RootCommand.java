package com.funnelboard.cli;

import com.funnelboard.service.InvalidInputException;
import com.funnelboard.service.RefusedException;
import com.funnelboard.service.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code funnelboard [--db PATH] [COMMAND]}: with no command, starts the desktop app on the
 * database; with one, runs it without the desktop toolkit and exits with its code.
 */
@Command(
        name = "funnelboard",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "A desktop sales-pipeline manager. Without a command, opens the board; with a teammate's share file, opens the board and offers to merge it.",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done",
            "  1  usage error (unknown command or option, missing argument)",
            "  2  refused by a rule (a checklist gate, a conflict, a second running copy)",
            "  3  bad input (a value, an id or a file that is not valid)",
            "  4  I/O or database error",
            "  5  busy: another program's write held the database longer than --wait (try again)"
        })
public final class RootCommand implements Callable<Integer> {

    /** What reading the command's values found worth saying (said once the command runs). */
    private final java.util.List<String> readingNotes = new java.util.ArrayList<>();

    /** The terminal gets one sentence per failure; the log gets its stack trace. */
    static final Logger LOG = LoggerFactory.getLogger(RootCommand.class);

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The database file (default: the app-data database).")
    Path db;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print the result as one JSON document on stdout.")
    boolean json;

    @Option(names = "--wait", paramLabel = "SECONDS", scope = ScopeType.INHERIT, defaultValue = "120",
            description = "How long a change waits for another program's write to end before exit 5 (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Spec
    CommandSpec spec;

    private final Path defaultDb;
    private final WindowLauncher gui;
    private final Clock clock;
    private final Locale locale;
    /** What a command reads for a file named "-" (the process's standard input; a test gives its own). */
    private java.util.function.Supplier<java.io.InputStream> standardInput = () -> System.in;

    /**
     * @param defaultDb the app-data database used when {@code --db} is not given
     * @param gui starts the desktop app on a database and returns its exit code when it closes
     */
    RootCommand(Path defaultDb, WindowLauncher gui, Clock clock, Locale locale) {
        this.defaultDb = defaultDb;
        this.gui = gui;
        this.clock = clock;
        this.locale = locale;
    }

    /** Every command, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(
            DemoCommand.class,
            CheckCommand.class,
            HistoryCommand.class,
            TrashCommand.class,
            ReportCommand.class,
            UndoCommand.Undo.class,
            UndoCommand.Redo.class,
            DealsCommand.class,
            SettingsCommand.class,
            SearchCommand.class,
            ViewsCommand.class,
            ChecklistsCommand.class,
            MoveCommand.class,
            InteractionsCommand.class,
            ContactsCommand.class,
            OrgsCommand.class,
            FollowUpsCommand.class,
            ShareCommand.class,
            ConflictsCommand.class,
            WhoamiCommand.class,
            BackupCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            AutoComplete.GenerateCompletion.class);

    /** The whole command line, with its value converters and error handling, ready to execute. */
    public static CommandLine commandLine(Path defaultDb, WindowLauncher gui, Clock clock, Locale locale) {
        return commandLine(defaultDb, gui, clock, locale, null);
    }

    /**
     * The command line for running {@code args}: with only the command they name, when they name
     * one (picocli reads every annotation of a command to build it, which took longer than most
     * commands take to run), else with every command (the help, an unknown command, the completion
     * script, the window).
     */
    public static CommandLine commandLine(Path defaultDb, WindowLauncher gui, Clock clock, Locale locale, String[] args) {
        RootCommand root = new RootCommand(defaultDb, gui, clock, locale);
        CommandLine cmd = new CommandLine(root);
        Class<?> named = args == null ? null : CommandWords.named(args);
        List<Class<?>> commands = named != null ? List.<Class<?>>of(named) : args != null && (CommandWords.opensTheWindow(args) || CommandWords.onlyTheVersion(args)) ? List.of()
                : COMMANDS;
        List<String> words = args == null ? List.of() : CommandWords.words(args);
        for (Class<?> c : commands) {
            cmd.addSubcommand(CommandWords.withSubcommands(c, c == named && words.size() > 1 ? words.get(1) : null));
        }
        if (named == null && args != null && CommandWords.opensTheWindow(args)) {
            // The one word that is an existing file: a share file to merge in the window. Only then is
            // there a positional parameter, so a mistyped command is still an unknown command.
            cmd.getCommandSpec().addPositional(picocli.CommandLine.Model.PositionalParamSpec.builder()
                    .index("0").arity("0..1").paramLabel("SHARE_FILE").type(String.class).build());
        }
        Values.register(cmd, clock, locale, root.readingNotes::add);
        DashValues.allow(cmd);
        UnreadableArguments.refuse(cmd);
        keepFooterOnRoot(cmd);
        cmd.setParameterExceptionHandler(ParameterErrors::said);
        cmd.setExecutionExceptionHandler((e, c, parsed) -> {
            LOG.error("Unexpected error in {}", c.getCommandSpec().qualifiedName(), e);
            return new Console(c.getOut(), c.getErr(), CommandWords.jsonRequested(parsed.originalArgs()))
                    .fail(ExitCodes.IO, "Unexpected error: " + e.getMessage() + " (the details are in the log)");
        });
        return cmd;
    }

    /** Runs {@code args} with the process's standard output (see {@link StandardOutput#execute}). */
    public static int execute(CommandLine cmd, String[] args) {
        return StandardOutput.execute(cmd, CommandWords.helpOfNoCommand(args), new java.io.FileOutputStream(java.io.FileDescriptor.out));
    }

    /**
     * Opens the window for the commonest launches, no arguments (the desktop menu) or only
     * {@code --db PATH}, without building picocli's model: before the code is warm that takes more
     * than a tenth of a second of the window's start. They open the window exactly as
     * {@link #call()} does.
     *
     * @return the window's exit code, or empty for any other arguments (they go to {@link #commandLine})
     */
    public static java.util.OptionalInt openWindowAtOnce(Path defaultDb, WindowLauncher gui, String[] args) {
        Path db;
        try {
            if (args.length == 0) {
                db = defaultDb;
            } else if (args.length == 2 && args[0].equals("--db") && !args[1].isEmpty() && !args[1].startsWith("-")) {
                db = Path.of(args[1]);
            } else if (args.length == 1 && args[0].startsWith("--db=") && args[0].length() > "--db=".length()) {
                db = Path.of(args[0].substring("--db=".length()));
            } else {
                return java.util.OptionalInt.empty();
            }
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.OptionalInt.empty(); // picocli says what is wrong with it
        }
        Console console = Console.terminal();
        try {
            return java.util.OptionalInt.of(gui.open(db, sentence -> console.note(Console.sentence(sentence))));
        } catch (RuntimeException e) {
            LOG.error("Unexpected error in funnelboard", e);
            return java.util.OptionalInt.of(console.fail(ExitCodes.IO, "Unexpected error: " + e.getMessage() + " (the details are in the log)"));
        }
    }

    /** The exit-code table belongs on the top-level help, not repeated under every command's usage. */
    private static void keepFooterOnRoot(CommandLine cmd) {
        for (CommandLine sub : cmd.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().footerHeading("");
            sub.getCommandSpec().usageMessage().footer(new String[0]);
            keepFooterOnRoot(sub);
        }
    }

    /** This installation's record of the database files it closed, beside the default database. */
    static final String KNOWN_FILES = "known-databases.properties";

    /** The app-data folder: where the default database, the log and the backups live. */
    Path appData() {
        return defaultDb.toAbsolutePath().getParent();
    }

    Path database() {
        return db != null ? db : defaultDb;
    }

    @Override
    public Integer call() {
        Console console = console();
        String shareFile = spec.commandLine().getParseResult().matchedPositionalValue(0, null);
        if (shareFile == null) {
            return gui.open(database(), sentence -> console.note(Console.sentence(sentence)));
        }
        return gui.open(database(), Path.of(shareFile).toAbsolutePath().normalize(), sentence -> console.note(Console.sentence(sentence)));
    }

    java.io.InputStream standardInput() {
        return standardInput.get();
    }

    void readStandardInputFrom(java.util.function.Supplier<java.io.InputStream> input) {
        this.standardInput = input;
    }

    Console console() {
        CommandLine cmd = spec.commandLine();
        return new Console(cmd.getOut(), cmd.getErr(), json);
    }

    /** What draws the reports' charts for --png: the desktop side, which has the toolkit. */
    WindowLauncher charts() {
        return gui;
    }

    /**
     * Opens the database, runs a command's body and closes it again; every failure becomes one
     * sentence and its exit code.
     */
    int run(Function<Session, Integer> body) {
        return run(body, null);
    }

    /**
     * As {@link #run(Function)}; when the database is damaged, {@code whenDamaged} runs instead (with
     * a session that has no workspace: only the backups can help then). Without it, the refusal
     * names the newest good backup and the command that restores it.
     */
    int run(Function<Session, Integer> body, Function<Session, Integer> whenDamaged) {
        Console console = console();
        readingNotes.forEach(console::note); // what a value typed means besides ("… happens twice …: taken as the first")
        readingNotes.clear();
        Path file = database().toAbsolutePath().normalize();
        if (Workspace.notStarted(file) && BackupHints.any(shelf())) {
            // A database this installation backed up is gone (moved, deleted, emptied): its backups are offered, and no
            // empty database is made in its place (the default one was, and the next daily backups pushed the good ones out).
            return whenDamaged != null ? runDamaged(whenDamaged, console)
                    : console.fail(ExitCodes.BAD_INPUT, BackupHints.gone(file, shelf(), newestGoodBackup(session())));
        }
        String missing = db == null ? null : MissingDatabase.why(db.toAbsolutePath().normalize(), leafCommand());
        if (missing != null) {
            return console.fail(missing.startsWith("There is no folder") ? ExitCodes.IO : ExitCodes.BAD_INPUT, missing);
        }
        boolean fresh = Workspace.notStarted(file);
        // What a file there held (nothing, or an SQLite file of no table), given back if the command writes nothing.
        byte[] before = fresh ? Workspace.bytesOfUnstarted(file) : null;
        boolean givesBack = before != null || !java.nio.file.Files.exists(file); // an empty SQLite file of many pages stays as it is made
        int code = runOpen(body, whenDamaged, console);
        if (fresh && givesBack && wroteNothing(code)) {
            // A refused or dry-run command wrote nothing: the database it started is taken back,
            // so a mistyped path or a first try leaves no new file behind.
            Workspace.takeBackUnused(file, before);
        }
        return code;
    }

    /**
     * Whether the command that ended with {@code code} wrote nothing: it was refused, or only a dry
     * run. Saving an import's mapping ({@code --save-mapping}) is a write even then.
     */
    private boolean wroteNothing(int code) {
        CommandLine.ParseResult r = leafResult();
        if (r == null || r.hasMatchedOption("--save-mapping")) {
            return false;
        }
        return code != ExitCodes.OK || Boolean.TRUE.equals(r.matchedOptionValue("--dry-run", Boolean.FALSE));
    }

    private int runOpen(Function<Session, Integer> body, Function<Session, Integer> whenDamaged, Console console) {
        try (Workspace ws = openSaying(console)) {
            return body.apply(new Session(ws, console, new JsonViews(clock.getZone(), clock.instant()), clock.getZone(), locale,
                    clock.instant()));
        } catch (Workspace.UnavailableException e) {
            LOG.warn("{}", e.getMessage(), e);
            // A file that is not SQLite where this installation kept a database it backed up is that database, damaged
            // (its first page overwritten): its backups can put it back, as for any other damage.
            if (e.reason() == Workspace.UnavailableException.Reason.DAMAGED
                    || e.reason() == Workspace.UnavailableException.Reason.NOT_A_DATABASE && BackupHints.any(shelf())) {
                if (whenDamaged != null) {
                    return runDamaged(whenDamaged, console);
                }
                String said = e.reason() == Workspace.UnavailableException.Reason.DAMAGED ? e.getMessage()
                        : BackupHints.notSqlite(database().toAbsolutePath().normalize(), e.getMessage());
                return console.fail(ExitCodes.of(e), said + newestGoodBackup(session()));
            }
            return console.fail(ExitCodes.of(e), e.getMessage());
        } catch (InvalidInputException e) {
            return console.fail(ExitCodes.BAD_INPUT, ProblemWords.describe(e.problems(), leafSpec()));
        } catch (RefusedException e) {
            return console.fail(ExitCodes.REFUSED, e.getMessage());
        } catch (RuntimeException e) {
            if (Workspace.UnavailableException.busy(e).isPresent()) {
                LOG.warn("The database {} was busy", database(), e);
                return console.fail(ExitCodes.BUSY, Workspace.UnavailableException.busy(e).get());
            }
            java.util.OptionalInt written = FileFailure.exit(e, console);
            if (written.isPresent()) {
                return written.getAsInt();
            }
            LOG.error("The database {} could not be used", database(), e);
            return console.fail(ExitCodes.IO, "The database could not be used: " + e.getMessage());
        }
    }

    /** Runs what a command does with the backups of a database that cannot be opened, or is gone. */
    private int runDamaged(Function<Session, Integer> whenDamaged, Console console) {
        try {
            return whenDamaged.apply(session());
        } catch (InvalidInputException | RefusedException other) {
            return other instanceof InvalidInputException bad ? console.fail(ExitCodes.BAD_INPUT, ProblemWords.describe(bad.problems(), leafSpec()))
                    : console.fail(ExitCodes.REFUSED, other.getMessage());
        } catch (RuntimeException other) {
            LOG.error("The backups of the damaged {} could not be used", database(), other);
            return console.fail(ExitCodes.IO, "The backups could not be used: " + other.getMessage());
        }
    }

    /** A session without the database (only the console, times and JSON): for what must work when it cannot be opened. */
    Session session() {
        return new Session(null, console(), new JsonViews(clock.getZone(), clock.instant()), clock.getZone(), locale, clock.instant());
    }

    /** The backups of the database, for commands that must work when it cannot be opened. */
    com.funnelboard.service.BackupService.Shelf shelf() {
        return new com.funnelboard.service.BackupService.Shelf(appData(), database());
    }

    /** " The newest good backup is … (funnelboard backup restore ID).", or "" when there is none. */
    String newestGoodBackup(Session s) {
        return BackupHints.newestGood(shelf(), s, db, database());
    }

    /** The running command's words after "funnelboard" ("deals add"). */
    private String leafCommand() {
        CommandSpec leaf = leafSpec();
        String name = leaf == null ? "" : leaf.qualifiedName();
        return name.startsWith("funnelboard ") ? name.substring("funnelboard ".length()) : name;
    }

    /**
     * Opens the database, saying on the terminal's error stream what a slow opening does once it
     * has taken more than a second (the whole check of a large file from elsewhere, an upgrade):
     * a command that seems to hang is stopped. Standard output stays the command's own.
     */
    private Workspace openSaying(Console console) {
        try (com.funnelboard.service.SlowSteps steps = new com.funnelboard.service.SlowSteps(console::note, java.time.Duration.ofSeconds(1))) {
            Workspace ws = Workspace.open(database(), clock, locale, defaultDb.resolveSibling(KNOWN_FILES), steps);
            CommandSpec running = leafSpec();
            CommandWorkspace.prepare(ws, console, waitSeconds, running == null || running == spec ? null
                    : running.qualifiedName().substring(spec.qualifiedName().length()).strip());
            return ws;
        }
    }

    /** The running command's own spec (of "deals add", not of "funnelboard"), or null before parsing. */
    private CommandSpec leafSpec() {
        CommandLine.ParseResult r = leafResult();
        return r == null ? null : r.commandSpec();
    }

    /** What was parsed for the running command itself ("deals add", not "funnelboard"), or null before parsing. */
    private CommandLine.ParseResult leafResult() {
        CommandLine.ParseResult r = spec.commandLine().getParseResult();
        while (r != null && r.subcommand() != null) {
            r = r.subcommand();
        }
        return r;
    }

    /** See {@link CommandWords#opensTheWindow}: the launcher asks it before anything else is loaded. */
    public static boolean opensTheWindow(String[] args) {
        return CommandWords.opensTheWindow(args);
    }
}
