package com.funnelboard.ui.deal;

import java.util.Map;
import javafx.util.StringConverter;

/**
 * How the owner field says an owner's email: with the name the team gave it, as a mail program
 * writes a mailbox ({@code Ida Berg <ida@example.com>}), or the email alone when nobody named it.
 * What is typed back is the address inside the angle brackets when there are some, else the text
 * as typed (the store checks that it is an email).
 */
final class OwnerText extends StringConverter<String> {

    private final Map<String, String> names;

    OwnerText(Map<String, String> names) {
        this.names = names;
    }

    @Override
    public String toString(String email) {
        if (email == null) {
            return "";
        }
        String name = names.get(email);
        return name == null || name.isBlank() ? email : name + " <" + email + ">";
    }

    @Override
    public String fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return com.funnelboard.domain.Person.mailboxAddress(text).orElse(text.strip());
    }
}
