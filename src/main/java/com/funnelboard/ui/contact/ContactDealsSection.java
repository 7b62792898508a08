package com.funnelboard.ui.contact;

import atlantafx.base.theme.Styles;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.checklist.ItemResult;
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
import javafx.scene.layout.Priority;
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
    /** A list row's height in the theme (a line of text with its padding). */
    static final double LIST_ROW = 32;

    static VBox build(ContactPaneViewModel model, Node pane, Clock clock, Locale locale, NewDealPrompt newDeal, Node dealEditor,
            BiConsumer<UUID, String> onScheduleFollowUp) {
        ListView<DealCard> dealList = new ListView<>(model.deals());
        dealList.setId("contact-deals");
        dealList.setPrefHeight(150);
        // On a short screen the tab scrolls rather than squeezing its lists to a line each: two deals and
        // four checklist items stay readable whatever the window's height.
        dealList.setMinHeight(LIST_ROW * 2 + 4);
        dealList.setPlaceholder(new Label("No deals. New deal\u2026 opens one."));
        dealList.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0); // long titles end in "…" instead of scrolling the list sideways
            }

            @Override
            protected void updateItem(DealCard d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.title() + "  ·  " + d.stage().label()
                        + (d.shownValue() == null ? "" : "  ·  " + d.shownValue().formatWhole(locale)));
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
        ListView<ItemResult> checklist = new ListView<>(model.checklist());
        checklist.setId("contact-checklist");
        checklist.setPrefHeight(130);
        checklist.setMinHeight(LIST_ROW * 4 + 4);
        checklist.setCellFactory(l -> new ChecklistCell());


        Label dealSection = ContactPane.section("Deal");
        dealSection.visibleProperty().bind(dealEditor.visibleProperty());
        dealSection.managedProperty().bind(dealSection.visibleProperty());
        // A won or lost deal has no next stage, so no checklist: no empty box where it was.
        checklist.visibleProperty().bind(model.selectedDealProperty().isNotNull().and(model.nextStageProperty().isNotEmpty()));
        checklist.managedProperty().bind(checklist.visibleProperty());
        ScoreView score = new ScoreView(model.scoreProperty(), clock, locale);
        VBox dealsTab = new VBox(10, new HBox(8, ContactPane.section("Deals"), ContactPane.spacer(), followUp, addDeal), dealList, dealSection, dealEditor,
                score, gate, checklist);
        VBox.setVgrow(checklist, Priority.ALWAYS);
        return dealsTab;
    }
}
