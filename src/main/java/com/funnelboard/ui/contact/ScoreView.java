package com.funnelboard.ui.contact;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.scoring.Score;
import com.funnelboard.domain.scoring.ScoreLine;
import java.time.Clock;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The "Score" section of the selected deal: its lead score and, line by line, what earned it
 * ("+30  demo request, 3 Apr"); the lines add up to the score.
 */
final class ScoreView extends VBox {

    /** About four lines of the explanation; more scroll. */
    private static final double MAX_LINES_HEIGHT = 62;

    private final Clock clock;
    private final Locale locale;
    private final Label total = new Label();
    private final GridPane lines = new GridPane();

    ScoreView(ObservableValue<Score> score, Clock clock, Locale locale) {
        super(4);
        this.clock = clock;
        this.locale = locale;
        setId("deal-score");
        Label title = new Label("SCORE");
        title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD, "section-title");
        total.setId("deal-score-total");
        total.getStyleClass().addAll("score-badge", "score-total");
        HBox head = new HBox(8, title, total);
        head.setAlignment(Pos.CENTER_LEFT);
        lines.setId("deal-score-lines");
        lines.setHgap(10);
        lines.setVgap(1);
        // At most a few lines tall, so the checklist below keeps its room in a small window; a long
        // explanation scrolls.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the checklist below gives way, not the score
        scroll.getStyleClass().addAll("edge-to-edge", "score-lines");
        lines.heightProperty().addListener((o, a, h) -> scroll.setPrefViewportHeight(Math.min(h.doubleValue(), MAX_LINES_HEIGHT)));
        getChildren().addAll(head, scroll);
        score.addListener((o, a, s) -> show(s));
        show(score.getValue());
    }

    private void show(Score s) {
        setVisible(s != null);
        setManaged(s != null);
        lines.getChildren().clear();
        if (s == null) {
            return;
        }
        total.setText(Integer.toString(s.total()));
        int row = 0;
        if (s.lines().isEmpty()) {
            Label none = new Label("Nothing has earned points yet.");
            none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            lines.add(none, 0, 0, 2, 1);
            return;
        }
        for (ScoreLine l : s.lines()) {
            Label points = new Label(l.signedPoints());
            points.getStyleClass().addAll(Styles.TEXT_SMALL, "score-points", l.points() < 0 ? "score-minus" : "score-plus");
            points.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label what = new Label(l.describe(clock.getZone(), locale, clock.instant()));
            what.getStyleClass().add(Styles.TEXT_SMALL);
            SafeWrap.wrap(what);
            GridPane.setHalignment(points, javafx.geometry.HPos.RIGHT);
            lines.addRow(row++, points, what);
        }
    }
}
