package com.funnelboard.ui.board;

import com.funnelboard.ui.common.LazyTooltip;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.service.SavedViews;
import com.funnelboard.ui.common.UiExecutors;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The filter bar over the board: words (found by the search index), source, follow-up state,
 * rotting only, more filters (industry, company size, persona, channel, tag, value range), the
 * order of the cards in every column, and the Views menu (save the filter as a view, show the
 * views beside the board: {@link ViewsSidebar}) — one {@link BoardLens} and one {@link DealSort} of
 * the board's model. Saved views and the order are kept with this installation.
 */
public final class FilterBar extends HBox {

    private final BoardViewModel board;
    private final java.util.Locale locale;
    private final TextField text = new TextField();
    private final ComboBox<String> source = new ComboBox<>();
    private final ComboBox<BoardLens.FollowUpState> followUp = new ComboBox<>();
    private final CheckBox rotting = new CheckBox("Rotting");
    private final TextField industry = new TextField();
    private final TextField size = new TextField();
    private final TextField persona = new TextField();
    private final ComboBox<String> channel = new ComboBox<>();
    private final TextField tag = new TextField();
    private final TextField minValue = new TextField();
    private final TextField maxValue = new TextField();
    /** Only the deals with no contact (an import's deal rows that named nobody). */
    private final CheckBox noContact = new CheckBox("Only deals with no contact");
    /** Deals that entered their stage by overriding its checklist (their cards are marked). */
    private final CheckBox overridden = new CheckBox("Only deals moved past their checklist");
    /** The open deals a cleanup looks for: past their expected close, and with nothing done on them for some days. */
    private final CheckBox closePassed = new CheckBox("Only open deals past their expected close");
    private final TextField idleDays = new TextField();
    private final ComboBox<DealSort> sort = new ComboBox<>();
    private final MenuButton more = new MenuButton("More filters");
    private final ViewsMenu views;
    private final Label problem = new Label();
    /** The deals of a report's bar the board keeps (shown only then): its words, and a click clears it. */
    private final Button report = new Button();
    private boolean showing;
    /** What Sort says while the columns are not all in one order. */
    static final String PER_COLUMN = "Per column";
    /** The bar's width below which its menus show only their icons. */
    static final double COMPACT_BELOW = 1150;
    /** Where a profile filter's field keeps the values in use its tooltip names. */
    private static final String HINT = "funnelboard.hint";

    public FilterBar(BoardViewModel board, SavedViews saved, ViewsModel savedViews, UiExecutors executors, java.util.Locale locale) {
        super(8);
        this.locale = locale;
        this.board = board;
        setId("filter-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        getStyleClass().add("filter-bar");
        // Reaching for the bar (the pointer moved onto it, a click or a key in it) reads ahead what
        // filtering needs (see BoardViewModel.prepareFilters). Not the focus: the window gives it to
        // the bar's first field when it opens, before anyone reaches for anything.
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> board.prepareFilters());
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> board.prepareFilters());
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> board.prepareFilters());

        text.setId("filter-text");
        com.funnelboard.ui.common.SaveAsYouType.undoToWindowWhenEmpty(text);
        text.setPromptText("Filter cards\u2026");
        LazyTooltip.install(text, "Show only the cards with these words (title, contact, organization, notes…)");
        text.setPrefWidth(200);
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> apply());
        text.textProperty().addListener((o, was, now) -> {
            if (!showing) {
                typing.playFromStart();
            }
        });
        source.setId("filter-source");
        source.getItems().add("Any source");
        for (LeadSource s : LeadSource.values()) {
            source.getItems().add(s.key());
        }
        source.setValue("Any source");
        // The lens keeps a source's key ("cold-email"); the box shows its label ("Cold email").
        source.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : LeadSource.parse(key).map(LeadSource::label).orElse(key);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        followUp.setId("filter-followup");
        followUp.getItems().setAll(BoardLens.FollowUpState.values());
        followUp.setValue(BoardLens.FollowUpState.ANY);
        followUp.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(BoardLens.FollowUpState s) {
                return s == null ? "" : switch (s) {
                    case ANY -> "Any follow-up";
                    case OVERDUE -> "Follow-up overdue";
                    case NONE -> "No follow-up";
                    case PLANNED -> "Follow-up planned";
                };
            }

            @Override
            public BoardLens.FollowUpState fromString(String s) {
                return null;
            }
        });
        rotting.setId("filter-rotting");
        channel.getItems().add("Any channel");
        for (PreferredChannel c : PreferredChannel.values()) {
            channel.getItems().add(c.key());
        }
        channel.setValue("Any channel");
        GridPane grid = new GridPane(8, 6);
        grid.setPadding(new Insets(6));
        int row = 0;
        for (Object[] f : new Object[][] {{"Industry", industry}, {"Company size", size}, {"Persona", persona}, {"Channel", channel}, {"Tag", tag},
                {"Value from", minValue}, {"Value to", maxValue}, {"No activity for", idleDays}}) {
            grid.addRow(row++, new Label((String) f[0]), (javafx.scene.Node) f[1]);
        }
        minValue.setPromptText("whole amount");
        maxValue.setPromptText("whole amount");
        idleDays.setPromptText("days, such as 30");
        idleDays.setId("filter-idle-days");
        Button applyMore = new Button("Apply");
        applyMore.setDefaultButton(false);
        applyMore.setOnAction(e -> {
            apply();
            more.hide();
        });
        noContact.setId("filter-no-contact");
        grid.add(noContact, 1, row++);
        overridden.setId("filter-overridden");
        grid.add(overridden, 1, row++);
        closePassed.setId("filter-close-passed");
        grid.add(closePassed, 1, row++);
        grid.add(applyMore, 1, row);
        CustomMenuItem form = new CustomMenuItem(grid, false);
        more.setId("filter-more");
        more.setOnShowing(e -> board.filterHints().thenAccept(this::showHints));
        industry.setId("filter-industry");
        size.setId("filter-size");
        persona.setId("filter-persona");
        tag.setId("filter-tag");
        minValue.setId("filter-min-value");
        maxValue.setId("filter-max-value");
        problem.setId("filter-problem");
        for (TextField f : List.of(industry, size, persona, tag)) {
            LazyTooltip.install(f, () -> (String) f.getProperties().get(HINT));
        }
        more.getItems().setAll(form);
        more.setGraphic(new FontIcon(Feather.SLIDERS));

        sort.setId("filter-sort");
        sort.getItems().setAll(DealSort.values());
        LazyTooltip.install(sort, "The order of the cards in every column (remembered on this computer); each column's header can order its own");
        sort.valueProperty().addListener((o, was, now) -> {
            if (now != null && !showing) {
                board.sortAllColumns(now); // remembered by the board
            }
        });
        // The order every column shows, or "Per column" once a header ordered its own (any choice then orders them all).
        sort.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DealSort item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? PER_COLUMN : item.toString());
            }
        });
        for (com.funnelboard.domain.Stage stage : com.funnelboard.domain.Stage.values()) {
            board.column(stage).sortProperty().addListener(o -> showColumnsOrder());
        }
        showColumnsOrder();

        views = new ViewsMenu(board, savedViews);
        savedViews.attach(v -> {
            board.sortAllColumns(v.sort());
            showing = true;
            sort.setValue(v.sort());
            showing = false;
            board.lensProperty().set(v.lens());
        }, () -> board.lensProperty().get(), () -> board.sortProperty().get());
        board.lensProperty().addListener((o, was, now) -> savedViews.boardChanged(now));
        // (After the change has gone round: a view chosen sets its order, then its filter.)
        board.sortProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(
                () -> savedViews.boardChanged(board.lensProperty().get())));

        Button clear = new Button("Clear");
        clear.setId("filter-clear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> board.lensProperty().set(BoardLens.ALL.withOwner(board.lensProperty().get().owner())));
        problem.getStyleClass().add(Styles.DANGER);
        // Said whole: the fields beside it give way first (at 1366 px with the pane open it was cut to "Value from is abov…").
        problem.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        report.setId("filter-report");
        report.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT, Styles.BUTTON_OUTLINED);
        report.setGraphic(new FontIcon(Feather.X));
        report.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        report.setTooltip(new Tooltip());
        report.setOnAction(e -> board.lensProperty().set(board.lensProperty().get().withReport(null)));
        // The chip says its whole range ("Entered Won Oct 1, 2026 – Dec 5, 2026"; cut at 280 px it lost the range's end):
        // the search field and the choices beside it give way first.
        report.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        report.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setMinWidth(100);
        sort.setMinWidth(140);
        showReport(board.lensProperty().get());

        source.valueProperty().addListener((o, was, now) -> applyUnlessShowing());
        followUp.valueProperty().addListener((o, was, now) -> applyUnlessShowing());
        rotting.selectedProperty().addListener((o, was, now) -> applyUnlessShowing());
        noContact.selectedProperty().addListener((o, was, now) -> applyUnlessShowing());
        overridden.selectedProperty().addListener((o, was, now) -> applyUnlessShowing());
        closePassed.selectedProperty().addListener((o, was, now) -> applyUnlessShowing());
        text.setOnAction(e -> apply());
        for (TextField f : List.of(industry, size, persona, tag, minValue, maxValue, idleDays)) {
            f.setPrefColumnCount(12);
            f.setOnAction(e -> apply());
        }
        // Tab reaches the bar (and Shift+Tab from the cards): the window still starts with the keyboard on the cards, which
        // ask for it. (The bar took no focus, so a keyboard-only user could neither filter nor sort the board.)
        Label sortLabel = new Label("Sort");
        for (javafx.scene.layout.Region r : List.of(rotting, more, sortLabel, views, clear)) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        source.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        followUp.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setMinWidth(120);
        // A narrow window (1024 px) never grows wider than itself for the bar: its choices give way
        // first, then its last buttons run past the edge, while the toolbar and the status bar keep their room.
        setMinWidth(0);
        getChildren().addAll(new FontIcon(Feather.FILTER), report, text, source, followUp, rotting, more, sortLabel, sort, views, clear, problem);
        // Narrower than a laptop's 1366 px, More filters and Views keep only their icons and Sort its box,
        // so the choices keep their words ("Any source", not "Any s…").
        // (Wider with larger text: the width is the theme's text size's.)
        // So do they while a report's chip stands at the bar's start: at 1366 px beside the detail pane, Clear ran past the
        // window's edge ("Cle").
        javafx.beans.binding.BooleanBinding compact = com.funnelboard.ui.common.Ems.narrowerThan(this, COMPACT_BELOW, clear)
                .or(report.visibleProperty());
        for (javafx.scene.control.Labeled l : List.of(more, views)) {
            LazyTooltip.install(l, l.getText());
            l.contentDisplayProperty().bind(javafx.beans.binding.Bindings.when(compact)
                    .then(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY).otherwise(javafx.scene.control.ContentDisplay.LEFT));
        }
        sortLabel.visibleProperty().bind(compact.not());
        sortLabel.managedProperty().bind(sortLabel.visibleProperty());
        board.lensProperty().addListener((o, was, now) -> show(now));
    }

    private void applyUnlessShowing() {
        if (!showing) {
            apply();
        }
    }

    /**
     * Says under More filters what each profile filter can match: a whole value, so the values in use
     * are the hint ("e.g. Retail, Software"), all of those read in the tooltip.
     */
    private void showHints(java.util.Map<String, List<String>> hints) {
        java.util.Map<String, TextField> fields = java.util.Map.of("industry", industry, "size", size, "persona", persona, "tag", tag);
        fields.forEach((key, field) -> {
            List<String> values = hints.getOrDefault(key, List.of());
            field.setPromptText(values.isEmpty() ? "none set yet" : "e.g. " + String.join(", ", values.subList(0, Math.min(2, values.size()))));
            field.getProperties().put(HINT, values.isEmpty() ? "No contact or organization has one yet"
                    : "The whole value, in any case. In use: " + String.join(", ", values) + (values.size() >= BoardViewModel.FILTER_HINTS ? ", \u2026" : ""));
        });
    }

    /** Shows the order all columns share, or none ("Per column") when their headers ordered them apart. */
    private void showColumnsOrder() {
        java.util.Set<DealSort> orders = java.util.EnumSet.noneOf(DealSort.class);
        for (com.funnelboard.domain.Stage stage : com.funnelboard.domain.Stage.values()) {
            orders.add(board.column(stage).sortProperty().get());
        }
        showing = true;
        try {
            sort.setValue(orders.size() == 1 ? orders.iterator().next() : null);
        } finally {
            showing = false;
        }
    }

    /** The lens the controls say, with the owner the toolbar's owner filter says and the report's bar the board keeps. */
    private void apply() {
        try {
            BoardLens lens = BoardLens.ALL.withOwner(board.lensProperty().get().owner()).withReport(board.lensProperty().get().report())
                    .with("text", text.getText())
                    .with("source", source.getSelectionModel().getSelectedIndex() <= 0 ? null : source.getValue())
                    .with("followup", followUp.getValue() == null ? null : followUp.getValue().key())
                    .with("rotting", rotting.isSelected() ? "yes" : null)
                    .with("industry", industry.getText())
                    .with("size", size.getText())
                    .with("persona", persona.getText())
                    .with("channel", channel.getSelectionModel().getSelectedIndex() <= 0 ? null : channel.getValue())
                    .with("tag", tag.getText())
                    .with("min-value", FilterTexts.whole(minValue.getText(), "Value from", locale))
                    .with("max-value", FilterTexts.whole(maxValue.getText(), "Value to", locale))
                    .with("no-contact", noContact.isSelected() ? "yes" : null)
                    .with("overridden", overridden.isSelected() ? "yes" : null)
                    .with("close-passed", closePassed.isSelected() ? "yes" : null)
                    .with("idle-days", idleDays.getText());
            problem.setText("");
            board.lensProperty().set(lens);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
        more.setText(moreCount() == 0 ? "More filters" : "More filters (" + moreCount() + ")");
    }

    /**
     * How many of More filters the board applies: those of its lens, not the fields' texts (a value
     * range the bar refused, "Value from is above value to", was counted while the board ignored it).
     */
    private long moreCount() {
        return FilterTexts.moreCount(board.lensProperty().get());
    }

    private void showReport(BoardLens lens) {
        boolean on = lens != null && lens.report() != null;
        // Its days and months as the window writes them ("Jan 1, 2026 – Mar 12, 2026", "Apr 2026"), not in ISO.
        com.funnelboard.ui.common.Formats f = com.funnelboard.ui.common.Formats.of(locale, java.time.ZoneOffset.UTC);
        String said = on ? lens.report().label(f::date, f::monthYear) : "";
        report.setText(said);
        report.getTooltip().setText(on ? said + " \u2014 click to show every deal again" : "");
        report.setVisible(on);
        report.setManaged(on);
    }

    /** Shows a lens in the controls (a saved view applied, Clear, a report's bar opened). */
    private void show(BoardLens lens) {
        showReport(lens);
        showing = true;
        try {
            FilterTexts.shown(text, lens.text());
            source.setValue(lens.source() == null ? "Any source" : lens.source());
            followUp.setValue(lens.followUp());
            rotting.setSelected(lens.rotting());
            FilterTexts.shown(industry, lens.industry());
            FilterTexts.shown(size, lens.companySize());
            FilterTexts.shown(persona, lens.persona());
            channel.setValue(lens.channel() == null ? "Any channel" : lens.channel().key());
            FilterTexts.shown(tag, lens.tag());
            FilterTexts.shownAmount(minValue, lens.minValue(), locale);
            FilterTexts.shownAmount(maxValue, lens.maxValue(), locale);
            noContact.setSelected(lens.noContact());
            overridden.setSelected(lens.overridden());
            closePassed.setSelected(lens.closePassed());
            idleDays.setText(lens.idleDays() == null ? "" : lens.idleDays().toString());
            more.setText(FilterTexts.moreCount(lens) == 0 ? "More filters" : "More filters (" + FilterTexts.moreCount(lens) + ")");
        } finally {
            showing = false;
        }
    }

    /** Asks for a name and saves the board's filter and order as a view under it. */
    public void askAndSave() {
        views.askAndSave();
    }
}
