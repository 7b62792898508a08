package com.funnelboard.ui.board;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.DealCard;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A deal card: title; contact and organization; value (a Won deal's final value where it differs),
 * days in stage and the next follow-up (red when overdue, a flag when there is none). A card whose page has not arrived yet shows a quiet
 * placeholder.
 */
final class DealCardCell extends ListCell<DealCard> {

    static final double HEIGHT = 92;

    private final Clock clock;
    private final Locale locale;
    private final DateTimeFormatter dueFormat;
    private final Label title = new Label();
    private final Label who = new Label();
    private final Label value = new Label();
    private final Label age = new Label();
    private final Label followUp = new Label();
    private final VBox card;
    private final Tooltip tooltip = new Tooltip();
    // Made once per cell: cells are reused while scrolling, so updates only switch between them.
    private final FontIcon flag = new FontIcon(Feather.FLAG);
    private final FontIcon calendar = new FontIcon(Feather.CALENDAR);

    private final javafx.beans.value.ObservableValue<com.funnelboard.domain.RotRule> rot;
    private final FontIcon clockIcon = new FontIcon(Feather.CLOCK);
    private final FontIcon rotIcon = new FontIcon(Feather.ALERT_TRIANGLE);

    DealCardCell(Clock clock, Locale locale, javafx.beans.value.ObservableValue<com.funnelboard.domain.RotRule> rot) {
        this.rot = rot;
        this.clock = clock;
        this.locale = locale;
        this.dueFormat = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        setPrefWidth(0); // as wide as the column: long titles end in "…" instead of running under the next column
        title.getStyleClass().addAll("card-title", Styles.TEXT_BOLD);
        who.getStyleClass().addAll("card-who", Styles.TEXT_MUTED);
        value.getStyleClass().add("card-value");
        age.getStyleClass().addAll("card-age", Styles.TEXT_MUTED);
        age.setGraphic(clockIcon);
        followUp.getStyleClass().add("card-followup");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The value and the days in stage are never cut short; a long follow-up date gives way first.
        value.setMinWidth(Region.USE_PREF_SIZE);
        age.setMinWidth(Region.USE_PREF_SIZE);
        HBox meta = new HBox(8, value, spacer, age, followUp);
        meta.setAlignment(Pos.CENTER_LEFT);
        card = new VBox(3, title, who, meta);
        card.getStyleClass().add("deal-card");
        setPrefHeight(HEIGHT);
        getStyleClass().add("deal-card-cell");
    }

    @Override
    protected void updateItem(DealCard deal, boolean empty) {
        super.updateItem(deal, empty);
        setText(null);
        if (empty) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (deal == null) {
            title.setText("Loading…");
            who.setText("");
            value.setText("");
            age.setText("");
            followUp.setText("");
            followUp.setGraphic(null);
            card.getStyleClass().add("loading");
            setGraphic(card);
            return;
        }
        card.getStyleClass().remove("loading");
        title.setText(deal.title());
        String org = deal.organizationName();
        who.setText(org == null || org.isBlank() ? deal.contactName() : deal.contactName() + " · " + org);
        // A Won card shows what the deal closed at where that differs from the estimate.
        com.funnelboard.domain.Money shown = deal.shownValue();
        value.setText(shown == null ? "no value" : shown.format(locale));
        value.getStyleClass().removeAll(Styles.TEXT_MUTED, "final-value");
        if (shown == null) {
            value.getStyleClass().add(Styles.TEXT_MUTED);
        } else if (deal.showsFinalValue()) {
            value.getStyleClass().add("final-value");
        }
        long days = Math.max(0, Duration.between(deal.stageEnteredAt(), clock.instant()).toDays());
        age.setText(days + " d");
        boolean rotting = rot.getValue().isRotting(deal.stage(), deal.stageEnteredAt(), clock.instant());
        age.getStyleClass().remove("rotting");
        age.setGraphic(rotting ? rotIcon : clockIcon);
        if (rotting) {
            age.getStyleClass().add("rotting");
        }
        followUp.getStyleClass().removeAll("overdue", "missing");
        if (deal.nextFollowUpAt() == null) {
            followUp.setText(deal.stage().isClosed() ? "" : "no follow-up");
            followUp.setGraphic(deal.stage().isClosed() ? null : flag);
            if (!deal.stage().isClosed()) {
                followUp.getStyleClass().add("missing");
            }
        } else {
            ZoneId zone = clock.getZone();
            followUp.setText(dueFormat.format(deal.nextFollowUpAt().atZone(zone)));
            followUp.setGraphic(calendar);
            if (deal.nextFollowUpAt().isBefore(clock.instant())) {
                followUp.getStyleClass().add("overdue");
            }
        }
        tooltip.setText(deal.title() + "\n" + who.getText() + "\n" + days + " days in " + deal.stage().label()
                + (rotting ? " \u2014 rotting (over " + rot.getValue().threshold(deal.stage()) + " days)" : "")
                + (deal.showsFinalValue() ? "\nFinal value " + shown.format(locale) + (deal.value() == null ? ""
                        : ", estimated " + deal.value().format(locale)) : ""));
        setTooltip(tooltip);
        setGraphic(card);
    }
}
