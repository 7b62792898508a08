package com.funnelboard.app;

import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.KeptTyping;
import com.funnelboard.service.SetupService;
import com.funnelboard.service.ZoneChange;
import com.funnelboard.ui.common.Problems;
import com.funnelboard.ui.common.UiExecutors;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the window says once it has started: a time zone other than the last start's, the records whose typing was
 * kept from before a quit or a crash, and a lead being added then. The latter is said again as those records are saved (opening one saves its typing),
 * and goes once none waits: "Typing kept … waits in “Pilot” …" stayed in the status bar after “Pilot” was opened and saved,
 * naming its old title.
 */
final class StartNotice {

    private final KeptTyping kept;
    private final SetupService zones;
    private final Clock clock;
    private final Locale locale;
    private final UiExecutors executors;
    private final Problems problems;
    private final Supplier<String> shown;
    private final Consumer<String> status;
    /** What this said last, while the status bar still shows it; null once something else is said. */
    private String said;

    StartNotice(KeptTyping kept, SetupService zones, Clock clock, Locale locale, UiExecutors executors, Problems problems, Supplier<String> shown,
            Consumer<String> status) {
        this.kept = kept;
        this.zones = zones;
        this.clock = clock;
        this.locale = locale;
        this.executors = executors;
        this.problems = problems;
        this.shown = shown;
        this.status = status;
    }

    /** Says it (FX thread). */
    void tell() {
        problems.logFailure("What the start had to say could not be read", executors.supply(() -> new String[] {
            ZoneChange.sinceLastStart(zones, clock.getZone(), clock.instant(), locale), typing()})
                .thenAccept(s -> javafx.application.Platform.runLater(() -> {
                    if (s[0] == null && s[1] == null) {
                        return;
                    }
                    // After what the start said already (the conflicts waiting, the team folder's merge), in the one status line:
                    // whichever came last was all that was seen.
                    String before = shown.get();
                    prefix = (before == null || before.isBlank() ? "" : before.strip() + " ") + (s[0] == null ? "" : s[0] + " ");
                    typingSaid = s[1];
                    said = (prefix + (s[1] == null ? "" : s[1])).strip();
                    status.accept(said);
                    watch();
                })));
    }

    /** What the status showed before this spoke, and the zone's sentence: kept in front of the typing's as it follows. */
    private String prefix = "";
    /** The typing's own sentence as last said (null: none). */
    private String typingSaid;

    /** How often the typing said to wait is looked at again while the status bar says it. */
    static final javafx.util.Duration LOOK_AGAIN = javafx.util.Duration.seconds(2);
    private javafx.animation.Timeline looking;

    /**
     * Looks again every {@link #LOOK_AGAIN} while the status bar shows what this said (FX thread). Typing forgotten
     * because its field was changed since it was typed writes nothing shared, so no change says it: the sentence kept
     * naming it ("… waits in Hans-Jürgen …: it is saved when you open it") after the record had been opened.
     */
    private void watch() {
        if (looking != null) {
            return;
        }
        looking = new javafx.animation.Timeline(new javafx.animation.KeyFrame(LOOK_AGAIN, e -> {
            // Stops once something else is said, or once no typing waits any more (it read the file every 2 s for good).
            if (said == null || !said.equals(shown.get()) || typingSaid == null) {
                looking.stop();
                looking = null;
                said = null;
                return;
            }
            again();
        }));
        looking.setCycleCount(javafx.animation.Animation.INDEFINITE);
        looking.play();
    }

    /** Says the kept typing again after each change while the status bar still shows what this said (from any thread). */
    void follow(ChangeFeed feed) {
        feed.subscribe(n -> javafx.application.Platform.runLater(this::again));
    }

    /**
     * The records whose typing waits, and a lead being added when the window closed (it came back only once Ctrl+N was
     * pressed, and nothing said it waited there). Null when nothing waits. Reads the database.
     */
    private String typing() {
        String records = KeptTyping.sentence(kept.waiting());
        String lead = zones.draft("new-lead").isEmpty() ? null : "The lead you were adding waits in New lead (Ctrl+N).";
        return records == null ? lead : lead == null ? records : records + " " + lead;
    }

    private void again() {
        String before = said;
        if (before == null || !before.equals(shown.get())) {
            said = null;
            return;
        }
        problems.logFailure("What the start had to say could not be read", executors.supply(this::typing)
                .thenAccept(typing -> javafx.application.Platform.runLater(() -> {
                    if (!before.equals(shown.get()) || java.util.Objects.equals(typingSaid, typing)) {
                        return;
                    }
                    typingSaid = typing;
                    said = (prefix + (typing == null ? "" : typing)).strip();
                    status.accept(said);
                })));
    }
}
