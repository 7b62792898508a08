package com.funnelboard.store;

import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;

/** A second process for {@link StoreTest}: opens a database as the window does, says "ready", and holds it until killed. */
public final class LockHolder {

    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]), Fixtures.CLOCK, null, Store.Access.WINDOW)) {
            System.out.print("ready\n");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
