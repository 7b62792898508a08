package com.funnelboard.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses that hand a contact to the programs of the computer: {@code mailto:} for an e-mail address (the mail
 * program writes to them) and {@code tel:} for a phone number (a softphone or a paired phone calls them), written as
 * RFC 6068 and RFC 3966 ask, whatever the stored text holds.
 */
public final class ContactLinks {

    /** An extension as address books write it after the number: "x4521", "ext. 89", "extension 12", ";ext=12", ", 12", "#12". */
    private static final Pattern EXTENSION = Pattern.compile("\\s*(?:[xX]|(?i:ext)\\.?|(?i:extension)|;\\s*(?i:ext)=|,|#)\\s*([0-9]{1,8})\\s*$");

    private ContactLinks() {}

    /**
     * {@code mailto:} and the address, its characters outside those an address may show as written percent-encoded (a
     * "?" or "%" in the local part would start parameters or an escape); empty for a text that is no e-mail address.
     */
    public static Optional<String> mailto(String address) {
        String a = address == null ? "" : address.strip();
        int at = a.lastIndexOf('@');
        if (at < 1 || at == a.length() - 1 || a.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return Optional.empty();
        }
        // A domain of accented letters as mail programs send it, its labels in IDNA's ASCII ("weißgerber.de" is xn--weigerber-...).
        try {
            a = a.substring(0, at + 1) + java.net.IDN.toASCII(a.substring(at + 1), java.net.IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException notADomain) {
            // kept as written, its bytes percent-encoded below
        }
        StringBuilder out = new StringBuilder("mailto:");
        for (byte b : a.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "@.-_~!$'*+=^`{|}".indexOf(c) >= 0;
            out.append(plain ? String.valueOf((char) c) : String.format(java.util.Locale.ROOT, "%%%02X", c));
        }
        return Optional.of(out.toString());
    }

    /**
     * {@code tel:} and the number in the digits a phone dials — a leading "+", the digits, "*" and "#" (written %23), its
     * groups joined by "-" — and its extension as {@code ;ext=}: "+49 (30) 296 28-95 x12" is
     * {@code tel:+49-30-296-28-95;ext=12}; after a country code, a trunk prefix in brackets is left out ("+49 (0)89 987" is
     * {@code tel:+49-89-987}). Capital letters of a vanity number are dialled as their keys ("1-800-FLOWERS").
     * Empty for a text with fewer than three keys to press.
     */
    public static Optional<String> tel(String number) {
        String n = number == null ? "" : number.strip();
        String extension = null;
        Matcher m = EXTENSION.matcher(n);
        if (m.find() && m.start() > 0) {
            extension = m.group(1);
            n = n.substring(0, m.start());
        }
        if (n.startsWith("+")) {
            // "+49 (0)89 …": the national trunk prefix in brackets is not dialled after the country code (+49 0 89 reaches no one).
            n = n.replaceFirst("\\(\\s*0\\s*\\)", " ");
        }
        StringBuilder out = new StringBuilder("tel:");
        int digits = 0;
        boolean gap = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            char key = c >= '0' && c <= '9' || c == '*' ? c : keyOf(c);
            if (c == '+' && digits == 0 && out.length() == 4) {
                out.append('+');
            } else if (key != 0 || c == '#') {
                if (gap && digits > 0) {
                    out.append('-');
                }
                gap = false;
                out.append(c == '#' ? "%23" : String.valueOf(key));
                digits++;
            } else {
                gap = true; // a space, a dash, a dot or a bracket between groups
            }
        }
        if (digits < 3) {
            return Optional.empty();
        }
        return Optional.of(out + (extension == null ? "" : ";ext=" + extension));
    }

    /** The key of a phone's keypad a capital letter is on ("F" is 3), or 0 for any other character. */
    private static char keyOf(char c) {
        if (c < 'A' || c > 'Z') {
            return 0; // a word in small letters ("mobile") is no part of the number
        }
        return "22233344455566677778889999".charAt(c - 'A');
    }
}
