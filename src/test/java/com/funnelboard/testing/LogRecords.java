package com.funnelboard.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what the program logs (through SLF4J onto java.util.logging) while a test runs; close it after. */
public final class LogRecords extends Handler implements AutoCloseable {

    private final Logger logger;
    private final Level before;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogRecords(Logger logger) {
        this.logger = logger;
        this.before = logger.getLevel();
        setLevel(Level.ALL);
        logger.addHandler(this);
        logger.setLevel(Level.INFO);
    }

    /** Collects the records of the program's loggers ({@code com.funnelboard…}). */
    public static LogRecords collect() {
        return new LogRecords(Logger.getLogger("com.funnelboard"));
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
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
        logger.removeHandler(this);
        logger.setLevel(before);
    }
}
