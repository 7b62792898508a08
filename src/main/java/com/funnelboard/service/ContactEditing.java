package com.funnelboard.service;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.store.Repositories;
import com.funnelboard.store.Store;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Save-as-you-type for the detail pane: the form's texts go in, every valid field is saved at
 * once, and the text of a field that is not valid yet is kept as a draft (in the database, so it
 * survives switching contacts and closing the window) until it is corrected.
 */
public final class ContactEditing {

    /** Organization fields edited from a contact's pane. */
    public static final String ORG_WEBSITE = "org-website";
    public static final String ORG_INDUSTRY = "org-industry";
    public static final String ORG_SIZE = "org-size";
    public static final String ORG_ADDRESS = "org-address";


    private final Store store;

    public ContactEditing(Store store) {
        this.store = store;
    }

    /** A contact's form: the texts of every field (drafts included) and the problems of the drafts. */
    /**
     * @param typed what was typed and not saved yet when the app was last killed or crashed (kept as it was typed, see
     *     {@link #keepTyping}): the form shows it over the stored texts, to be saved; empty for none
     */
    /** @param notice what the save did beyond the fields, in words, or null ("Umbrella Ltd is a new organization; …") */
    public record Form(ContactView contact, Map<String, String> texts, Map<String, String> problems, Map<String, String> typed,
            String notice) {

        public Form(ContactView contact, Map<String, String> texts, Map<String, String> problems, Map<String, String> typed) {
            this(contact, texts, problems, typed, null);
        }

        Form withNotice(String said) {
            return new Form(contact, texts, problems, typed, said);
        }
    }

    /**
     * The form of a contact; of a contact merged into another, the survivor's (so a reference kept
     * from before the merge still opens the person).
     */
    public Form open(UUID contactId) {
        return store.read(r -> form(r, survivorOf(r, contactId)));
    }

    /** The contact a merged contact lives on in (following merges of merges), or the contact itself. */
    private static UUID survivorOf(Repositories r, UUID contactId) {
        UUID id = contactId;
        for (int hops = 0; hops < 32; hops++) {
            UUID next = r.contactProfiles().findAny(id).map(ContactProfile::mergedInto).orElse(null);
            if (next == null) {
                return id;
            }
            id = next;
        }
        return id;
    }

    /** The form's fields in words, where their names do not say it. */
    private static final Map<String, String> FIELD_WORDS = Map.of(ContactProfile.EMAILS, "email addresses", ContactProfile.PHONES,
            "phone numbers", ContactProfile.CHANNEL, "preferred channel", ORG_WEBSITE, "organization\u2019s website", ORG_INDUSTRY,
            "organization\u2019s industry", ORG_SIZE, "organization\u2019s size", ORG_ADDRESS, "organization\u2019s address");

    /** A field of the form in words: "phone numbers", "title", "organization’s website". */
    public static String fieldWords(String field) {
        return FIELD_WORDS.getOrDefault(field, field.replace('-', ' '));
    }

    /**
     * What a save of the form is called in Edit → Undo and History: "Edited Marta Kowalczyk's title",
     * "… title and phone numbers", "… title, phone numbers and notes" (three different edits all
     * read "Edited Marta Kowalczyk", so Undo did not say which it would take back).
     */
    static String edited(String name, java.util.Collection<String> fields) {
        List<String> words = fields.stream().sorted().map(ContactEditing::fieldWords).toList();
        if (words.isEmpty() || words.size() > 3) {
            return "Edited " + name;
        }
        String list = words.size() == 1 ? words.getFirst()
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
        return "Edited " + name + "\u2019s " + list;
    }

    /**
     * Saves what is valid of the typed texts and keeps the rest as a draft.
     *
     * @param texts field name → text as typed, for the fields of the form (see {@link #texts})
     * @return the form as it now stands, with the problem of each field still in draft
     */
    public Form save(UUID contactId, Map<String, String> texts) {
        return store.write(r -> {
            ContactProfile stored = r.contactProfiles().find(contactId).orElseThrow(() -> ContactService.noContact(contactId));
            r.describe(edited(stored.name(), texts.keySet()));
            Map<String, String> all = new LinkedHashMap<>(texts(stored, orgOf(r, stored)));
            all.putAll(texts);

            UUID orgId = stored.organizationId();
            String made = null;
            String orgName = trim(all.get(ContactProfile.ORGANIZATION));
            Map<String, String> problems = new LinkedHashMap<>();
            if (orgName == null) {
                orgId = null;
            } else if (com.funnelboard.domain.PlainText.length(orgName) > 300) {
                problems.put(ContactProfile.ORGANIZATION, "Organization is longer than 300 characters");
            } else {
                orgId = r.contacts().findOrganizationByName(orgName).map(o -> o.id()).orElse(null);
                if (orgId == null) {
                    orgId = UUID.randomUUID();
                    r.organizations().insert(new OrganizationProfile(orgId, orgName, null, null, null, null));
                    made = orgName;
                }
            }
            ContactProfile typed = profile(stored, orgId, all);
            problems.putAll(typed.problems());
            ContactProfile saved = profile(stored, orgId, keepValid(all, texts(stored, null), problems));
            r.contactProfiles().update(saved);

            if (orgId != null) {
                OrganizationProfile org = r.organizations().find(orgId).orElseThrow();
                OrganizationProfile typedOrg = new OrganizationProfile(orgId, org.name(), trim(all.get(ORG_WEBSITE)),
                        trim(all.get(ORG_INDUSTRY)), trim(all.get(ORG_SIZE)), trim(all.get(ORG_ADDRESS)));
                Map<String, String> orgProblems = new LinkedHashMap<>();
                typedOrg.problems().forEach((k, v) -> orgProblems.put("org-" + (k.equals(OrganizationProfile.COMPANY_SIZE) ? "size" : k), v));
                problems.putAll(orgProblems);
                r.organizations().update(new OrganizationProfile(orgId, org.name(),
                        orgProblems.containsKey(ORG_WEBSITE) ? org.website() : typedOrg.website(),
                        orgProblems.containsKey(ORG_INDUSTRY) ? org.industry() : typedOrg.industry(),
                        orgProblems.containsKey(ORG_SIZE) ? org.companySize() : typedOrg.companySize(),
                        orgProblems.containsKey(ORG_ADDRESS) ? org.address() : typedOrg.address()));
            }
            Map<String, String> draft = new LinkedHashMap<>();
            problems.keySet().forEach(k -> draft.put(k, all.get(k)));
            r.local().putTexts(draftKey(contactId), draft);
            r.local().delete(typingKey(contactId)); // saved (or kept as a refused draft above): no longer only typed
            return form(r, contactId).withNotice(madeOrganization(r, made, stored.organizationId(), orgId));
        });
    }

    /**
     * Said when a save made an organization of a name typed: a misspelt one corrected on the contact ("Umbrela Ltd" to
     * "Umbrella Ltd") made a second organization and left the first one empty, without a word.
     */
    private static String madeOrganization(com.funnelboard.store.Repositories r, String made, UUID before, UUID now) {
        if (made == null) {
            return null;
        }
        String left = before == null || before.equals(now) || r.organizations().holdsAnyone(before) ? null
                : r.organizations().find(before).map(OrganizationProfile::name).orElse(null);
        return made + " is a new organization" + (left == null ? "." : "; " + left + " has no one left at it (the Organizations page "
                + "renames, merges or deletes it).");
    }

    /**
     * Forgets the texts kept as a draft (typed, not valid, not saved): the form shows the stored
     * ones again. Only this installation's draft changes; nothing shared is written.
     */
    public Form discardDraft(UUID contactId) {
        return store.write(r -> {
            r.local().delete(draftKey(contactId));
            r.local().delete(typingKey(contactId));
            return form(r, contactId);
        });
    }

    private Form form(Repositories r, UUID contactId) {
        ContactProfile p = r.contactProfiles().find(contactId).orElseThrow(() -> ContactService.noContact(contactId));
        OrganizationProfile org = orgOf(r, p);
        ContactView view = new ContactView(p, org, r.board().forContact(contactId));
        Map<String, String> texts = new LinkedHashMap<>(texts(p, org));
        Map<String, String> draft = r.local().texts(draftKey(contactId));
        texts.putAll(draft);
        Map<String, String> problems = new LinkedHashMap<>();
        if (!draft.isEmpty()) {
            problems.putAll(profile(p, p.organizationId(), texts).problems());
            if (org != null) {
                new OrganizationProfile(org.id(), org.name(), texts.get(ORG_WEBSITE), null, null, null).problems()
                        .forEach((k, v) -> problems.put(k.equals(OrganizationProfile.WEBSITE) ? ORG_WEBSITE : k, v));
            }
            problems.keySet().retainAll(draft.keySet());
        }
        return new Form(view, texts, problems, r.local().texts(typingKey(contactId)));
    }

    private static OrganizationProfile orgOf(Repositories r, ContactProfile p) {
        return p.organizationId() == null ? null : r.organizations().find(p.organizationId()).orElse(null);
    }

    /** The form's texts of a contact: lists comma-separated, channel and source as their keys. */
    public static Map<String, String> texts(ContactProfile p, OrganizationProfile org) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put(ContactProfile.NAME, nz(p.name()));
        t.put(ContactProfile.TITLE, nz(p.title()));
        t.put(ContactProfile.ORGANIZATION, org == null ? "" : org.name());
        t.put(ContactProfile.EMAILS, String.join(", ", p.emails()));
        t.put(ContactProfile.PHONES, String.join(", ", p.phones()));
        t.put(ContactProfile.CHANNEL, p.channel() == null ? "" : p.channel().key());
        t.put(ContactProfile.INDUSTRY, nz(p.industry()));
        t.put(ContactProfile.COMPANY_SIZE, nz(p.companySize()));
        t.put(ContactProfile.PERSONA, nz(p.persona()));
        t.put(ContactProfile.PAIN_POINTS, nz(p.painPoints()));
        t.put(ContactProfile.SOURCE, nz(p.source()));
        t.put(ContactProfile.TAGS, String.join(", ", p.tags()));
        t.put(ContactProfile.NOTES, nz(p.notes()));
        if (org != null) {
            t.put(ORG_WEBSITE, nz(org.website()));
            t.put(ORG_INDUSTRY, nz(org.industry()));
            t.put(ORG_SIZE, nz(org.companySize()));
            t.put(ORG_ADDRESS, nz(org.address()));
        }
        return t;
    }

    private static Map<String, String> keepValid(Map<String, String> typed, Map<String, String> stored, Map<String, String> problems) {
        Map<String, String> out = new LinkedHashMap<>(typed);
        problems.keySet().forEach(k -> {
            if (stored.containsKey(k)) {
                out.put(k, stored.get(k));
            }
        });
        return out;
    }

    private static ContactProfile profile(ContactProfile stored, UUID orgId, Map<String, String> t) {
        return new ContactProfile(stored.id(), orgId, nz(t.get(ContactProfile.NAME)).strip(), trim(t.get(ContactProfile.TITLE)),
                split(t.get(ContactProfile.EMAILS)), split(t.get(ContactProfile.PHONES)),
                PreferredChannel.parse(t.get(ContactProfile.CHANNEL)).orElse(null), trim(t.get(ContactProfile.INDUSTRY)),
                trim(t.get(ContactProfile.COMPANY_SIZE)), trim(t.get(ContactProfile.PERSONA)), trim(t.get(ContactProfile.PAIN_POINTS)),
                LeadSource.parse(t.get(ContactProfile.SOURCE)).map(LeadSource::key).orElse(trim(t.get(ContactProfile.SOURCE))),
                split(t.get(ContactProfile.TAGS)), trim(t.get(ContactProfile.NOTES)), null);
    }

    /** "a@b.se, c@d.se; e@f.se" → the three addresses. */
    /** The entries of a list field's text (emails, phones, tags): split at commas, semicolons and line breaks, blanks left out. */
    public static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String draftKey(UUID contactId) {
        return "draft.contact." + contactId;
    }

    /** Before a field's name among the texts kept as typed ({@link #keepTyping}): the field's text the typing was typed over. */
    public static final String TYPED_OVER = "over:";

    private static String typingKey(UUID contactId) {
        return "typing.contact." + contactId;
    }

    /**
     * Keeps what was typed in a contact's form and not saved yet on this installation (never shared), a moment after the
     * typing pauses and before the save's pause: the app killed between a keystroke and the save lost it. Forgotten by the
     * save (or by putting the stored texts back); an empty map forgets it.
     */
    public void keepTyping(UUID contactId, Map<String, String> texts) {
        store.writeAll(r -> r.local().putTexts(typingKey(contactId), new java.util.TreeMap<>(texts)));
    }

    /**
     * What was typed in the log bar about a contact and not logged yet: the note, the time as
     * typed, the kind (its name) and whether inbound.
     */
    public record LogDraft(String note, String when, String kind, boolean in) {

        /** Nothing typed: no draft to keep. */
        public boolean isEmpty() {
            return (note == null || note.isBlank()) && (when == null || when.isBlank());
        }
    }

    /** The log bar's draft for a contact, kept on this installation (never shared) so a quit or a crash does not lose it. */
    public java.util.Optional<LogDraft> logDraft(UUID contactId) {
        return store.read(r -> r.local().get(logDraftKey(contactId))).map(j -> Json.mapper().readValue(j, LogDraft.class));
    }

    /** Keeps the log bar's draft for a contact on this installation; an empty one (or null) forgets it. */
    public void keepLogDraft(UUID contactId, LogDraft draft) {
        store.writeAll(r -> {
            if (draft == null || draft.isEmpty()) {
                r.local().delete(logDraftKey(contactId));
            } else {
                r.local().put(logDraftKey(contactId), Json.mapper().writeValueAsString(draft));
            }
        });
    }

    private static String logDraftKey(UUID contactId) {
        return "draft.log." + contactId;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
