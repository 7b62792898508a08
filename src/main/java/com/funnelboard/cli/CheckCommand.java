package com.funnelboard.cli;

import com.funnelboard.domain.DatabaseCheck;
import com.funnelboard.service.DatabaseChecker;
import com.funnelboard.service.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code funnelboard check}: integrity, references and schema of a database, read-only; works
 * while the window has the database open, and on a file the app refuses to open.
 */
@Command(name = "check", description = "Check a database without changing it: integrity, references, and that its schema is exactly "
        + "Funnelboard's. Exit 0 when sound, 3 when not.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "FILE", description = "The file to check (default: the database --db names).")
    java.nio.file.Path file;

    @picocli.CommandLine.Option(names = "--rebuild-indexes", description = "When the only damage is in the file's indexes (the lookup "
            + "tables SQLite builds from its rows), build them again: nothing written is lost; the file as it was is kept beside it.")
    boolean rebuild;

    @Override
    public Integer call() {
        Console console = root.console();
        java.nio.file.Path checked = file != null ? file : root.database();
        DatabaseCheck found;
        try {
            found = DatabaseChecker.check(checked);
            if (rebuild && !found.healthy()) {
                // Rebuilt only where the check found the indexes alone damaged; checked again once, for what is said after.
                java.nio.file.Path kept = DatabaseChecker.rebuildIndexes(checked, found, root.session().now());
                console.note("Rebuilt the indexes of " + checked + ": nothing written was lost (the file as it was is kept as " + kept.getFileName()
                        + ").");
                found = DatabaseChecker.check(checked);
            }
        } catch (Workspace.UnavailableException e) {
            RootCommand.LOG.warn("{}", e.getMessage(), e);
            return console.fail(ExitCodes.of(e), e.getMessage());
        } catch (com.funnelboard.service.RefusedException e) {
            return console.fail(ExitCodes.BAD_INPUT, e.getMessage());
        }
        DatabaseCheck check = found;
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", check.file());
        doc.put("healthy", check.healthy());
        doc.put("funnelboard", check.funnelboard());
        doc.put("version", check.version() < 0 ? null : check.version());
        doc.put("integrity", check.integrity());
        doc.put("foreignKeys", check.foreignKeys());
        doc.put("schema", check.schema());
        boolean indexesOnly = DatabaseChecker.indexesOnly(check);
        doc.put("indexesOnly", indexesOnly);
        // Only the indexes: rebuilt from the rows, nothing is lost (a backup loses what came after it).
        String backup = check.healthy() || check.integrity().isEmpty() ? "" : indexesOnly ? " Only its indexes are damaged: 'funnelboard "
                + "check " + shellWord(checked.toString()) + " --rebuild-indexes' builds them again from its rows, keeping everything "
                + "written." : root.newestGoodBackup(root.session());
        String verdict = indexesOnly ? check.verdict().replace(" Restore a backup, or ask whoever sent it for a fresh copy.", "") : check.verdict();
        doc.put("verdict", verdict);
        if (!backup.isEmpty() && !indexesOnly) {
            doc.put("newestGoodBackup", backup.strip());
        }
        console.result(doc, () -> {
            console.line(verdict + backup);
            details(console, "Integrity", check.integrity());
            details(console, "References and values", check.foreignKeys());
            details(console, "Schema", check.schema());
        });
        return check.healthy() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private static void details(Console console, String what, List<String> problems) {
        for (String p : problems.subList(0, Math.min(problems.size(), 20))) {
            console.line("  " + what + ": " + p);
        }
        if (problems.size() > 20) {
            console.line("  " + what + ": … and " + (problems.size() - 20) + " more");
        }
    }

    /** A path as a shell takes it: as it is when it holds only safe characters, else in single quotes. */
    static String shellWord(String path) {
        return path.matches("[A-Za-z0-9_./+:@%-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
