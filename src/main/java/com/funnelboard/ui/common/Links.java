package com.funnelboard.ui.common;

/** Hands an address ({@code mailto:}, {@code tel:}) to the program the computer has for it: the mail program, a softphone. */
@FunctionalInterface
public interface Links {

    /**
     * Hands {@code uri} over; called off the FX thread, as it starts a process.
     *
     * @throws java.io.IOException with a sentence saying why no program took it
     */
    void open(String uri) throws java.io.IOException;

    /** No program at all: for views built without the computer's (tests). */
    Links NONE = uri -> {
        throw new java.io.IOException("no program on this computer opens " + uri.substring(0, uri.indexOf(':') + 1) + " addresses");
    };
}
