package com.funnelboard.cli;

/** How a command says that a file it wrote beside the database (an export, a report, a calendar, a backup) could not be written. */
final class FileFailure {

    private FileFailure() {}

    /** A file's write failure in words: the disk named as full where it is, and what stays as it was. */
    static String words(String message) {
        String m = message == null ? "A file could not be written" : message.strip();
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        if (m.contains("No space left on device")) {
            m += " (the disk is full)";
        }
        return m + ". A file it would have replaced is as it was, and the database is unchanged.";
    }

    /** The failure to write a file or the output somewhere in {@code e}'s causes (the driver's own are no IOException). */
    static java.util.Optional<java.io.IOException> writing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException io) {
                return java.util.Optional.of(io);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * How a command ends when {@code e} is the failure to write a file beside the database (an export, a report) or the
     * output: said as itself, the database being fine (a full disk under `export csv deals - > /dev/full` was "The database
     * could not be used: No space left on device at [No location information]"); quietly when the reader of the output
     * went away (`| head`), as every other command ends then. Empty for any other failure.
     */
    static java.util.OptionalInt exit(RuntimeException e, Console console) {
        // A writer's failure as such: a file's (see StoreErrors#writingElsewhere) or the JSON written to the output, not a
        // failure of the database's own file that an IOException caused.
        java.util.Optional<java.io.IOException> written = e instanceof java.io.UncheckedIOException || e instanceof tools.jackson.core.JacksonException
                ? writing(e) : java.util.Optional.empty();
        if (written.isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        if (ClosedPipe.is(written.get().getMessage()) || ClosedPipe.is(e.getMessage())) {
            return java.util.OptionalInt.of(ExitCodes.OK);
        }
        org.slf4j.LoggerFactory.getLogger(FileFailure.class).error("A file or the output could not be written", e);
        return java.util.OptionalInt.of(console.fail(ExitCodes.IO, words(e instanceof java.io.UncheckedIOException ? e.getMessage()
                : "Cannot write the output: " + written.get().getMessage())));
    }
}
