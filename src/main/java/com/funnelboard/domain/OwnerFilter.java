package com.funnelboard.domain;

import java.util.Objects;

/**
 * Which deals the board shows by their owner: everyone's, one person's (by email, ignoring case),
 * or those nobody owns yet. "My deals" is the person of this installation.
 */
public record OwnerFilter(Kind kind, String email) {

    public enum Kind { EVERYONE, PERSON, NOBODY }

    public static final OwnerFilter EVERYONE = new OwnerFilter(Kind.EVERYONE, null);
    public static final OwnerFilter NOBODY = new OwnerFilter(Kind.NOBODY, null);

    public OwnerFilter {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.PERSON) != (email != null)) {
            throw new IllegalArgumentException("A person's filter, and only it, names an email");
        }
        email = Person.normalEmail(email);
    }

    public static OwnerFilter person(String email) {
        return new OwnerFilter(Kind.PERSON, Objects.requireNonNull(email, "email"));
    }

    /** Whether a deal with this owner (null: none) passes. */
    public boolean test(String owner) {
        return switch (kind) {
            case EVERYONE -> true;
            case NOBODY -> owner == null;
            case PERSON -> email.equals(Person.normalEmail(owner));
        };
    }
}
