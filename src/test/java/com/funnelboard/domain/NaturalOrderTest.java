package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Names with numbers in them, in the order people read them. */
class NaturalOrderTest {

    @Test
    void numbersInNamesGoByTheirValueAndLettersByTheLanguage() {
        List<String> names = new ArrayList<>(List.of("Atlas Analytics & Co. 135", "Atlas Analytics & Co. 58", "Studio 10", "studio 9",
                "Änne Öztürk", "Anna", "Zoe", "Studio 010", "R2D2 Labs", "R10 Labs", "Studio"));
        names.sort(new NaturalOrder(Locale.ENGLISH));
        assertThat(names).containsExactly("Anna", "Änne Öztürk", "Atlas Analytics & Co. 58", "Atlas Analytics & Co. 135", "R2D2 Labs",
                "R10 Labs", "Studio", "studio 9", "Studio 10", "Studio 010", "Zoe");
        assertThat(new NaturalOrder(Locale.ENGLISH).compare("Item 99999999999999999999", "Item 100000000000000000000")).as("past a long").isNegative();
    }
}
