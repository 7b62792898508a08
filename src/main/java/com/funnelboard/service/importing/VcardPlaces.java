package com.funnelboard.service.importing;

import com.funnelboard.domain.importing.ImportRow;
import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Url;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A card's postal addresses and web addresses. An organization keeps one of each; a contact keeps
 * neither of their own. So a company's card gives its first; a person's card gives the first marked
 * as work to their organization; and every other one is said to be left out — a phone's cards carry
 * home addresses, and they went without a word.
 */
final class VcardPlaces {

    private VcardPlaces() {}

    /** Countries that write the postal code after the place and region ("Boston, MA, 02110"). */
    private static final Set<String> CODE_AFTER_PLACE = Set.of("us", "usa", "united states", "united states of america",
            "uk", "gb", "united kingdom", "great britain", "england", "scotland", "wales", "canada", "ca", "australia", "au");

    /**
     * The organization's web address on a card: on a company's card its first one, on a person's the
     * first marked as work (an unmarked one may be the person's own page); null when none is a web address.
     */
    static String website(VCard card, boolean company) {
        for (Url u : card.getUrls()) {
            String v = u.getValue();
            if (v != null && !v.isBlank() && (company || isWork(card, u)) && com.funnelboard.domain.Validation.url(v.strip()).isEmpty()) {
                return v.strip();
            }
        }
        return null;
    }

    private static boolean isWork(VCard card, Url u) {
        return !ownPage(u.getValue()) && (u.getType() != null && u.getType().equalsIgnoreCase("work")
                || u.getParameters().getTypes().stream().anyMatch(t -> t.equalsIgnoreCase("work"))
                || sameDomainAsAnEmail(card, u.getValue()));
    }

    /** A person's own page on their employer's site, "https://example.com/~jqpublic": not the company's website. */
    static boolean ownPage(String url) {
        return url != null && url.matches("(?i)^(\\w+://)?[^/]+/(~|%7e).*"); // "/%7Etom" is "/~tom" written encoded
    }

    /**
     * Whether a web address is at the domain of one of the card's e-mail addresses (Apple's
     * "homepage" https://orchard.example beside tim@orchard.example): the company's site, not the
     * person's own page.
     */
    private static boolean sameDomainAsAnEmail(VCard card, String url) {
        if (url == null) {
            return false;
        }
        String host;
        try {
            host = java.net.URI.create(url.strip().contains("://") ? url.strip() : "https://" + url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        String site = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        return card.getEmails().stream().map(ezvcard.property.Email::getValue).filter(Objects::nonNull)
                .map(e -> e.substring(e.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT))
                .anyMatch(site::equals);
    }

    /**
     * The organization's postal address on a card, on one line: on a company's card its first one, on
     * a person's the first marked as work (a home address is the person's, which is not kept); null
     * when none has any of its parts, or the line is longer than an organization's address may be.
     */
    static String address(VCard card, boolean company) {
        for (Address a : card.getAddresses()) {
            if (!company && !isWork(a)) {
                continue;
            }
            String line = line(a);
            if (!line.isEmpty()) {
                return line.length() <= 500 ? line : null;
            }
        }
        return null;
    }

    private static boolean isWork(Address a) {
        return a.getTypes().stream().anyMatch(t -> t == ezvcard.parameter.AddressType.WORK);
    }

    /**
     * An address on one line (street, postal code and place, region, country): the postal code before
     * the place where the country writes it so ("24103 Kiel": most of the world, Germany's "Große
     * Straße 12, Hamburg, 20095, Deutschland" read wrongly), after the place and region where it
     * follows them.
     */
    static String line(Address a) {
        boolean codeFirst = a.getCountry() != null && !a.getCountry().isBlank() && !CODE_AFTER_PLACE.contains(
                a.getCountry().strip().toLowerCase(Locale.ROOT).replace(".", ""));
        String place = codeFirst ? Stream.of(a.getPostalCode(), a.getLocality()).filter(p -> p != null && !p.isBlank())
                .map(String::strip).collect(Collectors.joining(" ")) : a.getLocality();
        return Stream.of(a.getPoBox(), a.getStreetAddressFull(), a.getExtendedAddressFull(), place,
                a.getRegion(), codeFirst ? null : a.getPostalCode(), a.getCountry())
                .filter(p -> p != null && !p.isBlank()).map(p -> p.strip().replaceAll("\\s*\\R\\s*", ", "))
                .collect(Collectors.joining(", "));
    }

    /**
     * Tells {@code leftOut} each postal and web address of a person's card that is not kept: all of
     * them when the card names no organization ({@code org} null), else all but the organization's.
     */
    static void sayLeftOut(long n, VCard card, ImportRow.Company org, Consumer<ImportRow.Problem> leftOut) {
        String keptAddress = org == null ? null : org.address();
        boolean addressKept = false;
        for (Address a : card.getAddresses()) {
            String line = line(a);
            if (line.isEmpty()) {
                continue;
            }
            if (!addressKept && com.funnelboard.domain.PlainText.lines(line).equals(keptAddress)) {
                addressKept = true;
                continue;
            }
            String why = a.getTypes().stream().anyMatch(t -> t == ezvcard.parameter.AddressType.HOME) ? "a home address"
                    : isWork(a) && org == null ? "a work address on a card with no organization" : "an address";
            leftOut.accept(new ImportRow.Problem(n, "ADR", "left out, " + why + " (a contact keeps no address of their own): \""
                    + VcardCards.shown(line) + "\"", true));
        }
        String keptSite = org == null ? null : org.website();
        boolean siteKept = false;
        for (Url u : card.getUrls()) {
            String v = u.getValue() == null ? "" : u.getValue().strip();
            if (v.isEmpty()) {
                continue;
            }
            if (!siteKept && com.funnelboard.domain.PlainText.oneLine(v).equals(keptSite)) {
                siteKept = true;
                continue;
            }
            leftOut.accept(new ImportRow.Problem(n, "URL", "left out, a web page (a contact keeps none of their own): \""
                    + VcardCards.shown(v) + "\"", true));
        }
    }
}
