package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's launch refuses a database path into a folder that does not exist, as a command does; the default's is made. */
class WindowLaunchTest {

    @TempDir
    Path dir;

    @Test
    void aPathIntoAMissingFolderIsRefusedAndNothingIsMade() {
        Path mistyped = dir.resolve("newfolder").resolve("sam.db");
        assertThat(WindowLaunch.refusal(mistyped, dir.resolve("default").resolve("pipeline.db")))
                .isEqualTo("There is no folder " + dir.resolve("newfolder") + " for the database sam.db; nothing was created.");
        assertThat(dir.resolve("newfolder")).doesNotExist();
    }

    @Test
    void theDefaultDatabaseAndAFileInAFolderThatIsThereAreOpened() throws Exception {
        Path byDefault = dir.resolve("app-data").resolve("pipeline.db");
        assertThat(WindowLaunch.refusal(byDefault, byDefault)).isNull();
        assertThat(WindowLaunch.refusal(dir.resolve("app-data").resolve("..").resolve("app-data").resolve("pipeline.db"), byDefault)).isNull();
        Files.createDirectories(dir.resolve("team"));
        assertThat(WindowLaunch.refusal(dir.resolve("team").resolve("new.db"), byDefault)).isNull();
    }
}
