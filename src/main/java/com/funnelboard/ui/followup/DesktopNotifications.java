package com.funnelboard.ui.followup;

import java.io.File;
import java.util.Locale;

/**
 * The operating system's notifications: {@code notify-send} (libnotify) on Linux, the system tray's
 * balloon on Windows and macOS. Where neither exists the in-app toast is the reminder. (On Linux
 * AWT is not touched: starting it beside the JavaFX toolkit makes GTK print warnings.)
 */
public final class DesktopNotifications {

    private final boolean enabled;
    private java.awt.TrayIcon tray;

    /** @param enabled false in tests and on headless machines */
    public DesktopNotifications(boolean enabled) {
        this.enabled = enabled;
    }

    /** Shows a notification; returns whether the operating system took it. */
    public boolean notify(String title, String body) {
        if (!enabled) {
            return false;
        }
        try {
            if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
                if (onPath("notify-send")) {
                    new ProcessBuilder("notify-send", "--app-name=Funnelboard", title, markupText(body)).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    return true;
                }
                return false;
            }
            if (java.awt.SystemTray.isSupported()) {
                if (tray == null) {
                    java.awt.Image icon = java.awt.Toolkit.getDefaultToolkit()
                            .getImage(DesktopNotifications.class.getResource("/com/funnelboard/app/icons/funnelboard-32.png"));
                    tray = new java.awt.TrayIcon(icon, "Funnelboard");
                    tray.setImageAutoSize(true);
                    java.awt.SystemTray.getSystemTray().add(tray);
                }
                tray.displayMessage(title, body, java.awt.TrayIcon.MessageType.INFO);
                return true;
            }
        } catch (Exception | Error e) {
            // No desktop notifications here: the toast in the window remains.
            org.slf4j.LoggerFactory.getLogger(DesktopNotifications.class).warn("No desktop notification; the reminder shows in the window", e);
        }
        return false;
    }

    /**
     * The body as text in the markup notification servers read there (GNOME, KDE, dunst, mako): "&", "<" and ">" escaped, so
     * that "R&D <b>Tools</b>" or a contact "Al <al@x>" show as written (an address vanished as an unknown tag).
     */
    static String markupText(String body) {
        return body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
