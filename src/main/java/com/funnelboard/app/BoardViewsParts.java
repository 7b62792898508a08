package com.funnelboard.app;

import com.funnelboard.service.BoardReads;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.ui.board.BoardViewModel;
import com.funnelboard.ui.common.UiExecutors;
import com.funnelboard.ui.shell.MainView;
import java.util.Locale;

/** The board's filter bar and saved views, put into the window by the composition root. */
final class BoardViewsParts {

    private BoardViewsParts() {}

    /** Builds the filter bar and the views sidebar over {@code savedViews} and puts them into {@code main}. */
    static void install(MainView main, BoardViewModel boardModel, BoardReads boardService, com.funnelboard.service.SavedViews savedViews,
            ChangeFeed feed, UiExecutors executors, Locale locale) {
        boardModel.rememberSortsIn(savedViews);
        com.funnelboard.ui.board.ViewsModel viewsModel = new com.funnelboard.ui.board.ViewsModel(savedViews,
                lens -> boardService.summaries(lens).values().stream().mapToLong(com.funnelboard.domain.StageSummary::count).sum(), feed, executors,
                java.util.concurrent.CompletableFuture.delayedExecutor(400, java.util.concurrent.TimeUnit.MILLISECONDS));
        com.funnelboard.ui.board.FilterBar filterBar = new com.funnelboard.ui.board.FilterBar(boardModel, savedViews, viewsModel, executors, locale);
        main.setFilterBar(filterBar);
        // Room for the sidebar beside four readable columns and the detail pane.
        viewsModel.setRoomy(() -> (main.getWidth() > 0 ? main.getWidth() : javafx.stage.Screen.getPrimary().getVisualBounds().getWidth()) >= 1600);
        com.funnelboard.ui.board.ViewsSidebar sidebar = new com.funnelboard.ui.board.ViewsSidebar(viewsModel, locale, filterBar::askAndSave);
        sidebar.setOnMouseEntered(e -> boardModel.prepareFilters());
        main.setViewsSidebar(sidebar, viewsModel.shownProperty());
        viewsModel.refresh();
    }
}
