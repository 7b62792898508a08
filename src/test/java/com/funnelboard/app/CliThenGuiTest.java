package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.cli.RootCommand;
import com.funnelboard.domain.Stage;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What a script writes through the command line, the desktop app started afterwards shows. */
@ExtendWith(ApplicationExtension.class)
class CliThenGuiTest {

    @TempDir
    static Path dir;

    DesktopApp app;
    Store store;

    static int cli(Path db, String... args) {
        StringWriter out = new StringWriter();
        var cmd = RootCommand.commandLine(db, (p, tell) -> {
            throw new AssertionError("no GUI from a command");
        }, Fixtures.CLOCK, Locale.ENGLISH, args); // the named command's model only, as the launcher builds it
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(new StringWriter(), true));
        int code = cmd.execute(args);
        assertThat(code).as(String.join(" ", args)).isZero();
        return code;
    }

    @Start
    void start(javafx.stage.Stage stage) {
        Path db = dir.resolve("shared.db");
        cli(db, "deals", "add", "--title", "Scripted lead", "--contact", "Ada Lovelace", "--org", "Analytical Engines", "--value", "4200");
        cli(db, "deals", "add", "--title", "Scripted prospect", "--contact", "Charles Babbage");
        StringWriter ids = new StringWriter();
        String[] search = {"deals", "list", "--search", "Scripted prospect", "--json"};
        var list = RootCommand.commandLine(db, (p, tell) -> 0, Fixtures.CLOCK, Locale.ENGLISH, search);
        list.setOut(new PrintWriter(ids, true));
        list.execute(search);
        String id = ids.toString().replaceAll("(?s)^.*?\"id\" : \"([0-9a-f-]{36})\".*", "$1");
        cli(db, "move", id, "--to", "prospect", "--override", "Introduced by a partner");
        store = Store.open(db, Fixtures.CLOCK);
        app = AppWindow.show(stage, store);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theBoardShowsDealsWrittenByTheCommandLine(FxRobot robot) {
        BoardUiTest.card(robot, "Scripted lead");
        assertThat(BoardUiTest.titlesIn(robot, Stage.LEAD)).containsExactly("Scripted lead");
        assertThat(BoardUiTest.titlesIn(robot, Stage.PROSPECT)).containsExactly("Scripted prospect");
        assertThat(robot.lookup(n -> n instanceof Labeled l && "Ada Lovelace · Analytical Engines".equals(l.getText())).tryQuery())
                .isPresent();
    }
}
