package com.funnelboard.app;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A small window saying what a slow opening of the database does (the whole check of a large file
 * from elsewhere, an upgrade, scoring every deal), shown only once the opening has taken a moment
 * (see {@link com.funnelboard.service.SlowSteps}) and closed before the main window shows: without
 * it nothing at all appeared for as long as the check took.
 */
final class OpeningNotice {

    private final DesktopToolkit toolkit;
    private Stage stage;
    private Label text;
    private volatile boolean over;

    OpeningNotice(DesktopToolkit toolkit) {
        this.toolkit = toolkit;
    }

    /** Shows {@code step}, in the notice's window (opened by the first step). Called from any thread. */
    void say(String step) {
        try {
            toolkit.run(() -> {
                if (over) {
                    return; // the opening ended while this step was on its way
                }
                if (stage == null) {
                    open(step);
                } else {
                    text.setText(step);
                    stage.sizeToScene();
                }
            });
        } catch (RuntimeException | Error noDisplay) {
            // No display: the window will say why it cannot open; the step is only news.
            org.slf4j.LoggerFactory.getLogger(OpeningNotice.class).info("{}", step);
        }
    }

    private void open(String step) {
        // Closing this window must not end the toolkit: the main window (or a dialog) comes next, and the launch ends it.
        javafx.application.Platform.setImplicitExit(false);
        // The database's own choice of theme is not read yet: the system's is followed, as the window does by default.
        boolean dark = javafx.application.Platform.getPreferences().getColorScheme() == javafx.application.ColorScheme.DARK;
        Application.setUserAgentStylesheet(dark ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        text = new Label(step);
        SafeWrap.wrap(text);
        text.setPrefWidth(380);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setId("opening-step");
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(14, text, bar);
        box.setPadding(new Insets(20));
        stage = new Stage();
        stage.setTitle("Funnelboard");
        stage.setScene(new Scene(box));
        stage.setResizable(false);
        stage.show();
    }

    /**
     * Ends the notice: a step still on its way shows nothing, and the window is closed if {@code shown}
     * (the main window or a dialog follows). When nothing was shown this does not wait for the
     * toolkit, which is still starting beside the opening on the quick path to the first frame.
     */
    void close(boolean shown) {
        over = true;
        if (!shown || toolkit.exited()) {
            return;
        }
        try {
            toolkit.run(() -> {
                if (stage != null) {
                    stage.close();
                    stage = null;
                }
            });
        } catch (RuntimeException | Error noDisplay) {
            // nothing was shown
        }
    }
}
