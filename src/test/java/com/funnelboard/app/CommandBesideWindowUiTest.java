package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.cli.RootCommand;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.store.StoreAccess;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The command line and the window on one database: what a script wrote through the command line
 * the window started afterwards shows; a command in its own process writes while the window holds
 * the database, and the window shows it within a second or two; a second window is refused in one
 * sentence.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class CommandBesideWindowUiTest {

    @TempDir
    Path dir;

    Path db;
    Store store;
    DesktopApp app;

    /** A command run in this JVM, as the launcher builds it: the named command's model only. */
    static String cli(Path db, String... args) {
        StringWriter out = new StringWriter();
        var cmd = RootCommand.commandLine(db, (p, tell) -> {
            throw new AssertionError("no GUI from a command");
        }, Fixtures.CLOCK, Locale.ENGLISH, args);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cmd.execute(args)).as(String.join(" ", args)).isZero();
        return out.toString();
    }

    @Start
    void start(javafx.stage.Stage stage) {
        db = dir.resolve("pipeline.db");
        cli(db, "deals", "add", "--title", "Scripted lead", "--contact", "Ada Lovelace", "--org", "Analytical Engines", "--value", "4200");
        cli(db, "deals", "add", "--title", "Scripted prospect", "--contact", "Charles Babbage");
        String found = cli(db, "deals", "list", "--search", "Scripted prospect", "--json");
        String id = found.replaceAll("(?s)^.*?\"id\" : \"([0-9a-f-]{36})\".*", "$1");
        cli(db, "move", id, "--to", "prospect", "--override", "Introduced by a partner");
        store = Store.open(db, Fixtures.CLOCK, null, StoreAccess.WINDOW); // as DesktopApp.run opens it
        app = AppWindow.show(stage, store);
    }

    @AfterEach
    void close() {
        app.close();
    }

    record Run(int exit, String out, String err) {}

    /** Runs the program (com.funnelboard.app.Main) in a JVM of its own, with no display. */
    Run funnelboard(String... args) throws IOException, InterruptedException {
        List<String> command = com.funnelboard.testing.ChildJvm.command(List.of("-Djava.awt.headless=true", "-Dorg.sqlite.tmpdir=" + dir,
                "-Duser.home=" + dir), Main.class, args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no exit within 60 s: " + String.join(" ", args));
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    static boolean onBoard(FxRobot robot, String title, String contact) {
        return robot.lookup(n -> n instanceof ListCell<?> c && c.getItem() instanceof DealCard d && d.title().equals(title)
                && d.contactName().equals(contact)).tryQuery().isPresent();
    }

    @Test
    void theWindowShowsWhatCommandsWroteBeforeAndBesideItAndASecondWindowIsRefused(FxRobot robot) throws Exception {
        BoardUiTest.card(robot, "Scripted lead");
        assertThat(BoardUiTest.titlesIn(robot, Stage.LEAD)).containsExactly("Scripted lead");
        assertThat(BoardUiTest.titlesIn(robot, Stage.PROSPECT)).containsExactly("Scripted prospect");
        assertThat(robot.lookup(n -> n instanceof Labeled l && "Ada Lovelace \u00B7 Analytical Engines".equals(l.getText())).tryQuery())
                .isPresent();

        Run r = funnelboard("--db", db.toString(), "deals", "add", "--title", "From the terminal", "--contact", "Grace Hopper");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Added \"From the terminal\"").contains("in Lead");
        long shownAfter = System.nanoTime();
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> onBoard(robot, "From the terminal", "Grace Hopper"));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - shownAfter)).as("shown within a couple of seconds").isLessThan(3000);
        assertThat(BoardUiTest.titlesIn(robot, Stage.LEAD)).contains("From the terminal", "Scripted lead");
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> "2".equals(robot.lookup("#count-lead").queryLabeled().getText()));

        Run second = funnelboard("--db", db.toString());

        assertThat(second.exit()).isEqualTo(com.funnelboard.cli.ExitCodes.REFUSED);
        assertThat(second.err().lines().toList()).containsExactly("Funnelboard already has a window open on " + db.toRealPath()
                + "; switch to that window (commands still work beside it).");
    }
}
