package com.funnelboard.app;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Share files the operating system asks the running app to open without a command line. On macOS,
 * a double-click in Finder or "Open With" starts the app (or reaches the running one) with no
 * argument: the file comes as Apple's open-documents event, which AWT's desktop API passes on. Files
 * that arrive while the window is still starting are held, then offered one at a time, as a file
 * handed over by a second launch is. Linux and Windows pass the file as an argument instead (see
 * {@link SingleInstance}), so nothing listens there.
 */
final class OpenedFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OpenedFiles.class);

    /** Where the operating system's open-documents events come from. */
    interface Source {
        /** Starts passing every list of files asked to be opened to {@code files}; false when this system has no such events. */
        boolean listen(Consumer<List<Path>> files);
    }

    /** AWT's desktop API (JEP 272): Apple's open-documents events on macOS; no such events elsewhere. */
    static final Source DESKTOP = files -> {
        if (!java.awt.Desktop.isDesktopSupported() || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.APP_OPEN_FILE)) {
            return false;
        }
        java.awt.Desktop.getDesktop().setOpenFileHandler(e -> files.accept(e.getFiles().stream().map(File::toPath).toList()));
        return true;
    };

    private final List<Path> held = new ArrayList<>();
    private Consumer<Path> window;

    private OpenedFiles() {}

    /** Listens to {@code source} on macOS ({@code os} is the os.name property); elsewhere holds nothing, ever. */
    static OpenedFiles listen(String os, Source source) {
        OpenedFiles opened = new OpenedFiles();
        if (os != null && os.toLowerCase(Locale.ROOT).startsWith("mac")) {
            try {
                if (!source.listen(opened::arrived)) {
                    LOG.warn("This system does not pass on files opened from Finder; open them with File \u2192 Merge share file\u2026");
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Files opened from Finder cannot reach the window; open them with File \u2192 Merge share file\u2026", e);
            }
        }
        return opened;
    }

    /** Files the system asked to open: offered now when the window is ready, else held until it is. */
    synchronized void arrived(List<Path> files) {
        for (Path f : files) {
            if (window == null) {
                held.add(f);
            } else {
                window.accept(f);
            }
        }
    }

    /** The window is ready: every file held is offered to it, in the order asked, and every later one at once. */
    synchronized void deliverTo(Consumer<Path> offer) {
        window = offer;
        held.forEach(offer);
        held.clear();
    }
}
