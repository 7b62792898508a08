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
}
