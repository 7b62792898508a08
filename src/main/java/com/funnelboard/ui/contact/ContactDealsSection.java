package com.funnelboard.ui.contact;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.DealCard;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The detail pane's Deals tab: the contact's deals (the selection follows the selected deal),
 * Follow-up… and New deal… for them, the selected deal's form, its lead score and the checklist of
 * its next gate.
 */
final class ContactDealsSection {

    private ContactDealsSection() {
    }

    /**
     * The tab's content.
     *
     * @param pane the detail pane (New deal… opens over its window)
     * @param dealEditor the selected deal's form
     * @param onScheduleFollowUp what "Follow-up…" does with the selected deal (its id and title)
     */
    /** A deal's row: its title over its stage and value. */
    static final double DEAL_ROW = 46;
    /** Below this width the Deals heading's buttons show their icons alone. */
    static final double NARROW = 300;

    static VBox build(ContactPaneViewModel model, Node pane, Clock clock, Locale locale, NewDealPrompt newDeal, Node dealEditor,
            BiConsumer<UUID, String> onScheduleFollowUp) {
        ListView<DealCard> dealList = new ListView<>(model.deals());
        dealList.setId("contact-deals");
        com.funnelboard.ui.common.FirstDown.install(dealList);
        // As tall as its deals, up to three (then it scrolls): one deal sat in a box of three with empty space under it,
        // a scroll area inside the tab's own. On a short screen the tab scrolls rather than squeezing the list.
        javafx.beans.binding.DoubleBinding rows = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(3, model.deals().size())) * DEAL_ROW + 4, model.deals());
        dealList.prefHeightProperty().bind(rows);
        dealList.minHeightProperty().bind(rows);
        dealList.maxHeightProperty().bind(rows);
        dealList.setPlaceholder(new Label("No deals. New deal\u2026 opens one."));
        dealList.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0); // long titles end in "…" instead of scrolling the list sideways
            }

            // Two lines: the title, then its stage and value, which a narrow pane (1024 pixels) cut off the end of one line.
            private final Label title = new Label();
            private final Label where = new Label();
            private final VBox lines = new VBox(0, title, where);

            {
                title.getStyleClass().add("deal-row-title");
                where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "deal-row-stage");
                lines.setMinWidth(0);
                com.funnelboard.ui.common.LazyTooltip.install(title, title::getText);
            }

            @Override
            protected void updateItem(DealCard d, boolean empty) {
                super.updateItem(d, empty);
                setText(null);
                if (empty || d == null) {
                    setGraphic(null);
                    return;
                }
                title.setText(d.title());
                where.setText(d.stage().label() + (d.shownValue() == null ? "" : "  \u00B7  " + d.shownValue().formatWhole(locale)));
                setGraphic(lines);
            }
        });
        dealList.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null) {
                model.selectedDealProperty().set(d);
            }
        });
        model.selectedDealProperty().addListener((o, a, d) -> {
            if (d != null && dealList.getSelectionModel().getSelectedItem() != d) {
                dealList.getSelectionModel().select(d);
            }
        });
        // The list is replaced when a deal changes: its selection is made again.
        model.deals().addListener((javafx.collections.ListChangeListener<DealCard>) c -> {
            DealCard d = model.selectedDealProperty().get();
            if (d != null && dealList.getSelectionModel().getSelectedItem() != d) {
                dealList.getSelectionModel().select(d);
            }
        });
        Button followUp = new Button("Follow-up…", new FontIcon(Feather.BELL));
        followUp.setId("follow-up-for-deal");
        followUp.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        followUp.disableProperty().bind(model.selectedDealProperty().isNull());
        followUp.setOnAction(e -> onScheduleFollowUp.accept(model.selectedDealProperty().get().id(),
                model.selectedDealProperty().get().title()));
        Button addDeal = new Button("New deal…", new FontIcon(Feather.PLUS));
        addDeal.setId("new-deal-for-contact");
        addDeal.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        addDeal.setOnAction(e -> newDeal.ask(pane.getScene().getWindow(), model.titleProperty().get())
                .ifPresent(d -> model.newDeal(d.title(), d.value(), d.currency(), locale)));

        Label gate = new Label();
        gate.getStyleClass().add(Styles.TEXT_BOLD);
        gate.textProperty().bind(model.nextStageProperty().map(s -> s.isEmpty() ? "" : "Checklist for " + s));
        ChecklistView checklist = new ChecklistView(model.checklist());
        checklist.setId("contact-checklist");


        Label dealSection = ContactPane.section("Deal");
        dealSection.visibleProperty().bind(dealEditor.visibleProperty());
        dealSection.managedProperty().bind(dealSection.visibleProperty());
        // A won or lost deal has no next stage, so no checklist: no empty box where it was.
        checklist.visibleProperty().bind(model.selectedDealProperty().isNotNull().and(model.nextStageProperty().isNotEmpty()));
        checklist.managedProperty().bind(checklist.visibleProperty());
        ScoreView score = new ScoreView(model.scoreProperty(), clock, locale);
        Label dealsTitle = ContactPane.section("Deals");
        dealsTitle.setMinWidth(Label.USE_PREF_SIZE); // "DEALS", never "DE…"
        HBox dealsHead = new HBox(8, dealsTitle, ContactPane.spacer(), followUp, addDeal);
        dealsHead.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // In a narrow pane the buttons show their icons alone (their tooltips name them), never cut words.
        javafx.beans.binding.BooleanBinding narrow = dealsHead.widthProperty().lessThan(NARROW);
        for (Button b : new Button[] {followUp, addDeal}) {
            b.setMinWidth(Label.USE_PREF_SIZE);
            b.contentDisplayProperty().bind(javafx.beans.binding.Bindings.when(narrow)
                    .then(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY).otherwise(javafx.scene.control.ContentDisplay.LEFT));
            com.funnelboard.ui.common.LazyTooltip.install(b, b.getText());
        }
        VBox dealsTab = new VBox(10, dealsHead, dealList, dealSection, dealEditor, score, gate, checklist);
        return dealsTab;
    }
}
