package com.funnelboard.cli;

import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.OrganizationSummary;
import com.funnelboard.service.ContactService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard orgs list|show|edit|delete}: the organizations contacts belong to. */
@Command(name = "orgs", addMethodSubcommands = false, description = "List, add, show, edit and delete organizations.")
final class OrgsCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "add", description = "Add an organization on its own, before anyone there is known.")
    int add(@Option(names = "--name", paramLabel = "NAME", required = true, description = "The organization's name.") String name,
            @Option(names = "--website", paramLabel = "URL") String website,
            @Option(names = "--industry", paramLabel = "TEXT") String industry,
            @Option(names = "--company-size", paramLabel = "TEXT") String companySize,
            @Option(names = "--address", paramLabel = "TEXT") String address) {
        return root.run(s -> {
            OrganizationProfile made = s.workspace().contacts().organizationForms().create(name, website, industry, companySize, address);
            s.console().result(JsonViews.organization(made), () -> s.console().line("Added organization " + made.name() + " ("
                    + Session.shortId(made.id()) + ")."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "list", description = "List organizations by name, with their contacts and open deals.")
    int list(@Option(names = "--search", paramLabel = "TEXT", description = "Only those whose name, industry or website contains TEXT.")
            String search) {
        return root.run(s -> {
            List<OrganizationSummary> list = s.workspace().contacts().organizations(search, Integer.MAX_VALUE);
            s.console().result(Map.of("organizations", list.stream().map(JsonViews::organizationRow).toList()), () -> s.console().table(
                    new String[] {"ID", "NAME", "INDUSTRY", "SIZE", "CONTACTS", "OPEN", "WEBSITE"},
                    list.stream().map(o -> new String[] {Session.shortId(o.id()), o.name(), Session.text(o.industry()), Session.text(o.companySize()),
                        Integer.toString(o.contacts()), Integer.toString(o.openDeals()), Session.text(o.website())}).toList(),
                    "No organizations match."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "show", description = "Show an organization and its contacts.")
    int show(@Parameters(paramLabel = "ID", description = "The organization's id or its first characters.") String id) {
        return root.run(s -> {
            ContactService contacts = s.workspace().contacts();
            OrganizationProfile o = contacts.organization(contacts.resolveOrganizationId(id));
            List<ContactSummary> people = contacts.contactsOf(o.id());
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("organization", JsonViews.organization(o));
            doc.put("contacts", people.stream().map(s.json()::contactRow).toList());
            s.console().result(doc, () -> {
                s.console().line(o.name() + "  (" + o.id() + ")");
                if (o.website() != null) {
                    s.console().line("  website   " + o.website());
                }
                if (o.industry() != null) {
                    s.console().line("  industry  " + o.industry());
                }
                if (o.companySize() != null) {
                    s.console().line("  size      " + o.companySize());
                }
                if (o.address() != null) {
                    s.console().line("  address   " + o.address().replaceAll("\\R", ", "));
                }
                s.console().line("");
                s.console().table(new String[] {"  ID", "NAME", "TITLE", "EMAIL", "OPEN"},
                        people.stream().map(c -> new String[] {"  " + Session.shortId(c.id()), c.name(), Session.text(c.title()), Session.text(c.email()),
                            Integer.toString(c.openDeals())}).toList(),
                        "No contacts.");
            });
            return ExitCodes.OK;
        });
    }

    @Command(name = "delete", description = "Move an organization to the trash; its contacts stay, without it, until it is restored.")
    int delete(@Parameters(paramLabel = "ID", description = "The organization's id or its first characters.") String id) {
        return root.run(s -> {
            ContactService contacts = s.workspace().contacts();
            OrganizationProfile o = contacts.organization(contacts.resolveOrganizationId(id));
            int kept = s.workspace().dealEditing().deleteOrganization(o.id());
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("deleted", o.id().toString());
            doc.put("contactsKept", kept);
            s.console().result(doc, () -> s.console().line("Moved " + o.name() + " to the trash (" + Session.shortId(o.id()) + ")"
                    + (kept == 0 ? "." : "; " + kept + (kept == 1 ? " contact stays" : " contacts stay") + " without it.")));
            return ExitCodes.OK;
        });
    }

    @Command(name = "merge", description = {"Merge organization OTHER into KEEP (two records of one company): OTHER's contacts and deals "
            + "become KEEP's, KEEP's empty fields take OTHER's values, and OTHER goes to the trash; 'undo' takes it back."})
    int merge(@Parameters(index = "0", paramLabel = "KEEP", description = "The organization kept: its id or first characters.") String keep,
            @Parameters(index = "1", paramLabel = "OTHER", description = "The organization merged into it.") String other) {
        return root.run(s -> {
            ContactService contacts = s.workspace().contacts();
            UUID keepId = contacts.resolveOrganizationId(keep);
            UUID otherId = contacts.resolveOrganizationId(other);
            String otherName = contacts.organization(otherId).name();
            OrganizationProfile kept = contacts.mergeOrganizations(keepId, otherId);
            s.console().result(JsonViews.organization(kept), () -> s.console().line("Merged " + otherName + " into " + kept.name() + " ("
                    + Session.shortId(kept.id()) + ")."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "edit", description = "Change an organization's fields; only the options given change.")
    int edit(@Mixin EditOptions options) {
        String id = options.id;
        String name = options.name;
        String website = options.website;
        String industry = options.industry;
        String companySize = options.companySize;
        String address = options.address;
        return root.run(s -> {
            ContactService contacts = s.workspace().contacts();
            OrganizationProfile o = contacts.organization(contacts.resolveOrganizationId(id));
            OrganizationProfile saved = contacts.saveOrganization(new OrganizationProfile(o.id(), name != null ? name : o.name(),
                    website != null ? website : o.website(), industry != null ? industry : o.industry(),
                    companySize != null ? companySize : o.companySize(), address != null ? address : o.address()));
            s.console().result(JsonViews.organization(saved), () -> s.console().line("Saved " + saved.name() + "."));
            return ExitCodes.OK;
        });
    }

    /** The options of {@code orgs edit}, as fields (see {@link CommandWords}). */
    static final class EditOptions {
        @Parameters(paramLabel = "ID", description = "The organization's id or its first characters.")
        String id;
        @Option(names = "--name", paramLabel = "NAME")
        String name;
        @Option(names = "--website", paramLabel = "URL")
        String website;
        @Option(names = "--industry", paramLabel = "TEXT")
        String industry;
        @Option(names = "--company-size", paramLabel = "TEXT")
        String companySize;
        @Option(names = "--address", paramLabel = "TEXT")
        String address;
    }
}
