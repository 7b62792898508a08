package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.funnelboard.testing.Properties;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mailto: and tel: addresses that hand a contact to the computer's mail and phone programs. */
class ContactLinksTest {

    @Test
    void anAddressIsWrittenAsItIsWithItsSpecialCharactersEncoded() {
        assertThat(ContactLinks.mailto(" ida.berg@nordwind.se ")).contains("mailto:ida.berg@nordwind.se");
        assertThat(ContactLinks.mailto("o'brien+sales@x.example")).contains("mailto:o'brien+sales@x.example");
        // A "?" would start the mail's subject, a "%" an escape, a "#" a fragment: each is written as its bytes.
        assertThat(ContactLinks.mailto("who?%#@x.example")).contains("mailto:who%3F%25%23@x.example");
        assertThat(ContactLinks.mailto("jürgen@müller.de")).as("the domain in IDNA's ASCII, as mail programs send it")
                .contains("mailto:j%C3%BCrgen@xn--mller-kva.de");
        assertThat(ContactLinks.mailto("no address")).isEmpty();
        assertThat(ContactLinks.mailto("ida@")).isEmpty();
        assertThat(ContactLinks.mailto("ida berg@x.example")).isEmpty();
        assertThat(ContactLinks.mailto(null)).isEmpty();
    }

    @Test
    void aNumberIsItsDigitsInTheirGroupsWithItsExtension() {
        assertThat(ContactLinks.tel("+49 30 2962895")).contains("tel:+49-30-2962895");
        assertThat(ContactLinks.tel("+49 (30) 296 28-95 x12")).contains("tel:+49-30-296-28-95;ext=12");
        assertThat(ContactLinks.tel("(201) 555.0123 ext. 89")).contains("tel:201-555-0123;ext=89");
        assertThat(ContactLinks.tel("030 1234567, 12")).contains("tel:030-1234567;ext=12");
        assertThat(ContactLinks.tel("+1-201-555-0123;ext=7")).contains("tel:+1-201-555-0123;ext=7");
        assertThat(ContactLinks.tel("1-800-FLOWERS")).contains("tel:1-800-3569377");
        assertThat(ContactLinks.tel("+49 (0)89 9876543")).as("the trunk zero is not dialled after +49").contains("tel:+49-89-9876543");
        assertThat(ContactLinks.tel("+44 (0) 20 7946 0958")).contains("tel:+44-20-7946-0958");
        assertThat(ContactLinks.tel("(0)89 9876543")).as("without a country code it is dialled").contains("tel:0-89-9876543");
        assertThat(ContactLinks.tel("*21#")).contains("tel:*21%23");
        assertThat(ContactLinks.tel("mobile 0171 2345678")).as("a word in small letters is no part of it").contains("tel:0171-2345678");
        assertThat(ContactLinks.tel("12")).isEmpty();
        assertThat(ContactLinks.tel("")).isEmpty();
        assertThat(ContactLinks.tel(null)).isEmpty();
    }

    /** Whatever a stored text holds, an address made of it holds only what such an address may: no space, no second "+". */
    @Test
    void everyAddressMadeIsWellFormed() {
        String[] pieces = {"+", "4", "9", " ", "(", ")", "-", ".", "x", "ext.", ";ext=", ",", "#", "*", "A", "z", "@", "?", "%", "é", "\u202E",
            "\t", "1", "0", "ü", "/", ":", "\"", "<", "'"};
        Properties.qt(500).forAll(lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 25)).checkAssert(picks -> {
            StringBuilder text = new StringBuilder();
            picks.forEach(i -> text.append(pieces[i]));
            Optional<String> tel = ContactLinks.tel(text.toString());
            tel.ifPresent(t -> assertThat(t).as(text.toString()).matches("tel:\\+?(?:[0-9*]|%23)+(?:-(?:[0-9*]|%23)+)*(?:;ext=[0-9]{1,8})?"));
            Optional<String> mail = ContactLinks.mailto(text.toString());
            mail.ifPresent(m -> assertThat(m).as(text.toString()).matches("mailto:[A-Za-z0-9@.\\-_~!$'*+=^`{|}%]+").contains("@"));
        });
    }
}
