package com.funnelboard.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** Field checks shared by the forms and the command line. Each returns the problem, or empty. */
public final class Validation {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9()./\\s-]{6,25}$");

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
        return PHONE.matcher(v).matches() && digits >= 6 ? Optional.empty() : Optional.of("Not a phone number");
    }
}
