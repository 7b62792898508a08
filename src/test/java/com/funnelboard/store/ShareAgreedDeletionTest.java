package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two teammates who each replace a contact's e-mail address both deleted the old one: they agree, and no conflict says otherwise. */
class ShareAgreedDeletionTest {

    @TempDir
    Path dir;

    private static void replaceEmail(Store s, Deal deal, String email) {
        s.writeAll(r -> {
            ContactProfile p = r.contactProfiles().find(deal.contactId()).orElseThrow();
            r.contactProfiles().update(new ContactProfile(p.id(), p.organizationId(), p.name(), p.title(), List.of(email), p.phones(),
                    p.channel(), p.industry(), p.companySize(), p.persona(), p.painPoints(), p.source(), p.tags(), p.notes(), p.mergedInto()));
        });
    }

    /** Ida and Bo with a deal whose contact has one address, each replacing it with an address of their own. */
    private TwoInstallations bothReplaced(Deal[] deal) {
        TwoInstallations two = new TwoInstallations(dir, s -> {
            deal[0] = Fixtures.deal(s, "Pilot", Stage.LEAD, 1_000L);
            replaceEmail(s, deal[0], "emil@old.example");
        });
        replaceEmail(two.ida, deal[0], "emil-ann@x.example");
        replaceEmail(two.bo, deal[0], "emil-bob@x.example");
        return two;
    }

    @Test
    void anAddressBothReplacedIsNoConflict() {
        Deal[] deal = new Deal[1];
        try (TwoInstallations two = bothReplaced(deal)) {

            two.merge(two.bo, two.ida);
            two.merge(two.ida, two.bo);

            for (Store s : List.of(two.ida, two.bo)) {
                assertThat(new ShareExchange(s).conflicts()).extracting(FieldConflict::table).as("the old address: deleted by both")
                        .doesNotContain("email_address");
                assertThat(s.read(r -> r.contactProfiles().find(deal[0].contactId())).orElseThrow().emails())
                        .as("nothing anyone wrote is lost").contains("emil-ann@x.example", "emil-bob@x.example").doesNotContain("emil@old.example");
            }
            assertThat(two.bo.read(r -> r.contactProfiles().find(deal[0].contactId())).orElseThrow().emails()).as("in the same order on both")
                    .isEqualTo(two.ida.read(r -> r.contactProfiles().find(deal[0].contactId())).orElseThrow().emails());
            String primary = two.ida.read(r -> r.contacts().find(deal[0].contactId())).orElseThrow().email();
            assertThat(two.ida.read(r -> r.contactProfiles().find(deal[0].contactId())).orElseThrow().emails().getFirst())
                    .as("the first is the one the lists show").isEqualTo(primary);
        }
    }

    @Test
    void keepingTheirAddressInTheConflictDropsTheOneMineAddedEverywhere() {
        Deal[] deal = new Deal[1];
        try (TwoInstallations two = bothReplaced(deal)) {
            two.merge(two.bo, two.ida);

            FieldConflict primary = new ShareExchange(two.ida).conflicts().stream()
                    .filter(c -> c.table().equals("contact") && c.field().equals("email")).findFirst().orElseThrow();
            new ShareExchange(two.ida).resolve(primary.id().toString(), FieldConflict.Keep.THEIRS, null);
            two.merge(two.ida, two.bo);

            for (Store s : List.of(two.ida, two.bo)) {
                assertThat(s.read(r -> r.contactProfiles().find(deal[0].contactId())).orElseThrow().emails())
                        .as("theirs kept: mine, which replaced the same address, goes with it").containsExactly("emil-bob@x.example");
                assertThat(new ShareExchange(s).conflicts()).isEmpty();
            }
        }
    }
}
