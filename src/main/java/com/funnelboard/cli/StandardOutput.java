package com.funnelboard.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The command line's standard output, which remembers the first failure to write to it: Java's own {@code System.out}
 * and picocli's writer over it swallow such failures, so {@code deals list --json > export.json} on a full disk left an
 * empty file and exited 0. A closed pipe ({@code | head}) is no failure of the command's: it ends quietly, as the
 * shell's own tools do.
 */
final class StandardOutput extends OutputStream {

    private final OutputStream out;
    private volatile IOException failure;

    StandardOutput(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /**
     * What writing failed with, unless nothing failed or the reader went away (a closed pipe): "No space left on device".
     */
    java.util.Optional<String> failure() {
        IOException e = failure;
        String m = e == null ? null : String.valueOf(e.getMessage());
        return e == null || ClosedPipe.is(m) ? java.util.Optional.empty() : java.util.Optional.of(m);
    }

    /**
     * Runs {@code args} writing to {@code standardOutput}, and fails with {@link ExitCodes#IO} when what was written there
     * could not be (a full disk, a device that refuses it): said on standard error, as the output is what failed. It exited 0
     * with the file empty or cut short.
     */
    static int execute(picocli.CommandLine cmd, String[] args, OutputStream standardOutput) {
        StandardOutput stdout = new StandardOutput(standardOutput);
        java.io.PrintWriter out = new java.io.PrintWriter(new java.io.OutputStreamWriter(new java.io.BufferedOutputStream(stdout),
                System.out.charset()), true);
        cmd.setOut(out);
        int code;
        if (CommandWords.onlyTheVersion(args) && CommandWords.jsonRequested(java.util.List.of(args))) {
            // `--version --json`: one JSON document, as every command's --json gives (it printed the two lines of text).
            String v = VersionProvider.class.getPackage().getImplementationVersion();
            out.println("{\"version\": " + (v == null ? "null" : "\"" + v + "\"") + ", \"java\": \"" + Runtime.version() + "\"}");
            code = ExitCodes.OK;
        } else {
            code = cmd.execute(args);
        }
        out.flush();
        java.util.Optional<String> failed = stdout.failure();
        if (failed.isPresent()) {
            java.io.PrintWriter err = cmd.getErr();
            err.println("The output could not be written (" + failed.get() + "): what was written of it is incomplete.");
            err.flush();
            return code == 0 ? ExitCodes.IO : code;
        }
        return code;
    }
}
