package com.funnelboard.ui.shell;

import com.funnelboard.service.ContactService;
import com.funnelboard.ui.contact.ContactsViewModel;
import com.funnelboard.ui.contact.NewContactDialog;
import com.funnelboard.ui.contact.NewContactViewModel;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * New contact on the Contacts page: the form, the person added in the background and shown in the
 * detail pane, the contacts it looks like said in the status bar; a form closed with something typed
 * (or whose look-alike was opened instead, or whose add failed) comes back with the next New contact.
 */
final class NewContactFlow {

    private final ContactsViewModel lists;
    private final Supplier<Window> owner;
    private final Consumer<String> status;
    private final Consumer<UUID> show;
    private final BiFunction<String, Throwable, Void> failed;
    /** What the form held when it was left without adding: brought back by the next New contact. */
    private NewContactViewModel pending;

    NewContactFlow(ContactsViewModel lists, Supplier<Window> owner, Consumer<String> status, Consumer<UUID> show,
            BiFunction<String, Throwable, Void> failed) {
        this.lists = lists;
        this.owner = owner;
        this.status = status;
        this.show = show;
        this.failed = failed;
    }

    void ask() {
        NewContactViewModel form = pending != null ? pending : lists.newContactForm();
        var choice = new NewContactDialog(owner.get(), form).showAndWait();
        pending = form;
        if (choice.isEmpty() || choice.get() instanceof NewContactDialog.Choice.Open) {
            String kept = form.typed() ? "The contact you were adding is kept: New contact brings it back." : "";
            if (!form.typed()) {
                pending = null;
            }
            if (choice.orElse(null) instanceof NewContactDialog.Choice.Open o) {
                show.accept(o.contactId());
                kept = ("Opened " + o.name() + ". " + kept).strip();
            }
            if (!kept.isEmpty()) {
                status.accept(kept);
            }
            return;
        }
        List<ContactService.LookAlike> alike = List.copyOf(form.lookAlikes());
        lists.create(form).thenAccept(created -> {
            pending = null;
            String name = form.nameProperty().get().strip();
            status.accept(alike.isEmpty() ? "Added " + name + "."
                    : "Added " + name + ". " + NewContactViewModel.lookAlikeSentence(alike) + " Review\u2026 in the pane merges them.");
            show.accept(created.id());
        }).exceptionally(e -> failed.apply("The contact was not added", e));
    }
}
