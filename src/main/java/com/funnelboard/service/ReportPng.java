package com.funnelboard.service;

import com.funnelboard.store.Store;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Writes a chart's picture as a PNG file: the pixels the page took of the chart, replaced whole or
 * not at all (a temporary file beside it, then moved), never onto the open database.
 */
public final class ReportPng {

    /** A picture as rows of ARGB pixels, top to bottom. */
    public record Picture(int width, int height, int[] argb) {
        public Picture {
            Objects.requireNonNull(argb, "argb");
            if (width <= 0 || height <= 0 || argb.length != width * height) {
                throw new IllegalArgumentException("A picture of " + width + " × " + height + " has " + argb.length + " pixels");
            }
        }
    }

    private final Store store;

    public ReportPng(Store store) {
        this.store = store;
    }

    public void write(Path file, Picture picture) {
        OutputFiles.refuseDatabase(store, file);
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
        OutputFiles.replaceWholeBytes(file, ".png", out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("No PNG writer");
            }
        });
    }
}
