package com.funnelboard.ui.common;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Waiting until the window has laid out what was just put in it, so the next work does not compete with that frame. */
public final class NextFrame {

    private NextFrame() {}

    /**
     * Completes on the FX thread once {@code scene} has laid out its next frame (what was put in it
     * before the call is then drawn), or after {@code fallback} when no frame comes because the scene
     * is in no window that shows; at once when there is no scene.
     */
    public static CompletableFuture<Void> of(Scene scene, Duration fallback) {
        CompletableFuture<Void> laidOut = new CompletableFuture<>();
        if (scene == null) {
            laidOut.complete(null);
            return laidOut;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            laidOut.complete(null);
        };
        Runnable listen = () -> {
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        };
        if (Platform.isFxApplicationThread()) {
            listen.run();
        } else {
            Platform.runLater(listen);
        }
        CompletableFuture.delayedExecutor(fallback.toMillis(), TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(once[0]));
        return laidOut;
    }
}
