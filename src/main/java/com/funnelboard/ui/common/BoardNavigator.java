package com.funnelboard.ui.common;

import com.funnelboard.domain.BoardLens;

/**
 * Shows the Board page with a lens applied (the filter bar shows it and clears it), for pages that
 * open deals on the board. Given to a page by the composition root.
 */
@FunctionalInterface
public interface BoardNavigator {

    void showBoard(BoardLens lens);
}
