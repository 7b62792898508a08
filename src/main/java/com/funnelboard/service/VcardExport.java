package com.funnelboard.service;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.store.ExportQueries;
import com.funnelboard.store.Store;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.property.Categories;
import ezvcard.property.Organization;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes contacts as a vCard file (3.0 by default, or 2.1 or 4.0) through ez-vcard: name, e-mail
 * addresses and phone numbers in order (the first of each preferred), job title, organization with
 * its address and website (marked work, as the import reads them back), notes and tags as categories. The
 * file is replaced whole or not at all, never the open database.
 */
public final class VcardExport {

    private final Store store;

    public VcardExport(Store store) {
        this.store = store;
    }

    /** The vCard versions a file can be written in. */
    public static VCardVersion version(String text) {
        return switch (text == null ? "3.0" : text.strip()) {
            case "2.1" -> VCardVersion.V2_1;
            case "3.0", "3" -> VCardVersion.V3_0;
            case "4.0", "4" -> VCardVersion.V4_0;
            default -> throw new InvalidInputException("version", "A vCard version is 2.1, 3.0 or 4.0, not \"" + text + "\"");
        };
    }

    /**
     * @param only the contacts to write, or null for every live contact
     * @return how many cards were written
     */
    public long write(Path file, VCardVersion version, Collection<UUID> only) {
        OutputFiles.refuseDatabase(store, file);
        long[] n = {0};
        OutputFiles.replaceWhole(file, ".vcf", w -> {
            try (VCardWriter out = new VCardWriter(w, version)) {
                // A contact's tags as CATEGORIES in 2.1 too, which that version does not name (phones read it; the 2.1 export lost them).
                out.setVersionStrict(version != VCardVersion.V2_1);
                if (version == VCardVersion.V2_1) {
                    // 2.1's quoted-printable lines are not folded: a fold right before a space began the next line with it, and
                    // readers (this one too) take a continuation's leading blanks for indentation — "😀 d" came back "😀d".
                    // Long lines are what phones and mail programs write and read in 2.1.
                    out.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
                }
                store.read(r -> {
                    java.util.function.Consumer<UUID> one = id -> r.contactProfiles().find(id).ifPresent(p -> {
                        OrganizationProfile org = p.organizationId() == null ? null : r.organizations().find(p.organizationId()).orElse(null);
                        try {
                            VCard card = card(p, org);
                            if (version == VCardVersion.V2_1) {
                                marked21(card);
                            } else if (version == VCardVersion.V4_0) {
                                // 4.0 defines no "internet" type for an address (every EMAIL is one): only 2.1 and 3.0 name it.
                                card.getEmails().forEach(e -> e.getTypes().remove(ezvcard.parameter.EmailType.INTERNET));
                            }
                            out.write(card);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        n[0]++;
                    });
                    if (only != null) {
                        only.forEach(one);
                    } else {
                        r.exports().each(ExportQueries.Kind.CONTACTS, row -> one.accept(UUID.fromString((String) row.getFirst())));
                    }
                    return null;
                });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        });
        return n[0];
    }

    /**
     * vCard 2.1 knows no default character set: a value beyond ASCII says it is UTF-8 and is written
     * quoted-printable, so older phones and Outlook read the accents and a long line is broken where
     * a 2.1 reader joins it again (a plain fold would put a space inside a word).
     */
    static void marked21(VCard card) {
        for (ezvcard.property.VCardProperty property : card.getProperties()) {
            String text = switch (property) {
                case ezvcard.property.StructuredName n -> n.getGiven() + n.getFamily();
                case Organization o -> String.join("", o.getValues());
                // The address too, which was written in raw UTF-8 with no CHARSET (the title and note beside it were marked).
                case ezvcard.property.Address a -> String.join("", a.getStreetAddresses()) + String.join("", a.getLocalities())
                        + String.join("", a.getRegions()) + String.join("", a.getCountries());
                case Categories c -> String.join("", c.getValues());
                case ezvcard.property.TextProperty t -> t.getValue();
                default -> null;
            };
            if (text != null && !text.chars().allMatch(ch -> ch < 128)) {
                property.getParameters().setCharset("UTF-8");
                property.getParameters().setEncoding(ezvcard.parameter.Encoding.QUOTED_PRINTABLE);
            }
        }
    }

    /** Legal forms no one's family name is (unlike "Sa", "Ab" or "Co"), as {@link com.funnelboard.domain.OrganizationNames} reads them. */
    private static final java.util.Set<String> COMPANY_FORMS = java.util.Set.of("inc", "corp", "ltd", "llc", "llp", "gmbh", "plc");

    /**
     * An ampersand before a word firms are named with ("Björk & Søn", "Smith & Sons", "Dupont & Fils",
     * "Weber & Partner", "Jones & Co."): a business's name, where "Anna & Per Lind" is a couple's.
     */
    private static final java.util.regex.Pattern FIRM = java.util.regex.Pattern.compile("&\\s*(co|cie|compagnie|company|sons?|s\u00f8n(ner)?"
            + "|sohn|s\u00f6hne|zoon|zonen|fils|hijos|figli|filhos|partners?|partnerzy|associates|associ\u00e9s|cia)\\b\\.?",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A part of N without the separator of N's parts: escaped at a part's end, the writer cut the empty parts after it up to the
     * backslash ("N:Bob;Smith Jr.\" of "Smith, Jr.; Bob"), a line no reader takes. The whole name stays in FN.
     */
    static String namePart(String part) {
        return part == null ? null : part.replaceAll("\\s*;+\\s*", " ").strip();
    }

    static VCard card(ContactProfile p, OrganizationProfile org) {
        VCard card = new VCard();
        card.setFormattedName(p.name());
        ezvcard.property.StructuredName sn = new ezvcard.property.StructuredName();
        boolean company = org != null && org.name().equalsIgnoreCase(p.name().strip());
        boolean namedLikeACompany = COMPANY_FORMS.contains(com.funnelboard.domain.OrganizationNames.key(p.name()).form())
                || FIRM.matcher(p.name()).find();
        if (company) {
            // The company's own address and number, kept on a contact named after it at the organization: a company's card, as
            // Apple marks one, with no person's name to take apart; imported again, it is that contact at that organization.
            card.addExtendedProperty("X-ABShowAs", "COMPANY");
        } else if (namedLikeACompany) {
            // A contact named like a company ("1&1 Internet Inc", "ABC, Inc.") at no organization: no person's name to take apart,
            // and no company card, which came back as a new organization the contact was moved into. Its name is the card's FN.
            sn.setFamily(null);
        } else {
            com.funnelboard.domain.NameParts parts = com.funnelboard.domain.NameParts.of(p.name());
            sn.setGiven(namePart(parts.given()));
            sn.setFamily(namePart(parts.family()));
            if (!parts.prefix().isEmpty()) {
                sn.getPrefixes().add(namePart(parts.prefix()));
            }
            if (!parts.suffix().isEmpty()) {
                sn.getSuffixes().add(namePart(parts.suffix()));
            }
        }
        card.setStructuredName(sn);
        for (String e : p.emails()) {
            ezvcard.property.Email email = card.addEmail(e, ezvcard.parameter.EmailType.INTERNET);
            if (card.getEmails().size() == 1) {
                email.setPref(1); // the contact's first address is the one to write to
            }
        }
        for (String t : p.phones()) {
            ezvcard.property.Telephone tel = card.addTelephoneNumber(t);
            if (card.getTelephoneNumbers().size() == 1) {
                tel.setPref(1);
            }
        }
        if (p.title() != null) {
            card.addTitle(p.title());
        }
        if (org != null) {
            Organization o = new Organization();
            o.getValues().add(org.name());
            card.setOrganization(o);
            if (org.address() != null && !org.address().isBlank()) {
                // One line as kept ("Am Hafen 2, Kiel, 24103, Germany"): the import joins a card's parts the same way.
                ezvcard.property.Address adr = new ezvcard.property.Address();
                adr.setStreetAddress(org.address());
                adr.getTypes().add(ezvcard.parameter.AddressType.WORK);
                card.addAddress(adr);
            }
            if (org.website() != null && !org.website().isBlank()) {
                card.addUrl(org.website()).setType("work");
            }
        }
        if (p.notes() != null) {
            card.addNote(p.notes());
        }
        if (!p.tags().isEmpty()) {
            Categories c = new Categories();
            c.getValues().addAll(p.tags());
            card.setCategories(c);
        }
        card.setUid(ezvcard.property.Uid.random());
        card.getUid().setValue("urn:uuid:" + p.id().toString().toLowerCase(Locale.ROOT));
        return card;
    }
}
