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

        /** The entries of a list field (emails, phones, tags) on one side, in their order. */
        public List<String> entries(boolean leftSide, String field) {
            ContactProfile p = (leftSide ? left : right).profile();
            return switch (field) {
                case ContactProfile.EMAILS -> p.emails();
                case ContactProfile.PHONES -> p.phones();
                case ContactProfile.TAGS -> p.tags();
                default -> throw new IllegalArgumentException(field + " is not a list");
            };
        }

        /** The entries of the other record's list that keeping {@code keepLeft}'s list adds to it (repeats, ignoring case, left out). */
        public List<String> added(boolean keepLeft, String field) {
            Set<String> kept = new java.util.HashSet<>();
            entries(keepLeft, field).forEach(e -> kept.add(e.toLowerCase(java.util.Locale.ROOT)));
            return entries(!keepLeft, field).stream().filter(e -> kept.add(e.toLowerCase(java.util.Locale.ROOT))).toList();
        }

        /**
         * Which record the dialog offers to keep first: the one with more deals, then the one with more
         * of its fields filled (a lead typed again in lower case was offered over the record with the
         * phone and the title), the left one when even.
         */
        public boolean keepLeftByDefault() {
            if (left.deals().size() != right.deals().size()) {
                return left.deals().size() > right.deals().size();
            }
            return filled(left) >= filled(right);
        }

        private static long filled(ContactView v) {
            return com.funnelboard.service.ContactEditing.texts(v.profile(), v.organization()).values().stream()
                    .filter(t -> t != null && !t.isBlank()).count();
        }
    }

    /** Whether a field is a list (emails, phones, tags): the kept record's list is joined with the other's unless that is taken. */
    public static boolean isList(String field) {
        return LISTS.contains(field);
    }

    private static final Set<String> LISTS = Set.of(ContactProfile.EMAILS, ContactProfile.PHONES, ContactProfile.TAGS);

    /** The choice of every field before any is touched: each from the record being kept. */
    public static Map<String, Boolean> defaults(boolean keepLeft) {
        Map<String, Boolean> out = new java.util.LinkedHashMap<>();
        ContactProfile.MERGEABLE.forEach(f -> out.put(f, keepLeft));
        return out;
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
