package com.funnelboard.domain.importing;

import com.funnelboard.domain.Person;
import com.funnelboard.domain.Validation;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who owns an imported deal, from the owner column of another program's file ("Owner", "Sales
 * agent", "Rep"): an e-mail address is the owner itself (lower case); a name is matched to the
 * people this database knows (the team's directory of names and whoever uses this installation),
 * ignoring case, accents, spacing and a "Last, First" order, and becomes their e-mail. A name that
 * matches nobody, or more than one person, is kept as written: the deal is owned by that name, the
 * board's owner filter lists it, and a reassignment gives the deal to an e-mail later.
 */
public final class OwnerMatcher {

    /** The owner of a deal a file says nobody owns (Funnelboard's own export, whose empty owner cell means that): kept without one. */
    public static final String NOBODY = "\u0000nobody";

    /** The longest owner the database keeps. */
    public static final int MAX = 254;

    /** An address followed by a remark in brackets. */
    private static final java.util.regex.Pattern REMARKED = java.util.regex.Pattern.compile("(\\S+@\\S+)\\s*\\([^()]*\\)");

    /** Normalised name to e-mail; null where two people share the name. */
    private final Map<String, String> byName = new HashMap<>();

    /** @param directory the names of known people by their e-mail */
    public OwnerMatcher(Map<String, String> directory) {
        directory.forEach((email, name) -> {
            if (email == null || name == null || name.isBlank()) {
                return;
            }
            String key = key(name);
            String normal = Person.normalEmail(email);
            if (byName.containsKey(key) && !normal.equals(byName.get(key))) {
                byName.put(key, null);
            } else {
                byName.put(key, normal);
            }
        });
    }

    /**
     * The problem of an owner value as a file gives it (empty when it can be kept; a blank value is no
     * owner). A name of one or two characters is a name like any other (most Chinese names are two).
     */
    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return value.strip().length() > MAX ? Optional.of("an owner longer than " + MAX + " characters") : Optional.empty();
    }

    /** Whether a value is an e-mail address (kept as the owner, in lower case). */
    public static boolean isEmail(String value) {
        return value != null && value.contains("@") && Validation.email(value).isEmpty();
    }

    /**
     * The owner to keep for a value of the file: a known person's e-mail, an e-mail address as
     * given (lower case), else the name as written (spaces collapsed); null for a blank value.
     */
    public String owner(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equals(NOBODY)) {
            return NOBODY;
        }
        if (isEmail(value)) {
            return Person.normalEmail(value);
        }
        // HubSpot marks an owner who left: "lenny@marvell.example (Deactivated User)" is lenny's address, kept as such.
        java.util.regex.Matcher remark = REMARKED.matcher(value.strip());
        if (remark.matches() && isEmail(remark.group(1))) {
            return Person.normalEmail(remark.group(1));
        }
        String key = key(value);
        String email = byName.get(key);
        if (email == null && value.indexOf(',') > 0) {
            String[] lastFirst = value.split(",", 2);
            email = byName.get(key(lastFirst[1] + " " + lastFirst[0]));
        }
        return email != null ? email : value.strip().replaceAll("\\s+", " ");
    }

    /** Whether an owner {@link #owner} gave is a person's e-mail rather than a name kept as written. */
    public static boolean known(String owner) {
        return owner != null && owner.contains("@");
    }

    private static String key(String name) {
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s.]+", " ").strip();
    }
}
