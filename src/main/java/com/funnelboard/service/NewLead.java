package com.funnelboard.service;

import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Validation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the "New lead" form (and {@code deals add}) asks for.
 *
 * @param value the amount as typed ("12,500"), blank when not estimated yet
 * @param locale the locale the value is written in (its decimal and grouping separators)
 */
public record NewLead(
        String contactName,
        String organization,
        String email,
        String phone,
        LeadSource source,
        String title,
        String value,
        String currency,
        Locale locale) {

    public static final String CONTACT = "contact";
    public static final String ORGANIZATION = "organization";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String TITLE = "title";
    public static final String VALUE = "value";
    public static final String CURRENCY = "currency";

    /** The problem of each field that has one; empty when the lead can be created. */
    public Map<String, String> problems() {
        Map<String, String> p = new LinkedHashMap<>();
        Validation.requiredText(contactName, "Contact name", com.funnelboard.domain.TextLimits.NAME).ifPresent(m -> p.put(CONTACT, m));
        if (organization != null && com.funnelboard.domain.PlainText.length(organization.strip()) > 300) {
            p.put(ORGANIZATION, "Organization is longer than 300 characters");
        }
        Validation.email(email).ifPresent(m -> p.put(EMAIL, m));
        Validation.phone(phone).ifPresent(m -> p.put(PHONE, m));
        Validation.requiredText(title, "Deal title", com.funnelboard.domain.TextLimits.NAME).ifPresent(m -> p.put(TITLE, m));
        try {
            java.util.Currency.getInstance(currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            p.put(CURRENCY, "Not a currency code");
            return p;
        }
        if (value != null && !value.isBlank()) {
            try {
                money();
            } catch (IllegalArgumentException e) {
                p.put(VALUE, e.getMessage());
            }
        }
        return p;
    }

    String currencyCode() {
        return currency.strip().toUpperCase(Locale.ROOT);
    }

    /** The parsed value, empty when none was typed. */
    Optional<Money> money() {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Money.parse(value, currencyCode(), locale));
    }
}
