package com.funnelboard.ui.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import org.junit.jupiter.api.Test;

/** The merge dialog shows a contact's values as the window says them everywhere else. */
class MergeDialogWordsTest {

    @Test
    void aSourceIsShownByItsNameNotItsStoredKey() {
        assertThat(MergeDialog.shown(ContactProfile.SOURCE, "paid-ad")).isEqualTo("Paid ad");
        assertThat(MergeDialog.shown(ContactProfile.SOURCE, "social")).isEqualTo("Social");
        assertThat(MergeDialog.shown(ContactProfile.SOURCE, "")).isEmpty();
        assertThat(MergeDialog.shown(ContactProfile.SOURCE, "a fair in Kiel")).as("a source no list holds, as written").isEqualTo("a fair in Kiel");
        assertThat(MergeDialog.shown(ContactProfile.PAIN_POINTS, "paid-ad")).as("other fields as they are").isEqualTo("paid-ad");
    }
}
