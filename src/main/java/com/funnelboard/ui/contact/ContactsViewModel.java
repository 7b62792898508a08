package com.funnelboard.ui.contact;

import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.OrganizationSummary;
import com.funnelboard.service.ContactService;
import com.funnelboard.ui.common.UiExecutors;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Contacts and Organizations lists: every record, filtered by a search text, read off the FX thread. */
public final class ContactsViewModel {

    /** The lists show at most this many rows; the search narrows them. */
    public static final int LIMIT = 5_000;

    private final ContactService contacts;
    private final UiExecutors executors;
    private final StringProperty contactSearch = new SimpleStringProperty(this, "contactSearch", "");
    private final StringProperty orgSearch = new SimpleStringProperty(this, "orgSearch", "");
    private final ObservableList<ContactSummary> contactRows = FXCollections.observableArrayList();
    private final ObservableList<OrganizationSummary> orgRows = FXCollections.observableArrayList();
    private final ObservableList<ContactSummary> orgContacts = FXCollections.observableArrayList();

    public ContactsViewModel(ContactService contacts, UiExecutors executors) {
        this.contacts = contacts;
        this.executors = executors;
        contactSearch.addListener((o, a, b) -> refreshContacts());
        orgSearch.addListener((o, a, b) -> refreshOrganizations());
    }

    public StringProperty contactSearchProperty() {
        return contactSearch;
    }

    public StringProperty organizationSearchProperty() {
        return orgSearch;
    }

    public ObservableList<ContactSummary> contacts() {
        return contactRows;
    }

    public ObservableList<OrganizationSummary> organizations() {
        return orgRows;
    }

    public CompletableFuture<Void> refreshContacts() {
        String text = contactSearch.get();
        return executors.supply(() -> contacts.contacts(text, LIMIT)).thenAccept(rows -> {
            if (text.equals(contactSearch.get())) {
                contactRows.setAll(rows);
            }
        });
    }

    public CompletableFuture<Void> refreshOrganizations() {
        String text = orgSearch.get();
        return executors.supply(() -> contacts.organizations(text, LIMIT)).thenAccept(rows -> {
            if (text.equals(orgSearch.get())) {
                orgRows.setAll(rows);
            }
        });
    }

    public CompletableFuture<Void> refresh() {
        return CompletableFuture.allOf(refreshContacts(), refreshOrganizations());
    }

    /** The contacts of the organization selected in the Organizations list. */
    public ObservableList<ContactSummary> organizationContacts() {
        return orgContacts;
    }

    public CompletableFuture<Void> showOrganization(java.util.UUID orgId) {
        if (orgId == null) {
            orgContacts.clear();
            return CompletableFuture.completedFuture(null);
        }
        return executors.supply(() -> contacts.contactsOf(orgId)).thenAccept(orgContacts::setAll);
    }
}
