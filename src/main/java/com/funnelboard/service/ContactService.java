package com.funnelboard.service;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.OrganizationSummary;
import com.funnelboard.domain.TimelineEvent;
import com.funnelboard.store.Repositories;
import com.funnelboard.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Contacts and organizations: profiles, lists, the timeline and duplicates. */
public final class ContactService {

    private final Store store;
    private final DuplicateFinder duplicates;

    public ContactService(Store store, DuplicateFinder duplicates) {
        this.store = store;
        this.duplicates = duplicates;
    }

    public ContactView contact(UUID id) {
        return store.read(r -> {
            ContactProfile p = r.contactProfiles().find(id).orElseThrow(() -> noContact(id));
            OrganizationProfile org = p.organizationId() == null ? null : r.organizations().find(p.organizationId()).orElse(null);
            return new ContactView(p, org, r.board().forContact(id));
        });
    }

    /**
     * Whether a change to these rows shows in the contact's pane: the contact, its organization,
     * addresses, deals and their interactions, follow-ups and stage history (always true beyond
     * {@link ChangeFeed#MAX_TRACED_ROWS} rows).
     */
    public boolean concerns(UUID contactId, java.util.Collection<String> rowKeys) {
        if (rowKeys.size() > ChangeFeed.MAX_TRACED_ROWS) {
            return true;
        }
        List<UUID> ids = ChangeFeed.ids(rowKeys);
        return store.read(r -> r.changeReach().concernsContact(contactId, ids));
    }

    /** The contacts the search finds, at most {@code limit}, by name as a person reads names (see {@link NameOrder}). */
    public List<ContactSummary> contacts(String search, int limit) {
        return NameOrder.sorted(store.read(r -> r.contactProfiles().list(search, limit)), ContactSummary::name);
    }

    /** How many contacts {@link #contacts} finds for {@code search}, however many it lists. */
    public int countContacts(String search) {
        return store.read(r -> r.contactProfiles().count(search));
    }

    /** How many organizations {@link #organizations} finds for {@code search}, however many it lists. */
    public int countOrganizations(String search) {
        return store.read(r -> r.organizations().count(search));
    }


    /**
     * Saves every field of a contact.
     *
     * @throws InvalidInputException naming each field that needs correcting; nothing is written
     */
    public ContactProfile save(ContactProfile profile) {
        return save(profile, null);
    }

    /**
     * Saves every field of a contact and, when {@code organizationName} is given, puts the contact
     * in the organization of that name (created when there is none, blank for none), all in one
     * change set.
     */
    public ContactProfile save(ContactProfile typed, String organizationName) {
        requireValid(typed.problems());
        ContactProfile given = duplicates.eachNumberOnce(typed);
        Organizations.requireValidName(organizationName);
        return store.write(r -> {
            ContactProfile profile = organizationName == null ? given : given.withOrganization(Organizations.in(r, organizationName));
            if (profile.organizationId() != null && r.organizations().find(profile.organizationId()).isEmpty()) {
                throw new InvalidInputException(ContactProfile.ORGANIZATION, "No organization " + profile.organizationId());
            }
            if (!r.contactProfiles().update(profile)) {
                throw noContact(profile.id());
            }
            r.describe("Edited " + profile.name().strip());
            return profile;
        });
    }

    /** Adds a contact and says which existing contacts it looks like. */
    public Created create(ContactProfile profile) {
        return create(profile, null);
    }

    /** Adds a contact in the organization of that name (created when there is none), in one change set. */
    public Created create(ContactProfile typed, String organizationName) {
        requireValid(typed.problems());
        ContactProfile given = duplicates.eachNumberOnce(typed);
        Organizations.requireValidName(organizationName);
        return store.write(r -> {
            ContactProfile profile = organizationName == null ? given : given.withOrganization(Organizations.in(r, organizationName));
            r.contactProfiles().insert(profile);
            r.describe("New contact " + profile.name().strip());
            DuplicateFinder.Candidate me = candidate(profile);
            return new Created(profile.id(), duplicates.matchesFor(me, r.contactProfiles().candidatesNear(me)));
        });
    }

    /**
     * Gives a deal kept without a contact (an import's "no contact") a new contact of that name, in
     * the deal's organization, in one change set.
     *
     * @return the new contact's id
     * @throws InvalidInputException naming "name" (blank, too long) or "deal" (gone, or it has a contact already)
     */
    public UUID addToDeal(UUID dealId, String name) {
        ContactProfile given = new ContactProfile(UUID.randomUUID(), null, name == null ? "" : name, null, List.of(), List.of(), null,
                null, null, null, null, null, List.of(), null, null);
        requireValid(given.problems());
        return store.write(r -> {
            com.funnelboard.domain.Deal deal = r.deals().find(dealId).orElseThrow(() -> DealService.noDeal(dealId));
            if (deal.contactId() != null) {
                throw new InvalidInputException("deal", "\u201c" + deal.title() + "\u201d has a contact already");
            }
            ContactProfile profile = given.withOrganization(r.deals().organizationOf(dealId).orElse(null));
            r.contactProfiles().insert(profile);
            r.deals().setContact(dealId, profile.id());
            r.describe("Gave \u201c" + deal.title() + "\u201d the contact " + profile.name().strip());
            return profile.id();
        });
    }

    /** A new contact's id and the existing contacts it looks like. */
    public record Created(UUID id, Map<UUID, Set<DuplicateFinder.Reason>> lookAlikes) {}

    /**
     * The live contacts a contact about to be added would look like — the same email or phone
     * number, or a similar name in the organization of that name — with why; none while the name,
     * address or number typed is not valid yet.
     */
    public List<LookAlike> lookAlikesOfNew(Typed t) {
        return lookAlikesOfNew(t.name(), t.organization(), t.email(), t.phone());
    }

    /** What a form adding a contact (New contact, New lead) has typed so far that look-alikes are found by. */
    public record Typed(String name, String organization, String email, String phone) {
        /** Whether there is anything to compare: an email, a phone number, or a name and an organization. */
        public boolean comparable() {
            return !blank(email) || !blank(phone) || !blank(name) && !blank(organization);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    public List<LookAlike> lookAlikesOfNew(String name, String organizationName, String email, String phone) {
        // An address or number not written out yet (or wrongly) is left out of the comparison; the rest still counts (a bad
        // number beside a stored address hid the look-alike the address found).
        boolean goodEmail = email != null && !email.isBlank() && com.funnelboard.domain.Validation.email(email).isEmpty();
        boolean goodPhone = phone != null && !phone.isBlank() && com.funnelboard.domain.Validation.phone(phone).isEmpty();
        ContactProfile typed = new ContactProfile(UUID.randomUUID(), null, name == null || name.isBlank() ? "?" : name, null,
                goodEmail ? List.of(email) : List.of(), goodPhone ? List.of(phone) : List.of(), null, null, null, null, null, null,
                List.of(), null, null);
        if (!typed.problems().isEmpty()) {
            return List.of();
        }
        return store.read(r -> {
            UUID org = organizationName == null || organizationName.isBlank() ? null
                    : r.contacts().findOrganizationByName(organizationName.strip()).map(o -> o.id()).orElse(null);
            DuplicateFinder.Candidate me = candidate(duplicates.eachNumberOnce(typed).withOrganization(org));
            List<DuplicateFinder.Candidate> near = r.contactProfiles().candidatesNear(me);
            Map<UUID, DuplicateFinder.Candidate> byId = near.stream()
                    .collect(Collectors.toMap(DuplicateFinder.Candidate::id, Function.identity()));
            return duplicates.matchesFor(me, near).entrySet().stream().map(e -> new LookAlike(me, byId.get(e.getKey()), e.getValue()))
                    .filter(l -> name != null && !name.isBlank() || !l.reasons().equals(Set.of(DuplicateFinder.Reason.SIMILAR_NAME)))
                    .sorted(java.util.Comparator.comparing(l -> l.second().name(), String.CASE_INSENSITIVE_ORDER))
                    .toList();
        });
    }

    /** The other live contacts that look like this one, with why. */
    public List<LookAlike> lookAlikesOf(UUID contactId) {
        return store.read(r -> {
            DuplicateFinder.Candidate me = candidate(r.contactProfiles().find(contactId).orElseThrow(() -> noContact(contactId)));
            List<DuplicateFinder.Candidate> near = r.contactProfiles().candidatesNear(me);
            Map<UUID, DuplicateFinder.Candidate> byId = near.stream()
                    .collect(Collectors.toMap(DuplicateFinder.Candidate::id, Function.identity()));
            return duplicates.matchesFor(me, near).entrySet().stream().map(e -> new LookAlike(me, byId.get(e.getKey()), e.getValue()))
                    .toList();
        });
    }

    /** Stored organizations a typed name may mean, for New contact to suggest (as New lead does). */
    public List<String> organizationsStarting(String typed, int limit) {
        return store.read(r -> r.contacts().organizationNamesStarting(typed, limit));
    }

    /** The organization of that name (ignoring case), created when there is none. */
    public UUID organizationNamed(String name) {
        requireValid(new OrganizationProfile(UUID.randomUUID(), name, null, null, null, null).problems());
        return store.write(r -> Organizations.in(r, name));
    }

    public OrganizationProfile organization(UUID id) {
        return store.read(r -> r.organizations().find(id).orElseThrow(() -> noOrganization(id)));
    }

    /** The organization form's own reads and writes (see {@link OrganizationForms}). */
    public OrganizationForms organizationForms() {
        return new OrganizationForms(store);
    }

    static String typingKey(UUID organizationId) {
        return "typing.organization." + organizationId;
    }

    /** What was typed in an organization's form and not saved yet, kept on this installation as typed (a field saves when left). */
    public java.util.Map<String, String> organizationTyping(UUID organizationId) {
        return store.read(r -> r.local().texts(typingKey(organizationId)));
    }

    /** Keeps what was typed in an organization's form (see {@link #organizationTyping}); an empty map forgets it. */
    public void keepOrganizationTyping(UUID organizationId, java.util.Map<String, String> texts) {
        store.writeAll(r -> r.local().putTexts(typingKey(organizationId), new java.util.TreeMap<>(texts)));
    }

    public List<OrganizationSummary> organizations(String search, int limit) {
        return NameOrder.sorted(store.read(r -> r.organizations().list(search, limit)), OrganizationSummary::name);
    }

    /** @throws InvalidInputException naming each field that needs correcting; nothing is written */
    public OrganizationProfile saveOrganization(OrganizationProfile profile) {
        requireValid(profile.problems());
        return store.write(r -> {
            if (!r.organizations().update(profile)) {
                throw noOrganization(profile.id());
            }
            r.local().delete(typingKey(profile.id())); // saved: no longer only typed
            r.describe("Edited " + profile.name().strip());
            return profile;
        });
    }

    /**
     * Merges organization {@code otherId} into {@code keepId} (two records of one company: a rename,
     * a restore, an import spelling it otherwise), in one change set that undo takes back: the other's
     * contacts and deals become the kept one's, a field the kept one leaves empty (website, industry,
     * size, address) takes the other's value, and the other goes to the trash.
     *
     * @return the organization kept, as it is after the merge
     * @throws RefusedException when the two are the same
     * @throws InvalidInputException naming "organization" when either is not a live organization
     */
    public OrganizationProfile mergeOrganizations(UUID keepId, UUID otherId) {
        if (keepId.equals(otherId)) {
            throw new RefusedException("An organization cannot be merged into itself");
        }
        return store.write(r -> Organizations.merge(r, keepId, otherId));
    }

    /** Contacts of an organization, by name. */
    public List<ContactSummary> contactsOf(UUID organizationId) {
        return store.read(r -> r.contactProfiles().list(null, Integer.MAX_VALUE).stream()
                .filter(c -> organizationId.equals(c.organizationId())).toList());
    }

    /**
     * Everything that happened with a contact and its deals, newest first: interactions, stage
     * moves and follow-ups (by due time) interleaved.
     */
    public List<TimelineEvent> timeline(UUID contactId) {
        return store.read(r -> {
            r.contactProfiles().find(contactId).orElseThrow(() -> noContact(contactId));
            Map<UUID, String> titles = r.board().forContact(contactId).stream().collect(Collectors.toMap(DealCard::id, DealCard::title));
            List<TimelineEvent> events = new ArrayList<>();
            r.interactions().forContact(contactId).forEach(i -> events.add(new TimelineEvent.Logged(i, titles.get(i.dealId()))));
            List<com.funnelboard.domain.StageChange> moves = r.stageChanges().forContact(contactId);
            Map<UUID, TimelineEvent.Undoing> undoings = r.stageChanges().undoings(moves.stream().map(com.funnelboard.domain.StageChange::id).toList());
            moves.forEach(c -> events.add(new TimelineEvent.Moved(c, titles.get(c.dealId()), undoings.getOrDefault(c.id(), TimelineEvent.Undoing.NONE))));
            r.followUps().forContact(contactId).forEach(f -> events.add(new TimelineEvent.Reminder(f, titles.get(f.dealId()))));
            events.sort(Comparator.comparing(TimelineEvent::at).reversed());
            return events;
        });
    }

    /** Every pair of live contacts that look alike, with both contacts. */
    public List<LookAlike> duplicates() {
        List<DuplicateFinder.Candidate> all = store.read(r -> r.contactProfiles().candidates());
        Map<UUID, DuplicateFinder.Candidate> byId = all.stream().collect(Collectors.toMap(DuplicateFinder.Candidate::id, Function.identity()));
        return duplicates.pairs(all).stream().map(m -> new LookAlike(byId.get(m.first()), byId.get(m.second()), m.reasons())).toList();
    }

    /** Two contacts that look like the same person, and why. */
    public record LookAlike(DuplicateFinder.Candidate first, DuplicateFinder.Candidate second, Set<DuplicateFinder.Reason> reasons) {}

    /**
     * Merges {@code otherId} into {@code keepId} in one transaction: the survivor takes the named
     * fields from the other record (email addresses, phone numbers and tags not taken are joined),
     * every deal and interaction of the other moves to the survivor (follow-ups go with their
     * deals), and the other is kept as a tombstone pointing at the survivor.
     *
     * @throws RefusedException when the two are the same or either is already merged
     */
    public Merged merge(UUID keepId, UUID otherId, Set<String> takeFromOther) {
        Set<String> unknown = takeFromOther.stream().filter(f -> !ContactProfile.MERGEABLE.contains(f)).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("take", "Not a contact field: " + String.join(", ", unknown) + " (fields: "
                    + String.join(", ", ContactProfile.MERGEABLE) + ")");
        }
        if (keepId.equals(otherId)) {
            throw new RefusedException("A contact cannot be merged into itself");
        }
        return store.write(r -> {
            ContactProfile keep = live(r, keepId);
            ContactProfile other = live(r, otherId);
            ContactProfile survivor = duplicates.eachNumberOnce(ContactMerge.combine(keep, other, takeFromOther));
            requireValid(survivor.problems());
            r.contactProfiles().update(survivor);
            com.funnelboard.domain.Reassigned moved = r.contactProfiles().reassign(otherId, keepId);
            r.contactProfiles().tombstone(otherId, keepId);
            // Two of one name (the commonest duplicate) are told apart by their ids: "Merged Bianca Albers into Bianca Albers" said neither.
            boolean alike = other.name().strip().equalsIgnoreCase(survivor.name().strip());
            r.describe("Merged " + other.name() + (alike ? " (" + IdResolver.shown(otherId) + ")" : "") + " into " + survivor.name()
                    + (alike ? " (" + IdResolver.shown(keepId) + ")" : ""));
            return new Merged(survivor, moved);
        });
    }

    /**
     * Gives a deal to another contact (the champion left, the buyer changed), in one change set that
     * undo takes back: its follow-ups and stage history go with the deal; the calls and notes logged
     * with the contact it had stay that contact's (the person spoken to).
     *
     * @return the contact it has now
     * @throws InvalidInputException naming "contact" when it is the deal's contact already, or there is no such contact
     * @throws RefusedException when the contact was merged into another
     */
    public ContactProfile giveDeal(UUID dealId, UUID contactId) {
        return store.write(r -> {
            com.funnelboard.domain.Deal deal = r.deals().find(dealId).orElseThrow(() -> DealService.noDeal(dealId));
            ContactProfile to = live(r, contactId);
            if (contactId.equals(deal.contactId())) {
                throw new InvalidInputException("contact", "\u201c" + deal.title() + "\u201d is " + to.name().strip() + "'s deal already");
            }
            String was = deal.contactId() == null ? null : r.contactProfiles().findAny(deal.contactId()).map(ContactProfile::name).orElse(null);
            r.deals().setContact(dealId, contactId);
            r.describe("Gave \u201c" + deal.title() + "\u201d to " + to.name().strip() + (was == null ? "" : " (was " + was.strip() + ")"));
            return to;
        });
    }

    /** The survivor of a merge and how many deals and interactions moved to it. */
    public record Merged(ContactProfile survivor, com.funnelboard.domain.Reassigned moved) {}

    public UUID resolveId(String idOrPrefix) {
        try {
            return IdResolver.resolve(idOrPrefix, "contact", (p, n) -> store.read(r -> r.contactProfiles().idsStartingWith(p, n)));
        } catch (InvalidInputException none) {
            // A contact merged into another is that other now (it said "No contact has an id starting with …").
            String typed = idOrPrefix == null ? "" : idOrPrefix.strip();
            java.util.Optional<String> merged = typed.length() < IdResolver.MIN_PREFIX ? java.util.Optional.empty() : store.read(r -> r.contactProfiles()
                    .mergedStartingWith(typed).map(ids -> r.contactProfiles().findAny(ids[0]).map(ContactProfile::name).orElse("The contact") + " ("
                            + IdResolver.shown(ids[0]) + ") was merged into " + r.contactProfiles().findAny(ids[1]).map(ContactProfile::name).orElse("another")
                            + " (" + IdResolver.shown(ids[1]) + "): give that id, or undo the merge to have them apart again"));
            throw merged.map(m -> new InvalidInputException("contact", m)).orElse(none);
        }
    }

    public UUID resolveOrganizationId(String idOrPrefix) {
        return IdResolver.resolve(idOrPrefix, "organization", (p, n) -> store.read(r -> r.organizations().idsStartingWith(p, n)));
    }

    private static ContactProfile live(Repositories r, UUID id) {
        ContactProfile p = r.contactProfiles().findAny(id).orElseThrow(() -> noContact(id));
        if (p.mergedInto() != null) {
            throw new RefusedException("Contact " + id + " was already merged into " + p.mergedInto());
        }
        return r.contactProfiles().find(id).orElseThrow(() -> noContact(id));
    }

    private DuplicateFinder.Candidate candidate(ContactProfile p) {
        return new DuplicateFinder.Candidate(p.id(), p.name(), p.organizationId(), p.emails(), p.phones());
    }

    private static void requireValid(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static InvalidInputException noContact(UUID id) {
        return new InvalidInputException("contact", "No contact " + id);
    }

    static InvalidInputException noOrganization(UUID id) {
        return new InvalidInputException("organization", "No organization " + id);
    }
}
