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
}
