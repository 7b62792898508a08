package com.funnelboard.app;

import com.funnelboard.service.ChangeFeed;
import com.funnelboard.store.Store;
import com.funnelboard.ui.common.Problems;
import com.funnelboard.ui.common.UiExecutors;
import com.funnelboard.ui.shell.MainView;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Sharing in the window: share files, the conflicts view and the team folder's sync, put in by the composition root. */
final class SharingParts {

    private SharingParts() {}

    /** Builds the sharing dialogs and the team folder's sync over {@code store}, adds their menu item, and returns the dialogs. */
    static com.funnelboard.ui.share.ShareDialogs install(MainView main, Store store, ChangeFeed feed, UiExecutors executors, Problems problems,
            BackgroundWork work, Consumer<String> status, Supplier<javafx.stage.Window> owner, Clock clock, Locale locale) {
        com.funnelboard.service.ShareService shareService = new com.funnelboard.service.ShareService(store);
        com.funnelboard.ui.share.ShareViewModel shareModel = new com.funnelboard.ui.share.ShareViewModel(shareService, executors);
        com.funnelboard.service.TeamFolder team = new com.funnelboard.service.TeamFolder(store, shareService);
        TeamSync teamSync = new TeamSync(team, feed, problems, s -> javafx.application.Platform.runLater(() -> status.accept(s)));
        work.syncTeamFolder(teamSync);
        main.menu().addToFileAfter("Conflicts\u2026", "Team folder\u2026", () -> new com.funnelboard.ui.share.TeamFolderDialog(team, executors, teamSync::syncNow,
                status, owner).show());
        com.funnelboard.ui.share.ConflictsDialog conflicts = new com.funnelboard.ui.share.ConflictsDialog(shareModel, clock.getZone(), locale, status);
        conflicts.setUndo(main::undoLast);
        com.funnelboard.ui.share.ShareDialogs sharing = new com.funnelboard.ui.share.ShareDialogs(shareModel, conflicts, status,
                owner, () -> executors.supply(team::ownFileName));
        sharing.tellConflictsOfMergesElsewhere(feed, locale);
        return sharing;
    }
}
