package com.funnelboard.service;

import com.funnelboard.domain.ContactProfile;

/** Lets tests of other packages use the merge assertion of {@link ContactServiceTest}. */
public final class ContactServiceTestAccess {

    private ContactServiceTestAccess() {}

    public static void assertKeepsAndFills(ContactProfile kept, ContactProfile other, ContactProfile survivor) {
        ContactServiceTest.assertKeepsAndFills(kept, other, survivor);
    }
}
