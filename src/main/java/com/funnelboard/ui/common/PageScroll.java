package com.funnelboard.ui.common;

import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Page Down and Page Up on a scrolling page with the keyboard on the page itself: a screen at a time, less a tenth to keep the
 * reader's place. The control's own keys moved it by its small step (about 40 pixels of the Reports page), and reading the page
 * by keyboard took a press per line or two. Keys on a control inside the page (a table, a list) stay that control's.
 */
public final class PageScroll {

    private PageScroll() {}

    /** The part of the page's height one press moves. */
    static final double PAGE = 0.9;

    public static void install(ScrollPane page) {
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() != page || e.isShortcutDown() || e.isAltDown()
                    || e.getCode() != KeyCode.PAGE_DOWN && e.getCode() != KeyCode.PAGE_UP) {
                return;
            }
            double view = page.getViewportBounds().getHeight();
            double range = page.getContent().getLayoutBounds().getHeight() - view;
            if (range > 0) {
                double step = view * PAGE / range * (e.getCode() == KeyCode.PAGE_DOWN ? 1 : -1);
                page.setVvalue(Math.max(page.getVmin(), Math.min(page.getVmax(), page.getVvalue() + step)));
            }
            e.consume();
        });
    }
}
