package com.funnelboard.ui.contact;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a new deal's title and value for an existing contact (an upsell or cross-sell). */
public final class NewDealPrompt {

    private final java.util.function.Supplier<String> defaultCurrency;

    /** @param defaultCurrency read when the dialog opens (a quick settings read) */
    public NewDealPrompt(java.util.function.Supplier<String> defaultCurrency) {
        this.defaultCurrency = defaultCurrency;
    }

    /** What was typed; the service validates it. */
    public record Input(String title, String value, String currency) {}

    public Optional<Input> ask(Window owner, String contactName) {
        Dialog<Input> d = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(d.getDialogPane()); // right-to-left text never wrapped, before the first layout
        d.initOwner(owner);
        d.setTitle("New deal");
        d.setHeaderText("A new deal for " + contactName);
        TextField title = new TextField();
        title.setId("new-deal-title");
        title.setPromptText("Upsell: more seats");
        TextField value = new TextField();
        value.setId("new-deal-value");
        value.setPromptText("Optional");
        TextField currency = new TextField(defaultCurrency.get());
        currency.setPrefColumnCount(4);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label("Title"), title);
        g.addRow(1, new Label("Value"), value);
        g.addRow(2, new Label("Currency"), currency);
        d.getDialogPane().setContent(g);
        ButtonType add = new ButtonType("Add deal", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(add).disableProperty().bind(title.textProperty().isEmpty());
        d.setResultConverter(b -> b == add ? new Input(title.getText(), value.getText(), currency.getText()) : null);
        title.requestFocus();
        return d.showAndWait();
    }
}
