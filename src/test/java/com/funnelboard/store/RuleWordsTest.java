package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The database's rules a share file broke, in words. */
class RuleWordsTest {

    @Test
    void eachKindOfRuleReadsInWords() {
        assertThat(RuleWords.of("check: value_minor IS NULL OR value_minor >= 0")).isEqualTo("a negative value");
        assertThat(RuleWords.of("check: length(title) BETWEEN 1 AND 300")).isEqualTo("a title of fewer than 1 or more than 300 characters");
        assertThat(RuleWords.of("check: length(currency) = 3")).isEqualTo("a currency that is not 3 characters long");
        assertThat(RuleWords.of("check: length(email) BETWEEN 3 AND 320")).as("not \"a email\"")
                .isEqualTo("an email of fewer than 3 or more than 320 characters");
        assertThat(RuleWords.of("check: preferred_channel IN ('email', 'phone', 'in_person', 'chat'"))
                .isEqualTo("a preferred channel that is none of email, phone, in_person, chat");
        assertThat(RuleWords.of("notnull: deal.title")).isEqualTo("no title where one is needed");
        assertThat(RuleWords.of("foreignkey: a constraint")).isEqualTo("a reference to a record that is not there");
        assertThat(RuleWords.of("check: (source = 'derived') = (rule IS NOT NULL)")).as("one it does not know, as it is")
                .isEqualTo("(source = 'derived') = (rule IS NOT NULL)");
    }
}
