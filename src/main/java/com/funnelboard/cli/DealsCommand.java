package com.funnelboard.cli;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ItemResult;
import com.funnelboard.service.DealDetails;
import com.funnelboard.service.DealService;
import com.funnelboard.service.NewLead;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import com.funnelboard.cli.DealOptions.AddOptions;
import com.funnelboard.cli.DealOptions.EditOptions;
import com.funnelboard.cli.DealOptions.ListOptions;

/** {@code funnelboard deals list|show|add}. */
@Command(name = "deals", addMethodSubcommands = false, description = "List, show, add, edit and delete deals.")
final class DealsCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "list", description = "List deals in board order: by stage, newest in the stage first (or in --sort order).")
    int list(@Mixin ListOptions options) {
        Stage stage = options.stage;
        String search = options.search;
        String ownerOption = options.ownerOption;
        List<String> filters = options.filters;
        String view = options.view;
        String sortOption = options.sortOption;
        int limit = options.limit;
        int offset = options.offset;
        boolean noContact = options.noContact;
        if (limit < 1) {
            // As every command's --limit (0 listed "No deals match." on a file full of deals).
            return root.console().fail(ExitCodes.BAD_INPUT, "--limit must be at least 1");
        }
        if (offset < 0) {
            return root.console().fail(ExitCodes.BAD_INPUT, "--offset cannot be negative");
        }
        boolean byScore = sortOption != null && sortOption.strip().equalsIgnoreCase("score");
        return root.run(s -> {
            com.funnelboard.domain.BoardLens lens = com.funnelboard.domain.BoardLens.ALL;
            com.funnelboard.domain.DealSort sort = com.funnelboard.domain.DealSort.NEWEST;
            try {
                if (view != null) {
                    var saved = s.workspace().views().find(view);
                    if (saved.isEmpty()) {
                        return s.console().fail(ExitCodes.BAD_INPUT, "There is no saved view " + com.funnelboard.domain.Printable.escape(view)
                                + " (see 'views list')");
                    }
                    lens = saved.get().lens();
                    sort = saved.get().sort();
                }
                lens = com.funnelboard.domain.BoardLens.parse(lens, filters == null ? List.of() : filters, s.locale());
                if (search != null) {
                    // With --filter text=… (or a view's words) its words are added: it took their place without a word.
                    lens = lens.withText(lens.text() == null ? search : lens.text() + " " + search);
                }
                if (ownerOption != null) {
                    lens = lens.withOwner(s.owner(ownerOption));
                }
                lens = ViewsCommand.resolveMe(s, lens);
                if (sortOption != null && !byScore) {
                    sort = com.funnelboard.domain.DealSort.fromKey(sortOption);
                }
            } catch (IllegalArgumentException e) {
                return s.console().fail(ExitCodes.BAD_INPUT, e.getMessage());
            }
            // Across stages by score: every deal is read and ranked, then the page is cut from the ranking.
            int from = byScore ? 0 : offset;
            int read = byScore ? Integer.MAX_VALUE : limit;
            List<DealCard> found = noContact ? s.deals().withoutContact(from, read) : s.deals().list(stage, lens, sort, from, read);
            found = s.workspace().scoring().withScores(found);
            List<DealCard> cards = byScore ? page(com.funnelboard.service.ScoringService.byScore(found, (int) Math.min(Integer.MAX_VALUE, (long) offset + limit)), offset)
                    : found;
            java.util.Map<java.util.UUID, com.funnelboard.service.DealService.CloseDates> dates = s.console().json()
                    ? s.deals().closeDates(cards) : java.util.Map.of();
            if (options.idsOnly && !s.console().json()) {
                cards.forEach(c -> s.console().line(c.id().toString()));
                return ExitCodes.OK;
            }
            // Each row made as it is written: a list of 100,000 deals held their rows and the whole text at once besides.
            s.console().result(Map.of("deals", Console.lazily(cards, c -> s.json().row(c, dates.get(c.id())))), () -> s.console().table(
                    byScore ? new String[] {"SCORE", "ID", "STAGE", "DAYS", "VALUE", "OWNER", "TITLE", "CONTACT"}
                            : new String[] {"ID", "STAGE", "DAYS", "VALUE", "OWNER", "TITLE", "CONTACT"},
                    cards.stream().map(c -> scored(byScore, c, new String[] {
                        Session.shortId(c.id()),
                        c.stage().key(),
                        Long.toString(s.daysSince(c.stageEnteredAt())),
                        s.money(c.finalValue() != null ? c.finalValue() : c.value()), // a won deal at what it was won for, as the board shows it
                        Session.text(c.owner()),
                        c.title(),
                        (c.contactName() == null ? "" : c.contactName()) + (c.organizationName() == null ? "" : " · " + c.organizationName())
                    })).toList(),
                    "No deals match."));
            return ExitCodes.OK;
        });
    }

    /** {@code cards} after the first {@code offset}. */
    private static List<DealCard> page(List<DealCard> cards, int offset) {
        return offset >= cards.size() ? List.of() : cards.subList(offset, cards.size());
    }

    @Command(name = "show", description = "Show a deal with its contact, timeline, follow-ups and the checklist for its next stage.")
    int show(@Parameters(paramLabel = "DEAL_ID", description = "The deal's id or its first characters.") String id) {
        return root.run(s -> {
            DealService deals = s.deals();
            DealDetails d = deals.details(deals.resolveId(id));
            s.console().result(s.json().deal(d), () -> printDetails(s, d));
            return ExitCodes.OK;
        });
    }

    @Command(name = "add", description = "Add a deal in Lead, with a new contact (in an existing or new organization), or for a stored "
            + "contact (--for).")
    int add(@Mixin AddOptions options) {
        if (options.forContact != null) {
            return addFor(options);
        }
        if (options.contact == null) {
            return root.console().fail(ExitCodes.USAGE, "deals add needs --contact NAME (a new contact) or --for CONTACT_ID (a stored one).");
        }
        String title = options.title;
        String contact = options.contact;
        String org = options.org;
        String email = options.email;
        String phone = options.phone;
        String value = options.value;
        String currency = options.currency;
        LeadSource source = options.source;
        String externalId = options.externalId;
        return root.run(s -> {
            String code = currency != null ? currency : s.workspace().setup().defaultCurrency();
            DealService deals = s.deals();
            DealService.Lead lead = deals.createLead(new NewLead(contact, org, email, phone, source, title, value, code, s.locale()), externalId);
            UUID dealId = lead.deal();
            DealDetails d = deals.details(dealId);
            if (lead.existed()) {
                // The same form posted again (a retry, a double click): the lead made the first time, nothing written.
                Map<String, Object> doc = new java.util.LinkedHashMap<String, Object>(com.funnelboard.service.Json.mapper().convertValue(s.json().deal(d), Map.class));
                doc.put("existed", true);
                s.console().result(doc, () -> s.console().line("A deal with the external id " + externalId.strip() + " is there already: \""
                        + d.deal().title() + "\" (" + Session.shortId(dealId) + "), id " + dealId + "; nothing was added."));
                return ExitCodes.OK;
            }
            // The amount said with its currency, and where that came from when none was given: a rep's deal added after a dollar
            // deal went in dollars (the database's currency is the one most of its deals are in) and left the euro report unseen.
            String worth = d.deal().value() == null ? "" : " at " + s.money(d.deal().value())
                    + (currency != null ? "" : " (the database's currency, " + code + "; --currency sets another)");
            s.console().result(s.json().deal(d), () -> s.console().line(
                    "Added \"" + d.deal().title() + "\" (" + Session.shortId(dealId) + ") in Lead" + worth + ", id " + dealId + "."));
            s.workspace().contacts().lookAlikesOf(d.contact().id()).forEach(l -> s.console().note("The new contact looks like "
                    + l.second().name() + " (" + Session.shortId(l.second().id()) + ": "
                    + l.reasons().stream().map(r -> r.label()).collect(java.util.stream.Collectors.joining(", "))
                    + "); see 'funnelboard contacts duplicates'. A deal for a stored contact: deals add --for "
                    + Session.shortId(l.second().id()) + " --title TITLE."));
            return ExitCodes.OK;
        });
    }

    /** {@code deals add --for ID}: a deal in Lead for a stored contact (a second record of the same person was made). */
    private int addFor(AddOptions options) {
        List<String> besides = new java.util.ArrayList<>();
        for (var o : new Object[][] {{"--contact", options.contact}, {"--org", options.org}, {"--email", options.email},
                {"--phone", options.phone}, {"--source", options.source}, {"--external-id", options.externalId}}) {
            if (o[1] != null) {
                besides.add((String) o[0]);
            }
        }
        if (!besides.isEmpty()) {
            return root.console().fail(ExitCodes.USAGE, "--for adds the deal to a stored contact: " + String.join(", ", besides) + (besides.size() == 1 ? " is" : " are")
                    + " for a new one (the stored contact's own details stay).");
        }
        return root.run(s -> {
            UUID contactId;
            try {
                contactId = s.workspace().contacts().resolveId(options.forContact);
            } catch (com.funnelboard.service.InvalidInputException unknown) {
                // Said of --for, the option given (it blamed --contact).
                throw new com.funnelboard.service.InvalidInputException("for", String.join("; ", unknown.problems().values()));
            }
            String code = options.currency != null ? options.currency : s.workspace().setup().defaultCurrency();
            UUID dealId = s.deals().createDeal(contactId, options.title, options.value == null ? "" : options.value, code, s.locale());
            DealDetails d = s.deals().details(dealId);
            String worth = d.deal().value() == null ? "" : " at " + s.money(d.deal().value())
                    + (options.currency != null ? "" : " (the database's currency, " + code + "; --currency sets another)");
            s.console().result(s.json().deal(d), () -> s.console().line("Added \"" + d.deal().title() + "\" (" + Session.shortId(dealId)
                    + ") in Lead for " + d.contact().name() + worth + ", id " + dealId + "."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "edit", description = "Change a deal's title, value, currency, expected close date, source, owner, contact or notes, "
            + "or a won deal's final value and close date (the others stay).")
    int edit(@Mixin EditOptions options) {
        if (DealIds.many(options.ids)) {
            return ManyDeals.edit(root, options);
        }
        String id = options.ids.get(0);
        String title = options.title;
        String value = options.value;
        String currency = options.currency;
        String closeDate = options.closeDate;
        com.funnelboard.domain.LeadSource source = options.source;
        String newOwner = options.newOwner;
        String contact = options.contact;
        String finalValue = options.finalValue;
        java.time.LocalDate closedOn = options.closedOn;
        String notes = options.notes;
        return root.run(s -> {
            UUID deal = s.deals().resolveId(id);
            UUID contactId = contact == null ? null : s.workspace().contacts().resolveId(contact);
            boolean nobody = newOwner != null && newOwner.strip().equalsIgnoreCase("nobody");
            String ownerEmail = newOwner == null || nobody ? null : s.workspace().people().ownerEmail(newOwner);
            boolean clear = closeDate != null && closeDate.strip().equalsIgnoreCase("none");
            java.time.LocalDate close = null;
            if (closeDate != null && !clear) {
                try {
                    close = Values.dayOrWord(closeDate, java.time.LocalDate.ofInstant(s.now(), s.zone()), s.locale(), "2026-06-30");
                } catch (IllegalArgumentException e) {
                    return s.console().fail(ExitCodes.BAD_INPUT, "--close-date: " + e.getMessage());
                }
            }
            com.funnelboard.domain.Deal edited = null;
            boolean won = finalValue != null || closedOn != null;
            if (title != null || value != null || currency != null || closeDate != null || source != null
                    || newOwner == null && contactId == null && !won && notes == null) {
                edited = s.workspace().dealEditing().edit(deal, new com.funnelboard.service.DealEditing.Edit(title, value, currency, close, clear, source));
            }
            if (won) {
                WonCorrection.correct(s, deal, finalValue, closedOn);
            }
            if (notes != null) {
                s.workspace().dealEditing().setNotes(deal, notes);
            }
            if (ownerEmail != null) {
                s.workspace().people().reassign(deal, ownerEmail, com.funnelboard.service.PeopleService.mailboxName(newOwner));
            }
            if (nobody) {
                s.workspace().people().unassign(deal);
            }
            if (contactId != null) {
                s.workspace().contacts().giveDeal(deal, contactId);
            }
            DealDetails d = s.deals().details(deal);
            // The title this command saved: read again, it gave the one a window typing in the same deal had saved since.
            String saved = edited != null ? edited.title() : d.deal().title();
            s.console().result(s.json().deal(d), () -> s.console().line("Saved \"" + saved + "\" (" + Session.shortId(deal) + ")."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "delete", description = "Move deals to the trash ('trash restore' or 'undo' brings them back).")
    int delete(@Parameters(arity = "1..*", paramLabel = "DEAL_ID", description = "The deal's id or its first characters; several (or '-' "
            + "for those read from standard input, one a line) go as one change, which one undo brings back.") List<String> ids) {
        if (DealIds.many(ids)) {
            return ManyDeals.delete(root, ids);
        }
        String id = ids.get(0);
        return root.run(s -> {
            UUID deal = s.deals().resolveId(id);
            String title = s.deals().details(deal).deal().title();
            s.workspace().dealEditing().delete(deal);
            s.console().result(java.util.Map.of("deleted", deal.toString()),
                    () -> s.console().line("Moved \"" + title + "\" to the trash (" + Session.shortId(deal) + ")."));
            return ExitCodes.OK;
        });
    }

    /** A row with the deal's score in front, when listing by score. */
    private static String[] scored(boolean byScore, DealCard c, String[] row) {
        if (!byScore) {
            return row;
        }
        String[] out = new String[row.length + 1];
        out[0] = c.score() == null ? "" : c.score().toString();
        System.arraycopy(row, 0, out, 1, row.length);
        return out;
    }

    private static void printDetails(Session s, DealDetails d) {
        Console c = s.console();
        var deal = d.deal();
        c.line(deal.title() + "  [" + deal.stage().label() + ", " + s.daysSince(deal.stageEnteredAt()) + " days]");
        c.line("  id        " + deal.id());
        c.line("  owner     " + (deal.owner() == null ? "nobody" : deal.owner()));
        c.line("  value     " + (deal.value() == null ? "not estimated (" + deal.currency() + ")" : s.money(deal.value())));
        if (deal.expectedCloseOn() != null) {
            c.line("  closes    " + deal.expectedCloseOn() + " (expected)");
        }
        if (deal.source() != null) {
            c.line("  source    " + com.funnelboard.domain.LeadSource.parse(deal.source()).map(com.funnelboard.domain.LeadSource::label).orElse(deal.source()));
        }
        c.line("  contact   " + (d.contact() == null ? "no contact" : d.contact().name())
                + (d.organization() == null ? "" : " · " + d.organization().name())
                + (d.contact() == null ? "" : join(d.contact().email(), d.contact().phone())));
        if (deal.lostReason() != null) {
            c.line("  lost      " + deal.lostReason().label() + (deal.lostNote() == null ? "" : ": " + deal.lostNote()));
        }
        if (deal.finalValue() != null) {
            c.line("  final     " + s.money(deal.finalValue()));
        }
        if (deal.closedOn() != null) {
            c.line("  closed    " + deal.closedOn());
        }
        if (d.notes() != null) {
            // Every line of the notes under the first, as indented.
            List<String> lines = d.notes().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                c.line((i == 0 ? "  notes     " : "            ") + lines.get(i));
            }
        }
        if (d.score() != null) {
            c.line("");
            c.line("Score " + d.score().total() + ":" + (d.score().lines().isEmpty() ? " nothing has earned points yet" : ""));
            d.score().lines().forEach(l -> c.line("  " + String.format("%5s", l.signedPoints()) + "  " + l.describe(s.zone(), s.locale(), s.now())));
        }
        if (d.nextStage() != null) {
            c.line("");
            // What "derived" and "checked" mean, once: "required checked" read as a box already ticked.
            c.line("Checklist for " + d.nextStage().label() + " ([x] holds; derived: answered by the data, checked: ticked by hand):");
            c.table(d.checklist().results().stream().map(DealsCommand::itemRow).toList());
        }
        c.line("");
        c.line("Follow-ups:" + (d.followUps().isEmpty() ? " none" : ""));
        c.table(d.followUps().stream().map(f -> followUpRow(s, f)).toList());
        c.line("");
        c.line("Timeline:" + (d.interactions().isEmpty() ? " nothing logged yet" : ""));
        c.table(d.interactions().stream().map(i -> interactionRow(s, i)).toList());
    }

    private static String[] itemRow(ItemResult r) {
        return new String[] {
            "  " + (r.holds() ? "[x]" : "[ ]"),
            r.item().code(),
            r.item().required() ? "required" : "optional",
            r.item().isDerived() ? "derived" : "checked",
            r.item().text() + (r.evidence() == null ? "" : " — " + r.evidence())
        };
    }

    static String[] followUpRow(Session s, FollowUp f) {
        // When it is due now, as `followups list` and the window say it: a snoozed one showed its first time, "upcoming" in the past.
        boolean snoozed = f.isOpen() && f.effectiveDue().isAfter(f.dueAt());
        return new String[] {"  " + Session.shortId(f.id()), s.time(f.effectiveDue()), s.json().status(f) + (snoozed ? " (snoozed)" : ""),
            f.kind().key(), Session.text(f.note())};
    }

    static String[] interactionRow(Session s, Interaction i) {
        return new String[] {"  " + Session.shortId(i.id()), s.time(i.occurredAt()), i.direction().key(), i.kind().key(), Session.text(i.note())};
    }

    private static String join(String email, String phone) {
        StringBuilder b = new StringBuilder();
        if (email != null) {
            b.append(", ").append(email);
        }
        if (phone != null) {
            b.append(", ").append(phone);
        }
        return b.toString();
    }
}
