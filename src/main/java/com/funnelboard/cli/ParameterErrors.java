package com.funnelboard.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** How a command line picocli could not read is answered: the sentence, the exit code, and the usage where it helps. */
final class ParameterErrors {

    private ParameterErrors() {}

    /**
     * A usage error prints the message and the command's usage (exit 1); a bad value only the message (exit 3). With
     * {@code --json} anywhere on the command line, stdout also gets the error document, as for any other failure.
     */
    static int said(ParameterException e, String[] args) {
        CommandLine c = e.getCommandLine();
        PrintWriter err = c.getErr();
        Console console = new Console(c.getOut(), err, CommandWords.jsonRequested(List.of(args)));
        if (e.getCause() instanceof TypeConversionException) {
            int code = console.fail(ExitCodes.BAD_INPUT, e.getMessage());
            console.note("See '" + c.getCommandSpec().qualifiedName() + " --help'.");
            return code;
        }
        if (e instanceof UnmatchedArgumentException u && c == e.getCommandLine() && c.getParent() == null && !u.getUnmatched().isEmpty()
                && u.getUnmatched().getFirst().toLowerCase(Locale.ROOT).endsWith(".funnel")) {
            // "funnelboard notes.funnel" for a file that is not there: no command was meant, so suggest none.
            return console.fail(ExitCodes.BAD_INPUT, "There is no share file " + u.getUnmatched().getFirst()
                    + "; give the path of a teammate's .funnel file to open the board and merge it");
        }
        console.fail(ExitCodes.USAGE, e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        c.usage(err);
        err.flush();
        return ExitCodes.USAGE;
    }

}
