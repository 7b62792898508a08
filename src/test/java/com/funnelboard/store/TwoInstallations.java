package com.funnelboard.store;

import com.funnelboard.domain.MergeReport;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Two installations, Ida's and Bo's, that start from copies of one database ({@code seed} writes
 * what both have), each with its own clock, passing share files through a folder.
 */
final class TwoInstallations implements AutoCloseable {

    final Store ida;
    final Store bo;
    private final Path dir;

    TwoInstallations(Path dir, Consumer<Store> seed) {
        this.dir = dir;
        Path template = dir.resolve("template.db");
        try (Store s = Store.open(template, new TickingClock(Fixtures.NOW))) {
            seed.accept(s);
        }
        try {
            Files.copy(template, dir.resolve("ida.db"));
            Files.copy(template, dir.resolve("bo.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ida = Store.open(dir.resolve("ida.db"), new TickingClock(Fixtures.NOW.plusSeconds(60)));
        bo = Store.open(dir.resolve("bo.db"), new TickingClock(Fixtures.NOW.plusSeconds(61)));
    }

    /** Exports {@code from}'s share file and merges it into {@code into}. */
    MergeReport merge(Store from, Store into) {
        Path file = dir.resolve(UUID.randomUUID() + ".funnel");
        new ShareExchange(from).export(file);
        return new ShareExchange(into).merge(file, false, () -> false);
    }

    @Override
    public void close() {
        ida.close();
        bo.close();
    }
}
