package com.funnelboard.ui.common;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Something set up once on the window a node is in, now or once it is in one (the window's own keys). */
public final class InWindow {

    private InWindow() {}

    /** Runs {@code setUp} on the scene of {@code node} — once per scene for each {@code key}, however often asked. */
    public static void once(Node node, Object key, Consumer<Scene> setUp) {
        Consumer<Scene> onScene = scene -> {
            if (scene.getProperties().putIfAbsent(key, Boolean.TRUE) == null) {
                setUp.accept(scene);
            }
        };
        if (node.getScene() != null) {
            onScene.accept(node.getScene());
        }
        node.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                onScene.accept(now);
            }
        });
    }
}
