package com.funnelboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for the start-up benchmark: a one-label JavaFX window started on the same runtime with
 * the same options as the app. Writes the wall-clock time of its first laid-out frame to the file
 * named by {@code funnelboard.readyFile}, then closes.
 */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Funnelboard"), 400, 200);
        stage.setScene(scene);
        stage.show();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            try {
                Files.writeString(Path.of(System.getProperty("funnelboard.readyFile")), Long.toString(System.currentTimeMillis()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
