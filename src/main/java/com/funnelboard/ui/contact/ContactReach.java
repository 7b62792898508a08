package com.funnelboard.ui.contact;

import com.funnelboard.domain.ContactLinks;
import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.ui.common.Links;
import com.funnelboard.ui.common.UiExecutors;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/**
 * Writing to or calling the contact shown from the pane: their first e-mail address goes to the mail program and their
 * first number to the phone program of the computer, and the log bar is made ready to log what followed (an email or a
 * call, outbound). Where no program takes it, the address is offered for the clipboard instead, and said.
 */
final class ContactReach {

    /** What reaching a contact came to: the sentence for the status bar, and the address when no program took it. */
    record Outcome(String said, InteractionKind kind, String notTaken) {}

    private final ContactPaneViewModel model;
    private final UiExecutors executors;
    private Links links = Links.NONE;
    private final StringBinding email;
    private final StringBinding phone;

    ContactReach(ContactPaneViewModel model, UiExecutors executors) {
        this.model = model;
        this.executors = executors;
        this.email = first(emails, ContactLinks::mailto);
        this.phone = first(phones, ContactLinks::tel);
    }

    /** The contact's addresses and numbers as stored, each whole (the form's text splits "030 1234;ext=5" at its ";"). */
    private final javafx.beans.property.ObjectProperty<java.util.List<String>> emails = new javafx.beans.property.SimpleObjectProperty<>(
            java.util.List.of());
    private final javafx.beans.property.ObjectProperty<java.util.List<String>> phones = new javafx.beans.property.SimpleObjectProperty<>(
            java.util.List.of());

    /** Takes the contact's addresses and numbers as stored, when shown or saved. */
    void stored(ContactProfile profile) {
        emails.set(profile == null ? java.util.List.of() : java.util.List.copyOf(profile.emails()));
        phones.set(profile == null ? java.util.List.of() : java.util.List.copyOf(profile.phones()));
    }

    void setLinks(Links links) {
        this.links = links;
    }

    /** The address an email goes to: the first the contact has that is one; empty when none. */
    StringBinding email() {
        return email;
    }

    /** The number a call goes to: the first the contact has that can be dialled; empty when none. */
    StringBinding phone() {
        return phone;
    }

    /** Hands the contact's address ({@code kind} EMAIL) or number (CALL) to the computer's program for it. */
    CompletableFuture<Outcome> reach(InteractionKind kind) {
        boolean mail = kind == InteractionKind.EMAIL;
        String to = (mail ? email : phone).get();
        String who = model.titleProperty().get();
        if (to.isEmpty()) {
            return CompletableFuture.completedFuture(new Outcome(who + (mail ? " has no e-mail address to write to." : " has no phone number to call."),
                    kind, null));
        }
        String uri = (mail ? ContactLinks.mailto(to) : ContactLinks.tel(to)).orElseThrow();
        return executors.supply(() -> {
            try {
                links.open(uri);
                return new Outcome((mail ? "Writing to " + who + " (" + to + ") in your mail program" : "Calling " + who + " (" + to + ")")
                        + ": log the " + (mail ? "email" : "call") + " here once it is done.", kind, null);
            } catch (java.io.IOException none) {
                org.slf4j.LoggerFactory.getLogger(ContactReach.class).warn("{} could not be opened: {}", uri, none.getMessage());
                return new Outcome((mail ? "Could not write to " : "Could not call ") + who + ": " + none.getMessage() + ". " + to
                        + " is copied: paste it where you " + (mail ? "write" : "dial") + ".", kind, to);
            }
        });
    }

    /** The first of {@code list} that {@code link} makes an address of; "" when none does. */
    private static StringBinding first(javafx.beans.property.ObjectProperty<java.util.List<String>> list, Function<String, Optional<String>> link) {
        return Bindings.createStringBinding(() -> list.get().stream().filter(s -> link.apply(s).isPresent()).findFirst().orElse(""), list);
    }
}
