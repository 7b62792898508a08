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

    /** A text of one line that must be there, at most {@code max} characters long (an emoji counts as one). */
    public static Optional<String> requiredText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return Optional.of(field + " is required");
        }
        return optionalText(value, field, max);
    }

    /** A text of one line that may be empty but not longer than {@code max}, and holds no control character. */
    public static Optional<String> optionalText(String value, String field, int max) {
        return text(value, field, max, false);
    }

    /** A text of several lines (notes) that may be empty but not longer than {@code max}, and holds no control character but tabs and line breaks. */
    public static Optional<String> optionalLines(String value, String field, int max) {
        return text(value, field, max, true);
    }

    private static Optional<String> text(String value, String field, int max, boolean multiline) {
        if (value == null) {
            return Optional.empty();
        }
        if (PlainText.length(value.strip()) > max) {
            return Optional.of(field + " is longer than " + max + " characters");
        }
        int control = PlainText.firstControl(value, multiline);
        if (control < 0) {
            return Optional.empty();
        }
        boolean lineBreak = "\n\r\u000B\u000C\u0085\u2028\u2029".indexOf(control) >= 0;
        if (PlainText.invisible(control)) {
            return Optional.of(field + " holds an invisible character that reorders or hides text ("
                    + String.format(java.util.Locale.ROOT, "U+%04X", control) + ")");
        }
        return Optional.of(lineBreak ? field + " holds a line break; it is one line"
                : control == '\t' ? field + " holds a tab; it is one line"
                : field + " holds a control character (" + String.format(java.util.Locale.ROOT, "U+%04X", control) + ")");
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
        // Digits of any script count as digits: Arabic-Indic "٠٥٠١٢٣٤٥٦٧", Persian, full-width (they were refused).
        String v = asciiDigits(java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFKC));
        long digits = v.chars().filter(Character::isDigit).count();
        // From three digits: short numbers (100, 112, 1818) are numbers a phone's address book keeps.
        return PHONE.matcher(v).matches() && digits >= 3 && v.length() <= 40 ? Optional.empty() : Optional.of("Not a phone number");
    }

    /** The text with every decimal digit of any script written as its ASCII digit ("٠٥٠" is "050"). */
    static String asciiDigits(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7F && Character.isDigit(c)) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return b == null ? s : b.toString();
    }
}
