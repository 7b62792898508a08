package com.funnelboard.ui.contact;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.service.ContactEditing;
import com.funnelboard.service.ContactService;
import com.funnelboard.service.ContactView;
import com.funnelboard.ui.common.UiExecutors;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Finding look-alike contacts and merging two of them. */
public final class MergeViewModel {

    private final ContactService contacts;
    private final UiExecutors executors;

    public MergeViewModel(ContactService contacts, UiExecutors executors) {
        this.contacts = contacts;
        this.executors = executors;
    }

    /** Both records, side by side. */
    public record Pair(ContactView left, ContactView right) {

        /** A field's text on each side, as the form writes it. */
        public String text(boolean leftSide, String field) {
            ContactView v = leftSide ? left : right;
            return ContactEditing.texts(v.profile(), v.organization()).getOrDefault(field, "");
        }
    }

    public CompletableFuture<Pair> load(UUID a, UUID b) {
        return executors.supply(() -> new Pair(contacts.contact(a), contacts.contact(b)));
    }

    public CompletableFuture<List<ContactService.LookAlike>> duplicates() {
        return executors.supply(contacts::duplicates);
    }

    /**
     * Merges in one transaction.
     *
     * @param keepLeft whether the left record survives
     * @param fromLeft for each field, whether its value comes from the left record
     */
    public CompletableFuture<ContactService.Merged> merge(Pair pair, boolean keepLeft, Map<String, Boolean> fromLeft) {
        UUID keep = (keepLeft ? pair.left() : pair.right()).profile().id();
        UUID other = (keepLeft ? pair.right() : pair.left()).profile().id();
        Set<String> take = new java.util.LinkedHashSet<>();
        for (String field : ContactProfile.MERGEABLE) {
            boolean left = fromLeft.getOrDefault(field, keepLeft);
            if (left != keepLeft) {
                take.add(field);
            }
        }
        return executors.supply(() -> contacts.merge(keep, other, take));
    }
}
