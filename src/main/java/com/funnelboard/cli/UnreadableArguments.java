package com.funnelboard.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Arguments the system could not read. Java reads a command's arguments in the character set of the
 * system's locale; where none is set (cron, systemd, {@code env -i}) that is ASCII, and "Müller"
 * arrived as "M\uFFFD\uFFFDller": it was saved so, with exit status 0. An argument holding the
 * replacement character the reading left is refused, saying what to set, before anything is done.
 * (The packages' {@code funnelboard} command sets a UTF-8 character set where the locale is unset,
 * C or POSIX, so this is for the rest: a locale that is not installed, another character set.)
 */
final class UnreadableArguments {

    private UnreadableArguments() {
    }

    /** Refuses, before {@code cmd} or a subcommand runs, any argument the system's character set could not read. */
    static void refuse(CommandLine cmd) {
        CommandLine.IExecutionStrategy run = cmd.getExecutionStrategy();
        cmd.setExecutionStrategy(parsed -> {
            check(parsed);
            return run.execute(parsed);
        });
    }

    static void check(ParseResult parsed) {
        String problem = problem(parsed.originalArgs(), System.getProperty("sun.jnu.encoding", "?"));
        if (problem != null) {
            throw new ParameterException(parsed.commandSpec().commandLine(), problem);
        }
    }

    /** Why {@code args} cannot be taken as written, read in {@code charset}; null when they can. */
    static String problem(List<String> args, String charset) {
        for (String a : args) {
            if (a.indexOf('\uFFFD') >= 0) {
                return "An argument holds letters this system could not read in its character set (" + charset + "): \""
                        + a.replace('\uFFFD', '?') + "\". Set a UTF-8 locale (e.g. LANG=C.UTF-8, as cron and env -i set none)"
                        + " and run it again; nothing was changed.";
            }
        }
        return null;
    }
}
