package com.funnelboard.testing;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The app's light theme and its stylesheet for a test's scene, whatever theme the JVM's previous
 * test left (JavaFX's own theme, which a test gets when it runs first in its JVM, draws narrower
 * cells and buttons than the app does).
 */
public final class AppTheme {

    private AppTheme() {}

    /** A scene of {@code root} drawn as the app draws it. Call on the FX thread. */
    public static Scene scene(Parent root, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(AppTheme.class.getResource("/com/funnelboard/ui/funnelboard.css").toExternalForm());
        return scene;
    }
}
