package com.funnelboard.domain.importing;

import java.util.Locale;
import java.util.Set;

/**
 * Addresses of a role or an office rather than a person (info@, sales@, office@, kontakt@): several
 * people of a company share one, so an import tells its contacts apart by their names too. By the
 * address alone, John Smith, Jane Smith and another shop's Tom Other, all writing from info@, became
 * one contact with all their deals.
 */
public final class RoleAddresses {

    private static final Set<String> ROLES = Set.of("info", "sales", "office", "contact", "hello", "admin", "support", "team", "kontakt",
            "mail", "service", "enquiries", "inquiries", "billing", "accounts", "accounting", "hr", "jobs", "marketing", "post", "verkauf",
            "vertrieb", "buero", "bureau", "reception", "welcome", "orders", "order", "booking", "bookings", "contacto", "ventas", "vendas",
            "commercial", "commerciale", "hola", "bonjour", "hallo", "noreply", "no-reply", "general", "enquiry", "inquiry", "help");

    private RoleAddresses() {}

    /** Whether {@code email}'s local part names a role or an office ("info@acme.example"), not a person. */
    public static boolean is(String email) {
        if (email == null) {
            return false;
        }
        int at = email.indexOf('@');
        return at > 0 && ROLES.contains(email.substring(0, at).strip().toLowerCase(Locale.ROOT));
    }
}
