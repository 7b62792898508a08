package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A card's categories as tags, however the program that wrote it separated them. */
class VcardTagsTest {

    private static java.util.List<String> tags(String categories) {
        ezvcard.VCard card = ezvcard.Ezvcard.parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida Berg\r\n" + categories + "\r\nEND:VCARD\r\n").first();
        return VcardCards.tags(card);
    }

    @Test
    void commasWrittenEscapedStillSeparateTags() {
        // A Thunderbird extension's list: one category to the format (its commas escaped), three to whoever wrote it. It was dropped.
        assertThat(tags("CATEGORIES;CHARSET=UTF-8:category1\\, category2\\, category3")).containsExactly("category1", "category2", "category3");
        assertThat(tags("CATEGORIES:fair,vip")).containsExactly("fair", "vip");
        assertThat(tags("CATEGORIES:myContacts,starred,Kunden")).as("Google's own groups are no tags").containsExactly("Kunden");
    }

    /** A local number's country from its phone-context (the +1 was left off); its hyphens are spaces. */
    @Test
    void aTelAddressKeepsTheCountryItsContextNames() {
        ezvcard.VCard card = ezvcard.Ezvcard.parse("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kim\r\nTEL;VALUE=uri:tel:555-0199;phone-context=+1\r\n"
                + "TEL;VALUE=uri:tel:+33-1-42-00-00-00\r\nEND:VCARD\r\n").first();
        assertThat(VcardCards.numbersToCall(card, 1, p -> { })).containsExactly("+1 555 0199", "+33 1 42 00 00 00");
    }

    @Test
    void applesLabelOfANumberIsRead() {
        ezvcard.VCard card = ezvcard.Ezvcard.parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:John Doe\r\nTEL;TYPE=CELL:905-555-1234\r\n"
                + "item2.TEL:905-222-1234\r\nitem2.X-ABLabel:_$!<AssistantPhone>!$_\r\nEND:VCARD\r\n").first();
        assertThat(VcardCards.label(card, card.getTelephoneNumbers().get(1))).isEqualTo("AssistantPhone");
        assertThat(VcardCards.label(card, card.getTelephoneNumbers().get(0))).isNull();
    }
}
