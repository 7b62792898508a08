package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Share files opened from macOS's Finder reach the window: those that arrive while it starts are
 * held and offered in order once it is ready, later ones at once; other systems (which pass files
 * as arguments) never listen, and AWT's desktop API has no such events on them.
 */
class OpenedFilesTest {

    /** A system's events, sent by hand. */
    static final class Events implements OpenedFiles.Source {
        Consumer<List<Path>> sink;
        boolean asked;

        @Override
        public boolean listen(Consumer<List<Path>> files) {
            asked = true;
            sink = files;
            return true;
        }
    }

    @Test
    void filesOpenedWhileTheWindowStartsAreOfferedInOrderOnceItIsReadyAndLaterOnesAtOnce() {
        Events events = new Events();
        OpenedFiles opened = OpenedFiles.listen("Mac OS X", events);
        assertThat(events.asked).isTrue();
        events.sink.accept(List.of(Path.of("/Users/ida/Downloads/team.funnel"), Path.of("/Users/ida/Downloads/rep.funnel")));
        List<Path> offered = new ArrayList<>();
        assertThat(offered).isEmpty();
        opened.deliverTo(offered::add);
        assertThat(offered).containsExactly(Path.of("/Users/ida/Downloads/team.funnel"), Path.of("/Users/ida/Downloads/rep.funnel"));
        events.sink.accept(List.of(Path.of("/Users/ida/Desktop/later.funnel")));
        assertThat(offered).endsWith(Path.of("/Users/ida/Desktop/later.funnel")).hasSize(3);
    }

    @Test
    void otherSystemsDoNotListenAndASystemWithoutEventsIsNoFailure() {
        Events events = new Events();
        OpenedFiles.listen("Linux", events);
        OpenedFiles.listen("Windows 11", events);
        assertThat(events.asked).isFalse();
        AtomicReference<Path> offered = new AtomicReference<>();
        OpenedFiles.listen("Mac OS X", files -> false).deliverTo(offered::set);
        OpenedFiles.listen("Mac OS X", files -> {
            throw new UnsupportedOperationException("no desktop");
        }).deliverTo(offered::set);
        assertThat(offered).hasNullValue();
    }

    @Test
    void awtHasNoOpenDocumentsEventsOnLinux() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        assertThat(OpenedFiles.DESKTOP.listen(files -> { })).isFalse();
    }
}
