package com.funnelboard.ui.contact;

import com.funnelboard.ui.common.Problems;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.service.ContactService;
import com.funnelboard.service.DealDetails;
import com.funnelboard.service.DealService;
import com.funnelboard.service.InvalidInputException;
import com.funnelboard.ui.common.Changes;
import com.funnelboard.ui.common.UiExecutors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The detail pane for a deal kept with no contact (an import's deal row that named nobody): the
 * deal, its organization when it has one, "No contact" and a name field to give it one. Adding the
 * contact opens it in the pane with the deal selected, as for any contact.
 */
public final class NoContactViewModel {

    /** A deal shown without a contact, with its organization's profile (null when it has none). */
    public record Shown(DealDetails details, OrganizationProfile organization) {}

    private final DealService deals;
    private final ContactService contacts;
    private final UiExecutors executors;
    /** Opens a contact in the pane with a deal selected (the pane's own show). */
    private final BiFunction<UUID, UUID, CompletableFuture<Void>> openContact;

    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final StringProperty contactName = new SimpleStringProperty(this, "contactName", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    NoContactViewModel(DealService deals, ContactService contacts, UiExecutors executors,
            BiFunction<UUID, UUID, CompletableFuture<Void>> openContact) {
        this.deals = deals;
        this.contacts = contacts;
        this.executors = executors;
        this.openContact = openContact;
    }

    /** The deal shown; null while the pane shows a contact or nothing. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The name typed for the deal's new contact. */
    public StringProperty contactNameProperty() {
        return contactName;
    }

    /** Why the contact was not added, else empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows a deal read by {@link #read} (on the FX thread); null shows nothing. */
    void apply(Shown s) {
        contactName.set("");
        status.set("");
        shown.set(s);
    }

    /** The deal with its organization (in the background). */
    Shown read(UUID dealId) {
        DealDetails d = deals.details(dealId);
        OrganizationProfile org = d.organization() == null ? null : contacts.organization(d.organization().id());
        return new Shown(d, org);
    }

    void clear() {
        shown.set(null);
        contactName.set("");
        status.set("");
    }

    /** Reads the deal shown again when a change touched it: one given a contact elsewhere opens that contact. */
    CompletableFuture<Void> follow(Changes batch) {
        Shown s = shown.get();
        if (s == null || !batch.touchesRow(s.details().deal().id())) {
            return CompletableFuture.completedFuture(null);
        }
        UUID dealId = s.details().deal().id();
        return executors.supply(() -> read(dealId)).thenCompose(now -> {
            if (shown.get() == null || !shown.get().details().deal().id().equals(dealId)) {
                return CompletableFuture.completedFuture(null);
            }
            if (now.details().deal().contactId() != null) {
                return openContact.apply(now.details().deal().contactId(), dealId);
            }
            shown.set(now);
            return CompletableFuture.completedFuture(null);
        }).exceptionally(e -> {
            clear(); // the deal went to the trash meanwhile
            return null;
        });
    }

    /**
     * Gives the deal shown a new contact of the typed name (in the deal's organization), then shows
     * that contact with the deal selected. A name that cannot be kept is said in {@link #statusProperty}.
     *
     * @return the new contact's id; null when nothing was added
     */
    public CompletableFuture<UUID> addContact() {
        Shown s = shown.get();
        if (s == null) {
            return CompletableFuture.completedFuture(null);
        }
        UUID dealId = s.details().deal().id();
        String name = contactName.get();
        return executors.supply(() -> contacts.addToDeal(dealId, name))
                .thenCompose(id -> openContact.apply(id, dealId).thenApply(v -> id))
                .exceptionallyAsync(e -> {
                    Throwable cause = Problems.unwrap(e);
                    status.set(cause instanceof InvalidInputException bad ? String.join("; ", bad.problems().values())
                            : com.funnelboard.ui.common.Problems.sentence("The contact was not added", cause));
                    executors.problems().log("The contact was not added", cause);
                    return null;
                }, executors.fx());
    }

    /** What the pane says of the deal: its title, stage, value, owner and organization, a line each. */
    public static List<String> lines(Shown s, Locale locale) {
        List<String> out = new ArrayList<>();
        var deal = s.details().deal();
        out.add(deal.title());
        out.add(deal.stage().label() + (deal.value() == null ? "" : "  ·  " + deal.value().formatWhole(locale)));
        if (deal.owner() != null) {
            out.add("Owner: " + deal.owner());
        }
        OrganizationProfile org = s.organization();
        if (org == null) {
            out.add("No organization");
        } else {
            List<String> about = new ArrayList<>();
            for (String x : new String[] {org.industry(), org.companySize() == null ? null : org.companySize() + " employees", org.website()}) {
                if (x != null && !x.isBlank()) {
                    about.add(x);
                }
            }
            out.add("Organization: " + org.name() + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")"));
        }
        out.add("No contact: add one to log calls and e-mails with someone.");
        return out;
    }
}
