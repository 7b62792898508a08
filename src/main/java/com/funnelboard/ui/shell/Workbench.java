package com.funnelboard.ui.shell;

import com.funnelboard.ui.common.Problems;
import com.funnelboard.domain.DealCard;
import com.funnelboard.ui.board.BoardView;
import com.funnelboard.ui.contact.ContactPane;
import com.funnelboard.ui.contact.ContactPaneViewModel;
import com.funnelboard.ui.contact.ContactsView;
import com.funnelboard.ui.contact.ContactsViewModel;
import com.funnelboard.ui.contact.MergeDialog;
import com.funnelboard.ui.contact.MergeViewModel;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;

/**
 * The window's work area: the board, Contacts or Organizations on the left, the detail pane on
 * the right, in a split pane; the pane keeps the width the user drags it to ({@link DetailPaneWidth}).
 */
public final class Workbench extends SplitPane {

    /** Hides or shows the detail pane (also the toolbar's pane button). */
    public static final javafx.scene.input.KeyCombination TOGGLE_DETAIL = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.D, javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN);

    /** What the left side shows. */
    public enum Page { BOARD, CONTACTS, ORGANIZATIONS, TODAY, REPORTS, TRASH }

    private final ContactPaneViewModel pane;
    private final com.funnelboard.ui.common.Problems problems;
    private final ContactsViewModel lists;
    private final MergeViewModel merge;
    private final Consumer<String> status;
    private final StackPane left = new StackPane();
    private final BoardView board;
    private final java.util.Map<Page, java.util.function.Supplier<javafx.scene.Node>> pages = new java.util.EnumMap<>(Page.class);
    private final java.util.Map<Page, javafx.scene.Node> built = new java.util.EnumMap<>(Page.class);
    private final java.util.function.Consumer<Page> pageShown;
    private final ContactPane detail;
    private final ShellViewModel shell;
    private final javafx.beans.property.BooleanProperty detailShown = new javafx.beans.property.SimpleBooleanProperty(this, "detailShown", true);
    /** Narrower than this, an empty detail pane leaves its room to the board. */
    static final double ROOMY = 1200;
    /** Whether the pane is beside the board: shown, and not empty in a narrow window. */
    private final javafx.beans.binding.BooleanBinding laidOut;
    /** The pane's width, as the user left it. */
    private final DetailPaneWidth paneWidth;
    /** Where the divider stood while the pane was shown, until a width is chosen (put back when it is shown again). */
    private double dividerWhileShown = ShellViewModel.DEFAULT_DIVIDER;

    /**
     * @param today the Today page, built with {@link #openDeal} as its way to open a deal
     * @param pageShown told when a page is shown by something other than the toolbar
     */
    public Workbench(BoardView board, ContactPane detail, ContactPaneViewModel pane, ContactsView listViews, ContactsViewModel lists,
            MergeViewModel merge, ShellViewModel shell, Consumer<String> status, java.util.function.Function<Workbench, javafx.scene.Node> today,
            java.util.function.Consumer<Page> pageShown) {
        this.board = board;
        this.pane = pane;
        this.lists = lists;
        this.merge = merge;
        this.status = status;
        this.problems = shell.problems();
        this.detail = detail;
        this.shell = shell;
        setId("workbench");
        // The pages other than the board are built the first time they are shown; picking a row there shows the pane.
        pages.put(Page.CONTACTS, () -> listViews.contacts(id -> showInDetail(id), this::merge, this::duplicates,
                new NewContactFlow(lists, () -> getScene().getWindow(), status, this::showInDetail, this::failed)::ask));
        pages.put(Page.ORGANIZATIONS, () -> {
            detail.setOrganizationView(listViews.organizationForm());
            return listViews.organizations(id -> showInDetail(id), this::showOrganizationInDetail);
        });
        // A deleted organization leaves the pane (the page's selection goes with it).
        lists.organizationIdProperty().addListener((o, was, id) -> {
            if (id == null) {
                pane.hideOrganization();
            }
        });
        pages.put(Page.TODAY, () -> today.apply(this));
        built.put(Page.BOARD, board);
        this.pageShown = pageShown;
        left.getChildren().setAll(board);
        show(Page.BOARD);
        left.setMinWidth(320); // the board scrolls sideways rather than pushing the detail pane away
        getItems().addAll(left, detail);
        SplitPane.setResizableWithParent(detail, false);
        detail.setMinWidth(300);

        // The log bar's keys work from the board and the lists too, while a card or contact is shown.
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (detail.logShortcut(e) && !detailShown.get()) {
                detailShown.set(true);
                javafx.application.Platform.runLater(detail::focusLogNote);
            }
        });
        // Escape in the pane (not taken by a field's own list or popup) gives the keyboard back to the page beside it, the board's
        // cards or the list it was on: what was typed is saved as on leaving any field.
        detail.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                e.consume();
                focusPage();
            }
        });
        board.selectedProperty().addListener((o, a, card) -> {
            if (card != null) {
                showCard(card);
            }
        });
        setDividerPositions(ShellViewModel.DEFAULT_DIVIDER);
        paneWidth = new DetailPaneWidth(this, left, detail, shell);
        // Hidden or shown, as it was left on this installation; the board takes the room. In a narrow window
        // (a 1024-pixel laptop screen) the pane also steps aside while it has nothing to show, until a card or
        // a contact is chosen: an empty third of the screen would only push the board's columns out of sight.
        javafx.beans.binding.BooleanBinding empty = pane.contactIdProperty().isNull().and(pane.noContact().shownProperty().isNull())
                .and(pane.organizationShownProperty().not());
        // So does it on the board when the open columns would not fit beside it (all five open at 1366 px), measured
        // against the board's width beside the pane, so that its stepping aside does not bring it back.
        javafx.beans.binding.BooleanBinding narrow = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> getWidth() > 0 && (getWidth() < ROOMY
                        || current.get() == Page.BOARD
                                && board.neededWidth().get() > getWidth() - paneWidth.width(getWidth()) - DetailPaneWidth.DIVIDER_ROOM),
                widthProperty(), board.neededWidth(), current, paneWidth.chosenProperty());
        // Reports and Trash are about no one contact: the pane steps aside there (it kept the board's last contact
        // beside them, and narrowed the charts), and comes back with the pages that use it.
        javafx.beans.binding.BooleanBinding pageWithPane = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> current.get() != Page.REPORTS && current.get() != Page.TRASH, current);
        laidOut = detailShown.and(empty.and(narrow).not()).and(pageWithPane);
        laidOut.addListener((o, was, shown) -> layoutDetail(shown));
        boolean[] toggled = {false};
        detailShown.addListener((o, was, shown) -> {
            toggled[0] = true;
            shell.saveDetailPaneShown(shown);
        });
        shell.detailPaneShown().thenAccept(shown -> {
            if (!toggled[0]) {
                detailShown.set(shown);
            }
        });
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(TOGGLE_DETAIL, () -> detailShown.set(!detailShown.get()));
            }
        });
    }

    @Override
    protected void layoutChildren() {
        boolean moved = paneWidth.place();
        super.layoutChildren();
        if (moved) {
            // Laid out again at the next pulse: text that wraps in the pane or the page measured its height at the old width.
            requestLayout();
        }
    }

    private void layoutDetail(boolean shown) {
        if (shown == getItems().contains(detail)) {
            return;
        }
        if (shown) {
            getItems().add(detail);
            if (!paneWidth.isChosen()) {
                setDividerPositions(dividerWhileShown);
            }
        } else {
            dividerWhileShown = getDividerPositions()[0];
            boolean focusInPane = getScene() != null && com.funnelboard.ui.common.Nodes.isInside(getScene().getFocusOwner(), detail);
            getItems().remove(detail);
            if (focusInPane) {
                board.focusCards();
            }
        }
    }

    /** The keyboard on the page beside the pane: the board's cards, or the list or table of Contacts, Organizations, Today. */
    private void focusPage() {
        if (current.get() == Page.BOARD) {
            board.focusCards();
            return;
        }
        javafx.scene.Node page = built.get(current.get());
        javafx.scene.Node list = page == null ? null : page.lookup(".table-view");
        list = list != null ? list : page == null ? null : page.lookup(".list-view");
        if (list != null) {
            com.funnelboard.ui.common.KeyboardFocus.give(list);
        }
    }


    /** Whether the detail pane is shown beside the board (Ctrl+Shift+D hides and shows it); remembered on this installation. */
    /** The page shown. */
    public javafx.beans.value.ObservableValue<Page> pageProperty() {
        return current;
    }

    public javafx.beans.property.BooleanProperty detailShownProperty() {
        return detailShown;
    }

    /** The organization picked on the Organizations page, in the detail pane (shown if it was hidden). */
    private void showOrganizationInDetail() {
        detailShown.set(true);
        board.clearSelection();
        pane.showOrganization();
    }

    private void showInDetail(UUID contactId) {
        detailShown.set(true);
        board.clearSelection(); // the Deal menu's actions and Ctrl+Shift+F no longer name a card the pane does not show
        pane.show(contactId, null);
    }

    /** Adds a page built the first time it is shown (Reports, the Trash). */
    public void addPage(Page page, java.util.function.Supplier<javafx.scene.Node> build) {
        pages.put(page, build);
    }

    private final java.util.List<java.util.function.Supplier<CompletableFuture<Void>>> alsoFlush = new java.util.ArrayList<>();

    private final java.util.List<java.util.function.BooleanSupplier> alsoUnsaved = new java.util.ArrayList<>();

    /** Another form whose typing must be saved before the window closes (the deal form), and whether it has typing not on disk. */
    public void flushAlso(java.util.function.Supplier<CompletableFuture<Void>> flush, java.util.function.BooleanSupplier unsaved) {
        alsoFlush.add(flush);
        alsoUnsaved.add(unsaved);
    }

    /** Whether anything typed in the detail pane is not on disk (after {@link #flush}: its write failed). */
    public boolean unsaved() {
        return pane.unsaved() || alsoUnsaved.stream().anyMatch(java.util.function.BooleanSupplier::getAsBoolean);
    }

    public void show(Page page) {
        built.computeIfAbsent(page, p -> {
            javafx.scene.Node node = pages.get(p).get();
            left.getChildren().add(node);
            if (p == Page.CONTACTS || p == Page.ORGANIZATIONS) {
                lists.refresh(); // read when first shown; from then on the lists follow the changes
            }
            return node;
        });
        built.forEach((p, node) -> node.setVisible(p == page));
        if (page != Page.ORGANIZATIONS) {
            pane.hideOrganization(); // the organization's form belongs with its page ...
        } else if (lists.organizationIdProperty().get() != null && pane.contactIdProperty().get() == null
                && pane.noContact().shownProperty().get() == null) {
            pane.showOrganization(); // ... and comes back with it where the pane has nothing else to show
        }
        current.set(page);
        // The keyboard left on the page just hidden (the board's cards, after Ctrl+2) was nowhere to be seen: it goes to the
        // page's list or table, as it does when the pane lets go of it. Focus in the detail pane or the toolbar stays.
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Node focus = getScene() == null ? null : getScene().getFocusOwner();
            javafx.scene.Node shown = built.get(page);
            boolean onHiddenPage = focus == null || built.entrySet().stream()
                    .anyMatch(e -> e.getKey() != page && com.funnelboard.ui.common.Nodes.isInside(focus, e.getValue()));
            boolean onItsList = focus != null && shown != null && page != Page.BOARD && (focus == shown.lookup(".table-view")
                    || focus == shown.lookup(".list-view"));
            boolean aList = page == Page.CONTACTS || page == Page.ORGANIZATIONS || page == Page.TODAY; // Reports and Trash focus themselves
            if (aList && (onHiddenPage || onItsList) && current.get() == page) {
                focusPage();
            }
        });
    }

    /** The page shown. */
    private final javafx.beans.property.ObjectProperty<Page> current = new javafx.beans.property.SimpleObjectProperty<>(this, "current", Page.BOARD);

    /** Switches to the Board page, as the toolbar would. */
    public void showBoard() {
        show(Page.BOARD);
        pageShown.accept(Page.BOARD);
    }

    /** Shows a deal on the board, selected, with its contact in the detail pane. */
    public void openDeal(UUID dealId) {
        show(Page.BOARD);
        pageShown.accept(Page.BOARD);
        // A deal in the trash is not left out by the filters (a search still finds its calls and emails): said so.
        // One the board's filters leave out opens in the detail pane all the same (the pane stayed empty, and the status
        // asked to clear the filters first).
        board.selectDeal(dealId).thenCompose(shown -> shown ? java.util.concurrent.CompletableFuture.completedFuture(null)
                : board.liveDeal(dealId).thenAccept(live -> javafx.application.Platform.runLater(() -> {
                    if (live.isPresent()) {
                        detailShown.set(true);
                        board.clearSelection();
                        pane.show(live.get().contactId(), dealId);
                        status.accept(board.filteredOutOpen(live.get()));
                    } else {
                        status.accept(BoardView.IN_TRASH);
                    }
                })));
    }

    /** Shows a contact in the detail pane (shown if it was hidden). */
    public void openContact(UUID contactId) {
        showInDetail(contactId);
    }

    /** Shows the Contacts page (or the Organizations page) listing what {@code words} find: the search box's "See all". */
    public void showAllMatching(com.funnelboard.domain.SearchHit.Kind kind, String words) {
        Page page = kind == com.funnelboard.domain.SearchHit.Kind.ORGANIZATION ? Page.ORGANIZATIONS : Page.CONTACTS;
        show(page);
        pageShown.accept(page);
        (page == Page.CONTACTS ? lists.contactSearchProperty() : lists.organizationSearchProperty()).set(words);
    }

    /** Shows an organization's page with the organization selected. */
    public void openOrganization(UUID organizationId) {
        show(Page.ORGANIZATIONS);
        pageShown.accept(Page.ORGANIZATIONS);
        lists.showOrganization(organizationId);
        showOrganizationInDetail();
    }

    private void showCard(DealCard card) {
        pane.show(card.contactId(), card.id());
    }

    /** Saves whatever was typed in the detail pane; the window waits for this before it closes. */
    public CompletableFuture<Void> flush() {
        CompletableFuture<Void> all = pane.flush();
        for (var f : alsoFlush) {
            all = all.thenCombine(f.get(), (a, b) -> null);
        }
        return all;
    }

    /** Opens the merge dialog for two contacts. */
    public void merge(UUID a, UUID b) {
        merge.load(a, b).thenAccept(pair -> MergeDialog.ask(getScene().getWindow(), pair).ifPresent(choice ->
                merge.merge(pair, choice.keepLeft(), choice.fromLeft()).thenAccept(done -> {
                    status.accept("Merged into " + done.survivor().name() + "; " + done.moved().said() + " moved to it.");
                    pane.show(done.survivor().id(), null);
                }).exceptionally(this::failed))).exceptionally(this::failed);
    }

    /** The stored contacts one being typed would look like (see ContactsViewModel#lookAlikesOfNew). */
    CompletableFuture<java.util.List<com.funnelboard.service.ContactService.LookAlike>> lookAlikesOfNew(
            com.funnelboard.service.ContactService.Typed typed) {
        return lists.lookAlikesOfNew(typed);
    }

    private void duplicates() {
        problems.watch("duplicates", "Duplicates could not be looked for", () -> merge.duplicates().thenAccept(pairs ->
                MergeDialog.pickPair(getScene().getWindow(), pairs).ifPresent(p -> merge(p.first().id(), p.second().id()))));
    }

    private Void failed(Throwable e) {
        return failed("The contacts were not merged", e);
    }

    Void failed(String what, Throwable e) {
        Throwable cause = Problems.unwrap(e);
        problems.log(what, cause);
        Alert a = new Alert(Alert.AlertType.ERROR, cause.getMessage());
        com.funnelboard.ui.common.SafeWrap.guard(a.getDialogPane()); // right-to-left text never wrapped, before the first layout
        a.initOwner(getScene().getWindow());
        a.setHeaderText(what);
        a.showAndWait();
        return null;
    }
}
