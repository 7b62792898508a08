package com.funnelboard.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** An owner as an export writes one: an address, a name of the team's directory, a name kept as written. */
class OwnerMatcherTest {

    private final OwnerMatcher matcher = new OwnerMatcher(Map.of("ann@x.example", "Ann Alder"));

    @Test
    void anAddressWithARemarkIsTheAddress() {
        // HubSpot's owner who left the company: it was kept as "lenny@… (Deactivated User)", an owner nobody is.
        assertThat(matcher.owner("Lenny@Marvell-Consulting.example (Deactivated User)")).isEqualTo("lenny@marvell-consulting.example");
        assertThat(matcher.owner("Ann Alder")).isEqualTo("ann@x.example");
        assertThat(matcher.owner("Bo (sales)")).as("a name with a remark stays as written").isEqualTo("Bo (sales)");
    }
}
