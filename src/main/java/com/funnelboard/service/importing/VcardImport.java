package com.funnelboard.service.importing;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.Validation;
import com.funnelboard.domain.importing.ImportRow;
import com.funnelboard.store.Store;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Title;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Imports the contacts of a vCard file (versions 2.1, 3.0 and 4.0, any number of cards; photos are
 * not kept) through the kept ez-vcard library, as one change set like a CSV import: a card becomes
 * a contact with its e-mail addresses, phone numbers, job title, notes and categories (as tags),
 * and its organization; a company's card becomes an organization, its e-mail addresses and numbers
 * on a contact named after it; contacts already stored are matched and treated as the policy says.
 */
public final class VcardImport {

    private final Store store;
    private final DuplicateFinder finder;

    public VcardImport(Store store, DuplicateFinder finder) {
        this.store = store;
        this.finder = finder;
    }

    /**
     * Imports the file's cards, all or none, as a CSV file's rows: a damaged card (no name, address or
     * number; a name too long; text that cannot be decoded; U+0000) makes the whole import refused
     * ({@link ImportResult#imported()} false, the cards named in its problems) unless {@code
     * skipInvalid}, when the other cards are imported. An address or number that does not parse is
     * only left out of its card.
     *
     * @throws ImportRefusedException when the file is empty, too large, binary or not a vCard file (nothing is written)
     */
    public ImportResult run(Path file, ImportOptions.OnDuplicate policy, boolean dryRun, boolean skipInvalid) {
        return run(file, policy, dryRun, skipInvalid, n -> { }, () -> false);
    }

    /**
     * As {@link #run(Path, ImportOptions.OnDuplicate, boolean, boolean)}, telling {@code cardsRead} how many
     * cards it has read, every 100, and stopping when {@code cancelled} says so: then nothing is
     * written and a {@link java.util.concurrent.CancellationException} is thrown.
     */
    public ImportResult run(Path file, ImportOptions.OnDuplicate policy, boolean dryRun, boolean skipInvalid,
            java.util.function.LongConsumer cardsRead, java.util.function.BooleanSupplier cancelled) {
        long started = System.nanoTime();
        String name = file.getFileName().toString();
        java.nio.charset.Charset charset = VcardFile.check(file, name);
        ImportTally tally = new ImportTally();
        List<ImportRow.Problem> problems = new ArrayList<>();
        long[] cards = {0};
        long[] failed = {0};
        UUID changeSet = null;
        boolean imported = false;
        try {
            changeSet = store.write(ChangeOrigin.IMPORT, "Imported " + name, r -> {
                ImportChunk chunk = new ImportChunk(r, policy, finder, store.author(), store.clock().getZone(), store.clock().instant(),
                        tally);
                r.imports().deferSearch(); // the search documents of the new contacts are written at the commit, all at once
                List<ImportRow> rows = new ArrayList<>();
                try (UnclosedCards unclosed = new UnclosedCards(new QuotedPrintableLines(new LiteralBackslashes(new LongVcardLines(new UnkeptVcardProperties(VcardFile.text(file, charset)))), charset));
                        VcardFile.Tail tail = new VcardFile.Tail(unclosed); VCardReader reader = new VCardReader(tail)) {
                    // Outlook's 2.1 cards write accented values quoted-printable in the file's code page, naming no CHARSET.
                    reader.setDefaultQuotedPrintableCharset(VcardFile.quotedPrintableCharset(file, charset));
                    VCard card;
                    while ((card = reader.readNext()) != null) {
                        cards[0]++;
                        if (cards[0] % 100 == 0) {
                            if (cancelled.getAsBoolean()) {
                                throw new java.util.concurrent.CancellationException("The vCard import was cancelled; nothing was imported.");
                            }
                            cardsRead.accept(cards[0]);
                        }
                        String undecoded = VcardCards.undecoded(reader.getWarnings());
                        ImportRow row = undecoded != null ? new ImportRow(cards[0], null, null, null, List.of(new ImportRow.Problem(cards[0],
                                undecoded, "its quoted-printable text cannot be decoded (the card is damaged)"))) : row(cards[0], card, leftOut -> {
                                    if (problems.size() < ImportResult.MAX_PROBLEMS) {
                                        problems.add(leftOut);
                                    }
                                });
                        for (ImportRow.Problem skipped : VcardCards.skippedLines(cards[0], reader.getWarnings())) {
                            if (problems.size() < ImportResult.MAX_PROBLEMS) {
                                problems.add(skipped);
                            }
                        }
                        if (!row.valid()) {
                            failed[0]++;
                            if (problems.size() < ImportResult.MAX_PROBLEMS) {
                                problems.addAll(row.problems());
                            }
                            continue;
                        }
                        rows.add(row);
                        if (failed[0] > 0 && !skipInvalid && !dryRun) {
                            rows.clear(); // refused anyway: the cards are only read, to name every damaged one
                        } else if (rows.size() == CsvImport.CHUNK) {
                            chunk.write(rows);
                            rows.clear();
                        }
                    }
                    for (UnclosedCards.Closed c : unclosed.closed()) {
                        if (problems.size() < ImportResult.MAX_PROBLEMS) {
                            problems.add(new ImportRow.Problem(c.card(), "END", String.format(java.util.Locale.ROOT, "no END:VCARD before line %,d, "
                                    + "where the next card begins: this card was read up to there (it may have been cut short)", c.line()), true));
                        }
                    }
                    for (UnclosedCards.Continued c : unclosed.continued()) {
                        failed[0]++; // a card that held another: what followed the inner card is outside any card, and not read
                        if (problems.size() < ImportResult.MAX_PROBLEMS) {
                            problems.add(new ImportRow.Problem(c.card(), "BEGIN", String.format(java.util.Locale.ROOT, "another card begins "
                                    + "inside this one, on line %,d, and this card goes on after it, on line %,d: its lines from there could not "
                                    + "be read", c.begun(), c.line())));
                        }
                    }
                    List<VcardFile.Tail.Nested> lost = tail.nested();
                    if (!lost.isEmpty() && (failed[0] > 0 || skipInvalid)) {
                        // A card begun inside another is read as part of it and lost: each is named, and counted as a card that failed,
                        // also where another card of the file was damaged (the import is then refused, or, told to import the other
                        // cards, says which it could not read).
                        for (VcardFile.Tail.Nested n : lost) {
                            failed[0]++;
                            if (problems.size() < ImportResult.MAX_PROBLEMS) {
                                problems.add(new ImportRow.Problem(n.card(), "BEGIN", String.format(java.util.Locale.ROOT, "another card begins "
                                        + "inside this one, on line %,d (an END:VCARD is missing before it): that card could not be read",
                                        n.line())));
                            }
                        }
                    } else if (tail.begins() > cards[0] && failed[0] == 0) {
                        // A card begun inside another is read as part of it: refused, rather than losing the inner card (a damaged
                        // card that swallowed the next one, as a soft line break before END:VCARD does, is named as such instead).
                        throw new ImportRefusedException(String.format(java.util.Locale.ROOT, "The file %s begins %,d cards but only %,d "
                                + "could be read: a card begins inside another (an END:VCARD is missing); nothing was imported.", name,
                                tail.begins(), cards[0]));
                    }
                    if (cards[0] > 0 && !tail.endsWith("END:VCARD") && problems.size() < ImportResult.MAX_PROBLEMS) {
                        problems.add(new ImportRow.Problem(cards[0], "END", "the file ends inside this card (no END:VCARD): it may have been "
                                + "cut short; the card was imported as far as it goes"));
                    }
                } catch (IOException e) {
                    throw new ImportRefusedException("Cannot read " + name + ": " + e.getMessage());
                }
                chunk.write(rows);
                if (cards[0] == 0) {
                    throw new ImportRefusedException("The file " + name + " holds no vCards (BEGIN:VCARD … END:VCARD); nothing was imported.");
                }
                if (dryRun || failed[0] > 0 && !skipInvalid) {
                    throw new Rollback(); // what was written is rolled back: a dry run, or a file with a damaged card
                }
                if (cancelled.getAsBoolean()) {
                    // Asked once more before the commit: a file of fewer than 100 cards was never asked, and Cancel did nothing.
                    throw new java.util.concurrent.CancellationException("The vCard import was cancelled; nothing was imported.");
                }
                r.describe(CsvImport.summary(name, tally));
                return r.changeSetId();
            });
            imported = tally.contacts.created + tally.contacts.updated + tally.organizations.created > 0;
        } catch (Rollback e) {
            changeSet = null;
        }
        return new ImportResult(file.toString(), "vCard", com.funnelboard.domain.importing.HeaderMatcher.Layout.GENERIC, List.of(),
                List.of(), cards[0], tally.contacts.done(), tally.organizations.done(), tally.deals.done(), 0, failed[0],
                List.copyOf(problems), problems.size(), java.util.Map.of(), imported, dryRun, imported ? changeSet : null,
                (System.nanoTime() - started) / 1_000_000, com.funnelboard.domain.importing.ColumnFormats.NONE, 0, 0, 0,
                tally.respelledShown(), tally.respelledCount);
    }

    /** The most e-mail addresses, and the most phone numbers, a card's contact keeps (a contact has a handful). */
    static final int MAX_PER_CARD = 50;

    private static void cap(long n, List<String> values, String what, String property, java.util.function.Consumer<ImportRow.Problem> leftOut) {
        if (values.size() > MAX_PER_CARD) {
            leftOut.accept(new ImportRow.Problem(n, property, String.format(java.util.Locale.ROOT,
                    "left out: %,d more %s (a card's contact keeps the first %d)", values.size() - MAX_PER_CARD, what, MAX_PER_CARD), true));
            values.subList(MAX_PER_CARD, values.size()).clear();
        }
    }

    /**
     * A card as an import row: its contact and organization (a card has no deal). An address or
     * number that does not parse is left out of the contact and told to {@code leftOut}: a phone's
     * card is a person first, and one odd entry (a number written with words) must not lose them.
     */
    static ImportRow row(long n, VCard card, java.util.function.Consumer<ImportRow.Problem> leftOut) {
        if (card.getKind() != null && card.getKind().isGroup()) {
            // A vCard 4.0 group ("The Doe Family", its MEMBER lines) is a list of people, not one: said, and left out.
            String name = card.getFormattedName() == null ? "" : " \u201C" + VcardCards.shown(card.getFormattedName().getValue()) + "\u201D";
            leftOut.accept(new ImportRow.Problem(n, "KIND", "left out, a group of contacts" + name + " rather than a person", true));
            return new ImportRow(n, null, null, null, List.of());
        }
        List<ImportRow.Problem> problems = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        // The preferred address and number first, then the work ones: the first is the contact's own.
        for (Email e : VcardCards.emails(card)) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                emails.add(e.getValue().strip());
            }
        }
        List<String> phones = VcardCards.numbersToCall(card, n, leftOut);
        ImportRow.Problem damage = VcardCards.damage(n, card, emails, phones);
        if (damage != null) {
            return new ImportRow(n, null, null, null, List.of(damage));
        }
        emails = new ArrayList<>(new java.util.LinkedHashSet<>(emails)); // the same address twice is one
        cap(n, emails, "e-mail addresses", "EMAIL", leftOut);
        cap(n, phones, "phone numbers", "TEL", leftOut);
        emails.removeIf(e -> {
            boolean bad = Validation.email(e).isPresent() || e.length() > 320;
            if (bad) {
                leftOut.accept(new ImportRow.Problem(n, "EMAIL", "left out, not an e-mail address: \"" + VcardCards.shown(e) + "\"", true));
            }
            return bad;
        });
        phones.removeIf(p -> {
            boolean bad = Validation.phone(p).isPresent();
            if (bad) {
                leftOut.accept(new ImportRow.Problem(n, "TEL", "left out, not a phone number: \"" + VcardCards.shown(p) + "\"", true));
            }
            return bad;
        });
        String fullName = card.getFormattedName() == null ? null : card.getFormattedName().getValue();
        String structured = VcardCards.structuredName(card);
        if (fullName != null && structured != null && VcardCards.isNickname(card, fullName)) {
            // Outlook's address book can show a contact by their nickname ("Maxl"): the card's structured name is the person's.
            fullName = structured;
        }
        if (fullName == null || fullName.isBlank()) {
            StructuredName sn = card.getStructuredName();
            if (sn != null) {
                fullName = ((sn.getGiven() == null ? "" : sn.getGiven()) + " " + (sn.getFamily() == null ? "" : sn.getFamily())).strip();
            }
        }
        boolean unnamed = (fullName == null || fullName.isBlank()) && emails.isEmpty();
        if (VcardCards.isCompany(card) || unnamed && card.getOrganization() != null) {
            // A company's card (KIND:org, Apple's X-ABShowAs:COMPANY, or an organization with only a
            // switchboard number) is an organization, not a person named by its number.
            String orgName = card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()
                    ? card.getOrganization().getValues().getFirst() : unnamed ? null : fullName;
            if (orgName != null && !orgName.isBlank() && com.funnelboard.domain.PlainText.length(orgName.strip()) <= 300) {
                String company = orgName.strip();
                // An organization has no e-mail or phone field, so the company's own address and number
                // (info@, the switchboard) are kept on a contact named after it, at the organization:
                // nothing on the card is lost. A company's card with neither is the organization alone.
                // The card's own name, when it is not the organization's ("ABC Marketing" of ORG "ABC, Inc."), names that contact.
                String own = fullName == null || fullName.isBlank() || fullName.strip().equalsIgnoreCase(company)
                        || com.funnelboard.domain.PlainText.length(fullName.strip()) > 300 ? null : fullName.strip();
                ImportRow.Person reach = emails.isEmpty() && phones.isEmpty() ? null
                        : new ImportRow.Person(own != null ? own : company, null, emails, phones, VcardCards.tags(card), notes(card, n, leftOut), null);
                if (reach == null && own != null) {
                    leftOut.accept(new ImportRow.Problem(n, "FN", "left out, the company card's own name \"" + VcardCards.shown(own)
                            + "\" (the organization is \"" + VcardCards.shown(company) + "\"; with no e-mail or phone there is no contact to name)", true));
                }
                ImportRow.Company organization = new ImportRow.Company(company, null, null, VcardPlaces.website(card, true),
                        VcardPlaces.address(card, true));
                VcardPlaces.sayLeftOut(n, card, organization, leftOut);
                return new ImportRow(n, reach, organization, null, List.copyOf(problems));
            }
        }
        if (fullName == null || fullName.isBlank()) {
            fullName = !emails.isEmpty() ? emails.getFirst() : !phones.isEmpty() ? phones.getFirst() : null;
        }
        if (fullName == null) {
            problems.add(new ImportRow.Problem(n, "FN", "a card with no name, e-mail address or phone number"));
            return new ImportRow(n, null, null, null, problems);
        }
        if (com.funnelboard.domain.PlainText.length(fullName.strip()) > 300) {
            problems.add(new ImportRow.Problem(n, "FN", "a name longer than 300 characters"));
        }
        Title title = card.getTitles().isEmpty() ? null : card.getTitles().getFirst();
        String role = card.getRoles().isEmpty() ? null : card.getRoles().getFirst().getValue();
        if (role != null && !role.isBlank() && (title == null || title.getValue() == null || title.getValue().isBlank())) {
            title = new Title(role.strip()); // a ROLE ("Generalsekretär") with no TITLE is the person's job, as address books show it
        } else if (role != null && !role.isBlank() && !role.strip().equalsIgnoreCase(title.getValue().strip())) {
            leftOut.accept(new ImportRow.Problem(n, "ROLE", "left out, a role beside the job title: \"" + VcardCards.shown(role) + "\"", true));
        }
        // A contact has one job title and one organization: the others a card lists are said, not dropped without a word.
        card.getTitles().stream().skip(1).filter(t -> t.getValue() != null && !t.getValue().isBlank()).forEach(t -> leftOut.accept(
                new ImportRow.Problem(n, "TITLE", "left out, a second job title: \"" + VcardCards.shown(t.getValue()) + "\"", true)));
        card.getOrganizations().stream().skip(1).filter(o -> !o.getValues().isEmpty()).forEach(o -> leftOut.accept(new ImportRow.Problem(n,
                "ORG", "left out, a second organization: \"" + VcardCards.shown(String.join(", ", o.getValues())) + "\"", true)));
        VcardCards.sayPersonalLeftOut(card, n, fullName, leftOut);
        ImportRow.Company org = null;
        if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
            String orgName = card.getOrganization().getValues().getFirst();
            // Android's exporter writes ORG:null for a contact without a company.
            if (orgName != null && !orgName.isBlank() && !orgName.strip().equals("null") && com.funnelboard.domain.PlainText.length(orgName.strip()) <= 300) {
                org = new ImportRow.Company(orgName.strip(), null, null, VcardPlaces.website(card, false), VcardPlaces.address(card, false));
            }
        }
        VcardPlaces.sayLeftOut(n, card, org, leftOut);
        ImportRow.Person person = new ImportRow.Person(fullName.strip(), title == null ? null : title.getValue(), emails, phones,
                VcardCards.tags(card), notes(card, n, leftOut), null, ImportRow.Profile.NONE, VcardCards.uid(card));
        return new ImportRow(n, person, org, null, List.copyOf(problems));
    }

    /** The card's notes, left out (and said so) where they are longer than a contact's notes may be. */
    private static String notes(VCard card, long n, java.util.function.Consumer<ImportRow.Problem> leftOut) {
        String notes = VcardCards.notes(card);
        if (notes != null && com.funnelboard.domain.PlainText.length(notes) > com.funnelboard.domain.TextLimits.CONTACT_NOTES) {
            leftOut.accept(new ImportRow.Problem(n, "NOTE", String.format(java.util.Locale.ROOT, "left out, notes longer than %,d characters",
                    com.funnelboard.domain.TextLimits.CONTACT_NOTES), true));
            return null;
        }
        return notes;
    }

    /** Ends a dry run, or an import refused for a damaged card: the transaction is rolled back. */
    private static final class Rollback extends RuntimeException {
        Rollback() {
            super(null, null, false, false);
        }
    }
}
