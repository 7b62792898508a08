package com.funnelboard.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a headless test sees to target/screenshots, so a reviewer can look at it. */
public final class Snapshots {

    private Snapshots() {}

    /**
     * Call on the FX thread. Saves nothing when the test run draws no frames (the default, see pom.xml):
     * {@code ./mvnw test -Dtests.skipDrawing=false} saves the screenshots.
     */
    public static Path save(Scene scene, String name) {
        if (Boolean.getBoolean("quantum.norenderjobs")) {
            return null;
        }
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
