package com.funnelboard.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Optional;

/**
 * A phone number, or part of one, typed into a search box, as the digits a stored number holds
 * however either was written: as typed ("+49 30 1234567": its digits), and the national number a
 * number stored the other way ends with — after the country code, which libphonenumber knows the
 * length of (one to three digits: "+46 8 …" is Sweden's 46, not a three-digit code), after
 * "00" written for "+", and after a trunk "0", also one written "(0)". "030 1234567" finds
 * "+49 30 1234567", "0049 30 1234567" and "+49 (0)30 1234567" find "030/1234567", and "+46 8 123
 * 456 78" finds "08-123 456 78" but neither "+51 1 234 5678" nor "+353 1 234 5678".
 */
public record PhoneQuery(String digits, String nationalNumber) {

    /** What a phone number is written with besides its digits. */
    public static final String MARKS = " +-()./\u00A0";
    /** A national number shorter than this is too little of a number to match the end of another by. */
    public static final int SHORTEST_NATIONAL = 7;
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** The query {@code text} is, when it is a number or part of one (three digits or more, nothing but digits and marks). */
    public static Optional<PhoneQuery> of(String text) {
        String t = text == null ? "" : text.strip();
        String digits = t.replaceAll("[^0-9]", "");
        if (digits.length() < 3 || !t.chars().allMatch(ch -> Character.isDigit(ch) || MARKS.indexOf(ch) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new PhoneQuery(digits, national(t, digits)));
    }

    /** The national number (no country code, no trunk 0) of a typed number, or null when it is written with neither. */
    static String national(String typed, String digits) {
        String international = typed.startsWith("+") ? digits : digits.startsWith("00") ? digits.substring(2) : null;
        String rest;
        if (international != null) {
            int code = countryCode(international);
            if (code == 0) {
                return null;
            }
            rest = international.substring(Integer.toString(code).length());
            // "+49 (0)30 …": the trunk 0 some write in brackets after the country code.
            if (rest.startsWith("0") && typed.contains("(0)")) {
                rest = rest.substring(1);
            }
        } else if (digits.startsWith("0")) {
            rest = digits.substring(1);
        } else {
            return null;
        }
        return rest.length() >= SHORTEST_NATIONAL ? rest : null;
    }

    private static int countryCode(String digits) {
        try {
            int code = PHONES.parse("+" + digits, "ZZ").getCountryCode();
            return digits.startsWith(Integer.toString(code)) ? code : 0;
        } catch (NumberParseException e) {
            // Too short or no known code at its start: the first digits that are a code libphonenumber knows.
            for (int len = 1; len <= 3 && len < digits.length(); len++) {
                if (!PHONES.getRegionCodeForCountryCode(Integer.parseInt(digits.substring(0, len))).equals("ZZ")) {
                    return Integer.parseInt(digits.substring(0, len));
                }
            }
            return 0;
        }
    }
}
