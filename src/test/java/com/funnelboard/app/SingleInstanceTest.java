package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondLaunchReachesTheWindowOfTheSameDatabaseOnly() throws Exception {
        Path run = dir.resolve("run");
        Path db = Files.createFile(dir.resolve("pipeline.db"));
        Path other = Files.createFile(dir.resolve("other.db"));
        AtomicInteger focused = new AtomicInteger();
        try (SingleInstance window = SingleInstance.listen(run, db, file -> focused.incrementAndGet())) {
            assertThat(SingleInstance.askToFocus(run, db)).isTrue();
            assertThat(focused).hasValue(1);
            // Another spelling of the same file reaches the same window.
            assertThat(SingleInstance.askToFocus(run, dir.resolve("x/../pipeline.db"))).isTrue();
            assertThat(focused).hasValue(2);
            assertThat(SingleInstance.askToFocus(run, other)).isFalse();
            assertThat(focused).hasValue(2);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run))).isEqualTo("rwx------");
        }
        // Once the window has closed, nobody answers and its socket is gone.
        assertThat(SingleInstance.askToFocus(run, db)).isFalse();
        assertThat(SingleInstance.socketFor(run, db)).doesNotExist();
    }

    @Test
    void anythingButTheOneWordIsIgnored() throws Exception {
        Path run = dir.resolve("run");
        Path db = Files.createFile(dir.resolve("pipeline.db"));
        AtomicInteger focused = new AtomicInteger();
        try (SingleInstance window = SingleInstance.listen(run, db, file -> focused.incrementAndGet())) {
            try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                ch.connect(UnixDomainSocketAddress.of(SingleInstance.socketFor(run, db)));
                ch.write(ByteBuffer.wrap("quit\n".getBytes(StandardCharsets.US_ASCII)));
                ch.shutdownOutput();
                assertThat(ch.read(ByteBuffer.allocate(8))).isEqualTo(-1);
            }
            assertThat(focused).hasValue(0);
            // The window still answers a real launch afterwards.
            assertThat(SingleInstance.askToFocus(run, db)).isTrue();
        }
    }

    @Test
    void aSocketLeftByAWindowThatDiedIsReplacedAndUnansweredMeanwhile() throws Exception {
        Path run = dir.resolve("run");
        Path db = Files.createFile(dir.resolve("pipeline.db"));
        Files.createDirectories(run);
        Files.createFile(SingleInstance.socketFor(run, db));
        assertThat(SingleInstance.askToFocus(run, db)).isFalse();
        AtomicInteger focused = new AtomicInteger();
        try (SingleInstance window = SingleInstance.listen(run, db, file -> focused.incrementAndGet())) {
            assertThat(SingleInstance.askToFocus(run, db)).isTrue();
        }
    }

    @Test
    void aShareFileOpenedWithFunnelboardIsHandedToTheWindowToOffer() throws Exception {
        Path run = dir.resolve("run");
        Path db = Files.createFile(dir.resolve("pipeline.db"));
        Path share = Files.createFile(dir.resolve("Ida Berg \u2013 Nordwind.funnel"));
        java.util.List<java.util.Optional<Path>> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SingleInstance window = SingleInstance.listen(run, db, asked::add)) {
            assertThat(SingleInstance.askToFocus(run, db, share)).isTrue();
            assertThat(SingleInstance.askToFocus(run, db)).isTrue();
        }
        assertThat(asked).containsExactly(java.util.Optional.of(share), java.util.Optional.empty());
    }

    /** A share file opened while the window still starts (it holds the lock, and listens once built) reaches it when it listens. */
    @Test
    void aLaunchWaitsForAWindowStillStarting() throws Exception {
        Path run = dir.resolve("run");
        Path db = Files.createFile(dir.resolve("pipeline.db"));
        Path share = Files.createFile(dir.resolve("ben.funnel"));
        java.util.List<java.util.Optional<Path>> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CompletableFuture<SingleInstance> later = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(700);
                return SingleInstance.listen(run, db, asked::add);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(SingleInstance.askToFocus(run, db, share, 5_000)).isTrue();
            assertThat(asked).containsExactly(java.util.Optional.of(share));
        } finally {
            later.join().close();
        }
    }

    @Test
    void onlyTheTwoRequestsAreUnderstood() {
        assertThat(SingleInstance.request("focus\n")).contains(java.util.Optional.empty());
        assertThat(SingleInstance.request("merge\n/home/ida/in.funnel\n")).contains(java.util.Optional.of(Path.of("/home/ida/in.funnel")));
        assertThat(SingleInstance.request("merge\nrelative.funnel\n")).as("only an absolute path").isEmpty();
        assertThat(SingleInstance.request("merge\n/a.funnel\n/b.funnel\n")).as("one file").isEmpty();
        assertThat(SingleInstance.request("merge\n/a.funnel")).as("cut short").isEmpty();
        assertThat(SingleInstance.request("merge\n/a\0.funnel\n")).isEmpty();
        assertThat(SingleInstance.request("focus")).isEmpty();
        assertThat(SingleInstance.request("quit\n")).isEmpty();
    }
}
