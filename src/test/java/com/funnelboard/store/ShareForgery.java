package com.funnelboard.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a forger who knows the share format does after editing a file: writes the change sets' check
 * values again (see {@link ShareSetDigests}), so that the checks behind them are what a test meets.
 */
final class ShareForgery {

    private ShareForgery() {}

    /** Writes the check values of {@code file}'s change sets again; a file too broken for that keeps its old ones. */
    static void resign(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DELETE FROM share_info WHERE key LIKE 'digest:%'");
            ShareFile.writeDigests(c, ShareSetDigests.of(c));
        } catch (SQLException | RuntimeException e) {
            // Its schema or values were crafted beyond what can be read back (a missing table, a number for an id): it is
            // refused for that, before any check value is compared.
        }
    }
}
