package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan OneVoiceUiTest runs over the window's texts finds a key where one is shown (no window needed). */
class KeysShownScanTest {

    /** Was OneVoiceUiTest.theScanFindsAKeyWhereOneIsShown, which started a window it did not use. */
    @Test
    void theScanFindsAKeyWhereOneIsShown() {
        assertThat(OneVoiceUiTest.keysIn(List.of("Follow-up: email", "Source · cold-email", "CALL", "Alt+C call · Alt+E email")))
                .containsExactly("Follow-up: email", "Source · cold-email", "CALL");
    }
}
