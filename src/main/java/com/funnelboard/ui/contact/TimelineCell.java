package com.funnelboard.ui.contact;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.TimelineEvent;
import java.time.Clock;
import com.funnelboard.ui.common.Formats;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One timeline line: an icon (inbound, outbound, stage move, follow-up), what and when, the note. */
final class TimelineCell extends ListCell<TimelineEvent> {

    private final Clock clock;
    private final com.funnelboard.ui.common.Formats format;
    private final FontIcon icon = new FontIcon();
    private final Label head = new Label();
    private final Label body = new Label();
    private final Label deal = new Label();
    private final VBox box = new VBox(2, head, body, deal);

    TimelineCell(Clock clock, Locale locale) {
        this.clock = clock;
        this.format = com.funnelboard.ui.common.Formats.of(locale, clock.getZone());
        head.setGraphic(icon);
        head.setGraphicTextGap(8);
        SafeWrap.wrap(body);
        body.getStyleClass().add(Styles.TEXT_SMALL);
        body.managedProperty().bind(body.textProperty().isNotEmpty());
        body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        SafeWrap.wrap(head);
        deal.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        deal.managedProperty().bind(deal.textProperty().isNotEmpty());
        setPrefWidth(0); // follow the list's width, so long notes wrap
    }

    @Override
    protected void updateItem(TimelineEvent e, boolean empty) {
        super.updateItem(e, empty);
        if (empty || e == null) {
            setGraphic(null);
            return;
        }
        // The time goes on the small line under the text, with the deal: the first line stays short.
        String when = format.dateTime(e.at());
        deal.setText(e instanceof TimelineEvent.Reminder ? "due " + when + dealSuffix(e) : when + dealSuffix(e));
        icon.getStyleClass().setAll("ikonli-font-icon");
        switch (e) {
            case TimelineEvent.Logged l -> {
                boolean inbound = l.interaction().direction() == Direction.IN;
                if (l.interaction().kind() == com.funnelboard.domain.InteractionKind.NOTE) {
                    // A note is written, not sent or received: it read "Note, outbound".
                    icon.setIconCode(Feather.FILE_TEXT);
                    head.setText(Formats.label(l.interaction().kind()));
                    icon.setAccessibleText("Note");
                } else {
                    icon.setIconCode(inbound ? Feather.ARROW_DOWN_LEFT : Feather.ARROW_UP_RIGHT);
                    icon.getStyleClass().add(inbound ? "inbound" : "outbound");
                    head.setText(Formats.label(l.interaction().kind()) + ", " + l.interaction().direction().label());
                    icon.setAccessibleText(l.interaction().direction().label());
                }
                body.setText(TimelineNotes.shown(l.interaction().note()));
            }
            case TimelineEvent.Moved m -> {
                icon.setIconCode(Feather.TRENDING_UP);
                // An import's is said so, with no checklist: "Created in Won" read as a deal won here.
                // An undone move's move back says so ("Moved Prospect → Lead" under "Moved Lead → Prospect" read as the move twice).
                head.setText(m.change().from() == null ? (m.change().imported() ? "Imported in " : "Created in ") + m.change().to().label()
                        : switch (m.undoing()) {
                            case UNDO -> "Undid the move " + m.change().to().label() + " → " + m.change().from().label();
                            case REDO -> "Redid the move " + m.change().from().label() + " → " + m.change().to().label();
                            case NONE -> "Moved " + m.change().from().label() + " → " + m.change().to().label() + (m.change().imported() ? " by an import" : "");
                        });
                body.setText(m.change().imported() && m.change().overrideReason() == null && m.change().lostReason() == null
                        ? "No checklist: brought in by an import"
                        : m.change().overrideReason() != null ? "Override: " + TimelineNotes.shown(m.change().overrideReason())
                        : m.change().lostReason() != null ? "Lost: " + Formats.label(m.change().lostReason())
                                + (m.change().lostNote() == null ? "" : " — " + TimelineNotes.shown(m.change().lostNote())) : "");
            }
            case TimelineEvent.Reminder r -> {
                boolean overdue = r.followUp().isOpen() && r.followUp().effectiveDue().isBefore(clock.instant());
                icon.setIconCode(r.followUp().isOpen() ? Feather.BELL : Feather.CHECK);
                if (overdue) {
                    icon.getStyleClass().add("overdue");
                }
                head.setText((r.followUp().isOpen() ? "Follow-up: " : "Done: ") + Formats.label(r.followUp().kind()));
                body.setText(TimelineNotes.shown(r.followUp().note()));
            }
        }
        if (getListView() != null && !box.prefWidthProperty().isBound()) {
            // As wide as the list's inside, less its scroll bar: the note wraps there, on as many lines as it takes. Left to
            // the cell, a note a few words longer than the pane stayed on one line, cut with "…", and could not be read.
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(28));
            box.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        setGraphic(box);
        setText(null);
    }

    private static String dealSuffix(TimelineEvent e) {
        return e.dealTitle() == null ? "" : "  ·  " + e.dealTitle();
    }
}
