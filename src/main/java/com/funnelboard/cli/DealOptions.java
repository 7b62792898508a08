package com.funnelboard.cli;

import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.Stage;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of {@code deals list}, {@code deals add} and {@code deals edit}, as fields (see {@link CommandWords}). */
final class DealOptions {

    private DealOptions() {}

    /** The options of {@code deals list}, as fields (see {@link CommandWords}). */
    static final class ListOptions {
        @Option(names = "--stage", paramLabel = "STAGE", completionCandidates = Values.Stages.class,
                description = "Only this stage: ${COMPLETION-CANDIDATES}.")
        Stage stage;
        @Option(names = "--search", paramLabel = "TEXT",
                description = "Only deals whose words, or their contact's or organization's, begin like every word of TEXT "
                + "(title, names, emails, phone numbers, tags, notes; ignoring case and accents).")
        String search;
        @Option(names = "--owner", paramLabel = "EMAIL|me|nobody",
                description = "Only deals this person owns: their email, 'me' (see 'whoami'), or 'nobody' (deals without an owner).")
        String ownerOption;
        @Option(names = "--filter", paramLabel = "FIELD=VALUE", description = "Only deals that pass this filter (repeatable): text, owner, "
                + "source, industry, size, persona, channel, tag, min-value, max-value (whole units), followup (overdue, none, planned), "
                + "rotting=yes (only rotting deals; =no lifts a saved view's), overridden=yes (deals that entered their stage by "
                + "overriding its checklist), close-passed=yes (open deals past their expected close), idle-days=N (open deals with "
                + "nothing done on them for N days: not added, moved or logged on). Each field once; --search adds its words to text.")
        List<String> filters;
        @Option(names = "--view", paramLabel = "NAME", description = "Start from this saved view's filters and order (see 'views list').")
        String view;
        @Option(names = "--sort", paramLabel = "ORDER", description = "Order within each stage: newest, value, days, followup or close; "
                + "or score: highest lead score first, across stages.")
        String sortOption;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "" + Integer.MAX_VALUE, showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER,
                description = "At most N deals.")
        int limit;
        @Option(names = "--offset", paramLabel = "N", defaultValue = "0", showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER,
                description = "Skip the first N deals of that order: with --limit, a script reads a long list a page at a time.")
        int offset;
        @Option(names = "--no-contact", description = "Only deals with no contact (kept by an import whose rows named nobody).")
        boolean noContact;
        @Option(names = "--ids", description = "Write only the deals' full ids, one a line: for a command that acts on several deals "
                + "read from standard input ('-').")
        boolean idsOnly;
    }

    /** The options of {@code deals add}, as fields (see {@link CommandWords}). */
    static final class AddOptions {
        @Option(names = "--title", required = true, paramLabel = "TITLE", description = "What is being sold.")
        String title;
        @Option(names = "--contact", paramLabel = "NAME", description = "The new contact's name.")
        String contact;
        @Option(names = "--for", paramLabel = "CONTACT_ID", description = "A stored contact's id (or its first characters): the deal is "
                + "theirs, and no new contact is made (in place of --contact, --org, --email and --phone).")
        String forContact;
        @Option(names = "--org", paramLabel = "NAME", description = "The organization; an existing one of that name is reused.")
        String org;
        @Option(names = "--email", paramLabel = "EMAIL")
        String email;
        @Option(names = "--phone", paramLabel = "PHONE")
        String phone;
        @Option(names = "--value", paramLabel = "AMOUNT", description = "Estimated value, written with your locale's decimal separator: 12500.50 or 12,500.50 in English, "
                + "12500,50 or 12.500,50 in German.")
        String value;
        @Option(names = "--currency", paramLabel = "CODE", description = "ISO currency code (default: the database's currency).")
        String currency;
        @Option(names = "--source", paramLabel = "SOURCE", completionCandidates = Values.Sources.class,
                description = "Where the lead came from: ${COMPLETION-CANDIDATES}.")
        LeadSource source;
        @Option(names = "--external-id", paramLabel = "ID", description = "The id another program gave the lead (a web form's submission): "
                + "when a deal has it already, that deal is printed and nothing is added, so a script may post a lead again safely.")
        String externalId;
    }

    /** The options of {@code deals edit}, as fields (see {@link CommandWords}). */
    static final class EditOptions {
        @Parameters(arity = "1..*", paramLabel = "DEAL_ID", description = "The deal's id or its first characters; several (or '-' for "
                + "those read from standard input, one a line) take --owner and --close-date as one change, which one undo takes back.")
        List<String> ids;
        @Option(names = "--title", paramLabel = "TITLE")
        String title;
        @Option(names = "--value", paramLabel = "AMOUNT", description = "Written with your locale's decimal separator; empty to clear.")
        String value;
        @Option(names = "--currency", paramLabel = "CODE")
        String currency;
        @Option(names = "--close-date", paramLabel = "DATE", description = "Expected close date, such as 2026-06-30 or +30; 'none' to clear.")
        String closeDate;
        @Option(names = "--source", paramLabel = "SOURCE", completionCandidates = Values.Sources.class,
                description = "Lead source: ${COMPLETION-CANDIDATES}.")
        com.funnelboard.domain.LeadSource source;
        @Option(names = "--owner", paramLabel = "EMAIL|me|nobody",
                description = "Give the deal to this person: their email (or 'Name <email>'), 'me', or 'nobody' to leave it without an owner.")
        String newOwner;
        @Option(names = "--notes", paramLabel = "TEXT", description = "The deal's notes (its description); empty to clear.")
        String notes;
        @Option(names = "--final-value", paramLabel = "AMOUNT", description = "A won deal's final value, corrected (what it was won for).")
        String finalValue;
        @Option(names = "--closed-on", paramLabel = "DATE", description = "A won deal's close date, corrected, such as 2026-03-12 (up to tomorrow).")
        java.time.LocalDate closedOn;
        @Option(names = "--contact", paramLabel = "CONTACT_ID",
                description = "Make it this contact's deal (the id 'contacts list' shows); calls and notes logged so far stay with the contact it had.")
        String contact;
    }
}
