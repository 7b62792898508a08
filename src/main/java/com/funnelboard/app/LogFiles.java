package com.funnelboard.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The program's log: everything logged through SLF4J (bound to java.util.logging) goes to rotating
 * files {@code funnelboard-0.log} … {@code funnelboard-4.log} of at most 2 MB each in the
 * {@code logs} folder beside the default database, appended to across runs. Installed once, by the
 * composition root, for the window and the command line alike; the terminal gets no log lines (a
 * command prints its own sentences), unless the file cannot be opened, when warnings and errors go
 * to stderr instead.
 */
public final class LogFiles implements AutoCloseable {

    /** A folder for the log files instead of the app-data one (tests, a support session). */
    public static final String FOLDER_PROPERTY = "funnelboard.logs";
    public static final String FILE_PATTERN = "funnelboard-%g.log";
    public static final int DEFAULT_LIMIT_BYTES = 2 * 1024 * 1024;
    public static final int DEFAULT_COUNT = 5;

    private final Path folder;
    private final int limitBytes;
    private final int count;
    private final FileHandler handler;
    private final List<Handler> replaced = new ArrayList<>();
    private final Level rootLevel;
    /** Held here: java.util.logging forgets the level of a logger nobody references. */
    private final List<Logger> quieted = new ArrayList<>();

    private LogFiles(Path folder, int limitBytes, int count, FileHandler handler) {
        this.folder = folder;
        this.limitBytes = limitBytes;
        this.count = count;
        this.handler = handler;
        // Libraries say what they do at INFO (each migration step, a missing optional config file);
        // their warnings are enough here.
        for (String name : List.of("org.flywaydb", "org.jooq", "net.fortuna.ical4j")) {
            Logger l = Logger.getLogger(name);
            l.setLevel(Level.WARNING);
            quieted.add(l);
        }
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        for (Handler h : root.getHandlers()) {
            replaced.add(h);
            root.removeHandler(h);
        }
        root.addHandler(handler);
        root.setLevel(Level.INFO);
        // Only now the local time zone: looking it up loads the time-zone providers, which may log.
        handler.setFormatter(new Format(ZoneId.systemDefault()));
    }

    /**
     * The folder the log files go to: {@code -Dfunnelboard.logs=DIR} when given, else {@code logs}
     * in the app-data folder (beside the default database).
     */
    public static Path folder(Path defaultDatabase) {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return defaultDatabase.toAbsolutePath().resolveSibling("logs");
    }

    /** Opens the log in {@code folder} with the default rotation: 5 files of 2 MB, appended to. */
    public static LogFiles open(Path folder) throws IOException {
        return open(folder, DEFAULT_LIMIT_BYTES, DEFAULT_COUNT);
    }

    /**
     * Creates {@code folder} (0700 where the file system has POSIX permissions) and sends every log
     * record of the program, from INFO up, to rotating files in it.
     *
     * @param limitBytes how large a file grows before the next one is started
     * @param count how many files are kept; the oldest is dropped
     * @throws IOException when the folder or the file cannot be created; nothing is changed then
     */
    public static LogFiles open(Path folder, int limitBytes, int count) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        }
        FileHandler handler = new FileHandler(folder.resolve(FILE_PATTERN).toString(), limitBytes, count, true);
        handler.setEncoding("UTF-8");
        handler.setFormatter(new Format(java.time.ZoneOffset.UTC));
        handler.setLevel(Level.ALL);
        // A log that cannot be written (its disk full) is no failure of what the app or a command does, which says its own
        // result: java.util.logging's own error manager printed its stack trace into every command's output.
        handler.setErrorManager(new java.util.logging.ErrorManager() {
            @Override
            public void error(String msg, Exception ex, int code) {
                // nothing: the log is where it would be said
            }
        });
        return new LogFiles(folder, limitBytes, count, handler);
    }

    /**
     * As {@link #open(Path)}, but a log that cannot be opened leaves the console handler in place with
     * warnings and errors only (they then go to stderr), and says so there once.
     */
    public static java.util.Optional<LogFiles> openOrFallBack(Path folder) {
        try {
            return java.util.Optional.of(open(folder));
        } catch (IOException | RuntimeException e) {
            Logger root = Logger.getLogger("");
            for (Handler h : root.getHandlers()) {
                h.setLevel(Level.WARNING);
            }
            root.log(Level.WARNING, "The log file cannot be written in " + folder + " (" + e.getMessage()
                    + "); warnings and errors go to the terminal instead");
            return java.util.Optional.empty();
        }
    }

    /** Logs every exception no code caught (on the FX thread, a worker) with its stack trace. */
    public static void logUncaughtExceptions() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> org.slf4j.LoggerFactory.getLogger("com.funnelboard")
                .error("Unexpected error on thread {}", thread.getName(), e));
    }

    public Path folder() {
        return folder;
    }

    /** The file of generation {@code g}: 0 is the one being written. */
    public Path file(int generation) {
        return folder.resolve(FILE_PATTERN.replace("%g", Integer.toString(generation)));
    }

    public int limitBytes() {
        return limitBytes;
    }

    public int count() {
        return count;
    }

    /** Writes what is buffered to the file. */
    public void flush() {
        handler.flush();
    }

    /** Closes the file and gives the logging back to the handlers it had before. */
    @Override
    public void close() {
        Logger root = Logger.getLogger("");
        root.removeHandler(handler);
        handler.close();
        replaced.forEach(root::addHandler);
        root.setLevel(rootLevel);
        quieted.forEach(l -> l.setLevel(null));
    }

    /** One line per record — time, level, thread, logger, message — then the stack trace, if any. */
    static final class Format extends Formatter {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS xxx");
        private final ZoneId zone;

        Format(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder(160);
            b.append(TIME.format(r.getInstant().atZone(zone))).append(' ').append(r.getLevel().getName())
                    .append(" [").append(Thread.currentThread().getName()).append("] ")
                    .append(r.getLoggerName()).append(": ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    }
}
