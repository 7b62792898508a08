package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Handing an address to the computer's launcher: its failures are sentences, not silence. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SystemLinksTest {

    @Test
    void aLauncherThatFindsNoProgramIsSaidAndOneThatTakesItIsQuiet() throws IOException {
        assertThatThrownBy(() -> new SystemLinks(List.of("false")).open("mailto:ida@x.example")).isInstanceOf(IOException.class)
                .hasMessage("no program on this computer opens mailto: addresses (false found none)");
        assertThatThrownBy(() -> new SystemLinks(List.of("sh", "-c", "exit 4", "launcher")).open("tel:+49-30-1234"))
                .hasMessage("the program set for tel: addresses failed to open it");
        assertThatThrownBy(() -> new SystemLinks(List.of("funnelboard-no-such-launcher")).open("tel:+49-30-1234"))
                .hasMessage("no program on this computer opens tel: addresses (funnelboard-no-such-launcher is not installed)");
        new SystemLinks(List.of("true")).open("mailto:ida@x.example");
    }

    @Test
    void eachSystemHasItsLauncher() {
        assertThat(new SystemLinks("Linux").command()).containsExactly("xdg-open");
        assertThat(new SystemLinks("Mac OS X").command()).containsExactly("open");
        assertThat(new SystemLinks("Windows 11").command()).containsExactly("rundll32", "url.dll,FileProtocolHandler");
    }
}
