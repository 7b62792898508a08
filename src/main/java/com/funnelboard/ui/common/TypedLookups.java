package com.funnelboard.ui.common;

import com.funnelboard.service.ContactService;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * What a form adding a contact (New lead, New contact) looks up as it is typed, in the background:
 * the stored organizations a typed name may mean, and the stored contacts the typed one would look
 * like. Each answer for what was typed before a newer keystroke is dropped.
 */
public final class TypedLookups {

    private TypedLookups() {}

    /**
     * Keeps {@code into} to the stored organizations whose name, or a word of it, starts with what
     * {@code typed} holds (answered on the FX thread); the name typed in full is no suggestion.
     */
    public static void suggestOrganizations(StringProperty typed, Function<String, CompletionStage<List<String>>> startingWith,
            ObservableList<String> into) {
        long[] asked = {0};
        typed.addListener((o, was, text) -> {
            long ask = ++asked[0];
            if (text.isBlank()) {
                into.clear();
                return;
            }
            startingWith.apply(text.strip()).thenAccept(names -> {
                if (ask == asked[0]) {
                    into.setAll(names.stream().filter(n -> !n.equalsIgnoreCase(text.strip())).toList());
                }
            });
        });
    }

    /**
     * Whenever the name, organization, email or phone changes, asks {@code lookAlikesOf} for the
     * stored contacts the typed one would look like and hands them to {@code found} (answered on the
     * FX thread); an empty list at once when there is nothing to compare.
     */
    public static void lookAlikes(StringProperty name, StringProperty organization, StringProperty email, StringProperty phone,
            Function<ContactService.Typed, CompletionStage<List<ContactService.LookAlike>>> lookAlikesOf,
            Consumer<List<ContactService.LookAlike>> found) {
        long[] asked = {0};
        for (Observable o : new Observable[] {name, organization, email, phone}) {
            o.addListener(x -> {
                long ask = ++asked[0];
                ContactService.Typed t = new ContactService.Typed(name.get().strip(), organization.get().strip(), email.get().strip(),
                        phone.get().strip());
                if (!t.comparable()) {
                    found.accept(List.of());
                    return;
                }
                lookAlikesOf.apply(t).thenAccept(answer -> {
                    if (ask == asked[0]) {
                        found.accept(answer);
                    }
                });
            });
        }
    }
}
