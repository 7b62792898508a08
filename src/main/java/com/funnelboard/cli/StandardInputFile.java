package com.funnelboard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A file to import given as "-": standard input (a download piped in, {@code curl … | funnelboard import csv -}) copied
 * into a private temporary folder as a file named "standard input", so the import reads it as it reads any file —
 * twice where it looks at its start first, with the same checks — and says "standard input" where it names the file.
 * Deleted when closed. At most one byte more than the import takes is copied: a larger input is refused as a larger file.
 */
final class StandardInputFile implements AutoCloseable {

    static final String NAME = "standard input";

    private final Path folder;
    private final Path file;

    private StandardInputFile(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    static boolean names(Path given) {
        return given != null && given.toString().equals("-");
    }

    /** Copies {@code in} (at most {@code limit} + 1 bytes) into a new private folder. */
    static StandardInputFile copy(InputStream in, long limit) throws IOException {
        Path folder = Files.createTempDirectory("funnelboard-input-"); // 0700 where permissions are POSIX
        Path file = folder.resolve(NAME);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long left = limit + 1;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                out.write(buffer, 0, n);
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            new StandardInputFile(folder, file).close();
            throw e;
        }
        return new StandardInputFile(folder, file);
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The copy of standard input in " + folder + " could not be deleted: " + e.getMessage(), e);
        }
    }
}
