package com.funnelboard.ui.importing;

import com.funnelboard.service.importing.CsvImport;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The import dialog's "Amounts with no currency in": the currency of amounts that name none, the
 * database's until the user picks another or types its code, shown only when the file has a deal's
 * value.
 */
final class CurrencyChoice {

    /** Currencies offered first; any other code can be typed. */
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "CAD",
            "AUD", "NZD", "JPY", "CNY", "INR", "BRL", "MXN", "ZAR");
    private final ComboBox<String> currency = new ComboBox<>();
    private final HBox box;
    /** Takes a currency the user chose (the dialog reads the file again). */
    private final Consumer<String> chosen;

    CurrencyChoice(Consumer<String> chosen) {
        this.chosen = chosen;
        currency.setId("import-currency");
        currency.setEditable(true);
        currency.setPrefWidth(90);
        currency.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a narrow dialog squeezed it to one letter of its code
        currency.getItems().setAll(CURRENCIES);
        currency.setTooltip(new javafx.scene.control.Tooltip("The currency of amounts written with no sign or code, where no currency "
                + "column or header says one"));
        currency.valueProperty().addListener((o, was, now) -> choose(was, now));
        // Enter in the box takes the code typed; it does not also press Import (the dialog's default button).
        currency.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                currency.setValue(currency.getEditor().getText());
                e.consume();
            }
        });
        currency.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                currency.setValue(currency.getEditor().getText()); // a code typed and left is taken too
            }
        });
        Label currencyLabel = new Label("Amounts with no currency in:");
        currencyLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box = new HBox(8, currencyLabel, currency);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.visibleProperty().bind(currency.visibleProperty());
        box.managedProperty().bind(currency.visibleProperty());
        currency.setVisible(false);
    }

    /** The label and the box, shown only when the file has a deal's value. */
    HBox box() {
        return box;
    }

    /** Shows the currency the preview read amounts in (until the user chose one), where the file has a deal's value. */
    void show(CsvImport.Preview p) {
        if (currency.getValue() == null) {
            currency.setValue(p.currency());
        }
        currency.setVisible(p.mapping().contains(com.funnelboard.domain.importing.ImportField.DEAL_VALUE)
                || p.mapping().contains(com.funnelboard.domain.importing.ImportField.DEAL_FINAL_VALUE));
    }

    /** Takes a currency code typed or picked (upper case, checked); anything else goes back to what it was. */
    private void choose(String was, String now) {
        if (now == null || now.equals(was) || was == null) {
            return; // the first value is the database's, shown by the preview
        }
        String code = now.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            code = java.util.Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            javafx.application.Platform.runLater(() -> currency.setValue(was)); // not a currency's code: back to the one in use
            return;
        }
        if (!code.equals(now)) {
            currency.setValue(code);
            return;
        }
        chosen.accept(code);
    }
}
