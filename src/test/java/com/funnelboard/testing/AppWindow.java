package com.funnelboard.testing;

import atlantafx.base.theme.PrimerLight;
import com.funnelboard.app.DesktopApp;
import com.funnelboard.store.Store;
import com.funnelboard.ui.shell.MainView;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Shows the real main window over a test database, as the app's composition root builds it. */
public final class AppWindow {

    private AppWindow() {}

    /**
     * A small window in the app's theme and with its stylesheet, shown on {@code stage}, to own a
     * dialog opened on its own: the dialog is drawn as in the app (JavaFX's own theme, which a test
     * otherwise gets when it runs first in its JVM, draws narrower cells and buttons).
     */
    public static void owner(Stage stage) {
        stage.setScene(AppTheme.scene(new javafx.scene.layout.Pane(), 200, 100));
        stage.sizeToScene();
        stage.show();
    }

    /** Call from a TestFX {@code @Start} method; close the returned app after the test. */
    public static DesktopApp show(Stage stage, Store store) {
        return show(stage, store, java.util.function.UnaryOperator.identity());
    }

    /** As {@link #show(Stage, Store)}, with what the board reads wrapped by the composition root (a fault put in). */
    public static DesktopApp show(Stage stage, Store store, java.util.function.UnaryOperator<com.funnelboard.service.BoardReads> boardReads) {
        return show(stage, store, boardReads, 1000, 800);
    }

    /** As {@link #show(Stage, Store, java.util.function.UnaryOperator)}, in a window of a given size. */
    public static DesktopApp show(Stage stage, Store store, java.util.function.UnaryOperator<com.funnelboard.service.BoardReads> boardReads,
            double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DesktopApp app = DesktopApp.create(store, Fixtures.CLOCK, Locale.ENGLISH, boardReads);
        MainView view = app.build();
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(DesktopApp.stylesheet());
        stage.setScene(scene);
        // TestFX gives every test class of a JVM the same stage: one that made it 1,024 pixels wide
        // left it so for the next (the classes' order is not alphabetical when they run side by side).
        stage.sizeToScene();
        stage.show();
        view.start();
        return app;
    }
}
