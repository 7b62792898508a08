package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a merge says it gives names what it counts: records added and changed, conflicts to review. */
class MergeReportTest {

    @Test
    void theSentenceSaysWhatTheNumbersCount() {
        assertThat(new MergeReport(3, 0, 0, 0, 3, 0, 0, List.of("Ola"), null).sentence()).isEqualTo("3 records added, 0 changed, no new conflicts");
        assertThat(new MergeReport(2, 0, 0, 0, 1, 4, 1, List.of("Ola"), null).sentence()).isEqualTo("1 record added, 4 changed, 1 conflict to review");
        assertThat(new MergeReport(2, 0, 1, 0, 0, 0, 2, List.of("Ola"), null).sentence())
                .startsWith("0 records added, 0 changed, 2 conflicts to review, 1 change set stamped more than a day ahead");
    }

    /** Three teammates are listed as a sentence lists them ("Merge what Ann Alder and Bob Birch and Cem Cedar changed?"). */
    @Test
    void teammatesAreListedAsASentenceListsThem() {
        assertThat(Person.listed(List.of("Ann"))).isEqualTo("Ann");
        assertThat(Person.listed(List.of("Ann", "Bob"))).isEqualTo("Ann and Bob");
        assertThat(Person.listed(List.of("Ann", "Bob", "Cem"))).isEqualTo("Ann, Bob and Cem");
        MergeReport.Trashed t = new MergeReport.Trashed(1, List.of("deal “Pilot”"), List.of("Ann", "Bob", "Cem"), false);
        assertThat(t.sentence()).contains("deleted by Ann, Bob and Cem");
    }

    /** An edit taken back by a teammate's undo of a conflict's resolution says so: "undid the merge" was said of every undo. */
    @Test
    void anEditTakenBackNamesWhatTheTeammateUndid() {
        MergeReport.Trashed merge = new MergeReport.Trashed(0, List.of(), List.of(), false, List.of("deal “Nova”: title"), List.of("Cem Cedar"));
        assertThat(merge.sentence()).isEqualTo("; 1 edit of yours is taken back, because Cem Cedar undid the merge that had brought it there "
                + "(deal “Nova”: title); edit it again to keep it");
        MergeReport.Trashed resolution = new MergeReport.Trashed(0, List.of(), List.of(), false, List.of("deal “Nova”: title"),
                List.of("Cem Cedar"), List.of("Resolved a conflict: deal “Nova” title"));
        assertThat(resolution.sentence()).isEqualTo("; 1 edit of yours is taken back, because Cem Cedar undid “Resolved a conflict: deal "
                + "“Nova” title” (deal “Nova”: title); edit it again to keep it");
    }
}
