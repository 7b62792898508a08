package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The command line beside the open window, each in its own process: a command writes while the
 * window holds the database, and the window shows it within a second or two; a second window is
 * refused in one sentence.
 */
@ExtendWith(ApplicationExtension.class)
class CommandBesideWindowUiTest {

    @TempDir
    Path dir;

    Path db;
    Store store;
    DesktopApp app;

    @Start
    void start(javafx.stage.Stage stage) {
        db = dir.resolve("pipeline.db");
        store = Store.open(db, Fixtures.CLOCK, null, Store.Access.WINDOW); // as DesktopApp.run opens it
        Fixtures.deal(store, "Already here", Stage.LEAD, 1000_00L);
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
    void aCommandWritesBesideTheOpenWindowAndTheBoardShowsItAtOnce(FxRobot robot) throws Exception {
        BoardUiTest.card(robot, "Already here");

        Run r = funnelboard("--db", db.toString(), "deals", "add", "--title", "From the terminal", "--contact", "Grace Hopper");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Added \"From the terminal\"").contains("in Lead");
        long shownAfter = System.nanoTime();
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> onBoard(robot, "From the terminal", "Grace Hopper"));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - shownAfter)).as("shown within a couple of seconds").isLessThan(3000);
        assertThat(BoardUiTest.titlesIn(robot, Stage.LEAD)).contains("From the terminal", "Already here");
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> "2".equals(robot.lookup("#count-lead").queryLabeled().getText()));
    }

    @Test
    void aSecondWindowOnTheSameDatabaseIsRefusedInOneSentence() throws Exception {
        Run r = funnelboard("--db", db.toString());

        assertThat(r.exit()).isEqualTo(com.funnelboard.cli.ExitCodes.REFUSED);
        assertThat(r.err().lines().toList()).containsExactly("Funnelboard already has a window open on " + db.toRealPath()
                + "; switch to that window (commands still work beside it).");
    }
}
