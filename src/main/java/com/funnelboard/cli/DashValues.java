package com.funnelboard.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Values that begin with a dash: a title "-VP Sales", a note "-h of the meeting". Picocli takes a
 * value that looks like a cluster of short options ({@code -V} and {@code -P}) for options and
 * refuses it ("Expected parameter for option '--title' but found '-VP'"), even written
 * {@code --title=-VP}. Options here may take such values; only a separate word that is exactly one
 * of the command's own options ({@code --title --json}) is still refused, as a value forgotten
 * before the next option, with the way to mean it.
 */
final class DashValues {

    private DashValues() {
    }

    /** Lets the options of {@code cmd} and its subcommands take values that begin with a dash. */
    static void allow(CommandLine cmd) {
        cmd.setAllowOptionsAsOptionParameters(true);
        CommandLine.IExecutionStrategy run = cmd.getExecutionStrategy();
        cmd.setExecutionStrategy(parsed -> {
            refuseForgottenValues(parsed);
            return run.execute(parsed);
        });
    }

    /** Refuses an option whose value is, as a word of its own, one of the command's options. */
    static void refuseForgottenValues(ParseResult parsed) {
        List<String> args = parsed.originalArgs();
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            List<String> names = new ArrayList<>();
            p.commandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
            for (OptionSpec option : p.matchedOptions()) {
                if (option.arity().max() == 0) {
                    continue;
                }
                for (String value : option.originalStringValues()) {
                    if (names.contains(value) && separate(args, option, value)) {
                        throw new ParameterException(p.commandSpec().commandLine(), "Expected a value for " + option.longestName()
                                + " but found the option " + value + "; to mean it as the value, write " + option.longestName() + "=" + value);
                    }
                }
            }
        }
    }

    /** Whether {@code value} was written as a word of its own right after the option (not {@code --title=--json}). */
    private static boolean separate(List<String> args, OptionSpec option, String value) {
        List<String> names = List.of(option.names());
        for (int i = 0; i + 1 < args.size(); i++) {
            if (names.contains(args.get(i)) && args.get(i + 1).equals(value)) {
                return true;
            }
        }
        return false;
    }
}
