package com.funnelboard.app;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One window per database, and a second launch brings that window forward instead of failing.
 * The window listens on a local socket named after its database (a Unix-domain socket in a private
 * folder of the app-data folder, 0700); a launch that finds the database's window lock taken sends
 * it one fixed word — or, for a share file opened with Funnelboard, the word "merge" and the file's
 * absolute path — and exits once the window has answered. Nothing else is accepted on the socket:
 * a connection that says anything else is closed without effect, and a file to merge is only
 * offered (the window shows its preview and asks).
 */
final class SingleInstance implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final String FOCUS = "focus\n";
    private static final String MERGE = "merge\n";
    private static final String DONE = "done\n";
    private static final int MAX_REQUEST = 8192;

    private final Path socket;
    private final ServerSocketChannel server;
    private final Thread acceptor;

    private SingleInstance(Path socket, ServerSocketChannel server, java.util.function.Consumer<Optional<Path>> focus) {
        this.socket = socket;
        this.server = server;
        this.acceptor = Thread.ofPlatform().daemon().name("funnelboard-single-instance").unstarted(() -> serve(focus));
    }

    /**
     * Starts answering launches on {@code database} by running {@code focus} with the share file the
     * launch asks to merge, if any (from the listener's thread; the caller moves it to the FX thread).
     * The caller holds the database's window lock, so a socket file left by a window that died is
     * stale and replaced.
     */
    static SingleInstance listen(Path runFolder, Path database, java.util.function.Consumer<Optional<Path>> focus) throws IOException {
        Path socket = socketFor(runFolder, database);
        createPrivateFolder(runFolder);
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        SingleInstance s = new SingleInstance(socket, server, focus);
        s.acceptor.start();
        return s;
    }

    /** Asks the window open on {@code database} to come forward; true once it has answered. */
    static boolean askToFocus(Path runFolder, Path database) {
        return askToFocus(runFolder, database, null);
    }

    /** How long a launch waits for a window still starting (it holds the lock, and listens once its board is built). */
    static final long STARTING_MILLIS = 15_000;

    /**
     * As {@link #askToFocus(Path, Path)}, and to offer merging {@code shareFile} (absolute; null: none). A launch asks a window
     * still starting, which does not listen yet, again for up to {@link #STARTING_MILLIS} (a share file opened while the
     * window showed its own start's questions was refused, "already has a window open", and not passed on).
     */
    static boolean askToFocus(Path runFolder, Path database, Path shareFile) {
        return askToFocus(runFolder, database, shareFile, 0);
    }

    /** As {@link #askToFocus(Path, Path, Path)}, asking again for up to {@code waitMillis} while no window answers. */
    static boolean askToFocus(Path runFolder, Path database, Path shareFile, long waitMillis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        while (true) {
            if (askOnce(runFolder, database, shareFile)) {
                return true;
            }
            if (System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static boolean askOnce(Path runFolder, Path database, Path shareFile) {
        Path socket = socketFor(runFolder, database);
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            String request = shareFile == null ? FOCUS : MERGE + shareFile + "\n";
            ch.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8)));
            ch.shutdownOutput();
            return DONE.equals(read(ch, 16, TimeUnit.SECONDS.toMillis(5)));
        } catch (IOException e) {
            LOG.info("No window answered on {}: {}", socket, e.toString());
            return false;
        }
    }

    /** The socket of one database: a hash of its real path, so the name is short and says nothing. */
    static Path socketFor(Path runFolder, Path database) {
        Path real;
        try {
            real = database.toRealPath();
        } catch (IOException e) {
            real = database.toAbsolutePath().normalize();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return runFolder.resolve(HexFormat.of().formatHex(hash, 0, 8) + ".sock");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void serve(java.util.function.Consumer<Optional<Path>> focus) {
        while (server.isOpen()) {
            try (SocketChannel ch = server.accept()) {
                Optional<Optional<Path>> request = request(read(ch, MAX_REQUEST, 2000));
                if (request.isPresent()) {
                    focus.accept(request.get());
                    ch.write(ByteBuffer.wrap(DONE.getBytes(StandardCharsets.US_ASCII)));
                }
            } catch (IOException e) {
                if (server.isOpen()) {
                    LOG.warn("A launch could not reach this window", e);
                }
            }
        }
    }

    /**
     * What a launch asked: to come forward (an empty file), or to come forward and offer an
     * absolute path's file for merging; empty for anything else.
     */
    static Optional<Optional<Path>> request(String said) {
        if (FOCUS.equals(said)) {
            return Optional.of(Optional.empty());
        }
        if (said.startsWith(MERGE) && said.endsWith("\n") && said.indexOf('\n', MERGE.length()) == said.length() - 1
                && said.indexOf('\0') < 0) {
            try {
                Path file = Path.of(said.substring(MERGE.length(), said.length() - 1));
                if (file.isAbsolute()) {
                    return Optional.of(Optional.of(file.normalize()));
                }
            } catch (java.nio.file.InvalidPathException e) {
                LOG.info("A launch asked to merge a path that is not one: {}", e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Reads at most {@code limit} bytes, until the peer stops writing or the time is up. */
    private static String read(SocketChannel ch, int limit, long timeoutMillis) throws IOException {
        ByteBuffer in = ByteBuffer.allocate(limit);
        long deadline = System.currentTimeMillis() + timeoutMillis;
        ch.configureBlocking(false);
        while (in.hasRemaining() && System.currentTimeMillis() < deadline) {
            int n = ch.read(in);
            if (n < 0) {
                break;
            }
            if (n == 0) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        ch.configureBlocking(true);
        in.flip();
        return StandardCharsets.UTF_8.decode(in).toString();
    }

    private static void createPrivateFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder inherits the user's profile permissions.
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("Could not remove {}", socket, e);
        }
    }
}
