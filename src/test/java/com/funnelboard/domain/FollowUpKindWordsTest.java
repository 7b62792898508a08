package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A follow-up's line on the Today page and in a reminder says what to do with whom. */
class FollowUpKindWordsTest {

    @Test
    void eachKindReadsAsWhatToDoWithThePerson() {
        assertThat(FollowUpKind.CALL.with("Ida Berg")).isEqualTo("Call Ida Berg");
        assertThat(FollowUpKind.EMAIL.with("Ida Berg")).isEqualTo("Email Ida Berg");
        // "Task Ida Berg" and "Meeting Ida Berg" read as typing slips.
        assertThat(FollowUpKind.MEETING.with("Ida Berg")).isEqualTo("Meeting with Ida Berg");
        assertThat(FollowUpKind.TASK.with("Ida Berg")).isEqualTo("Task for Ida Berg");
    }
}
