package com.funnelboard.ui.board;

import com.funnelboard.ui.common.SafeWrap;
import com.funnelboard.ui.common.LazyTooltip;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.StageSummary;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One board column: a header with count, total and weighted value, and a virtualized list of cards.
 * Won and Lost start folded to a narrow strip that still accepts dropped cards.
 */
final class StageColumnView extends VBox {

    /**
     * An open column's narrowest: at 1366 px with the detail pane at its default width, Lead,
     * Prospect and Opportunity (and one of Won or Lost unfolded) still fit beside each other.
     */
    static final double OPEN_MIN_WIDTH = 200;
    static final double OPEN_PREF_WIDTH = 300;
    /** Wide enough for a six-digit count ("11,042") in the folded strip. */
    static final double FOLDED_WIDTH = 64;

    private final ColumnModel model;
    private final Locale locale;
    private final ListView<DealCard> list;
    private final Label count = new Label();
    private final Label totals = new Label();
    private final Label weighted = new Label();
    private final VBox header;
    private final VBox folded;

    StageColumnView(ColumnModel model, Clock clock, Locale locale,
            javafx.beans.value.ObservableValue<com.funnelboard.domain.RotRule> rot, OwnerChoices owners, BoardMarks marks) {
        this.model = model;
        this.locale = locale;
        String stage = model.stage().key();
        setId("column-" + stage);
        getStyleClass().addAll("stage-column", "stage-" + stage);

        Label name = new Label(model.stage().label());
        name.getStyleClass().addAll(Styles.TITLE_4, "column-title");
        count.getStyleClass().add("column-count");
        count.setId("count-" + stage);
        Button fold = new Button(null, new FontIcon(Feather.CHEVRONS_RIGHT));
        fold.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        LazyTooltip.install(fold, "Fold column");
        fold.setOnAction(e -> model.collapsedProperty().set(true));
        fold.setFocusTraversable(false);
        fold.setId("fold-" + stage);
        // Laid out in every column, shown in Won and Lost only: each title row is as tall, the titles on one line (the
        // button made Won's header taller and its title lower than the open stages').
        fold.setVisible(model.stage().isClosed());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        name.setMinWidth(Region.USE_PREF_SIZE); // the stage's name in full
        MenuButton sort = sortMenu(model);
        HBox top = new HBox(6, name, count, spacer, fold);
        top.setAlignment(Pos.CENTER_LEFT);
        // The Sort menu sits on the line of the column's total, which leaves room for the order's name beside any
        // stage's; in a column narrower still it shows its arrow alone (its tooltip names the order), never a cut word.
        Region sortSpacer = new Region();
        HBox.setHgrow(sortSpacer, Priority.ALWAYS);
        HBox totalLine = new HBox(6, totals, sortSpacer, sort);
        totalLine.setAlignment(Pos.CENTER_LEFT);
        double[] fullWidth = {0}; // the menu's width with its words, measured whenever they are shown
        Runnable fitSort = () -> {
            if (sort.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
                fullWidth[0] = sort.prefWidth(-1);
            }
            // As laid out: the menu's own width, and the spare room the spacer holds beside it.
            double room = sort.getWidth() + sortSpacer.getWidth();
            if (sort.getWidth() > 0) {
                sort.setContentDisplay(room + 0.5 >= fullWidth[0] ? javafx.scene.control.ContentDisplay.LEFT
                        : javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }
        };
        sort.widthProperty().addListener((o, a, b) -> fitSort.run());
        sortSpacer.widthProperty().addListener((o, a, b) -> fitSort.run());
        sort.textProperty().addListener((o, a, b) -> {
            sort.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT); // another order: its words measured anew
            fitSort.run();
        });
        totals.getStyleClass().add("column-total");
        totals.setMinWidth(Region.USE_PREF_SIZE); // the total in full ("€1,611,5…" beside "Newest"): the Sort menu gives way to its arrow
        totals.setId("total-" + stage);
        weighted.getStyleClass().addAll("column-weighted", Styles.TEXT_MUTED);
        weighted.setId("weighted-" + stage);
        // Totals in several currencies may be longer than any column: they end in "…", whole in their tooltips, and nothing
        // of the header is drawn outside it (a lead column's "$11,109,999,999,997.50 + ¥1,000,000 + …" showed in pieces in the
        // gaps between the next columns).
        LazyTooltip.install(totals, totals::getText);
        LazyTooltip.install(weighted, weighted::getText);
        header = new VBox(2, top, totalLine, weighted);
        header.getStyleClass().add("column-header");
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(header.widthProperty());
        clip.heightProperty().bind(header.heightProperty());
        header.setClip(clip);

        list = new ListView<>(model.cards());
        com.funnelboard.ui.common.FirstDown.install(list);
        list.setId("list-" + stage);
        list.getStyleClass().add("card-list");
        list.setFixedCellSize(DealCardCell.HEIGHT);
        list.setCellFactory(lv -> new DealCardCell(clock, locale, rot, owners, marks));
        // A notch of the wheel moves a card: it moved a third of one (about 35 px), and reaching the end of a column of 120
        // cards took 350 notches. A touchpad's smooth scrolling moves as far as it is pushed, scaled the same.
        list.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() == 0 || e.getMultiplierY() <= 0 || e.isShortcutDown()
                    || !(list.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)) {
                return;
            }
            flow.scrollPixels(-e.getDeltaY() / e.getMultiplierY() * list.getFixedCellSize());
            e.consume();
        });
        rot.addListener((o, a, b) -> list.refresh());
        owners.showInitialsProperty().addListener((o, a, b) -> list.refresh());
        Label empty = new Label();
        empty.getStyleClass().addAll(Styles.TEXT_MUTED, "column-placeholder");
        empty.setId("placeholder-" + stage);
        SafeWrap.wrap(empty);
        // A sentence that wraps stays centred with a margin, as one that fits on a line is.
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.setPadding(new javafx.geometry.Insets(0, 20, 0, 20));
        // Until the column was read it says so, never "0" and "No leads yet".
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.loadedProperty().get()
                ? (model.filteredProperty().get() ? "No " + model.stage().label().toLowerCase(locale) + " deal matches the filter." : emptyText())
                : model.unreadableProperty().get() ? "Not loaded: see the status bar below." : "Loading\u2026",
                model.loadedProperty(), model.unreadableProperty(), model.filteredProperty()));
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        // The folded strip: the stage name written upwards and its count.
        Label vertical = new Label(model.stage().label());
        vertical.getStyleClass().addAll(Styles.TEXT_BOLD, "folded-title");
        vertical.setRotate(-90);
        Label foldedCount = new Label();
        foldedCount.setId("folded-count-" + stage);
        foldedCount.textProperty().bind(count.textProperty());
        foldedCount.visibleProperty().bind(count.visibleProperty());
        foldedCount.getStyleClass().addAll("column-count", "folded-count");
        foldedCount.setMinWidth(Region.USE_PREF_SIZE); // the count in full, never "1…"
        count.setMinWidth(Region.USE_PREF_SIZE);
        Button unfold = new Button(null, new FontIcon(Feather.CHEVRONS_LEFT));
        unfold.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        LazyTooltip.install(unfold, "Show " + model.stage().label());
        unfold.setOnAction(e -> {
            model.collapsedProperty().set(false);
            // The keyboard goes with it to its cards: the « it was on is gone, and it fell to the toolbar's owner filter.
            javafx.application.Platform.runLater(list::requestFocus);
        });
        unfold.setId("unfold-" + stage);
        folded = new VBox(12, unfold, foldedCount, new Group(vertical));
        folded.setAlignment(Pos.TOP_CENTER);
        folded.getStyleClass().add("folded-strip");
        folded.setOnMouseClicked(e -> model.collapsedProperty().set(false));
        // What the folded column holds, as its header says it when shown: the strip showed a count and no value.
        LazyTooltip.install(folded, () -> foldedTip(model.stage().label(), count.getText(), totals.getText(), weighted.getText()));
        VBox.setVgrow(folded, Priority.ALWAYS);

        model.summaryProperty().addListener((o, a, s) -> showSummary(s));
        model.loadedProperty().addListener((o, a, b) -> showSummary(model.summaryProperty().get()));
        showSummary(model.summaryProperty().get());
        model.collapsedProperty().addListener((o, a, c) -> layoutFolded(c));
        layoutFolded(model.collapsedProperty().get());
    }

    /** "Won · 36 deals\n€2,967,000\nClick to show the column": the folded strip's tooltip, from the header's own texts. */
    static String foldedTip(String stage, String count, String total, String weighted) {
        StringBuilder b = new StringBuilder(stage);
        if (count != null && !count.isBlank()) {
            b.append(" \u00B7 ").append(count.strip()).append("1".equals(count.strip()) ? " deal" : " deals");
        }
        for (String line : new String[] {total, weighted}) {
            if (line != null && !line.isBlank() && !line.strip().equals("\u2014")) { // "—": no value to tell
                b.append('\n').append(line.strip());
            }
        }
        return b.append("\nClick to show the column").toString();
    }

    private java.util.function.Consumer<DealSort> onSort;

    /** What choosing an order in the header's Sort menu does (the board orders the column and remembers it). */
    void setOnSort(java.util.function.Consumer<DealSort> onSort) {
        this.onSort = onSort;
    }

    /** The header's Sort menu: the column's order by its short name, each order to choose. */
    private MenuButton sortMenu(ColumnModel column) {
        MenuButton menu = new MenuButton();
        menu.setId("sort-" + column.stage().key());
        menu.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, atlantafx.base.theme.Tweaks.NO_ARROW, "column-sort");
        menu.setGraphic(new FontIcon(Feather.ARROW_DOWN));
        menu.setFocusTraversable(false);
        menu.setMinWidth(30); // narrowed to its arrow in a narrow column
        ToggleGroup group = new ToggleGroup();
        for (DealSort order : DealSort.values()) {
            RadioMenuItem item = new RadioMenuItem(order.label());
            item.setId("sort-" + column.stage().key() + "-" + order.key());
            item.setToggleGroup(group);
            item.setUserData(order);
            item.setOnAction(e -> {
                if (onSort == null) {
                    column.sortProperty().set(order);
                } else {
                    onSort.accept(order);
                }
            });
            menu.getItems().add(item);
        }
        LazyTooltip.install(menu, () -> "Order of " + column.stage().label() + ": " + column.sortProperty().get().label().toLowerCase(locale));
        Runnable show = () -> {
            DealSort order = column.sortProperty().get();
            menu.setText(shortLabel(order));
            group.getToggles().forEach(t -> t.setSelected(t.getUserData() == order));
        };
        column.sortProperty().addListener((o, a, b) -> {
            show.run();
            list.scrollTo(0); // a new order starts at its top: "Value, largest first" showed the middle of the column
        });
        show.run();
        return menu;
    }

    static String shortLabel(DealSort order) {
        return switch (order) {
            case NEWEST -> "Newest";
            case SCORE -> "Score";
            case VALUE -> "Value";
            case DAYS -> "Days";
            case FOLLOWUP -> "Follow-up";
            case CLOSE -> "Close";
        };
    }

    ListView<DealCard> list() {
        return list;
    }

    ColumnModel model() {
        return model;
    }

    private void layoutFolded(boolean isFolded) {
        if (isFolded) {
            getChildren().setAll(folded);
            setMinWidth(FOLDED_WIDTH);
            setPrefWidth(FOLDED_WIDTH);
            setMaxWidth(USE_PREF_SIZE); // the widths in the stylesheet follow the text size, in em
            getStyleClass().add("folded");
        } else {
            getChildren().setAll(header, list);
            setMinWidth(OPEN_MIN_WIDTH);
            setPrefWidth(OPEN_PREF_WIDTH);
            setMaxWidth(Double.MAX_VALUE);
            getStyleClass().remove("folded");
        }
    }

    private void showSummary(StageSummary s) {
        boolean loaded = model.loadedProperty().get();
        count.setVisible(loaded);
        if (!loaded) {
            count.setText("");
            totals.setText("Loading\u2026");
            weighted.setText("");
            return;
        }
        count.setText(NumberFormat.getIntegerInstance(locale).format(s.count()));
        totals.setText(s.totals().isEmpty() ? "\u2014" : join(s.totals())); // no value: an em dash, as everywhere
        // One amount in full, the Sort menu giving way; several currencies give way themselves.
        totals.setMinWidth(s.totals().size() > 1 ? 0 : Region.USE_PREF_SIZE);
        boolean closed = model.stage().isClosed();
        weighted.setText(closed ? "" : weightedText(s.weighted(), model.stage(), locale));
    }

    /**
     * "weighted €332,579 (10 %)": an estimate, in whole units (with its cents, "€332,578.78 (10 …" was cut in a
     * column of 1,366 pixels' board); "weighted —" for none.
     */
    static String weightedText(List<Money> weighted, com.funnelboard.domain.Stage stage, Locale locale) {
        return weighted.isEmpty() ? "weighted \u2014" : "weighted " + weighted.stream().map(m -> m.formatRounded(locale))
                .collect(Collectors.joining(" + ")) + " (" + Math.round(stage.defaultProbability() * 100) + " %)";
    }

    private String join(List<Money> amounts) {
        return amounts.stream().map(m -> m.formatWhole(locale)).collect(Collectors.joining(" + "));
    }

    private String emptyText() {
        return switch (model.stage()) {
            case LEAD -> "No leads yet. Press Ctrl+N to add one.";
            case PROSPECT -> "No prospects. Qualify a lead by dragging it here.";
            case OPPORTUNITY -> "No opportunities yet.";
            case WON -> "No won deals yet.";
            case LOST -> "No lost deals.";
        };
    }
}
