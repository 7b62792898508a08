package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import ezvcard.VCardVersion;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A name holding the vCard's own separator (";") is written as a valid N line in every version. */
class VcardExportNameTest {

    private static String written(String name, VCardVersion version) throws Exception {
        ContactProfile p = new ContactProfile(UUID.randomUUID(), null, name, null, List.of(), List.of(), null, null, null, null, null, null,
                List.of(), null, null);
        java.io.StringWriter w = new java.io.StringWriter();
        try (ezvcard.io.text.VCardWriter out = new ezvcard.io.text.VCardWriter(w, version)) {
            out.write(VcardExport.card(p, null));
        }
        return w.toString();
    }

    @Test
    void aSemicolonInANameLeavesNoLoneBackslash() throws Exception {
        for (VCardVersion v : List.of(VCardVersion.V2_1, VCardVersion.V3_0, VCardVersion.V4_0)) {
            String card = written("Smith, Jr.; Bob", v);
            String n = card.lines().filter(l -> l.startsWith("N:") || l.startsWith("N;")).findFirst().orElseThrow();
            // "N:Bob;Smith Jr.\" ended in an escape of nothing (the writer cut the trailing separators after an escaped one).
            assertThat(n).as(v + ": " + n).doesNotEndWith("\\");
            assertThat(ezvcard.Ezvcard.parse(card).first().getFormattedName().getValue()).isEqualTo("Smith, Jr.; Bob");
        }
    }
}
