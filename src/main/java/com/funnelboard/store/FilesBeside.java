package com.funnelboard.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * The temporary file a file the user names is written to before it is moved into place. It is
 * made as any program's new file is (readable by whom the user's settings say, where the JDK's
 * temporary files are readable by their owner alone), and when the file it replaces exists, it
 * takes that file's permissions: an export or a share file written again into a team folder stays
 * readable by the team.
 */
public final class FilesBeside {

    private FilesBeside() {}

    /** A new, empty file in {@code target}'s folder, hidden ({@code .prefix…suffix}), to be moved onto {@code target}. */
    public static Path temporary(Path target, String prefix, String suffix) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        java.util.random.RandomGenerator random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; ; attempt++) {
            Path tmp = folder.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36) + suffix);
            try {
                Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 100) {
                    continue;
                }
                throw e;
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (posix != null && Files.isRegularFile(target)) {
                try {
                    Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
                } catch (IOException | UnsupportedOperationException e) {
                    org.slf4j.LoggerFactory.getLogger(FilesBeside.class).info("{} keeps its own permissions, not {}'s", tmp, target, e);
                }
            }
            return tmp;
        }
    }

    /**
     * How long a temporary file of ours must have gone unchanged before it is taken for one left by a killed program: a write
     * under way changes it all along. (An hour left a killed backup's 156 MB copy on a nearly full stick through every run of
     * the next hour.)
     */
    static final java.time.Duration STALE = java.time.Duration.ofMinutes(10);

    /**
     * Removes what a killed export, backup or merge left in {@code folder}: the entries matching
     * {@code glob} (files, or folders with their files) last changed more than {@link #STALE} ago.
     * One being written now is younger and stays. What cannot be removed is logged and left.
     */
    public static void removeStale(Path folder, String glob) {
        long before = System.currentTimeMillis() - STALE.toMillis();
        try (java.nio.file.DirectoryStream<Path> found = Files.newDirectoryStream(folder, glob)) {
            for (Path p : found) {
                try {
                    if (Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS).toMillis() >= before) {
                        continue;
                    }
                    if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        try (var inside = Files.list(p)) {
                            for (Path f : inside.toList()) {
                                Files.deleteIfExists(f);
                            }
                        }
                    }
                    Files.deleteIfExists(p);
                    org.slf4j.LoggerFactory.getLogger(FilesBeside.class).info("Removed {}, left by an export, backup or merge that did not finish", p);
                } catch (IOException e) {
                    org.slf4j.LoggerFactory.getLogger(FilesBeside.class).info("{}, left by an export, backup or merge that did not finish, stays", p, e);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            org.slf4j.LoggerFactory.getLogger(FilesBeside.class).info("{} was not looked through for files left by a killed program", folder, e);
        }
    }
}
