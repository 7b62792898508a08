package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.funnelboard.testing.Properties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Whether a version was seen by another, answered from two maxima per installation, is what asking
 * every other version gave, for any versions on up to four installations; and a field of 100,000
 * concurrent versions is decided at once.
 */
class FieldVersionsSupersessionTest {

    static final UUID[] REPLICAS = {new UUID(0, 1), new UUID(0, 2), new UUID(0, 3), new UUID(0, 4)};

    @Test
    void twoMaximaPerInstallationTellWhatAskingEveryOtherVersionTold() {
        // Each version: an installation, a stamp, and what it had received of each installation (or nothing).
        var version = lists().of(integers().between(0, 9)).ofSize(6);
        Properties.qt(3_000).forAll(lists().of(version).ofSizeBetween(1, 8)).checkAssert(spec -> {
            List<FieldVersion> versions = new ArrayList<>();
            for (int i = 0; i < spec.size(); i++) {
                List<Integer> s = spec.get(i);
                Map<UUID, Long> seen = new HashMap<>();
                for (int r = 0; r < 4; r++) {
                    if (s.get(2 + r) > 4) {
                        seen.put(REPLICAS[r], (long) s.get(2 + r) - 5);
                    }
                }
                versions.add(new FieldVersion(new UUID(1, i), REPLICAS[s.get(0) % 4], s.get(1), seen, "v" + (i % 3), "A <a@x.example>"));
            }
            FieldVersions.Supersession fast = new FieldVersions.Supersession(versions);
            for (FieldVersion v : versions) {
                boolean asked = versions.stream().anyMatch(o -> o != v && o.saw(v));
                assertThat(fast.superseded(v)).as("%s among %s", v, versions).isEqualTo(asked);
            }
        });
    }

    @Test
    @org.junit.jupiter.api.Timeout(20) // asking every version about every other took minutes
    void aHundredThousandConcurrentEditsOfOneFieldAreDecided() {
        List<FieldVersion> versions = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            versions.add(new FieldVersion(new UUID(2, i), new UUID(3, i), 1_000 + i, Map.of(), "T " + i, "A <a@x.example>"));
        }
        FieldVersions.Decision d = FieldVersions.decide(versions);
        assertThat(d.winner().value()).isEqualTo("T 99999");
        assertThat(d.conflicting()).hasSize(99_999);
    }
}
