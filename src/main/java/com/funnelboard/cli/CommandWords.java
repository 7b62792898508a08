package com.funnelboard.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * What the raw arguments ask for, read before picocli builds its model (building every command
 * costs more than most commands take to run): the command and subcommand they name, whether they
 * only open the window or only ask for the version, whether {@code --json} was asked for.
 *
 * <p>A subcommand with many options keeps them as fields of an options class (a picocli mixin),
 * not as parameters of its method: for each parameter picocli asks several times for its
 * annotations, and the JDK parses every parameter's annotations again at each asking, so building
 * {@code import csv} took 20 ms and {@code deals list} 7 ms of a command that itself takes a few
 * (measured on a warm JVM; more at a cold start). Fields' annotations are parsed once.
 */
final class CommandWords {

    private CommandWords() {}

    /** The command the arguments name (after the top-level options), or null. */
    static Class<?> named(String[] args) {
        List<String> words = words(args);
        if (words.isEmpty()) {
            return null;
        }
        for (Class<?> c : RootCommand.COMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (command != null && !c.equals(AutoComplete.GenerateCompletion.class) && names(command).contains(words.getFirst())) {
                return c;
            }
        }
        return null;
    }

    /**
     * The arguments without {@code -h}/{@code --help} when their first word names no command (and no file to merge): `stage
     * --help` printed the whole program's help and exited 0, as if the command existed; without the help it is the usage error
     * it is ("Unmatched argument … Did you mean …", exit 1). Other arguments as they are.
     */
    static String[] helpOfNoCommand(String[] args) {
        List<String> words = words(args);
        List<String> help = List.of("-h", "--help");
        if (words.isEmpty() || java.util.Arrays.stream(args).noneMatch(help::contains)
                || java.nio.file.Files.isRegularFile(Path.of(words.getFirst()))) {
            return args;
        }
        for (Class<?> c : RootCommand.COMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (command != null && names(command).contains(words.getFirst())) {
                return args;
            }
        }
        return java.util.Arrays.stream(args).filter(a -> !help.contains(a)).toArray(String[]::new);
    }

    /** The first two words of the arguments that are neither options nor the value of {@code --db}: a command and its subcommand. */
    static List<String> words(String[] args) {
        List<String> words = new java.util.ArrayList<>(2);
        for (int i = 0; i < args.length && words.size() < 2; i++) {
            String a = args[i];
            if (a.equals("--db")) {
                i++;
            } else if (!a.startsWith("-")) {
                words.add(a);
            }
        }
        return words;
    }

    private static List<String> names(Command command) {
        List<String> names = new java.util.ArrayList<>(List.of(command.aliases()));
        names.add(command.name());
        return names;
    }

    /**
     * A command, with its subcommands when they are methods: only the one {@code word} names, or all of
     * them when it names none (the command's help, a mistyped subcommand). Picocli reads every
     * annotation of a method to build its subcommand: building all five of {@code deals} took a tenth
     * of a second of {@code deals list}. Such a command says {@code addMethodSubcommands = false}, so
     * that picocli leaves them to this method.
     */
    static CommandLine withSubcommands(Class<?> command, String word) {
        List<java.lang.reflect.Method> methods = CommandLine.getCommandMethods(command, null);
        Command annotation = command.getAnnotation(Command.class);
        if (!methods.isEmpty() && annotation.addMethodSubcommands()) {
            throw new IllegalStateException(command.getSimpleName() + " must say addMethodSubcommands = false: its subcommands are added by the root command");
        }
        CommandLine line = new CommandLine(command);
        List<java.lang.reflect.Method> named = methods.stream().filter(m -> names(m.getAnnotation(Command.class)).contains(word)).toList();
        for (java.lang.reflect.Method m : named.isEmpty() ? methods : named) {
            line.addSubcommand(new CommandLine(m));
        }
        return line;
    }

    /** Whether the arguments only ask for the version ({@code --version}, {@code -V}), which needs no command built. */
    static boolean onlyTheVersion(String[] args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-V") || a.equals("--version")) {
                version = true;
            } else if (a.equals("--db")) {
                i++;
            } else if (!a.startsWith("--db=") && !a.equals("--json")) {
                return false;
            }
        }
        return version;
    }

    /**
     * True when the arguments only open the window: no command, no help or version request, and no
     * word but an existing file (a share file to merge). The window needs none of the commands, and
     * building them all took a fifth of a second of its start.
     */
    public static boolean opensTheWindow(String[] args) {
        int words = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--db")) {
                i++;
            } else if (List.of("-h", "--help", "-V", "--version").contains(a)) {
                return false;
            } else if (!a.startsWith("-")) {
                words++;
                if (words > 1 || !java.nio.file.Files.isRegularFile(Path.of(a))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code --json} was asked for, before or after the command, even when the rest of the line did not parse:
     * an argument "--json" (or "--json=true") before any "--" that ends the options.
     */
    static boolean jsonRequested(List<String> args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--json") || a.equalsIgnoreCase("--json=true")) {
                return true;
            }
        }
        return false;
    }
}
