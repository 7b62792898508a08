package com.funnelboard.cli;

import com.funnelboard.service.Workspace;

/** The command line's exit codes: a contract scripts rely on. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Unknown command or option, a missing argument. */
    public static final int USAGE = 1;
    /** Refused by a rule: a gate, a conflict, a second running copy. */
    public static final int REFUSED = 2;
    /** A value or file that is not valid: a stage name, a time, an email, an unknown id. */
    public static final int BAD_INPUT = 3;
    /** The disk or the database failed. */
    public static final int IO = 4;
    /** The database is busy with another program's write: the same command a moment later works (a script may retry). */
    public static final int BUSY = 5;

    private ExitCodes() {}

    public static int of(Workspace.UnavailableException e) {
        return switch (e.reason()) {
            case IN_USE -> REFUSED;
            case BUSY -> BUSY;
            case NOT_A_DATABASE, DAMAGED, NEWER_SCHEMA -> BAD_INPUT;
            case IO, GONE -> IO;
        };
    }

    /** The name of an exit code in JSON error documents. */
    static String kind(int code) {
        return switch (code) {
            case OK -> "ok";
            case USAGE -> "usage";
            case REFUSED -> "refused";
            case BAD_INPUT -> "bad-input";
            case BUSY -> "busy";
            default -> "io";
        };
    }
}
