package com.funnelboard.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a desktop notification's body holds: servers read it as markup, so the text is escaped to show as written. */
class DesktopNotificationsTest {

    @Test
    void theBodyIsEscapedForTheServersMarkup() {
        assertThat(DesktopNotifications.markupText("Call Al <al@x> \u00b7 R&D <b>Tools</b> & more \u2014 5 < 6"))
                .isEqualTo("Call Al &lt;al@x&gt; \u00b7 R&amp;D &lt;b&gt;Tools&lt;/b&gt; &amp; more \u2014 5 &lt; 6");
        assertThat(DesktopNotifications.markupText("&amp;")).as("escaped once more: shown as typed").isEqualTo("&amp;amp;");
    }
}
