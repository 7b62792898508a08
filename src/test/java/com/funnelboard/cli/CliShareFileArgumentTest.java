package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A share file named on the command line (the desktop's "Open with Funnelboard") opens the window to merge it. */
class CliShareFileArgumentTest {

    @TempDir
    Path dir;

    final Clock clock = Clock.fixed(Fixtures.NOW, ZoneId.of("Europe/Berlin"));
    final List<String> opened = new ArrayList<>();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        WindowLauncher window = new WindowLauncher() {
            @Override
            public int open(Path database, Consumer<String> tell) {
                opened.add(database.getFileName() + "");
                return 0;
            }

            @Override
            public int open(Path database, Path shareFile, Consumer<String> tell) {
                opened.add(database.getFileName() + " + " + dir.relativize(shareFile));
                return 0;
            }
        };
        CommandLine cmd = RootCommand.commandLine(dir.resolve("pipeline.db"), window, clock, Locale.UK, args);
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void aShareFileOpensTheWindowOnTheDatabaseToMergeIt() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Path share = Files.createFile(dir.resolve("in/Ida Berg.funnel"));
        assertThat(run(share.toString())).isZero();
        assertThat(run("--db", dir.resolve("other.db").toString(), share.toString())).isZero();
        assertThat(run()).isZero();
        assertThat(opened).containsExactly("pipeline.db + in/Ida Berg.funnel", "other.db + in/Ida Berg.funnel", "pipeline.db");
    }

    @Test
    void aWordThatIsNeitherACommandNorAFileIsAUsageError() {
        assertThat(run("dealz")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("dealz", "Did you mean", "deals");
        assertThat(run(dir.resolve("missing.funnel").toString())).as("a share file that is not there is bad input, no command meant")
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("There is no share file " + dir.resolve("missing.funnel"));
        assertThat(run("follow-ups", "export", "--ics", dir.resolve("f.ics").toString())).as("a mistyped command before another word")
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("follow-ups", "followups");
        assertThat(opened).isEmpty();
    }
}
