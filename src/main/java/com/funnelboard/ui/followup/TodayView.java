package com.funnelboard.ui.followup;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpDue;
import com.funnelboard.domain.FollowUpEntry;
import com.funnelboard.domain.SnoozeOption;
import java.time.ZonedDateTime;
import com.funnelboard.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Today page: overdue follow-ups (red), those due today, and the next 7 days. Each can be
 * marked done (which offers the next one), snoozed (1 hour, tomorrow morning, next week, or a
 * picked time) or opened on the board.
 */
public final class TodayView extends BorderPane {

    /** A line of the list: a section heading or a follow-up. */
    public sealed interface Row permits Heading, Item, More {}

    public record Heading(String text, int count, boolean alarm) implements Row {}

    public record Item(FollowUpEntry entry, FollowUpDue due) implements Row {}

    /** "Show more": the rest of a long section, a page at a time. */
    public record More(FollowUpDue due, int left) implements Row {}

    private final TodayViewModel model;
    private final Locale locale;
    private final Formats formats;
    private final Consumer<UUID> openDeal;
    private final Consumer<FollowUpEntry> offerNext;
    private final Consumer<String> status;
    private final ListView<Row> list = new ListView<>();

    /** Puts a follow-up off, then says until when in the status bar (the row leaves the list, or moves down it). */
    private void snooze(FollowUpEntry entry, java.time.Instant until) {
        model.snooze(entry.followUp().id(), until).thenAccept(f -> status.accept(snoozedSentence(entry, until)));
    }

    /** "Snoozed the call on “Pilot” until Tue, Mar 17, 9:00 AM. Ctrl+Z takes it back." */
    String snoozedSentence(FollowUpEntry entry, java.time.Instant until) {
        java.time.ZonedDateTime at = formats.local(until);
        String when = java.time.Duration.between(model.now(), until).toDays() < 6 ? formats.weekdayTime(at) : formats.dateTime(at);
        return "Snoozed " + which(entry) + " until " + when + ". Ctrl+Z takes it back.";
    }

    /** "the call on “Pilot”": a follow-up as the status bar names it. */
    private String which(FollowUpEntry entry) {
        return "the " + Formats.label(entry.followUp().kind()).toLowerCase(locale) + " on \u201C" + entry.dealTitle() + "\u201D";
    }

    /**
     * @param openDeal shows a deal on the board
     * @param offerNext offers to schedule the next follow-up after one is done
     * @param status says in the status bar what a snooze did
     */
    public TodayView(TodayViewModel model, Locale locale, Consumer<UUID> openDeal, Consumer<FollowUpEntry> offerNext, Consumer<String> status) {
        this.model = model;
        this.status = status;
        this.locale = locale;
        this.formats = Formats.of(locale, model.zone());
        this.timeColumn = new TimeColumn(formats, model.zone());
        this.openDeal = openDeal;
        this.offerNext = offerNext;
        setId("today-page");
        list.setId("today-list");
        TodayRowKeys.install(list, Item.class::isInstance, this::focusRow);
        list.setCellFactory(l -> new RowCell());
        Label nothing = new Label();
        nothing.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.whoseProperty().get().isEmpty()
                ? "Nothing due in the next 7 days. Schedule follow-ups from a card (Ctrl+Shift+F)."
                : "Nothing due in the next 7 days on " + model.whoseProperty().get() + ". Everyone, in the owner filter above, shows the"
                        + " team's.", model.whoseProperty()));
        nothing.setWrapText(true);
        list.setPlaceholder(nothing);
        model.sections().addListener((ListChangeListener<com.funnelboard.service.FollowUpService.Section>) c -> rebuild());
        rebuild(); // the page may be built after the agenda was first read
        visibleProperty().addListener((o, was, is) -> {
            if (is) {
                model.refresh(); // "overdue" and "today" move on with the clock
                javafx.application.Platform.runLater(() -> focusRow(0));
            }
        });
        // Shown (Ctrl+4, the toolbar, the reminder's Open Today), the keyboard goes to the first follow-up's Done: it went to
        // Export to calendar…, where a reflex Space started an export.
        sceneProperty().addListener((o, was, scene) -> {
            if (was == null && scene != null && isVisible()) {
                javafx.application.Platform.runLater(() -> focusRow(0));
            }
        });
        Label title = new Label("Today");
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label();
        hint.setId("today-hint");
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> "Overdue, due today and the next 7 days"
                + (model.whoseProperty().get().isEmpty() ? "" : " \u2014 " + model.whoseProperty().get() + " (the owner filter above)"),
                model.whoseProperty()));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button export = new Button("Export to calendar…", new FontIcon(Feather.CALENDAR));
        export.setId("export-calendar");
        export.setOnAction(e -> exportCalendar());
        exported.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        exported.setId("export-status");
        exported.textProperty().bind(model.exportStatusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(10, new VBox(2, title, hint), gap, exported, export);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(2, heading);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        setCenter(list);
        setPadding(new Insets(12));
    }

    private final Label exported = new Label();

    private void exportCalendar() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export follow-ups to a calendar file");
        chooser.setInitialFileName("funnelboard-follow-ups.ics");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("iCalendar", "*.ics"));
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /**
     * Writes the calendar file (the file chooser's answer) in the background; how it went shows
     * beside the button, and a failure in the status bar with Retry.
     */
    public void exportTo(java.nio.file.Path file) {
        model.exportCalendar(file);
    }

    private void rebuild() {
        List<Row> rows = new ArrayList<>();
        for (com.funnelboard.service.FollowUpService.Section section : model.sections()) {
            if (section.count() == 0) {
                continue;
            }
            FollowUpDue due = section.due();
            String text = switch (due) {
                case OVERDUE -> "Overdue";
                case TODAY -> "Due today";
                case UPCOMING -> "Next 7 days";
            };
            rows.add(new Heading(text, section.count(), due == FollowUpDue.OVERDUE));
            section.first().forEach(e -> rows.add(new Item(e, due)));
            if (section.count() > section.first().size()) {
                rows.add(new More(due, section.count() - section.first().size()));
            }
        }
        // Done or Snooze from the keyboard: the rows are made again, and the keyboard stays in the list, on the same
        // place's Done (it went to Export to calendar…, where the next Space opened the export).
        javafx.scene.Node owner = getScene() == null ? null : getScene().getFocusOwner();
        int at = -1;
        for (javafx.scene.Node n = owner; n != null && at < 0; n = n.getParent()) {
            if (n instanceof ListCell<?> cell && cell.getListView() == list) {
                at = cell.getIndex();
            }
        }
        list.getItems().setAll(rows);
        if (owner == list && !rows.isEmpty()) {
            javafx.application.Platform.runLater(() -> focusRow(0)); // the page was shown before its rows came
        } else if (at >= 0 && !rows.isEmpty()) {
            int place = Math.min(at, rows.size() - 1);
            list.requestFocus();
            javafx.application.Platform.runLater(() -> focusRow(place));
        }
    }

    /** Puts the keyboard on the Done of the row at {@code index} or the first item after it, else on the list itself. */
    private void focusRow(int index) {
        focusRow(index, true);
    }

    /** As {@link #focusRow(int)}; with {@code retry}, once more after the next layout when the rows have no cells yet (a page just shown). */
    private void focusRow(int index, boolean retry) {
        for (int i = index; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof Item item) {
                // Scrolled to only when out of sight: scrolled to, the row went to the top, and its section's heading out of view.
                list.applyCss(); // (a page just shown has no cells before its styles are applied)
                list.layout();
                javafx.scene.Node done = list.lookup("#done-" + item.entry().followUp().id());
                if (done == null && list.getHeight() > 0) { // (not laid out yet: no row is out of sight, it is tried after the layout)
                    list.scrollTo(i);
                    list.layout();
                    done = list.lookup("#done-" + item.entry().followUp().id());
                }
                if (done != null) {
                    done.requestFocus();
                    return;
                }
                if (retry && getScene() != null) {
                    javafx.scene.Scene scene = getScene();
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        scene.removePostLayoutPulseListener(once[0]);
                        focusRow(index, false);
                    };
                    scene.addPostLayoutPulseListener(once[0]);
                }
                break;
            }
        }
        list.requestFocus();
    }

    /** Below this width the rows' Done and Snooze show their icons only, leaving the deal's title room (a 1024-px window beside the pane). */
    public static final double NARROW = 720;

    private javafx.beans.binding.BooleanBinding narrow;

    /** Whether the list is narrow: made once, shared by every row's buttons. */
    private javafx.beans.binding.BooleanBinding narrow() {
        if (narrow == null) {
            narrow = list.widthProperty().lessThan(NARROW);
        }
        return narrow;
    }

    /** The rows' time column: as wide as the widest time a row can show in this locale. */
    private final TimeColumn timeColumn;

    private final class RowCell extends ListCell<Row> {
        RowCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            getStyleClass().removeAll("today-heading", "today-item");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            switch (row) {
                case Heading h -> {
                    Label l = new Label(h.text() + "  " + h.count());
                    l.getStyleClass().addAll(Styles.TEXT_BOLD, h.alarm() ? Styles.DANGER : Styles.TEXT_MUTED);
                    getStyleClass().add("today-heading");
                    setGraphic(l);
                }
                case Item i -> setGraphic(item(i));
                case More m -> {
                    javafx.scene.control.Button more = new javafx.scene.control.Button("Show more (" + m.left() + " more)");
                    more.setId("show-more-" + m.due().name().toLowerCase(java.util.Locale.ROOT));
                    more.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
                    more.setOnAction(e -> model.showMore(m.due()));
                    setGraphic(more);
                }
            }
        }

        private HBox item(Item i) {
            FollowUp f = i.entry().followUp();
            ZonedDateTime at = f.effectiveDue().atZone(model.zone());
            // A day other than today reads as those of the next 7 days do, day first ("Tue, Dec 1, 10:21 AM"; it was "10:21 AM · Dec 1").
            boolean otherDay = i.due() == FollowUpDue.UPCOMING || !at.toLocalDate().equals(model.now().atZone(model.zone()).toLocalDate());
            Label when = new Label(otherDay ? formats.weekdayTime(at) : formats.time(at));
            // Every row's time in one column ({@link TimeColumn}).
            when.fontProperty().addListener((o, was, font) -> timeColumn.fit(when));
            timeColumn.fit(when);
            when.setId("when-" + f.id());
            if (i.due() == FollowUpDue.OVERDUE) {
                when.getStyleClass().add(Styles.DANGER);
            }
            FontIcon kind = new FontIcon(switch (f.kind()) {
                case CALL -> Feather.PHONE;
                case EMAIL -> Feather.MAIL;
                case MEETING -> Feather.USERS;
                case TASK -> Feather.CHECK_SQUARE;
            });
            Label deal = new Label(i.entry().dealTitle());
            deal.getStyleClass().add(Styles.TEXT_BOLD);
            kind.setAccessibleText(Formats.label(f.kind()));
            Label who = new Label(f.kind().with(i.entry().who()) + (i.entry().organizationName() == null ? "" : " · " + i.entry().organizationName()));
            who.getStyleClass().add(Styles.TEXT_MUTED);
            VBox text = new VBox(2, deal, who);
            // What is to be done, on its own line (up to two): after the contact and organization it was the part cut off.
            Label note = new Label(f.note() == null ? "" : f.note().strip());
            note.setId("note-" + f.id());
            SafeWrap.wrap(note);
            note.setMaxHeight(2 * 18);
            note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (f.note() != null && !f.note().isBlank()) {
                text.getChildren().add(note);
            }
            for (Label l : List.of(deal, who, note)) {
                com.funnelboard.ui.common.LazyTooltip.install(l, () -> deal.getText() + "\n" + who.getText()
                        + (note.getText().isEmpty() ? "" : "\n" + note.getText())); // whole, where the row cuts them
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);

            Button done = new Button("Done", new FontIcon(Feather.CHECK));
            done.getStyleClass().add(Styles.SMALL);
            done.setId("done-" + f.id());
            done.setOnAction(e -> model.done(f.id()).thenAccept(x -> {
                // Said, as a snooze is: the status bar's last sentence (and its Ctrl+Z) is about this, not an earlier action.
                status.accept("Marked " + which(i.entry()) + " done. Ctrl+Z takes it back.");
                offerNext.accept(i.entry());
            }));
            // The second click of a double-click does nothing: the row below has slid under the pointer by then (it was done too).
            done.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getClickCount() > 1) {
                    e.consume();
                }
            });
            MenuButton snooze = new MenuButton("Snooze", new FontIcon(Feather.CLOCK));
            snooze.setId("snooze-" + f.id());
            snooze.getStyleClass().add(Styles.SMALL);
            for (javafx.scene.control.ButtonBase b : List.of(done, snooze)) {
                b.contentDisplayProperty().bind(javafx.beans.binding.Bindings.when(narrow())
                        .then(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY).otherwise(javafx.scene.control.ContentDisplay.LEFT));
                com.funnelboard.ui.common.LazyTooltip.install(b, b.getText());
            }
            for (SnoozeOption o : SnoozeOption.values()) {
                MenuItem m = new MenuItem(o.label());
                m.setUserData(o);
                m.setOnAction(e -> snooze(i.entry(), o.until(model.now(), model.zone())));
                snooze.getItems().add(m);
            }
            // Each says when it snoozes to, worked out as the menu opens ("Tomorrow morning · Sun 9:00 AM" on a Saturday,
            // "Next week · Mon 9:00 AM"): the words alone left the day to guess.
            // One that would not put it off (a follow-up due later than it already) is offered but cannot be chosen: it brought
            // the follow-up forward.
            snooze.setOnShowing(e -> snooze.getItems().forEach(m -> {
                if (m.getUserData() instanceof SnoozeOption o) {
                    java.time.Instant until = o.until(model.now(), model.zone());
                    boolean later = until.isAfter(f.effectiveDue());
                    m.setText(o.label() + " \u00B7 " + formats.weekdayTime(formats.local(until)) + (later ? "" : " (due later already)"));
                    m.setDisable(!later);
                }
            }));
            MenuItem pick = new MenuItem("Pick a time…");
            // A day after it was due, or tomorrow morning when that has passed too (an overdue one's day after is in the past).
            String what = i.entry().dealTitle();
            pick.setOnAction(e -> FollowUpDialog.snooze(getScene().getWindow(), "Snooze the follow-up on \u201C" + what + "\u201D until",
                    later(at.plusDays(1)), model.now(), f.effectiveDue(), locale).ifPresent(in -> snooze(i.entry(), in.due())));
            snooze.getItems().add(pick);
            Button open = new Button(null, new FontIcon(Feather.EXTERNAL_LINK));
            open.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
            open.setTooltip(new javafx.scene.control.Tooltip("Open the deal"));
            open.setId("open-" + f.id());
            open.setOnAction(e -> openDeal.accept(f.dealId()));
            for (Region fixed : new Region[] {done, snooze, open}) {
                fixed.setMinWidth(Region.USE_PREF_SIZE);
            }
            // What a screen reader says of each: which follow-up it acts on ("Done" alone, on every row, said nothing of which).
            done.setAccessibleText("Mark " + which(i.entry()) + " done");
            snooze.setAccessibleText("Snooze " + which(i.entry()));
            open.setAccessibleText("Open the deal \u201C" + what + "\u201D");
            Region gap = new Region();
            HBox row = new HBox(10, when, kind, text, gap, done, snooze, open);
            row.setAlignment(Pos.CENTER_LEFT);
            // A double-click on the row (not on its buttons) opens the deal, as ↗ does.
            row.setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 2 && !onAButton(e.getTarget(), row)) {
                    openDeal.accept(f.dealId());
                }
            });
            getStyleClass().add("today-item");
            return row;
        }
    }

    /** {@code candidate}, or tomorrow morning when it has passed. */
    private ZonedDateTime later(ZonedDateTime candidate) {
        return candidate.toInstant().isAfter(model.now()) ? candidate
                : com.funnelboard.domain.SnoozeOption.TOMORROW_MORNING.until(model.now(), model.zone()).atZone(model.zone());
    }

    /** Whether {@code target} is a button of {@code row} or inside one. */
    private static boolean onAButton(Object target, javafx.scene.Node row) {
        for (javafx.scene.Node n = target instanceof javafx.scene.Node node ? node : null; n != null && n != row; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ButtonBase) {
                return true;
            }
        }
        return false;
    }
}
