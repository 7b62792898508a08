package com.funnelboard.cli;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.domain.TimelineEvent;
import com.funnelboard.service.ContactService;
import com.funnelboard.service.ContactView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard contacts ...}: the people behind the deals. */
@Command(name = "contacts", addMethodSubcommands = false, description = "List, show, add, edit, de-duplicate and merge contacts.")
final class ContactsCommand {

    @ParentCommand
    RootCommand root;

    /** The editable fields; on {@code edit}, only those given change. Repeated options replace the whole list. */
    static final class Fields {
        @Option(names = "--name", paramLabel = "NAME", description = "Full name (required by contacts add).") String name;
        @Option(names = "--title", paramLabel = "TITLE", description = "Job title.") String title;
        @Option(names = "--org", paramLabel = "NAME", description = "Organization; an existing one of that name is reused.") String org;
        @Option(names = "--email", paramLabel = "EMAIL", description = "Repeatable; the first is the primary address. With contacts edit, the addresses given replace the stored ones: give each to keep.") List<String> emails;
        @Option(names = "--phone", paramLabel = "PHONE", description = "Repeatable; the first is the primary number. With contacts edit, the numbers given replace the stored ones: give each to keep.") List<String> phones;
        @Option(names = "--channel", paramLabel = "CHANNEL", completionCandidates = Values.Channels.class,
                description = "Preferred channel: ${COMPLETION-CANDIDATES}.") PreferredChannel channel;
        @Option(names = "--industry", paramLabel = "TEXT") String industry;
        @Option(names = "--company-size", paramLabel = "TEXT", description = "Such as 51-200.") String companySize;
        @Option(names = "--persona", paramLabel = "TEXT") String persona;
        @Option(names = "--pain-points", paramLabel = "TEXT") String painPoints;
        @Option(names = "--source", paramLabel = "SOURCE", completionCandidates = Values.Sources.class,
                description = "${COMPLETION-CANDIDATES}.") LeadSource source;
        @Option(names = "--tag", paramLabel = "TAG", description = "Repeatable. With contacts edit, the tags given replace the stored ones: give each to keep.") List<String> tags;
        @Option(names = "--notes", paramLabel = "TEXT") String notes;

        ContactProfile applyTo(ContactProfile p, UUID orgId) {
            return new ContactProfile(p.id(), orgId, or(name, p.name()), or(title, p.title()), emails != null ? emails : p.emails(),
                    phones != null ? phones : p.phones(), channel != null ? channel : p.channel(), or(industry, p.industry()),
                    or(companySize, p.companySize()), or(persona, p.persona()), or(painPoints, p.painPoints()),
                    source != null ? source.key() : p.source(), tags != null ? tags : p.tags(), or(notes, p.notes()), null);
        }

        private static String or(String given, String current) {
            return given != null ? given : current;
        }
    }

    @Command(name = "list", description = "List contacts by name, including those with no open deal.")
    int list(@Option(names = "--search", paramLabel = "TEXT",
                    description = "Only contacts whose name, title, email or organization contains TEXT.") String search,
            @Option(names = "--limit", paramLabel = "N", defaultValue = "" + Integer.MAX_VALUE,
                    showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER, description = "At most N contacts.") int limit) {
        if (limit < 1) {
            return root.console().fail(ExitCodes.BAD_INPUT, "--limit must be at least 1"); // 0 or -3 said "No contacts match."
        }
        return root.run(s -> {
            List<ContactSummary> list = s.workspace().contacts().contacts(search, limit);
            s.console().result(Map.of("contacts", list.stream().map(s.json()::contactRow).toList()), () -> s.console().table(
                    new String[] {"ID", "NAME", "ORGANIZATION", "EMAIL", "PHONE", "OPEN", "LAST CONTACT"},
                    list.stream().map(c -> new String[] {Session.shortId(c.id()), c.name(), Session.text(c.organizationName()), Session.text(c.email()),
                        Session.text(c.phone()), Integer.toString(c.openDeals()), s.time(c.lastInteractionAt())}).toList(),
                    "No contacts match."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "show", description = "Show a contact with their deals and timeline (interactions, stage moves, follow-ups).")
    int show(@Parameters(paramLabel = "ID", description = "The contact's id or its first characters.") String id) {
        return root.run(s -> {
            ContactService contacts = s.workspace().contacts();
            ContactView v = contacts.contact(contacts.resolveId(id));
            List<TimelineEvent> timeline = contacts.timeline(v.profile().id());
            s.console().result(s.json().contactDetail(v, timeline), () -> printContact(s, v, timeline));
            return ExitCodes.OK;
        });
    }

    @Command(name = "delete", description = "Move a contact to the trash; with --with-deals their deals go too.")
    int delete(@Parameters(paramLabel = "CONTACT_ID", description = "The contact's id or its first characters.") String id,
            @Option(names = "--with-deals", description = "Also move the contact's deals to the trash.") boolean withDeals) {
        return root.run(s -> {
            UUID contact = s.workspace().contacts().resolveId(id);
            int deals = s.workspace().dealEditing().deleteContact(contact, withDeals);
            java.util.Map<String, Object> doc = new java.util.LinkedHashMap<>();
            doc.put("deleted", contact.toString());
            doc.put("deals", deals);
            s.console().result(doc, () -> s.console().line("Moved the contact" + (deals == 0 ? "" : " and " + deals + (deals == 1 ? " deal" : " deals"))
                    + " to the trash (" + Session.shortId(contact) + ")."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "add", description = "Add a contact. Contacts that look like the same person are listed (the contact is still added).")
    int add(@Mixin Fields fields) {
        return root.run(s -> {
            ContactService contacts = s.workspace().contacts();
            ContactProfile p = fields.applyTo(ContactProfile.named(UUID.randomUUID(), null), null);
            ContactService.Created created = contacts.create(p, fields.org);
            ContactView v = contacts.contact(created.id());
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("contact", JsonViews.contact(v.profile(), v.organization()));
            doc.put("lookAlikes", lookAlikes(created.lookAlikes()));
            s.console().result(doc, () -> {
                s.console().line("Added " + p.name() + " (" + Session.shortId(p.id()) + "), id " + p.id() + ".");
                created.lookAlikes().forEach((other, why) -> s.console().line("  Looks like contact " + Session.shortId(other) + " ("
                        + why.stream().map(DuplicateFinder.Reason::label).collect(Collectors.joining(", ")) + ")."));
            });
            return ExitCodes.OK;
        });
    }

    @Command(name = "edit", description = "Change a contact's fields; only the options given change.")
    int edit(@Parameters(paramLabel = "ID", description = "The contact's id or its first characters.") String id, @Mixin Fields fields) {
        return root.run(s -> {
            ContactService contacts = s.workspace().contacts();
            ContactView before = contacts.contact(contacts.resolveId(id));
            contacts.save(fields.applyTo(before.profile(), before.profile().organizationId()), fields.org);
            ContactView v = contacts.contact(before.profile().id());
            s.console().result(JsonViews.contact(v.profile(), v.organization()),
                    () -> s.console().line("Saved " + v.profile().name() + " (" + Session.shortId(v.profile().id()) + ")."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "duplicates", description = "List pairs of contacts that look like the same person: same email, "
            + "same phone number, or a very similar name at the same organization.")
    int duplicates() {
        return root.run(s -> {
            List<ContactService.LookAlike> pairs = s.workspace().contacts().duplicates();
            s.console().result(Map.of("duplicates", pairs.stream().map(p -> new JsonViews.LookAlikeJson(JsonViews.contactRef(p.first()),
                    JsonViews.contactRef(p.second()), p.reasons().stream().map(DuplicateFinder.Reason::key).toList())).toList()),
                    () -> s.console().table(new String[] {"FIRST", "", "SECOND", "", "WHY"},
                            pairs.stream().map(p -> new String[] {Session.shortId(p.first().id()), p.first().name(),
                                Session.shortId(p.second().id()), p.second().name(),
                                p.reasons().stream().map(DuplicateFinder.Reason::label).collect(Collectors.joining(", "))}).toList(),
                            "No duplicates found."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "merge", description = {
        "Merge OTHER_ID into KEEP_ID in one transaction: every deal and interaction of OTHER moves to KEEP",
        "(follow-ups go with their deals), and OTHER is kept as a tombstone pointing at KEEP.",
        "KEEP keeps its own fields except those named with --take; email addresses, phone numbers and tags",
        "not taken are joined."
    })
    int merge(@Mixin MergeOptions options) {
        String keep = options.keep;
        String other = options.other;
        List<String> take = options.take;
        return root.run(s -> {
            ContactService contacts = s.workspace().contacts();
            UUID keepId = contacts.resolveId(keep);
            UUID otherId = contacts.resolveId(other);
            Set<String> fields = take == null ? Set.of() : new LinkedHashSet<>(take.stream().map(String::strip).toList());
            ContactService.Merged merged = contacts.merge(keepId, otherId, fields);
            ContactView v = contacts.contact(keepId);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("survivor", JsonViews.contact(v.profile(), v.organization()));
            doc.put("mergedAway", otherId.toString());
            doc.put("moved", merged.moved().deals() + merged.moved().interactions());
            doc.put("movedDeals", merged.moved().deals());
            doc.put("movedInteractions", merged.moved().interactions());
            s.console().result(doc, () -> s.console().line("Merged " + Session.shortId(otherId) + " into " + v.profile().name() + " ("
                    + Session.shortId(keepId) + "); " + merged.moved().said() + " moved to it."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "add-deal", description = "Open another deal, in Lead, for an existing contact (an upsell or cross-sell).")
    int addDeal(@Mixin AddDealOptions options) {
        String id = options.id;
        String title = options.title;
        String value = options.value;
        String currency = options.currency;
        return root.run(s -> {
            UUID contact = s.workspace().contacts().resolveId(id);
            var deals = s.deals();
            UUID dealId = deals.createDeal(contact, title, value, currency != null ? currency : s.workspace().setup().defaultCurrency(),
                    s.locale());
            var d = deals.details(dealId);
            s.console().result(s.json().deal(d), () -> s.console().line("Added \"" + d.deal().title() + "\" (" + Session.shortId(dealId)
                    + ") in Lead for " + d.contact().name() + "."));
            return ExitCodes.OK;
        });
    }

    private static List<Map<String, Object>> lookAlikes(Map<UUID, Set<DuplicateFinder.Reason>> found) {
        List<Map<String, Object>> out = new ArrayList<>();
        found.forEach((id, why) -> out.add(Map.of("id", id.toString(), "reasons", why.stream().map(DuplicateFinder.Reason::key).toList())));
        return out;
    }

    private static void printContact(Session s, ContactView v, List<TimelineEvent> timeline) {
        Console c = s.console();
        ContactProfile p = v.profile();
        c.line(p.name() + (p.title() == null ? "" : ", " + p.title()) + (v.organization() == null ? "" : " · " + v.organization().name()));
        c.line("  id        " + p.id());
        p.emails().forEach(e -> c.line("  email     " + e));
        p.phones().forEach(e -> c.line("  phone     " + e));
        line(c, "channel", p.channel() == null ? null : p.channel().label());
        line(c, "industry", p.industry());
        line(c, "size", p.companySize());
        line(c, "persona", p.persona());
        line(c, "pains", p.painPoints());
        line(c, "source", p.source());
        line(c, "tags", p.tags().isEmpty() ? null : String.join(", ", p.tags()));
        line(c, "notes", p.notes());
        c.line("");
        c.line("Deals:" + (v.deals().isEmpty() ? " none" : ""));
        c.table(v.deals().stream().map(d -> new String[] {"  " + Session.shortId(d.id()), d.stage().key(), s.money(d.shownValue()), d.title()})
                .toList());
        c.line("");
        c.line("Timeline:" + (timeline.isEmpty() ? " nothing yet" : ""));
        c.table(timeline.stream().map(e -> new String[] {"  " + s.time(e.at()), TimelineText.summary(e)}).toList());
    }

    private static void line(Console c, String label, String value) {
        if (value != null && !value.isBlank()) {
            // A line break or a tab pasted into a text is a space on its one line (a tab was shown as "\t", a break as a space).
            c.line(String.format("  %-9s %s", label, value.replaceAll("\\R|\\t", " ")));
        }
    }

    /** The options of {@code contacts add-deal}, as fields (see {@link CommandWords}). */
    static final class AddDealOptions {
        @Parameters(paramLabel = "ID", description = "The contact's id or its first characters.")
        String id;
        @Option(names = "--title", required = true, paramLabel = "TITLE")
        String title;
        @Option(names = "--value", paramLabel = "AMOUNT")
        String value;
        @Option(names = "--currency", paramLabel = "CODE")
        String currency;
    }

    /** The options of {@code contacts merge}, as fields (see {@link CommandWords}). */
    static final class MergeOptions {
        @Parameters(index = "0", paramLabel = "KEEP_ID")
        String keep;
        @Parameters(index = "1", paramLabel = "OTHER_ID")
        String other;
        @Option(names = "--take", paramLabel = "FIELD", description = "A field to take from OTHER, repeatable: "
                + "name, title, organization, emails, phones, channel, industry, company-size, persona, pain-points, source, tags, notes.")
        List<String> take;
    }
}
