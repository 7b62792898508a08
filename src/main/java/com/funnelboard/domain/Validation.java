package com.funnelboard.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** Field checks shared by the forms and the command line. Each returns the problem, or empty. */
public final class Validation {

    /** An address: a local part, and a domain without the quotes, brackets and punctuation no domain name has. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s'\"(),:;<>\\[\\]\\\\]+\\.[^@\\s.'\"(),:;<>\\[\\]\\\\]{2,}$");
    /**
     * Digits with the usual separators, the capitals of a vanity number (1-800-MY-APPLE), a
     * service code's * and #, and an extension as address books write it: "x4521", "ext. 89",
     * "extension 12", "#12", ";ext=12" (the tel: URI's form) or ", 12".
     */
    private static final Pattern PHONE = Pattern.compile(
            "^\\+?[0-9A-Z()./\\s*#-]{3,30}(?:\\s*(?:[xX]|(?i:ext)\\.?|(?i:extension)|;\\s*(?i:ext)=|,)\\s*[0-9]{1,8})?$");

    private Validation() {}

    public static Optional<String> requiredText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return Optional.of(field + " is required");
        }
        if (value.strip().length() > max) {
            return Optional.of(field + " is longer than " + max + " characters");
        }
        return Optional.empty();
    }

    /** A text that may be empty but not longer than {@code max}. */
    public static Optional<String> optionalText(String value, String field, int max) {
        return value != null && value.strip().length() > max ? Optional.of(field + " is longer than " + max + " characters")
                : Optional.empty();
    }

    /** A web address: http(s), a host with a dot, no spaces. "example.com" is accepted as https. */
    public static Optional<String> url(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        String withScheme = v.matches("(?i)^https?://.*") ? v : "https://" + v;
        try {
            java.net.URI uri = new java.net.URI(withScheme);
            String host = uri.getHost();
            if (host != null && host.contains(".") && !host.endsWith(".") && v.length() <= 2_000) {
                return Optional.empty();
            }
        } catch (java.net.URISyntaxException e) {
            // not a URL
        }
        return Optional.of("Not a web address");
    }

    public static Optional<String> email(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return EMAIL.matcher(value.strip()).matches() ? Optional.empty() : Optional.of("Not an email address");
    }

    public static Optional<String> phone(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        long digits = v.chars().filter(Character::isDigit).count();
        // From three digits: short numbers (100, 112, 1818) are numbers a phone's address book keeps.
        return PHONE.matcher(v).matches() && digits >= 3 && v.length() <= 40 ? Optional.empty() : Optional.of("Not a phone number");
    }
}
