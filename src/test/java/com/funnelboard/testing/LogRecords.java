package com.funnelboard.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what the program logs (through SLF4J onto java.util.logging) while a test runs; close it after. */
public final class LogRecords extends Handler implements AutoCloseable {

    /**
     * How many collectors are open: test classes run side by side in one JVM, so the logger's level is
     * raised by the first to open and put back by the last to close (one closing early dropped the
     * INFO records another was waiting for).
     */
    private static int open;
    private static Level before;

    /** Put last when closed (a second close does nothing). */
    private static final LogRecord CLOSED = new LogRecord(Level.OFF, "closed");

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogRecords(Logger logger) {
        this.logger = logger;
        setLevel(Level.ALL);
        synchronized (LogRecords.class) {
            if (open++ == 0) {
                before = logger.getLevel();
                logger.setLevel(Level.INFO);
            }
        }
        logger.addHandler(this);
    }

    /** Collects the records of the program's loggers ({@code com.funnelboard…}). */
    public static LogRecords collect() {
        return new LogRecords(Logger.getLogger("com.funnelboard"));
    }

    public List<LogRecord> records() {
        return records.stream().filter(r -> r != CLOSED).toList();
    }

    /** The records at SEVERE (SLF4J's error) and WARNING that carry a stack trace. */
    public List<LogRecord> failures() {
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue() && r.getThrown() != null).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        if (!records.isEmpty() && records.getLast() == CLOSED) {
            return;
        }
        records.add(CLOSED);
        logger.removeHandler(this);
        synchronized (LogRecords.class) {
            if (--open == 0) {
                logger.setLevel(before);
            }
        }
    }
}
