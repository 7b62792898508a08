package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FieldConflictTest {

    private static FieldConflict.Side side(String value, String at) {
        return new FieldConflict.Side(value, "Ann <ann@x.example>", UUID.randomUUID(), Instant.parse(at), false);
    }

    /** Three values written at 3:03 read alike to the minute: their times are then said to the second. */
    @Test
    void valuesWrittenWithinAMinuteAreToldApartBySeconds() {
        FieldConflict close = new FieldConflict(UUID.randomUUID(), "deal", "r", "value_minor", "deal “Pilot”",
                side("9000000", "2026-12-06T03:03:42Z"), List.of(side("9500000", "2026-12-06T03:03:41Z")));
        FieldConflict apart = new FieldConflict(UUID.randomUUID(), "deal", "r", "value_minor", "deal “Pilot”",
                side("9000000", "2026-12-06T03:05:02Z"), List.of(side("9500000", "2026-12-06T03:03:41Z")));
        assertThat(close.writtenWithinAMinute()).isTrue();
        assertThat(apart.writtenWithinAMinute()).isFalse();
    }

    /** Both can stay only of a contact's address or number (the first of a list), each side having given one of its own. */
    @Test
    void bothCanStayOfAContactsAddressOrNumberOnly() {
        String at = "2026-12-06T03:03:42Z";
        java.util.function.BiFunction<String, String, FieldConflict> of = (table, field) -> new FieldConflict(UUID.randomUUID(), table, "r",
                field, "x", side("\"a\"", at), List.of(side("\"b\"", at)));
        assertThat(of.apply("contact", "phone").bothCanStay()).isTrue();
        assertThat(of.apply("contact", "email").bothCanStay()).isTrue();
        assertThat(of.apply("contact", "name").bothCanStay()).isFalse();
        assertThat(of.apply("deal", "title").bothCanStay()).isFalse();
        FieldConflict removed = new FieldConflict(UUID.randomUUID(), "contact", "r", "phone", "x", side("\"a\"", at), List.of(side("null", at)));
        assertThat(removed.bothCanStay()).as("one side removed the number: there is one to keep").isFalse();
        FieldConflict deleted = new FieldConflict(UUID.randomUUID(), "contact", "r", "deleted_at", "x", side("1", at), List.of(side("null", at)));
        assertThat(deleted.bothCanStay()).isFalse();
    }
}
