package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team folder that is gone (a USB stick taken out) is said so: "cannot be read: /media/usb/team" gave the path as its reason. */
class TeamFolderGoneTest {

    @TempDir
    Path dir;

    @Test
    void aFolderThatIsGoneIsSaidSo() {
        Path stick = dir.resolve("usb/team");
        assertThatThrownBy(() -> TeamFolder.shareFiles(stick)).hasMessage("The folder is not there (a drive or USB stick taken out?), so the "
                + "team folder cannot be read (" + stick + ")");
    }
}
