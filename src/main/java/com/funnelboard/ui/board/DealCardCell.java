package com.funnelboard.ui.board;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.DealCard;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import com.funnelboard.ui.common.LazyTooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A deal card: title; contact and organization, with the lead score; value (a Won deal's final value where it differs),
 * days in stage and the next follow-up (red when overdue, a flag when there is none). A card whose page has not arrived yet shows a quiet
 * placeholder.
 */
final class DealCardCell extends ListCell<DealCard> {

    /** A card's height in the list: room for a title on two lines, the contact and the figures. */
    static final double HEIGHT = 106;
    /** The cell's padding above and below the card (funnelboard.css, .deal-card-cell). */
    private static final double CELL_PADDING = 8;

    private final Clock clock;
    private final Locale locale;
    private final com.funnelboard.ui.common.Formats formats;
    private final Label title = new Label();
    /** The lead score, a small badge at the end of the contact's line. */
    private final Label score = new Label();
    private final Label who = new Label();
    private final Label value = new Label();
    private final Label age = new Label();
    private final Label followUp = new Label();
    private final HBox meta;
    private final VBox card;
    /** What the card's tooltip says (made when the pointer first reaches the card); null for an empty or loading cell. */
    private String tip;
    // Made once per cell: cells are reused while scrolling, so updates only switch between them.
    private final FontIcon flag = new FontIcon(Feather.FLAG);
    private final FontIcon calendar = new FontIcon(Feather.CALENDAR);

    private final javafx.beans.value.ObservableValue<com.funnelboard.domain.RotRule> rot;
    private final FontIcon clockIcon = new FontIcon(Feather.CLOCK);
    private final FontIcon rotIcon = new FontIcon(Feather.ALERT_TRIANGLE);
    /** Before the value of a deal that entered its stage by overriding the checklist; made for the first such card only. */
    private FontIcon overriddenIcon;

    private final OwnerChoices owners;
    private final Label owner = new Label();

    DealCardCell(Clock clock, Locale locale, javafx.beans.value.ObservableValue<com.funnelboard.domain.RotRule> rot, OwnerChoices owners) {
        this(clock, locale, rot, owners, null);
    }

    /** The cards marked for one action on many deals (see {@link BoardMarks}); null where cards cannot be marked. */
    private final BoardMarks marks;
    private static final javafx.css.PseudoClass MARKED = javafx.css.PseudoClass.getPseudoClass("marked");
    /** Before a marked card's title; made for the first marked card only. */
    private FontIcon markIcon;
    /** Held by the cell, so the weak listener on the marks lives as long as the cell does. */
    private final javafx.beans.InvalidationListener marksChanged = o -> showMark();

    DealCardCell(Clock clock, Locale locale, javafx.beans.value.ObservableValue<com.funnelboard.domain.RotRule> rot, OwnerChoices owners,
            BoardMarks marks) {
        this.marks = marks;
        if (marks != null) {
            marks.versionProperty().addListener(new javafx.beans.WeakInvalidationListener(marksChanged));
        }
        this.rot = rot;
        this.owners = owners;
        this.clock = clock;
        this.locale = locale;
        // Short, so the date fits beside the value in a narrow column; the tooltip has it in full.
        this.formats = com.funnelboard.ui.common.Formats.of(locale, clock.getZone());
        setPrefWidth(0); // as wide as the column: a title wraps instead of running under the next column
        title.getStyleClass().addAll("card-title", Styles.TEXT_BOLD);
        // The whole title on up to two lines; only a longer one ends in "…" (the tooltip has it all).
        SafeWrap.wrap(title);
        title.fontProperty().addListener((o, a, f) -> title.setMaxHeight(twoLines(f)));
        title.setMaxHeight(twoLines(title.getFont()));
        // A title of one long word or of Chinese or Japanese (no spaces to wrap at) is no wider than the card: it made the card
        // wider than its column, the days, the date and the score cut off at the column's edge.
        title.setMinWidth(0);
        who.setMinHeight(Region.USE_PREF_SIZE);
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
        owner.getStyleClass().add("card-owner");
        owner.setMinWidth(Region.USE_PREF_SIZE);
        owner.setManaged(false);
        owner.setVisible(false);
        meta = new HBox(6, value, spacer, age, followUp) {
            @Override
            protected void layoutChildren() {
                fitFigures(); // here the labels have their fonts and the line its width
                super.layoutChildren();
            }
        };
        meta.setAlignment(Pos.CENTER_LEFT);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        // Every card is as tall as the next; the figures sit on its last line, however long the title.
        score.getStyleClass().addAll("score-badge", "card-score");
        score.setMinWidth(Region.USE_PREF_SIZE);
        // On the contact's line, which gives way first (the tooltip has it whole): the title keeps its two
        // lines, and the figures' line keeps "no follow-up" whole when the owner's initials show.
        HBox.setHgrow(who, Priority.ALWAYS);
        who.setMaxWidth(Double.MAX_VALUE);
        HBox people = new HBox(6, owner, who, score);
        people.setAlignment(Pos.CENTER_LEFT);
        people.setMinHeight(Region.USE_PREF_SIZE);
        card = new VBox(3, title, people, push, meta);
        // A narrow column (the detail pane open, Won unfolded) keeps every card within it: an amount of many digits (CN¥1,234,567.89)
        // and its days and date made one card wider than the others, its right side cut off at the column's edge.
        for (Region line : java.util.List.of(people, meta, card)) {
            line.setMinWidth(0);
        }
        card.setMinHeight(HEIGHT - CELL_PADDING);
        card.setPrefHeight(HEIGHT - CELL_PADDING);
        card.setMaxHeight(HEIGHT - CELL_PADDING);
        card.getStyleClass().add("deal-card");
        // A value of a dozen digits may be wider than the card: nothing of its lines is drawn past its edge (the score and
        // the days were), the card's shadow left whole.
        for (Region line : java.util.List.of(title, people, meta)) {
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(line.widthProperty());
            clip.heightProperty().bind(line.heightProperty());
            line.setClip(clip);
        }
        setPrefHeight(HEIGHT);
        getStyleClass().add("deal-card-cell");
        LazyTooltip.install(this, () -> tip);
    }

    /**
     * The figures' line in a narrow column (a small window with the views and the detail pane
     * open): the value and the days are never cut; first the days lose their clock (a rotting
     * deal keeps its mark), then the follow-up shows as its icon alone (the tooltip says it), so
     * nothing ends in "…".
     */
    private void fitFigures() {
        double width = meta.getWidth();
        if (width <= 0) {
            return;
        }
        // Measured from the texts and icons themselves, so deciding never changes what it measures.
        double room = width - meta.getSpacing() * 3 - value.prefWidth(-1);
        double ageText = textWidth(age);
        double followText = textWidth(followUp);
        boolean keepClock = age.getStyleClass().contains("rotting")
                || ageText + icon(age) + followText + icon(followUp) <= room || followUp.getGraphic() == null;
        double ageWidth = ageText + (keepClock ? icon(age) : 0);
        boolean followWords = followUp.getGraphic() == null || ageWidth + followText + icon(followUp) <= room;
        // Then a due date keeps its words and the days in stage step aside (they are in the card's tooltip; a rotting
        // deal keeps its mark): a manager scans the cards for the next follow-up, and squeezed columns showed its icon alone.
        boolean dated = followUp.getGraphic() != null && !followUp.getStyleClass().contains("missing");
        boolean rotting = age.getStyleClass().contains("rotting");
        boolean ageAside = !followWords && dated && !rotting && followText + icon(followUp) <= room + meta.getSpacing();
        // A rotting deal keeps its mark, the days go to the tooltip, and its date its words (it kept "92 d" and lost the date).
        boolean markOnly = !followWords && dated && rotting && icon(age) + followText + icon(followUp) <= room + meta.getSpacing();
        if (age.isManaged() == ageAside) {
            age.setManaged(!ageAside);
            age.setVisible(!ageAside);
        }
        set(age, markOnly ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                : keepClock ? javafx.scene.control.ContentDisplay.LEFT : javafx.scene.control.ContentDisplay.TEXT_ONLY);
        set(followUp, followWords || ageAside || markOnly ? javafx.scene.control.ContentDisplay.LEFT : javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    }

    private static void set(Label label, javafx.scene.control.ContentDisplay display) {
        if (label.getContentDisplay() != display) {
            label.setContentDisplay(display);
        }
    }

    /** The label's text at its font, with its padding. */
    private static double textWidth(Label label) {
        if (label.getText() == null || label.getText().isEmpty()) {
            return label.snappedLeftInset() + label.snappedRightInset();
        }
        javafx.scene.text.Text probe = new javafx.scene.text.Text(label.getText());
        probe.setFont(label.getFont());
        return Math.ceil(probe.getLayoutBounds().getWidth()) + label.snappedLeftInset() + label.snappedRightInset();
    }

    /** The label's icon with the gap beside it (nothing without one). */
    private static double icon(Label label) {
        return label.getGraphic() == null ? 0 : label.getGraphic().prefWidth(-1) + label.getGraphicTextGap();
    }

    private static double twoLines(javafx.scene.text.Font font) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text("Xg\nXg");
        probe.setFont(font);
        return Math.ceil(probe.getLayoutBounds().getHeight()) + 4; // a little slack: the label's own line spacing may round up
    }

    /** A marked card says so: a check before its title and a frame of its own (funnelboard.css, .deal-card:marked). */
    private void showMark() {
        DealCard deal = getItem();
        boolean marked = marks != null && deal != null && !isEmpty() && marks.isMarked(deal.id());
        card.pseudoClassStateChanged(MARKED, marked);
        if (marked && markIcon == null) {
            markIcon = new FontIcon(Feather.CHECK_SQUARE);
            markIcon.getStyleClass().add("card-mark");
        }
        title.setGraphic(marked ? markIcon : null);
    }

    @Override
    protected void updateItem(DealCard deal, boolean empty) {
        super.updateItem(deal, empty);
        setText(null);
        showMark();
        if (empty) {
            setGraphic(null);
            tip = null;
            setTooltip(null);
            return;
        }
        if (deal == null) {
            title.setText("Loading…");
            score.setVisible(false);
            score.setManaged(false);
            who.setText("");
            value.setText("");
            value.setGraphic(null);
            age.setText("");
            followUp.setText("");
            followUp.setGraphic(null);
            owner.setVisible(false);
            owner.setManaged(false);
            if (!card.getStyleClass().contains("loading")) {
                card.getStyleClass().add("loading"); // once: a cell goes through many empty updates while its page is read
            }
            tip = null;
            setTooltip(null);
            setGraphic(card);
            return;
        }
        card.getStyleClass().removeAll("loading");
        title.setText(deal.title());
        score.setVisible(deal.score() != null);
        score.setManaged(deal.score() != null);
        score.setText(deal.score() == null ? "" : deal.score().toString());
        score.getStyleClass().remove("score-zero");
        if (deal.score() != null && deal.score() == 0) {
            score.getStyleClass().add("score-zero");
        }
        String initials = owners.initialsOf(deal);
        owner.setText(initials == null ? "" : initials);
        owner.setVisible(initials != null);
        owner.setManaged(initials != null);
        String org = deal.organizationName();
        who.setText(org == null || org.isBlank() ? deal.contactName() : deal.contactName() + " · " + org);
        // A Won card shows what the deal closed at where that differs from the estimate.
        com.funnelboard.domain.Money shown = deal.shownValue();
        value.setText(shown == null ? "no value" : shown.formatWhole(locale));
        value.getStyleClass().removeAll(Styles.TEXT_MUTED, "final-value");
        if (shown == null) {
            value.getStyleClass().add(Styles.TEXT_MUTED);
        } else if (deal.showsFinalValue()) {
            value.getStyleClass().add("final-value");
        }
        value.setGraphic(deal.overridden() ? overriddenIcon() : null);
        long days = Math.max(0, Duration.between(deal.stageEnteredAt(), clock.instant()).toDays());
        boolean rotting = rot.getValue().isRotting(deal.stage(), deal.stageEnteredAt(), clock.instant());
        age.getStyleClass().remove("rotting");
        // A Won or Lost card shows the day it closed, marked as such, where an open one shows its days in the stage: beside a
        // won deal's follow-up (the onboarding call), the one date it showed was read as its close date.
        String closedDay = deal.stage().isClosed()
                ? formats.date(deal.stageEnteredAt().atZone(clock.getZone()).toLocalDate(), clock.instant().atZone(clock.getZone()).getYear()) : null;
        age.setText(closedDay != null ? closedDay : days + " d");
        age.setGraphic(closedDay != null ? closedIcon(deal.stage()) : rotting ? rotIcon : clockIcon);
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
            java.time.ZonedDateTime due = deal.nextFollowUpAt().atZone(zone);
            followUp.setText(formats.date(due.toLocalDate(), clock.instant().atZone(zone).getYear()));
            followUp.setGraphic(calendar);
            if (deal.nextFollowUpAt().isBefore(clock.instant())) {
                followUp.getStyleClass().add("overdue");
            }
        }
        String ownedBy = owners.ownerOf(deal);
        tip = deal.title() + (deal.score() == null ? "" : "  (score " + deal.score() + ")") + "\n" + who.getText() + (ownedBy == null ? "" : "\nOwner: " + ownedBy) + "\n"
                + (closedDay != null ? deal.stage().label() + " on " + formats.date(deal.stageEnteredAt().atZone(clock.getZone()))
                        : days + (days == 1 ? " day in " : " days in ") + deal.stage().label())
                + (rotting ? " \u2014 rotting (over " + rot.getValue().threshold(deal.stage()) + " days)" : "")
                + (deal.nextFollowUpAt() == null ? (deal.stage().isClosed() ? "" : "\nNo follow-up planned")
                        : "\n" + (deal.stage().isClosed() ? "Follow-up " : "Next follow-up ") + formats.weekdayTime(deal.nextFollowUpAt()))
                + (deal.overridden() ? "\nChecklist overridden to enter " + deal.stage().label() + ": " + deal.overrideReason().strip() : "")
                + (deal.showsFinalValue() ? "\nFinal value " + shown.formatWhole(locale) + (deal.value() == null ? ""
                        : ", estimated " + deal.value().formatWhole(locale)) : "");
        if (getTooltip() != null) {
            getTooltip().setText(tip);
        }
        setGraphic(card);
        meta.requestLayout();
    }

    /** What the card's tooltip says (made when first hovered). */
    String tipText() {
        return tip;
    }

    /** The mark of a closed card's day: won or lost (made for the first such card a cell shows). */
    private FontIcon closedIcon(com.funnelboard.domain.Stage stage) {
        if (wonIcon == null) {
            wonIcon = new FontIcon(Feather.CHECK_CIRCLE);
            lostIcon = new FontIcon(Feather.X_CIRCLE);
        }
        return stage == com.funnelboard.domain.Stage.WON ? wonIcon : lostIcon;
    }

    private FontIcon wonIcon;
    private FontIcon lostIcon;

    private FontIcon overriddenIcon() {
        if (overriddenIcon == null) {
            overriddenIcon = new FontIcon(Feather.SKIP_FORWARD);
            overriddenIcon.getStyleClass().add("card-overridden");
        }
        return overriddenIcon;
    }
}
