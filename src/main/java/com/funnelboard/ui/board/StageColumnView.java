package com.funnelboard.ui.board;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.DealCard;
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
import javafx.scene.control.Tooltip;
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

    static final double OPEN_MIN_WIDTH = 270;
    static final double FOLDED_WIDTH = 52;

    private final ColumnModel model;
    private final Locale locale;
    private final ListView<DealCard> list;
    private final Label count = new Label();
    private final Label totals = new Label();
    private final Label weighted = new Label();
    private final VBox header;
    private final VBox folded;

    StageColumnView(ColumnModel model, Clock clock, Locale locale,
            javafx.beans.value.ObservableValue<com.funnelboard.domain.RotRule> rot) {
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
        fold.setTooltip(new Tooltip("Fold column"));
        fold.setOnAction(e -> model.collapsedProperty().set(true));
        fold.setFocusTraversable(false);
        fold.setVisible(model.stage().isClosed());
        fold.setManaged(model.stage().isClosed());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, name, count, spacer, fold);
        top.setAlignment(Pos.CENTER_LEFT);
        totals.getStyleClass().add("column-total");
        totals.setId("total-" + stage);
        weighted.getStyleClass().addAll("column-weighted", Styles.TEXT_MUTED);
        weighted.setId("weighted-" + stage);
        header = new VBox(2, top, totals, weighted);
        header.getStyleClass().add("column-header");

        list = new ListView<>(model.cards());
        list.setId("list-" + stage);
        list.getStyleClass().add("card-list");
        list.setFixedCellSize(DealCardCell.HEIGHT);
        list.setCellFactory(lv -> new DealCardCell(clock, locale, rot));
        rot.addListener((o, a, b) -> list.refresh());
        Label empty = new Label(emptyText());
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        // The folded strip: the stage name written upwards and its count.
        Label vertical = new Label(model.stage().label());
        vertical.getStyleClass().addAll(Styles.TEXT_BOLD, "folded-title");
        vertical.setRotate(-90);
        Label foldedCount = new Label();
        foldedCount.textProperty().bind(count.textProperty());
        foldedCount.getStyleClass().add("column-count");
        Button unfold = new Button(null, new FontIcon(Feather.CHEVRONS_LEFT));
        unfold.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        unfold.setTooltip(new Tooltip("Show " + model.stage().label()));
        unfold.setOnAction(e -> model.collapsedProperty().set(false));
        unfold.setId("unfold-" + stage);
        folded = new VBox(12, unfold, foldedCount, new Group(vertical));
        folded.setAlignment(Pos.TOP_CENTER);
        folded.getStyleClass().add("folded-strip");
        folded.setOnMouseClicked(e -> model.collapsedProperty().set(false));
        VBox.setVgrow(folded, Priority.ALWAYS);

        model.summaryProperty().addListener((o, a, s) -> showSummary(s));
        showSummary(model.summaryProperty().get());
        model.collapsedProperty().addListener((o, a, c) -> layoutFolded(c));
        layoutFolded(model.collapsedProperty().get());
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
            setMaxWidth(FOLDED_WIDTH);
            getStyleClass().add("folded");
        } else {
            getChildren().setAll(header, list);
            setMinWidth(OPEN_MIN_WIDTH);
            setPrefWidth(300);
            setMaxWidth(Double.MAX_VALUE);
            getStyleClass().remove("folded");
        }
    }

    private void showSummary(StageSummary s) {
        count.setText(NumberFormat.getIntegerInstance(locale).format(s.count()));
        totals.setText(s.totals().isEmpty() ? "–" : join(s.totals()));
        boolean closed = model.stage().isClosed();
        weighted.setText(closed || s.weighted().isEmpty() ? (closed ? "" : "weighted –")
                : "weighted " + join(s.weighted()) + " (" + Math.round(model.stage().defaultProbability() * 100) + " %)");
    }

    private String join(List<Money> amounts) {
        return amounts.stream().map(m -> m.format(locale)).collect(Collectors.joining(" + "));
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
