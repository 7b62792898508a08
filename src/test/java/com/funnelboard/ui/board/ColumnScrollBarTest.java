package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.funnelboard.testing.UiRobot;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A column of tens of thousands of cards keeps a scroll bar thumb big enough to grab. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ColumnScrollBarTest {

    static final double GRABBABLE = 24;

    ListView<String> list;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        list = new ListView<>(FXCollections.observableArrayList(java.util.stream.IntStream.range(0, 40_000).mapToObj(i -> "Deal " + i).toList()));
        list.getStyleClass().add("card-list");
        list.setFixedCellSize(DealCardCell.HEIGHT);
        Scene scene = new Scene(list, 260, 600);
        scene.getStylesheets().add(ColumnScrollBarTest.class.getResource("/com/funnelboard/ui/funnelboard.css").toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene(); // the stage is shared with the JVM's other test classes
        stage.show();
    }

    @Test
    void theThumbStaysGrabbableWithFortyThousandCards(FxRobot robot) {
        UiRobot.settle();
        ScrollBar bar = robot.lookup(".scroll-bar").match((ScrollBar b) -> b.getOrientation() == Orientation.VERTICAL && b.isVisible())
                .queryAs(ScrollBar.class);
        Region thumb = (Region) bar.lookup(".thumb");
        assertThat(thumb.getHeight()).as("thumb %s × %s in a bar %s wide", thumb.getWidth(), thumb.getHeight(), bar.getWidth())
                .isGreaterThanOrEqualTo(GRABBABLE);
        robot.interact(() -> list.scrollTo(39_990));
        UiRobot.settle();
        Node last = thumb;
        assertThat(last.getBoundsInParent().getMaxY()).as("at the end, the thumb stays inside the track").isLessThanOrEqualTo(bar.getHeight() + 0.5);
    }
}
