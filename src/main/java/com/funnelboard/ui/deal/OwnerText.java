package com.funnelboard.ui.deal;

import java.util.Map;
import javafx.util.StringConverter;

/**
 * How the owner field says an owner's email: by the name the team gave it ({@code Ida Berg}), or the
 * email alone when nobody named it; its list and tooltip say both, as a mail program writes a
 * mailbox ({@code Ida Berg <ida@example.com>}). What is typed back is an address, a mailbox, or a
 * name the directory knows (the store checks that the result is an email).
 */
final class OwnerText extends StringConverter<String> {

    private final Map<String, String> names;

    OwnerText(Map<String, String> names) {
        this.names = names;
    }

    /** The name the team gave the address, or the address when it has none: what the field shows (it fits a narrow pane). */
    @Override
    public String toString(String email) {
        if (email == null) {
            return "";
        }
        String name = names.get(email);
        return name == null || name.isBlank() ? email : name;
    }

    /** "Ida Berg <ida@…>", as the list of teammates and the field's tooltip say it. */
    String full(String email) {
        if (email == null) {
            return "nobody";
        }
        String name = names.get(email);
        return name == null || name.isBlank() ? email : name + " <" + email + ">";
    }

    /**
     * The address in what was typed: "Name <address>", an address, or a name the team's directory
     * gives to exactly one address (the field shows names, so a name left as it was still means
     * that address); anything else as typed, which the form refuses as no address.
     */
    @Override
    public String fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        java.util.Optional<String> address = com.funnelboard.domain.Person.mailboxAddress(text);
        if (address.isPresent()) {
            return address.get();
        }
        String typed = text.strip();
        java.util.List<String> named = names.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().strip().equalsIgnoreCase(typed))
                .map(Map.Entry::getKey).toList();
        return named.size() == 1 && !typed.contains("@") ? named.getFirst() : typed;
    }
}
