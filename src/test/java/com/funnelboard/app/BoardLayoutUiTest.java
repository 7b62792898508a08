package com.funnelboard.app;

import static com.funnelboard.app.BoardUiTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageSummary;
import com.funnelboard.service.BoardReads;
import com.funnelboard.service.SetupService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window a rep keeps open all day, at 1366 × 768: five columns beside the detail pane, whole
 * titles, the pane hidden and shown, and what the columns show while the board is read.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class BoardLayoutUiTest {

    static final String LONG_TITLE = "Annual renewal with premium support \u2013 Nordwind";
    /** Opportunities enough for a second page of cards (the page holds 100), for the test of a page arriving later. */
    static final int MANY_FILLERS = 150;
    /** Opportunities enough for a column with a scroll bar at laptop size, for every other test. */
    static final int FEW_FILLERS = 20;

    /** How many opportunities this test's board has. */
    final int fillers;

    BoardLayoutUiTest(org.junit.jupiter.api.TestInfo test) {
        fillers = test.getTestMethod().orElseThrow().getName().contains("ALaterPage") ? MANY_FILLERS : FEW_FILLERS;
    }
    static final long MANY_WON = 11_042;

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    javafx.stage.Stage window;
    /** Holds back the board's header query (the first read) until opened. */
    final CountDownLatch summaries = new CountDownLatch(1);
    /** Holds back every page of cards after the first until opened. */
    final CountDownLatch laterPages = new CountDownLatch(1);
    /** How often the window read ahead what filtering needs. */
    final java.util.concurrent.atomic.AtomicInteger prepared = new java.util.concurrent.atomic.AtomicInteger();

    /** What the board reads, held back by the latches, with a Won column of {@link #MANY_WON} deals. */
    record HeldBoard(BoardReads real, CountDownLatch headers, CountDownLatch laterPages, java.util.concurrent.atomic.AtomicInteger prepared)
            implements BoardReads {

        @Override
        public void prepareFilters() {
            prepared.incrementAndGet();
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public Map<Stage, StageSummary> summaries(com.funnelboard.domain.OwnerFilter owners) {
            await(headers);
            Map<Stage, StageSummary> all = new EnumMap<>(real.summaries(owners));
            StageSummary won = all.get(Stage.WON);
            all.put(Stage.WON, new StageSummary(Stage.WON, MANY_WON, won.totals(), won.weighted()));
            return all;
        }

        @Override
        public List<DealCard> page(Stage stage, int offset, int limit, com.funnelboard.domain.OwnerFilter owners) {
            if (offset > 0) {
                await(laterPages);
            }
            return real.page(stage, offset, limit, owners);
        }

        @Override
        public Set<Stage> stagesTouchedBy(Collection<String> rowKeys) {
            return real.stagesTouchedBy(rowKeys);
        }

        @Override
        public int positionOf(UUID dealId, com.funnelboard.domain.OwnerFilter owners) {
            return real.positionOf(dealId, owners);
        }
    }

    @Start
    void start(javafx.stage.Stage stage) {
        store = Fixtures.store(dir);
        Deal big = Fixtures.deal(store, LONG_TITLE, Stage.LEAD, 125_000_00L);
        Fixtures.followUp(store, big, Fixtures.NOW.plus(java.time.Duration.ofDays(5)));
        Fixtures.deal(store, "Pilot", Stage.PROSPECT, 12_500_00L);
        // Rotting (60 days in Prospect) with a follow-up: in a narrow column its mark and its date both stay.
        UUID staleContact = UUID.randomUUID();
        Deal stale = new Deal(UUID.randomUUID(), staleContact, "Stale renewal", Stage.PROSPECT, new com.funnelboard.domain.Money(9_000_00L, "EUR"),
                "EUR", "website", null, Fixtures.NOW.minus(java.time.Duration.ofDays(60)), null, null, null, null,
                Fixtures.NOW.minus(java.time.Duration.ofDays(60)), Fixtures.NOW);
        store.writeAll(r -> {
            r.contacts().insert(new com.funnelboard.domain.Contact(staleContact, null, "Contact of Stale renewal", null, null, null));
            r.deals().insert(stale);
        });
        Fixtures.followUp(store, stale, Fixtures.NOW.plus(java.time.Duration.ofDays(4)));
        Fixtures.deal(store, "Lost to a rival", Stage.LOST, 8_000_00L);
        // Odd cents: never a whole amount.
        Fixtures.deals(store, Stage.OPPORTUNITY, fillers, i -> "Opportunity " + i, i -> 1_000_01L + 2L * i);
        window = stage;
        app = AppWindow.show(stage, store, real -> new HeldBoard(real, summaries, laterPages, prepared), 1366, 768);
    }

    @AfterEach
    void close() {
        summaries.countDown();
        laterPages.countDown();
        app.close();
    }

    void loaded(FxRobot robot) {
        summaries.countDown();
        laterPages.countDown();
        waitUntil(() -> ("" + fillers).equals(robot.lookup("#count-opportunity").queryLabeled().getText()));
        waitUntil(() -> BoardUiTest.titlesIn(robot, Stage.LEAD).contains(LONG_TITLE));
    }

    static Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    static Label part(Node cell, String styleClass) {
        return (Label) cell.lookup("." + styleClass);
    }

    static SplitPane workbench(FxRobot robot) {
        return robot.lookup("#workbench").queryAs(SplitPane.class);
    }

    /**
     * With the text at 150 % (View → Larger text) the cards grow with it: fixed at 98 px, a title of two
     * lines was cut to one from 110 %, and from 175 % the value's line ran under the next card. The five
     * columns still fit beside the detail pane (their least width does not grow with the text).
     */
    @Test
    void atOneHundredAndFiftyPercentCardsGrowWithTheirTextAndTheColumnsStillFit(FxRobot robot) {
        loaded(robot);
        robot.interact(() -> window.getScene().getStylesheets().add(com.funnelboard.ui.shell.TextSize.stylesheet(150)));
        UiRobot.settle();
        javafx.scene.control.ListView<?> lead = robot.lookup("#list-lead").queryAs(javafx.scene.control.ListView.class);
        assertThat(lead.getFixedCellSize()).as("the card's height, in em of the larger text").isCloseTo(106 * 1.5, org.assertj.core.data.Offset.offset(1.0));
        Node card = BoardUiTest.card(robot, "Pilot");
        Region body = (Region) card.lookup(".deal-card");
        Label value = part(card, "card-value");
        assertThat(value.getFont().getSize()).isGreaterThan(14 * 1.4);
        assertThat(inScene(value).getMaxY()).as("the value's line within its card").isLessThanOrEqualTo(inScene(body).getMaxY() + 0.5);
        Label title = part(BoardUiTest.card(robot, LONG_TITLE), "card-title");
        assertThat(title.getHeight()).as("the title still on two lines").isGreaterThan(title.getFont().getSize() * 2);
        ScrollPane board = robot.lookup(".board-scroll").queryAs(ScrollPane.class);
        Node row = robot.lookup(".board-columns").query();
        assertThat(row.getBoundsInLocal().getWidth()).as("no sideways scrolling beside the pane").isLessThanOrEqualTo(board.getViewportBounds().getWidth() + 0.5);
    }

    /** A notch of the wheel moves the column by a card (it moved a third of one: 350 notches for 120 cards). */
    @Test
    void aNotchOfTheWheelMovesACard(FxRobot robot) {
        loaded(robot);
        ListView<?> list = robot.lookup("#list-opportunity").queryAs(ListView.class);
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
        assertThat(flow.getFirstVisibleCell().getIndex()).isZero();
        robot.interact(() -> javafx.event.Event.fireEvent(list, new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                10, 10, 10, 10, false, false, false, false, false, false, 0, -40 * 2, 0, -40 * 2, 1, 40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE,
                0, javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.LINES, -2, 0, null)));
        UiRobot.settle();
        assertThat(flow.getFirstVisibleCell().getIndex()).as("two notches, two cards").isEqualTo(2);
    }

    @Test
    void atLaptopSizeTheFiveColumnsFitBesideTheDetailPaneCardsShowTheirTitleValueAndDateAndWonLinesUp(FxRobot robot) {
        loaded(robot);
        UiRobot.settle();
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(workbench(robot).getScene(), "board-1366"));
        assertThat(workbench(robot).getItems()).as("the detail pane is shown").hasSize(2);
        // A 1024-px window holds the whole window: nothing in it asks for more (the filter bar's choices give way).
        assertThat(window.getScene().getRoot().minWidth(-1)).as("the window's least width").isLessThanOrEqualTo(1024);
        Region pane = robot.lookup("#contact-pane").queryAs(Region.class);
        assertThat(pane.getWidth()).as("the detail pane at its default width").isGreaterThanOrEqualTo(300);

        ScrollPane board = robot.lookup(".board-scroll").queryAs(ScrollPane.class);
        Bounds visible = inScene(board);
        Node row = robot.lookup(".board-columns").query();
        assertThat(row.getBoundsInLocal().getWidth()).as("no sideways scrolling").isLessThanOrEqualTo(board.getViewportBounds().getWidth() + 0.5);
        for (Stage stage : Stage.values()) {
            Bounds column = inScene(robot.lookup("#column-" + stage.key()).query());
            assertThat(column.getMinX()).as(stage + " starts on the board").isGreaterThanOrEqualTo(visible.getMinX());
            assertThat(column.getMaxX()).as(stage + " ends on the board").isLessThanOrEqualTo(visible.getMaxX() + 0.5);
            assertThat(column.getMaxX()).as(stage + " within the window").isLessThanOrEqualTo(1366);
        }

        Node card = BoardUiTest.card(robot, LONG_TITLE);
        Label title = part(card, "card-title");
        assertThat(title.getText()).isEqualTo(LONG_TITLE);
        assertThat(title.isTextTruncated()).as("the whole title, on two lines: " + title.getWidth() + " × " + title.getHeight()
                + ", max " + title.getMaxHeight()).isFalse();
        assertThat(title.getHeight()).as("wrapped").isGreaterThan(title.getFont().getSize() * 2);
        // Selected, its frame is thicker but its title as whole.
        robot.clickOn(card);
        BoardUiTest.waitUntil(() -> ((ListCell<?>) BoardUiTest.card(robot, LONG_TITLE)).isSelected());
        com.funnelboard.testing.UiRobot.settle();
        Label selectedTitle = part(BoardUiTest.card(robot, LONG_TITLE), "card-title");
        assertThat(selectedTitle.isTextTruncated()).as("selected, the whole title still").isFalse();
        Label value = part(card, "card-value");
        assertThat(value.getText()).isEqualTo("\u20AC125,000");
        assertThat(value.isTextTruncated()).isFalse();
        Label due = part(card, "card-followup");
        assertThat(due.getText()).isEqualTo("Mar 17");
        assertThat(due.isTextTruncated()).as("the follow-up date in full").isFalse();
        assertThat(part(card, "card-age").isTextTruncated()).isFalse();
        Label none = part(BoardUiTest.card(robot, "Pilot"), "card-followup");
        assertThat(none.getText()).isEqualTo("no follow-up");
        assertThat(none.isTextTruncated()).as("no follow-up, in full").isFalse();
        // A column with a scroll bar, and amounts with cents.
        ListCell<DealCard> opportunity = cells(robot).getFirst();
        assertThat(part(opportunity, "card-value").getText()).matches("\u20AC1,00\\d\\.\\d\\d");
        assertThat(part(opportunity, "card-value").isTextTruncated()).isFalse();
        assertThat(part(opportunity, "card-followup").isTextTruncated()).as("beside a scroll bar").isFalse();

        // Each column's name in full, and its order's name beside its total: at laptop size even beside "Opportunity" (on the
        // name's line it was an arrow alone there), in full, never "New…".
        for (Stage stage : List.of(Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY)) {
            javafx.scene.control.MenuButton sort = robot.lookup("#sort-" + stage.key()).queryAs(javafx.scene.control.MenuButton.class);
            assertThat(sort.getContentDisplay()).as(stage + "'s order in words").isNotEqualTo(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            assertThat(sort.getWidth() + 0.5).as(stage + "'s order cut").isGreaterThanOrEqualTo(sort.prefWidth(-1));
            assertThat(robot.lookup("#column-" + stage.key()).lookup(".column-title").queryLabeled().isTextTruncated()).isFalse();
        }

        Label wonCount = robot.lookup("#folded-count-won").queryAs(Label.class);
        assertThat(wonCount.getText()).isEqualTo("11,042");
        assertThat(wonCount.isTextTruncated()).as("the folded strip's count in full").isFalse();
        // The folded strip's tooltip says what its header would: the count, the total, and how to show it.
        javafx.scene.Node strip = robot.lookup(".folded-strip").match(n -> n.lookup("#folded-count-won") != null).query();
        robot.moveTo(strip);
        javafx.scene.control.Tooltip stripTip = (javafx.scene.control.Tooltip) strip.getProperties().get(com.funnelboard.ui.common.LazyTooltip.class);
        assertThat(stripTip).isNotNull();
        assertThat(stripTip.getText()).startsWith("Won \u00B7 11,042 deals\n").endsWith("\nClick to show the column").doesNotContain("\u2014");

        // With the views beside the board too, the columns narrow: the figures give way (the clock
        // first, then the follow-up's words for its icon), never ending in "…".
        robot.interact(() -> ((javafx.scene.control.MenuButton) robot.lookup("#filter-views").query()).getItems().stream()
                .filter(i -> "views-shown".equals(i.getId())).findFirst().map(javafx.scene.control.CheckMenuItem.class::cast).orElseThrow()
                .setSelected(true));
        UiRobot.settle();
        assertThat(robot.lookup("#views-sidebar").query().isVisible()).isTrue();
        for (ListCell<DealCard> cell : robot.lookup(".deal-card-cell").<ListCell<DealCard>>queryAll()) {
            if (cell.getItem() == null || !cell.isVisible()) {
                continue;
            }
            for (String figure : List.of("card-value", "card-age", "card-followup")) {
                assertThat(part(cell, figure).isTextTruncated()).as(figure + " of " + cell.getItem().title() + " beside the views").isFalse();
            }
            // A due date keeps its words: the days in stage step aside for it (it showed its icon alone, and the date was
            // what a manager scans the cards for).
            Label dueThere = part(cell, "card-followup");
            if (cell.getItem().nextFollowUpAt() != null) {
                assertThat(dueThere.getContentDisplay()).as("the due date of " + cell.getItem().title() + " beside the views")
                        .isEqualTo(javafx.scene.control.ContentDisplay.LEFT);
            }
        }
        Label narrowNone = part(BoardUiTest.card(robot, "Pilot"), "card-followup");
        assertThat(narrowNone.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY || !narrowNone.isTextTruncated()).isTrue();

        // The views put away again, an unfolded Won column's header lines up with the open stages': its title on their
        // line, as tall, its total in full.
        robot.interact(() -> ((javafx.scene.control.MenuButton) robot.lookup("#filter-views").query()).getItems().stream()
                .filter(i -> "views-shown".equals(i.getId())).findFirst().map(javafx.scene.control.CheckMenuItem.class::cast).orElseThrow()
                .setSelected(false));
        UiRobot.settle();
        robot.clickOn("#unfold-won");
        waitUntil(() -> robot.lookup("#total-won").queryLabeled().isVisible() && !robot.lookup("#total-won").queryLabeled().getText().isEmpty()
                && !robot.lookup("#total-won").queryLabeled().getText().startsWith("Loading"));
        UiRobot.settle();
        Node lead = robot.lookup("#column-lead").query();
        Node won = robot.lookup("#column-won").query();
        assertThat(inScene(won.lookup(".column-header")).getHeight()).as("as tall as Lead's").isCloseTo(inScene(lead.lookup(".column-header"))
                .getHeight(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(inScene(won.lookup(".column-title")).getMinY()).as("the title on Lead's line").isCloseTo(inScene(lead.lookup(".column-title"))
                .getMinY(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(inScene(won.lookup(".column-total")).getMinY()).isCloseTo(inScene(lead.lookup(".column-total")).getMinY(),
                org.assertj.core.data.Offset.offset(0.5));
        assertThat(robot.lookup("#total-won").queryAs(Label.class).isTextTruncated()).as("the total in full: the Sort menu gives way").isFalse();
        // The keyboard is on the unfolded column's cards, not on the toolbar's owner filter (where an arrow key changed it).
        waitUntil(() -> won.getScene().getFocusOwner() == robot.lookup("#list-won").query());

        // Won folded again: the open stages' orders get their words back with their room; the keyboard goes to the open cards.
        robot.clickOn("#fold-won");
        waitUntil(() -> won.getScene().getFocusOwner() instanceof javafx.scene.control.ListView<?> l && l.getId().startsWith("list-")
                && !l.getId().equals("list-won"));
        for (Stage stage : List.of(Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY)) {
            javafx.scene.control.MenuButton sort = robot.lookup("#sort-" + stage.key()).queryAs(javafx.scene.control.MenuButton.class);
            waitUntil(() -> sort.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }
    }

    /**
     * While the board is read: the columns say Loading, never 0 or empty; what the start does next
     * waits until a frame has laid out the first cards; a card whose page arrives later looks like
     * every other card; another order starts at its top.
     */
    @Test
    @SuppressWarnings("unchecked")
    void whileTheBoardIsReadColumnsSayLoadingTheStartWaitsForTheFirstCardsAndALaterPageLooksAlike(FxRobot robot) {
        com.funnelboard.ui.shell.MainView view = (com.funnelboard.ui.shell.MainView) window.getScene().getRoot();
        java.util.concurrent.CompletableFuture<List<String>> drawn = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> view.boardShown().thenRun(() -> drawn.complete(robot.lookup(".card-title").queryAllAs(Label.class).stream()
                .filter(l -> l.getWidth() > 0 && l.getText() != null).map(Label::getText).toList())));
        UiRobot.settle();
        assertThat(view.boardShown()).as("not while the board's first read is held").isNotDone();
        for (Stage stage : List.of(Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY)) {
            Label count = robot.lookup("#count-" + stage.key()).queryAs(Label.class);
            assertThat(count.isVisible() && !count.getText().isEmpty()).as(stage + " shows no count yet").isFalse();
        }
        assertThat(robot.lookup("#placeholder-lead").queryLabeled().getText()).isEqualTo("Loading\u2026");
        assertThat(robot.lookup("#placeholder-prospect").queryLabeled().getText()).isEqualTo("Loading\u2026");
        assertThat(robot.lookup("#folded-count-won").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#total-lead").queryLabeled().getText()).isEqualTo("Loading\u2026");
        assertThat(robot.lookup(n -> n instanceof Label l && l.isVisible() && l.getText() != null && l.getText().startsWith("No leads yet"))
                .tryQuery()).isEmpty();

        // The headers and every column's first page come; the pages after the first are still held.
        summaries.countDown();
        waitUntil(() -> ("" + fillers).equals(robot.lookup("#count-opportunity").queryLabeled().getText()));
        waitUntil(drawn::isDone);
        assertThat(drawn.join()).as("the cards laid out when the start goes on").contains(LONG_TITLE, "Pilot");
        assertThat(robot.lookup("#count-lead").queryLabeled().getText()).isEqualTo("1");
        assertThat(robot.lookup("#count-lead").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#folded-count-won").queryLabeled().getText()).isEqualTo("11,042");
        assertThat(robot.lookup("#total-lead").queryLabeled().getText()).isEqualTo("\u20AC125,000");

        ListView<DealCard> list = robot.lookup("#list-opportunity").queryAs(ListView.class);
        // Scroll past the first page: its cards wait for their page, and the cells redraw while they do.
        for (int index : new int[] {120, 126, 118, 124}) {
            robot.interact(() -> list.scrollTo(index));
        }
        List<ListCell<DealCard>> waiting = cells(robot);
        assertThat(waiting).anyMatch(c -> c.getItem() == null && c.getGraphic().getStyleClass().contains("loading"));

        laterPages.countDown();
        waitUntil(() -> list.getItems().get(124) != null);
        UiRobot.settle();
        List<ListCell<DealCard>> shown = cells(robot).stream().filter(c -> c.getItem() != null).toList();
        assertThat(shown).hasSizeGreaterThan(3);
        assertThat(shown).allSatisfy(c -> assertThat(c.getGraphic().getStyleClass()).as(c.getItem().title()).doesNotContain("loading"));

        // Another order starts at its top, not where the column was scrolled to.
        javafx.scene.control.MenuButton sort = robot.lookup(n -> n instanceof javafx.scene.control.MenuButton m && m.getItems().stream()
                .anyMatch(i -> i.getId() != null && i.getId().startsWith("sort-opportunity-"))).queryAs(javafx.scene.control.MenuButton.class);
        javafx.scene.control.MenuItem byValue = sort.getItems().stream().filter(i -> i.getId().endsWith("-value-desc")
                || i.getText().toLowerCase(Locale.ROOT).contains("largest")).findFirst().orElseThrow();
        robot.interact(byValue::fire);
        UiRobot.settle();
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
        waitUntil(() -> flow.getFirstVisibleCell() != null && flow.getFirstVisibleCell().getIndex() == 0);
    
    }

    @SuppressWarnings("unchecked")
    static List<ListCell<DealCard>> cells(FxRobot robot) {
        return robot.lookup("#list-opportunity").lookup(".deal-card-cell").queryAll().stream()
                .map(n -> (ListCell<DealCard>) n).filter(c -> c.isVisible() && !c.isEmpty()).toList();
    }

    /**
     * Tooltips and the card menu are made when first needed and say what is shown then; in a narrow
     * window the empty pane leaves its room to the board until a card is chosen.
     */
    @Test
    void withEveryColumnOpenAnEmptyPaneStepsAsideAndAChosenCardsColumnIsScrolledIntoSight(FxRobot robot) {
        loaded(robot);
        assertThat(workbench(robot).getItems()).hasSize(2);
        // At 1366 px the five columns open do not fit beside the pane: while it is empty, it steps aside and the board
        // needs no sideways scrolling; folding one again brings it back.
        robot.clickOn("#unfold-won");
        robot.clickOn("#unfold-lost");
        waitUntil(() -> workbench(robot).getItems().size() == 1);
        javafx.scene.control.ScrollPane boardScroll = robot.lookup(".board-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        UiRobot.settle();
        assertThat(boardScroll.getContent().getLayoutBounds().getWidth()).as("the five columns within the board")
                .isLessThanOrEqualTo(boardScroll.getViewportBounds().getWidth() + 0.5);
        // A card chosen there brings the pane back, and the board scrolls its column into sight.
        robot.clickOn(BoardUiTest.card(robot, "Lost to a rival"));
        waitUntil(() -> workbench(robot).getItems().size() == 2);
        Region lostColumn = robot.lookup("#column-lost").queryAs(Region.class);
        waitUntil(() -> boardScroll.getHvalue() > 0);
        UiRobot.settle();
        double shownTo = boardScroll.localToScene(boardScroll.getLayoutBounds()).getMaxX();
        assertThat(lostColumn.localToScene(lostColumn.getLayoutBounds()).getMaxX()).as("the chosen card's column beside the pane, not behind it")
                .isLessThanOrEqualTo(shownTo + 0.5);
        // The keyboard going to a column scrolled out of sight (Ctrl+1 back from another page, Ctrl+←) brings it into sight: the
        // Lead column had the keyboard half hidden on the left, its titles cut.
        Region leadColumn = robot.lookup("#column-lead").queryAs(Region.class);
        robot.interact(() -> robot.lookup("#list-lead").queryAs(ListView.class).requestFocus());
        waitUntil(() -> leadColumn.localToScene(leadColumn.getLayoutBounds()).getMinX()
                >= boardScroll.localToScene(boardScroll.getLayoutBounds()).getMinX() - 0.5); // the column with the keyboard in sight
        // Scrolled sideways by hand (the scroll bar), the board stays there: each scroll brought the chosen column back.
        robot.interact(() -> boardScroll.setHvalue(1));
        UiRobot.settle();
        assertThat(boardScroll.getHvalue()).isEqualTo(1.0);
        robot.clickOn("#fold-lost");
        robot.clickOn("#fold-won");
        waitUntil(() -> workbench(robot).getItems().size() == 2);
    }

    @Test
    void tooltipsAreMadeWhenNeededAndANarrowWindowsEmptyPaneLeavesItsRoomToTheBoard(FxRobot robot) {
        loaded(robot);
        ListCell<?> card = (ListCell<?>) BoardUiTest.card(robot, "Pilot");
        javafx.scene.control.MenuButton sort = robot.lookup("#sort-prospect").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(card.getTooltip()).as("no popup window made with the card").isNull();
        assertThat(sort.getTooltip()).isNull();
        assertThat(robot.lookup("#list-prospect").queryAs(ListView.class).getContextMenu()).as("nor the card menu with its column").isNull();

        robot.moveTo(card);
        waitUntil(() -> card.getTooltip() != null);
        assertThat(card.getTooltip().getText()).startsWith("Pilot").contains("days in Prospect", "No follow-up planned");

        robot.interact(() -> sort.getItems().stream().filter(i -> "sort-prospect-value".equals(i.getId())).findFirst().orElseThrow().fire());
        robot.moveTo(sort);
        waitUntil(() -> sort.getTooltip() != null);
        assertThat(sort.getTooltip().getText()).as("the order chosen after the column was made").isEqualTo("Order of Prospect: value, largest first");

        assertThat(workbench(robot).getItems()).as("wide: the pane is there, empty").hasSize(2);
        robot.interact(() -> window.setWidth(1024));
        waitUntil(() -> workbench(robot).getItems().size() == 1);
        assertThat(robot.lookup("#toggle-detail").queryAs(ToggleButton.class).isSelected()).as("still wanted, only stepped aside").isTrue();
        // The toolbar keeps the owner filter (the pages show their icons), the filter bar its choices' words.
        Bounds owner = inScene(robot.lookup("#owner-filter").query());
        assertThat(robot.lookup("#owner-filter").query().isVisible()).isTrue();
        assertThat(owner.getMaxX()).as("the owner filter within the toolbar, not behind its »").isLessThan(1024 - 120);
        assertThat(robot.lookup("#page-contacts").queryAs(ToggleButton.class).getContentDisplay())
                .isEqualTo(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        javafx.scene.control.ComboBox<?> source = robot.lookup("#filter-source").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(source.getWidth()).as("\"Any source\" in full").isGreaterThanOrEqualTo(source.prefWidth(-1) - 0.5);
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        waitUntil(() -> workbench(robot).getItems().size() == 2);
        UiRobot.settle();
        Region logBar = robot.lookup("#log-in").queryAs(Region.class).getParent().getParent().getParent() instanceof Region r ? r : null;
        assertThat(logBar).isNotNull();
        double paneWidth = robot.lookup("#contact-pane").queryAs(Region.class).getWidth();
        assertThat(logBar.minWidth(-1)).as("the interaction bar fits the pane (" + paneWidth + " px) and its margins: it does not scroll sideways")
                .isLessThanOrEqualTo(paneWidth - 20);
        robot.interact(() -> window.setWidth(1366));
        UiRobot.settle();
        assertThat(workbench(robot).getItems()).hasSize(2);
    }

    @Test
    void theDetailPaneHidesAndShowsFromTheToolbarAndTheKeyboardAndIsRemembered(FxRobot robot) {
        loaded(robot);
        // Opening the window (which focuses the filter bar's first field) reads nothing ahead; moving onto the bar does, once.
        UiRobot.settle();
        assertThat(prepared).hasValue(0);
        robot.moveTo("#filter-bar");
        robot.moveBy(30, 0);
        waitUntil(() -> prepared.get() == 1);
        ToggleButton toggle = robot.lookup("#toggle-detail").queryAs(ToggleButton.class);
        assertThat(toggle.isSelected()).isTrue();
        double leadWidth = robot.lookup("#column-lead").queryAs(Region.class).getWidth();

        // Reports and Trash are about no one contact: the pane steps aside there and comes back with the board.
        robot.clickOn("#page-reports");
        waitUntil(() -> workbench(robot).getItems().size() == 1);
        robot.clickOn("#page-trash");
        UiRobot.settle();
        assertThat(workbench(robot).getItems()).hasSize(1);
        robot.clickOn("#page-board");
        waitUntil(() -> workbench(robot).getItems().size() == 2);
        assertThat(toggle.isSelected()).as("still wanted").isTrue();

        robot.clickOn(toggle);
        UiRobot.settle();
        assertThat(workbench(robot).getItems()).as("the pane is gone").hasSize(1);
        assertThat(robot.lookup("#contact-pane").tryQuery()).isEmpty();
        assertThat(robot.lookup("#column-lead").queryAs(Region.class).getWidth()).as("the board takes the room").isGreaterThan(leadWidth + 50);
        waitUntil(() -> preference().equals("false"));

        BoardUiTest.card(robot, "Pilot");
        robot.clickOn(BoardUiTest.card(robot, "Pilot"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        UiRobot.settle();
        assertThat(workbench(robot).getItems()).as("Ctrl+Shift+D shows it again").hasSize(2);
        assertThat(toggle.isSelected()).isTrue();
        assertThat(robot.lookup("#column-lead").queryAs(Region.class).getWidth()).isCloseTo(leadWidth, org.assertj.core.data.Offset.offset(2.0));
        waitUntil(() -> preference().equals("true"));
        // The log bar at laptop size: the kind in full ("Meeting"), every key of its hint (the deal's page is read off the FX thread).
        waitUntil(() -> robot.lookup("#log-kind").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<com.funnelboard.domain.InteractionKind> kind = robot.lookup("#log-kind")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> kind.setValue(com.funnelboard.domain.InteractionKind.MEETING));
        UiRobot.settle();
        javafx.scene.control.Labeled shownKind = (javafx.scene.control.Labeled) ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) kind
                .getSkin()).getDisplayNode();
        assertThat(shownKind.getText()).isEqualTo("Meeting");
        assertThat(shownKind.isTextTruncated()).as("the kind in full").isFalse();
        javafx.scene.control.Labeled keys = robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("Alt+C call")).queryAs(javafx.scene.control.Labeled.class);
        assertThat(keys.isTextTruncated()).as("every key of the hint").isFalse();
        // The time whole: beside the kind and the direction it was squeezed to "yesterda".
        javafx.scene.control.TextField when = robot.lookup("#log-when").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.TextField note = robot.lookup("#log-note").queryAs(javafx.scene.control.TextField.class);
        double noteBeside = note.getWidth();
        double blank = when.getWidth();
        robot.interact(() -> when.setText("yesterday"));
        UiRobot.settle();
        // Blank, it takes the room "now" needs, and the note the rest (it was 170 px of the pane at 1,366 px).
        assertThat(when.getWidth()).as("the time widens as it is typed").isGreaterThan(blank);
        assertThat(noteBeside).as("the note has the room a blank time leaves").isGreaterThan(note.getWidth());
        javafx.scene.text.Text yesterday = new javafx.scene.text.Text("yesterday");
        yesterday.setFont(when.getFont());
        assertThat(when.getWidth() - when.snappedLeftInset() - when.snappedRightInset()).as("\"yesterday\" in full")
                .isGreaterThanOrEqualTo(yesterday.getLayoutBounds().getWidth());
        robot.interact(when::clear);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        UiRobot.settle();
        assertThat(workbench(robot).getItems()).hasSize(1);
        assertThat(toggle.isSelected()).isFalse();
    }

    String preference() {
        return new SetupService(store, Locale.ENGLISH).preference("detail.shown").orElse("");
    }
}
