package com.funnelboard.ui.followup;

import com.funnelboard.ui.common.Formats;
import java.time.ZoneId;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * The Today rows' time column: every row's time as wide as the longest a time can be in this locale
 * and font, whatever the text size (178 px left a gap of 60 px at 150 % while the titles beside it
 * were cut, and "12:07 …" at first).
 */
final class TimeColumn {

    private final Formats formats;
    private final ZoneId zone;
    /** The widest time a row can show in this locale, found once. */
    private String widest;

    TimeColumn(Formats formats, ZoneId zone) {
        this.formats = formats;
        this.zone = zone;
    }

    /** Sizes a time's label to the widest time of the week in its font, and a little room. */
    void fit(Label when) {
        Text probe = new Text(widestTime());
        probe.setFont(when.getFont());
        double w = Math.ceil(probe.getLayoutBounds().getWidth() + when.getFont().getSize() * 0.6);
        when.setMinWidth(w);
        when.setPrefWidth(w);
    }

    /** The widest of a week's days at its widest hour (Wednesday the 28th of a long month, 12:59 PM), as this locale writes them. */
    String widestTime() {
        if (widest == null) {
            Text probe = new Text();
            String best = "";
            for (int m = 1; m <= 12; m++) {
                for (int d = 22; d <= 28; d++) {
                    String s = formats.weekdayTime(java.time.LocalDateTime.of(2026, m, d, 12, 59).atZone(zone));
                    probe.setText(s);
                    double w = probe.getLayoutBounds().getWidth();
                    probe.setText(best);
                    if (w > probe.getLayoutBounds().getWidth()) {
                        best = s;
                    }
                }
            }
            widest = best;
        }
        return widest;
    }
}
