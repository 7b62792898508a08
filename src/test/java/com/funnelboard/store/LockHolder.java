package com.funnelboard.store;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;

/**
 * A second process for {@link StoreTest}: opens a database as the window does, creates the file
 * named by its second argument to say it is ready, and holds the database until killed.
 */
public final class LockHolder {

    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]), Fixtures.CLOCK, null, StoreAccess.WINDOW)) {
            java.nio.file.Files.writeString(Path.of(args[1]), "ready\n");
            Thread.sleep(120_000);
        }
    }
}
