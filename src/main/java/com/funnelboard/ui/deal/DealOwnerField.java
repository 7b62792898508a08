package com.funnelboard.ui.deal;

import com.funnelboard.ui.common.Problems;
import com.funnelboard.service.InvalidInputException;
import com.funnelboard.service.PeopleService;
import com.funnelboard.ui.common.UiExecutors;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The deal form's owner field: the email of the shown deal's owner, the people it can be given to
 * (the team's directory and everyone who owns deals) with the names the team gave them, and giving
 * the deal to one of them, recorded and undoable. Without the people service the owner is only shown.
 */
final class DealOwnerField {

    private final UiExecutors executors;
    /** The form's problems: a text that is not an email is marked on {@link DealFormViewModel#OWNER}. */
    private final ObservableMap<String, String> problems;
    /** The form's status line. */
    private final ReadOnlyStringWrapper status;
    private final ObjectProperty<String> owner;
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableMap<String, String> names = FXCollections.observableHashMap();
    private PeopleService peopleService;

    /** @param form the view model the owner property belongs to */
    DealOwnerField(Object form, UiExecutors executors, ObservableMap<String, String> problems, ReadOnlyStringWrapper status) {
        this.executors = executors;
        this.problems = problems;
        this.status = status;
        this.owner = new SimpleObjectProperty<>(form, "owner");
    }

    void setPeople(PeopleService service) {
        this.peopleService = service;
    }

    /** The email of the shown deal's owner (null: nobody). */
    ObjectProperty<String> owner() {
        return owner;
    }

    /** The emails the field offers. */
    ObservableList<String> people() {
        return people;
    }

    /** The names the team gave for the people's emails (the directory), by email. */
    ObservableMap<String, String> names() {
        return names;
    }

    /**
     * Gives the deal {@code id}, now owned by {@code now}, to the person with this email (with the
     * name typed beside it, or null), once {@code saving} is done; nothing happens when it is theirs
     * already. An empty email leaves the deal without an owner.
     */
    CompletableFuture<Void> reassign(UUID id, String now, String email, String name, CompletableFuture<Void> saving) {
        String wanted = email == null || email.isBlank() ? null : email.strip();
        if (id == null || peopleService == null || wanted == null && now == null
                || wanted != null && wanted.equalsIgnoreCase(Objects.toString(now, ""))) {
            return CompletableFuture.completedFuture(null);
        }
        PeopleService service = peopleService;
        // An emptied field leaves the deal without an owner ("nobody", as the field's hint says).
        return saving.thenCompose(v -> executors.supply(() -> wanted == null ? service.unassign(id) : service.reassign(id, wanted, name))).handleAsync((changed, failure) -> {
            Throwable cause = Problems.unwrap(failure);
            problems.remove(DealFormViewModel.OWNER);
            if (cause instanceof InvalidInputException bad) {
                problems.put(DealFormViewModel.OWNER, String.join("; ", bad.problems().values()));
                status.set("Not saved yet: " + problems.get(DealFormViewModel.OWNER));
            } else if (cause != null) {
                executors.problems().log("The deal's owner was not changed", cause);
                status.set("Not saved: " + cause.getMessage());
            } else {
                // Said by the name typed beside the address, or the one the team gave it ("Given to Lena Park"), and the field
                // shows it so once the names are read again (it said and showed the bare address).
                String address = wanted == null ? null : wanted.toLowerCase(Locale.ROOT);
                status.set(address == null ? "Left without an owner" : "Given to " + (name != null && !name.isBlank() ? name.strip()
                        : names.getOrDefault(address, address)));
                if (address != null) {
                    loadPeople();
                }
            }
            return null;
        }, executors.fx());
    }

    /** Reads again whom deals can be given to, and their names. */
    void loadPeople() {
        PeopleService service = peopleService;
        if (service == null) {
            return;
        }
        executors.problems().logFailure("The people to give deals to could not be read", executors.supply(() -> {
            java.util.Map<String, String> directory = service.directory();
            java.util.Set<String> emails = new java.util.TreeSet<>(directory.keySet());
            service.owners().forEach(o -> emails.add(o.email()));
            return java.util.Map.entry(java.util.List.copyOf(emails), directory);
        })).thenAcceptAsync(read -> {
            if (!read.getValue().equals(names)) {
                names.clear();
                names.putAll(read.getValue());
            }
            if (!read.getKey().equals(people)) {
                people.setAll(read.getKey());
            }
        }, executors.fx());
    }
}
