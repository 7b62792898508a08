package com.funnelboard.ui.board;

import com.funnelboard.domain.DealCard;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ListView;

/**
 * The board's chosen card across its columns being read again. When a column's cards are read again (an undo, a teammate's
 * change), the card that was chosen is chosen again where it now is: its selection went with the old items, and every deal
 * action and shortcut was off until the next click. When the card was trashed from its column (Delete, the card's menu), the
 * card that took its place is chosen instead, with the keyboard on it, so that the next Delete or move acts on it (nothing was
 * chosen, and a second Delete did nothing). FX thread only.
 */
final class ChosenAgain {

    /** The card being trashed from its column, and where it was. */
    private record Trashed(UUID deal, ListView<DealCard> list, int index) {}

    private final Supplier<UUID> lastChosen;
    private final Supplier<DealCard> chosen;
    private final Predicate<Node> isColumn;
    private Trashed trashed;

    /**
     * @param lastChosen the deal chosen last on the board (kept while its column is read again)
     * @param chosen the card chosen now (null: none)
     * @param isColumn whether a node is one of the board's columns' lists
     */
    ChosenAgain(Supplier<UUID> lastChosen, Supplier<DealCard> chosen, Predicate<Node> isColumn) {
        this.lastChosen = lastChosen;
        this.chosen = chosen;
        this.isColumn = isColumn;
    }

    /** The card is about to be trashed from {@code list} (after a question that may be answered Cancel). */
    void trashing(DealCard card, ListView<DealCard> list) {
        int index = list.getSelectionModel().getSelectedIndex();
        trashed = index < 0 ? null : new Trashed(card.id(), list, index);
    }

    void follow(ListView<DealCard> list) {
        list.getItems().addListener((javafx.collections.ListChangeListener<DealCard>) change -> {
            UUID was = lastChosen.get();
            if (was == null) {
                return;
            }
            // Looked at once the change has gone round: the list's selection model, told of it by a listener of its own,
            // may hear of it after this one (a list given its items again registers it again), and the card was then
            // still chosen here, let go of just after, and never chosen again (the Deal menu's keys did nothing).
            javafx.application.Platform.runLater(() -> chooseAgain(list, was));
        });
    }

    private void chooseAgain(ListView<DealCard> list, UUID was) {
        DealCard now = chosen.get();
        if (!list.getSelectionModel().isEmpty() || now != null && !now.id().equals(was)) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            DealCard card = list.getItems().get(i);
            if (card != null && card.id().equals(was)) {
                trashed = null; // not trashed after all (the question answered Cancel)
                list.getSelectionModel().select(i);
                // The keyboard follows the card from the column it left (an undo of a move): that column kept the focus,
                // tinted, with nothing chosen in it. Focus elsewhere (a field of the detail pane) stays where it is.
                Node focused = list.getScene() == null ? null : list.getScene().getFocusOwner();
                if (focused != list && isColumn.test(focused)) {
                    list.requestFocus();
                }
                return;
            }
        }
        Trashed gone = trashed;
        if (gone != null && gone.deal().equals(was) && gone.list() == list && !list.getItems().isEmpty()) {
            trashed = null;
            int at = Math.min(gone.index(), list.getItems().size() - 1);
            list.getSelectionModel().select(at);
            list.scrollTo(Math.max(0, at - 2));
            if (list.getScene() != null && isColumn.test(list.getScene().getFocusOwner())) {
                list.requestFocus();
            }
        }
    }
}
