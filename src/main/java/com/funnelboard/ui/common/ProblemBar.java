package com.funnelboard.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The status bar's part for failed background work: the latest problem's sentence ("and 2 more"
 * when there are others), a Retry link that runs every failed work again, and a button that hides
 * them. Hidden while nothing has failed.
 */
public final class ProblemBar extends HBox {

    public ProblemBar(Problems problems) {
        super(8);
        setId("problem-bar");
        getStyleClass().add("problem-bar");
        setAlignment(Pos.CENTER_LEFT);
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        icon.getStyleClass().add("problem-icon");
        Label text = new Label();
        text.setId("problem-text");
        text.getStyleClass().add(Styles.DANGER);
        text.setMinWidth(0);
        text.setWrapText(false);
        Label more = new Label();
        more.setId("problem-more");
        more.getStyleClass().add(Styles.TEXT_MUTED);
        Hyperlink retry = new Hyperlink("Retry");
        retry.setId("problem-retry");
        retry.setFocusTraversable(false);
        retry.setOnAction(e -> problems.retryAll());
        Button dismiss = new Button(null, new FontIcon(Feather.X));
        dismiss.setId("problem-dismiss");
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        dismiss.setTooltip(new Tooltip("Hide"));
        dismiss.setFocusTraversable(false);
        dismiss.setOnAction(e -> problems.dismissAll());
        getChildren().setAll(icon, text, more, retry, dismiss);
        // A long sentence is cut (the whole of it is in its tooltip); the count, Retry and × never are.
        for (javafx.scene.layout.Region fixed : new javafx.scene.layout.Region[] {more, retry, dismiss}) {
            fixed.setMinWidth(USE_PREF_SIZE);
        }
        setMinWidth(0);
        javafx.scene.layout.HBox.setHgrow(text, javafx.scene.layout.Priority.SOMETIMES);

        Runnable show = () -> {
            Problems.Problem p = problems.latestProperty().get();
            int n = problems.countProperty().get();
            text.setText(p == null ? "" : p.sentence());
            text.setTooltip(p == null ? null : new Tooltip(p.sentence()));
            more.setText(n > 1 ? "and " + (n - 1) + " more" : "");
            more.setVisible(n > 1);
            more.setManaged(n > 1);
            retry.setVisible(problems.canRetry());
            retry.setManaged(retry.isVisible());
            setVisible(p != null);
            setManaged(p != null);
        };
        problems.latestProperty().addListener((o, a, b) -> show.run());
        problems.countProperty().addListener((o, a, b) -> show.run());
        show.run();
    }
}
