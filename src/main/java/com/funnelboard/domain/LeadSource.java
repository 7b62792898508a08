package com.funnelboard.domain;

import java.util.Locale;
import java.util.Optional;

/** Where a contact came from (DOMAIN.md "Segments"). */
public enum LeadSource {
    WEBSITE, WEBINAR, SOCIAL, FORM, CONTENT, CHAT, COLD_EMAIL, COLD_CALL, EVENT, REFERRAL, PAID_AD, OTHER;

    public String key() {
        return Keys.key(this);
    }

    public String label() {
        String s = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static Optional<LeadSource> parse(String text) {
        return Keys.parse(LeadSource.class, text);
    }

    @Override
    public String toString() {
        return label();
    }
}
