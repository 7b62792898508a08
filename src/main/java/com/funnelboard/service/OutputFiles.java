package com.funnelboard.service;

import com.funnelboard.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Rules every export's output file obeys. */
public final class OutputFiles {

    private OutputFiles() {}

    /**
     * Refuses an output file that is the open database, its journal files or its lock — whatever
     * path names it (a link, "..", another spelling) — so an export can never overwrite the data.
     *
     * @throws InvalidInputException naming the file
     */
    static void refuseDatabase(Store store, Path target) {
        refuseDatabase(store, target, false);
    }

    /**
     * Refuses to write over the open database, and over any other database: an export replaces its
     * file whole, and {@code share export bo.db} turned Bo's database into a share file without a word.
     *
     * @param shareFile whether {@code target} may be a share file written before (a share export writes its file again)
     */
    static void refuseDatabase(Store store, Path target, boolean shareFile) {
        if (store.isOwnFile(target)) {
            throw new InvalidInputException("file", target + " is the open database (or one of its own files); choose another file name");
        }
        com.funnelboard.store.DatabaseFile.Kind kind = com.funnelboard.store.DatabaseFile.kindOf(target);
        if (kind == com.funnelboard.store.DatabaseFile.Kind.FUNNELBOARD_DATABASE || kind == com.funnelboard.store.DatabaseFile.Kind.OTHER_SQLITE
                || kind == com.funnelboard.store.DatabaseFile.Kind.SHARE_FILE && !shareFile) {
            throw new InvalidInputException("file", target + " is " + switch (kind) {
                case FUNNELBOARD_DATABASE -> "a Funnelboard database";
                case SHARE_FILE -> "a share file";
                default -> "a database";
            } + ", which the export would replace; choose another file name. Nothing was written");
        }
    }

    /** A mistyped folder is said, not made: as a --db in a folder that does not exist is. */
    static void refuseMissingFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new InvalidInputException("file", (Files.exists(folder) ? folder + " is a file, not a folder"
                    : "The folder " + folder + " does not exist") + "; create it first, or name a file in a folder that does. Nothing was written");
        }
    }

    /**
     * Checks, before the work whose output it is, that {@code file} could be written: not the open
     * database nor another one, not a folder, in a folder that exists and takes a new file (one
     * is made and removed beside it). An import's problem report named in such a place was only
     * found unwritable after the import had been saved, and the command said it had failed.
     *
     * @throws InvalidInputException saying why, in a sentence
     */
    static void checkWritable(Store store, Path file, String suffix) {
        refuseDatabase(store, file);
        if (stream(file)) {
            return; // written straight into, as a shell's > would
        }
        Path target = realTarget(file);
        refuseForeignLink(file, target, suffix);
        if (Files.isDirectory(target)) {
            throw new InvalidInputException("file", target + " is a folder, not a file: name the file to write in it, such as "
                    + target.resolve("problems" + suffix));
        }
        refuseMissingFolder(target);
        try {
            Files.delete(com.funnelboard.store.FilesBeside.temporary(target, ".funnelboard-", suffix + ".tmp"));
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "Cannot write " + target + " (" + e.getMessage() + "); choose a file in a folder you can write to");
        }
    }

    /** What writes an export's text. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes {@code file} whole or not at all: UTF-8 into a temporary file beside it, then moved
     * over it (atomically where the file system can).
     *
     * @throws UncheckedIOException saying which file could not be written and why
     */
    static void replaceWhole(Path file, String suffix, Content content) {
        replace(file, suffix, open -> {
            try (Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(open.get(), StandardCharsets.UTF_8))) {
                content.writeTo(w);
            }
        });
    }

    /** What writes an export's bytes (an image). */
    @FunctionalInterface
    interface Bytes {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** As {@link #replaceWhole}, for bytes. */
    static void replaceWholeBytes(Path file, String suffix, Bytes content) {
        replace(file, suffix, open -> {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(open.get())) {
                content.writeTo(out);
            }
        });
    }

    /** Opens the stream a writer writes into: the temporary file, or the stream named. */
    private interface Opening {
        java.io.OutputStream get() throws IOException;
    }

    private interface TempWriter {
        void write(Opening open) throws IOException;
    }

    /**
     * Whether {@code file} is a stream rather than a file — a device ({@code /dev/stdout}, {@code
     * /dev/null}), a pipe, a descriptor under {@code /proc}, or a link to one, and {@code -} for this
     * command's output — which an export writes straight into,
     * as a shell's {@code >} would: it was replaced by a regular file (as root, the system's
     * {@code /dev/stdout} itself), and a pipe's reader waited for ever.
     */
    public static boolean stream(Path file) {
        return streamHops(file) != null;
    }

    /** The path and the links it goes through when {@code file} is a stream ({@link #stream}), else null. */
    private static List<Path> streamHops(Path file) {
        if (file.toString().equals("-")) {
            return List.of(Path.of("/dev/stdout")); // "-": this command's output, as for most Unix tools (also on Windows)
        }
        // /dev/stdout links to /proc/self/fd/1, which names whatever the output was sent to (a file too, which
        // only the descriptor writes into as the shell opened it).
        List<Path> hops = links(file);
        if (hops.stream().anyMatch(hop -> hop.startsWith("/proc") && Files.exists(hop))) {
            return hops;
        }
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file) ? hops : null;
    }

    /** The path and each path its links lead to, in turn (the last is what it names): at most 40 of them. */
    private static List<Path> links(Path file) {
        List<Path> hops = new ArrayList<>();
        Path hop = file.toAbsolutePath().normalize();
        hops.add(hop);
        try {
            for (int i = 0; i < 40 && Files.isSymbolicLink(hop); i++) {
                hop = hop.resolveSibling(Files.readSymbolicLink(hop)).toAbsolutePath().normalize();
                hops.add(hop);
            }
        } catch (IOException e) {
            // not a link that can be read: the path as far as it could be followed
        }
        return hops;
    }

    /**
     * The stream {@code file} names, opened: this process's own output or error (through {@code
     * /dev/stdout}, {@code /proc/self/fd/1}…) as its descriptor, which reopening would write from the
     * start of a file the shell's {@code >} made, under the command's own lines; else the device or pipe.
     */
    private static java.io.OutputStream openStream(Path file, List<Path> hops) throws IOException {
        for (Path hop : hops) {
            String h = hop.toString();
            if (h.equals("/dev/stdout") || h.equals("/proc/self/fd/1") || h.equals("/dev/fd/1")) {
                return unclosed(new java.io.FileOutputStream(java.io.FileDescriptor.out));
            }
            if (h.equals("/dev/stderr") || h.equals("/proc/self/fd/2") || h.equals("/dev/fd/2")) {
                return unclosed(new java.io.FileOutputStream(java.io.FileDescriptor.err));
            }
        }
        return Files.newOutputStream(file);
    }

    /** A stream whose closing flushes it and leaves the descriptor open (the process's own output). */
    private static java.io.OutputStream unclosed(java.io.OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * The file a path names: a link's target (what it points to is written, the link kept — it was
     * replaced by a file, its target left as it was), else the path itself.
     */
    static Path realTarget(Path file) {
        return links(file).getLast();
    }

    /**
     * Refuses a link that leads to a file not of the export's kind: an export writes through a link (the link kept) only
     * into a {@code suffix} file. {@code export csv deals link.csv}, the link pointing at {@code /etc/passwd}, replaced the
     * system's list of users with deals; a file named itself is replaced as asked.
     */
    private static void refuseForeignLink(Path file, Path target, String suffix) {
        if (target.equals(file.toAbsolutePath().normalize())) {
            return; // no link on the way
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean ofItsKind = name.endsWith(suffix) || suffix.equals(".vcf") && name.endsWith(".vcard");
        if (!ofItsKind) {
            throw new InvalidInputException("file", file + " is a link to " + target + ", which is not a " + suffix + " file: an export "
                    + "writes through a link only into a file of its kind (name that file itself to replace it). Nothing was written.");
        }
    }

    private static void replace(Path file, String suffix, TempWriter writer) {
        List<Path> hops = streamHops(file);
        if (hops != null) {
            try {
                writer.write(() -> openStream(file, hops));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
            }
            return;
        }
        Path target = realTarget(file);
        refuseForeignLink(file, target, suffix);
        if (Files.isDirectory(target)) {
            throw new InvalidInputException("file", target + " is a folder, not a file: name the file to write in it, such as "
                    + target.resolve("export" + suffix));
        }
        refuseMissingFolder(target);
        // What a killed export left beside it (a part of a contacts list, in a synced folder too) goes once it is an hour old.
        com.funnelboard.store.FilesBeside.removeStale(target.getParent(), ".funnelboard-*.tmp");
        Path tmp = null;
        try {
            tmp = com.funnelboard.store.FilesBeside.temporary(target, ".funnelboard-", suffix + ".tmp");
            Path temporary = tmp;
            writer.write(() -> Files.newOutputStream(temporary));
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    org.slf4j.LoggerFactory.getLogger(OutputFiles.class).warn("The temporary file {} could not be removed", tmp, e);
                }
            }
        }
    }
}
